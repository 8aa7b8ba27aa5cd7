// Input nested deeper than --max-nesting-depth (default 4096) is refused
// with an error at the first bracket over the limit, instead of exhausting
// the stack or spending quadratic time destroying the IR.
// RUN: %python %S/Inputs/nest.py 20000 > %t.deep.mlir
// RUN: not cast-hoist-opt --hoist-casts %t.deep.mlir 2>&1 | FileCheck %s --check-prefix=DEEP
// RUN: %python %S/Inputs/nest.py 1000 > %t.ok.mlir
// RUN: cast-hoist-opt --hoist-casts %t.ok.mlir | FileCheck %s --check-prefix=OK
// The limit is an option.
// RUN: not cast-hoist-opt --hoist-casts --max-nesting-depth=100 %t.ok.mlir 2>&1 | FileCheck %s --check-prefix=LOW
// Brackets in strings and comments do not count.
// RUN: %python -c "print('// ' + '{' * 9000); print('func.func @f() attributes {s = \"' + '[' * 9000 + '\"} { return }')" > %t.str.mlir
// RUN: cast-hoist-opt --hoist-casts %t.str.mlir | FileCheck %s --check-prefix=STR
// Deeply nested types (angle brackets) parse on the driver's large stack.
// RUN: %python -c "n = 100000; print('func.func @f(%%a: ' + 'tuple<' * n + 'f32' + '>' * n + ') { return }')" > %t.types.mlir
// RUN: cast-hoist-opt --hoist-casts %t.types.mlir -o /dev/null

// DEEP: error: input nests brackets {{[0-9]+}} levels deep, more than the limit of 4096 (raise it with --max-nesting-depth)
// OK: func.func @nested
// OK: tmov.cast %arg0 : tensor<2x4xf32> to tensor<2x4xf16>
// OK-NEXT: tmov.transpose
// LOW: error: input nests brackets {{[0-9]+}} levels deep, more than the limit of 100
// STR: func.func @f()
