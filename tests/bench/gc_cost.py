"""gc_cost.py — what the cycle collector costs per object it frees.

    /usr/bin/python3 -S tests/bench/gc_cost.py --krait build/krait

Builds three variants of one program with krait — ten rings of 10,000
nodes made and dropped, then (a) one gc.collect() frees them all, (b) the
rings are broken before they are dropped, so reference counting frees
them, (c) nothing frees them — and counts the instructions each executes
under valgrind's callgrind.  (a) - (c) is the collector's cost including
the frees, (b) - (c) what freeing the same objects by reference counting
costs; both are printed per object.  A measurement, not a test.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

RINGS, NODES = 10, 10000

PROGRAM = """
import gc
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.next: Optional[Node] = None


def ring(n: int) -> None:
    head = Node(0)
    tail = head
    for i in range(1, n):
        nd = Node(i)
        tail.next = nd
        tail = nd
    tail.next = head
    BREAK


def main() -> None:
    for _ in range(RINGS):
        ring(NODES)
    print(COLLECT)


main()
"""

VARIANTS = {
    "collector": ("pass", "gc.collect()"),
    "refcount": ("tail.next = None", "0"),
    "leak": ("pass", "0"),
}


def instructions(krait, source, work, name):
    path = os.path.join(work, name + ".py")
    with open(path, "w") as f:
        f.write(source)
    out = os.path.join(work, name)
    subprocess.run([krait, "build", "-o", out, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mk = open(os.path.join(out, "krait.mk")).read()
    flags = re.search(r"^KRAIT_CFLAGS := (.*)$", mk, re.M).group(1).replace("$(KRAIT_OUT)", out)
    home = re.search(r"^KRAIT_HOME := (.*)$", mk, re.M).group(1)
    flags = flags.replace("$(KRAIT_HOME)", home).split()
    srcs = [os.path.join(out, n) for n in os.listdir(out) if n.endswith(".c")]
    rt = [os.path.join(home, "runtime", n) for n in sorted(os.listdir(os.path.join(home, "runtime"))) if n.endswith(".c")]
    exe = os.path.join(out, "prog")
    subprocess.run(["cc", "-O2"] + flags + ["-o", exe] + srcs + rt + ["-lm"], check=True)
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(work, name + ".cg"), exe],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return int(re.search(rb"refs:\s+([\d,]+)", p.stderr).group(1).replace(b",", b"")), p.stdout.decode().strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    args = ap.parse_args()
    counts = {}
    with tempfile.TemporaryDirectory() as work:
        for name, (brk, collect) in VARIANTS.items():
            src = (PROGRAM.replace("BREAK", brk).replace("COLLECT", collect)
                   .replace("RINGS", str(RINGS)).replace("NODES", str(NODES)))
            counts[name], out = instructions(os.path.abspath(args.krait), src, work, name)
            print("  %-9s %13d instructions  (printed %s)" % (name, counts[name], out))
    objects = RINGS * NODES
    print("gc_cost: %d objects; the collector %.0f instructions each, reference counting %.0f" % (
        objects, (counts["collector"] - counts["leak"]) / objects, (counts["refcount"] - counts["leak"]) / objects))
    return 0


if __name__ == "__main__":
    sys.exit(main())
