//===- ExternalModels.h - Interfaces for upstream ops -----------*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_EXTERNALMODELS_EXTERNALMODELS_H
#define CASTHOIST_EXTERNALMODELS_EXTERNALMODELS_H

namespace mlir {
class DialectRegistry;
namespace casthoist {

/// Attaches ElementCastOpInterface and DataMovementOpInterface to the
/// upstream ops cast-hoist understands:
///  - casts: tosa.cast; arith.truncf/extf/trunci/extsi/extui/fptosi/fptoui/
///    sitofp/uitofp on tensors; linalg.generic/linalg.map whose body is one
///    such arith cast;
///  - data movement: tosa.transpose/reshape/slice/concat/pad/tile/reverse/
///    gather/scatter/identity; linalg.transpose/broadcast/copy;
///    tensor.expand_shape/collapse_shape/reshape/extract_slice/insert_slice/
///    concat/pad (constant padding)/gather/scatter/cast;
///  - ops that select by value: tosa.maximum/minimum/clamp,
///    arith.maximumf/minimumf; ops that compute the sign: tosa.negate
///    (floats, zero points 0), tosa.abs, arith.negf and math.absf on ranked
///    tensors;
///  - mixed precision (MixedPrecisionOpInterface, for --autocast): every
///    linalg contraction and convolution; tosa.matmul/conv2d/conv3d/
///    depthwise_conv2d/transpose_conv2d.
/// The models are attached when the respective dialect is loaded.
void registerCastHoistExternalModels(DialectRegistry &registry);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_EXTERNALMODELS_EXTERNALMODELS_H
