/* ucd.c — the Unicode character database str needs, small enough for flash.
 *
 * What is covered, all of Unicode 14.0 (CPython 3.11's tables), per code
 * point:
 *   isalpha, isdigit, isdecimal (+ the digit's value, for int("١٢٣")),
 *   isnumeric, isspace, isupper, islower, istitle (category Lt),
 *   isprintable (for repr), and the two classes of the Final_Sigma rule
 *   (cased, case-ignorable) that "ΣΑΣ".lower() == "σας" needs;
 *   full upper and lower case mappings, including the unconditional
 *   one-to-many ones of SpecialCasing ("ß".upper() == "SS", "ﬁ" -> "FI",
 *   "İ".lower() == "i̇").  Not covered: casefold, title(), the
 *   language-dependent rules (Turkish, Lithuanian) — as in CPython.
 *
 * How: runtime/ucd_gen.py reads every property off CPython's own str methods
 * and writes runtime/ucd_data.h.  A property is a sorted list of the code
 * points where membership toggles, per plane in 16 bits, binary-searched; a
 * case mapping is a list of runs (start, count, stride 1 or 2, delta) plus a
 * short list of one-to-many mappings.  Each table is its own object and each
 * property its own function, so with -ffunction-sections -fdata-sections and
 * --gc-sections a firmware links only the tables it calls.  Sizes (flash):
 *   isprintable (repr of non-ASCII text)  2.8 KiB
 *   isalpha 2.6, isupper 2.6, islower 2.7, isnumeric 0.8, isdigit 0.3,
 *   isdecimal 0.25, isspace / istitle 0.04 each
 *   upper() 2.4 KiB, lower() 3.8 KiB (with the Final_Sigma classes)
 * ASCII never reaches the tables: callers test it first.
 */
#include "krt_internal.h"

#include "ucd_data.h"

/* Is cp in the set given by its toggle list and plane index?  Returns the
 * set's membership; *idx gets the number of toggles at or below cp. */
static bool ucd_in(const uint16_t *bounds, const uint16_t *planes, uint32_t cp, uint32_t *idx) {
    uint32_t plane = cp >> 16;
    if (plane > 16) return false;
    uint32_t lo = planes[plane], hi = planes[plane + 1], base = lo;
    uint16_t key = (uint16_t)(cp & 0xFFFFu);
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (bounds[mid] <= key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (idx) *idx = lo;
    return ((lo - base) & 1u) != 0;
}

#define UCD_SET(name) ucd_in(ucd_##name##_bounds, ucd_##name##_planes, cp, NULL)

bool krt_ucd_isalpha(uint32_t cp) {
    return UCD_SET(alpha);
}

bool krt_ucd_isdigit(uint32_t cp) {
    return UCD_SET(digit);
}

bool krt_ucd_isnumeric(uint32_t cp) {
    return UCD_SET(numeric);
}

bool krt_ucd_isspace(uint32_t cp) {
    return UCD_SET(space);
}

bool krt_ucd_isupper(uint32_t cp) {
    return UCD_SET(upper);
}

bool krt_ucd_islower(uint32_t cp) {
    return UCD_SET(lower);
}

bool krt_ucd_istitle(uint32_t cp) {
    return UCD_SET(title);
}

bool krt_ucd_isprintable(uint32_t cp) {
    return !UCD_SET(unprintable);
}

bool krt_ucd_iscased(uint32_t cp) {
    return UCD_SET(cased);
}

bool krt_ucd_iscase_ignorable(uint32_t cp) {
    return UCD_SET(case_ignorable);
}

int krt_ucd_decimal(uint32_t cp) {
    uint32_t idx;
    if (!ucd_in(ucd_decimal_bounds, ucd_decimal_planes, cp, &idx)) return -1;
    /* decimal digits come in runs of ten, 0 first (checked by ucd_gen.py) */
    uint32_t run_start = (cp & ~0xFFFFu) | ucd_decimal_bounds[idx - 1];
    return (int)((cp - run_start) % 10u);
}

/* One case mapping: runs of one-to-one mappings plus one-to-many ones. */
static uint32_t ucd_map(const uint32_t (*runs)[2], uint32_t nruns, const uint16_t (*special)[4],
                        uint32_t nspecial, uint32_t cp, uint32_t out[KRT_UCD_MAX_EXPANSION]) {
    if (cp <= 0xFFFFu) {
        uint32_t lo = 0, hi = nspecial;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (special[mid][0] < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < nspecial && special[lo][0] == cp) {
            uint32_t n = 0;
            while (n < KRT_UCD_MAX_EXPANSION && special[lo][n + 1]) {
                out[n] = special[lo][n + 1];
                n++;
            }
            return n;
        }
    }
    uint32_t lo = 0, hi = nruns;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if ((runs[mid][0] & 0x1FFFFFu) <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    out[0] = cp;
    if (lo) {
        uint32_t word = runs[lo - 1][0];
        uint32_t start = word & 0x1FFFFFu;
        uint32_t count = ((word >> 21) & 0x7Fu) + 1;
        uint32_t stride = ((word >> 28) & 1u) + 1;
        uint32_t off = cp - start;
        if (off < count * stride && off % stride == 0) out[0] = cp + runs[lo - 1][1]; /* wraps mod 2^32 */
    }
    return 1;
}

#define UCD_COUNT(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))

uint32_t krt_ucd_upper(uint32_t cp, uint32_t out[KRT_UCD_MAX_EXPANSION]) {
    return ucd_map(ucd_upper_runs, UCD_COUNT(ucd_upper_runs), ucd_upper_special,
                   UCD_COUNT(ucd_upper_special), cp, out);
}

uint32_t krt_ucd_lower(uint32_t cp, uint32_t out[KRT_UCD_MAX_EXPANSION]) {
    return ucd_map(ucd_lower_runs, UCD_COUNT(ucd_lower_runs), ucd_lower_special,
                   UCD_COUNT(ucd_lower_special), cp, out);
}
