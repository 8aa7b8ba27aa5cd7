//===- CastHoistPlugin.cpp - cast-hoist as an mlir-opt plugin -------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Load into an mlir-opt built with plugin support (Debian's is):
//   mlir-opt --load-dialect-plugin=CastHoistPlugin.so \
//            --load-pass-plugin=CastHoistPlugin.so \
//            --pass-pipeline='builtin.module(hoist-casts)' in.mlir
// The dialect plugin adds tmov and attaches the cast-hoist interfaces to the
// upstream ops; the pass plugin registers the passes.
//
//===----------------------------------------------------------------------===//

#include "casthoist/InitAllCastHoist.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "CastHoist", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            mlir::casthoist::registerCastHoistDialects(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "CastHoist", LLVM_VERSION_STRING,
          []() { mlir::casthoist::registerAllCastHoistPasses(); }};
}
