//===- GlobalNarrowing.cpp - Store constant globals narrow ----------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// ml_program.global weights read only through the same narrowing cast are
// stored narrow: the cast runs once, at compile time, with the rule table's
// exact semantics, exactly as a cast of a constant folds. docs/Rules.md
// (constants) states the conditions.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/GlobalNarrowing.h"
#include "casthoist/Transforms/TrafficModel.h"

#include "SymbolUses.h"

#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace mlir::casthoist;

namespace {
/// A global every reader narrows the same way.
struct GlobalCandidate {
  ml_program::GlobalOp global;
  ElementsAttr value;
  SmallVector<ml_program::GlobalLoadConstOp> loads;
  /// Every cast of a load; all the same as the first.
  SmallVector<ElementCastOpInterface> casts;
  std::optional<ElementCast> cast;
};
} // namespace

/// Two casts are interchangeable when they are the same op with the same
/// attributes, types and semantics.
static bool isSameCast(ElementCastOpInterface a, ElementCastOpInterface b) {
  return a->getName() == b->getName() &&
         a->getAttrDictionary() == b->getAttrDictionary() &&
         a.getCastSource().getType() == b.getCastSource().getType() &&
         a.getCastResult().getType() == b.getCastResult().getType() &&
         a.getCastKind() == b.getCastKind();
}

/// The global's constant value, when it is an immutable, private global with
/// a dense or dense_resource value of its static tensor type.
static ElementsAttr getNarrowableValue(ml_program::GlobalOp global) {
  if (global.getIsMutable() || !global.isPrivate())
    return nullptr;
  std::optional<Attribute> value = global.getValue();
  auto elements = dyn_cast_if_present<ElementsAttr>(value.value_or(nullptr));
  auto type = dyn_cast<RankedTensorType>(global.getType());
  if (!elements || !type || !type.hasStaticShape() ||
      elements.getType() != type ||
      !isa<DenseElementsAttr, DenseResourceElementsAttr>(elements))
    return nullptr;
  return elements;
}

/// Fills `candidate` when every use of the global is a load whose every
/// user is the same modeled narrowing cast of the whole tensor.
static LogicalResult collectReaders(ArrayRef<SymbolTable::SymbolUse> uses,
                                    GlobalCandidate &candidate,
                                    std::string &reason) {
  for (const SymbolTable::SymbolUse &use : uses) {
    auto load = dyn_cast<ml_program::GlobalLoadConstOp>(use.getUser());
    if (!load) {
      reason = "it is used by an op other than ml_program.global_load_const";
      return failure();
    }
    candidate.loads.push_back(load);
    for (Operation *user : load->getUsers()) {
      auto castOp = dyn_cast<ElementCastOpInterface>(user);
      if (!castOp || castOp.getCastSource() != load.getResult() ||
          user->getNumResults() != 1) {
        reason = "a load has a user that is not a cast of it";
        return failure();
      }
      if (!candidate.casts.empty() &&
          !isSameCast(candidate.casts.front(), castOp)) {
        reason = "its loads are cast in different ways";
        return failure();
      }
      if (!llvm::is_contained(candidate.casts, castOp))
        candidate.casts.push_back(castOp);
    }
  }
  if (candidate.casts.empty()) {
    reason = "no load of it is cast";
    return failure();
  }
  ElementCastOpInterface first = candidate.casts.front();
  candidate.cast = first.getElementCast();
  if (!candidate.cast || !candidate.cast->isNarrowing()) {
    reason = "its loads are not cast by a modeled narrowing cast";
    return failure();
  }
  auto type = cast<RankedTensorType>(candidate.global.getType());
  if (first.getCastResult().getType() !=
      type.clone(candidate.cast->getResultType())) {
    reason = "the cast changes shape information as well as element type";
    return failure();
  }
  return success();
}

/// Replaces `candidate` by a global holding `narrow`.
static void rewriteGlobal(SymbolTable &symbolTable, GlobalCandidate &candidate,
                          ElementsAttr narrow) {
  ml_program::GlobalOp global = candidate.global;
  MLIRContext *context = global->getContext();
  std::string name = global.getSymName().str() + "_";
  llvm::raw_string_ostream os(name);
  candidate.cast->getResultType().print(os);

  OpBuilder builder(context);
  auto narrowGlobal = ml_program::GlobalOp::create(
      builder, global.getLoc(), builder.getStringAttr(name),
      TypeAttr::get(narrow.getType()), /*is_mutable=*/nullptr, narrow,
      builder.getStringAttr("private"));
  StringAttr narrowName = symbolTable.insert(
      narrowGlobal, std::next(Block::iterator(global.getOperation())));

  for (ml_program::GlobalLoadConstOp load : candidate.loads) {
    builder.setInsertionPoint(load);
    auto narrowLoad = ml_program::GlobalLoadConstOp::create(
        builder, load.getLoc(), narrow.getType(),
        FlatSymbolRefAttr::get(narrowName));
    for (Operation *user : llvm::make_early_inc_range(load->getUsers())) {
      cast<ElementCastOpInterface>(user).getCastResult().replaceAllUsesWith(
          narrowLoad.getResult());
      user->erase();
    }
    load->erase();
  }
  symbolTable.erase(global);
}

LogicalResult mlir::casthoist::narrowConstantGlobals(
    ModuleOp module, const HoistCastsPatternOptions &options) {
  if (options.direction == MotionDirection::Down)
    return success();
  auto skip = [&](ml_program::GlobalOp global, StringRef why) {
    if (options.emitRemarks)
      global.emitRemark() << "not narrowed: " << why;
  };

  // Decide first, change nothing yet: hostile input is refused before any
  // global is rewritten.
  SmallVector<std::pair<ml_program::GlobalOp, ElementsAttr>> narrowable;
  for (auto global : module.getOps<ml_program::GlobalOp>())
    if (ElementsAttr value = getNarrowableValue(global))
      narrowable.push_back({global, value});
  if (narrowable.empty())
    return success();
  // One walk for the uses of every global.
  auto usesByName = detail::collectSymbolUsesByName(module);
  SmallVector<GlobalCandidate> candidates;
  for (auto [global, value] : narrowable) {
    GlobalCandidate candidate{global, value, {}, {}, std::nullopt};
    std::string reason;
    if (!usesByName) {
      skip(global, "its uses cannot all be found");
      continue;
    }
    if (failed(collectReaders(usesByName->lookup(global.getSymNameAttr()),
                              candidate, reason))) {
      skip(global, reason);
      continue;
    }
    // As for casts and data-movement ops: a tensor of more than 2^64 bits
    // exists only in hostile input and is refused with an error.
    if (!TrafficModel::hasRepresentableSize(global.getType()))
      return global.emitError("hoist-casts: ")
             << global.getType() << " holds more than 2^64 bits; its traffic "
             << "cannot be modeled";
    candidates.push_back(std::move(candidate));
  }
  if (candidates.empty())
    return success();

  SymbolTable symbolTable(module);
  for (GlobalCandidate &candidate : candidates) {
    if (options.controlFn &&
        !options.controlFn(candidate.casts.front(), candidate.loads.front())) {
      skip(candidate.global, "vetoed by the control function");
      continue;
    }
    FailureOr<ConvertedConstant> converted =
        candidate.cast->convertConstant(candidate.value, options.rules);
    if (failed(converted)) {
      skip(candidate.global,
           "an element does not convert to a predictable value");
      continue;
    }
    ElementsAttr narrow = converted->materialize();
    if (options.emitRemarks)
      candidate.global.emitRemark()
          << "stored as " << candidate.cast->getResultType() << ": "
          << candidate.loads.size() << " load(s), " << candidate.casts.size()
          << " cast(s) folded";
    rewriteGlobal(symbolTable, candidate, narrow);
    if (options.counters)
      ++options.counters->constantsFolded;
  }
  return success();
}
