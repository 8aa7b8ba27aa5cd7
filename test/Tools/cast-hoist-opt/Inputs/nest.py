"""Prints a function whose body nests N scf.execute_region ops, with a
cast(transpose) at the innermost level."""
import sys

n = int(sys.argv[1])
lines = ["func.func @nested(%arg0: tensor<2x4xf32>) -> tensor<4x2xf16> {"]
for i in range(n):
    lines.append("%%r%d = scf.execute_region -> tensor<4x2xf16> {" % i)
lines.append("%t = tmov.transpose %arg0 [1, 0] : tensor<2x4xf32> -> tensor<4x2xf32>")
lines.append("%c = tmov.cast %t : tensor<4x2xf32> to tensor<4x2xf16>")
lines.append("scf.yield %c : tensor<4x2xf16>")
for i in reversed(range(n)):
    lines.append("}")
    if i > 0:
        lines.append("scf.yield %%r%d : tensor<4x2xf16>" % i)
lines.append("return %r0 : tensor<4x2xf16>")
lines.append("}")
print("\n".join(lines))
