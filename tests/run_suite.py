"""run_suite.py — krait's file-driven test suites, run by CTest.

    run_suite.py --krait BUILD/krait --python /usr/bin/python3 SUITE [NAME...]

Suites:
  parse     tests/parse/NAME.py: `krait dump-ast` must print NAME.ast, and
            NAME.ast must still be what CPython's ast gives (pyast_dump.py).
  errors    tests/errors/NAME.py: `krait check` must exit 1 and print exactly
            the diagnostics named by the file's `# error: LINE:COL: text`
            comments (and, with `# note: LINE:COL: text`, those notes).
  programs  tests/programs/NAME.py: NAME.exp must still be CPython's stdout,
            and krait must accept the program (`krait check`).  Once the
            compiler emits C, `krait run` output is compared as well.
  heapbound tests/programs/NAME.py: where `krait budget` claims a bound on
            the heap peak, the measured peak of a run must be within it.
  budget    tests/budget/NAME.py: the `# budget:` figures of the report, and
            the measured heap peak within any bound the report claims.
  corpus    every .py file of Debian's CPython standard library that CPython
            itself parses must pass `krait check`; where the AST dumper is
            present, krait's AST must equal CPython's for each file.

CPython is the oracle: expectations come from it, never from krait.  The last
line printed is "N passed, M failed".
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")


def run(cmd, timeout=120, stdin=subprocess.DEVNULL):
    try:
        p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b"timed out after %d s" % timeout


def selected(folder, names, ext=".py"):
    files = sorted(f for f in os.listdir(folder) if f.endswith(ext)) if os.path.isdir(folder) else []
    if names:
        files = [f for f in files if f[: -len(ext)] in names or f in names]
    return [os.path.join(folder, f) for f in files]


class Tally:
    def __init__(self, suite):
        self.suite = suite
        self.passed = 0
        self.failed = []

    def ok(self):
        self.passed += 1

    def fail(self, name, why):
        self.failed.append(name)
        print("FAIL %s: %s" % (name, why.rstrip()))

    def finish(self):
        for name in self.failed[:50]:
            print("failed: %s" % name)
        print("%s: %d passed, %d failed" % (self.suite, self.passed, len(self.failed)))
        return 1 if self.failed or self.passed == 0 else 0


def suite_parse(args):
    t = Tally("parse")
    dumper = os.path.join(TESTS, "parse", "pyast_dump.py")
    for path in selected(os.path.join(TESTS, "parse"), args.names):
        name = os.path.basename(path)
        exp_path = path[:-3] + ".ast"
        if name in ("pyast_dump.py", "compare_corpus.py"):
            continue  # the tools of this suite, not test cases
        if not os.path.exists(exp_path):
            t.fail(name, "no expected dump %s" % exp_path)
            continue
        exp = open(exp_path, "rb").read()
        rc, oracle, err = run([args.python, "-S", dumper, path])
        if rc != 0 or oracle != exp:
            t.fail(name, "%s no longer matches CPython's AST (regenerate with pyast_dump.py)" % exp_path)
            continue
        rc, out, err = run([args.krait, "dump-ast", path])
        if rc != 0:
            t.fail(name, "krait dump-ast exited %s:\n%s" % (rc, err.decode(errors="replace")))
        elif out != exp:
            t.fail(name, first_difference(exp, out))
        else:
            t.ok()
    return t.finish()


def first_difference(exp, got):
    e = exp.decode(errors="replace").splitlines()
    g = got.decode(errors="replace").splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return "line %d differs:\n  expected: %s\n  krait:    %s" % (i + 1, a, b)
    return "outputs differ"


EXPECT_RE = re.compile(r"#\s*(error|note|warning):\s*(\d+):(\d+):\s*(.*?)\s*$")
DIAG_RE = re.compile(r"^(.*?):(\d+):(\d+): (error|note|warning): (.*)$")


def suite_errors(args):
    t = Tally("errors")
    for path in selected(os.path.join(TESTS, "errors"), args.names):
        name = os.path.basename(path)
        text = open(path, "rb").read().decode("utf-8", errors="replace")
        expected = []
        for line in text.splitlines():
            m = EXPECT_RE.search(line)
            if m:
                expected.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)))
        if not any(e[0] == "error" for e in expected):
            t.fail(name, "no '# error: LINE:COL: text' expectation in the file")
            continue
        options = []  # a "# krait-options: --int 32" line passes options to krait
        for line in text.splitlines():
            if line.startswith("# krait-options:"):
                options += line.split(":", 1)[1].split()
        rc, out, err = run([args.krait, "check"] + options + [path])
        got = []
        for line in err.decode(errors="replace").splitlines():
            m = DIAG_RE.match(line)
            if m and m.group(1) == path:
                got.append((m.group(4), int(m.group(2)), int(m.group(3)), m.group(5).strip()))
        kinds = {e[0] for e in expected}
        got_cmp = [g for g in got if g[0] in kinds or g[0] == "error"]
        if rc != 1:
            t.fail(name, "krait check exited %s, expected 1\n%s" % (rc, err.decode(errors="replace")))
        elif sorted(got_cmp) != sorted(expected):
            missing = [e for e in expected if e not in got_cmp]
            extra = [g for g in got_cmp if g not in expected]
            t.fail(name, "diagnostics differ\n  missing: %s\n  unexpected: %s" % (missing, extra))
        else:
            t.ok()
    return t.finish()


def last_line(data):
    lines = data.decode(errors="replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


CROSS_COMPILERS = [
    # (compiler, flags): the generated C must build warning-free with each
    ("clang", ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-ffp-contract=off"]),
    ("arm-none-eabi-gcc", ["-mcpu=cortex-m0", "-mthumb", "-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic",
                           "-Os", "-ffp-contract=off"]),
]


def compile_elsewhere(args, path):
    """krait build, then the C checked by clang and arm-none-eabi-gcc (the
    host gcc already built it in the runs).  None when all is well."""
    import shutil
    with tempfile.TemporaryDirectory() as out:
        options = [w for line in open(path, encoding="utf-8", errors="replace") if line.startswith("# krait-options:")
                   for w in line.split(":", 1)[1].split()]
        rc, _, err = run([args.krait, "build"] + options + [path, "-o", out])
        if rc != 0:
            return "krait build failed:\n" + err.decode(errors="replace")
        sources = sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".c"))
        for cc, flags in CROSS_COMPILERS:
            if not shutil.which(cc):
                continue
            cmd = [cc] + flags + ["-fsyntax-only", "-I", out, "-I", os.path.join(ROOT, "include")] + sources
            rc, _, err = run(cmd)
            if rc != 0:
                return "%s rejected the generated C:\n%s" % (cc, err.decode(errors="replace")[-1500:])
    return None


def check_program(args, path):
    """One program: ("ok", None), ("skip", why) or ("fail", why)."""
    exp_path = path[:-3] + ".exp"
    if not os.path.exists(exp_path):
        return "fail", "no expected output %s (generate it with CPython)" % exp_path
    prc, pout, perr = run([args.python, "-S", path])
    if pout != open(exp_path, "rb").read():
        return "fail", "%s no longer matches CPython's output" % exp_path
    options = []  # a "# krait-options: --int 32" line compiles the program with those options
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("# krait-options:"):
            options += line.split(":", 1)[1].split()
    krc, kout, kerr = run([args.krait, "check"] + options + [path])
    if krc != 0:
        errors = [l for l in kerr.decode(errors="replace").splitlines() if ": error: " in l]
        if errors and all("not supported yet" in l for l in errors):
            return "skip", errors[0].split(": error: ", 1)[1]
        return "fail", "krait check exited %s:\n%s" % (krc, kerr.decode(errors="replace"))
    for mode in ("KRAIT_DEBUG_HEAP+KRAIT_SANITIZE",):
        env = dict(os.environ, KRAIT_DEBUG_HEAP="1", KRAIT_SANITIZE="1")
        try:
            p = subprocess.run([args.krait, "run"] + options + [path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=300, env=env)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired:
            rc, out, err = "timeout", b"", b""
        why = None
        if rc != prc:
            why = "exit status %s, CPython %s" % (rc, prc)
        elif out != pout:
            why = first_difference(pout, out)
        elif prc != 0 and last_line(err) != last_line(perr):
            why = "last stderr line %r, CPython %r" % (last_line(err), last_line(perr))
        elif (b"runtime error:" in err or b"AddressSanitizer" in err):
            why = "sanitizer report:\n" + err.decode(errors="replace")[-2000:]
        if why:
            return "fail", "%s run: %s\n%s" % (mode, why, err.decode(errors="replace")[-1500:])
    why = tiny_heap_run(args, path, options, prc, pout, perr)
    if why:
        return "fail", why
    why = compile_elsewhere(args, path)
    if why:
        return "fail", why
    return "ok", None


TINY_HEAP = "2048"


def tiny_heap_run(args, path, options, prc, pout, perr):
    """The program again, with a heap far too small (and ASan, UBSan and the
    debug heap): it must behave exactly as CPython, or stop with a clean
    MemoryError traceback after a prefix of CPython's output — never crash,
    hang, leak or trip a sanitizer.  The binary of the first run serves
    (krait's cache): the debug heap's KRT_DEBUG_HEAP_LIMIT makes every
    allocation past TINY_HEAP bytes in use fail, as a heap that small would.
    None when it does."""
    if "--heap" in options:
        return None
    env = dict(os.environ, KRAIT_DEBUG_HEAP="1", KRAIT_SANITIZE="1", KRT_DEBUG_HEAP_LIMIT=TINY_HEAP)
    try:
        p = subprocess.run([args.krait, "run"] + options + [path], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, env=env)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "heap limit %s run: timed out" % TINY_HEAP
    if b"runtime error:" in err or b"AddressSanitizer" in err:
        return "heap limit %s run: sanitizer report:\n%s" % (TINY_HEAP, err.decode(errors="replace")[-2000:])
    if rc == prc and out == pout and (prc == 0 or last_line(err) == last_line(perr)):
        return None
    if rc == 1 and last_line(err) == "MemoryError" and pout.startswith(out):
        return None
    return "heap limit %s run: exit %s, neither CPython's output nor a MemoryError after a prefix of it\n%s\n%s" % (
        TINY_HEAP, rc, first_difference(pout, out), err.decode(errors="replace")[-1500:])


def suite_programs(args):
    """Each program's stdout, exit status and last stderr line (the
    exception) must be CPython's.  krait runs it with the debug heap (a
    leaked block fails the run) and ASan+UBSan together; then a second time with
    a heap far too small, where a clean MemoryError is also accepted.  A program krait
    refuses only with "not supported yet" diagnostics is counted as skipped
    and listed when tests/programs/expected_skips.txt names it (the compiler
    does not cover it yet); any other skip fails, so a program that compiled
    once cannot silently stop compiling.  Programs are checked
    KRAIT_TEST_JOBS at a time (default 2)."""
    from concurrent.futures import ThreadPoolExecutor
    t = Tally("programs")
    skipped = []
    paths = selected(os.path.join(TESTS, "programs"), args.names)
    jobs = int(os.environ.get("KRAIT_TEST_JOBS", "2"))
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(lambda p: check_program(args, p), paths))
    expected = set()  # programs allowed to be skipped: any other skip is a regression
    listed = os.path.join(TESTS, "programs", "expected_skips.txt")
    if os.path.exists(listed):
        expected = {l.split("#")[0].strip() for l in open(listed, encoding="utf-8")} - {""}
    for path, (status, why) in zip(paths, results):
        name = os.path.basename(path)
        if status == "ok":
            t.ok()
            if name in expected:
                print("note: %s passes now; remove it from tests/programs/expected_skips.txt" % name)
        elif status == "skip" and name in expected:
            skipped.append((name, why))
        elif status == "skip":
            t.fail(name, "skipped (%s), but not listed in tests/programs/expected_skips.txt: "
                         "a program that krait compiled before no longer compiles?" % why)
        else:
            t.fail(name, why)
    for name, why in skipped:
        print("skipped %s: %s" % (name, why))
    print("programs: %d skipped (compiler does not cover them yet)" % len(skipped))
    failed = len(t.failed)
    print("%d passed, %d failed, %d skipped" % (t.passed, failed, len(skipped)))
    return 1 if failed or t.passed == 0 else 0


ORACLE_PARSES = r"""
import ast, os, sys, sysconfig, warnings
warnings.simplefilter("ignore")
root = sysconfig.get_paths()["stdlib"]
for d, subdirs, files in os.walk(root):
    subdirs.sort()
    if "site-packages" in d or "dist-packages" in d:
        continue
    for f in sorted(files):
        if f.endswith(".py"):
            p = os.path.join(d, f)
            try:
                ast.parse(open(p, "rb").read(), p)
                print("ok", p)
            except (SyntaxError, ValueError):
                print("bad", p)
"""


def suite_corpus(args):
    t = Tally("corpus")
    rc, out, err = run([args.python, "-S", "-c", ORACLE_PARSES], timeout=600)
    if rc != 0:
        print(err.decode(errors="replace"))
        return 1
    good, bad = [], []
    for line in out.decode().splitlines():
        kind, path = line.split(" ", 1)
        (good if kind == "ok" else bad).append(path)
    print("corpus: %d files CPython parses, %d it rejects (excluded)" % (len(good), len(bad)))
    start = time.time()
    chunk = 200
    for i in range(0, len(good), chunk):
        part = good[i:i + chunk]
        rc, out, err = run([args.krait, "check", "--parse-only"] + part, timeout=600)
        if rc == 0:
            t.passed += len(part)
            continue
        # find the failing files one by one
        for p in part:
            rc1, _, err1 = run([args.krait, "check", "--parse-only", p])
            if rc1 == 0:
                t.ok()
            else:
                t.fail(p, "krait check exited %s: %s" % (rc1, err1.decode(errors="replace")[:600]))
    print("corpus: krait check of %d files took %.2f s" % (len(good), time.time() - start))
    compare = os.path.join(TESTS, "parse", "compare_corpus.py")
    status = t.finish()
    if os.path.exists(compare):
        rc, out, err = run([args.python, "-S", compare, "--krait", args.krait, "--python", args.python],
                           timeout=1200)
        sys.stdout.write(out.decode(errors="replace"))
        sys.stdout.write(err.decode(errors="replace"))
        if rc != 0:
            status = 1
    return status


BUDGET_RE = re.compile(r"^# budget: (.*)$")


def check_budget(report, heap, want, stderr=""):
    """One '# budget:' expectation against the JSON report (and the heap
    figures of a run); None when it holds, else what differs."""
    words = want.split()
    kind = words[0]
    if kind == "site":  # site LINE ["TEXT"] STORAGE [BYTES]: every site on that line (quoting that text)
        text = None
        m = re.match(r'site (\d+) "([^"]*)" (.*)$', want)
        if m:
            text = m.group(2)
            words = ["site", m.group(1)] + m.group(3).split()
        line, storage = int(words[1]), words[2]
        sites = [x for x in report["sites"] if x["line"] == line and (text is None or x["text"] == text)]
        if not sites:
            return "no allocation site on line %d" % line
        bad = [x for x in sites if x["storage"] != storage or (len(words) > 3 and x["bytes"] != int(words[3]))]
        if bad:
            return "line %d: %s" % (line, ", ".join("%s %s %d B (%s)" % (x["text"], x["storage"], x["bytes"], x["why"]) for x in bad))
        return None
    if kind == "sites":  # sites stack=N heap=M static=K
        got = {}
        for x in report["sites"]:
            got[x["storage"]] = got.get(x["storage"], 0) + 1
        for item in words[1:]:
            k, v = item.split("=")
            if got.get(k, 0) != int(v):
                return "%d %s sites, expected %s" % (got.get(k, 0), k, v)
        return None
    if kind == "static-ram":
        return None if report["static_ram"]["bytes"] == int(words[1]) else "static RAM %d B" % report["static_ram"]["bytes"]
    if kind == "stack":  # stack unbounded "f > f" | stack bounded CHAIN... | stack max N
        st = report["stack"]
        if words[1] == "unbounded":
            cycle = want.split(None, 2)[2] if len(words) > 2 else None
            if not st["unbounded"]:
                return "stack bounded (%d B), expected unbounded" % st["bytes"]
            return None if not cycle or st["chain"] == cycle else "cycle %r, expected %r" % (st["chain"], cycle)
        if words[1] == "bounded":
            chain = want.split(None, 2)[2] if len(words) > 2 else None
            if st["unbounded"]:
                return "stack unbounded: %s" % st["chain"]
            return None if not chain or st["chain"] == chain else "chain %r, expected %r" % (st["chain"], chain)
        if words[1] == "measured":  # the target compiler measured it
            return None if st["measured"] else "stack not measured"
        if words[1] == "max":
            return None if not st["unbounded"] and st["bytes"] <= int(words[2]) else "stack %d B" % st["bytes"]
    if kind == "warning":  # warning LINE:COL: text — krait warns so
        expected = ":%s warning: %s" % (words[1], want.split(None, 2)[2])
        return None if expected in stderr else "no warning %r in\n%s" % (expected, stderr)
    if kind == "warnings":  # warnings N: exactly N warnings
        n = stderr.count(" warning: ")
        return None if n == int(words[1]) else "%d warnings, expected %s:\n%s" % (n, words[1], stderr)
    if kind == "no-warning":
        return None if "warning:" not in stderr else "unexpected warning:\n%s" % stderr
    if kind == "heap-bound":  # heap-bound N | heap-bound unbounded [TEXT]: the bound the report claims
        bound, why = report.get("heap_peak_bound"), report.get("heap_peak_unbounded")
        if words[1] == "unbounded":
            text = want.split(None, 2)[2] if len(words) > 2 else None
            if bound is not None:
                return "heap peak bound %d B, expected unbounded" % bound
            return None if not text or text in why else "heap unbounded: %r, expected it to say %r" % (why, text)
        if bound is None:
            return "heap peak unbounded: %s" % why
        return None if bound == int(words[1]) else "heap peak bound %d B, expected %s" % (bound, words[1])
    if kind == "heap-peak":  # heap-peak N: the run's heap peak is at most N bytes
        if heap is None:
            return "no heap figures from the run"
        return None if heap[0] <= int(words[1]) else "heap peak %d B, allocations %d" % heap
    return "unknown expectation %r" % want


def host_heap_bound(args, report, options, run_opts, path):
    """The heap peak bound the report claims for the host, where the run is
    measured: the report's own, or (built for another target) the host's."""
    if run_opts == options:
        return report.get("heap_peak_bound"), report.get("heap_peak_unbounded")
    rc, out, err = run([args.krait, "budget", "--stack-estimate", "--report-json", "-"] + run_opts + [path])
    if rc != 0:
        return None, "krait budget exited %s" % rc
    host = json.loads(out.decode())
    return host.get("heap_peak_bound"), host.get("heap_peak_unbounded")


def heap_bound_holds(args, report, options, run_opts, path, heap):
    """Whenever the report claims a bound on the heap peak, the measured
    peak (KRAIT_HEAP_REPORT) must be within it.  None when it holds."""
    bound, _ = host_heap_bound(args, report, options, run_opts, path)
    if bound is None:
        return None
    if heap is None:
        return "no heap figures from the run to check the heap peak bound %d B" % bound
    if heap[0] > bound:
        return "measured heap peak %d B is over the claimed bound %d B" % (heap[0], bound)
    return None


def suite_heapbound(args):
    """tests/programs/*.py: for every program whose budget claims a bound
    on the heap peak, a run (with KRAIT_HEAP_REPORT) must measure a peak
    within it.  Programs with an unbounded heap are counted, not run."""
    from concurrent.futures import ThreadPoolExecutor
    t = Tally("heapbound")
    heap_re = re.compile(rb"^krait: heap peak (\d+) B, allocations (\d+)$", re.M)
    paths = selected(os.path.join(TESTS, "programs"), args.names)

    def one(path):
        options = [w for line in open(path, encoding="utf-8", errors="replace") if line.startswith("# krait-options:")
                   for w in line.split(":", 1)[1].split()]
        rc, out, err = run([args.krait, "budget", "--stack-estimate", "--report-json", "-"] + options + [path])
        if rc != 0:
            return "skip", None, None
        bound = json.loads(out.decode()).get("heap_peak_bound")
        if bound is None:
            return "unbounded", None, None
        env = dict(os.environ, KRAIT_HEAP_REPORT="1", KRAIT_DEBUG_HEAP="1")
        try:
            p = subprocess.run([args.krait, "run"] + options + [path], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, env=env)
        except subprocess.TimeoutExpired:
            return "fail", bound, "timed out"
        m = heap_re.search(p.stderr)
        if not m:
            return "fail", bound, "no heap report from the run"
        return ("ok" if int(m.group(1)) <= bound else "fail"), bound, int(m.group(1))

    jobs = int(os.environ.get("KRAIT_TEST_JOBS", "2"))
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(one, paths))
    unbounded, ratios = 0, []
    for path, (status, bound, peak) in zip(paths, results):
        name = os.path.basename(path)
        if status == "unbounded":
            unbounded += 1
        elif status == "ok":
            t.ok()
            if peak:
                ratios.append((bound / peak, name))
        elif status == "fail":
            t.fail(name, "measured heap peak %s B, claimed bound %s B" % (peak, bound))
    if ratios:
        worst = max(ratios)
        print("heapbound: largest bound/measured %.2f (%s)" % worst)
    print("heapbound: %d programs with a bound, %d unbounded" % (t.passed + len(t.failed), unbounded))
    return t.finish()


def suite_budget(args):
    """tests/budget/*.py: `krait budget --report-json` must show the figures
    the '# budget:' lines name; a program is also run (with the heap report)
    and must print what CPython prints, within the heap it was promised."""
    t = Tally("budget")
    heap_re = re.compile(rb"^krait: heap peak (\d+) B, allocations (\d+)$", re.M)
    for path in selected(os.path.join(TESTS, "budget"), args.names):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        wants = [m.group(1) for m in map(BUDGET_RE.match, text.splitlines()) if m]
        options = []
        for line in text.splitlines():
            if line.startswith("# krait-options:"):
                options += line.split(":", 1)[1].split()
        if not wants:
            t.fail(name, "no '# budget:' expectation in the file")
            continue
        rc, out, err = run([args.krait, "budget", "--report-json", "-"] + options + [path])
        if rc != 0:
            t.fail(name, "krait budget exited %s\n%s" % (rc, err.decode(errors="replace")))
            continue
        report = json.loads(out.decode())
        heap = None
        run_opts = [o for o in options if o not in ("--target",) and not o.startswith("cortex") and not o.startswith("rv32")]
        env = dict(os.environ, KRAIT_HEAP_REPORT="1", KRAIT_DEBUG_HEAP="1")
        p = subprocess.run([args.krait, "run"] + run_opts + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=300)
        py = subprocess.run([args.python, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        m = heap_re.search(p.stderr)
        if m:
            heap = (int(m.group(1)), int(m.group(2)))
        # stdout-line REGEX: krait's output has a line matching it; such lines
        # differ from CPython's by design (krait.mem_info()) and are left out
        # of the comparison, CPython running with stdlib/ (its krait module)
        own = [re.compile(w.split(" ", 1)[1]) for w in wants if w.startswith("stdout-line ")]
        if own:
            py = subprocess.run([args.python, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                                env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "stdlib")))
        problems = [x for x in (check_budget(report, heap, w, err.decode(errors="replace")) for w in wants
                                if not w.startswith("limit ") and not w.startswith("stdout-line ")) if x]
        kout, pyout = p.stdout, py.stdout
        for rx in own:
            lines = kout.decode(errors="replace").splitlines()
            if not any(rx.search(l) for l in lines):
                problems.append("no line of krait's output matches %r:\n%s" % (rx.pattern, kout.decode(errors="replace")))
            kout = "".join(l + "\n" for l in lines if not rx.search(l)).encode()
            pyout = "".join(l + "\n" for l in pyout.decode(errors="replace").splitlines() if not rx.search(l)).encode()
        for w in wants:  # limit OPTIONS: TEXT — with those options krait budget fails with that error
            if not w.startswith("limit "):
                continue
            extra, text = w[len("limit "):].split(": ", 1)
            lrc, _, lerr = run([args.krait, "budget"] + options + extra.split() + [path])
            if lrc != 1 or ("error: " + text) not in lerr.decode(errors="replace"):
                problems.append("with %s: exit %s, expected 1 and %r\n%s" % (extra, lrc, text, lerr.decode(errors="replace")))
        why = heap_bound_holds(args, report, options, run_opts, path, heap)
        if why:
            problems.append(why)
        if p.returncode != 0 or kout != pyout:
            problems.append("run differs from CPython (exit %s)\n%s" % (p.returncode, p.stderr.decode(errors="replace")))
        if problems:
            t.fail(name, "\n  ".join(problems))
        else:
            t.ok()
    return t.finish()


SUITES = {"parse": suite_parse, "errors": suite_errors, "programs": suite_programs,
          "corpus": suite_corpus, "budget": suite_budget, "heapbound": suite_heapbound}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("suite", choices=sorted(SUITES))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    sys.exit(SUITES[args.suite](args))


if __name__ == "__main__":
    main()
