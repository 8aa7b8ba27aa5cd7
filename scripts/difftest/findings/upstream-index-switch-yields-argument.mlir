// Upstream lowering bug, not cast-hoist (campaign seed 610913,
// policy=always direction=down exactness=values): an scf.index_switch whose
// region yields a function argument, lowered with %lower-to-llvm(-loops)
// (one-shot-bufferize + buffer-deallocation-pipeline), crashes at run time
// in mlir-runner. No cast-hoist op is involved: this file, lowered as it is,
// crashes; the same program with scf.if prints [15360, 17920]. A case
// yielding an arith.constant crashes the same way when it runs (campaign seed
// 622345, policy=always direction=up: the hoist converted the constant the
// case yields into a narrow constant and moved the switch's consumer, a
// select, next to it). cast-hoist
// creates the form when it sinks the widening casts every case yields out
// of the switch, so the case then yields the narrow kernel argument.
// run.py counts a rewritten program's run crash as this known issue when an
// scf.index_switch in @kernel yields a kernel argument or a constant.
func.func private @printMemrefI16(tensor<*xi16>) attributes { llvm.emit_c_interface }
func.func @kernel(%i: index, %a: tensor<2xf16>, %b: tensor<2xf16>, %c: tensor<2xf16>, %m: tensor<2xi1>) -> tensor<2xf16> attributes {no_inline} {
  %1 = scf.index_switch %i -> tensor<2xf16>
  case 0 {
    scf.yield %a : tensor<2xf16>
  }
  default {
    scf.yield %b : tensor<2xf16>
  }
  %3 = arith.select %m, %1, %c : tensor<2xi1>, tensor<2xf16>
  return %3 : tensor<2xf16>
}
func.func @main() {
  %i = arith.constant 0 : index
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf16>
  %b = arith.constant dense<[3.0, 4.0]> : tensor<2xf16>
  %c = arith.constant dense<[5.0, 6.0]> : tensor<2xf16>
  %m = arith.constant dense<[true, false]> : tensor<2xi1>
  %r = call @kernel(%i, %a, %b, %c, %m) : (index, tensor<2xf16>, tensor<2xf16>, tensor<2xf16>, tensor<2xi1>) -> tensor<2xf16>
  %bb = arith.bitcast %r : tensor<2xf16> to tensor<2xi16>
  %u = tensor.cast %bb : tensor<2xi16> to tensor<*xi16>
  call @printMemrefI16(%u) : (tensor<*xi16>) -> ()
  return
}
