/* slice.c — resolving a[start:stop:step] against a length.
 *
 * One function, CPython's PySlice_Unpack followed by PySlice_AdjustIndices
 * (Objects/sliceobject.c), step for step, so every sequence type picks the
 * same items CPython does: missing bounds default by the sign of the step,
 * negative bounds count from the end, out-of-range bounds clamp, and the
 * result is the number of items, which callers visit as
 * start, start + step, ... (count of them).
 *
 * The step is clamped to -KRT_INT_MAX as CPython clamps it to
 * -PY_SSIZE_T_MAX, so that -step cannot overflow.
 */
#include "krt_internal.h"

krt_int krt_slice_adjust(KrtSlice *s, krt_int len) {
    krt_int step = 1;
    if (s->has_step) {
        step = s->step;
        if (step == 0) {
            krt_raise_msg(KRT_T_VALUE_ERROR, "slice step cannot be zero");
            return -1;
        }
        if (step < -KRT_INT_MAX) step = -KRT_INT_MAX;
    }
    krt_int start = s->has_start ? s->start : step < 0 ? KRT_INT_MAX : 0;
    krt_int stop = s->has_stop ? s->stop : step < 0 ? KRT_INT_MIN : KRT_INT_MAX;

    if (start < 0) {
        start += len;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }

    s->start = start;
    s->stop = stop;
    s->step = step;
    s->has_start = s->has_stop = s->has_step = true;
    if (step < 0) {
        if (stop < start) return (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}
