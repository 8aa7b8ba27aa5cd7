// A file cut off anywhere gets a parse error and a non-zero exit; the pass
// never sees a partial module.
// RUN: cast-hoist-opt %S/Inputs/model.mlir --hoist-casts | FileCheck %s --check-prefix=WHOLE
// RUN: head -c 20 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// RUN: head -c 70 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// RUN: head -c 120 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// RUN: head -c 200 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// RUN: head -c 230 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// RUN: head -c 255 %S/Inputs/model.mlir | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// An empty file is an empty module.
// RUN: cast-hoist-opt --hoist-casts < /dev/null | FileCheck %s --check-prefix=EMPTY

// WHOLE: tmov.cast %arg0
// CHECK: <stdin>:{{[0-9]+}}:{{[0-9]+}}: error:
// CHECK-NOT: module
// EMPTY: module {
// EMPTY-NEXT: }
