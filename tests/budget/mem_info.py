# krait.mem_info() prints the heap's statistics in MicroPython's
# micropython.mem_info() format: the arena's total, used and free bytes,
# the bytes in use in live blocks, the peak, the allocations, the largest
# free block and the fragmentation.  (Under CPython, stdlib/krait.py prints
# tracemalloc's view instead; those lines differ by design.)
# krait-options: --heap 8K
# budget: stdout-line ^heap: total: 8192, used: \d+, free: \d+$|^heap: CPython
# budget: stdout-line ^ in use: \d+ in \d+ blocks, peak: \d+, allocations: \d+$|^ in use: \d+, peak
# budget: stdout-line ^ max free sz: \d+, fragmentation: \d+%$
# budget: warnings 0
import krait


class Reading:
    def __init__(self, raw: int) -> None:
        self.raw = raw


log: list[Reading] = []
for i in range(20):
    log.append(Reading(i))
krait.mem_info()
print(len(log), sum(r.raw for r in log))
