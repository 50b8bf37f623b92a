/* init.c — the runtime's start and end.
 *
 * krt_init runs once before anything else (the generated main() on the
 * host, the firmware otherwise).  Every piece of runtime state is a static
 * with a valid zero value, so today it has nothing to set up; it exists so
 * the firmware's call is already in place when the arena heap needs its
 * free lists built.
 *
 * krt_fini flushes program output and, in builds with KRT_DEBUG_HEAP, says
 * how many heap blocks are still live — a refcount leak — on the error
 * port:
 *     krait: 3 heap block(s) still live at exit
 * and returns that number (0 in other builds), so a test harness can fail
 * on it.  Builds with KRT_HEAP_REPORT also print the heap's peak and its
 * allocation count there (the budget tests compare them with the report):
 *     krait: heap peak 96 B, allocations 3
 */
#include <string.h>

#include "krt_internal.h"

#ifndef KRT_DEBUG_HEAP
#define KRT_DEBUG_HEAP 0
#endif

void krt_init(void) {
}

#ifndef KRT_HEAP_REPORT
#define KRT_HEAP_REPORT 0
#endif

#ifndef KRT_COUNT_RC
#define KRT_COUNT_RC 0
#endif

#if KRT_COUNT_RC
uint64_t krt_rc_ops;
#endif

#if KRT_HEAP_REPORT || KRT_COUNT_RC
static void report_figure(const char *label, size_t value) {
    char buf[KRT_INT_TEXT_MAX];
    krt_err_write(label, strlen(label));
    krt_err_write(buf, krt_int_to_text(buf, (krt_int)value));
}
#endif

uint32_t krt_fini(void) {
    krt_out_flush();
#if KRT_COUNT_RC
    report_figure("krait: refcount operations ", (size_t)krt_rc_ops);
    krt_err_write("\n", 1);
#endif
#if KRT_HEAP_REPORT
    {
        KrtHeapStats heap;
        krt_heap_stats(&heap);
        report_figure("krait: heap peak ", heap.peak);
        report_figure(" B, allocations ", heap.allocations);
        krt_err_write("\n", 1);
    }
#endif
#if KRT_DEBUG_HEAP
    if (krt_gc_run) krt_gc_run(); /* cycles left at exit are not leaks */
    KrtHeapStats stats;
    krt_heap_stats(&stats);
    if (stats.live_blocks) {
        char buf[KRT_INT_TEXT_MAX];
        static const char head[] = "krait: ";
        static const char tail[] = " heap block(s) still live at exit\n";
        krt_err_write(head, sizeof head - 1);
        krt_err_write(buf, krt_int_to_text(buf, (krt_int)stats.live_blocks));
        krt_err_write(tail, sizeof tail - 1);
    }
    if (krt_scratch_in_use()) {
        static const char msg[] = "krait: the scratch stack is not empty at exit\n";
        krt_err_write(msg, sizeof msg - 1);
        return stats.live_blocks + 1;
    }
    return stats.live_blocks;
#else
    return 0;
#endif
}
