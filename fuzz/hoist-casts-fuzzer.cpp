//===- hoist-casts-fuzzer.cpp - libFuzzer target for hoist-casts ----------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Parses arbitrary bytes as MLIR text with every upstream dialect and the
// tmov dialect (plus the cast-hoist external models) registered. Input that
// parses and verifies is run through hoist-casts (policy=always and the
// default policy, each on its own clone of the module, with the remaining
// options picked from a hash of the input) and verified again: a pass that
// turns valid IR into invalid IR is a bug, and the target abort()s.
//
// CASTHOIST_FUZZ_MODE=1 (hoist-casts-linalg-fuzzer) also runs
// convert-tmov-to-linalg on the input and on each hoist-casts result, and
// verifies what it produces.
//
// Environment (for reproducing a report by hand):
//   CASTHOIST_FUZZ_VERBOSE=1    print every diagnostic and the pipelines run
//   CASTHOIST_FUZZ_ROUNDTRIP=1  also print each pass result and re-parse it
//                               (abort()s if the printed IR does not parse)
//
//===----------------------------------------------------------------------===//

#include "casthoist/InitAllCastHoist.h"
#include "casthoist/Support/InputLimits.h"

#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>
#include <string>

#ifndef CASTHOIST_FUZZ_MODE
#define CASTHOIST_FUZZ_MODE 0
#endif

using namespace mlir;

namespace {

/// Inputs larger than this are skipped (libFuzzer's -max_len should match).
constexpr size_t kMaxInputSize = 16 * 1024;

/// Brackets nested deeper than this are skipped: MLIR's parser, verifier and
/// destructor recurse per level and destroying deep region trees is
/// quadratic, which would only make the fuzzer rediscover known slow paths.
constexpr unsigned kMaxNestingDepth = 256;

bool envFlag(const char *name) {
  const char *value = std::getenv(name);
  return value && *value && std::string(value) != "0";
}

/// Whether diagnostics go to stderr (they are swallowed otherwise).
bool printDiagnostics = false;
bool verbose = false;
bool roundTrip = false;

MLIRContext &getContext() {
  static MLIRContext *context = [] {
    casthoist::registerAllCastHoistPasses();
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    casthoist::registerCastHoistDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &diag) {
      if (printDiagnostics)
        llvm::errs() << diag.getLocation() << ": " << diag << "\n";
      return success();
    });
    verbose = envFlag("CASTHOIST_FUZZ_VERBOSE");
    roundTrip = envFlag("CASTHOIST_FUZZ_ROUNDTRIP");
    printDiagnostics = verbose;
    return ctx;
  }();
  return *context;
}

/// FNV-1a, to pick pass options deterministically from the input.
uint64_t hashInput(llvm::StringRef text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

/// The hoist-casts options other than the policy, from the input's hash.
std::string pickHoistOptions(uint64_t hash) {
  std::string options;
  switch (hash & 3) {
  case 1:
    options += " direction=up";
    break;
  case 2:
    options += " direction=down";
    break;
  default:
    break; // both (the default)
  }
  if (hash & 4)
    options += " exactness=bits";
  if (hash & 16)
    options += " report=true";
  if (hash & 32)
    options += " dynamic-dim-size=0";
  return options;
}

[[noreturn]] void reportBug(const char *what, llvm::StringRef pipeline,
                            ModuleOp module) {
  llvm::errs() << "cast-hoist fuzzer: " << what << "\n  pipeline: " << pipeline
               << "\n  IR after the pass (generic form):\n";
  module->print(llvm::errs(), OpPrintingFlags().printGenericOpForm());
  llvm::errs() << "\n";
  llvm::errs().flush();
  std::abort();
}

/// Runs `pipeline` on `module`, then checks the result verifies (and, with
/// CASTHOIST_FUZZ_ROUNDTRIP, prints and re-parses). Returns whether the
/// pipeline succeeded. A pass that fails must leave the IR valid too: both
/// cast-hoist passes promise to change nothing when they fail.
bool runAndCheck(MLIRContext &context, ModuleOp module,
                 const std::string &pipeline) {
  // `pm` is anchored on builtin.module, so `pipeline` names the passes that
  // run on the module itself (a "builtin.module(...)" wrapper would nest
  // them under modules inside the module, i.e. run them on nothing).
  PassManager pm(&context);
  // Verify ourselves, so that invalid output is reported as such rather
  // than as a pass failure.
  pm.enableVerifier(false);
  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  if (failed(parsePassPipeline(pipeline, pm, errorStream))) {
    llvm::errs() << "cast-hoist fuzzer: bad pipeline '" << pipeline
                 << "': " << errors << "\n";
    std::abort(); // the fuzzer itself is out of date with the passes
  }
  if (verbose)
    llvm::errs() << "cast-hoist fuzzer: running " << pipeline << "\n";
  bool succeeded = mlir::succeeded(pm.run(module));
  if (verbose) {
    llvm::errs() << "cast-hoist fuzzer: " << (succeeded ? "result" : "failed")
                 << ":\n";
    module->print(llvm::errs());
    llvm::errs() << "\n";
  }
  bool saved = printDiagnostics;
  printDiagnostics = true; // show why verification fails
  if (failed(verify(module)))
    reportBug(succeeded ? "the pass produced IR that does not verify"
                        : "the pass failed and left IR that does not verify",
              pipeline, module);
  printDiagnostics = saved;
  if (roundTrip) {
    std::string text;
    llvm::raw_string_ostream os(text);
    module->print(os);
    ParserConfig config(&context);
    printDiagnostics = true;
    OwningOpRef<ModuleOp> reparsed =
        parseSourceString<ModuleOp>(text, config, "roundtrip");
    if (!reparsed)
      reportBug("the printed result does not parse back", pipeline, module);
    printDiagnostics = saved;
  }
  return succeeded;
}

/// Drops leading whitespace and `//` comments, exactly as MLIR's lexer does.
llvm::StringRef skipTrivia(llvm::StringRef text) {
  while (true) {
    text = text.ltrim(" \t\n\r"); // MLIR whitespace; not \v or \f
    if (!text.starts_with("//"))
      return text;
    text = text.drop_until([](char c) { return c == '\n'; });
  }
}

/// Upstream MLIR 22 bug (fuzz/README.md, "linalg dense-array parsers"): the
/// custom parsers of linalg.transpose, linalg.broadcast and linalg.reduce
/// store the result of DenseI64ArrayAttr::parse without checking it, so a
/// malformed `permutation = ...` / `dimensions = ...` list dereferences a
/// null attribute. Skips input where such a keyword is followed by `=` and
/// anything but a well-formed `[` list of small integers `]`.
bool hitsLinalgDenseArrayBug(llvm::StringRef text) {
  for (llvm::StringRef keyword : {"permutation", "dimensions"}) {
    size_t pos = 0;
    while ((pos = text.find(keyword, pos)) != llvm::StringRef::npos) {
      pos += keyword.size();
      llvm::StringRef rest = skipTrivia(text.drop_front(pos));
      if (!rest.consume_front("="))
        continue;
      rest = skipTrivia(rest);
      if (!rest.consume_front("["))
        return true;
      // [ (int (, int)*)? ]  with at most 18 digits per integer.
      rest = skipTrivia(rest);
      if (rest.consume_front("]"))
        continue;
      while (true) {
        rest.consume_front("-");
        size_t digits = 0;
        while (digits < rest.size() && llvm::isDigit(rest[digits]))
          ++digits;
        if (digits == 0 || digits > 18)
          return true;
        rest = skipTrivia(rest.drop_front(digits));
        if (rest.consume_front("]"))
          break;
        if (!rest.consume_front(","))
          return true;
        rest = skipTrivia(rest);
      }
    }
  }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > kMaxInputSize)
    return -1;
  // A NUL-terminated copy: MLIR's lexer reads the terminator at the end.
  std::string text(reinterpret_cast<const char *>(data), size);
  llvm::StringRef ref(text);
  // MLIR skips NUL bytes as whitespace (cast-hoist-opt refuses them), and
  // the bytecode reader is not what this target is about.
  if (ref.contains('\0'))
    return -1;
  if (isBytecode(llvm::MemoryBufferRef(ref, "fuzz")))
    return -1;
  if (casthoist::measureNestingDepth(ref, kMaxNestingDepth)
          .firstOffsetOverLimit != casthoist::NestingDepth::npos)
    return -1;
  if (hitsLinalgDenseArrayBug(ref))
    return -1;

  MLIRContext &context = getContext();
  ParserConfig config(&context); // verifies after parsing
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(ref, config, "fuzz-input");
  if (!module)
    return 0;

  std::string options = pickHoistOptions(hashInput(ref));
  const std::string hoistPipelines[] = {
      "hoist-casts{policy=always" + options + "}",
      "hoist-casts{" + options + "}",
  };
  for (const std::string &pipeline : hoistPipelines) {
    OwningOpRef<ModuleOp> clone = module->clone();
    bool hoisted = runAndCheck(context, *clone, pipeline);
    if (CASTHOIST_FUZZ_MODE == 1 && hoisted)
      runAndCheck(context, *clone, "convert-tmov-to-linalg");
  }
  if (CASTHOIST_FUZZ_MODE == 1)
    runAndCheck(context, *module, "convert-tmov-to-linalg");
  return 0;
}
