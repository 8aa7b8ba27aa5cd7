#!/usr/bin/env python3
"""Random program generator for differential testing of --hoist-casts.

Prints one MLIR module: a non-inlined kernel function built from random
chains and DAGs of data-movement ops with casts around them (narrowing casts
after movement chains, widening casts before them), and a @main that builds
the kernel's inputs from a seeded pool of nasty values (NaN payloads, +-Inf,
-0, subnormals, values that overflow or tie in the narrow types, large and
negative integers), calls the kernel and prints the bit pattern of every
result. Same seed -> same program. Python 3 stdlib only.

Newer forms (--features all: mixed in with moderate probability; new: biased
toward them; old: left out, the former programs exactly): arith.select and
tosa.select, torch-mlir style linalg.generic data movement, float negate/abs
(tosa.negate, tosa.abs, arith.negf, math.absf) as chain links; scf.if,
tosa.cond_if (tosa and mixed modes) and scf.index_switch on a value read
from an i8 input, whose regions yield moved
values narrowed after the op or the same widening cast; scf.for (1-3
iterations) and scf.while (a third of them tosa.while_loop in tosa and mixed
modes) carrying a tensor through shape-preserving data movement, narrowed
after the loop; private callees that move or narrow their argument. A `// difftest-forms:` comment lists the newer forms used.

Dialect modes:
  tmov   tmov ops and tmov.cast only (plus the scf control flow, calls, and
         the scalar tensor.extract/arith.cmpi/index_cast of a condition)
  tosa   upstream forms only: tosa ops + tosa.cast, linalg.transpose/broadcast/
         generic, tensor.expand_shape/collapse_shape/extract_slice/pad/concat,
         arith.select/negf, math.absf and
         arith.truncf/extf/trunci/extsi/extui/sitofp/uitofp/fptosi
  mixed  everything
"""

import argparse
import random
import struct
import sys

FLOATS = ["f64", "f32", "f16", "bf16", "f8E4M3FN", "f8E5M2"]
INTS = ["i64", "i32", "i16", "i8"]
WIDTH = {"f64": 64, "f32": 32, "f16": 16, "bf16": 16, "f8E4M3FN": 8,
         "f8E5M2": 8, "i64": 64, "i32": 32, "i16": 16, "i8": 8}
# (exponent bits, mantissa bits, has_inf, nan_kind) ; nan_kind "ieee" or
# "fn" (E4M3FN: only S.1111.111 is NaN, no infinities).
FMT = {"f64": (11, 52, True, "ieee"), "f32": (8, 23, True, "ieee"),
       "f16": (5, 10, True, "ieee"), "bf16": (8, 7, True, "ieee"),
       "f8E4M3FN": (4, 3, False, "fn"), "f8E5M2": (5, 2, True, "ieee")}


# Casts that the %lower-to-llvm pipeline of LLVM 22 cannot lower (found by
# probing every pair; upstream lowering gaps, not cast-hoist bugs): f64<->f8,
# f16<->bf16 and f8<->f8 through tosa.cast, integer -> f8 through sitofp,
# f8 -> i64. The generator never emits them in the original program.
def unlowerable(fam, s, d):
    f8 = ("f8E4M3FN", "f8E5M2")
    if fam in ("tmov", "tosa"):
        if {s, d} in ({"f16", "bf16"},) or (s in f8 and d in f8):
            return True
        if (s == "f64" and d in f8) or (s in f8 and d == "f64"):
            return True
        if s in f8 and not is_float(d):
            # math.roundeven on f8 is not lowered; f8E4M3FN -> i16 lowers
            # to a wrong -32768 (findings/f8-to-int-lowering-miscompile.mlir)
            return True
        if not is_float(s) and d in f8:
            return True
        return False
    if fam in ("arith.sitofp", "arith.uitofp") and d in f8:
        return True
    if (s == "f64" and d in f8) or (s in f8 and d == "f64"):
        return True
    if fam.startswith("arith.fpto") and s in f8:
        # The apfloat lowering of f8 -> int rounds to nearest instead of
        # toward zero (findings/seed-1213.min.mlir).
        return True
    return False


def is_float(t):
    return t in FMT


def decode(bits, t):
    """Bit pattern -> python float (None for NaN)."""
    e, m, _, kind = FMT[t]
    sign = -1.0 if (bits >> (e + m)) & 1 else 1.0
    ex = (bits >> m) & ((1 << e) - 1)
    man = bits & ((1 << m) - 1)
    bias = (1 << (e - 1)) - 1
    if kind == "fn":
        if ex == (1 << e) - 1 and man == (1 << m) - 1:
            return None
    elif ex == (1 << e) - 1:
        return None if man else sign * float("inf")
    if ex == 0:
        return sign * man * 2.0 ** (1 - bias - m)
    return sign * (1 + man / float(1 << m)) * 2.0 ** (ex - bias)


def is_nan_bits(bits, t):
    return decode(bits, t) is None


def is_snan_bits(bits, t):
    """A signaling NaN: an IEEE NaN whose quiet bit (the top mantissa bit)
    is clear. f8E4M3FN has no signaling NaN (its only NaN is S.1111.111)."""
    e, m, _, kind = FMT[t]
    return kind == "ieee" and is_nan_bits(bits, t) and not (bits >> (m - 1)) & 1


def is_subnormal_bits(bits, t):
    e, m, _, _ = FMT[t]
    return (bits >> m) & ((1 << e) - 1) == 0 and bits & ((1 << m) - 1) != 0


def edge_bits(t):
    """The pool's signaling NaNs (NaNs for f8E4M3FN) and subnormals of t:
    the values on which float conversions are not the identity everywhere
    (an ext quiets a signaling NaN; AVX512-BF16 flushes bf16 subnormals)."""
    return [b for b in SPECIAL[t]
            if is_snan_bits(b, t) or is_subnormal_bits(b, t)
            or (FMT[t][3] == "fn" and is_nan_bits(b, t))]


def check_pools():
    """-> list of problems: every float type's pool must hold signaling
    NaNs (for f8E4M3FN, which has none, its NaNs 0x7F/0xFF) and subnormals
    of both signs."""
    problems = []
    for t in FLOATS:
        pool = SPECIAL[t]
        sign = 1 << (WIDTH[t] - 1)
        if FMT[t][3] == "fn":
            if sorted(b for b in pool if is_nan_bits(b, t)) != [0x7F, 0xFF]:
                problems.append("%s: NaNs must be exactly 0x7F and 0xFF" % t)
        elif not any(is_snan_bits(b, t) for b in pool):
            problems.append("%s: no signaling NaN" % t)
        for neg in (False, True):
            if not any(is_subnormal_bits(b, t) and bool(b & sign) == neg for b in pool):
                problems.append("%s: no %s subnormal" % (t, "negative" if neg else "positive"))
    return problems


_TABLES = {}


def exact_table(t):
    """value -> bits for the small formats (exactly representable values)."""
    if t not in _TABLES:
        tab = {}
        for b in range(1 << WIDTH[t]):
            v = decode(b, t)
            if v is None:
                continue
            key = (v, str(v)[0] == "-")  # keep -0.0 apart
            tab.setdefault(key, b)
        _TABLES[t] = tab
    return _TABLES[t]


def encode_exact(v, t):
    """python float -> bits of t if exactly representable, else None."""
    if v != v:
        return None
    neg = str(v)[0] == "-"
    if t == "f64":
        return struct.unpack("<Q", struct.pack("<d", v))[0]
    if t == "f32":
        try:
            b = struct.unpack("<I", struct.pack("<f", v))[0]
        except OverflowError:
            return None
        return b if struct.unpack("<f", struct.pack("<I", b))[0] == v else None
    return exact_table(t).get((v, neg))


def int_range(t):
    w = WIDTH[t]
    return -(1 << (w - 1)), (1 << (w - 1)) - 1


def wrap(v, t):
    w = WIDTH[t]
    v &= (1 << w) - 1
    return v - (1 << w) if v >> (w - 1) else v


F32_SPECIAL = [
    0x7FC00001, 0xFFC12345, 0x7F800001, 0x7FA00000, 0x7F800000, 0xFF800000,
    0x80000000, 0x00000000, 0x00000001, 0x80400000, 0x007FFFFF, 0x00800000,
    0x33800000, 0x33000000, 0x33000001, 0xB3000000, 0x387FC000, 0x38800000,
    0x477FE000, 0x477FF000, 0x477FEFFF, 0x47800000, 0xC77FF000, 0x3F801000,
    0x3F803000, 0x3F808000, 0x3F818000, 0x3F800800, 0x7F7FFFFF, 0xFF7FFFFF,
    0x43E00000, 0x43E80000, 0x43F00000, 0x47600000, 0x47700000, 0x47680000,
    0x3EAAAAAB, 0x4B7FFFFF, 0x4F000000, 0xCF000001, 0x42FF0000, 0xC3008000,
    0x40200000, 0xC0200000, 0x00400000, 0x3B000000, 0x3A800000, 0x37800000,
    0x37000000, 0x45001000, 0xC61C4000, 0x3F800000, 0xBF800000, 0x00010000,
    0x007F0000, 0x3F7FF000, 0x43808000, 0x5F000000, 0xDF000000, 0x4B000001,
]
F64_SPECIAL = [
    0x7FF8000000000001, 0xFFF0000000000001, 0x7FF4000000000000,
    0x7FF0000000000000, 0xFFF0000000000000, 0x8000000000000000, 0,
    0x0000000000000001, 0x800FFFFFFFFFFFFF, 0x0010000000000000,
    0x3FF0000010000000, 0x3FF0000030000000, 0x3FF0000010000001,
    0x7E37E43C8800759C, 0x36A0000000000000, 0x36A0000000000001,
    0x3690000000000000, 0x47EFFFFFF0000000, 0x47EFFFFFEFFFFFFF,
    0x7FEFFFFFFFFFFFFF, 0x43E0000000000000, 0xC3E0000000000001,
    0x4340000000000001, 0x41F0000000000000, 0xC1E0000000200000,
    0x3FD5555555555555, 0x40F0000000000000, 0x3FF0020000000000,
]
F16_SPECIAL = [
    0x7E01, 0xFE00, 0x7D55, 0x7C01, 0x7C00, 0xFC00, 0x8000, 0x0000, 0x0001,
    0x8001, 0x03FF, 0x0400, 0x0200, 0x7BFF, 0xFBFF, 0x3C01, 0x3C00, 0xBC00,
    0x3555, 0x5BF8, 0x5800, 0xD800, 0x5F00, 0x5F40, 0x5F80, 0x7B00, 0x7B80,
    0x7B40, 0x1800, 0x0100, 0x1C00, 0x3C08, 0x3C18, 0x5640, 0x57F8, 0xD808,
]
BF16_SPECIAL = [
    0x7FC1, 0x7FA0, 0xFFC0, 0x7F80, 0xFF80, 0x8000, 0x0000, 0x0001, 0x007F,
    0x0080, 0x7F7F, 0xFF7F, 0x3F81, 0x4049, 0x3EAB, 0x47FF, 0x4780, 0x477F,
    0x3380, 0x3300, 0x43E0, 0x43E8, 0x43F0, 0x4760, 0x4770, 0x3F80, 0xBF80,
    0x3B00, 0x3780, 0x4F00, 0xCF00, 0x42FF, 0xC301, 0x0040, 0x804E, 0xFF81,
    0x8001,
]
F8E4M3_SPECIAL = [0x7F, 0xFF, 0x7E, 0xFE, 0x00, 0x80, 0x01, 0x81, 0x07,
                  0x08, 0x38, 0xB8, 0x3F, 0x77, 0x5E, 0x62]
F8E5M2_SPECIAL = [0x7C, 0xFC, 0x7D, 0x7E, 0xFF, 0x7B, 0xFB, 0x01, 0x80,
                  0x00, 0x03, 0x04, 0x3C, 0xBC, 0x5B, 0x57, 0x82, 0xFD]
# (narrow, wide) pairs of the autocast sandwich ext -> movement -> trunc.
SANDWICHES = [("bf16", "f32"), ("f16", "f32"), ("f8E4M3FN", "f32"),
              ("f8E5M2", "f32"), ("f32", "f64")]
SPECIAL = {"f64": F64_SPECIAL, "f32": F32_SPECIAL, "f16": F16_SPECIAL,
           "bf16": BF16_SPECIAL, "f8E4M3FN": F8E4M3_SPECIAL,
           "f8E5M2": F8E5M2_SPECIAL}
INT_SPECIAL = [0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, 32768,
               -32768, -32769, 65535, 65536, 16777217, -16777217, 2047, 2049,
               2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1,
               -2 ** 63, 0x123456789, -100, 100, 64, -65, 0x7FFF_FFFF_FFFF]
NICE = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, 2.5, -2.5, 3.0, 3.5,
        -3.75, 6.0, 7.5, 10.0, -12.0, 24.0, 40.0, 64.0, -96.0, 0.125,
        0.0625, -0.25, 99.0, 0.375]


def fmt_elem(bits_or_int, t):
    if is_float(t):
        return "0x%0*X" % (WIDTH[t] // 4, bits_or_int)
    return str(bits_or_int)


class Pools:
    """Seeded value pools. cls: 'any' (everything), 'nonan' (no NaN),
    'small' (finite, |v| < 100, so fptosi to any int type is defined)."""

    def __init__(self, rng):
        self.rng = rng

    def float_bits(self, t, cls):
        r = self.rng
        if cls == "edge":
            # half signaling NaNs and subnormals, half anything
            if r.random() < 0.5:
                return r.choice(edge_bits(t))
            cls = "any"
        for _ in range(200):
            u = r.random()
            if cls == "small" and u < 0.6:
                b = encode_exact(r.choice(NICE), t)
                if b is None:
                    continue
            elif u < 0.7:
                b = r.choice(SPECIAL[t])
            elif u < 0.85:
                # a special value of another float type, rounded by us only
                # when exact; otherwise random bits.
                src = r.choice(FLOATS)
                v = decode(r.choice(SPECIAL[src]), src)
                b = encode_exact(v, t) if v is not None else None
                if b is None:
                    b = r.getrandbits(WIDTH[t])
            else:
                b = r.getrandbits(WIDTH[t])
            v = decode(b, t)
            if cls != "any" and v is None:
                continue
            if cls == "small" and not (abs(v) < 100.0):
                continue
            return b
        return 0

    def int_val(self, t, cls):
        r = self.rng
        lo, hi = int_range(t)
        if cls == "small":
            return r.randint(-100, 100)
        u = r.random()
        if u < 0.6:
            return wrap(r.choice(INT_SPECIAL), t)
        if u < 0.8:
            return r.randint(-300, 300) if t != "i8" else r.randint(lo, hi)
        return r.randint(lo, hi)

    def elem(self, t, cls):
        return self.float_bits(t, cls) if is_float(t) else self.int_val(t, cls)

    def preimage_elem(self, narrow, wide, kind):
        """An element of `wide` equal to kind-extension of a `narrow` value
        (a constant the sinking rule can turn into a narrow constant)."""
        for _ in range(50):
            if is_float(narrow):
                b = self.float_bits(narrow, "nonan")
                v = decode(b, narrow)
                if is_float(wide):
                    w = encode_exact(v, wide)
                    if w is not None:
                        return w
                continue
            n = self.int_val(narrow, "any")
            if kind == "u":
                n &= (1 << WIDTH[narrow]) - 1
            if is_float(wide):
                w = encode_exact(float(n), wide)
                if w is not None and float(n) == decode(w, wide):
                    return w
                continue
            return wrap(n, wide)
        return None


def ttype(shape, t):
    return "tensor<%s>" % "x".join([str(d) for d in shape] + [t])


def dense(shape, elems, t):
    if 0 in shape:
        return "dense<>"
    it = iter(elems)

    def rec(dims):
        if not dims:
            return fmt_elem(next(it), t)
        return "[" + ", ".join(rec(dims[1:]) for _ in range(dims[0])) + "]"
    return "dense<%s>" % rec(list(shape))


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


class Val:
    def __init__(self, name, shape, et, cls, ext=None, tosa_ok=True):
        self.name, self.shape, self.et, self.cls = name, tuple(shape), et, cls
        self.ext = ext  # (cast family, narrow type, kind) if made by a widening cast
        self.uses = 0

    @property
    def type(self):
        return ttype(self.shape, self.et)


class Gen:
    def __init__(self, seed, dialect, max_ops, features="all"):
        self.rng = random.Random(seed)
        self.seed = seed
        self.dialect = dialect
        self.max_ops = max_ops
        self.pools = Pools(self.rng)
        self.args = []  # (Val, elems, elem type)
        self.body = []
        self.n = 0
        self.ops = 0
        self.values = []
        self.results = []
        # new forms (selects, linalg.generic, sign ops, control flow, calls)
        self.features = features
        self.newforms = features != "old"
        self.forms = set()
        self.funcs = []  # rendered private callees
        self.in_func = False  # emitting a callee: inputs are constants

    # ----------------------------------------------------------- helpers
    def fresh(self, p="v"):
        self.n += 1
        return "%%%s%d" % (p, self.n)

    def emit(self, line):
        self.body.append("  " + line)

    def upstream(self):
        return self.dialect in ("tosa", "mixed")

    def tmov(self):
        return self.dialect in ("tmov", "mixed")

    def rand_shape(self, allow_zero=True, rank=None):
        r = self.rng
        rank = rank or r.choice([1, 2, 2, 3, 3])
        shape = [r.choice([1, 2, 2, 3, 3, 4, 5, 6]) for _ in range(rank)]
        if allow_zero and self.dialect != "tosa" and r.random() < 0.06:
            shape[r.randrange(rank)] = 0
        return shape

    def leaf(self, shape, et, cls=None, preimage=None, const=False, given=None):
        """A kernel input: a function argument (opaque) or a constant (always
        a constant inside a private callee, or with const=True). given: the
        elements, instead of drawing them from the pools."""
        r = self.rng
        cls = cls or r.choice(["any", "any", "any", "nonan", "small"])
        if cls != "any" and is_float(et) is False:
            cls = "small" if cls == "small" else "nonan"
        elems = list(given) if given is not None else []
        for _ in range(numel(shape) if given is None else 0):
            e = None
            if preimage is not None and r.random() < 0.9:
                e = self.pools.preimage_elem(preimage[0], et, preimage[1])
            if e is None:
                e = self.pools.elem(et, cls)
            elems.append(e)
        if not is_float(et):
            lo, hi = int_range(et)
            if all(-100 <= e <= 100 for e in elems):
                cls = "small"
        else:
            vals = [decode(b, et) for b in elems]
            if all(v is not None for v in vals):
                cls = "small" if all(abs(v) < 100.0 for v in vals) else "nonan"
            else:
                cls = "any"
        if const or self.in_func or r.random() < 0.2:
            name = self.fresh("cst")
            self.emit("%s = arith.constant %s : %s" % (
                name, dense(shape, elems, et), ttype(shape, et)))
            v = Val(name, shape, et, cls)
        else:
            name = "%%arg%d" % len(self.args)
            v = Val(name, shape, et, cls)
            self.args.append((v, elems))
        return v

    def index_leaf(self, shape, bound, in_range=False, unique=False):
        r = self.rng
        it = r.choice(["i32", "i32", "i64", "i16"]) if not in_range else "i32"
        n = numel(shape)
        if unique:
            elems = r.sample(range(bound), n)
        elif in_range:
            elems = [r.randrange(bound) for _ in range(n)]
        else:
            cand = [-1, -5, 0, 0, 1, bound - 1, bound, bound + 3,
                    r.randrange(max(bound, 1)), 2 ** 15 - 1, -2 ** 15]
            elems = [wrap(r.choice(cand), it) for _ in range(n)]
            if n >= 2 and r.random() < 0.5:
                elems[-1] = elems[0]  # duplicate
        if self.in_func or r.random() < 0.3:
            name = self.fresh("idx")
            self.emit("%s = arith.constant %s : %s" % (
                name, dense(shape, elems, it), ttype(shape, it)))
            return Val(name, shape, it, "small")
        name = "%%arg%d" % len(self.args)
        v = Val(name, shape, it, "small")
        self.args.append((v, elems))
        return v

    def fill_bits(self, et, cls, preimage):
        r = self.rng
        if preimage is not None and r.random() < 0.7:
            e = self.pools.preimage_elem(preimage[0], et, preimage[1])
            if e is not None:
                return e, cls
        e = self.pools.elem(et, cls if r.random() < 0.5 else "any")
        if is_float(et):
            v = decode(e, et)
            if v is None:
                cls = "any"
            elif cls == "small" and abs(v) >= 100.0:
                cls = "nonan"
        elif cls == "small" and not -100 <= e <= 100:
            cls = "nonan"
        return e, cls

    @staticmethod
    def meet(a, b):
        order = ["any", "nonan", "small"]
        return order[min(order.index(a), order.index(b))]

    # ----------------------------------------------------------- casts
    def cast_families(self, v):
        fams = []
        if self.tmov():
            fams.append("tmov")
        if self.upstream():
            fams.append("arith")
            if 0 not in v.shape:
                fams.append("tosa")
        return fams

    def arith_cast(self, src, dst, cls):
        """arith op name for src -> dst, or None."""
        r = self.rng
        ws, wd = WIDTH[src], WIDTH[dst]
        if is_float(src) and is_float(dst):
            if ws < wd:
                return "arith.extf"
            if ws > wd:
                return "arith.truncf"
            return None
        if not is_float(src) and not is_float(dst):
            if ws < wd:
                return r.choice(["arith.extsi", "arith.extsi", "arith.extui"])
            if ws > wd:
                return "arith.trunci"
            return None
        if not is_float(src):
            return r.choice(["arith.sitofp", "arith.sitofp", "arith.uitofp"])
        if cls == "small":
            return "arith.fptosi"
        return None

    def cast(self, v, dst, fam=None, op=None):
        """v cast to dst with family fam (random if None or not available);
        op forces the arith op (e.g. to repeat another cast exactly)."""
        r = self.rng
        fams = self.cast_families(v)  # no tosa.cast of a zero-size tensor
        if not fams:
            return None
        fam = fam if fam in fams else r.choice(fams)
        if is_float(v.et) and not is_float(dst) and v.cls == "any":
            return None  # float -> int of NaN is unspecified
        if fam == "arith":
            op = op or self.arith_cast(v.et, dst, v.cls)
            if op is None:
                return None
        if unlowerable(op or fam, v.et, dst):
            return None
        if fam != "arith":
            op = None
        name = self.fresh()
        out = Val(name, v.shape, dst, v.cls)
        out.castop = (fam, op)
        if fam == "tmov":
            self.emit("%s = tmov.cast %s : %s to %s" % (name, v.name, v.type, out.type))
            kind = "s"
        elif fam == "tosa":
            self.emit("%s = tosa.cast %s : (%s) -> %s" % (name, v.name, v.type, out.type))
            kind = "s"
        else:
            self.emit("%s = %s %s : %s to %s" % (name, op, v.name, v.type, out.type))
            kind = "u" if op in ("arith.extui", "arith.uitofp") else "s"
            fam = op
        v.uses += 1
        self.ops += 1
        # value class after the cast
        if is_float(dst):
            if v.cls == "small" and not (kind == "u" and not is_float(v.et)):
                out.cls = "small"
            elif dst == "f8E4M3FN" or v.cls == "any":
                out.cls = "any"
            else:
                out.cls = "nonan"
        else:
            out.cls = "small" if v.cls == "small" and kind == "s" else "nonan"
        if WIDTH[dst] > WIDTH[v.et]:
            out.ext = (fam, v.et, kind)
        return out

    def narrower_type(self, t):
        cands = [u for u in FLOATS + INTS if WIDTH[u] < WIDTH[t]]
        if not cands:
            return None
        r = self.rng
        same = [u for u in cands if is_float(u) == is_float(t)]
        if same and r.random() < 0.75:
            return r.choice(same)
        return r.choice(cands)

    def wider_type(self, t):
        cands = [u for u in FLOATS + INTS if WIDTH[u] > WIDTH[t]]
        if not cands:
            return None
        r = self.rng
        same = [u for u in cands if is_float(u) == is_float(t)]
        if same and r.random() < 0.75:
            return r.choice(same)
        return r.choice(cands)

    # ----------------------------------------------------- movement ops
    def partner(self, v, shape):
        """A second data operand of v's element type and the given shape:
        v itself (fan-out), an existing value, the same widening cast of a
        fresh narrow input (so sinking applies), or a fresh input."""
        r = self.rng
        if tuple(shape) == v.shape and r.random() < 0.15:
            return v
        same = [w for w in self.values if w.et == v.et and w.shape == tuple(shape) and w is not v]
        if same and r.random() < 0.3:
            return r.choice(same)
        if v.ext and r.random() < 0.7:
            fam, narrow, kind = v.ext
            src = self.leaf(shape, narrow, v.cls if v.cls != "any" else None)
            fam_arg = fam if fam in ("tmov", "tosa") else "arith"
            if fam.startswith("arith."):
                name = self.fresh()
                out = Val(name, shape, v.et, src.cls)
                self.emit("%s = %s %s : %s to %s" % (name, fam, src.name, src.type, out.type))
                out.ext = v.ext
                self.ops += 1
                return out
            out = self.cast(src, v.et, fam_arg)
            if out is not None:
                return out
        pre = (v.ext[1], v.ext[2]) if v.ext and r.random() < 0.5 else None
        return self.leaf(shape, v.et, v.cls if r.random() < 0.5 else None, preimage=pre)

    def move_ops(self, v):
        """Applicable movement op generators for v."""
        ops = []
        zero = 0 in v.shape
        if self.tmov():
            ops += [self.tm_transpose, self.tm_reshape, self.tm_broadcast,
                    self.tm_slice, self.tm_concat, self.tm_pad, self.tm_pad,
                    self.tm_reverse, self.tm_tile, self.tm_gather,
                    self.tm_scatter]
        if self.upstream():
            ops += [self.la_transpose, self.la_broadcast, self.te_expand,
                    self.te_collapse, self.te_slice, self.te_pad,
                    self.te_concat]
            if not zero:
                ops += [self.to_transpose, self.to_reshape, self.to_slice,
                        self.to_concat, self.to_pad, self.to_pad, self.to_tile,
                        self.to_reverse, self.to_identity]
                if len(v.shape) == 3:
                    # tosa.scatter is not generated: %lower-to-llvm runs
                    # tosa-to-linalg (which fails on it) before tosa-to-scf.
                    ops += [self.to_gather]
            if self.newforms:
                # selects, torch-mlir style linalg.generic data movement and
                # float negate/abs (twice as likely with --features new)
                extra = [self.la_generic]
                if not zero:
                    extra += [self.sel_arith, self.sel_tosa]
                if is_float(v.et):
                    extra += [self.sign_op]
                ops += extra * (2 if self.features == "new" else 1)
        return ops

    def new(self, shape, et, cls, ext=None):
        return Val(self.fresh(), shape, et, cls, ext)

    def perm(self, rank):
        p = list(range(rank))
        self.rng.shuffle(p)
        return p

    def tm_transpose(self, v):
        p = self.perm(len(v.shape))
        o = self.new([v.shape[i] for i in p], v.et, v.cls)
        self.emit("%s = tmov.transpose %s %s : %s -> %s" % (o.name, v.name, p, v.type, o.type))
        return o

    def reshape_target(self, shape):
        r = self.rng
        n = numel(shape)
        rank = r.choice([1, 2, 2, 3])
        if n == 0:
            out = [r.randint(1, 3) for _ in range(rank)]
            out[r.randrange(rank)] = 0
            return out
        fac = []
        m, p = n, 2
        while m > 1:
            while m % p == 0:
                fac.append(p)
                m //= p
            p += 1
        out = [1] * rank
        for f in fac:
            out[r.randrange(rank)] *= f
        return out

    def tm_reshape(self, v):
        o = self.new(self.reshape_target(v.shape), v.et, v.cls)
        self.emit("%s = tmov.reshape %s : %s -> %s" % (o.name, v.name, v.type, o.type))
        return o

    def tm_broadcast(self, v):
        r = self.rng
        rank = len(v.shape)
        extra = r.randint(0 if 1 in v.shape else 1, min(2, 4 - rank)) if rank < 4 else 0
        orank = rank + extra
        dims = sorted(r.sample(range(orank), rank))
        out = [r.randint(1, 3) for _ in range(orank)]
        for i, d in enumerate(dims):
            out[d] = v.shape[i] if v.shape[i] != 1 else r.choice([1, 2, 3])
        o = self.new(out, v.et, v.cls)
        self.emit("%s = tmov.broadcast %s %s : %s -> %s" % (o.name, v.name, dims, v.type, o.type))
        return o

    def window(self, shape, strided=True):
        # (callers skip zero-size inputs: the lowering rejects the offset 0
        # in a 0-size dimension, "offset 0 is out-of-bounds: 0 >= 0")
        r = self.rng
        offs, sizes, strides = [], [], []
        for d in shape:
            s = r.choice([1, 1, 2, 3]) if strided else 1
            if d == 0:
                offs.append(0), sizes.append(0), strides.append(s)
                continue
            o = r.randrange(d)
            maxn = (d - 1 - o) // s + 1
            n = r.randint(0 if r.random() < 0.05 else 1, maxn)
            offs.append(o), sizes.append(n), strides.append(s)
        return offs, sizes, strides

    def tm_slice(self, v):
        if 0 in v.shape:
            return None
        offs, sizes, strides = self.window(v.shape)
        o = self.new(sizes, v.et, v.cls)
        self.emit("%s = tmov.slice %s offsets %s sizes %s strides %s : %s -> %s" % (
            o.name, v.name, offs, sizes, strides, v.type, o.type))
        return o

    def concat_parts(self, v, nonzero=False):
        r = self.rng
        axis = r.randrange(len(v.shape))
        parts = [v]
        for _ in range(r.choice([1, 1, 2])):
            sh = list(v.shape)
            sh[axis] = r.choice([1, 2, 3] if nonzero else [0, 1, 2, 3])
            parts.append(self.partner(v, sh))
        r.shuffle(parts)
        out = list(v.shape)
        out[axis] = sum(p.shape[axis] for p in parts)
        cls = v.cls
        for p in parts:
            cls = self.meet(cls, p.cls)
        return axis, parts, out, cls

    def tm_concat(self, v):
        # no zero-size operands: the lowering goes through tensor.concat,
        # whose bufferization fails on them ("offset N is out-of-bounds").
        if 0 in v.shape:
            return None
        axis, parts, out, cls = self.concat_parts(v, nonzero=True)
        o = self.new(out, v.et, cls)
        self.emit("%s = tmov.concat %s axis %d : (%s) -> %s" % (
            o.name, ", ".join(p.name for p in parts), axis,
            ", ".join(p.type for p in parts), o.type))
        return o

    def pad_amounts(self, shape):
        r = self.rng
        lo = [r.choice([0, 0, 1, 2]) for _ in shape]
        hi = [r.choice([0, 1, 1, 2]) for _ in shape]
        if not any(lo) and not any(hi):
            hi[r.randrange(len(shape))] = 1
        return lo, hi, [d + a + b for d, a, b in zip(shape, lo, hi)]

    def pre(self, v):
        return (v.ext[1], v.ext[2]) if v.ext else None

    def tm_pad(self, v):
        lo, hi, out = self.pad_amounts(v.shape)
        e, cls = self.fill_bits(v.et, v.cls, self.pre(v))
        o = self.new(out, v.et, cls)
        self.emit("%s = tmov.pad %s low %s high %s value %s : %s : %s -> %s" % (
            o.name, v.name, lo, hi, fmt_elem(e, v.et), v.et, v.type, o.type))
        return o

    def tm_reverse(self, v):
        r = self.rng
        dims = sorted(r.sample(range(len(v.shape)), r.randint(1, len(v.shape))))
        o = self.new(v.shape, v.et, v.cls)
        self.emit("%s = tmov.reverse %s %s : %s" % (o.name, v.name, dims, v.type))
        return o

    def tm_tile(self, v):
        r = self.rng
        mult = [r.choice([1, 1, 2, 3, 0] if r.random() < 0.1 else [1, 1, 2, 3]) for _ in v.shape]
        o = self.new([d * m for d, m in zip(v.shape, mult)], v.et, v.cls)
        self.emit("%s = tmov.tile %s %s : %s -> %s" % (o.name, v.name, mult, v.type, o.type))
        return o

    def tm_gather(self, v):
        r = self.rng
        axes = [a for a in range(len(v.shape)) if v.shape[a] > 0]
        if not axes:
            return None
        axis = r.choice(axes)
        ishape = [r.randint(1, 4) for _ in range(r.choice([1, 1, 2]))]
        idx = self.index_leaf(ishape, v.shape[axis])
        out = list(v.shape[:axis]) + ishape + list(v.shape[axis + 1:])
        if len(out) > 4:
            return None
        o = self.new(out, v.et, v.cls)
        self.emit("%s = tmov.gather %s[%s] axis %d : (%s, %s) -> %s" % (
            o.name, v.name, idx.name, axis, v.type, idx.type, o.type))
        return o

    def tm_scatter(self, v):
        r = self.rng
        axis = r.randrange(len(v.shape))
        k = r.randint(1, 3)
        idx = self.index_leaf([k], max(v.shape[axis], 1))
        ush = list(v.shape)
        ush[axis] = k
        upd = self.partner(v, ush)
        o = self.new(v.shape, v.et, self.meet(v.cls, upd.cls))
        self.emit("%s = tmov.scatter %s[%s], %s axis %d : (%s, %s, %s) -> %s" % (
            o.name, v.name, idx.name, upd.name, axis, v.type, idx.type, upd.type, o.type))
        return o

    # linalg / tensor
    def la_transpose(self, v):
        p = self.perm(len(v.shape))
        o = self.new([v.shape[i] for i in p], v.et, v.cls)
        e = self.fresh("e")
        self.emit("%s = tensor.empty() : %s" % (e, o.type))
        self.emit("%s = linalg.transpose ins(%s : %s) outs(%s : %s) permutation = %s" % (
            o.name, v.name, v.type, e, o.type, p))
        return o

    def la_broadcast(self, v):
        r = self.rng
        rank = len(v.shape)
        if rank >= 4:
            return None
        extra = r.randint(1, min(2, 4 - rank))
        orank = rank + extra
        added = sorted(r.sample(range(orank), extra))
        out, it = [], iter(v.shape)
        for d in range(orank):
            out.append(r.randint(1, 3) if d in added else next(it))
        o = self.new(out, v.et, v.cls)
        e = self.fresh("e")
        self.emit("%s = tensor.empty() : %s" % (e, o.type))
        self.emit("%s = linalg.broadcast ins(%s : %s) outs(%s : %s) dimensions = %s" % (
            o.name, v.name, v.type, e, o.type, added))
        return o

    def te_expand(self, v):
        r = self.rng
        if len(v.shape) >= 4:
            return None
        d = r.randrange(len(v.shape))
        D = v.shape[d]
        divs = [a for a in range(1, D + 1) if D and D % a == 0]
        if not divs:
            return None
        a = r.choice(divs)
        out = list(v.shape[:d]) + [a, D // a] + list(v.shape[d + 1:])
        reassoc, j = [], 0
        for i in range(len(v.shape)):
            if i == d:
                reassoc.append([j, j + 1])
                j += 2
            else:
                reassoc.append([j])
                j += 1
        o = self.new(out, v.et, v.cls)
        self.emit("%s = tensor.expand_shape %s %s output_shape %s : %s into %s" % (
            o.name, v.name, reassoc, out, v.type, o.type))
        return o

    def te_collapse(self, v):
        r = self.rng
        if len(v.shape) < 2:
            return None
        d = r.randrange(len(v.shape) - 1)
        out = list(v.shape[:d]) + [v.shape[d] * v.shape[d + 1]] + list(v.shape[d + 2:])
        reassoc, j = [], 0
        while j < len(v.shape):
            if j == d:
                reassoc.append([j, j + 1])
                j += 2
            else:
                reassoc.append([j])
                j += 1
        o = self.new(out, v.et, v.cls)
        self.emit("%s = tensor.collapse_shape %s %s : %s into %s" % (
            o.name, v.name, reassoc, v.type, o.type))
        return o

    def te_slice(self, v):
        if 0 in v.shape:
            return None
        offs, sizes, strides = self.window(v.shape)
        o = self.new(sizes, v.et, v.cls)
        self.emit("%s = tensor.extract_slice %s%s %s %s : %s to %s" % (
            o.name, v.name, offs, sizes, strides, v.type, o.type))
        return o

    def te_pad(self, v):
        # no empty input: upstream bufferization turns such a tensor.pad into
        # an invalid memref.subview ("offset 0 is out-of-bounds")
        if 0 in v.shape:
            return None
        lo, hi, out = self.pad_amounts(v.shape)
        e, cls = self.fill_bits(v.et, v.cls, self.pre(v))
        k = self.fresh("pv")
        self.emit("%s = arith.constant %s : %s" % (k, fmt_elem(e, v.et), v.et))
        o = self.new(out, v.et, cls)
        args = ", ".join("%%i%d: index" % i for i in range(len(v.shape)))
        self.emit("%s = tensor.pad %s low%s high%s {" % (o.name, v.name, lo, hi))
        self.emit("^bb0(%s):" % args)
        self.emit("  tensor.yield %s : %s" % (k, v.et))
        self.emit("} : %s to %s" % (v.type, o.type))
        return o

    def te_concat(self, v):
        # no zero-size operands: bufferizing such a tensor.concat fails
        # ("offset N is out-of-bounds") upstream.
        if 0 in v.shape:
            return None
        axis, parts, out, cls = self.concat_parts(v, nonzero=True)
        o = self.new(out, v.et, cls)
        self.emit("%s = tensor.concat dim(%d) %s : (%s) -> %s" % (
            o.name, axis, ", ".join(p.name for p in parts),
            ", ".join(p.type for p in parts), o.type))
        return o

    # tosa
    def const_shape(self, vals):
        n = self.fresh("s")
        self.emit("%s = tosa.const_shape {values = dense<%s> : tensor<%dxindex>} : () -> !tosa.shape<%d>" % (
            n, list(vals), len(vals), len(vals)))
        return n

    def to_transpose(self, v):
        p = self.perm(len(v.shape))
        o = self.new([v.shape[i] for i in p], v.et, v.cls)
        self.emit("%s = tosa.transpose %s {perms = array<i32: %s>} : (%s) -> %s" % (
            o.name, v.name, ", ".join(map(str, p)), v.type, o.type))
        return o

    def to_reshape(self, v):
        out = self.reshape_target(v.shape)
        s = self.const_shape(out)
        o = self.new(out, v.et, v.cls)
        self.emit("%s = tosa.reshape %s, %s : (%s, !tosa.shape<%d>) -> %s" % (
            o.name, v.name, s, v.type, len(out), o.type))
        return o

    def to_slice(self, v):
        if 0 in v.shape:
            return None
        offs, sizes, _ = self.window(v.shape, strided=False)
        sizes = [max(1, n) for n in sizes]
        a = self.const_shape(offs)
        b = self.const_shape(sizes)
        o = self.new(sizes, v.et, v.cls)
        self.emit("%s = tosa.slice %s, %s, %s : (%s, !tosa.shape<%d>, !tosa.shape<%d>) -> %s" % (
            o.name, v.name, a, b, v.type, len(sizes), len(sizes), o.type))
        return o

    def to_concat(self, v):
        axis, parts, out, cls = self.concat_parts(v, nonzero=True)
        o = self.new(out, v.et, cls)
        self.emit("%s = tosa.concat %s {axis = %d : i32} : (%s) -> %s" % (
            o.name, ", ".join(p.name for p in parts), axis,
            ", ".join(p.type for p in parts), o.type))
        return o

    def to_pad(self, v):
        lo, hi, out = self.pad_amounts(v.shape)
        e, cls = self.fill_bits(v.et, v.cls, self.pre(v))
        pads = []
        for a, b in zip(lo, hi):
            pads += [a, b]
        s = self.const_shape(pads)
        k = self.fresh("k")
        self.emit('%s = "tosa.const"() {values = dense<%s> : tensor<1x%s>} : () -> tensor<1x%s>' % (
            k, fmt_elem(e, v.et), v.et, v.et))
        o = self.new(out, v.et, cls)
        self.emit("%s = tosa.pad %s, %s, %s : (%s, !tosa.shape<%d>, tensor<1x%s>) -> %s" % (
            o.name, v.name, s, k, v.type, len(pads), v.et, o.type))
        return o

    def to_tile(self, v):
        mult = [self.rng.choice([1, 1, 2, 3]) for _ in v.shape]
        s = self.const_shape(mult)
        o = self.new([d * m for d, m in zip(v.shape, mult)], v.et, v.cls)
        self.emit("%s = tosa.tile %s, %s : (%s, !tosa.shape<%d>) -> %s" % (
            o.name, v.name, s, v.type, len(mult), o.type))
        return o

    def to_reverse(self, v):
        a = self.rng.randrange(len(v.shape))
        o = self.new(v.shape, v.et, v.cls)
        self.emit("%s = tosa.reverse %s {axis = %d : i32} : (%s) -> %s" % (
            o.name, v.name, a, v.type, o.type))
        return o

    def to_identity(self, v):
        o = self.new(v.shape, v.et, v.cls)
        self.emit("%s = tosa.identity %s : (%s) -> %s" % (o.name, v.name, v.type, o.type))
        return o

    def to_gather(self, v):
        N, K, C = v.shape
        W = self.rng.randint(1, 4)
        idx = self.index_leaf([N, W], K, in_range=True)
        o = self.new([N, W, C], v.et, v.cls)
        self.emit("%s = tosa.gather %s, %s : (%s, %s) -> %s" % (
            o.name, v.name, idx.name, v.type, idx.type, o.type))
        return o

    def to_scatter(self, v):
        N, K, C = v.shape
        W = self.rng.randint(1, K)
        # TOSA requires unique, in-range indices per batch.
        r = self.rng
        elems = []
        for _ in range(N):
            elems += r.sample(range(K), W)
        name = "%%arg%d" % len(self.args)
        idx = Val(name, [N, W], "i32", "small")
        self.args.append((idx, elems))
        upd = self.partner(v, [N, W, C])
        o = self.new(v.shape, v.et, self.meet(v.cls, upd.cls))
        self.emit("%s = tosa.scatter %s, %s, %s : (%s, %s, %s) -> %s" % (
            o.name, v.name, idx.name, upd.name, v.type, idx.type, upd.type, o.type))
        return o


    # ------------------------------------------------ new movement forms
    def dense_i1(self, shape, bits):
        if 0 in shape:
            return "dense<>"
        it = iter(bits)

        def rec(dims):
            if not dims:
                return "true" if next(it) else "false"
            return "[" + ", ".join(rec(dims[1:]) for _ in range(dims[0])) + "]"
        return "dense<%s>" % rec(list(shape))

    def tensor_cond(self, shape):
        """An i1 tensor of the given shape: a constant, or an i8 input
        compared with 0 (so the choice depends on the nasty integer pool)."""
        r = self.rng
        c = self.fresh("cond")
        t = ttype(shape, "i1")
        if r.random() < 0.4:
            bits = [r.random() < 0.5 for _ in range(numel(shape))]
            self.emit("%s = arith.constant %s : %s" % (c, self.dense_i1(shape, bits), t))
            return c
        src = self.leaf(shape, "i8")
        z = self.fresh("z")
        self.emit("%s = arith.constant dense<0> : %s" % (z, src.type))
        self.emit("%s = arith.cmpi %s, %s, %s : %s" % (
            c, r.choice(["slt", "sgt", "eq", "ne"]), src.name, z, src.type))
        return c

    def scalar_input(self, values):
        """An i8 element read from a small i8 input (tensor.extract): a
        runtime scalar. values: the candidates for the element read."""
        r = self.rng
        n = r.randint(1, 3)
        elems = [r.choice(values) for _ in range(n)]
        src = self.leaf([n], "i8", "nonan", given=elems)
        # (not %iN: tensor.pad regions name their indices %i0, %i1, ...)
        i, x = self.fresh("pos"), self.fresh("x")
        self.emit("%s = arith.constant %d : index" % (i, r.randrange(n)))
        self.emit("%s = tensor.extract %s[%s] : %s" % (x, src.name, i, src.type))
        return x

    def scalar_cond(self):
        r = self.rng
        x = self.scalar_input([0, 0, 1, -1, 127, -128, 2, 64])
        z, c = self.fresh("z"), self.fresh("c")
        self.emit("%s = arith.constant 0 : i8" % z)
        self.emit("%s = arith.cmpi %s, %s, %s : i8" % (
            c, r.choice(["ne", "eq", "slt", "sgt"]), x, z))
        return c

    def sel_arith(self, v):
        """arith.select on tensors: a tensor or scalar i1 condition; v is
        the true or the false value, the other one a partner (a widening
        cast of a fresh input when v comes from one, so sinking applies)."""
        r = self.rng
        other = self.partner(v, v.shape)
        a, b = (v, other) if r.random() < 0.5 else (other, v)
        o = self.new(v.shape, v.et, self.meet(v.cls, other.cls))
        if r.random() < 0.3:
            c = self.scalar_cond()
            self.emit("%s = arith.select %s, %s, %s : %s" % (o.name, c, a.name, b.name, o.type))
        else:
            c = self.tensor_cond(v.shape)
            self.emit("%s = arith.select %s, %s, %s : %s, %s" % (
                o.name, c, a.name, b.name, ttype(v.shape, "i1"), o.type))
        self.forms.add("arith.select")
        return o

    def sel_tosa(self, v):
        """tosa.select; the condition and the other operand may broadcast
        (size-1 dimensions)."""
        r = self.rng
        csh = [d if r.random() < 0.8 else 1 for d in v.shape]
        osh = [d if r.random() < 0.85 else 1 for d in v.shape]
        other = self.partner(v, osh)
        c = self.tensor_cond(csh)
        swap = r.random() < 0.5
        a, b = (other, v) if swap else (v, other)
        o = self.new(v.shape, v.et, self.meet(v.cls, other.cls))
        self.emit("%s = tosa.select %s, %s, %s : (%s, %s, %s) -> %s" % (
            o.name, c, a.name, b.name, ttype(csh, "i1"), a.type, b.type, o.type))
        self.forms.add("tosa.select")
        return o

    def la_generic(self, v, kind=None, perm=None):
        """linalg.generic data movement as torch-mlir emits it: all loops
        parallel, body `linalg.yield %in`, a projected permutation reading
        the input (transpose, broadcast with new dims and size-1 dims read
        at 0, or copy), identity map on a tensor.empty init."""
        r = self.rng
        rank = len(v.shape)
        kind = kind or r.choice(["transpose", "transpose", "broadcast", "broadcast", "copy"])
        if kind == "transpose":
            p = perm or self.perm(rank)
            out = [v.shape[i] for i in p]
            inv = [0] * rank
            for i, j in enumerate(p):
                inv[j] = i
            orank, exprs = rank, ["d%d" % inv[j] for j in range(rank)]
        elif kind == "broadcast":
            extra = r.randint(0, min(2, 4 - rank)) if rank < 4 else 0
            orank = rank + extra
            pos = sorted(r.sample(range(orank), rank))
            out = [r.randint(1, 3) for _ in range(orank)]
            exprs = []
            for j, d in enumerate(pos):
                if v.shape[j] == 1 and r.random() < 0.6:
                    exprs.append("0")
                    out[d] = r.choice([1, 2, 3])
                else:
                    exprs.append("d%d" % d)
                    out[d] = v.shape[j]
        else:
            orank, out, exprs = rank, list(v.shape), ["d%d" % j for j in range(rank)]
        dims = ", ".join("d%d" % i for i in range(orank))
        o = self.new(out, v.et, v.cls)
        e, a, b = self.fresh("e"), self.fresh("in"), self.fresh("out")
        self.emit("%s = tensor.empty() : %s" % (e, o.type))
        self.emit("%s = linalg.generic {indexing_maps = [affine_map<(%s) -> (%s)>, affine_map<(%s) -> (%s)>], iterator_types = [%s]} ins(%s : %s) outs(%s : %s) {" % (
            o.name, dims, ", ".join(exprs), dims, dims,
            ", ".join(['"parallel"'] * orank), v.name, v.type, e, o.type))
        self.emit("^bb0(%s: %s, %s: %s):" % (a, v.et, b, v.et))
        self.emit("  linalg.yield %s : %s" % (a, v.et))
        self.emit("} -> %s" % o.type)
        self.forms.add("linalg.generic")
        return o

    def sign_op(self, v):
        """Float negate/abs: tosa.negate (TOSA 1.0, zero points 0) and
        tosa.abs on f32/f16/bf16, math.absf on non-f8 floats (f8 does not
        lower), arith.negf on every float type."""
        r = self.rng
        if not is_float(v.et):
            return None
        ops = ["arith.negf"]
        if not v.et.startswith("f8"):
            ops.append("math.absf")
        if v.et in ("f32", "f16", "bf16") and 0 not in v.shape:
            ops += ["tosa.negate", "tosa.abs"]
        op = r.choice(ops)
        o = self.new(v.shape, v.et, v.cls)
        if op == "tosa.negate":
            z = self.fresh("zp")
            self.emit('%s = "tosa.const"() {values = dense<0.0> : tensor<1x%s>} : () -> tensor<1x%s>' % (
                z, v.et, v.et))
            self.emit("%s = tosa.negate %s, %s, %s : (%s, tensor<1x%s>, tensor<1x%s>) -> %s" % (
                o.name, v.name, z, z, v.type, v.et, v.et, o.type))
        elif op == "tosa.abs":
            self.emit("%s = tosa.abs %s : (%s) -> %s" % (o.name, v.name, v.type, o.type))
        else:
            self.emit("%s = %s %s : %s" % (o.name, op, v.name, v.type))
        self.forms.add(op)
        return o

    # ------------------------------------------- shape-preserving movement
    def keep_shape(self, v):
        """One or two data-movement ops whose result has v's shape and type
        (a loop body, a branch that must match another): reverse, a
        transpose that permutes equal dimensions, slice + pad back, concat
        + slice back, a select with another value, a copy."""
        r = self.rng
        zero = 0 in v.shape
        groups = {}
        for i, d in enumerate(v.shape):
            groups.setdefault(d, []).append(i)
        square = any(len(g) > 1 for g in groups.values())
        cands = []
        if self.tmov():
            cands += ["tm_reverse", "tm_reverse"]
            if square:
                cands.append("tm_transpose")
            if not zero:
                cands += ["tm_slice_pad", "tm_concat_slice"]
        if self.upstream():
            if square:
                cands += ["la_transpose", "gen_transpose"]
            cands.append("gen_copy")
            if not zero:
                cands += ["to_reverse", "to_reverse", "to_identity", "te_slice_pad",
                          "to_slice_pad", "te_concat_slice", "sel_arith"]
                if all(d > 0 for d in v.shape):
                    cands.append("sel_tosa_full")
        k = r.choice(cands)
        if k.endswith("transpose"):
            p = list(range(len(v.shape)))
            for g in groups.values():
                if len(g) > 1:
                    sh = list(g)
                    while sh == g:
                        r.shuffle(sh)
                    for a, b in zip(g, sh):
                        p[a] = b
            if k == "gen_transpose":
                return self.la_generic(v, "transpose", p)
            o = self.new(v.shape, v.et, v.cls)
            if k == "tm_transpose":
                self.emit("%s = tmov.transpose %s %s : %s -> %s" % (o.name, v.name, p, v.type, o.type))
            elif k == "la_transpose":
                e = self.fresh("e")
                self.emit("%s = tensor.empty() : %s" % (e, o.type))
                self.emit("%s = linalg.transpose ins(%s : %s) outs(%s : %s) permutation = %s" % (
                    o.name, v.name, v.type, e, o.type, p))
            else:
                return self.la_generic(v, "transpose", p)
            return o
        if k == "gen_copy":
            return self.la_generic(v, "copy")
        if k == "tm_reverse":
            return self.tm_reverse(v)
        if k == "to_reverse":
            return self.to_reverse(v)
        if k == "to_identity":
            return self.to_identity(v)
        if k == "sel_arith":
            return self.sel_arith(v)
        if k == "sel_tosa_full":
            other = self.partner(v, v.shape)
            c = self.tensor_cond(v.shape)
            o = self.new(v.shape, v.et, self.meet(v.cls, other.cls))
            self.emit("%s = tosa.select %s, %s, %s : (%s, %s, %s) -> %s" % (
                o.name, c, v.name, other.name, ttype(v.shape, "i1"), v.type, other.type, o.type))
            self.forms.add("tosa.select")
            return o
        flavor = k.split("_")[0]
        d = r.randrange(len(v.shape))
        D = v.shape[d]
        if k.endswith("slice_pad"):
            # shift along d: drop `cut` elements at one end, pad them back at
            # the other (or the same) end
            cut = r.randint(1, D) if D > 1 and r.random() < 0.8 else D
            cut = min(cut, D - 1) if D > 1 else 0
            if cut == 0:
                return self.tm_reverse(v) if self.tmov() else self.to_reverse(v)
            offs = [0] * len(v.shape)
            sizes = list(v.shape)
            front = r.random() < 0.5
            offs[d] = cut if front else 0
            sizes[d] = D - cut
            s = self.emit_slice(v, offs, sizes, flavor)
            lo = [0] * len(v.shape)
            hi = [0] * len(v.shape)
            (hi if r.random() < 0.7 else lo)[d] = cut
            return self.emit_pad(s, lo, hi, flavor)
        # concat + slice back: append (or prepend) rows of another value,
        # keep a window of the original size (a decode loop)
        rows = r.randint(1, 2)
        sh = list(v.shape)
        sh[d] = rows
        other = self.partner(v, sh)
        parts = [v, other] if r.random() < 0.6 else [other, v]
        out = list(v.shape)
        out[d] += rows
        cls = self.meet(v.cls, other.cls)
        c = self.new(out, v.et, cls)
        names = ", ".join(p.name for p in parts)
        types = ", ".join(p.type for p in parts)
        if flavor == "tm":
            self.emit("%s = tmov.concat %s axis %d : (%s) -> %s" % (c.name, names, d, types, c.type))
        else:
            self.emit("%s = tensor.concat dim(%d) %s : (%s) -> %s" % (c.name, d, names, types, c.type))
        offs = [0] * len(v.shape)
        offs[d] = r.randint(0, rows)
        return self.emit_slice(c, offs, list(v.shape), "tm" if flavor == "tm" else "te")

    def emit_slice(self, v, offs, sizes, flavor):
        o = self.new(sizes, v.et, v.cls)
        ones = [1] * len(sizes)
        if flavor == "tm":
            self.emit("%s = tmov.slice %s offsets %s sizes %s strides %s : %s -> %s" % (
                o.name, v.name, offs, sizes, ones, v.type, o.type))
        elif flavor == "to":
            a, b = self.const_shape(offs), self.const_shape(sizes)
            self.emit("%s = tosa.slice %s, %s, %s : (%s, !tosa.shape<%d>, !tosa.shape<%d>) -> %s" % (
                o.name, v.name, a, b, v.type, len(sizes), len(sizes), o.type))
        else:
            self.emit("%s = tensor.extract_slice %s%s %s %s : %s to %s" % (
                o.name, v.name, offs, sizes, ones, v.type, o.type))
        return o

    def emit_pad(self, v, lo, hi, flavor):
        e, cls = self.fill_bits(v.et, v.cls, self.pre(v))
        out = [d + a + b for d, a, b in zip(v.shape, lo, hi)]
        o = self.new(out, v.et, cls)
        if flavor == "tm":
            self.emit("%s = tmov.pad %s low %s high %s value %s : %s : %s -> %s" % (
                o.name, v.name, lo, hi, fmt_elem(e, v.et), v.et, v.type, o.type))
        elif flavor == "to":
            pads = []
            for a, b in zip(lo, hi):
                pads += [a, b]
            s = self.const_shape(pads)
            k = self.fresh("k")
            self.emit('%s = "tosa.const"() {values = dense<%s> : tensor<1x%s>} : () -> tensor<1x%s>' % (
                k, fmt_elem(e, v.et), v.et, v.et))
            self.emit("%s = tosa.pad %s, %s, %s : (%s, !tosa.shape<%d>, tensor<1x%s>) -> %s" % (
                o.name, v.name, s, k, v.type, len(pads), v.et, o.type))
        else:
            k = self.fresh("pv")
            self.emit("%s = arith.constant %s : %s" % (k, fmt_elem(e, v.et), v.et))
            args = ", ".join("%s: index" % self.fresh("p") for _ in v.shape)
            self.emit("%s = tensor.pad %s low%s high%s {" % (o.name, v.name, lo, hi))
            self.emit("^bb0(%s):" % args)
            self.emit("  tensor.yield %s : %s" % (k, v.et))
            self.emit("} : %s to %s" % (v.type, o.type))
        return o

    # ------------------------------------------------ control flow, calls
    def scoped(self, fn, indent="  "):
        """Run fn() emitting into a fresh list; values made there are not
        visible afterwards (a region, a callee). -> (lines, fn())."""
        saved = self.body, list(self.values), len(self.results)
        self.body = []
        ret = fn()
        lines = [indent + l for l in self.body]
        self.body, self.values = saved[0], saved[1]
        del self.results[saved[2]:]
        return lines, ret

    def moves(self, v, n):
        for _ in range(n):
            v = self.move(v)
        return v

    def start_value(self, nonzero=False):
        """The wide value a structured form starts from: an existing value,
        a fresh input, or a widening cast of a fresh narrow input."""
        r = self.rng
        ok = [w for w in self.values if not (nonzero and 0 in w.shape)]
        if ok and r.random() < 0.2:
            return r.choice(ok)
        wide = r.choice(FLOATS[:4] + INTS[:3] + ["f32", "f32"])
        shape = self.rand_shape(allow_zero=not nonzero)
        if r.random() < 0.5:
            src = self.leaf(shape, self.narrower_type(wide))
            v = self.cast(src, wide) or src
        else:
            v = self.leaf(shape, wide)
        self.values.append(v)
        return v

    def fresh_like(self, v, shape=None):
        """A new value of v's type: a fresh input or the same widening cast
        of a fresh narrow input (partner(), never v itself)."""
        shape = list(shape or v.shape)
        for _ in range(3):
            w = self.partner(v, shape)
            if w is not v:
                return w
        return self.leaf(shape, v.et)

    def finish(self, rv, fanout=0.1):
        """After a region op or call: narrow its result (the cast is then
        the only user, the shape the pass moves), sometimes also let the
        wide result escape (then the rewrite is refused)."""
        r = self.rng
        if r.random() < fanout:
            self.results.append(rv)
        t = self.narrower_type(rv.et)
        c = self.cast(rv, t) if t is not None else None
        if c is None:
            self.results.append(rv)
            return rv
        self.values.append(c)
        if r.random() < 0.3 and self.ops < self.max_ops:
            c = self.move(c)
        self.results.append(c)
        return c

    def branch_op(self, kind):
        """scf.if on a condition read from an i8 input, or scf.index_switch
        on an index read from one. Style `narrow`: the regions yield moved
        wide values, narrowed after the op (the cast moves into the
        regions); style `widen`: every region yields the same widening cast
        (or a constant with a narrow preimage), moved out after the op."""
        r = self.rng
        if kind == "if":
            cond = self.scalar_cond()
            nreg = 2
        else:
            x = self.scalar_input([0, 0, 1, 1, 2, -1, 5, 127])
            cond = self.fresh("ix")
            self.emit("%s = arith.index_cast %s : i8 to index" % (cond, x))
            nreg = r.choice([2, 3, 3])
        if r.random() < 0.6:
            v = self.start_value()
            lines0, y0 = self.scoped(lambda: self.moves(v, r.choice([1, 1, 2])))
            regions, ys = [lines0], [y0]
            for _ in range(nreg - 1):
                def other():
                    if y0.shape == v.shape and r.random() < 0.3:
                        return self.keep_shape(v)
                    w = self.fresh_like(Val(y0.name, y0.shape, y0.et, y0.cls, v.ext))
                    if r.random() < 0.4:
                        w = self.keep_shape(w)
                    return w
                lines, y = self.scoped(other)
                regions.append(lines)
                ys.append(y)
            ext = v.ext
        else:
            narrow = r.choice(FLOATS[1:] + INTS[1:])  # has a wider type
            wide = self.wider_type(narrow)
            shape = self.rand_shape()
            proto = None
            regions, ys = [], []
            for i in range(nreg):
                def region():
                    if proto is not None and r.random() < 0.2:
                        # a constant with exact narrow preimages
                        return self.leaf(shape, wide, proto.cls, preimage=(narrow, proto.ext[2]), const=True)
                    x = self.leaf(shape, narrow)
                    if r.random() < 0.3:
                        x = self.keep_shape(x)
                    if proto is None:
                        return self.cast(x, wide)
                    return self.cast(x, wide, *proto.castop)
                lines, y = self.scoped(region)
                if y is None:
                    break
                if proto is None:
                    proto = y
                regions.append(lines)
                ys.append(y)
            if len(ys) < nreg or proto is None or proto.ext is None:
                return self.chain()
            ext = proto.ext
        y0 = ys[0]
        cls = y0.cls
        for y in ys:
            cls = self.meet(cls, y.cls)
        rv = self.new(y0.shape, y0.et, cls, ext)
        # tosa.cond_if (upstream modes): the same branches, the condition
        # as a tensor<i1>, the regions reading outer values directly. TOSA
        # tensors have no 0 dims (the verifier rejects such a result); the
        # shape is tested after the draw, so that other programs keep
        # their draws.
        tosa_if = (kind == "if" and self.upstream() and r.random() < 0.35
                   and 0 not in rv.shape)
        if kind == "if":
            if tosa_if:
                ct = self.fresh("ct")
                self.emit("%s = tensor.from_elements %s : tensor<i1>" % (ct, cond))
                self.emit("%s = tosa.cond_if %s : tensor<i1> -> %s {" % (rv.name, ct, rv.type))
            else:
                self.emit("%s = scf.if %s -> (%s) {" % (rv.name, cond, rv.type))
            yield_op = "tosa.yield" if tosa_if else "scf.yield"
            for i, (lines, y) in enumerate(zip(regions, ys)):
                if i:
                    self.emit("} else {")
                self.body.extend(lines)
                self.emit("  %s %s : %s" % (yield_op, y.name, rv.type))
            self.emit("}")
        else:
            self.emit("%s = scf.index_switch %s -> %s" % (rv.name, cond, rv.type))
            for i, (lines, y) in enumerate(zip(regions, ys)):
                self.emit("case %d {" % i if i < nreg - 1 else "default {")
                self.body.extend(lines)
                self.emit("  scf.yield %s : %s" % (y.name, rv.type))
                self.emit("}")
        self.forms.add("tosa.cond_if" if tosa_if else
                       "scf." + ("if" if kind == "if" else "index_switch"))
        self.ops += 1
        if ext is not None and ys and all(getattr(y, "castop", None) for y in ys) and r.random() < 0.7:
            # widened out of the branch: move it, then maybe narrow
            self.values.append(rv)
            v = self.moves(rv, r.choice([1, 2]))
            if r.random() < 0.5:
                self.finish(v, 0.0)
            else:
                self.results.append(v)
            return
        self.finish(rv)

    def loop_op(self, kind):
        """scf.for with 1-3 iterations (constant bounds) or scf.while (in
        tosa and mixed modes a third of them as tosa.while_loop, counting
        in a tensor<i32>), carrying a tensor through shape-preserving data
        movement, narrowed after the loop (the pass carries it narrow)."""
        r = self.rng
        v = self.start_value(nonzero=True)
        if r.random() < 0.4:
            v = self.moves(v, 1)
        n = r.randint(1, 3)
        lb, ub, st = self.fresh("lb"), self.fresh("ub"), self.fresh("st")
        self.emit("%s = arith.constant 0 : index" % lb)
        self.emit("%s = arith.constant %d : index" % (ub, n))
        self.emit("%s = arith.constant 1 : index" % st)
        acc = Val(self.fresh("acc"), v.shape, v.et, v.cls, v.ext)

        def body(a):
            y = a
            for _ in range(r.choice([1, 1, 2])):
                y = self.keep_shape(y)
                self.ops += 1
            return y
        lines, y = self.scoped(lambda: body(acc))
        if y.shape != v.shape:
            return self.chain()
        rv = self.new(v.shape, v.et, self.meet(v.cls, y.cls), v.ext)
        if kind == "for":
            iv = self.fresh("iv")
            self.emit("%s = scf.for %s = %s to %s step %s iter_args(%s = %s) -> (%s) {" % (
                rv.name, iv, lb, ub, st, acc.name, v.name, v.type))
            self.body.extend(lines)
            self.emit("  scf.yield %s : %s" % (y.name, v.type))
            self.emit("}")
            self.forms.add("scf.for")
        else:
            i, j, b = self.fresh("it"), self.fresh("jt"), self.fresh("b")
            go, j1 = self.fresh("go"), self.fresh("jt")
            acc2 = Val(b, v.shape, v.et, rv.cls, v.ext)
            lines2, y2 = self.scoped(lambda: body(acc2))
            if y2.shape != v.shape:
                return self.chain()
            w = rv.name
            # tosa.while_loop (upstream modes, a third of the loops): its
            # cond region only compares a tensor<i32> counter (it cannot
            # pass on a moved value), the body moves the carried tensor.
            # `lines`, made for scf.while's before region, is left out.
            tosa_while = self.upstream() and r.random() < 1 / 3
            if tosa_while:
                i0, ni, one = self.fresh("ci"), self.fresh("cn"), self.fresh("c1")
                ca = self.fresh("ca")
                i32 = "tensor<i32>"
                for name, val in ((i0, 0), (ni, n), (one, 1)):
                    self.emit('%s = "tosa.const"() {values = dense<%d> : %s} : () -> %s' % (
                        name, val, i32, i32))
                self.emit("%s:2 = tosa.while_loop (%s = %s, %s = %s) : (%s, %s) -> (%s, %s) {" % (
                    w, i, i0, ca, v.name, i32, v.type, i32, v.type))
                self.emit("  %s = tosa.greater %s, %s : (%s, %s) -> tensor<i1>" % (
                    go, ni, i, i32, i32))
                self.emit("  tosa.yield %s : tensor<i1>" % go)
                self.emit("} do {")
                self.emit("^bb0(%s: %s, %s: %s):" % (j, i32, b, v.type))
                self.body.extend(lines2)
                self.emit("  %s = tosa.add %s, %s : (%s, %s) -> %s" % (j1, j, one, i32, i32, i32))
                self.emit("  tosa.yield %s, %s : %s, %s" % (j1, y2.name, i32, v.type))
                self.emit("}")
            else:
                self.emit("%s:2 = scf.while (%s = %s, %s = %s) : (index, %s) -> (index, %s) {" % (
                    w, i, lb, acc.name, v.name, v.type, v.type))
                self.body.extend(lines)
                self.emit("  %s = arith.cmpi slt, %s, %s : index" % (go, i, ub))
                self.emit("  scf.condition(%s) %s, %s : index, %s" % (go, i, y.name, v.type))
                self.emit("} do {")
                self.emit("^bb0(%s: index, %s: %s):" % (j, b, v.type))
                self.body.extend(lines2)
                self.emit("  %s = arith.addi %s, %s : index" % (j1, j, st))
                self.emit("  scf.yield %s, %s : index, %s" % (j1, y2.name, v.type))
                self.emit("}")
            rv = Val(w + "#1", v.shape, v.et, self.meet(rv.cls, y2.cls), v.ext)
            self.forms.add("tosa.while_loop" if tosa_while else "scf.while")
        self.ops += 1
        self.finish(rv)

    def callee(self, arg, body):
        """A private function of one argument (arg's type): its body is
        body(a) emitted with constant inputs only. -> (name, result Val)"""
        name = "@f%d" % (len(self.funcs) + 1)
        a = Val(self.fresh("fa"), arg.shape, arg.et, arg.cls, arg.ext)
        saved_in = self.in_func
        self.in_func = True
        self.values, saved_vals = [], self.values
        lines, y = self.scoped(lambda: body(a))
        self.values = saved_vals
        self.in_func = saved_in
        if y is None or y is a:
            return None, None
        text = ["func.func private %s(%s: %s) -> %s {" % (name, a.name, a.type, y.type)]
        text += lines
        text += ["  return %s : %s" % (y.name, y.type), "}"]
        self.funcs.append("\n".join(text))
        return name, y

    def call(self, fname, v, y):
        rv = self.new(y.shape, y.et, y.cls, y.ext)
        self.emit("%s = call %s(%s) : (%s) -> %s" % (rv.name, fname, v.name, v.type, y.type))
        self.forms.add("call")
        self.ops += 1
        return rv

    def call_form(self):
        """Calls of private functions: a callee that moves its argument
        (the caller narrows the result: the cast moves into the callee and
        up), or one that only narrows its argument (the cast moves to the
        call site); sometimes a second call site, with the same cast, a
        different one, or none."""
        r = self.rng
        if r.random() < 0.6:
            v = self.start_value()
            fname, y = self.callee(v, lambda a: self.moves(a, r.choice([1, 2, 3])))
            if fname is None:
                return self.chain()
            rv = self.call(fname, v, y)
            c = self.finish(rv, 0.05)
            if r.random() < 0.5:
                w = self.fresh_like(v)
                rv2 = self.call(fname, w, y)
                u = r.random()
                if u < 0.6 and c is not rv and getattr(c, "castop", None) and c.shape == rv.shape:
                    c2 = self.cast(rv2, c.et, *c.castop)
                    self.results.append(c2 or rv2)
                elif u < 0.8:
                    self.finish(rv2, 0.0)
                else:
                    self.results.append(rv2)
            return
        v = self.start_value()
        if r.random() < 0.6:
            v = self.moves(v, r.choice([1, 2]))
        t = self.narrower_type(v.et)

        def body(a):
            c = self.cast(a, t) if t is not None else None
            if c is None:
                return None
            if r.random() < 0.5:
                c = self.move(c)
            return c
        fname, y = self.callee(v, body)
        if fname is None:
            return self.chain()
        self.results.append(self.call(fname, v, y))
        if r.random() < 0.4:
            w = self.fresh_like(v)
            if r.random() < 0.5:
                w = self.move(w)
            if w.type == v.type:
                self.results.append(self.call(fname, w, y))

    def structured(self):
        r = self.rng
        k = r.choice(["if", "switch", "for", "for", "while", "call", "call"])
        if k in ("if", "switch"):
            return self.branch_op(k)
        if k in ("for", "while"):
            return self.loop_op(k)
        return self.call_form()

    # ----------------------------------------------------------- driver
    def move(self, v):
        r = self.rng
        for _ in range(10):
            f = r.choice(self.move_ops(v))
            o = f(v)
            if o is not None:
                v.uses += 1
                o.ext = v.ext
                self.ops += 1
                self.values.append(o)
                return o
        return v

    def chain(self):
        r = self.rng
        style = r.choice(["up", "up", "down", "down", "both", "both", "plain"])
        # start: an existing value (fan-out / DAG) or a fresh input
        if self.values and r.random() < 0.2:
            v = r.choice(self.values)
            if style in ("down", "both") and not v.ext:
                style = "up"
        else:
            wide = r.choice(FLOATS[:4] + INTS[:3] + ["f32", "f32"])
            if style in ("down", "both"):
                narrow = self.narrower_type(wide)
                src = self.leaf(self.rand_shape(), narrow)
                v = self.cast(src, wide)
                if v is None:
                    v = src
            else:
                v = self.leaf(self.rand_shape(), wide)
            self.values.append(v)
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            if self.ops >= self.max_ops:
                break
            v = self.move(v)
            if r.random() < 0.12:
                self.results.append(v)  # fan-out: the wide value escapes too
        if style in ("up", "both") or r.random() < 0.2:
            t = self.narrower_type(v.et)
            if t is not None:
                c = self.cast(v, t)
                if c is not None:
                    self.values.append(c)
                    v = c
                    if r.random() < 0.3 and self.ops < self.max_ops:
                        v = self.move(v)
        self.results.append(v)

    def sandwich(self):
        """The autocast sandwich: ext(x: narrow) -> data movement ->
        trunc back to narrow, with inputs rich in signaling NaNs and
        subnormals of the narrow type. The pass meets the pair
        trunc(ext(x)) here, which is exact only in exactness=values (an ext
        quiets signaling NaNs, a bf16 conversion may flush subnormals)."""
        r = self.rng
        narrow, wide = r.choice(SANDWICHES)
        src = self.leaf(self.rand_shape(), narrow, "edge")
        fams = self.cast_families(src)
        fam = r.choice(fams)
        v = self.cast(src, wide, fam)
        if v is None:
            return self.chain()
        self.values.append(v)
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            if self.ops >= self.max_ops:
                break
            v = self.move(v)
            if r.random() < 0.08:
                self.results.append(v)  # fan-out: the wide value escapes
        # mostly the same cast family back (an autocast pass emits pairs)
        c = self.cast(v, narrow, fam if r.random() < 0.7 else None)
        if c is not None:
            self.values.append(c)
            v = c
        self.results.append(v)

    def build(self):
        r = self.rng
        nchains = r.randint(1, 4)
        for _ in range(nchains):
            if self.ops >= self.max_ops:
                break
            if self.newforms and r.random() < (0.55 if self.features == "new" else 0.25):
                self.structured()
            elif r.random() < 0.35:
                self.sandwich()
            else:
                self.chain()
        # unique results, keep order
        seen, res = set(), []
        for v in self.results:
            if v.name not in seen:
                seen.add(v.name)
                res.append(v)
        if len(res) > 8:
            res = res[-8:]
        self.results = res

    def render(self):
        out = []
        out.append("// Generated by scripts/difftest/generate.py --seed %d --dialect %s --max-ops %d%s" % (
            self.seed, self.dialect, self.max_ops,
            "" if self.features == "all" else " --features " + self.features))
        out.append(results_comment([v.type for v in self.results]))
        out.append(FORMS_TAG + "".join(" " + f for f in sorted(self.forms)))
        for suffix in ("I16", "I32", "I64"):
            out.append("func.func private @printMemref%s(tensor<*x%s>) attributes { llvm.emit_c_interface }" % (
                suffix, suffix.lower()))
        out.extend(self.funcs)
        params = ", ".join("%s: %s" % (v.name, v.type) for v, _ in self.args)
        rtypes = ", ".join(v.type for v in self.results)
        out.append("func.func @kernel(%s) -> (%s) attributes { no_inline } {" % (params, rtypes))
        out.extend(self.body)
        out.append("  return %s : %s" % (", ".join(v.name for v in self.results), rtypes))
        out.append("}")
        out.append("")
        out.append("func.func @main() {")
        names = []
        for i, (v, elems) in enumerate(self.args):
            n = "%%in%d" % i
            names.append(n)
            out.append("  %s = arith.constant %s : %s" % (n, dense(v.shape, elems, v.et), v.type))
        atypes = ", ".join(v.type for v, _ in self.args)
        rn = ["%%r%d" % i for i in range(len(self.results))]
        lhs = "%%r:%d" % len(self.results) if len(self.results) > 1 else "%r"
        out.append("  %s = call @kernel(%s) : (%s) -> (%s)" % (lhs, ", ".join(names), atypes, rtypes))
        for i, v in enumerate(self.results):
            ref = "%%r#%d" % i if len(self.results) > 1 else "%r"
            t, sh = v.et, v.shape
            if numel(sh) == 0:
                # nothing to compare; printMemref of e.g. a 0x2 memref
                # prints a row of uninitialized memory.
                continue
            cur = ref
            if is_float(t):
                it = "i%d" % WIDTH[t]
                nxt = "%%b%d" % i
                out.append("  %s = arith.bitcast %s : %s to %s" % (nxt, cur, v.type, ttype(sh, it)))
                cur = nxt
            else:
                it = t
            if it == "i8":
                nxt = "%%w%d" % i
                out.append("  %s = arith.extsi %s : %s to %s" % (nxt, cur, ttype(sh, "i8"), ttype(sh, "i16")))
                cur, it = nxt, "i16"
            u = "%%u%d" % i
            out.append("  %s = tensor.cast %s : %s to tensor<*x%s>" % (u, cur, ttype(sh, it), it))
            out.append("  call @printMemref%s(%s) : (tensor<*x%s>) -> ()" % (it.upper(), u, it))
        out.append("  return")
        out.append("}")
        return "\n".join(out) + "\n"


RESULTS_TAG = "// difftest-results:"
# The new forms a program contains (run.py tallies them): arith.select,
# tosa.select, linalg.generic, tosa.negate, tosa.abs, arith.negf, math.absf,
# scf.if, tosa.cond_if, scf.index_switch, scf.for, scf.while,
# tosa.while_loop, call.
FORMS_TAG = "// difftest-forms:"
FORMS = ["arith.select", "tosa.select", "linalg.generic", "tosa.negate",
         "tosa.abs", "arith.negf", "math.absf", "scf.if", "tosa.cond_if",
         "scf.index_switch", "scf.for", "scf.while", "tosa.while_loop", "call"]


def results_comment(types):
    """The comment line run.py reads to know the element type of each
    printed result, in print order (zero-element results are not printed)."""
    ets = []
    for t in types:
        shape, et = t[len("tensor<"):-1].split("x")[:-1], t[len("tensor<"):-1].split("x")[-1]
        if numel([int(d) for d in shape]) != 0:
            ets.append(et)
    return RESULTS_TAG + "".join(" " + e for e in ets)


def generate(seed, dialect="mixed", max_ops=12, features="all"):
    g = Gen(seed, dialect, max_ops, features)
    g.build()
    return g.render()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--dialect", choices=["tmov", "tosa", "mixed"], default="mixed")
    ap.add_argument("--max-ops", type=int, default=12)
    ap.add_argument("--features", choices=["all", "old", "new"], default="all",
                    help="all: the data-movement chains plus, with moderate "
                    "probability, the newer forms (selects, linalg.generic, "
                    "negate/abs, scf.if/index_switch/for/while, calls); new: "
                    "biased toward the newer forms; old: none of them (the "
                    "programs of the generator before they were added)")
    ap.add_argument("--check-pools", action="store_true",
                    help="list each float type's signaling NaNs and subnormals "
                    "in the input pool; exit 1 if one is missing")
    a = ap.parse_args()
    if a.check_pools:
        for t in FLOATS:
            print("%s: %s" % (t, " ".join(fmt_elem(b, t) for b in edge_bits(t))))
        problems = check_pools()
        for p in problems:
            print("MISSING " + p)
        sys.exit(1 if problems else 0)
    if a.seed is None:
        ap.error("--seed is required")
    sys.stdout.write(generate(a.seed, a.dialect, a.max_ops, a.features))


if __name__ == "__main__":
    main()
