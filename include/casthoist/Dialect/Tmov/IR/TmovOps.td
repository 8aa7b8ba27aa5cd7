//===- TmovOps.td - tmov op definitions --------------------*- tablegen -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_DIALECT_TMOV_TMOVOPS
#define CASTHOIST_DIALECT_TMOV_TMOVOPS

include "casthoist/Dialect/Tmov/IR/TmovDialect.td"
include "casthoist/Interfaces/CastHoistInterfaces.td"
include "mlir/Interfaces/CastInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/CommonTypeConstraints.td"

//===----------------------------------------------------------------------===//
// Base classes and constraints
//===----------------------------------------------------------------------===//

def Tmov_Element : AnyTypeOf<[AnyInteger, AnyFloat], "integer or floating-point">;
def Tmov_Tensor : RankedTensorOf<[Tmov_Element]>;
def Tmov_AnyTensor : TensorOf<[Tmov_Element]>;

def PureDataMovement : NativeOpTrait<"PureDataMovement"> {
  let cppNamespace = "::mlir::casthoist";
}

class Tmov_Op<string mnemonic, list<Trait> traits = []>
    : Op<Tmov_Dialect, mnemonic, traits>;

/// The interface methods of the single-input ops whose element type lives
/// only in their operand and result types: they are retyped in place.
defvar kRetypedInPlace = ["canRetypeInPlace", "retypeInPlace"];

/// A pure data-movement op: every result element is a copy of a data operand
/// element (or a fill value). `overridden` lists the interface methods with a
/// default implementation that the op defines itself.
class Tmov_MoveOp<string mnemonic, list<Trait> traits = [],
                  list<string> overridden = []>
    : Tmov_Op<mnemonic, traits # [Pure, PureDataMovement,
        DeclareOpInterfaceMethods<CastHoist_DataMovementOpInterface,
                                  overridden>]> {
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// tmov.cast
//===----------------------------------------------------------------------===//

def Tmov_CastOp : Tmov_Op<"cast", [Pure, SameOperandsAndResultShape,
    DeclareOpInterfaceMethods<CastOpInterface>,
    DeclareOpInterfaceMethods<CastHoist_ElementCastOpInterface,
                              ["canBuildCast"]>]> {
  let summary = "elementwise element-type conversion";
  let description = [{
    Converts every element to the result's element type; the shape is kept.
    The per-element semantics are those of `tosa.cast`:

    * float to float: IEEE round to nearest, ties to even; overflow gives
      infinity (NaN for types without infinity);
    * integer to integer: integers are read as signed; widening
      sign-extends, narrowing keeps the low bits;
    * integer to float: the integer is read as signed, round to nearest even;
    * float to integer: round to nearest even, then saturate to the integer's
      signed range; NaN gives an unspecified value.

    A cast to the same type folds away, and a cast of a constant folds to a
    constant where every element converts exactly as above.

    Example:

    ```mlir
    %1 = tmov.cast %0 : tensor<8x4xf32> to tensor<8x4xf16>
    ```
  }];
  let arguments = (ins Tmov_AnyTensor:$input);
  let results = (outs Tmov_AnyTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// Data-movement ops
//===----------------------------------------------------------------------===//

def Tmov_TransposeOp : Tmov_MoveOp<"transpose", [], kRetypedInPlace> {
  let summary = "permutes dimensions";
  let description = [{
    `result[i_0, ..., i_n] = input[j]` where `j[permutation[k]] = i_k`, i.e.
    result dimension `k` is input dimension `permutation[k]`.

    ```mlir
    %0 = tmov.transpose %arg0 [0, 3, 1, 2]
        : tensor<1x16x16x8xf32> -> tensor<1x8x16x16xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$permutation);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat =
      "$input $permutation attr-dict `:` type($input) `->` type($result)";
}

def Tmov_ReshapeOp : Tmov_MoveOp<"reshape", [], !listconcat(["isView"], kRetypedInPlace)> {
  let summary = "reinterprets the shape, keeping row-major element order";
  let description = [{
    The result holds the input's elements in the same row-major order. Both
    shapes must hold the same number of elements. It lowers to
    `tensor.reshape`, which bufferizes to a `memref.reshape` view: the traffic
    model counts it as 0 bytes (`isView`). The result may have at most
    one dynamic dimension, whose size is the input's element count divided by
    the product of the other result dimensions.

    ```mlir
    %0 = tmov.reshape %arg0 : tensor<2x8xf32> -> tensor<4x4xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

def Tmov_BroadcastOp : Tmov_MoveOp<"broadcast", [], kRetypedInPlace> {
  let summary = "repeats elements along new or size-1 dimensions";
  let description = [{
    Input dimension `i` becomes result dimension `dimensions[i]`
    (`dimensions` is strictly increasing); every other result dimension is
    new. An input dimension of size 1 is repeated to the result's size; any
    other input dimension must equal its result dimension. A dynamic result
    dimension must come from a dynamic input dimension of the same size.

    ```mlir
    %0 = tmov.broadcast %arg0 [1] : tensor<4xf32> -> tensor<2x4xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$dimensions);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat =
      "$input $dimensions attr-dict `:` type($input) `->` type($result)";
}

def Tmov_SliceOp : Tmov_MoveOp<"slice", [], kRetypedInPlace> {
  let summary = "extracts a strided rectangular window";
  let description = [{
    `result[i] = input[offsets + i * strides]` for `0 <= i < sizes`. Offsets
    and sizes are non-negative, strides positive, and the window must lie
    inside every static input dimension. The result shape is `sizes`.

    ```mlir
    %0 = tmov.slice %arg0 offsets [0, 2] sizes [4, 2] strides [1, 2]
        : tensor<4x8xf32> -> tensor<4x2xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$offsets,
                       DenseI64ArrayAttr:$sizes, DenseI64ArrayAttr:$strides);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = [{
    $input `offsets` $offsets `sizes` $sizes `strides` $strides attr-dict
    `:` type($input) `->` type($result)
  }];
}

def Tmov_ConcatOp : Tmov_MoveOp<"concat"> {
  let summary = "joins tensors along one dimension";
  let description = [{
    Concatenates one or more tensors of the same rank and element type along
    `axis`; all other dimensions must agree.

    ```mlir
    %0 = tmov.concat %a, %b axis 1
        : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Variadic<Tmov_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = [{
    $inputs `axis` $axis attr-dict `:` functional-type($inputs, $result)
  }];
}

def Tmov_PadOp : Tmov_MoveOp<"pad", [], ["getFillValues"]> {
  let summary = "surrounds a tensor with a constant padding value";
  let description = [{
    Adds `low[d]` elements before and `high[d]` elements after dimension `d`
    (both non-negative), filled with `padding_value`, which has the element
    type.

    ```mlir
    %0 = tmov.pad %arg0 low [0, 1] high [0, 2] value 0.000000e+00 : f32
        : tensor<4x4xf32> -> tensor<4x7xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$low,
                       DenseI64ArrayAttr:$high, TypedAttrInterface:$padding_value);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = [{
    $input `low` $low `high` $high `value` $padding_value attr-dict
    `:` type($input) `->` type($result)
  }];
}

def Tmov_GatherOp : Tmov_MoveOp<"gather", [], kRetypedInPlace> {
  let summary = "selects slices along one dimension by index";
  let description = [{
    `result[p..., q..., s...] = data[p..., clamp(indices[q...]), s...]`
    where `p` spans the data dimensions before `axis` and `s` those after.
    The result shape is `data.shape[:axis] + indices.shape +
    data.shape[axis+1:]`. Indices are integers read as signed and clamped to
    `[0, data.shape[axis] - 1]`. When `data.shape[axis]` is 0 there is
    nothing to read, so the result must be empty: the verifier rejects a
    statically non-empty result (with a dynamic size it is undefined
    behavior, as an out-of-range read).

    ```mlir
    %0 = tmov.gather %table[%ids] axis 0
        : (tensor<50000x64xf32>, tensor<8xi32>) -> tensor<8x64xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$data, AnyRankedTensor:$indices,
                       I64Attr:$axis);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = [{
    $data `[` $indices `]` `axis` $axis attr-dict
    `:` functional-type(operands, $result)
  }];
}

def Tmov_ScatterOp : Tmov_MoveOp<"scatter"> {
  let summary = "replaces slices of a tensor along one dimension by index";
  let description = [{
    The result is `dest` with slice `indices[k]` along `axis` replaced by
    slice `k` of `updates`, for `k` in order (a later duplicate index wins;
    an out-of-range index writes nothing). `indices` is 1-D of length `K`;
    `updates` has `dest`'s shape with dimension `axis` set to `K`.

    ```mlir
    %0 = tmov.scatter %dest[%idx], %upd axis 0
        : (tensor<8x4xf32>, tensor<2xi32>, tensor<2x4xf32>) -> tensor<8x4xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$dest, AnyRankedTensor:$indices,
                       Tmov_Tensor:$updates, I64Attr:$axis);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = [{
    $dest `[` $indices `]` `,` $updates `axis` $axis attr-dict
    `:` functional-type(operands, $result)
  }];
}

def Tmov_ReverseOp : Tmov_MoveOp<"reverse", [AllTypesMatch<["input", "result"]>],
                                     kRetypedInPlace> {
  let summary = "reverses the order of elements along dimensions";
  let description = [{
    ```mlir
    %0 = tmov.reverse %arg0 [1] : tensor<4x8xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$dimensions);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat = "$input $dimensions attr-dict `:` type($input)";
}

def Tmov_TileOp : Tmov_MoveOp<"tile", [], kRetypedInPlace> {
  let summary = "repeats a tensor along each dimension";
  let description = [{
    Result dimension `d` has size `input.shape[d] * multiples[d]` and
    `result[i] = input[i mod input.shape]`. Multiples are non-negative.

    ```mlir
    %0 = tmov.tile %arg0 [2, 1] : tensor<4x8xf32> -> tensor<8x8xf32>
    ```
  }];
  let arguments = (ins Tmov_Tensor:$input, DenseI64ArrayAttr:$multiples);
  let results = (outs Tmov_Tensor:$result);
  let assemblyFormat =
      "$input $multiples attr-dict `:` type($input) `->` type($result)";
}

#endif // CASTHOIST_DIALECT_TMOV_TMOVOPS
