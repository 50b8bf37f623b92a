"""parse_stdlib.py — front-end speed: krait vs CPython's ast.parse.

    /usr/bin/python3 -S tests/bench/parse_stdlib.py --krait build/krait [--repeat 3] [--instructions]

Both parse the same files: every .py of Debian's CPython standard library that
CPython itself accepts.  krait runs `krait check` over all of them in one
process (the front end only at this stage); CPython runs ast.parse over them in
one process (reading files included in both).  Reports the best of --repeat
runs of each, the ratio, and krait's peak RSS.  Timings on a shared machine
are noisy; the ratio is what to read.  --instructions also counts the
instructions each process executes under valgrind's callgrind (start-up
included on both sides), a ratio the machine's load does not move.
"""
import argparse
import os
import re
import resource
import tempfile
import subprocess
import sys
import sysconfig
import time

PY_PARSE_ALL = r"""
import ast, sys, time, warnings
warnings.simplefilter("ignore")
files = sys.stdin.read().split("\n")
t0 = time.perf_counter()
for p in files:
    with open(p, "rb") as f:
        ast.parse(f.read(), p)
print(time.perf_counter() - t0)
"""


def corpus(python):
    root = subprocess.check_output([python, "-S", "-c",
                                    "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).decode().strip()
    files = []
    for d, subdirs, names in os.walk(root):
        subdirs.sort()
        if "site-packages" in d or "dist-packages" in d:
            continue
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
    check = ("import ast,sys,warnings\nwarnings.simplefilter('ignore')\n"
             "for p in sys.stdin.read().split('\\n'):\n"
             "  try: ast.parse(open(p,'rb').read(),p); print(p)\n"
             "  except (SyntaxError, ValueError): pass\n")
    out = subprocess.run([python, "-S", "-c", check], input="\n".join(files).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    return [l for l in out.split("\n") if l]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    args = ap.parse_args()
    files = corpus(args.python)
    lines = 0
    size = 0
    for p in files:
        with open(p, "rb") as f:
            data = f.read()
        size += len(data)
        lines += data.count(b"\n")
    krait_best = py_best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        p = subprocess.run([args.krait, "check", "--parse-only"] + files, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode(errors="replace")[:2000])
            sys.exit("krait check failed on the corpus")
        krait_best = min(krait_best, dt)
        out = subprocess.run([args.python, "-S", "-c", PY_PARSE_ALL], input="\n".join(files).encode(),
                             stdout=subprocess.PIPE, check=True).stdout
        py_best = min(py_best, float(out))
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("parse_stdlib: %d files, %d lines, %.1f MB" % (len(files), lines, size / 1e6))
    print("  krait check (whole process)   %7.3f s  %8.0f lines/s" % (krait_best, lines / krait_best))
    print("  CPython ast.parse (in-process) %7.3f s  %8.0f lines/s" % (py_best, lines / py_best))
    print("  ratio: krait is %.1fx faster than CPython's ast.parse" % (py_best / krait_best))
    print("  peak RSS of the largest child (krait or CPython): %.1f MB" % (rss_kb / 1024))
    # krait's own peak RSS, measured alone
    p = subprocess.Popen([args.krait, "check", "--parse-only"] + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    print("  krait peak RSS: %.1f MB" % (usage.ru_maxrss / 1024))
    if args.instructions:
        with tempfile.TemporaryDirectory() as tmp:
            listing = os.path.join(tmp, "files")
            with open(listing, "w") as f:
                f.write("\n".join(files))
            k = instructions([args.krait, "check", "--parse-only"] + files, tmp)
            script = os.path.join(tmp, "parse_all.py")
            with open(script, "w") as f:
                f.write(PY_PARSE_ALL.replace("sys.stdin.read()", "open(%r).read()" % listing))
            c = instructions([args.python, "-S", script], tmp)
        print("  instructions: krait %d, CPython %d: %.1fx fewer" % (k, c, c / k))


def instructions(cmd, tmp):
    """Instructions executed by cmd, counted by callgrind."""
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(tmp, "cg.out")] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return int(re.search(rb"refs:\s+([\d,]+)", p.stderr).group(1).replace(b",", b""))


if __name__ == "__main__":
    main()
