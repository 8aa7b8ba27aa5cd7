"""Vision networks in TOSA (f32), generated at real sizes, and the buddy-mlir
graphs of the corpus turned into pure @kernel functions.

Every generator returns the text of a module with one public function
@kernel: activations first, then the weights, all as arguments (weights
arrive as entry arguments, as in an exported model)."""

import re


def tt(shape, et="f32"):
    return "tensor<%sx%s>" % ("x".join(map(str, shape)), et)


class Net:
    """Builds a TOSA function body op by op."""

    def __init__(self):
        self.args = []  # (name, shape, et)
        self.body = []
        self.n = 0
        self.consts_done = False

    def arg(self, shape, et="f32", prefix="w"):
        name = "%%%s%d" % (prefix, len(self.args))
        self.args.append((name, shape, et))
        return (name, shape)

    def fresh(self):
        self.n += 1
        return "%%v%d" % self.n

    def emit(self, line):
        self.body.append("  " + line)

    def consts(self):
        if not self.consts_done:
            self.emit('%zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>')
            self.emit('%sh = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>')
            self.consts_done = True

    def shape_const(self, vals):
        r = self.fresh()
        self.emit("%s = tosa.const_shape {values = dense<[%s]> : tensor<%dxindex>} : () -> !tosa.shape<%d>"
                  % (r, ", ".join(map(str, vals)), len(vals), len(vals)))
        return r

    def transpose(self, x, perms):
        v, s = x
        out = [s[p] for p in perms]
        r = self.fresh()
        self.emit("%s = tosa.transpose %s {perms = array<i32: %s>} : (%s) -> %s"
                  % (r, v, ", ".join(map(str, perms)), tt(s), tt(out)))
        return (r, out)

    def reshape(self, x, out):
        v, s = x
        c = self.shape_const(out)
        r = self.fresh()
        self.emit("%s = tosa.reshape %s, %s : (%s, !tosa.shape<%d>) -> %s" % (r, v, c, tt(s), len(out), tt(out)))
        return (r, out)

    def conv(self, x, cout, k, stride=1, pad=0):
        """NHWC conv2d, weights OHWI and bias as entry arguments."""
        self.consts()
        v, s = x
        n, h, w, cin = s
        wt = self.arg([cout, k, k, cin])
        b = self.arg([cout])
        oh = (h + 2 * pad - k) // stride + 1
        ow = (w + 2 * pad - k) // stride + 1
        out = [n, oh, ow, cout]
        r = self.fresh()
        self.emit("%s = tosa.conv2d %s, %s, %s, %%zp, %%zp {acc_type = f32, dilation = array<i64: 1, 1>, "
                  "pad = array<i64: %d, %d, %d, %d>, stride = array<i64: %d, %d>} : (%s, %s, %s, tensor<1xf32>, "
                  "tensor<1xf32>) -> %s" % (r, v, wt[0], b[0], pad, pad, pad, pad, stride, stride, tt(s),
                                            tt(wt[1]), tt(b[1]), tt(out)))
        return (r, out)

    def relu(self, x):
        v, s = x
        r = self.fresh()
        self.emit("%s = tosa.clamp %s {min_val = 0.0 : f32, max_val = 3.40282347E+38 : f32} : (%s) -> %s"
                  % (r, v, tt(s), tt(s)))
        return (r, s)

    def binary(self, op, a, b, out=None):
        out = out or a[1]
        r = self.fresh()
        if op == "mul":
            self.consts()
            self.emit("%s = tosa.mul %s, %s, %%sh : (%s, %s, tensor<1xi8>) -> %s"
                      % (r, a[0], b[0], tt(a[1]), tt(b[1]), tt(out)))
        else:
            self.emit("%s = tosa.%s %s, %s : (%s, %s) -> %s" % (r, op, a[0], b[0], tt(a[1]), tt(b[1]), tt(out)))
        return (r, out)

    def unary(self, op, a):
        r = self.fresh()
        self.emit("%s = tosa.%s %s : (%s) -> %s" % (r, op, a[0], tt(a[1]), tt(a[1])))
        return (r, a[1])

    def reduce(self, op, a, axis):
        out = list(a[1])
        out[axis] = 1
        r = self.fresh()
        self.emit("%s = tosa.%s %s {axis = %d : i32} : (%s) -> %s" % (r, op, a[0], axis, tt(a[1]), tt(out)))
        return (r, out)

    def matmul(self, a, b):
        self.consts()
        n, h, c = a[1]
        w = b[1][2]
        out = [n, h, w]
        r = self.fresh()
        self.emit("%s = tosa.matmul %s, %s, %%zp, %%zp : (%s, %s, tensor<1xf32>, tensor<1xf32>) -> %s"
                  % (r, a[0], b[0], tt(a[1]), tt(b[1]), tt(out)))
        return (r, out)

    def maxpool(self, x):
        v, s = x
        out = [s[0], s[1] // 2, s[2] // 2, s[3]]
        r = self.fresh()
        self.emit("%s = tosa.max_pool2d %s {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, "
                  "stride = array<i64: 2, 2>} : (%s) -> %s" % (r, v, tt(s), tt(out)))
        return (r, out)

    def pad(self, x, p):
        v, s = x
        c = self.shape_const([0, 0, p, p, p, p, 0, 0])
        self.consts()
        out = [s[0], s[1] + 2 * p, s[2] + 2 * p, s[3]]
        r = self.fresh()
        self.emit("%s = tosa.pad %s, %s, %%zp : (%s, !tosa.shape<8>, tensor<1xf32>) -> %s"
                  % (r, v, c, tt(s), tt(out)))
        return (r, out)

    def concat(self, a, b, axis):
        out = list(a[1])
        out[axis] += b[1][axis]
        r = self.fresh()
        self.emit("%s = tosa.concat %s, %s {axis = %d : i32} : (%s, %s) -> %s"
                  % (r, a[0], b[0], axis, tt(a[1]), tt(b[1]), tt(out)))
        return (r, out)

    def upsample2(self, x):
        """Nearest x2 upsampling as exporters emit it: reshape, tile, reshape."""
        n, h, w, c = x[1]
        y = self.reshape(x, [n, h, 1, w, 1, c])
        m = self.shape_const([1, 1, 2, 1, 2, 1])
        out = [n, h, 2, w, 2, c]
        r = self.fresh()
        self.emit("%s = tosa.tile %s, %s : (%s, !tosa.shape<6>) -> %s" % (r, y[0], m, tt(y[1]), tt(out)))
        return self.reshape((r, out), [n, 2 * h, 2 * w, c])

    def module(self, outs):
        args = ", ".join("%s: %s" % (nm, tt(s, et)) for nm, s, et in self.args)
        res = ", ".join(tt(o[1]) for o in outs)
        L = ["func.func @kernel(%s) -> (%s) {" % (args, res)]
        L += self.body
        L.append("  return %s : %s" % (", ".join(o[0] for o in outs), res))
        L.append("}")
        return "module {\n" + "\n".join(L) + "\n}\n"


def resnet_stage(blocks=3, hw=56, c=256, mid=64):
    """ResNet-50 conv2_x-style stage in NCHW (PyTorch/ONNX layout): every conv
    is wrapped in the NCHW->NHWC / NHWC->NCHW transposes a TOSA import puts
    around it; ReLU and the residual add run in NCHW."""
    net = Net()
    x = net.arg([1, c, hw, hw], prefix="x")
    for _ in range(blocks):
        y = x
        for cout, k, p in [(mid, 1, 0), (mid, 3, 1), (c, 1, 0)]:
            t = net.transpose(y, [0, 2, 3, 1])
            t = net.conv(t, cout, k, pad=p)
            y = net.transpose(t, [0, 3, 1, 2])
            if cout != c:
                y = net.relu(y)
        x = net.relu(net.binary("add", y, x))
    return net.module([x])


def unet(hw=128, chans=(32, 64, 128), cin=16):
    """UNet (NHWC): encoder levels conv3x3+ReLU, 2x2 max pool; decoder levels
    nearest x2 upsampling (reshape + tile + reshape), a valid 3x3 conv, the
    pad that brings it back to the skip's size and the concat skip join,
    then conv3x3+ReLU."""
    net = Net()
    x = net.arg([1, hw, hw, cin], prefix="x")
    skips = []
    for i, ch in enumerate(chans[:-1]):
        x = net.relu(net.conv(x, ch, 3, pad=1))
        skips.append(x)
        x = net.maxpool(x)
    x = net.relu(net.conv(x, chans[-1], 3, pad=1))
    for ch, skip in zip(reversed(chans[:-1]), reversed(skips)):
        u = net.upsample2(x)
        u = net.conv(u, ch, 3, pad=0)
        u = net.pad(u, 1)
        x = net.concat(skip, u, 3)
        x = net.relu(net.conv(x, ch, 3, pad=1))
    return net.module([x])


def vit_embed(img=224, patch=16, dim=768, heads=12):
    """ViT-B/16 patch embedding + one attention layer: NCHW image -> NHWC,
    conv 16x16 stride 16 -> tokens; Q/K/V projections, head split (reshape +
    transpose; K^T), softmax attention, head merge (transpose + reshape),
    output projection."""
    net = Net()
    x = net.arg([1, 3, img, img], prefix="x")
    t = net.transpose(x, [0, 2, 3, 1])
    t = net.conv(t, dim, patch, stride=patch)
    g = img // patch
    s = g * g
    hd = dim // heads
    tok = net.reshape(t, [1, s, dim])

    def proj(a):
        w = net.arg([1, dim, dim])
        b = net.arg([1, 1, dim])
        return net.binary("add", net.matmul(a, w), b)

    q = net.reshape(proj(tok), [1, s, heads, hd])
    k = net.reshape(proj(tok), [1, s, heads, hd])
    v = net.reshape(proj(tok), [1, s, heads, hd])
    q = net.reshape(net.transpose(q, [0, 2, 1, 3]), [heads, s, hd])
    k = net.reshape(net.transpose(k, [0, 2, 3, 1]), [heads, hd, s])
    v = net.reshape(net.transpose(v, [0, 2, 1, 3]), [heads, s, hd])
    sc = net.matmul(q, k)
    scale = net.arg([1, 1, 1], prefix="x")  # 1/sqrt(64) arrives as a runtime scalar
    sc = net.binary("mul", sc, scale)
    mx = net.reduce("reduce_max", sc, 2)
    e = net.unary("exp", net.binary("sub", sc, mx))
    sm = net.reduce("reduce_sum", e, 2)
    p = net.binary("mul", e, net.unary("reciprocal", sm))
    o = net.matmul(p, v)
    o = net.reshape(o, [1, heads, s, hd])
    o = net.reshape(net.transpose(o, [0, 2, 1, 3]), [1, s, dim])
    return net.module([proj(o)])


VISION = {
    "resnet_stage": ("ResNet-50 conv2_x stage: 3 bottleneck blocks (1x1 256->64, 3x3 64->64, 1x1 64->256), "
                     "[1,256,56,56] NCHW, NCHW<->NHWC transposes around each of the 9 convs",
                     resnet_stage),
    "unet": ("UNet, 128x128x16 input, levels 32/64/128 channels: 2 encoder levels (conv3x3+ReLU, maxpool), "
             "bottleneck, 2 decoder levels (x2 upsample by reshape+tile, valid conv3x3, pad 1, concat skip, "
             "conv3x3+ReLU)", unet),
    "vit_embed": ("ViT-B/16: [1,3,224,224] NCHW -> NHWC, conv 16x16/16 -> 196x768 tokens, Q/K/V "
                  "projections, 12-head split (reshape+transpose, K^T), softmax attention, head merge, "
                  "output projection", vit_embed),
}


# ---------------------------------------------------------------------------
# buddy-mlir graphs
# ---------------------------------------------------------------------------

BUDDY = {
    "buddy_attention": ("BuddyNext__next-attention.mlir", "attention block, 32 heads x 40 tokens x 128"),
    "buddy_gqa": ("BuddyNext__next-gqa-attention.mlir", "GQA decode attention, 12 q heads / 2 kv heads, 1024 cache"),
    "buddy_mhsa_qkv": ("BuddyNext__next-mhsa-qkv.mlir", "multi-head QKV projection + RoPE, 1024x1536"),
    "buddy_ffn": ("BuddyNext__next-ffn.mlir", "SwiGLU FFN decode, 1536 -> 8960 -> 1536"),
    "buddy_rope": ("BuddyNext__next-rope.mlir", "RoPE block, 40 tokens x 32 heads x 128"),
}
DEEPSEEK = ("BuddyDeepSeekR1__subgraph0_decode_simplify.mlir",
            "DeepSeek-R1-Distill-Qwen-1.5B decode step, whole graph (28 layers)")


def func_span(text, name):
    m = re.search(r"^func\.func @%s\(" % name, text, re.M)
    if not m:
        m = re.search(r"^\s*func\.func @%s\(" % name, text, re.M)
    if not m:
        raise RuntimeError("no @%s" % name)
    end = re.search(r"^\s{0,2}\}\s*$", text[m.start():], re.M)
    return m.start(), m.start() + end.end()


def buddy_kernel(text):
    """The @kernel of a buddy-mlir test file as a pure function: timing and
    printing removed; the tensors it printed become its results."""
    a, b = func_span(text, "kernel")
    lines = text[a:b].split("\n")
    out = []
    printed = []
    for l in lines:
        s = l.strip()
        if s.startswith("//") or not s:
            continue
        if "@rtclock" in l or "vector.print" in l or "%t_start" in l or "%t_end" in l:
            continue
        m = re.match(r"\s*(%[\w]+) = tensor\.cast (%[\w#]+) : (tensor<[^>]*>) to tensor<\*xf32>", l)
        if m:
            printed.append((m.group(2), m.group(3)))
            continue
        if "@printMemref" in l:
            continue
        out.append(l)
    hdr = out[0]
    if printed:
        assert re.search(r"\)\s*\{\s*$", hdr), hdr
        hdr = re.sub(r"\)\s*\{\s*$", ") -> (%s) {" % ", ".join(t for _, t in printed), hdr)
        out[0] = hdr
        for i in range(len(out) - 1, 0, -1):
            if out[i].strip() == "return":
                out[i] = "  return %s : %s" % (", ".join(v for v, _ in printed), ", ".join(t for _, t in printed))
                break
    aliases = [l for l in text.split("\n") if l.startswith("#")]
    return "\n".join(aliases) + "\nmodule {\n" + "\n".join(out) + "\n}\n"
