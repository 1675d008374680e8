#!/usr/bin/env python3
"""Trains the page-type model (a multinomial logistic regression) on features `sift eval --page-features` dumps.

Pure Python (no numpy needed). The feature names come from src/extract/page_type/features.rs and go into the
model file's header; Sift refuses a model whose names differ from its own.

Usage:
  sift eval --truth ../shared/devset/wcxb/ground-truth ../shared/devset/wcxb/html --page-features f.jsonl
  scripts/train-page-types.py check f.jsonl [--l2 X]     # train on half A, test on B, and the reverse;
                                                          # beside the hand rules on the same pages
  scripts/train-page-types.py train f.jsonl OUT.model [--l2 X] [--note TEXT] [--half A|B]
                                                          # train on every page (or on one half, to check
                                                          # what the model does to bodies on the other)

The hand rules' evidence for each type is among the features, so the model learns how far to trust each rule
besides what the page's shape adds.
"""
import json
import math
import re
import sys
from operator import mul

TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
ROOT = __file__.rsplit("/scripts/", 1)[0]


def names():
    src = open(f"{ROOT}/src/extract/page_type/features.rs", encoding="utf-8").read()
    block = src.split("pub const NAMES: &[&str] = &[", 1)[1].split("];", 1)[0]
    return re.findall(r"\"([a-z0-9_]+)\"", block)


def load(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    n = len(names())
    if any(len(r["features"]) != n for r in rows):
        sys.exit(f"{path}: rows without {n} features: dumped by another version of Sift?")
    return [r for r in rows if r["type"] in TYPES]


def standardise(X):
    """Mean and spread of each feature over the values known (an unknown one is dumped as null)."""
    d = len(X[0])
    mean, scale = [], []
    for j in range(d):
        known = [x[j] for x in X if x[j] is not None]
        m = sum(known) / len(known) if known else 0.0
        var = sum((v - m) ** 2 for v in known) / len(known) if known else 0.0
        mean.append(m)
        scale.append(math.sqrt(var) if var > 1e-12 else 1.0)
    return mean, scale


# Standardised values are held within +-LIMIT, as src/extract/page_type/model.rs does.
LIMIT = 4.0


def apply(X, mean, scale):
    """Standardised rows; an unknown value sits at the mean (0), as in model.rs."""
    return [
        [0.0 if v is None else min(LIMIT, max(-LIMIT, (v - m) / s)) for v, m, s in zip(x, mean, scale)]
        for x in X
    ]


def softmax(z):
    top = max(z)
    e = [math.exp(v - top) for v in z]
    s = sum(e)
    return [v / s for v in e]


def train(X, y, l2, iters=600, lr=0.05):
    """Full-batch Adam on the mean cross-entropy plus l2/2 * |W|^2."""
    n, d, k = len(X), len(X[0]), len(TYPES)
    cols = [[x[j] for x in X] for j in range(d)]
    W = [[0.0] * d for _ in range(k)]
    b = [0.0] * k
    mW = [[0.0] * d for _ in range(k)]
    vW = [[0.0] * d for _ in range(k)]
    mb, vb = [0.0] * k, [0.0] * k
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        E = [[0.0] * n for _ in range(k)]
        for i, x in enumerate(X):
            p = softmax([b[c] + sum(map(mul, W[c], x)) for c in range(k)])
            for c in range(k):
                E[c][i] = (p[c] - (1.0 if y[i] == c else 0.0)) / n
        for c in range(k):
            gb = sum(E[c])
            mb[c] = b1 * mb[c] + (1 - b1) * gb
            vb[c] = b2 * vb[c] + (1 - b2) * gb * gb
            b[c] -= lr * (mb[c] / (1 - b1**t)) / (math.sqrt(vb[c] / (1 - b2**t)) + eps)
            Wc, mc, vc, Ec = W[c], mW[c], vW[c], E[c]
            for j in range(d):
                g = sum(map(mul, Ec, cols[j])) + l2 * Wc[j]
                mc[j] = b1 * mc[j] + (1 - b1) * g
                vc[j] = b2 * vc[j] + (1 - b2) * g * g
                Wc[j] -= lr * (mc[j] / (1 - b1**t)) / (math.sqrt(vc[j] / (1 - b2**t)) + eps)
    return W, b


def predict(W, b, x):
    z = [bc + sum(map(mul, Wc, x)) for Wc, bc in zip(W, b)]
    return max(range(len(z)), key=lambda c: z[c])


def by_rules(x):
    rules = x[: len(TYPES)]
    best = 0
    for c, v in enumerate(rules):
        if v > rules[best]:
            best = c
    return best


def confusion(y, p):
    lines = ["  annotated\\told " + " ".join(f"{t[:6]:>6}" for t in TYPES)]
    for a, t in enumerate(TYPES):
        row = [sum(1 for yi, pi in zip(y, p) if yi == a and pi == c) for c in range(len(TYPES))]
        lines.append(f"  {t:<15}" + " ".join(f"{v:>6}" for v in row))
    return "\n".join(lines)


def accuracy(y, p):
    return sum(1 for a, b in zip(y, p) if a == b) / max(1, len(y))


def split(rows, half):
    part = [r for r in rows if r["half"] == half]
    return [r["features"] for r in part], [TYPES.index(r["type"]) for r in part]


def check(path, l2):
    rows = load(path)
    ys, ps, rs = [], [], []
    for train_half, test_half in (("A", "B"), ("B", "A")):
        Xtr, ytr = split(rows, train_half)
        Xte, yte = split(rows, test_half)
        mean, scale = standardise(Xtr)
        W, b = train(apply(Xtr, mean, scale), ytr, l2)
        p = [predict(W, b, x) for x in apply(Xte, mean, scale)]
        r = [by_rules(x) for x in Xte]
        print(f"trained on {train_half}, tested on {test_half} ({len(yte)} pages): "
              f"model {accuracy(yte, p):.3f}, hand rules {accuracy(yte, r):.3f}")
        ys += yte
        ps += p
        rs += r
    print(f"both halves, each unseen: model {accuracy(ys, ps):.3f}, hand rules {accuracy(ys, rs):.3f}")
    print(confusion(ys, ps))


def write(path, l2, out, note, half):
    rows = [r for r in load(path) if not half or r["half"] == half]
    X = [r["features"] for r in rows]
    y = [TYPES.index(r["type"]) for r in rows]
    mean, scale = standardise(X)
    W, b = train(apply(X, mean, scale), y, l2)
    p = [predict(W, b, x) for x in apply(X, mean, scale)]
    fmt = lambda v: f"{v:.5g}"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Sift page-type model: multinomial logistic regression, written by scripts/train-page-types.py\n")
        f.write(f"# trained on {len(y)} pages (l2 {l2}); accuracy on them {accuracy(y, p):.3f}\n")
        if note:
            f.write(f"# {note}\n")
        f.write("features " + " ".join(names()) + "\n")
        f.write("mean " + " ".join(map(fmt, mean)) + "\n")
        f.write("scale " + " ".join(map(fmt, scale)) + "\n")
        for t, Wc, bc in zip(TYPES, W, b):
            f.write(f"class {t} {fmt(bc)} " + " ".join(map(fmt, Wc)) + "\n")
    print(f"{out}: {len(y)} pages, accuracy on them {accuracy(y, p):.3f}")


def main(argv):
    l2 = 0.01
    note = ""
    half = ""
    if "--half" in argv:
        i = argv.index("--half")
        half = argv[i + 1]
        del argv[i : i + 2]
    if "--l2" in argv:
        i = argv.index("--l2")
        l2 = float(argv[i + 1])
        del argv[i : i + 2]
    if "--note" in argv:
        i = argv.index("--note")
        note = argv[i + 1]
        del argv[i : i + 2]
    if len(argv) == 2 and argv[0] == "check":
        check(argv[1], l2)
    elif len(argv) == 3 and argv[0] == "train":
        write(argv[1], l2, argv[2], note, half)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    n = len(names())
    return 0 if n else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
