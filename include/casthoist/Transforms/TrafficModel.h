//===- TrafficModel.h - Bytes moved by data movement and casts --*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// A static model of memory traffic: the bytes each data-movement op and each
// cast reads and writes, from tensor types. docs/CostModel.md states the
// model and its policy for dynamic dimensions.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_TRAFFICMODEL_H
#define CASTHOIST_TRANSFORMS_TRAFFICMODEL_H

#include "casthoist/Interfaces/CastHoistInterfaces.h"

#include <cstdint>

namespace mlir {
namespace casthoist {

class TrafficModel {
public:
  /// Every dynamic dimension is counted as `dynamicDimSize` elements.
  explicit TrafficModel(int64_t dynamicDimSize = 1024)
      : dynamicDimSize(dynamicDimSize) {}

  /// Elements of a tensor type, dynamic dimensions counted as
  /// dynamicDimSize; saturates at UINT64_MAX. Unranked tensors count as one
  /// dynamic dimension. Non-shaped types count as 1.
  uint64_t getNumElements(Type type) const;
  /// Elements of a shape, dynamic dimensions counted as dynamicDimSize.
  uint64_t getNumElements(ArrayRef<int64_t> shape) const;
  /// Bytes of a value of `type`: ceil(elements * bit width / 8).
  uint64_t getBytes(Type type) const;
  /// getBytes() of `type` with its element type replaced by `elementType`.
  uint64_t getBytes(Type type, Type elementType) const;
  /// Whether the static part of `type` (its static dimensions times its
  /// element bit width) fits in 64 bits. Dynamic dimensions do not count:
  /// their modeled size is a policy, and saturating it is documented.
  static bool hasRepresentableSize(Type type);

  /// Traffic of a data-movement op if it moved `elementType` elements: it
  /// writes its result and reads each result element once, but never more
  /// than its data operands hold (a broadcast reads its input once), plus
  /// every non-data operand (indices) in full.
  /// A view (DataMovementOpInterface::isView) costs 0.
  uint64_t getMovementTraffic(DataMovementOpInterface op,
                              Type elementType) const;
  /// The same, given `op.getDataOperands()` (callers that have them already
  /// save the interface call).
  uint64_t getMovementTraffic(DataMovementOpInterface op,
                              ArrayRef<OpOperand *> dataOperands,
                              Type elementType) const;
  /// The traffic of `op` moving `from` elements and moving `to` elements,
  /// in one pass over its operands (a move's before and after).
  std::pair<uint64_t, uint64_t>
  getMovementTraffic(DataMovementOpInterface op,
                     ArrayRef<OpOperand *> dataOperands, Type from,
                     Type to) const;
  /// Traffic of a data-movement op as it is.
  uint64_t getMovementTraffic(DataMovementOpInterface op) const;
  /// Traffic of a cast of a `sourceType` tensor to `resultElementType`: it
  /// reads the source and writes the result.
  uint64_t getCastTraffic(Type sourceType, Type resultElementType) const;
  /// Traffic of a cast from `from` to `to` elements of a tensor shaped like
  /// `shapedType` (whatever its element type): a cast that is not in the IR
  /// yet, or not at this place, priced without building its types.
  uint64_t getCastTraffic(Type shapedType, Type from, Type to) const;
  /// Traffic of a cast op as it is.
  uint64_t getCastTraffic(ElementCastOpInterface op) const;

  /// Tensor bytes `op` itself reads and writes (not its nested ops): a
  /// data-movement op or a cast as above (a view costs 0); terminators,
  /// constants, region control flow (scf.for, scf.if), ops that read no
  /// tensor (tensor.empty) and ops that write none (tensor.dim) cost 0; any
  /// other op reads every tensor operand and writes every tensor result.
  uint64_t getOpTraffic(Operation *op) const;

  /// Traffic of the ops nested in `root` (not `root` itself).
  struct Totals {
    /// Data-movement ops.
    uint64_t movement = 0;
    /// Casts.
    uint64_t casts = 0;
    /// Every op (getOpTraffic), compute ops included: the whole function
    /// when `root` is one.
    uint64_t function = 0;
    /// movement + casts: the quantity hoist-casts lowers.
    uint64_t total() const;
  };
  Totals getTotals(Operation *root) const;

private:
  /// Bytes `op` reads and writes of its data operands and its result, had
  /// they `elementType` elements.
  uint64_t getDataTraffic(DataMovementOpInterface op,
                          ArrayRef<OpOperand *> dataOperands,
                          Type elementType) const;
  /// Bytes of `op`'s shaped operands that are not data (indices), read in
  /// full.
  uint64_t getNonDataTraffic(DataMovementOpInterface op,
                             ArrayRef<OpOperand *> dataOperands) const;

  int64_t dynamicDimSize;
};

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_TRAFFICMODEL_H
