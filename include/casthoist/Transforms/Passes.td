//===- Passes.td - cast-hoist passes -----------------------*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_PASSES
#define CASTHOIST_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def HoistCasts : Pass<"hoist-casts"> {
  let summary = "Move narrowing casts above, and widening casts below, "
                "data-movement ops";
  let description = [{
    Rewrites `cast(move(x)) -> move(cast(x))` for a narrowing cast and
    `move(ext(x)) -> ext(move(x))` for a widening one, where `move` is any op
    implementing `DataMovementOpInterface` (transpose, reshape, slice,
    gather, scatter, concat, pad, broadcast, tile, reverse, ...) and the cast
    any op implementing `ElementCastOpInterface`. The data-movement op then
    moves the narrow element type. Cast pairs the motion exposes fold when,
    and only when, that is exact. Every rewrite keeps the results the
    `exactness` contract promises: by default (`values`) every non-NaN
    result element bit for bit; with `exactness=bits` every bit, NaN
    payloads and flushing targets included.

    The pass runs on any op, so it can be nested under `func.func` to run on
    functions in parallel. It only touches casts and data-movement ops (it
    erases those whose results are unused) and ops its rewrites leave dead:
    other dead code and unreachable blocks stay, and no folder runs.

    Example: `%t = tmov.transpose %x [1, 0] : tensor<4x8xf32> -> ...` followed
    by `tmov.cast %t : ... to tensor<8x4xf16>` becomes a cast of `%x` to f16
    followed by a transpose of f16 elements.
  }];
  let options = [
    Option<"direction", "direction", "::mlir::casthoist::MotionDirection",
           "::mlir::casthoist::MotionDirection::Both",
           "Which casts move", [{::llvm::cl::values(
             clEnumValN(::mlir::casthoist::MotionDirection::Up, "up",
                        "hoist narrowing casts only"),
             clEnumValN(::mlir::casthoist::MotionDirection::Down, "down",
                        "sink widening casts only"),
             clEnumValN(::mlir::casthoist::MotionDirection::Both, "both",
                        "hoist narrowing and sink widening casts"))}]>,
    Option<"policy", "policy", "::mlir::casthoist::CostPolicy",
           "::mlir::casthoist::CostPolicy::Profitable",
           "When a legal rewrite happens", [{::llvm::cl::values(
             clEnumValN(::mlir::casthoist::CostPolicy::Always, "always",
                        "every exact rewrite (the canonicalization)"),
             clEnumValN(::mlir::casthoist::CostPolicy::Profitable,
                        "profitable",
                        "only when modeled traffic does not grow; may "
                        "duplicate a data-movement op for its cast users"))}]>,
    Option<"dynamicDimSize", "dynamic-dim-size", "int64_t", /*default=*/"1024",
           "Elements the traffic model counts for each dynamic dimension">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with the modeled bytes moved by "
           "data-movement ops and casts before and after, and a remark at "
           "each cast moved or left in place next to a data-movement op">,
    Option<"exactness", "exactness", "::mlir::casthoist::Exactness",
           "::mlir::casthoist::Exactness::Values",
           "What every rewrite keeps identical (docs/Rules.md, 'The "
           "contract')", [{::llvm::cl::values(
             clEnumValN(::mlir::casthoist::Exactness::Values, "values",
                        "every non-NaN result element, bit for bit (IEEE "
                        "semantics, -0 and subnormals included); NaNs stay "
                        "NaNs with unspecified payloads. Folds float "
                        "round trips, moves casts across max/min/clamp"),
             clEnumValN(::mlir::casthoist::Exactness::Bits, "bits",
                        "every bit on every target, also after upstream "
                        "folders: never creates a float ext->trunc pair, "
                        "refuses NaN and subnormal constants, does not "
                        "cross max/min/clamp"))}]>,
  ];
  let statistics = [
    Statistic<"numCastsHoisted", "casts-hoisted",
              "Narrowing casts moved above a data-movement op">,
    Statistic<"numCastsSunk", "casts-sunk",
              "Widening casts moved below a data-movement op">,
    Statistic<"numNarrowedOps", "narrowed-ops",
              "Data-movement ops that now move narrower elements">,
    Statistic<"numPairsFolded", "cast-pairs-folded",
              "Cast pairs folded exactly">,
    Statistic<"numConstantsFolded", "constants-folded",
              "Casts of constants folded into constants">,
    Statistic<"bytesBefore", "modeled-bytes-before",
              "Modeled traffic of data-movement ops and casts before">,
    Statistic<"bytesAfter", "modeled-bytes-after",
              "Modeled traffic of data-movement ops and casts after">,
  ];
}

#endif // CASTHOIST_TRANSFORMS_PASSES
