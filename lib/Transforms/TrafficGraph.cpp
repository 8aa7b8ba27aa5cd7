//===- TrafficGraph.cpp - A Graphviz picture of where the casts went ------===//
//
// Part of the cast-hoist project.
//
//===----------------------------------------------------------------------===//

#include "casthoist/Transforms/TrafficGraph.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/Format.h"

using namespace mlir;
using namespace mlir::casthoist;

std::string mlir::casthoist::formatBytes(uint64_t bytes) {
  static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  if (bytes < 1024)
    return (Twine(bytes) + " B").str();
  double value = static_cast<double>(bytes) / 1024.0;
  unsigned unit = 0;
  while (value >= 1024.0 && unit + 1 < std::size(units)) {
    value /= 1024.0;
    ++unit;
  }
  std::string text;
  llvm::raw_string_ostream(text)
      << llvm::format(value < 10.0 ? "%.2f %s" : "%.1f %s", value, units[unit]);
  return text;
}

namespace {
/// The colour family of an element type: wide floats, 16-bit floats, 8-bit
/// floats, everything else (integers, index).
enum class Family { Wide, Half, Quarter, Other };

struct FamilyStyle {
  const char *name;
  /// Fill of data-movement nodes.
  const char *fill;
  /// Edges and borders.
  const char *pen;
};

constexpr FamilyStyle familyStyles[] = {
    {"f32/f64", "#f4b6b6", "#c0392b"},
    {"f16/bf16", "#b9e4b9", "#2e8b57"},
    {"f8", "#b7c9f2", "#2952a3"},
    {"integer", "#d9d9d9", "#808080"},
};

constexpr const char *hoistedPen = "#8e44ad";
constexpr const char *sunkPen = "#d35400";

/// What an op is in the picture.
enum class Role { Hidden, Movement, Cast, Compute, Output };
} // namespace

static Family getFamily(Type type) {
  auto floatType = dyn_cast<FloatType>(getElementTypeOrSelf(type));
  if (!floatType)
    return Family::Other;
  unsigned width = floatType.getWidth();
  if (width >= 32)
    return Family::Wide;
  if (width >= 16)
    return Family::Half;
  return Family::Quarter;
}

static const FamilyStyle &getStyle(Type type) {
  return familyStyles[static_cast<unsigned>(getFamily(type))];
}

/// Escapes a string for a DOT double-quoted string: lines joined with "\n".
static std::string escape(ArrayRef<std::string> lines) {
  std::string text;
  for (auto [i, line] : llvm::enumerate(lines)) {
    if (i)
      text += "\\n";
    for (char c : line) {
      if (c == '"' || c == '\\')
        text += '\\';
      text += c;
    }
  }
  return text;
}

static std::string typeName(Type type) {
  std::string text;
  llvm::raw_string_ostream(text) << type;
  return text;
}

static bool isTensor(Type type) { return isa<TensorType>(type); }

static Role getRole(Operation *op) {
  if (auto movement = dyn_cast<DataMovementOpInterface>(op))
    if (movement.isPureDataMovement())
      return Role::Movement;
  if (auto cast = dyn_cast<ElementCastOpInterface>(op))
    if (cast.getCastSource() && isTensor(cast.getCastSource().getType()))
      return Role::Cast;
  bool readsTensor = llvm::any_of(op->getOperandTypes(), isTensor);
  if (op->hasTrait<OpTrait::IsTerminator>())
    return readsTensor ? Role::Output : Role::Hidden;
  // Constants and ops that create a tensor from sizes (tensor.empty) cost
  // nothing and would only clutter the picture.
  if (op->hasTrait<OpTrait::ConstantLike>() || !readsTensor)
    return Role::Hidden;
  return Role::Compute;
}

namespace {
class ClusterPrinter {
public:
  ClusterPrinter(StringRef id, const TrafficModel &model, CastMotionFn motionOf)
      : id(id.str()), model(model), motionOf(motionOf) {}

  std::string print(Operation *scope, StringRef label) {
    for (Region &region : scope->getRegions())
      for (Block &block : region)
        addBlock(block);
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "    subgraph cluster_" << id << " {\n";
    os << "      label=\"" << escape({label.str()}) << "\";\n";
    for (const std::string &node : nodes)
      os << "      " << node << "\n";
    for (const Edge &edge : edges) {
      const FamilyStyle &style = getStyle(edge.value.getType());
      os << "      " << nodeName(edge.from) << " -> " << nodeName(edge.to)
         << " [label=\"" << formatBytes(model.getBytes(edge.value.getType()))
         << "\", color=\"" << style.pen << "\", fontcolor=\"" << style.pen
         << "\"];\n";
    }
    os << "    }\n";
    return text;
  }

private:
  struct Edge {
    unsigned from, to;
    Value value;
  };
  /// A run of consecutive compute ops, drawn as one node.
  struct Run {
    unsigned node;
    SmallVector<Operation *> ops;
  };

  std::string nodeName(unsigned node) const {
    return (Twine(id) + "_n" + Twine(node)).str();
  }

  unsigned addNode(ArrayRef<std::string> label, StringRef attributes) {
    unsigned node = nodes.size();
    nodes.push_back(nodeName(node) + " [label=\"" + escape(label) + "\", " +
                    attributes.str() + "];");
    return node;
  }

  void addEdges(Operation *op, unsigned node) {
    for (Value operand : op->getOperands()) {
      if (!isTensor(operand.getType()))
        continue;
      auto it = producers.find(operand);
      if (it == producers.end() || it->second == node)
        continue;
      if (seenEdges.insert({it->second, node, operand}).second)
        edges.push_back({it->second, node, operand});
    }
  }

  void closeRun() {
    if (!run)
      return;
    llvm::MapVector<StringRef, unsigned> counts;
    uint64_t bytes = 0;
    for (Operation *op : run->ops) {
      ++counts[op->getName().getStringRef()];
      bytes = llvm::SaturatingAdd(bytes, model.getOpTraffic(op));
    }
    SmallVector<std::string> label;
    if (run->ops.size() == 1) {
      label.push_back(run->ops.front()->getName().getStringRef().str());
    } else {
      label.push_back((Twine(run->ops.size()) + " compute ops").str());
      auto sorted = counts.takeVector();
      llvm::stable_sort(sorted, [](const auto &a, const auto &b) {
        return a.second > b.second;
      });
      std::string kinds;
      for (auto [i, entry] : llvm::enumerate(sorted)) {
        if (i == 2) {
          kinds += ", ...";
          break;
        }
        if (i)
          kinds += ", ";
        kinds += (Twine(entry.second) + " " + entry.first).str();
      }
      label.push_back(kinds);
    }
    label.push_back(formatBytes(bytes));
    nodes[run->node] = nodeName(run->node) + " [label=\"" + escape(label) +
                       "\", shape=box, style=rounded, color=\"#606060\"];";
    run.reset();
  }

  void addBlock(Block &block) {
    for (BlockArgument arg : block.getArguments()) {
      if (!isTensor(arg.getType()))
        continue;
      producers[arg] =
          addNode({(Twine("arg ") + Twine(arg.getArgNumber())).str(),
                   typeName(arg.getType())},
                  (Twine("shape=ellipse, color=\"") +
                   getStyle(arg.getType()).pen + "\"")
                      .str());
    }
    for (Operation &op : block) {
      Role role = getRole(&op);
      if (role == Role::Hidden)
        continue;
      if (role != Role::Compute)
        closeRun();
      unsigned node;
      switch (role) {
      case Role::Hidden:
        llvm_unreachable("skipped above");
      case Role::Compute:
        // A placeholder, labelled when the run ends.
        if (!run)
          run = Run{addNode({}, ""), {}};
        run->ops.push_back(&op);
        node = run->node;
        break;
      case Role::Movement:
        node = addMovement(cast<DataMovementOpInterface>(op));
        break;
      case Role::Cast:
        node = addCast(cast<ElementCastOpInterface>(op));
        break;
      case Role::Output:
        node = addNode({op.getName().getStringRef().str()},
                       "shape=ellipse, color=\"#606060\"");
        break;
      }
      addEdges(&op, node);
      for (Value result : op.getResults())
        producers[result] = node;
    }
    closeRun();
  }

  unsigned addMovement(DataMovementOpInterface op) {
    Type type = op.getDataResult().getType();
    const FamilyStyle &style = getStyle(type);
    std::string what = typeName(getElementTypeOrSelf(type));
    if (op.isView())
      what += " view";
    return addNode({op->getName().getStringRef().str(),
                    what + ", " + formatBytes(model.getMovementTraffic(op))},
                   (Twine("shape=box, style=\"") +
                    (op.isView() ? "filled,dashed" : "filled") +
                    "\", fillcolor=\"" + style.fill + "\", color=\"" +
                    style.pen + "\"")
                       .str());
  }

  unsigned addCast(ElementCastOpInterface op) {
    Type from = getElementTypeOrSelf(op.getCastSource().getType());
    Type to = getElementTypeOrSelf(op.getCastResult().getType());
    SmallVector<std::string> label = {
        op->getName().getStringRef().str(),
        typeName(from) + " -> " + typeName(to) + ", " +
            formatBytes(model.getCastTraffic(op))};
    std::optional<CastMotion> motion;
    if (motionOf)
      motion = motionOf(op);
    if (!motion)
      return addNode(label, "shape=hexagon, style=filled, fillcolor=white, "
                            "color=\"#303030\"");
    label.push_back((Twine(motion->hoisted ? "hoisted up" : "sunk down") +
                     " across " + Twine(motion->steps))
                        .str());
    return addNode(label, (Twine("shape=hexagon, style=\"filled,bold\", "
                                 "fillcolor=white, penwidth=3, color=\"") +
                           (motion->hoisted ? hoistedPen : sunkPen) + "\"")
                              .str());
  }

  std::string id;
  const TrafficModel &model;
  CastMotionFn motionOf;
  SmallVector<std::string> nodes;
  SmallVector<Edge> edges;
  llvm::DenseSet<std::tuple<unsigned, unsigned, Value>> seenEdges;
  llvm::DenseMap<Value, unsigned> producers;
  std::optional<Run> run;
};
} // namespace

std::string mlir::casthoist::printTrafficGraphCluster(Operation *scope,
                                                      StringRef id,
                                                      StringRef label,
                                                      const TrafficModel &model,
                                                      CastMotionFn motionOf) {
  return ClusterPrinter(id, model, motionOf).print(scope, label);
}

void mlir::casthoist::writeTrafficGraph(
    raw_ostream &os, ArrayRef<TrafficGraphFunction> functions) {
  os << "digraph \"hoist-casts\" {\n"
     << "  rankdir=TB;\n"
     << "  fontname=\"Helvetica\";\n"
     << "  node [fontname=\"Helvetica\", fontsize=10];\n"
     << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  // The legend: one node per colour and per kind of node, in a column.
  os << "  subgraph cluster_legend {\n"
     << "    label=\"legend\";\n";
  SmallVector<std::string> legend;
  for (auto [i, style] : llvm::enumerate(familyStyles)) {
    legend.push_back((Twine("legend_") + Twine(i)).str());
    os << "    " << legend.back() << " [label=\"data movement of " << style.name
       << "\", shape=box, style=filled, fillcolor=\"" << style.fill
       << "\", color=\"" << style.pen << "\"];\n";
  }
  os << "    legend_view [label=\"view (reshape): 0 bytes\", shape=box, "
        "style=\"filled,dashed\", fillcolor=white];\n"
     << "    legend_cast [label=\"cast left in place\", shape=hexagon, "
        "style=filled, fillcolor=white, color=\"#303030\"];\n"
     << "    legend_hoisted [label=\"cast hoisted up\", shape=hexagon, "
        "style=\"filled,bold\", fillcolor=white, penwidth=3, color=\""
     << hoistedPen << "\"];\n"
     << "    legend_sunk [label=\"cast sunk down\", shape=hexagon, "
        "style=\"filled,bold\", fillcolor=white, penwidth=3, color=\""
     << sunkPen << "\"];\n"
     << "    legend_compute [label=\"N compute ops (a run of ops that are "
        "neither\\ncasts nor data movement), bytes read + written\", "
        "shape=box, style=rounded, color=\"#606060\"];\n"
     << "    legend_edge [label=\"edges: bytes of the value, coloured by "
        "element type\", shape=plaintext];\n";
  legend.append({"legend_view", "legend_cast", "legend_hoisted", "legend_sunk",
                 "legend_compute", "legend_edge"});
  for (size_t i = 0; i + 1 < legend.size(); ++i)
    os << "    " << legend[i] << " -> " << legend[i + 1] << " [style=invis];\n";
  os << "  }\n";
  // dot places sibling clusters from right to left in the order they are
  // declared: "after" first puts "before" on the left.
  for (const TrafficGraphFunction &function : functions) {
    os << "  subgraph cluster_" << function.id << " {\n"
       << "    label=\"" << escape({function.label}) << "\";\n"
       << function.after << function.before << "  }\n";
  }
  os << "}\n";
}
