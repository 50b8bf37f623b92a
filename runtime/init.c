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
 * on it.
 */
#include "krt_internal.h"

#ifndef KRT_DEBUG_HEAP
#define KRT_DEBUG_HEAP 0
#endif

void krt_init(void) {
}

uint32_t krt_fini(void) {
    krt_out_flush();
#if KRT_DEBUG_HEAP
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
    return stats.live_blocks;
#else
    return 0;
#endif
}
