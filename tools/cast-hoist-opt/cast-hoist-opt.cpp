//===- cast-hoist-opt.cpp - cast-hoist driver -----------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// mlir-opt with the tmov dialect, the cast-hoist passes and the cast-hoist
// interfaces attached to upstream ops. Every mlir-opt flag works.
//
//===----------------------------------------------------------------------===//

#include "casthoist/InitAllCastHoist.h"
#include "casthoist/Support/InputLimits.h"

#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/DialectRegistry.h"
#ifdef CASTHOIST_INCLUDE_TESTS
#include "CastHoistTestDialect.h"
#endif
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/thread.h"

using namespace mlir;

/// MLIR's parser, verifier and walkers recurse once per level of nesting.
/// The driver runs on a thread whose stack is reserved at 1 GiB (pages are
/// committed only when touched), so every input within the nesting limit
/// below is processed without overflowing the stack.
static constexpr unsigned kDriverStackSize = 1u << 30;

static llvm::cl::opt<unsigned> maxNestingDepth(
    "max-nesting-depth",
    llvm::cl::desc("Reject input whose (), [] and {} nest deeper than this "
                   "(0: no limit)"),
    llvm::cl::init(casthoist::kDefaultMaxNestingDepth));

/// Prints an error at `offset` in `buffer`.
static void emitInputError(const llvm::MemoryBuffer &buffer, size_t offset,
                           const llvm::Twine &message) {
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(buffer.getBuffer(),
                                       buffer.getBufferIdentifier()),
      llvm::SMLoc());
  sourceMgr.PrintMessage(
      llvm::SMLoc::getFromPointer(buffer.getBufferStart() + offset),
      llvm::SourceMgr::DK_Error, message);
}

/// Checks textual input before MLIR parses it: MLIR's lexer skips NUL bytes
/// as whitespace, so binary garbage made of them would silently parse as an
/// empty module; and input nested deeper than --max-nesting-depth is refused
/// at the first bracket over the limit. Bytecode input is left to its reader.
static LogicalResult checkTextInput(const llvm::MemoryBuffer &buffer) {
  if (isBytecode(buffer.getMemBufferRef()))
    return success();
  llvm::StringRef text = buffer.getBuffer();
  size_t nul = text.find('\0');
  if (nul != llvm::StringRef::npos) {
    emitInputError(buffer, nul,
                   "input contains a NUL byte; MLIR text cannot (binary "
                   "input must be MLIR bytecode)");
    return failure();
  }
  if (maxNestingDepth == 0)
    return success();
  casthoist::NestingDepth depth =
      casthoist::measureNestingDepth(text, maxNestingDepth);
  if (depth.firstOffsetOverLimit == casthoist::NestingDepth::npos)
    return success();
  emitInputError(buffer, depth.firstOffsetOverLimit,
                 llvm::Twine("input nests brackets ") +
                     llvm::Twine(depth.maxDepth) +
                     " levels deep, more than the limit of " +
                     llvm::Twine(maxNestingDepth.getValue()) +
                     " (raise it with --max-nesting-depth)");
  return failure();
}

/// MlirOptMain(argc, argv, ...) with the nesting check between reading the
/// input and parsing it.
static LogicalResult runDriver(int argc, char **argv) {
  registerAllPasses();
  casthoist::registerAllCastHoistPasses();

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  casthoist::registerCastHoistDialects(registry);
#ifdef CASTHOIST_INCLUDE_TESTS
  // The tutorial dialect of docs/Tutorial.md, for the lit tests.
  casthoist::test::registerCastHoistTestDialect(registry);
#endif

  auto [inputFilename, outputFilename] = registerAndParseCLIOptions(
      argc, argv,
      "cast-hoist optimizer driver: moves element-type casts across tensor "
      "data-movement ops\n",
      registry);
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects() || config.shouldListPasses())
    return MlirOptMain(argc, argv, inputFilename, outputFilename, registry);

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file =
      openInputFile(inputFilename, &errorMessage);
  if (!file) {
    llvm::errs() << errorMessage << "\n";
    return failure();
  }
  if (failed(checkTextInput(*file)))
    return failure();
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return failure();
  }
  if (failed(MlirOptMain(output->os(), std::move(file), registry, config)))
    return failure();
  output->keep();
  return success();
}

int main(int argc, char **argv) {
  // Signal handlers and their alternate stack belong to the main thread.
  llvm::InitLLVM initLLVM(argc, argv);
  LogicalResult result = failure();
  llvm::thread driver(std::optional<unsigned>(kDriverStackSize),
                      [&] { result = runDriver(argc, argv); });
  driver.join();
  return asMainReturnCode(result);
}
