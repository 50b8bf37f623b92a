"""storage_share.py — where the allocation sites of the test programs live.

    python3 -S tests/bench/storage_share.py --krait build/krait

Runs `krait budget --stack-estimate --report-json -` on every program of
tests/programs/ that krait compiles and prints the share of allocation sites
per storage class (constant, static, stack, heap), then the commonest
reasons heap sites give.  A measurement, not a test.
"""
import argparse
import collections
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    args = ap.parse_args()
    storage = collections.Counter()
    reasons = collections.Counter()
    programs = 0
    for path in sorted(glob.glob(os.path.join(HERE, "..", "programs", "*.py"))):
        p = subprocess.run([args.krait, "budget", "--stack-estimate", "--report-json", "-", path],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if p.returncode != 0:
            continue
        programs += 1
        for site in json.loads(p.stdout.decode("utf-8"))["sites"]:
            storage[site["storage"]] += 1
            if site["storage"] == "heap":
                reasons[(site["why"] or "").split(" at ")[0].split(" (")[0]] += 1
    total = sum(storage.values())
    print("%d programs, %d allocation sites" % (programs, total))
    for kind in ("constant", "static", "stack", "heap"):
        print("  %-8s %6d  %5.1f%%" % (kind, storage[kind], 100.0 * storage[kind] / max(total, 1)))
    print("commonest reasons for the heap:")
    for why, n in reasons.most_common(8):
        print("  %6d  %s" % (n, why))


if __name__ == "__main__":
    main()
