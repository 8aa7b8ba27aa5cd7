// Binary garbage is rejected by the lexer or parser with a located error.
// RUN: printf '\177ELF\002\001\001\000\377\376\375' | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// MLIR's lexer skips NUL bytes as whitespace; the driver refuses them
// rather than reading NULs as an empty module.
// RUN: printf '\000\000\000\000' | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s --check-prefix=NUL
// RUN: printf 'module {}\000' | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s --check-prefix=NUL
// Bytecode (binary, with NULs) is still read.
// RUN: cast-hoist-opt %S/Inputs/model.mlir --emit-bytecode -o %t.mlirbc
// RUN: cast-hoist-opt %t.mlirbc --hoist-casts | FileCheck %s --check-prefix=BYTECODE
// RUN: %python -c "import random, sys; r = random.Random(7); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(4096)))" > %t.bin
// RUN: not cast-hoist-opt --hoist-casts %t.bin 2>&1 | FileCheck %s
// Printable noise that almost looks like IR.
// RUN: echo 'func.func @f( { %%0 = tmov.cast : -> }}}' | not cast-hoist-opt --hoist-casts 2>&1 | FileCheck %s
// A file that does not exist.
// RUN: not cast-hoist-opt --hoist-casts %t.does-not-exist 2>&1 | FileCheck %s --check-prefix=MISSING

// CHECK: error:
// MISSING: cannot open input file
// NUL: error: input contains a NUL byte; MLIR text cannot (binary input must be MLIR bytecode)
// BYTECODE: tmov.cast %arg0
