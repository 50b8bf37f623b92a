"""krait's own module, as CPython sees it.

A program compiled by krait can `import krait` for what only a compiled
program has.  Put this folder on PYTHONPATH to run the same program under
CPython unchanged:

    PYTHONPATH=/path/to/krait/stdlib python3 app.py

krait itself never reads this file: the module is built into the compiler
(compiler/modfuncs.c).
"""
import tracemalloc


def mem_info() -> None:
    """Print the heap statistics.  Compiled by krait, the heap's own figures
    in MicroPython's micropython.mem_info() format (see docs/memory.md);
    under CPython, what tracemalloc sees, in the same shape."""
    if tracemalloc.is_tracing():
        used, peak = tracemalloc.get_traced_memory()
        print("heap: CPython (tracemalloc)")
        print(" in use: %d, peak: %d" % (used, peak))
    else:
        print("heap: CPython (start tracemalloc for figures)")
