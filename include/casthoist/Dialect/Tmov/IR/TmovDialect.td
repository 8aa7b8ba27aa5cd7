//===- TmovDialect.td - tmov dialect definition ------------*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_DIALECT_TMOV_TMOVDIALECT
#define CASTHOIST_DIALECT_TMOV_TMOVDIALECT

include "mlir/IR/OpBase.td"

def Tmov_Dialect : Dialect {
  let name = "tmov";
  let summary = "Tensor data movement and element-type casts";
  let description = [{
    The `tmov` (tensor movement) dialect holds pure data-movement ops on
    tensors (transpose, reshape, broadcast, slice, concat, pad, gather,
    scatter, reverse, tile) and one elementwise cast, `tmov.cast`.

    Every data-movement op only copies elements of its data operands (and,
    for `tmov.pad`, a padding value) into its result: it never computes a new
    value. Each carries the `PureDataMovement` trait and implements
    `DataMovementOpInterface`; the cast implements `ElementCastOpInterface`.
    The `hoist-casts` pass is written against those interfaces only.

    All ops work on ranked tensors of integer or floating-point elements,
    with static or dynamic dimensions where the op allows it; `tmov.cast` also
    accepts unranked tensors.
  }];
  let cppNamespace = "::mlir::casthoist::tmov";
  let hasConstantMaterializer = 1;
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // CASTHOIST_DIALECT_TMOV_TMOVDIALECT
