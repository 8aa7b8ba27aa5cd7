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

    Casts also cross control flow: a narrowing cast of a branch's result
    (`scf.if`, `scf.index_switch`) moves into its regions, a loop's
    (`scf.for`, `scf.while`) data-movement-only carried value is carried
    narrow, and widening casts yielded by every region of a branch move out
    of it (docs/Rules.md section 8).

    The pass runs on any op. On a module it rewrites the functions in
    parallel (when the context allows multithreading); nested under
    `func.func` it rewrites that function. It only touches live casts and
    data-movement ops, the branches and loops it narrows, and the ops its own
    rewrites leave dead: dead code that was there before, unreachable blocks
    and everything else stay as they are, and no folder runs.

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
           "data-movement ops, casts and the whole function before and "
           "after, the casts moved and left (by reason), and a remark at "
           "each cast moved or left in place next to a data-movement op">,
    Option<"signatures", "signatures", "::mlir::casthoist::SignatureScope",
           "::mlir::casthoist::SignatureScope::Private",
           "Which function signatures may change so that casts cross calls "
           "(docs/Rules.md, 'Calls')", [{::llvm::cl::values(
             clEnumValN(::mlir::casthoist::SignatureScope::None, "none",
                        "casts stop at function boundaries"),
             clEnumValN(::mlir::casthoist::SignatureScope::Private, "private",
                        "results and arguments of private functions, whose "
                        "every call site is in the module"),
             clEnumValN(::mlir::casthoist::SignatureScope::All, "all",
                        "also the arguments of public functions: the host "
                        "then passes narrow values (e.g. bf16 weights); each "
                        "change is reported"))}]>,
    Option<"reportGraph", "report-graph", "std::string", /*default=*/"",
           "Write a Graphviz (DOT) file at this path: each function before "
           "and after, data movement coloured by element type, moved casts "
           "in bold. Anchored on one function, the file holds that function">,
    Option<"exactness", "exactness", "::mlir::casthoist::Exactness",
           "::mlir::casthoist::Exactness::Values",
           "What every rewrite keeps identical (docs/Rules.md, 'The "
           "contract')", [{::llvm::cl::values(
             clEnumValN(::mlir::casthoist::Exactness::Values, "values",
                        "every non-NaN result element, bit for bit (IEEE "
                        "semantics, -0 and subnormals included); NaNs stay "
                        "NaNs with unspecified payloads. Folds float "
                        "round trips, moves casts across max/min/clamp "
                        "and negate/abs"),
             clEnumValN(::mlir::casthoist::Exactness::Bits, "bits",
                        "every bit on every target, also after upstream "
                        "folders: never creates a float ext->trunc pair, "
                        "refuses NaN and subnormal constants, does not "
                        "cross max/min/clamp nor negate/abs"))}]>,
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

def Autocast : Pass<"autocast"> {
  let summary = "Make the contractions and convolutions of an f32 network "
                "read bf16/f16 inputs and accumulate in f32";
  let description = [{
    Rewrites every op implementing `MixedPrecisionOpInterface` whose inputs
    are f32 (linalg contractions and convolutions, `tosa.matmul`,
    `tosa.conv2d`, `tosa.conv3d`, `tosa.depthwise_conv2d`,
    `tosa.transpose_conv2d`, and any downstream op that opts in) into the
    same op reading inputs rounded to `type` and accumulating in f32, as
    autocast exporters do. Narrowing casts are inserted on the op's inputs,
    and widening casts on its results where the op's dialect requires a
    narrow result; nothing else changes, so the rest of the program stays
    f32. Run `--hoist-casts` afterwards to move the new casts across data
    movement.

    This pass changes numerics by design: the inputs are rounded. Ops whose
    inputs are not all f32 (already narrow, integer, f64) and quantized ops
    are left alone.
  }];
  let options = [
    Option<"type", "type", "std::string", /*default=*/"\"bf16\"",
           "Narrow input type: bf16 or f16">,
    ListOption<"ops", "ops", "std::string",
               "Only rewrite ops with these names (e.g. "
               "linalg.matmul,tosa.conv2d); default: every op implementing "
               "MixedPrecisionOpInterface">,
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark at each op rewritten, and at each op with a "
           "mixed-precision form that is left alone">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let statistics = [
    Statistic<"numOpsNarrowed", "ops-narrowed",
              "Ops rebuilt to read narrow inputs">,
  ];
}

#endif // CASTHOIST_TRANSFORMS_PASSES
