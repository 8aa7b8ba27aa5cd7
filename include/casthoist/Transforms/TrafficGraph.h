//===- TrafficGraph.h - A Graphviz picture of where the casts went -*- C++
//-*-===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//
//
// Draws the data flow of a function as a Graphviz (DOT) cluster: data-movement
// ops coloured by the element type they move, casts (bold when they moved,
// with the direction), runs of compute ops collapsed into one node, and edges
// labelled with the bytes of the value they carry. The hoist-casts pass draws
// each function before and after (report-graph=PATH); docs/CostModel.md shows
// an example.
//
//===----------------------------------------------------------------------===//

#ifndef CASTHOIST_TRANSFORMS_TRAFFICGRAPH_H
#define CASTHOIST_TRANSFORMS_TRAFFICGRAPH_H

#include "casthoist/Transforms/TrafficModel.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace mlir {
namespace casthoist {

/// How a cast reached its place in the rewritten function.
struct CastMotion {
  /// Moved up (a narrowing cast hoisted), or down (a widening cast sunk).
  bool hoisted = true;
  /// Number of data-movement ops crossed.
  unsigned steps = 0;
};

/// Tells whether a cast moved, and how; std::nullopt when it did not.
using CastMotionFn =
    llvm::function_ref<std::optional<CastMotion>(Operation *cast)>;

/// Prints one `subgraph cluster_<id> { ... }` with the ops of `scope`'s
/// regions (not nested deeper: an op with regions is one node), labelled
/// `label`. Node names start with `id`, so clusters with distinct ids can
/// share a graph. Constants and ops that read no tensor (tensor.empty) are
/// left out; each run of consecutive compute ops (neither cast nor data
/// movement) is one node; edges carry the bytes of their value under
/// `model`. `motionOf`, when given, marks the casts that moved.
std::string printTrafficGraphCluster(Operation *scope, llvm::StringRef id,
                                     llvm::StringRef label,
                                     const TrafficModel &model,
                                     CastMotionFn motionOf = nullptr);

/// One function of the picture: its two clusters, printed by
/// printTrafficGraphCluster before and after the rewrites.
struct TrafficGraphFunction {
  /// The outer cluster's id and label.
  std::string id;
  std::string label;
  std::string before;
  std::string after;
};

/// Writes a DOT digraph: a legend, then one cluster per function holding its
/// before and after clusters side by side (dot draws "before" on the left).
void writeTrafficGraph(llvm::raw_ostream &os,
                       llvm::ArrayRef<TrafficGraphFunction> functions);

/// Bytes for people: "512 B", "1.5 KiB", "1.74 GiB".
std::string formatBytes(uint64_t bytes);

} // namespace casthoist
} // namespace mlir

#endif // CASTHOIST_TRANSFORMS_TRAFFICGRAPH_H
