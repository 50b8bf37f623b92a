"""compare_corpus.py -- krait's parser against CPython's on a tree of .py files.

Usage: /usr/bin/python3 -S compare_corpus.py --krait PATH --python PATH
           [--dir DIR] [--limit N] [--show N] [--jobs N]

For every .py file under DIR (default /usr/lib/python3.11, recursively, in
sorted order) that CPython can parse, runs `krait dump-ast FILE` and
tests/parse/pyast_dump.py (with the given interpreter, -S) and compares the
two outputs byte for byte.  Files CPython cannot parse are skipped (counted).
Prints one line per failure, the first differing lines of the first few
failures, and the summary:

    N passed, M failed, K skipped (CPython cannot parse)

Exit status 0 when nothing failed.
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
PYAST_DUMP = os.path.join(HERE, "pyast_dump.py")
TIMEOUT = 120


def run(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -1, b"", b"timeout"


def first_difference(a, b, context=3):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end>"
        y = lb[i] if i < len(lb) else "<end>"
        if x != y:
            lines = ["    line %d:" % (i + 1)]
            for j in range(max(0, i - context), i):
                lines.append("      = " + la[j])
            lines.append("      krait:   " + x)
            lines.append("      cpython: " + y)
            return "\n".join(lines)
    return "    (identical text)"


def check(args, path):
    rc_py, out_py, err_py = run([args.python, "-S", PYAST_DUMP, path])
    if rc_py != 0:
        return "skip", path, ""
    rc_k, out_k, err_k = run([args.krait, "dump-ast", path])
    if rc_k != 0:
        msg = err_k.decode("utf-8", "replace").strip().splitlines()
        return "fail", path, "    krait failed (status %d): %s" % (
            rc_k, msg[0] if msg else "(no message)")
    if out_k != out_py:
        return "fail", path, first_difference(out_k, out_py)
    return "pass", path, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--krait", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--dir", default="/usr/lib/python3.11")
    ap.add_argument("--limit", type=int, default=0, help="stop after N files")
    ap.add_argument("--show", type=int, default=5,
                    help="print the first differing lines of this many failures")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    files = []
    for root, dirs, names in os.walk(args.dir):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".py"):
                files.append(os.path.join(root, name))
    if args.limit:
        files = files[:args.limit]

    passed = failed = skipped = 0
    shown = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for status, path, detail in pool.map(lambda p: check(args, p), files):
            if status == "pass":
                passed += 1
            elif status == "skip":
                skipped += 1
            else:
                failed += 1
                print("FAIL " + path)
                if shown < args.show:
                    print(detail)
                    shown += 1
    print("%d passed, %d failed, %d skipped (CPython cannot parse)" % (passed, failed, skipped))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
