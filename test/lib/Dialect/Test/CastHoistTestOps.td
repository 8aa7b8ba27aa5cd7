//===- CastHoistTestOps.td - A downstream dialect that opts in -*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// The dialect of docs/Tutorial.md: a downstream dialect teaching hoist-casts
// its own cast and data-movement ops through the cast-hoist interfaces.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TEST_OPS
#define CASTHOIST_TEST_OPS

include "casthoist/Interfaces/AutocastInterfaces.td"
include "casthoist/Interfaces/CastHoistInterfaces.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"

def Cht_Dialect : Dialect {
  let name = "cht";
  let summary = "cast-hoist tutorial dialect";
  let cppNamespace = "::mlir::casthoist::test";
}

class Cht_Op<string mnemonic, list<Trait> traits = []>
    : Op<Cht_Dialect, mnemonic, traits>;

// A cast: float to float, round to nearest even.
def Cht_ConvertOp : Cht_Op<"convert", [Pure,
    DeclareOpInterfaceMethods<CastHoist_ElementCastOpInterface>]> {
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
}

// Data movement with a fill value: result[i] = i < amount ? fill
// : input[i - amount].
def Cht_ShiftOp : Cht_Op<"shift", [Pure, AllTypesMatch<["input", "result"]>,
    DeclareOpInterfaceMethods<CastHoist_DataMovementOpInterface,
                              ["getFillValues"]>]> {
  let arguments = (ins 1DTensorOf<[AnyFloat]>:$input, I64Attr:$amount,
                       TypedAttrInterface:$fill);
  let results = (outs 1DTensorOf<[AnyFloat]>:$result);
  let assemblyFormat =
      "$input `by` $amount `fill` $fill attr-dict `:` type($input)";
}

// A compute op that opts into --autocast: the dot product of two vectors,
// accumulated in the result's type (f32). Its inputs may be narrower.
def Cht_DotOp : Cht_Op<"dot", [Pure,
    DeclareOpInterfaceMethods<CastHoist_MixedPrecisionOpInterface>]> {
  let arguments = (ins 1DTensorOf<[AnyFloat]>:$lhs,
                       1DTensorOf<[AnyFloat]>:$rhs);
  let results = (outs AnyFloat:$result);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)";
}

#endif // CASTHOIST_TEST_OPS
