//===- CallMotion.h - Move casts across function boundaries -----*- C++ -*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Motion of narrowing casts across calls, over the same interfaces as the
// hoist-casts patterns: a result that every caller narrows is returned
// narrow, and an argument the callee only narrows is passed narrow. It needs
// the whole symbol table (every call site), so it is a module-level step of
// the hoist-casts pass, separate from the per-function patterns.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_CALLMOTION_H
#define CASTHOIST_TRANSFORMS_CALLMOTION_H

#include "casthoist/Transforms/HoistCasts.h"

#include <string>

namespace mlir {
namespace casthoist {

/// Which function signatures the pass may change.
enum class SignatureScope {
  /// None: casts stop at function boundaries.
  None,
  /// Private functions, whose every call site is in the module.
  Private,
  /// Private functions, and the arguments of public ones (their callers are
  /// outside: the host then passes narrow values, e.g. bf16 weights). Every
  /// changed public signature is reported.
  All,
};

/// One changed function signature.
struct SignatureChange {
  std::string function;
  bool isResult = false;
  unsigned index = 0;
  Type oldType;
  Type newType;
  bool isPublic = false;
};

/// Moves narrowing casts across the calls between the functions directly
/// inside `symbolTableOp`, once (the pass alternates it with the
/// per-function rewrites until nothing changes):
///  - result k of a function is returned narrow when, at every call site,
///    every user of result k is the same narrowing cast; the cast moves in
///    front of each return;
///  - argument k is passed narrow when every user of the argument inside
///    the function is the same narrowing cast; the cast moves to each call
///    site (for a public function under SignatureScope::All, to the host).
/// Left alone: functions whose symbol is used other than by direct calls
/// (indirect calls, address taken), recursive functions (direct or through
/// other functions), declarations, callers that disagree (one narrows, one
/// uses the wide value), and, under `exactness=bits`, moves that would put
/// a float narrowing cast right after a float widening one. Appends each
/// change to `changes`; returns true if anything changed.
bool moveCastsAcrossCalls(Operation *symbolTableOp,
                          const HoistCastsPatternOptions &options,
                          SignatureScope scope,
                          SmallVectorImpl<SignatureChange> &changes);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_CALLMOTION_H
