//===- Passes.td - cast-hoist conversion passes ------------*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_CONVERSION_PASSES
#define CASTHOIST_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertTmovToLinalg : Pass<"convert-tmov-to-linalg"> {
  let summary = "Lower tmov ops to linalg, tensor, arith and scf (and "
                "tmov.cast to tosa.cast)";
  let description = [{
    Makes tmov programs executable with upstream lowerings, with exactly the
    semantics the tmov documentation states:

    * `tmov.cast` becomes `tosa.cast`, whose per-element semantics it shares
      by definition (lower it further with `tosa-to-linalg`);
    * `tmov.transpose` becomes `linalg.transpose`; `tmov.slice`
      `tensor.extract_slice`; `tmov.reshape` `tensor.reshape`; `tmov.pad`
      `tensor.pad` yielding the padding value; `tmov.concat` a
      `tensor.empty` filled by one `tensor.insert_slice` per input;
    * `tmov.broadcast`, `tmov.reverse`, `tmov.tile` and `tmov.gather` become
      a `linalg.generic` that computes each result element's source index
      (gather clamps its indices, read as signed, to the axis);
    * `tmov.scatter` becomes an `scf.for` over the indices that inserts one
      slice of the updates per index, in order, skipping out-of-range
      indices, so a later duplicate wins.

    Dynamic dimensions are supported. Ops on element types that upstream
    ops cannot express (`tmov.cast` or `tmov.pad` on signed/unsigned
    integers, indices that are not signless) are reported as errors.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::tosa::TosaDialect",
  ];
  let statistics = [
    Statistic<"numOpsLowered", "ops-lowered", "tmov ops lowered">,
  ];
}

#endif // CASTHOIST_CONVERSION_PASSES
