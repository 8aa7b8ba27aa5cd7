//===- Autocast.cpp - The autocast pass -----------------------------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Makes the compute ops of an f32 program read narrow float inputs and
// accumulate in f32. The pass talks only to MixedPrecisionOpInterface; the
// ops' models build the casts and the rebuilt ops.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Interfaces/AutocastInterfaces.h"
#include "casthoist/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

namespace mlir {
namespace casthoist {
#define GEN_PASS_DEF_AUTOCAST
#include "casthoist/Transforms/Passes.h.inc"
} // namespace casthoist
} // namespace mlir

using namespace mlir;
using namespace mlir::casthoist;

namespace {
struct AutocastPass : public casthoist::impl::AutocastBase<AutocastPass> {
  using Base::Base;

  /// The narrow type named by the `type` option, or null if it names none
  /// the pass supports.
  Type getNarrowType() {
    MLIRContext *ctx = &getContext();
    if (type == "bf16")
      return BFloat16Type::get(ctx);
    if (type == "f16")
      return Float16Type::get(ctx);
    return {};
  }

  /// Checks the `ops` option: every name must be an op of a known dialect,
  /// and an op that is registered must implement MixedPrecisionOpInterface.
  /// A name whose dialect is known but not loaded cannot occur in the input
  /// and is accepted.
  LogicalResult checkOpNames() {
    MLIRContext *ctx = &getContext();
    for (const std::string &name : ops) {
      StringRef dialect = StringRef(name).split('.').first;
      if (dialect.empty() || dialect.size() == name.size()) {
        getOperation()->emitError("autocast: '")
            << name << "' in ops= is not an op name (dialect.op)";
        return failure();
      }
      if (std::optional<RegisteredOperationName> op =
              RegisteredOperationName::lookup(name, ctx)) {
        if (op->hasInterface<MixedPrecisionOpInterface>())
          continue;
        getOperation()->emitError("autocast: '")
            << name << "' in ops= does not implement "
            << "MixedPrecisionOpInterface; it has no mixed-precision form";
        return failure();
      }
      if (ctx->getLoadedDialect(dialect)) {
        getOperation()->emitError("autocast: '")
            << name << "' in ops= is not an op of the '" << dialect
            << "' dialect";
        return failure();
      }
      if (!ctx->getDialectRegistry().getDialectAllocator(dialect)) {
        getOperation()->emitError("autocast: '")
            << name << "' in ops= names an unknown dialect '" << dialect << "'";
        return failure();
      }
    }
    return success();
  }

  void runOnOperation() override {
    Type narrowType = getNarrowType();
    if (!narrowType) {
      getOperation()->emitError("autocast: type must be bf16 or f16, got '")
          << type << "'";
      return signalPassFailure();
    }
    if (failed(checkOpNames()))
      return signalPassFailure();
    llvm::StringSet<> selected;
    for (const std::string &name : ops)
      selected.insert(name);

    // Collect first: the rewrites insert ops next to the visited ones.
    SmallVector<MixedPrecisionOpInterface> candidates;
    getOperation()->walk([&](MixedPrecisionOpInterface op) {
      if (op.getOperation() == getOperation())
        return;
      if (!selected.empty() && !selected.contains(op->getName().getStringRef()))
        return;
      if (op.canNarrowInputs(narrowType))
        candidates.push_back(op);
      else if (report)
        op->emitRemark("autocast: left alone: its input, accumulator and "
                       "zero-point types have no ")
            << narrowType << " form";
    });

    IRRewriter rewriter(&getContext());
    for (MixedPrecisionOpInterface op : candidates) {
      rewriter.setInsertionPoint(op);
      FailureOr<SmallVector<Value>> replacements =
          op.buildMixedPrecision(rewriter, narrowType);
      if (failed(replacements))
        continue;
      // Operands only the old op used (its f32 zero points) become dead.
      llvm::SetVector<Operation *> producers;
      for (Value operand : op->getOperands())
        if (Operation *producer = operand.getDefiningOp())
          producers.insert(producer);
      if (report)
        op->emitRemark("autocast: reads ")
            << narrowType << " inputs, accumulates in f32";
      rewriter.replaceOp(op, *replacements);
      for (Operation *producer : producers)
        if (isOpTriviallyDead(producer))
          rewriter.eraseOp(producer);
      ++numOpsNarrowed;
    }
  }
};
} // namespace
