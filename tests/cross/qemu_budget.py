#!/usr/bin/env python3
"""The memory budget against a real run on a Cortex-M3 (QEMU mps2-an385).

For each example program: `krait build --target cortex-m3 --heap 8K`, a
firmware-style make (tests/cross/qemu/Makefile includes krait.mk), a run
in QEMU with the stack painted (tests/cross/qemu/startup.c).  The run must
print what CPython prints, and the figures it measures must stay within
what `krait budget` reported for the same target:

  - the stack's high-water mark <= the worst-case stack of the report,
  - the heap's peak <= the report's heap peak bound (when it claims one)
    and <= the arena.

Prints one line per program with both figures (the closing note of the
memory work quotes them).  Usage: qemu_budget.py --krait KRAIT [PROGRAM.py...]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = ["examples/pid/pid.py", "examples/sensor_log/sensor_log.py", "examples/packets/packets.py"]
OPTIONS = ["--target", "cortex-m3", "--heap", "8K"]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)


def check(krait, path, work):
    name = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(work, name)
    p = run([krait, "build"] + OPTIONS + ["-o", out, path])
    if p.returncode != 0:
        return None, "krait build failed:\n" + p.stderr.decode(errors="replace")
    budget = run([krait, "budget", "--report-json", "-"] + OPTIONS + [path])
    if budget.returncode != 0:
        return None, "krait budget failed:\n" + budget.stderr.decode(errors="replace")
    report = json.loads(budget.stdout.decode())
    m = run(["make", "-s", "-f", os.path.join(HERE, "qemu", "Makefile"), "OUT=" + out, "PROG=" + name, "run"])
    py = run([sys.executable, path])
    lines = m.stdout.decode(errors="replace").splitlines()
    own = [l for l in lines if l.startswith("krait: ")]
    program = "".join(l + "\n" for l in lines if not l.startswith("krait: "))
    if m.returncode != 0:
        return None, "run on QEMU exited %d:\n%s%s" % (m.returncode, m.stdout.decode(errors="replace"),
                                                      m.stderr.decode(errors="replace")[-2000:])
    if program != py.stdout.decode(errors="replace"):
        return None, "output differs from CPython's:\n%s\nCPython:\n%s" % (program, py.stdout.decode(errors="replace"))
    heap = stack = None
    for l in own:
        h = re.match(r"krait: heap peak (\d+) B", l)
        s = re.match(r"krait: stack high-water (\d+) B", l)
        if h:
            heap = int(h.group(1))
        if s:
            stack = int(s.group(1))
    if heap is None or stack is None:
        return None, "no heap or stack figure in the run's output: %r" % own
    figures = {"name": name, "stack_reported": report["stack"]["bytes"], "stack_measured": stack,
               "heap_bound": report.get("heap_peak_bound"), "heap_arena": report["heap_arena"], "heap_measured": heap}
    problems = []
    if report["stack"]["unbounded"]:
        problems.append("the report says the stack is unbounded")
    elif stack > figures["stack_reported"]:
        problems.append("stack high-water %d B over the reported worst case %d B" % (stack, figures["stack_reported"]))
    if figures["heap_bound"] is not None and heap > figures["heap_bound"]:
        problems.append("heap peak %d B over the reported bound %d B" % (heap, figures["heap_bound"]))
    if heap > figures["heap_arena"]:
        problems.append("heap peak %d B over the arena %d B" % (heap, figures["heap_arena"]))
    return figures, "; ".join(problems) or None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = args.programs or [os.path.join(ROOT, p) for p in EXAMPLES]
    failed = 0
    print("program        stack: reported  measured   heap: bound  arena  measured peak   (cortex-m3, QEMU)")
    with tempfile.TemporaryDirectory() as work:
        for path in programs:
            figures, why = check(os.path.abspath(args.krait), path, work)
            if figures:
                bound = figures["heap_bound"]
                print("%-14s %15d B %8d B %11s %6d B %8d B" % (
                    figures["name"], figures["stack_reported"], figures["stack_measured"],
                    "%d B" % bound if bound is not None else "unbounded", figures["heap_arena"],
                    figures["heap_measured"]))
            if why:
                failed += 1
                print("FAIL %s: %s" % (os.path.basename(path), why))
    print("qemu_budget: %d passed, %d failed" % (len(programs) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
