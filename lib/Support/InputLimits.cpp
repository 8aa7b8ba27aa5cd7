//===- InputLimits.cpp - Cheap checks on untrusted input text -------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Support/InputLimits.h"

using namespace mlir::casthoist;

NestingDepth mlir::casthoist::measureNestingDepth(llvm::StringRef text,
                                                  unsigned limit) {
  NestingDepth result;
  unsigned depth = 0;
  size_t size = text.size();
  for (size_t i = 0; i < size; ++i) {
    char c = text[i];
    switch (c) {
    case '"':
      // Skip a string literal; `\` escapes the next character. An
      // unterminated string runs to the end of the line, as in the lexer.
      for (++i; i < size && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\')
          ++i;
      break;
    case '/':
      if (i + 1 < size && text[i + 1] == '/')
        while (i < size && text[i] != '\n')
          ++i;
      break;
    case '(':
    case '[':
    case '{':
      ++depth;
      if (depth > result.maxDepth)
        result.maxDepth = depth;
      if (depth > limit && result.firstOffsetOverLimit == NestingDepth::npos)
        result.firstOffsetOverLimit = i;
      break;
    case ')':
    case ']':
    case '}':
      if (depth > 0)
        --depth;
      break;
    default:
      break;
    }
  }
  return result;
}
