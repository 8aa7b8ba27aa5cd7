//===- CallMotion.cpp - Move casts across function boundaries -------------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Moving a cast across a call boundary applies the same per-element function
// to the same values: the cast of a returned value before the return is the
// cast of the call's result after it, and the cast of an argument at its
// first use is the cast of the operand before the call. Every call runs one
// return and passes each argument once, so per call the number of casts run
// never grows: one cast per call replaces one or more. docs/Rules.md
// ("Calls") states the rules and the cases left alone.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/CallMotion.h"

#include "PatternState.h"
#include "SymbolUses.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::casthoist;

namespace {
/// The functions of the symbol table, their direct call sites, and which of
/// them may change signature.
struct CallSites {
  /// Per function: its call sites, or std::nullopt when the symbol is used
  /// other than by a direct call (indirect call, address taken) or its uses
  /// cannot be listed.
  llvm::DenseMap<Operation *, std::optional<SmallVector<CallOpInterface>>>
      calls;
  /// Functions that take part in a recursion, direct or through others.
  llvm::DenseSet<Operation *> recursive;
};
} // namespace

/// Lists the direct call sites of every function of `symbolTableOp`.
static CallSites collectCallSites(Operation *symbolTableOp,
                                  ArrayRef<FunctionOpInterface> functions) {
  CallSites sites;
  llvm::DenseMap<Operation *, SmallVector<Operation *>> callers;
  auto usesByName = casthoist::detail::collectSymbolUsesByName(symbolTableOp);
  for (FunctionOpInterface fn : functions) {
    if (!usesByName) {
      sites.calls[fn] = std::nullopt;
      continue;
    }
    std::optional<SmallVector<CallOpInterface>> calls(std::in_place);
    for (const SymbolTable::SymbolUse &use :
         usesByName->lookup(SymbolTable::getSymbolName(fn))) {
      auto call = dyn_cast<CallOpInterface>(use.getUser());
      auto callee =
          call ? dyn_cast_if_present<SymbolRefAttr>(call.getCallableForCallee())
               : SymbolRefAttr();
      if (!callee || callee != use.getSymbolRef() ||
          callee.getNestedReferences().size() != 0) {
        calls = std::nullopt;
        break;
      }
      calls->push_back(call);
      if (auto caller = call->getParentOfType<FunctionOpInterface>())
        callers[fn].push_back(caller);
    }
    sites.calls[fn] = std::move(calls);
  }
  // A function is recursive when it reaches itself through callers.
  for (FunctionOpInterface fn : functions) {
    SmallVector<Operation *> worklist(callers.lookup(fn));
    llvm::DenseSet<Operation *> seen;
    while (!worklist.empty()) {
      Operation *caller = worklist.pop_back_val();
      if (caller == fn.getOperation()) {
        sites.recursive.insert(fn);
        break;
      }
      if (seen.insert(caller).second)
        llvm::append_range(worklist, callers.lookup(caller));
    }
  }
  return sites;
}

/// The users of `value` when all of them are the same narrowing cast (same
/// op, attributes, types and semantics) that reads `value`; empty otherwise.
static SmallVector<ElementCastOpInterface>
getUniformNarrowingUsers(Value value) {
  SmallVector<ElementCastOpInterface> casts;
  for (Operation *user : value.getUsers()) {
    auto cast = dyn_cast<ElementCastOpInterface>(user);
    if (!cast || cast.getCastSource() != value)
      return {};
    std::optional<ElementCast> semantics = cast.getElementCast();
    if (!semantics || !semantics->isNarrowing())
      return {};
    if (!casts.empty()) {
      ElementCastOpInterface first = casts.front();
      if (first->getName() != cast->getName() ||
          first->getAttrDictionary() != cast->getAttrDictionary() ||
          first.getCastResult().getType() != cast.getCastResult().getType() ||
          first.getElementCast() != semantics)
        return {};
    }
    casts.push_back(cast);
  }
  return casts;
}

/// Whether the contract lets a cast with semantics `cast` be built on
/// `value` (under `bits`, not where a float widening cast reaches it
/// through data movement alone).
static bool mayCastValue(Value value, const ElementCast &cast,
                         const CastRuleOptions &rules) {
  std::string reason;
  return succeeded(
      casthoist::detail::checkAdjacentPair(value, cast, rules, reason));
}

/// The return-like terminators of `fn`'s body.
static SmallVector<Operation *> getReturns(FunctionOpInterface fn) {
  SmallVector<Operation *> returns;
  for (Block &block : fn.getFunctionBody())
    if (Operation *terminator = block.getTerminator();
        terminator && terminator->hasTrait<OpTrait::ReturnLike>())
      returns.push_back(terminator);
  return returns;
}

/// Tries to return result `index` of `fn` narrow.
static bool narrowResult(FunctionOpInterface fn, unsigned index,
                         ArrayRef<CallOpInterface> calls,
                         const HoistCastsPatternOptions &options,
                         SmallVectorImpl<SignatureChange> &changes) {
  if (calls.empty())
    return false;
  SmallVector<SmallVector<ElementCastOpInterface>> castsPerCall;
  for (CallOpInterface call : calls) {
    castsPerCall.push_back(getUniformNarrowingUsers(call->getResult(index)));
    if (castsPerCall.back().empty())
      return false;
  }
  // Every call site narrows the same way.
  ElementCastOpInterface reference = castsPerCall.front().front();
  std::optional<ElementCast> cast = reference.getElementCast();
  Type narrowType = reference.getCastResult().getType();
  for (ArrayRef<ElementCastOpInterface> casts : castsPerCall) {
    ElementCastOpInterface other = casts.front();
    if (other->getName() != reference->getName() ||
        other->getAttrDictionary() != reference->getAttrDictionary() ||
        other.getCastResult().getType() != narrowType ||
        other.getElementCast() != cast)
      return false;
  }
  SmallVector<Operation *> returns = getReturns(fn);
  if (returns.empty())
    return false;
  Type wideType = fn.getResultTypes()[index];
  for (Operation *ret : returns) {
    if (ret->getNumOperands() != fn.getNumResults())
      return false;
    Value returned = ret->getOperand(index);
    if (!reference.canBuildCast(returned.getType(), narrowType,
                                cast->getKind()) ||
        !mayCastValue(returned, *cast, options.rules))
      return false;
  }
  if (options.controlFn && !options.controlFn(reference, fn))
    return false;

  OpBuilder builder(fn.getContext());
  for (Operation *ret : returns) {
    builder.setInsertionPoint(ret);
    FailureOr<Value> narrow =
        reference.buildCast(builder, ret->getLoc(), ret->getOperand(index),
                            narrowType, cast->getKind());
    // canBuildCast agreed above; a family that still fails leaves the
    // function as it was up to this return, which stays valid: bail out
    // before touching the signature.
    if (failed(narrow))
      return false;
    ret->setOperand(index, *narrow);
  }
  SmallVector<Type> results(fn.getResultTypes());
  results[index] = narrowType;
  fn.setType(fn.cloneTypeWith(fn.getArgumentTypes(), results));
  for (auto [call, casts] : llvm::zip_equal(calls, castsPerCall)) {
    Value result = call->getResult(index);
    result.setType(narrowType);
    for (ElementCastOpInterface user : casts) {
      user.getCastResult().replaceAllUsesWith(result);
      user->erase();
    }
  }
  if (options.emitRemarks)
    fn->emitRemark() << "hoist-casts: result " << index
                     << " returned narrow: " << wideType << " -> "
                     << narrowType;
  changes.push_back({SymbolTable::getSymbolName(fn).str(), /*isResult=*/true,
                     index, wideType, narrowType, fn.isPublic()});
  return true;
}

/// Tries to pass argument `index` of `fn` narrow.
static bool narrowArgument(FunctionOpInterface fn, unsigned index,
                           ArrayRef<CallOpInterface> calls,
                           const HoistCastsPatternOptions &options,
                           SmallVectorImpl<SignatureChange> &changes) {
  BlockArgument arg = fn.getArgument(index);
  SmallVector<ElementCastOpInterface> casts = getUniformNarrowingUsers(arg);
  if (casts.empty())
    return false;
  ElementCastOpInterface reference = casts.front();
  std::optional<ElementCast> cast = reference.getElementCast();
  Type narrowType = reference.getCastResult().getType();
  for (CallOpInterface call : calls) {
    Value operand = call.getArgOperands()[index];
    if (!reference.canBuildCast(operand.getType(), narrowType,
                                cast->getKind()) ||
        !mayCastValue(operand, *cast, options.rules))
      return false;
  }
  if (options.controlFn && !options.controlFn(reference, fn))
    return false;

  OpBuilder builder(fn.getContext());
  SmallVector<Value> narrowOperands;
  for (CallOpInterface call : calls) {
    builder.setInsertionPoint(call);
    FailureOr<Value> narrow = reference.buildCast(builder, call->getLoc(),
                                                  call.getArgOperands()[index],
                                                  narrowType, cast->getKind());
    if (failed(narrow)) {
      for (Value created : narrowOperands)
        created.getDefiningOp()->erase();
      return false;
    }
    narrowOperands.push_back(*narrow);
  }
  for (auto [call, narrow] : llvm::zip_equal(calls, narrowOperands))
    CallOpInterface(call).getArgOperandsMutable()[index].set(narrow);
  Type wideType = arg.getType();
  arg.setType(narrowType);
  SmallVector<Type> inputs(fn.getArgumentTypes());
  inputs[index] = narrowType;
  fn.setType(fn.cloneTypeWith(inputs, fn.getResultTypes()));
  for (ElementCastOpInterface user : casts) {
    user.getCastResult().replaceAllUsesWith(arg);
    user->erase();
  }
  if (fn.isPublic())
    fn->emitRemark() << "hoist-casts: public signature changed: argument "
                     << index << " of @"
                     << SymbolTable::getSymbolName(fn).getValue() << ": "
                     << wideType << " -> " << narrowType;
  else if (options.emitRemarks)
    fn->emitRemark() << "hoist-casts: argument " << index
                     << " passed narrow: " << wideType << " -> " << narrowType;
  changes.push_back({SymbolTable::getSymbolName(fn).str(), /*isResult=*/false,
                     index, wideType, narrowType, fn.isPublic()});
  return true;
}

bool mlir::casthoist::moveCastsAcrossCalls(
    Operation *symbolTableOp, const HoistCastsPatternOptions &options,
    SignatureScope scope, SmallVectorImpl<SignatureChange> &changes) {
  if (scope == SignatureScope::None ||
      !symbolTableOp->hasTrait<OpTrait::SymbolTable>() ||
      options.direction == MotionDirection::Down)
    return false;
  SmallVector<FunctionOpInterface> functions;
  for (Region &region : symbolTableOp->getRegions())
    for (Block &block : region)
      for (Operation &op : block)
        if (auto fn = dyn_cast<FunctionOpInterface>(&op))
          functions.push_back(fn);
  // Listing the call sites walks every attribute of every op; first look
  // for a function whose signature a move could change at all: one whose
  // argument a cast reads, or a private one with results (a caller may
  // narrow them).
  auto mayChange = [&](FunctionOpInterface fn) {
    if (fn.isExternal() || (fn.isPublic() && scope != SignatureScope::All))
      return false;
    if (!fn.isPublic() && fn.getNumResults() != 0)
      return true;
    return llvm::any_of(fn.getArguments(), [](BlockArgument arg) {
      return llvm::any_of(arg.getUsers(),
                          llvm::IsaPred<ElementCastOpInterface>);
    });
  };
  if (llvm::none_of(functions, mayChange))
    return false;
  CallSites sites = collectCallSites(symbolTableOp, functions);

  bool changed = false;
  for (FunctionOpInterface fn : functions) {
    if (fn.isExternal() || sites.recursive.contains(fn))
      continue;
    std::optional<SmallVector<CallOpInterface>> &calls = sites.calls[fn];
    if (!calls)
      continue;
    bool isPublic = fn.isPublic();
    if (isPublic && scope != SignatureScope::All)
      continue;
    // A private function nobody calls gains nothing.
    if (!isPublic && calls->empty())
      continue;
    // A public function's results go to the host, which may want them
    // wide: only its arguments change.
    if (!isPublic)
      for (unsigned i = 0, e = fn.getNumResults(); i < e; ++i)
        changed |= narrowResult(fn, i, *calls, options, changes);
    for (unsigned i = 0, e = fn.getNumArguments(); i < e; ++i)
      changed |= narrowArgument(fn, i, *calls, options, changes);
  }
  return changed;
}
