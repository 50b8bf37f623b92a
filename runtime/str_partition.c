/* str_partition.c — str.partition(sep) and str.rpartition(sep).
 *
 * The result is a 3-tuple, a struct the generated code declares, so the
 * runtime hands out one part at a time: krt_str_partition_part(s, sep,
 * from_right, which) is part `which` (0 head, 1 separator, 2 tail).  Each
 * call searches again (memcmp over UTF-8 bytes, nothing allocated but the
 * part); partitioned strings in firmware are command lines and key=value
 * pairs, a few dozen bytes.  As in CPython: an empty separator raises
 * ValueError; when sep does not occur, partition gives (s, "", "") and
 * rpartition ("", "", s); parts equal to s are s itself.
 */
#include <string.h>

#include "krt_internal.h"

/* Byte offset of the first (or last) occurrence of sep in s, or -1. */
static int64_t partition_find(const KrtStr *s, const KrtStr *sep, bool from_right) {
    if (sep->len > s->len) return -1;
    uint32_t last = s->len - sep->len;
    for (uint32_t k = 0; k <= last; k++) {
        uint32_t at = from_right ? last - k : k;
        if (memcmp(s->data + at, sep->data, sep->len) == 0) return at;
    }
    return -1;
}

static KrtStr *same(KrtStr *s) {
    krt_incref((KrtObject *)s);
    return s;
}

KrtStr *krt_str_partition_part(KrtStr *s, KrtStr *sep, bool from_right, krt_int which) {
    if (sep->len == 0) {
        krt_raise_msg(KRT_T_VALUE_ERROR, "empty separator");
        return NULL;
    }
    int64_t at = partition_find(s, sep, from_right);
    if (at < 0) {
        bool whole = from_right ? which == 2 : which == 0;
        return whole ? same(s) : krt_str_empty();
    }
    if (which == 1) return same(sep);
    if (which == 0) return krt_str_new(s->data, (size_t)at);
    uint32_t tail = (uint32_t)at + sep->len;
    return krt_str_new(s->data + tail, s->len - tail);
}
