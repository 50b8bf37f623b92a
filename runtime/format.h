/* format.h — number formatting and parsing of the runtime (internal header).
 *
 * What CPython 3.11 prints and reads for numbers, byte for byte:
 *
 *   repr(float), str(float)          krt_float_repr
 *   repr(int), bin/oct/hex           krt_int_repr, krt_int_base_repr
 *   format(x, spec), f"{x:spec}"     krt_format_spec_parse, then
 *                                    krt_format_int / _float / _str
 *   round(x, n)                      krt_float_round
 *   int(text, base), float(text)     krt_parse_int, krt_parse_float
 *
 * Output convention (every function that produces text):
 *   size_t f(char *buf, size_t cap, ...)
 * returns the length in bytes the complete result needs (no NUL is ever
 * written).  When that length is <= cap the text is in buf[0..len); when it
 * is larger, buf holds nothing useful and the caller sizes a buffer and calls
 * again (buf may be NULL when cap is 0).  A result longer than SIZE_MAX / 8
 * (a width over ~2*10**18, or ~5*10**8 on a 32-bit target) is SIZE_MAX:
 * nobody can allocate it, and the caller raises MemoryError as CPython would.
 *
 * The functions allocate nothing, use no stdio and no libc number
 * conversion, and recurse nowhere.  Stack, measured on Cortex-M0 (-Os):
 * repr/format of a float ~0.8 KiB, float() ~0.7 KiB, round() ~0.9 KiB, int
 * work ~0.25 KiB; the bignums of dtoa.c (116 bytes each) are most of it.
 * Text in is UTF-8 that the runtime has validated (every krait str is).
 *
 * Errors are kinds from X-macro tables, so the message text lives in one
 * place: KrtFormatErrorKind (ValueError/OverflowError of format specs, with
 * krt_format_error_text giving CPython's message) and KrtParseStatus
 * (int()/float() on text: the compiler's runtime formats "invalid literal
 * for int() with base 10: 'x'" itself, because it needs repr of the str).
 *
 * Files: dtoa.c (bignums, binary <-> decimal digits, decimal -> double),
 * format.c (spec mini-language, field layout, int/float/str formatting),
 * numparse.c (int() and float() text syntax).
 */
#ifndef KRAIT_FORMAT_H
#define KRAIT_FORMAT_H

#include "krt_internal.h"

/* ---- repr ----------------------------------------------------------------- */

/* repr(x) == str(x): shortest digits that round-trip, exponent form when the
 * decimal exponent is < -4 or >= 16; "inf", "-inf", "nan", "-0.0". */
size_t krt_float_repr(char *buf, size_t cap, double x);
/* repr(v) in decimal. */
size_t krt_int_repr(char *buf, size_t cap, int64_t v);
/* bin(v), oct(v), hex(v) for base 2, 8, 16: "-0b101", "0o17", "-0xff". */
size_t krt_int_base_repr(char *buf, size_t cap, int64_t v, int base);
/* Longest krt_float_repr / krt_int_repr / krt_int_base_repr results, for
 * callers that want a stack buffer that always suffices. */
#define KRT_FLOAT_REPR_MAX 24   /* "-2.2250738585072014e-308" */
#define KRT_INT_REPR_MAX 20     /* "-9223372036854775808" */
#define KRT_INT_BASE_REPR_MAX 67 /* "-0b" and 64 binary digits */

/* ---- format-spec mini-language ------------------------------------------ */

/* What is being formatted: CPython parses a spec against the object's type
 * (the default type and alignment differ, and each type allows different
 * options), so the parse takes the kind.  int formats with e/f/g/% convert
 * to float first, as int.__format__ does. */
typedef enum KrtFormatKind {
    KRT_FMT_INT,
    KRT_FMT_FLOAT,
    KRT_FMT_STR
} KrtFormatKind;

/* Errors of format specs: X(name, exception, CPython's message template).
 * Templates name their arguments: {spec} the whole spec, {type} the
 * object's type name, {code} the presentation type, {sep} ',' or '_'.
 * Codes outside printable ASCII print as '\x..' as CPython does. */
#define KRT_FORMAT_ERRORS(X)                                                                    \
    X(KRT_FMT_OK, VALUE, "")                                                                    \
    X(KRT_FMT_ERR_INVALID, VALUE, "Invalid format specifier '{spec}' for object of type '{type}'") \
    X(KRT_FMT_ERR_NO_PRECISION, VALUE, "Format specifier missing precision")                    \
    X(KRT_FMT_ERR_TOO_MANY_DIGITS, VALUE, "Too many decimal digits in format string")           \
    X(KRT_FMT_ERR_BOTH_SEPARATORS, VALUE, "Cannot specify both ',' and '_'.")                   \
    X(KRT_FMT_ERR_SEPARATOR, VALUE, "Cannot specify '{sep}' with '{code}'.")                    \
    X(KRT_FMT_ERR_UNKNOWN_CODE, VALUE, "Unknown format code '{code}' for object of type '{type}'") \
    X(KRT_FMT_ERR_STR_SIGN, VALUE, "Sign not allowed in string format specifier")               \
    X(KRT_FMT_ERR_STR_SPACE, VALUE, "Space not allowed in string format specifier")             \
    X(KRT_FMT_ERR_STR_NEG_ZERO, VALUE,                                                          \
      "Negative zero coercion (z) not allowed in string format specifier")                     \
    X(KRT_FMT_ERR_STR_ALTERNATE, VALUE,                                                         \
      "Alternate form (#) not allowed in string format specifier")                             \
    X(KRT_FMT_ERR_STR_ALIGN, VALUE, "'=' alignment not allowed in string format specifier")     \
    X(KRT_FMT_ERR_INT_PRECISION, VALUE, "Precision not allowed in integer format specifier")   \
    X(KRT_FMT_ERR_INT_NEG_ZERO, VALUE,                                                          \
      "Negative zero coercion (z) not allowed in integer format specifier")                    \
    X(KRT_FMT_ERR_CHAR_SIGN, VALUE, "Sign not allowed with integer format specifier 'c'")       \
    X(KRT_FMT_ERR_CHAR_ALTERNATE, VALUE,                                                        \
      "Alternate form (#) not allowed with integer format specifier 'c'")                      \
    X(KRT_FMT_ERR_PRECISION_TOO_BIG, VALUE, "precision too big")                                \
    X(KRT_FMT_ERR_CHAR_RANGE, OVERFLOW, "%c arg not in range(0x110000)")

typedef enum KrtFormatErrorKind {
#define X(name, exc, text) name,
    KRT_FORMAT_ERRORS(X)
#undef X
    KRT_FMT__COUNT
} KrtFormatErrorKind;

typedef struct KrtFormatError {
    KrtFormatErrorKind kind;
    KrtFormatKind object;  /* what was being formatted (default type name) */
    uint32_t code;         /* presentation type the message names */
    char sep;              /* ',' or '_' for KRT_FMT_ERR_SEPARATOR */
} KrtFormatError;

/* A parsed spec, resolved for its kind: defaults filled in, so formatting
 * never looks at the kind again. */
typedef struct KrtFormatSpec {
    uint32_t fill;        /* fill code point: ' ', or '0' from the 0 flag */
    int64_t width;        /* minimum width in code points; -1 when absent */
    int64_t precision;    /* -1 when absent */
    uint32_t type;        /* presentation type; int default 'd', str 's',
                             float 0 (the repr-like general format) */
    char align;           /* '<', '>', '^' or '=' */
    char sign;            /* '+', '-', ' ' or 0 */
    char grouping;        /* ',', '_' or 0 */
    unsigned char group;  /* digits per group: 3, or 4 for '_' with b/o/x/X */
    unsigned char alternate; /* '#' */
    unsigned char no_neg_0;  /* 'z' */
} KrtFormatSpec;

/* Parses spec[0..len) (UTF-8) for an object of the given kind.  Returns
 * KRT_FMT_OK with *out filled, or the error kind with *err filled.  Every
 * error CPython reports from the spec alone is reported here, so the
 * compiler can check a constant spec at build time; only 'c' of an int out
 * of range is left to krt_format_int. */
KrtFormatErrorKind krt_format_spec_parse(const char *spec, size_t len, KrtFormatKind kind,
                                         KrtFormatSpec *out, KrtFormatError *err);

/* CPython's message for err into buf (the output convention above).  spec is
 * the spec text as written (for KRT_FMT_ERR_INVALID); type_name the object's
 * Python type name ("bool" for a bool formatted as int), NULL for the kind's
 * own ("int", "float", "str"). */
size_t krt_format_error_text(char *buf, size_t cap, const KrtFormatError *err, const char *spec,
                             size_t spec_len, const char *type_name);
/* 1 when the error is an OverflowError, 0 for ValueError. */
int krt_format_error_is_overflow(KrtFormatErrorKind kind);

/* format(v, spec) for a spec parsed with KRT_FMT_INT.  On a 'c' value
 * outside range(0x110000) returns 0 with err->kind = KRT_FMT_ERR_CHAR_RANGE
 * (err may be NULL only when the type is not 'c'). */
size_t krt_format_int(char *buf, size_t cap, int64_t v, const KrtFormatSpec *spec,
                      KrtFormatError *err);
/* format(x, spec) for a spec parsed with KRT_FMT_FLOAT (or an int spec with
 * a float type).  Cannot fail. */
size_t krt_format_float(char *buf, size_t cap, double x, const KrtFormatSpec *spec);
/* format(s, spec), s being s_len bytes of UTF-8.  Cannot fail. */
size_t krt_format_str(char *buf, size_t cap, const char *s, size_t s_len,
                      const KrtFormatSpec *spec);

/* ---- round(x, ndigits) ---------------------------------------------------- */

/* round(x, ndigits) for a float x, correctly rounded as CPython's
 * double_round (exact decimal rounding, half to even, then back to the
 * nearest double).  *overflow is set (and inf returned) where CPython raises
 * OverflowError "rounded value too large to represent". */
double krt_float_round(double x, int64_t ndigits, int *overflow);

/* ---- parsing ---------------------------------------------------------------- */

/* Outcomes of int() and float() on text: X(name, meaning). */
#define KRT_PARSE_STATUSES(X)                                                   \
    X(KRT_PARSE_OK, "parsed")                                                   \
    X(KRT_PARSE_SYNTAX, "ValueError: invalid literal / could not convert")      \
    X(KRT_PARSE_OVERFLOW, "valid integer outside krt_int's range")              \
    X(KRT_PARSE_DIGIT_LIMIT, "ValueError: more than 4300 digits (int only)")    \
    X(KRT_PARSE_BAD_BASE, "ValueError: int() arg 2 must be >= 2 and <= 36")

typedef enum KrtParseStatus {
#define X(name, meaning) name,
    KRT_PARSE_STATUSES(X)
#undef X
    KRT_PARSE__COUNT
} KrtParseStatus;

/* CPython's limit on decimal digits of int(text) (sys.int_info.
 * default_max_str_digits); bases that are powers of two are exempt. */
#define KRT_INT_MAX_STR_DIGITS 4300

/* int(text, base), base 0 or 2..36, text being len bytes of UTF-8 (Unicode
 * decimal digits and whitespace count as CPython counts them).  The result
 * must fit krt_int (KRT_INT_BITS); a valid literal outside it is
 * KRT_PARSE_OVERFLOW.  On KRT_PARSE_DIGIT_LIMIT, *out holds the number of
 * digits, for the message "Exceeds the limit (4300 digits) for integer
 * string conversion: value has N digits; use sys.set_int_max_str_digits()
 * to increase the limit". */
KrtParseStatus krt_parse_int(const char *text, size_t len, int base, int64_t *out);
/* float(text): correctly rounded; "inf", "-Infinity", "nan" in any case;
 * underscores between digits; surrounding whitespace.  Out-of-range values
 * give +-inf or +-0.0 as CPython does.  Only KRT_PARSE_OK or SYNTAX. */
KrtParseStatus krt_parse_float(const char *text, size_t len, double *out);

/* ---- the digit engine (dtoa.c), for format.c and numparse.c ----------------- */

/* A double never needs more than 17 significant digits to round-trip. */
#define KRT_DTOA_SHORT 17

/* Decimal digits of a finite |x|: x = 0.d1 d2 ... dn * 10**decpt, n =
 * ndigits, no trailing zeros (x == 0 gives "0" with decpt 1, and a fixed
 * rounding that leaves nothing gives ndigits 0, decpt -ndigits, as dtoa).
 * Results of up to KRT_DTOA_SHORT digits are stored in small[]; longer ones
 * (exact expansions for '.60f') are produced again by krt_digits_emit, so no
 * buffer of 770 digits is ever needed. */
typedef struct KrtDigits {
    int ndigits;
    int decpt;
    /* private to dtoa.c */
    double x;        /* |x| */
    int mode;        /* 2 or 3 for a long fixed result, 0 when in small[] */
    int count;       /* fixed: ndigits argument as given to dtoa */
    int round_up;    /* fixed: the last digit is one above the generated one */
    unsigned char small[KRT_DTOA_SHORT + 1];
} KrtDigits;

/* dtoa mode 0: the shortest digits that round-trip (repr). */
void krt_digits_shortest(KrtDigits *d, double x);
/* dtoa mode 2 (ndigits significant digits, ndigits >= 1) or mode 3 (ndigits
 * after the decimal point, may be negative), correctly rounded half to even
 * on the exact binary value. */
void krt_digits_fixed(KrtDigits *d, double x, int mode, int64_t ndigits);
/* Calls put(ctx, digit 0..9) for each of the d->ndigits digits. */
void krt_digits_emit(const KrtDigits *d, void (*put)(void *ctx, int digit), void *ctx);

/* A decimal number m * 10**e10 (m the first nd significant digits, more
 * nonzero digits following when truncated) to the nearest double; the sign
 * is the caller's.  next_digit yields every significant digit from the first
 * (then -1) and is called only when the first 19 digits cannot decide. */
typedef struct KrtDecimal {
    uint64_t m;
    int nd;                /* digits in m, 1..19; m > 0 */
    int64_t e10;
    int truncated;
    int (*next_digit)(void *ctx);
    void *ctx;
} KrtDecimal;

double krt_decimal_to_double(const KrtDecimal *dec);

#endif
