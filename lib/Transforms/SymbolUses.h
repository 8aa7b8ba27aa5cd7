//===- SymbolUses.h - Symbol uses of a symbol table, in one walk -*- C++
//-*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_LIB_TRANSFORMS_SYMBOLUSES_H
#define CASTHOIST_LIB_TRANSFORMS_SYMBOLUSES_H

#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace mlir {
namespace casthoist {
namespace detail {

/// Every symbol use in the regions of `symbolTableOp` that resolves in its
/// symbol table, grouped by the root name it references: one walk for all
/// symbols (asking per symbol is quadratic in modules of many functions or
/// globals). A use nested in an inner symbol table resolves there and is
/// left out, even if it spells the same name. std::nullopt when the uses
/// cannot all be found (an op with an unknown symbol table).
inline std::optional<
    llvm::DenseMap<StringAttr, SmallVector<SymbolTable::SymbolUse>>>
collectSymbolUsesByName(Operation *symbolTableOp) {
  llvm::DenseMap<StringAttr, SmallVector<SymbolTable::SymbolUse>> usesByName;
  for (Region &region : symbolTableOp->getRegions()) {
    std::optional<SymbolTable::UseRange> uses =
        SymbolTable::getSymbolUses(&region);
    if (!uses)
      return std::nullopt;
    for (const SymbolTable::SymbolUse &use : *uses)
      if (SymbolTable::getNearestSymbolTable(use.getUser()->getParentOp()) ==
          symbolTableOp)
        usesByName[use.getSymbolRef().getRootReference()].push_back(use);
  }
  return usesByName;
}

} // namespace detail
} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_LIB_TRANSFORMS_SYMBOLUSES_H
