//===- InputLimits.h - Cheap checks on untrusted input text -----*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// MLIR's parser, verifier and IR destructor recurse once per nesting level,
// and destroying a region tree costs time quadratic in its depth. Tools that
// read untrusted .mlir text measure its bracket nesting first and reject
// input nested deeper than any real program is, instead of hanging or
// overflowing the stack.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_SUPPORT_INPUTLIMITS_H
#define CASTHOIST_SUPPORT_INPUTLIMITS_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>

namespace mlir::casthoist {

/// Default limit on bracket nesting accepted by the cast-hoist tools. Real
/// programs stay below a few dozen levels; MLIR handles 4096 levels in well
/// under a second.
inline constexpr unsigned kDefaultMaxNestingDepth = 4096;

/// How deeply `(`, `[` and `{` nest in MLIR source text. String literals
/// (with escapes) and `//` comments are skipped; unbalanced closing brackets
/// are ignored (the parser reports them).
struct NestingDepth {
  /// The deepest nesting reached.
  unsigned maxDepth = 0;
  /// Offset of the first bracket that reached `limit + 1` levels, or
  /// `npos` when the text stays within the limit.
  size_t firstOffsetOverLimit = npos;

  static constexpr size_t npos = static_cast<size_t>(-1);
};

/// Measures the bracket nesting of `text`, remembering where it first goes
/// beyond `limit` levels.
NestingDepth measureNestingDepth(llvm::StringRef text, unsigned limit);

} // namespace mlir::casthoist

#endif // CASTHOIST_SUPPORT_INPUTLIMITS_H
