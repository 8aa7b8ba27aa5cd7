//===- AutocastInterfaces.td - Mixed-precision compute ops -*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// The interface the autocast pass is written against. The pass never names a
// concrete op: upstream ops (linalg contractions and convolutions, TOSA
// matmul and convolutions) implement it through external models, and a
// downstream op opts in by implementing it.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INTERFACES_AUTOCASTINTERFACES
#define CASTHOIST_INTERFACES_AUTOCASTINTERFACES

include "mlir/IR/OpBase.td"

def CastHoist_MixedPrecisionOpInterface
    : OpInterface<"MixedPrecisionOpInterface"> {
  let description = [{
    A compute op (a contraction, a convolution) that can read its inputs in a
    narrow float type (bf16, f16) while it accumulates, and produces its
    results, in f32: the op autocast exporters (PyTorch autocast, TVM
    ToMixedPrecision) run in low precision.

    `canNarrowInputs(narrowType)` says whether this op instance, as it is,
    can be rebuilt that way; `buildMixedPrecision` does it. The rebuilt op
    computes with different numerics by design: its inputs are rounded to
    `narrowType`.
  }];
  let cppNamespace = "::mlir::casthoist";

  let methods = [
    InterfaceMethod<[{
        Returns true if this op can be rebuilt reading inputs of element type
        `narrowType` (a float type narrower than f32) with f32 accumulation
        and f32 results. Returns false, without changing anything, when the
        op's inputs are not all f32 (already narrow, integers, f64), when it
        is quantized (non-zero zero points), when it does not accumulate in
        f32, or when the op's dialect has no form for `narrowType`.
      }],
      "bool", "canNarrowInputs", (ins "::mlir::Type":$narrowType)>,
    InterfaceMethod<[{
        Builds, at the builder's insertion point, narrowing casts of the
        inputs to `narrowType` (in the op's own dialect), a copy of this op
        reading them and accumulating in f32, and, where the dialect requires
        the op's result to have the input's type, widening casts of the
        results back to f32. Returns the values that replace this op's
        results, one per result, with the same types. Does not modify or
        erase this op. Only called when `canNarrowInputs(narrowType)` holds;
        fails, erasing everything it created, if the rebuilt op is not what
        was expected.
      }],
      "::mlir::FailureOr<::llvm::SmallVector<::mlir::Value>>",
      "buildMixedPrecision",
      (ins "::mlir::OpBuilder &":$builder, "::mlir::Type":$narrowType)>,
  ];
}

#endif // CASTHOIST_INTERFACES_AUTOCASTINTERFACES
