//===- CastHoistInterfaces.td - Cast and data-movement interfaces -*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// The interfaces the hoist-casts rewrites are written against: casts and data
// movement, and the branches and loops that upstream control-flow interfaces
// do not describe. The rewrites never name a concrete op: tmov ops implement
// these interfaces in ODS, upstream ops (TOSA, linalg, tensor, arith) through
// external models.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_INTERFACES_CASTHOISTINTERFACES
#define CASTHOIST_INTERFACES_CASTHOISTINTERFACES

include "mlir/IR/OpBase.td"

def CastHoist_ElementCastOpInterface : OpInterface<"ElementCastOpInterface"> {
  let description = [{
    An op that converts every element of one tensor to another element type,
    independently of every other element and of the element's position, and
    keeps the shape: `y[i] = f(x[i])`.

    `getCastKind()` names the per-element function `f` in the cast-hoist rule
    table (`casthoist/Interfaces/CastRules.h`); the op returns `std::nullopt`
    when its semantics for these element types are not in the table, and the
    rewrites then leave it alone.
  }];
  let cppNamespace = "::mlir::casthoist";

  let methods = [
    InterfaceMethod<[{
        Returns the tensor being converted, or a null value when this op
        instance is not a cast at all (ops whose role depends on their body,
        such as a `linalg.generic`, implement the interface for every
        instance). Users check for null before anything else.
      }],
      "::mlir::Value", "getCastSource", (ins), [{}], [{
        return $_op->getOperand(0);
      }]>,
    InterfaceMethod<"Returns the converted tensor.",
      "::mlir::Value", "getCastResult", (ins), [{}], [{
        return $_op->getResult(0);
      }]>,
    InterfaceMethod<[{
        Returns the per-element semantics of this cast for its current element
        types, or std::nullopt if the rule table does not model them.
      }],
      "std::optional<::mlir::casthoist::CastKind>", "getCastKind">,
    InterfaceMethod<[{
        Builds a cast of the same family as this op (a tosa.cast builds a
        tosa.cast, an arith.extf an arith.extf) from `source` to
        `resultType`, with per-element semantics `kind`. Fails, creating
        nothing, when the family has no op for that kind or those types.
      }],
      "::mlir::FailureOr<::mlir::Value>", "buildCast",
      (ins "::mlir::OpBuilder &":$builder, "::mlir::Location":$loc,
           "::mlir::Value":$source, "::mlir::Type":$resultType,
           "::mlir::casthoist::CastKind":$kind)>,
    InterfaceMethod<[{
        Returns whether `buildCast` can build a valid cast from a value of
        `sourceType` to `resultType` with semantics `kind`. The pass asks
        before it starts a rewrite, so that it never creates a cast the
        family's verifier rejects (a `tosa.cast` of a tensor with a 0 dim,
        an `arith.truncf` of an unranked tensor). The default accepts every
        pair; override it when `buildCast` can fail.
      }],
      "bool", "canBuildCast",
      (ins "::mlir::Type":$sourceType, "::mlir::Type":$resultType,
           "::mlir::casthoist::CastKind":$kind), [{}], [{
        return true;
      }]>,
  ];

  let extraSharedClassDeclaration = [{
    /// The cast as a rule-table entry, or std::nullopt when not modeled.
    std::optional<::mlir::casthoist::ElementCast> getElementCast() {
      std::optional<::mlir::casthoist::CastKind> kind = $_op.getCastKind();
      if (!kind)
        return std::nullopt;
      return ::mlir::casthoist::ElementCast::classify(
          *kind,
          ::mlir::getElementTypeOrSelf($_op.getCastSource().getType()),
          ::mlir::getElementTypeOrSelf($_op.getCastResult().getType()));
    }
  }];
}

def CastHoist_DataMovementOpInterface : OpInterface<"DataMovementOpInterface"> {
  let description = [{
    An op with one tensor result whose every element is either a copy of an
    element of one of its *data operands* or a *fill value* the op creates
    (a pad value). It never combines or computes elements, except as its
    `getElementFunction()` says (select by value, negate, abs). A copying op
    commutes with every elementwise cast, bit for bit, once its fill values
    are converted the way the cast converts elements; for the other element
    functions the rule table decides which casts commute.

    Operands that are not data operands (gather/scatter indices, shape
    operands) steer which elements are copied and are never cast.
  }];
  let cppNamespace = "::mlir::casthoist";

  let methods = [
    InterfaceMethod<[{
        Returns false if this particular op is not pure data movement on
        tensors (e.g. a linalg op on buffers, a tensor.pad whose padding
        value is not a constant). The rewrites skip such ops.
      }],
      "bool", "isPureDataMovement", (ins), [{}], [{
        return true;
      }]>,
    InterfaceMethod<[{
        Returns what the op does to each element it takes from a data
        operand: `Copy` (the default: transpose, gather, pad...),
        `SelectByValue` (maximum, minimum, clamp: one operand element, chosen
        by comparing values), `Negate` or `Abs` (the element's sign is
        computed). Whether a cast commutes with the function is decided by
        the rule table (`ElementCast::commutesWith`), under the exactness
        contract; the rewrites move a cast across the op only then.
      }],
      "::mlir::casthoist::ElementFunction", "getElementFunction", (ins), [{}],
      [{
        return ::mlir::casthoist::ElementFunction::Copy;
      }]>,
    InterfaceMethod<[{
        Returns true if every lowering makes the result a view of its single
        data operand: the same elements in the same row-major order, no copy
        (a reshape, a pure renaming of the type). The traffic model counts a
        view as 0 bytes. Not for strided views (slices): a consumer of those
        pays for the gaps, and bufferization copies them before a reshape.
      }],
      "bool", "isView", (ins), [{}], [{
        return false;
      }]>,
    InterfaceMethod<[{
        Returns the operands whose elements are copied into the result, in
        operand order. All of them have the result's element type.
      }],
      "::llvm::SmallVector<::mlir::OpOperand *>", "getDataOperands">,
    InterfaceMethod<[{
        Returns the element values the op creates (e.g. a pad value), each
        typed with the result's element type. Empty for most ops.
      }],
      "::llvm::SmallVector<::mlir::TypedAttr>", "getFillValues", (ins), [{}], [{
        return {};
      }]>,
    InterfaceMethod<[{
        Returns true if the op can be rebuilt with elements of `elementType`
        (some dialects restrict their element types).
      }],
      "bool", "supportsElementType", (ins "::mlir::Type":$elementType), [{}], [{
        return true;
      }]>,
    InterfaceMethod<[{
        Builds a copy of this op whose data operands are `newDataOperands`
        (same shapes, element type `elementType`) and whose fill values are
        `newFillValues` (one per getFillValues() entry, of `elementType`).
        Every other operand and attribute is kept. Returns the new op's
        result.
      }],
      "::mlir::Value", "rebuildWithElementType",
      (ins "::mlir::OpBuilder &":$builder,
           "::mlir::ValueRange":$newDataOperands,
           "::mlir::Type":$elementType,
           "::llvm::ArrayRef<::mlir::TypedAttr>":$newFillValues)>,
    InterfaceMethod<[{
        Whether retypeInPlace() can change this op to another element type
        in place: true for an op without fill values whose element type lives
        only in types the method updates (operand, result, block argument
        types). The rewrites then modify the op instead of rebuilding it,
        which is most of their cost on long chains. Default: false.
      }],
      "bool", "canRetypeInPlace", (ins), [{}], [{
        return false;
      }]>,
    InterfaceMethod<[{
        Changes this op in place so that it reads `newDataOperands` (one per
        getDataOperands() entry, same shapes, element type `elementType`)
        and produces its data result with element type `elementType`;
        everything else stays. The op must answer canRetypeInPlace(). Every
        change goes through `rewriter` (modifyOpInPlace, and create for a
        new init), so that listeners see it.
      }],
      "void", "retypeInPlace",
      (ins "::mlir::RewriterBase &":$rewriter,
           "::mlir::ValueRange":$newDataOperands,
           "::mlir::Type":$elementType), [{}], [{
        llvm_unreachable("retypeInPlace on an op that cannot be retyped in "
                         "place (check canRetypeInPlace first)");
      }]>,
  ];

  let extraSharedClassDeclaration = [{
    /// The single tensor result.
    ::mlir::Value getDataResult() { return $_op->getResult(0); }
  }];

  let verify = [{
    return ::mlir::casthoist::detail::verifyDataMovementOp($_op);
  }];
}

def CastHoist_BranchRegionsOpInterface
    : OpInterface<"BranchRegionsOpInterface"> {
  let description = [{
    An op that runs exactly one of its regions, once, and whose results are
    the values that region's terminator yields, in order: an if-then-else.
    The region motion learns how values flow through a region op from
    RegionBranchOpInterface; this interface describes the branches of ops
    that do not implement it (tosa.cond_if in MLIR 22), so that a narrowing
    cast of a result moves into the regions and a widening cast every
    region yields moves out, as for scf.if (docs/Rules.md, "Control flow").
  }];
  let cppNamespace = "::mlir::casthoist";

  let methods = [
    InterfaceMethod<[{
        The operands of `region`'s terminator that become the op's results,
        one per result, in order.
      }],
      "::mlir::MutableOperandRange", "getYieldedResults",
      (ins "::mlir::Region &":$region)>,
  ];
}

def CastHoist_LoopRegionsOpInterface
    : OpInterface<"LoopRegionsOpInterface"> {
  let description = [{
    An op whose regions run repeatedly and hand values to each other through
    their block arguments: a loop. The op lists how its values flow, as
    edges from an operand (of the op, or of a region's terminator) to the
    value it becomes (a region's block argument, or a result of the op).
    The region motion learns these edges from RegionBranchOpInterface for
    scf.for and scf.while; this interface describes the loops that do not
    implement it, or whose flow it cannot express (tosa.while_loop in
    MLIR 22: its condition region receives the carried values and yields
    only the condition, and the body region then receives the same values
    unchanged), so that a narrowing cast of a carried result is carried
    narrow through the loop, as for scf.while (docs/Rules.md, "Control
    flow"). It exists instead of an external RegionBranchOpInterface model,
    which would change how upstream analyses and passes treat the op in
    every pipeline that registers cast-hoist's models.
  }];
  let cppNamespace = "::mlir::casthoist";

  let methods = [
    InterfaceMethod<[{
        Appends to `edges` one `(from, to)` pair for each way a value can
        flow: `from` is an operand of this op or of a region's terminator,
        `to` the region block argument or op result that holds the same
        value when control takes that path. A value that can reach several
        places has one edge to each (for tosa.while_loop, init `k` and the
        body's yielded value `k` each reach condition argument `k`, body
        argument `k` and result `k`); an operand that flows nowhere (the
        condition) has none. Every region has one block. Fails, appending
        nothing, when the op does not have the form its semantics need
        (counts that do not match: IR the verifier rejects); the region
        motion then leaves the op alone.
      }],
      "::mlir::LogicalResult", "getLoopFlowEdges",
      (ins "::llvm::SmallVectorImpl<::mlir::casthoist::LoopFlowEdge> &":$edges)>,
  ];
}

#endif // CASTHOIST_INTERFACES_CASTHOISTINTERFACES
