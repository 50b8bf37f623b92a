"""run_bench.py — krait against CPython and hand-written C on the same work.

    /usr/bin/python3 -S tests/bench/run_bench.py --krait build/krait [--repeat 3] [--no-callgrind]

For each kernel in tests/bench/kernels/ (NAME.py and its hand-written
NAME.c): checks that the three print the same, times each (best of
--repeat wall-clock runs; krait's program is built first and its cached
binary timed, so compile time is excluded), and counts instructions with
valgrind --tool=callgrind for krait and C (wall time on a shared machine is
noisy; instruction counts are not).  Prints the ratios krait/CPython and
krait/C.  Then the peak heap bytes of a list[int] of 10,000 elements under
krait (its heap statistics, krt_heap_stats) against CPython's tracemalloc
peak and the raw data size.  A measurement, not a test: it never fails on
speed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS = os.path.join(HERE, "kernels")


def best_time(cmd, repeat):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
        out = p.stdout
        best = min(best, dt)
    return best, out


def callgrind(cmd):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        m = re.search(rb"Collected : (\d+)", p.stderr)
        return int(m.group(1)) if m else None


def krait_binary(krait, py):
    env = dict(os.environ, KRAIT_VERBOSE="1")
    for var in ("KRAIT_SANITIZE", "KRAIT_DEBUG_HEAP"):
        env.pop(var, None)
    p = subprocess.run([krait, "run", py], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        sys.exit("krait run %s failed:\n%s" % (py, p.stderr.decode(errors="replace")))
    paths = re.findall(rb"^krait: (/\S+)$", p.stderr, re.M)
    if not paths:
        sys.exit("cannot find the program krait built for %s" % py)
    return paths[-1].decode()


# Peak heap of a list[int] of HEAP_N elements, built three ways: krait's
# heap statistics (krt_heap_stats: bytes the program asked for, headers of
# list objects included) against CPython's tracemalloc peak and the raw data.
HEAP_N = 10000
HEAP_CASES = [
    ("[0] * n", "data = [0] * %d" % HEAP_N),
    ("list(range(n))", "data = list(range(%d))" % HEAP_N),
    ("append loop", "data: list[int] = []\nfor i in range(%d):\n    data.append(i)" % HEAP_N),
]
HEAP_MAIN = r"""#include <stdio.h>
#include "krait/krt.h"
int heapm_init(void);
int main(void) {
    if (heapm_init() != 0) return 1;
    KrtHeapStats s;
    krt_heap_stats(&s);
    printf("%zu %zu\n", s.peak, s.in_use);
    return 0;
}
"""


def krait_heap_peak(krait, cc, code, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    py = os.path.join(d, "heapm.py")
    with open(py, "w") as f:
        f.write(code + "\n")
    out = os.path.join(d, "out")
    subprocess.run([krait, "build", py, "-o", out, "--entry", "lib"], check=True)
    mk = open(os.path.join(out, "krait.mk")).read()
    home = re.search(r"^KRAIT_HOME := (.*)$", mk, re.M).group(1)
    srcs = [s.replace("$(KRAIT_OUT)", out).replace("$(KRAIT_HOME)", home)
            for s in re.findall(r"\t(\$\(KRAIT_(?:OUT|HOME)\)/\S+\.c)", mk)]
    flags = re.search(r"^KRAIT_CFLAGS := (.*)$", mk, re.M).group(1)
    flags = flags.replace("$(KRAIT_OUT)", out).replace("$(KRAIT_HOME)", home).split()
    main_c = os.path.join(d, "main.c")
    with open(main_c, "w") as f:
        f.write(HEAP_MAIN)
    exe = os.path.join(d, "heapm")
    subprocess.run([cc, "-O2"] + flags + ["-o", exe, main_c] + srcs + ["-lm"], check=True)
    peak, in_use = subprocess.run([exe], stdout=subprocess.PIPE, check=True).stdout.split()
    return int(peak), int(in_use)


def cpython_heap_peak(python, code):
    prog = "import tracemalloc\ntracemalloc.start()\n%s\nprint(tracemalloc.get_traced_memory()[1])\n" % code
    p = subprocess.run([python, "-S", "-c", prog], stdout=subprocess.PIPE, check=True)
    return int(p.stdout.split()[-1])


def heap_report(args, tmp):
    raw = HEAP_N * 8
    print()
    print("peak heap bytes of a list[int] of %d elements (raw data %d B; target <= 1.1x raw)" % (HEAP_N, raw))
    print("%-16s %12s %8s %14s %8s" % ("built by", "krait peak", "x raw", "CPython peak", "x raw"))
    for label, code in HEAP_CASES:
        k_peak, _ = krait_heap_peak(args.krait, args.cc, code, tmp)
        c_peak = cpython_heap_peak(args.python, code)
        print("%-16s %12s %8.2f %14s %8.2f" % (label, "{:,}".format(k_peak), k_peak / raw,
                                                "{:,}".format(c_peak), c_peak / raw))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--no-heap", action="store_true", help="skip the list[int] peak heap measurement")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(KERNELS) if f.endswith(".py"))
    if args.names:
        names = [n for n in names if n in args.names]
    print("%-14s %10s %10s %10s %9s %9s %14s %14s %8s" % (
        "kernel", "CPython s", "krait s", "C s", "CPy/krait", "krait/C", "krait instr", "C instr", "instr x"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            py = os.path.join(KERNELS, name + ".py")
            c = os.path.join(KERNELS, name + ".c")
            cbin = os.path.join(tmp, name)
            subprocess.run([args.cc, "-std=c99", "-O2", "-ffp-contract=off", "-o", cbin, c, "-lm"], check=True)
            kbin = krait_binary(args.krait, py)
            t_py, out_py = best_time([args.python, "-S", py], args.repeat)
            t_k, out_k = best_time([kbin], args.repeat)
            t_c, out_c = best_time([cbin], args.repeat)
            same = "" if out_py == out_k == out_c else "  OUTPUTS DIFFER"
            i_k = i_c = None
            if not args.no_callgrind:
                i_k = callgrind([kbin])
                i_c = callgrind([cbin])
            print("%-14s %10.3f %10.3f %10.3f %9.1f %9.2f %14s %14s %8s%s" % (
                name, t_py, t_k, t_c, t_py / t_k, t_k / t_c,
                "{:,}".format(i_k) if i_k else "-", "{:,}".format(i_c) if i_c else "-",
                "%.2f" % (i_k / i_c) if i_k and i_c else "-", same))
        if not args.no_heap:
            heap_report(args, tmp)


if __name__ == "__main__":
    main()
