/* exc.c — raising, catching and reporting exceptions.
 *
 * Exceptions propagate by status (krt.h): raising stores the instance in
 * krt_exc_pending and returns; every caller that can see one tests it and
 * jumps to its handler or cleanup.  This file owns that one global and what
 * hangs off it:
 *
 *  - Raising: krt_raise (an instance), krt_raise_msg / krt_raise_fmt (a
 *    built-in or program class and a message), krt_raise_from, krt_reraise.
 *    The instance's __context__ is the exception being handled, which
 *    generated code declares with krt_exc_begin_handling/_end_handling
 *    around an except clause.
 *  - MemoryError: one preallocated, immortal instance, so running out of
 *    memory can always be reported.  Immortal instances are never written:
 *    they get no context and no cause.
 *  - Catching: krt_exc_matches walks the class chain (IndexError matches
 *    LookupError and Exception); krt_exc_fetch hands the instance over.
 *  - Tracebacks: as an exception leaves a function, generated code calls
 *    krt_traceback_add(function, line).  Frames go to a static store of
 *    KRT_TRACEBACK_FRAMES entries split into segments, one per exception of
 *    the chain being built (an exception raised while handling another keeps
 *    the other's frames, so "During handling of the above exception" can
 *    show both).  A segment that fills keeps its innermost frames (where the
 *    error happened) and its outermost one (<module>), and counts the
 *    frames in between.
 *  - The uncaught report: CPython's text exactly — "Traceback (most recent
 *    call last):", '  File "app.py", line 12, in read_sensor' per frame (no
 *    source text: the program's source is not on the target), repeats
 *    collapsed into "[Previous line repeated N more times]", then
 *    "ValueError: bad reading", with chained exceptions first.  SystemExit
 *    prints nothing (or its message) and exits with its code.
 *
 * Messages are UTF-8 str objects; krt_raise_fmt formats with its own small
 * printf (no stdio on targets): %d %i %u %x %X %c %s %p %% with the flags
 * '-' and '0', a width, a precision and the length modifiers hh h l ll z j t.
 *
 * Not here: exception classes' Python-visible attributes (args, __notes__)
 * and a traceback object: frames exist only to be printed.
 */
#include <stdarg.h>
#include <string.h>

#include "krt_internal.h"

KrtExc *krt_exc_pending;
/* nesting of the program's recursive functions (krt_recursion_enter) */
uint32_t krt_recursion_depth;

/* The exception of the innermost except clause running now (borrowed: the
 * clause's variable holds the reference). */
static KrtExc *exc_handling;

static KrtExc exc_memory_error = {
    {KRT_RC_IMMORTAL, KRT_T_MEMORY_ERROR}, NULL, NULL, NULL, 0, NULL, 0,
};

/* ---- instances ------------------------------------------------------------ */

void krt_exc_drop(KrtObject *o) {
    KrtExc *e = (KrtExc *)o;
    krt_xdecref((KrtObject *)e->msg);
    krt_xdecref((KrtObject *)e->args);
    krt_xdecref((KrtObject *)e->cause);
    krt_xdecref((KrtObject *)e->context);
}

KrtExc *krt_exc_new(uint16_t type, KrtStr *msg) {
    const KrtType *t = krt_type(type);
    if (!(t->flags & KRT_TYPE_EXCEPTION) || t->size < sizeof(KrtExc))
        krt_port_panic("krait: krt_exc_new of a class that is not an exception");
    KrtExc *e = krt_alloc_object(t->size, type);
    if (!e) return NULL;
    memset((char *)e + sizeof(KrtObject), 0, t->size - sizeof(KrtObject));
    if (msg) krt_incref(&msg->h);
    e->msg = msg;
    return e;
}

KrtExc *krt_exc_new_cstr(uint16_t type, const char *text, size_t len) {
    KrtStr *msg = krt_str_new(text, len);
    if (!msg) return NULL;
    KrtExc *e = krt_exc_new(type, msg);
    krt_decref(&msg->h);
    return e;
}

/* ---- traceback store ------------------------------------------------------ */

/* Frames remembered for the uncaught report: 8 bytes each on a 32-bit
 * target.  A segment that runs out keeps its innermost frames plus its
 * outermost one. */
#ifndef KRT_TRACEBACK_FRAMES
#define KRT_TRACEBACK_FRAMES 32
#endif
/* Exceptions of one context/cause chain whose frames are kept (and the
 * longest chain the report prints). */
#define KRT_TRACEBACK_CHAIN 4

typedef struct TbFrame {
    const KrtFuncInfo *func;
    uint32_t line;
} TbFrame;

typedef struct TbSegment {
    const KrtExc *exc; /* whose frames these are (identity only) */
    uint32_t start;    /* first frame in tb_frames */
    uint32_t count;    /* frames kept from start on, innermost first */
    uint32_t extra;    /* frames that came after the store was full */
    TbFrame outer;     /* the last of those: the outermost frame */
} TbSegment;

static TbFrame tb_frames[KRT_TRACEBACK_FRAMES];
static TbSegment tb_segs[KRT_TRACEBACK_CHAIN];
static uint32_t tb_nsegs;

static uint32_t tb_used(void) {
    if (tb_nsegs == 0) return 0;
    const TbSegment *last = &tb_segs[tb_nsegs - 1];
    return last->start + last->count;
}

/* Drops the oldest segment, moving the others' frames down. */
static void tb_drop_oldest(void) {
    uint32_t gone = tb_segs[0].count;
    memmove(tb_frames, tb_frames + gone, (tb_used() - gone) * sizeof(TbFrame));
    memmove(tb_segs, tb_segs + 1, (tb_nsegs - 1) * sizeof(TbSegment));
    tb_nsegs--;
    for (uint32_t i = 0; i < tb_nsegs; i++) tb_segs[i].start -= gone;
}

/* Starts exc's frames; keeps the segments before it when keep_chain and
 * there is room for half the store. */
static void tb_begin(const KrtExc *exc, bool keep_chain) {
    if (!keep_chain) tb_nsegs = 0;
    while (tb_nsegs && (tb_nsegs == KRT_TRACEBACK_CHAIN ||
                        tb_used() > KRT_TRACEBACK_FRAMES / 2))
        tb_drop_oldest();
    uint32_t start = tb_used();
    TbSegment *s = &tb_segs[tb_nsegs++];
    s->exc = exc;
    s->start = start;
    s->count = 0;
    s->extra = 0;
}

static TbSegment *tb_find(const KrtExc *exc) {
    for (uint32_t i = tb_nsegs; i-- > 0;)
        if (tb_segs[i].exc == exc) return &tb_segs[i];
    return NULL;
}

void krt_traceback_add(const KrtFuncInfo *func, uint32_t line) {
    /* GeneratorExit (closing a generator, iter.c) is never printed */
    if (!krt_exc_pending || krt_exc_pending->h.type == KRT_T_GENERATOR_EXIT) return;
    TbSegment *s = tb_nsegs ? &tb_segs[tb_nsegs - 1] : NULL;
    if (!s || s->exc != krt_exc_pending) {
        /* pending was set without krt_raise (a restore) after other
         * exceptions came and went: its earlier frames are gone */
        tb_begin(krt_exc_pending, false);
        s = &tb_segs[0];
    }
    TbFrame f = {func, line};
    if (s->start + s->count < KRT_TRACEBACK_FRAMES) {
        tb_frames[s->start + s->count++] = f;
    } else {
        s->outer = f;
        s->extra++;
    }
}

/* ---- raising -------------------------------------------------------------- */

/* Sets exc's context to ctx (or clears it), cutting ctx's chain where it
 * leads back to exc, as CPython does, so contexts never form a cycle.
 * Raising the exception being handled (`except E as e: raise e`) keeps its
 * context. */
static void exc_set_context(KrtExc *exc, KrtExc *ctx) {
    if (ctx == exc) return;
    for (KrtExc *o = ctx; o; o = o->context) {
        if (o->context == exc) {
            o->context = NULL;
            krt_decref(&exc->h);
            break;
        }
    }
    if (ctx) krt_incref(&ctx->h);
    krt_xdecref((KrtObject *)exc->context);
    exc->context = ctx;
}

static void exc_set_pending(KrtExc *exc) {
    KrtExc *old = krt_exc_pending;
    krt_exc_pending = exc;
    if (old && old != exc) krt_decref(&old->h);
}

/* Raises exc; with_context says whether the exception being handled
 * becomes its context (not for `raise ... from None`). */
static void exc_raise(KrtExc *exc, bool with_context) {
    KrtExc *ctx = NULL;
    if (exc->h.rc != KRT_RC_IMMORTAL) {
        if (with_context) ctx = exc_handling;
        exc_set_context(exc, ctx);
    }
    ctx = exc->context;
    tb_begin(exc, ctx != NULL && tb_nsegs && tb_segs[tb_nsegs - 1].exc == ctx);
    exc_set_pending(exc);
}

void krt_raise(KrtExc *exc) {
    exc_raise(exc, true);
}

void krt_raise_from(KrtExc *exc, KrtExc *cause) {
    if (cause == exc) cause = NULL; /* a cycle pure counting could never free */
    if (exc->h.rc != KRT_RC_IMMORTAL) {
        if (cause) krt_incref(&cause->h);
        krt_xdecref((KrtObject *)exc->cause);
        exc->cause = cause;
    }
    exc_raise(exc, cause != NULL);
}

void krt_reraise(void) {
    KrtExc *e = exc_handling;
    if (!e) {
        krt_raise_msg(KRT_T_RUNTIME_ERROR, "No active exception to reraise");
        return;
    }
    krt_incref(&e->h);
    TbSegment *s = tb_find(e);
    if (s) {
        tb_nsegs = (uint32_t)(s - tb_segs) + 1; /* frames of exceptions raised since are stale */
    } else {
        tb_begin(e, false);
    }
    exc_set_pending(e);
}

void krt_raise_memory_error(void) {
    exc_raise(&exc_memory_error, false);
}

void krt_raise_msg(uint16_t type, const char *msg) {
    KrtExc *e = msg ? krt_exc_new_cstr(type, msg, strlen(msg)) : krt_exc_new(type, NULL);
    if (e) krt_raise(e);
}

void krt_raise_zero_division(const char *what) {
    krt_raise_msg(KRT_T_ZERO_DIVISION_ERROR, what ? what : "division by zero");
}

void krt_raise_overflow(void) {
#if KRT_INT_BITS == 64
    krt_raise_msg(KRT_T_OVERFLOW_ERROR, "integer overflow: result does not fit in int64");
#else
    krt_raise_msg(KRT_T_OVERFLOW_ERROR, "integer overflow: result does not fit in int32");
#endif
}

/* ---- krt_raise_fmt's printf ------------------------------------------------ */

/* Appends to a buffer that may be NULL (measuring only). */
typedef struct FmtOut {
    char *buf;
    size_t len;
} FmtOut;

static void fmt_put(FmtOut *o, const char *s, size_t n) {
    if (o->buf) memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void fmt_pad(FmtOut *o, char c, size_t n) {
    while (n--) fmt_put(o, &c, 1);
}

/* One field: text of n bytes after an optional sign/prefix, padded to width. */
static void fmt_field(FmtOut *o, const char *prefix, const char *text, size_t n, size_t width,
                      bool left, bool zero) {
    size_t plen = strlen(prefix);
    size_t pad = width > plen + n ? width - plen - n : 0;
    if (!left && !zero) fmt_pad(o, ' ', pad);
    fmt_put(o, prefix, plen);
    if (!left && zero) fmt_pad(o, '0', pad);
    fmt_put(o, text, n);
    if (left) fmt_pad(o, ' ', pad);
}

static size_t fmt_unsigned(char *end, unsigned long long v, unsigned base, bool upper) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    size_t n = 0;
    do {
        *--end = digits[v % base];
        v /= base;
        n++;
    } while (v);
    return n;
}

static void fmt_run(FmtOut *o, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *pct = strchr(fmt, '%');
        if (!pct) {
            fmt_put(o, fmt, strlen(fmt));
            return;
        }
        fmt_put(o, fmt, (size_t)(pct - fmt));
        fmt = pct + 1;
        bool left = false, zero = false;
        for (;; fmt++) {
            if (*fmt == '-')
                left = true;
            else if (*fmt == '0')
                zero = true;
            else
                break;
        }
        size_t width = 0;
        if (*fmt == '*') {
            int w = va_arg(ap, int);
            if (w < 0) {
                left = true;
                w = -w;
            }
            width = (size_t)w;
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (size_t)(*fmt++ - '0');
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            prec = 0;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') prec = prec * 10 + (*fmt++ - '0');
            }
        }
        /* length: 0 int, 1 long, 2 long long, 3 size_t, 4 intmax_t, 5 ptrdiff_t */
        int lenmod = 0;
        for (;; fmt++) {
            if (*fmt == 'h') continue; /* promoted to int anyway */
            if (*fmt == 'l') lenmod = lenmod == 1 ? 2 : 1;
            else if (*fmt == 'z') lenmod = 3;
            else if (*fmt == 'j') lenmod = 4;
            else if (*fmt == 't') lenmod = 5;
            else break;
        }
        char conv = *fmt ? *fmt++ : '\0';
        char num[24];
        char *end = num + sizeof num;
        switch (conv) {
        case 'd':
        case 'i': {
            long long v = lenmod == 0   ? va_arg(ap, int)
                          : lenmod == 1 ? va_arg(ap, long)
                          : lenmod == 2 ? va_arg(ap, long long)
                          : lenmod == 3 ? (long long)va_arg(ap, size_t)
                          : lenmod == 4 ? (long long)va_arg(ap, intmax_t)
                                        : (long long)va_arg(ap, ptrdiff_t);
            unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
            size_t n = fmt_unsigned(end, mag, 10, false);
            fmt_field(o, v < 0 ? "-" : "", end - n, n, width, left, zero);
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            unsigned long long v = lenmod == 0   ? va_arg(ap, unsigned)
                                   : lenmod == 1 ? va_arg(ap, unsigned long)
                                   : lenmod == 2 ? va_arg(ap, unsigned long long)
                                   : lenmod == 3 ? va_arg(ap, size_t)
                                   : lenmod == 4 ? (unsigned long long)va_arg(ap, uintmax_t)
                                                 : (unsigned long long)va_arg(ap, ptrdiff_t);
            size_t n = fmt_unsigned(end, v, conv == 'u' ? 10 : 16, conv == 'X');
            fmt_field(o, "", end - n, n, width, left, zero);
            break;
        }
        case 'p': {
            size_t n = fmt_unsigned(end, (unsigned long long)(uintptr_t)va_arg(ap, void *), 16, false);
            fmt_field(o, "0x", end - n, n, width, left, false);
            break;
        }
        case 'c': {
            char c = (char)va_arg(ap, int);
            fmt_field(o, "", &c, 1, width, left, false);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = 0;
            while ((prec < 0 || n < (size_t)prec) && s[n]) n++;
            fmt_field(o, "", s, n, width, left, false);
            break;
        }
        case '%':
            fmt_put(o, "%", 1);
            break;
        default: /* unknown conversion: shown as written */
            fmt_put(o, "%", 1);
            if (conv) fmt_put(o, &conv, 1);
            break;
        }
    }
}

void krt_raise_fmt(uint16_t type, const char *fmt, ...) {
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    FmtOut measure = {NULL, 0};
    fmt_run(&measure, fmt, ap);
    va_end(ap);
    KrtStr *msg = krt_str_alloc(measure.len, 0);
    if (msg) {
        FmtOut o = {krt_str_buf(msg), 0};
        fmt_run(&o, fmt, again);
        msg->nchars = krt_utf8_count((const unsigned char *)msg->data, msg->len);
    }
    va_end(again);
    if (!msg) return;
    KrtExc *e = krt_exc_new(type, msg);
    krt_decref(&msg->h);
    if (e) krt_raise(e);
}

/* ---- catching ------------------------------------------------------------- */

bool krt_exc_matches(uint16_t type) {
    return krt_exc_pending && krt_type_is_subtype(krt_exc_pending->h.type, type);
}

KrtExc *krt_exc_fetch(void) {
    KrtExc *e = krt_exc_pending;
    krt_exc_pending = NULL;
    return e;
}

KrtExc *krt_exc_begin_handling(KrtExc *exc) {
    KrtExc *previous = exc_handling;
    exc_handling = exc;
    return previous;
}

void krt_exc_end_handling(KrtExc *previous) {
    exc_handling = previous;
}

/* ---- the uncaught report --------------------------------------------------- */

static void err_cstr(const char *s) {
    krt_err_write(s, strlen(s));
}

static void err_uint(uint32_t v) {
    char buf[KRT_INT_TEXT_MAX];
    krt_err_write(buf, krt_int_to_text(buf, (krt_int)v));
}

static bool tb_same(const TbFrame *a, const TbFrame *b) {
    if (a->line != b->line) return false;
    if (a->func == b->func) return true;
    return strcmp(a->func->name, b->func->name) == 0 && strcmp(a->func->file, b->func->file) == 0;
}

/* CPython prints at most this many identical frames in a row, then
 * "[Previous line repeated N more times]" (TB_RECURSIVE_CUTOFF). */
#define TB_RECURSIVE_CUTOFF 3

typedef struct TbPrinter {
    TbFrame last;
    bool has_last;
    uint32_t repeats;
} TbPrinter;

static void tb_flush_repeats(TbPrinter *p) {
    if (p->repeats > TB_RECURSIVE_CUTOFF) {
        uint32_t more = p->repeats - TB_RECURSIVE_CUTOFF;
        err_cstr("  [Previous line repeated ");
        err_uint(more);
        err_cstr(more > 1 ? " more times]\n" : " more time]\n");
    }
}

/* Prints frame f, times times over, folding repeats as CPython does. */
static void tb_print_frame(TbPrinter *p, const TbFrame *f, uint32_t times) {
    while (times) {
        if (!p->has_last || !tb_same(&p->last, f)) {
            tb_flush_repeats(p);
            p->last = *f;
            p->has_last = true;
            p->repeats = 0;
        }
        if (p->repeats >= TB_RECURSIVE_CUTOFF) { /* only counted from here on */
            p->repeats += times;
            return;
        }
        p->repeats++;
        times--;
        err_cstr("  File \"");
        err_cstr(f->func->file);
        err_cstr("\", line ");
        err_uint(f->line);
        err_cstr(", in ");
        err_cstr(f->func->name);
        err_cstr("\n");
    }
}

static void tb_print_segment(const TbSegment *s) {
    if (s->count == 0 && s->extra == 0) return;
    err_cstr("Traceback (most recent call last):\n");
    TbPrinter p = {{NULL, 0}, false, 0};
    const TbFrame *kept = tb_frames + s->start;
    if (s->extra) {
        tb_print_frame(&p, &s->outer, 1);
        uint32_t lost = s->extra - 1;
        if (lost) {
            /* The frames between were not recorded.  When the outermost
             * frames kept repeat (runaway recursion, the usual way to get
             * here), they stand for the lost ones too: CPython's output. */
            if (s->count >= 2 && tb_same(&kept[s->count - 1], &kept[s->count - 2])) {
                tb_print_frame(&p, &kept[s->count - 1], lost);
            } else {
                tb_flush_repeats(&p);
                p.has_last = false;
                err_cstr("  [");
                err_uint(lost);
                err_cstr(" more frames not recorded]\n");
            }
        }
    }
    for (uint32_t i = s->count; i-- > 0;) tb_print_frame(&p, &kept[i], 1);
    tb_flush_repeats(&p);
}

static void exc_print_line(const KrtExc *e) {
    err_cstr(krt_type(e->h.type)->name);
    KrtStr *text = krt_exc_text((KrtExc *)e);
    if (!text) {
        err_cstr(": <exception str() failed>\n"); /* CPython's words when __str__ raises */
        return;
    }
    if (text->len) {
        err_cstr(": ");
        krt_err_write(text->data, text->len);
    }
    krt_decref(&text->h);
    err_cstr("\n");
}

/* Status CPython exits with after an uncaught KeyboardInterrupt (128 + SIGINT). */
#define KRT_EXIT_INTERRUPTED 130

int krt_exc_report_uncaught(void) {
    KrtExc *e = krt_exc_pending;
    if (!e) return 0;
    krt_out_flush();
    int status = 1;
    if (krt_type_is_subtype(e->h.type, KRT_T_SYSTEM_EXIT)) {
        if (e->msg) {
            krt_err_write(e->msg->data, e->msg->len);
            err_cstr("\n");
        } else {
            status = (int)e->code;
        }
    } else {
        /* newest first; printed oldest first */
        const KrtExc *chain[KRT_TRACEBACK_CHAIN];
        uint32_t n = 0;
        for (const KrtExc *c = e; c && n < KRT_TRACEBACK_CHAIN;) {
            bool seen = false;
            for (uint32_t i = 0; i < n; i++) seen |= chain[i] == c;
            if (seen) break;
            chain[n++] = c;
            c = c->cause ? c->cause : c->context;
        }
        for (uint32_t i = n; i-- > 0;) {
            const TbSegment *s = tb_find(chain[i]);
            if (s) tb_print_segment(s);
            exc_print_line(chain[i]);
            if (i > 0) {
                err_cstr(chain[i - 1]->cause == chain[i]
                             ? "\nThe above exception was the direct cause of the following exception:\n\n"
                             : "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if (krt_type_is_subtype(e->h.type, KRT_T_KEYBOARD_INTERRUPT)) status = KRT_EXIT_INTERRUPTED;
    }
    krt_exc_pending = NULL;
    tb_nsegs = 0;
    krt_decref(&e->h);
    return status;
}

#ifndef KRT_NO_TEST_HOOKS
void krt_exc_reset(void) {
    KrtExc *e = krt_exc_pending;
    krt_exc_pending = NULL;
    exc_handling = NULL;
    tb_nsegs = 0;
    krt_xdecref((KrtObject *)e);
}
#endif
