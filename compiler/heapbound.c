/* heapbound.c — a compile-time upper bound on the heap peak.
 *
 * Input: the IrProgram after escape analysis and the target's object sizes
 * (HeapLayout, from budget.c).  Output: a bound on the figure the runtime
 * reports as its peak (KrtHeapStats.peak: the largest sum of the requested
 * sizes of the live blocks, as krt_alloc and krt_realloc were asked; the
 * arena's rounding and slabs are not in it), or "unbounded" with the first
 * reason, and each site's share.
 *
 * The bound adds up, for every instruction that may take the heap, its
 * largest block times how many of its blocks may be live at once:
 *
 *  - How often a function runs: a module's top level once; otherwise the
 *    sum over its direct calls of the caller's count, a call in a loop
 *    counting as unbounded.  Recursion (a cycle of direct calls), exported
 *    functions, functions used as values, closures, the hooks the runtime
 *    calls (a class's __lt__, __hash__, __eq__, __next__, an exception's
 *    __str__), every other dunder method and any function no direct call
 *    reaches run an unbounded number of times.
 *  - Which activations may overlap: a function on a cycle, or one reachable
 *    from a function run in those other ways (a call the IR does not show
 *    may close a cycle through it).  Otherwise a function's activations
 *    never nest, so an object freed before its function returns is live at
 *    most once at a time per site.
 *  - A heap site whose object escapes: its size times its function's runs
 *    (unbounded in a loop).  One freed in its own function (escape.c's
 *    local_temp): once; in a loop, once per temporary that may hold one
 *    (holders_of: it and the temporaries it is copied to), since nothing
 *    else can keep it; unbounded in an overlapping function.  A statement
 *    temporary on the scratch stack may fall back to the heap: it counts
 *    once (it dies with its statement).  A stack slot in a loop whose
 *    previous object may still be live falls back to the heap for the
 *    objects still held: once per temporary that may hold one.  Constant,
 *    static and other stack sites take no heap.
 *  - Sizes: a program class's instance, a closure or a cell from the
 *    target layout; a str built
 *    from an int, a float or a bool, concatenations and f-string parts of
 *    str with a bounded length (followed through the temporaries), a list
 *    display ([a, b, c]: a header and a buffer of exactly its length).
 *    Anything else has a data-dependent size: unbounded.
 *  - Runtime calls that are not sites: the ones known to allocate nothing
 *    (kept_free below; element reads, lengths, comparisons, printing)
 *    and the appends that fill a list display within the capacity it was
 *    made with cost nothing; any other (appends that grow a list, dict and
 *    set updates, ...) makes the bound unbounded.
 *  - Exceptions: a program that catches none (no except, finally or with
 *    handler) has at most one exception raised by the runtime live at a
 *    time — raising ends the program — so it reserves one KrtExc and a
 *    message of at most RUNTIME_MESSAGE_MAX bytes (or the largest message
 *    a site builds for raise T(f"...")).  A program that catches exceptions
 *    reserves, for each exception that may be live at once (roots times
 *    the longest __context__ chain: see live_exceptions), the largest
 *    exception object and message; it is unbounded where an exception may
 *    be kept out of the roots' sight (check_exc_flow).  Program exception
 *    instances are then counted there, not as sites.
 *
 * Anything this file does not know makes the bound unbounded, so a new
 * operation is safe by default.  tests/run_suite.py checks the bound
 * against the measured peak of every budget test, and (`heapbound`) of
 * every program test.
 */
#include "heapbound.h"

#include <string.h>

#include "arena.h"
#include "escape.h"
#include "krait/krt.h"
#include "ptrmap.h"

#define UNBOUNDED UINT64_MAX
/* A run count beyond this is treated as unbounded (and keeps the
 * arithmetic far from overflow). */
#define RUNS_MAX 1000000u
/* The longest message the runtime or generated code raises with, apart
 * from those that quote program data (kept out of kept_free); the longest
 * today is the 70-character extended-slice message with two 20-digit
 * numbers. */
#define RUNTIME_MESSAGE_MAX 128u
/* AttributeError on None quotes the attribute: this plus the name. */
#define ATTR_MESSAGE_TEXT 48u
/* repr of a float: "-2.2250738585072014e-308" */
#define FLOAT_REPR_MAX 24u
/* How deep the length of a str is followed through temporaries. */
#define LEN_DEPTH_MAX 16

typedef struct Call {
    struct FnInfo *caller;
    bool in_loop;
    uint32_t line;
} Call;

typedef struct FnInfo {
    IrFunc *fn;
    bool *in_loop;        /* per block */
    PtrVec calls_in;      /* Call* */
    bool indirect;        /* run other than by the direct calls the IR shows */
    const char *why_indirect;
    bool in_cycle;
    const char *cycle;    /* "walk > visit > walk" */
    bool overlap;         /* activations may nest */
    int runs_state;       /* 0 not computed, 1 computing, 2 done */
    int handlers_state;   /* the same, for handlers */
    uint64_t handlers;    /* except clauses and with blocks in it and its callees, unfolded */
    uint64_t runs;
    const char *why_runs;
    int index;
} FnInfo;

typedef struct HB {
    const IrProgram *prog;
    const HeapLayout *lay;
    Arena *arena;
    FnInfo *fns;
    int n;
    PtrMap info_of; /* IrFunc* -> FnInfo* */
    HeapBound *out;
    PtrMap site_index; /* AllocSite* -> index + 1 */
    bool caught;       /* the program catches exceptions: they are counted together */
    uint64_t message;  /* the largest message a site makes for krt_raise_new */
} HB;

static const char *base_name(const char *path) {
    const char *slash = path ? strrchr(path, '/') : NULL;
    return slash ? slash + 1 : path ? path : "?";
}

static const char *at(HB *h, const IrFunc *fn, uint32_t line) {
    return arena_printf(h->arena, "%s:%u", base_name(fn->file), (unsigned)line);
}

static uint64_t mul_sat(uint64_t a, uint64_t b) {
    if (a == UNBOUNDED || b == UNBOUNDED) return a && b ? UNBOUNDED : 0;
    if (a && b > UINT64_MAX / 4 / a) return UNBOUNDED;
    return a * b;
}

static uint64_t add_sat(uint64_t a, uint64_t b) {
    if (a == UNBOUNDED || b == UNBOUNDED || a > UINT64_MAX / 2 || b > UINT64_MAX / 2) return UNBOUNDED;
    return a + b;
}

/* ---- runtime functions that allocate nothing -------------------------------- */

/* Runtime functions that take no heap, apart from the exception they may
 * raise (with a message of at most RUNTIME_MESSAGE_MAX bytes).  A name
 * ending in '_' is a prefix (the element-kind variants). */
static const char *const kept_free[] = {
    "krt_out_", "krt_list_size", "krt_list_get_", "krt_list_set_", "krt_list_contains_", "krt_list_count_",
    "krt_list_index_int", "krt_list_index_float", "krt_list_index_bool", "krt_list_index_in_int",
    "krt_list_max_", "krt_list_min_", "krt_list_sum_int", "krt_list_sum_float", "krt_list_equal",
    "krt_list_compare", "krt_list_reverse_v", "krt_list_clear_v", "krt_list_pop_", "krt_str_eq", "krt_str_len",
    "krt_str_cmp", "krt_str_byte_len", "krt_str_next_byte", "krt_str_ord_value", "krt_str_find", "krt_str_count",
    "krt_str_contains", "krt_str_startswith_in", "krt_str_endswith_in", "krt_str_index", "krt_str_isalnum",
    "krt_str_isalpha", "krt_str_isdigit", "krt_str_isspace", "krt_str_isupper", "krt_bytes_eq", "krt_bytes_cmp",
    "krt_bytes_len", "krt_bytes_getitem", "krt_bytes_find", "krt_bytes_count", "krt_bytes_contains",
    "krt_range_len", "krt_range_new", "krt_range_contains", "krt_range_getitem", "krt_range_sum",
    "krt_range_start", "krt_range_step", "krt_range_stop", "krt_range_length", "krt_range_eq", "krt_isinstance",
    "krt_is_type", "krt_compare_int_float", "krt_float_to_int_value", "krt_round_float_n",
    "krt_round_float_int", "krt_round_int_n", "krt_int_abs_value", "krt_float_same", "krt_check_unpack",
    "krt_check_divmod_float", "krt_tuple_check_index", "krt_tuple_check_member", "krt_zip_strict_check",
    "krt_check_attr_of_none", "krt_set_len", "krt_dict_len", "krt_raise_new", "krt_raise_system_exit",
    "krt_gc_collect", "krt_gc_enable", "krt_gc_disable", "krt_gc_isenabled", "krt_gc_mem_alloc",
    "krt_gc_mem_free", "krt_struct_check_unpack", "krt_struct_offset", "krt_struct_put_int", "krt_struct_get_int", "krt_struct_get_bool",
    "krt_struct_put_float", "krt_struct_get_float", "krt_struct_put_bytes", "krt_struct_put_pad", "krt_str_from_bool", "krt_exc_begin_handling", "krt_exc_end_handling", "krt_exc_str",
    "krt_exc_text", "krt_exc_args_len", "krt_exc_cause", "krt_exc_context", "krt_reraise",
    /* the C library's maths */
    "fabs", "sqrt", "floor", "ceil", "trunc", "fmod", "pow", "exp", "log", "log2", "log10", "sin", "cos", "tan",
    "asin", "acos", "atan", "atan2", "hypot", "sinh", "cosh", "tanh", "copysign",
};

static bool is_kept_free(const char *c_name) {
    for (size_t i = 0; i < sizeof kept_free / sizeof *kept_free; i++) {
        size_t n = strlen(kept_free[i]);
        if (kept_free[i][n - 1] == '_' ? strncmp(c_name, kept_free[i], n) == 0 : strcmp(c_name, kept_free[i]) == 0)
            return true;
    }
    return false;
}

/* Runtime functions whose only exception is MemoryError (preallocated: it
 * takes no heap).  A name ending in '_' is a prefix. */
static const char *const only_memory_error[] = {
    "krt_list_new_", "krt_list_append_", "krt_str_from_int", "krt_str_from_float", "krt_str_from_bool",
    "krt_out_",
};

/* May in raise an exception the runtime makes on the heap?  Calls of
 * program functions raise what their own instructions raise. */
static bool raises_on_heap(const IrInstr *in) {
    if (in->op == IR_RAISE) return true;
    if (!(in->flags & IR_MAY_RAISE) || in->op == IR_CALL || in->op == IR_NEW) return false;
    if (in->op != IR_CALL_RT) return true;
    for (size_t i = 0; i < sizeof only_memory_error / sizeof *only_memory_error; i++) {
        size_t n = strlen(only_memory_error[i]);
        if (only_memory_error[i][n - 1] == '_' ? strncmp(in->rt->c_name, only_memory_error[i], n) == 0
                                               : strcmp(in->rt->c_name, only_memory_error[i]) == 0)
            return false;
    }
    return true;
}

/* ---- the call graph ------------------------------------------------------------- */

static FnInfo *info(HB *h, const IrFunc *fn) {
    return fn ? ptrmap_get(&h->info_of, fn) : NULL;
}

static void mark_indirect(FnInfo *f, const char *why) {
    if (f && !f->indirect) {
        f->indirect = true;
        f->why_indirect = why;
    }
}

static bool is_dunder(const char *name) {
    const char *dot = strrchr(name, '.');
    const char *m = dot ? dot + 1 : name;
    size_t n = strlen(m);
    return n > 4 && strncmp(m, "__", 2) == 0 && strcmp(m + n - 2, "__") == 0 && strcmp(m, "__init__") != 0;
}

static void build_graph(HB *h) {
    const IrProgram *p = h->prog;
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        IrFunc *fn = fi->fn;
        fi->in_loop = blocks_in_loops(h->arena, fn);
        if (fn->exported && !fn->is_module_init) mark_indirect(fi, "exported: the firmware calls it");
        if (fn->value_object) mark_indirect(fi, arena_printf(h->arena, "%s is used as a value", fn->name));
        if (fn->is_generator) mark_indirect(fi, arena_printf(h->arena, "%s is a generator", fn->name));
        if (is_dunder(fn->name)) mark_indirect(fi, arena_printf(h->arena, "the runtime may call %s", fn->name));
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                FnInfo *callee = info(h, in->callee);
                if (!callee) continue;
                if (in->op != IR_CALL) {
                    mark_indirect(callee, arena_printf(h->arena, "%s is used as a value at %s", in->callee->name,
                                                       at(h, fn, in->line)));
                    continue;
                }
                Call *c = arena_alloc(h->arena, sizeof *c);
                c->caller = fi;
                c->in_loop = fi->in_loop[b->id];
                c->line = in->line;
                ptrvec_push(h->arena, &callee->calls_in, c);
            }
        }
    }
    for (int i = 0; i < p->classes.len; i++) {
        const IrClass *c = p->classes.items[i];
        IrFunc *hooks[] = {c->str_func, c->lt_func, c->hash_func, c->eq_func, c->next_func};
        for (size_t k = 0; k < sizeof hooks / sizeof *hooks; k++)
            if (hooks[k]) mark_indirect(info(h, hooks[k]), arena_printf(h->arena, "the runtime calls %s", hooks[k]->name));
    }
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        if (!fi->fn->is_module_init && !fi->calls_in.len)
            mark_indirect(fi, arena_printf(h->arena, "%s is called in a way the budget does not follow", fi->fn->name));
    }
}

/* Is `to` reachable from `from` by direct calls?  parent[] records the path. */
static bool reaches(HB *h, int from, int to, int *parent, int *queue) {
    for (int i = 0; i < h->n; i++) parent[i] = -2;
    int head = 0, tail = 0;
    queue[tail++] = from;
    parent[from] = -1;
    while (head < tail) {
        int cur = queue[head++];
        const IrFunc *fn = h->fns[cur].fn;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                FnInfo *callee = in->op == IR_CALL ? info(h, in->callee) : NULL;
                if (!callee) continue;
                if (callee->index == to) {
                    parent[to] = cur;
                    return true;
                }
                if (parent[callee->index] != -2) continue;
                parent[callee->index] = cur;
                queue[tail++] = callee->index;
            }
        }
    }
    return false;
}

static void find_cycles(HB *h) {
    int *parent = arena_alloc(h->arena, (size_t)(h->n + 1) * sizeof *parent);
    int *queue = arena_alloc(h->arena, (size_t)(h->n + 1) * sizeof *queue);
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        /* a path f -> ... -> f: search from f's callees back to f */
        if (!reaches(h, f, f, parent, queue)) continue;
        fi->in_cycle = true;
        int path[64], len = 0;
        for (int cur = parent[f]; cur != f && cur >= 0 && len < 64; cur = parent[cur]) path[len++] = cur;
        char buf[512];
        size_t used = (size_t)snprintf(buf, sizeof buf, "%s", fi->fn->name);
        for (int k = len - 1; k >= 0 && used < sizeof buf - 80; k--)
            used += (size_t)snprintf(buf + used, sizeof buf - used, " > %s", h->fns[path[k]].fn->name);
        snprintf(buf + used, sizeof buf - used, " > %s", fi->fn->name);
        fi->cycle = arena_printf(h->arena, "%s", buf);
    }
    /* overlap: on a cycle, or reachable from a function run other ways */
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        if (!fi->indirect && !fi->in_cycle) continue;
        fi->overlap = true;
        int head = 0, tail = 0;
        for (int i = 0; i < h->n; i++) parent[i] = 0;
        queue[tail++] = f;
        parent[f] = 1;
        while (head < tail) {
            const IrFunc *fn = h->fns[queue[head++]].fn;
            for (int bi = 0; bi < fn->blocks.len; bi++) {
                const IrBlock *b = fn->blocks.items[bi];
                for (int i = 0; i < b->instrs.len; i++) {
                    const IrInstr *in = b->instrs.items[i];
                    FnInfo *callee = in->op == IR_CALL ? info(h, in->callee) : NULL;
                    if (!callee || parent[callee->index]) continue;
                    parent[callee->index] = 1;
                    callee->overlap = true;
                    queue[tail++] = callee->index;
                }
            }
        }
    }
}

/* How many times fn may run (UNBOUNDED), with the reason when unbounded. */
static uint64_t runs_of(HB *h, FnInfo *fi) {
    if (fi->runs_state == 2) return fi->runs;
    if (fi->runs_state == 1) { /* a cycle the search above named */
        fi->why_runs = fi->cycle ? fi->cycle : "recursion";
        return UNBOUNDED;
    }
    fi->runs_state = 1;
    uint64_t runs = 0;
    const char *why = NULL;
    if (fi->in_cycle) {
        runs = UNBOUNDED;
        why = arena_printf(h->arena, "recursion %s", fi->cycle);
    } else if (fi->indirect) {
        runs = UNBOUNDED;
        why = fi->why_indirect;
    } else {
        if (fi->fn->is_module_init) runs = 1;
        for (int k = 0; k < fi->calls_in.len && runs != UNBOUNDED; k++) {
            const Call *c = fi->calls_in.items[k];
            uint64_t r = runs_of(h, c->caller);
            if (r == UNBOUNDED) {
                why = c->caller->why_runs;
                runs = UNBOUNDED;
            } else if (c->in_loop && r) {
                why = arena_printf(h->arena, "%s is called in a loop at %s", fi->fn->name, at(h, c->caller->fn, c->line));
                runs = UNBOUNDED;
            } else {
                runs = add_sat(runs, r);
                if (runs > RUNS_MAX) {
                    runs = UNBOUNDED;
                    why = arena_printf(h->arena, "%s runs more than %u times", fi->fn->name, RUNS_MAX);
                }
            }
        }
    }
    fi->runs = runs;
    fi->why_runs = why;
    fi->runs_state = 2;
    return runs;
}

/* ---- sizes ---------------------------------------------------------------------- */

static uint64_t str_bytes(HB *h, uint64_t len) {
    return len == UNBOUNDED ? UNBOUNDED : h->lay->str_header + len + 1;
}

static uint64_t int_text_max(HB *h) {
    return h->lay->int_bits == 32 ? 11 : 20; /* "-2147483648", "-9223372036854775808" */
}

static const IrStrConst *const_str_of(HB *h, const IrFunc *fn, const IrTemp *t);

/* The definitions of t in fn: n of them, into defs (at most max). */
static int defs_of(const IrFunc *fn, const IrTemp *t, const IrInstr **defs, int max) {
    int n = 0;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->dst != t || in->op == IR_CLEAR) continue;
            if (n < max) defs[n] = in;
            n++;
        }
    }
    return n;
}

static const IrStrConst *const_str_of(HB *h, const IrFunc *fn, const IrTemp *t) {
    const IrInstr *defs[2];
    if (t->is_param || defs_of(fn, t, defs, 2) != 1 || defs[0]->op != IR_CONST_STR) return NULL;
    int64_t k = defs[0]->imm.i;
    return k >= 0 && k < h->prog->strs.len ? h->prog->strs.items[k] : NULL;
}

static bool const_int_of(const IrFunc *fn, const IrTemp *t, int64_t *v) {
    const IrInstr *defs[2];
    if (t->is_param || defs_of(fn, t, defs, 2) != 1 || defs[0]->op != IR_CONST) return false;
    *v = defs[0]->imm.i;
    return true;
}

/* The width of an int format spec made only of alignment, sign, zero and
 * width ("", "4d", ">08", "+5"); -1 for any other spec. */
static int64_t simple_int_spec_width(const IrStrConst *spec) {
    if (!spec) return -1;
    int64_t width = 0;
    for (uint32_t i = 0; i < spec->len; i++) {
        char c = spec->data[i];
        if (c >= '0' && c <= '9') {
            width = width * 10 + (c - '0');
            if (width > 100000) return -1;
        } else if (!strchr("<>^=+- d", c) || (c == 'd' && i + 1 != spec->len)) {
            return -1;
        }
    }
    return width;
}

static uint64_t text_len(HB *h, const IrFunc *fn, const IrInstr *in, int depth);

/* The longest str temporary t of fn may hold, UNBOUNDED when unknown. */
static uint64_t len_of(HB *h, const IrFunc *fn, const IrTemp *t, int depth) {
    if (t->is_param || depth > LEN_DEPTH_MAX) return UNBOUNDED;
    const IrInstr *defs[8];
    int n = defs_of(fn, t, defs, 8);
    if (n == 0 || n > 8) return UNBOUNDED;
    uint64_t longest = 0;
    for (int k = 0; k < n; k++) {
        const IrInstr *d = defs[k];
        uint64_t len = UNBOUNDED;
        if (d->op == IR_CONST_STR) {
            const IrStrConst *s = d->imm.i >= 0 && d->imm.i < h->prog->strs.len ? h->prog->strs.items[d->imm.i] : NULL;
            len = s ? s->len : UNBOUNDED;
        } else if (d->op == IR_MOVE) {
            len = len_of(h, fn, d->args[0], depth + 1);
        } else if (d->op == IR_CALL_RT) {
            len = text_len(h, fn, d, depth + 1);
        }
        if (len == UNBOUNDED) return UNBOUNDED;
        if (len > longest) longest = len;
    }
    return longest;
}

/* The longest text a str-building runtime call makes, UNBOUNDED when it
 * depends on the data. */
static uint64_t text_len(HB *h, const IrFunc *fn, const IrInstr *in, int depth) {
    const char *n = in->rt->c_name;
    if (strcmp(n, "krt_str_from_int") == 0) return int_text_max(h);
    if (strcmp(n, "krt_str_from_float") == 0) return FLOAT_REPR_MAX;
    if (strcmp(n, "krt_str_from_bool") == 0) return 5;
    if (strcmp(n, "krt_format_int_value") == 0 && in->nargs == 2) {
        int64_t width = simple_int_spec_width(const_str_of(h, fn, in->args[1]));
        if (width < 0) return UNBOUNDED;
        return (uint64_t)width > int_text_max(h) ? (uint64_t)width : int_text_max(h);
    }
    if (strcmp(n, "krt_format_str_value") == 0 && in->nargs == 2) {
        const IrStrConst *spec = const_str_of(h, fn, in->args[1]);
        return spec && spec->len == 0 ? len_of(h, fn, in->args[0], depth) : UNBOUNDED;
    }
    if (strcmp(n, "krt_str_concat") == 0 && in->nargs == 2)
        return add_sat(len_of(h, fn, in->args[0], depth), len_of(h, fn, in->args[1], depth));
    return UNBOUNDED;
}

/* Element size of a krt_list_new_<kind>, 0 when not one. */
static uint32_t list_elem_bytes(HB *h, const char *c_name) {
    static const char prefix[] = "krt_list_new_";
    if (strncmp(c_name, prefix, sizeof prefix - 1) != 0) return 0;
    const char *kind = c_name + sizeof prefix - 1;
    if (strcmp(kind, "int") == 0) return (uint32_t)h->lay->int_bits / 8;
    if (strcmp(kind, "float") == 0) return (uint32_t)h->lay->float_bits / 8;
    if (strcmp(kind, "bool") == 0) return 1;
    if (!strcmp(kind, "str") || !strcmp(kind, "list") || !strcmp(kind, "bytes") || !strcmp(kind, "obj") ||
        !strcmp(kind, "optobj"))
        return (uint32_t)h->lay->ptr_bytes;
    return 0;
}

/* The largest block a site's instruction allocates (several blocks: their
 * sum), UNBOUNDED when it depends on the data. */
static uint64_t site_size(HB *h, const IrFunc *fn, const IrInstr *in, const char **why) {
    const IrProgram *p = h->prog;
    if (in->op == IR_NEW) {
        int64_t k = in->imm.i - KRT_T__FIRST_USER;
        const IrClass *c = k >= 0 && k < p->classes.len ? p->classes.items[k] : NULL;
        if (!c) {
            *why = "its class is not known";
            return UNBOUNDED;
        }
        uint32_t bytes = h->lay->class_bytes(h->lay->ctx, c);
        if (!bytes) {
            *why = "its size is not known";
            return UNBOUNDED;
        }
        return bytes;
    }
    if (in->op == IR_CALL_RT) {
        uint32_t esize = list_elem_bytes(h, in->rt->c_name);
        int64_t cap;
        if (esize && in->nargs == 1 && const_int_of(fn, in->args[0], &cap) && cap >= 0 && cap <= 1000000)
            return h->lay->list_header + (uint64_t)cap * esize;
        /* [x, y] * N: a display of at most cap elements repeated N times */
        const IrInstr *defs[2];
        int64_t times;
        if (strcmp(in->rt->c_name, "krt_list_repeat_v") == 0 && in->nargs == 2 && !in->args[0]->is_param &&
            defs_of(fn, in->args[0], defs, 2) == 1 && defs[0]->op == IR_CALL_RT &&
            (esize = list_elem_bytes(h, defs[0]->rt->c_name)) != 0 && defs[0]->nargs == 1 &&
            const_int_of(fn, defs[0]->args[0], &cap) && const_int_of(fn, in->args[1], &times) && cap >= 0 &&
            cap <= 1000000 && times <= 1000000)
            return h->lay->list_header + (uint64_t)cap * (uint64_t)(times > 0 ? times : 0) * esize;
        uint64_t len = text_len(h, fn, in, 0);
        if (len != UNBOUNDED) return str_bytes(h, len);
        /* str(e): the message itself, or what a __str__ made (its own sites) */
        if (!strcmp(in->rt->c_name, "krt_exc_str") || !strcmp(in->rt->c_name, "krt_exc_text")) return 0;
    }
    *why = "its size depends on the data";
    return UNBOUNDED;
}

/* Does this append fill a list display within the capacity it was made
 * with (one definition, krt_list_new_<kind>(N), at most N appends to it,
 * none in a loop)? */
static bool fills_display(HB *h, FnInfo *fi, const IrInstr *append) {
    const IrFunc *fn = fi->fn;
    if (!append->nargs || strncmp(append->rt->c_name, "krt_list_append_", 16) != 0) return false;
    const IrTemp *list = append->args[0];
    const IrInstr *defs[2];
    int64_t cap;
    if (list->is_param || defs_of(fn, list, defs, 2) != 1 || defs[0]->op != IR_CALL_RT ||
        !list_elem_bytes(h, defs[0]->rt->c_name) || defs[0]->nargs != 1 || !const_int_of(fn, defs[0]->args[0], &cap))
        return false;
    int64_t appends = 0;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            bool uses = false;
            for (int a = 0; a < in->nargs; a++) uses |= in->args[a] == list;
            if (!uses || in->op != IR_CALL_RT) continue;
            if (in == defs[0]) return false;
            if (strncmp(in->rt->c_name, "krt_list_append_", 16) == 0 && in->args[0] == list) {
                if (fi->in_loop[b->id]) return false;
                appends++;
            } else if (!is_kept_free(in->rt->c_name) && strcmp(in->rt->c_name, "krt_list_repeat_v") != 0) {
                return false; /* something else grows or changes it */
            }
        }
    }
    for (int bi = 0; bi < fn->blocks.len; bi++) { /* the display itself not made in a loop */
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++)
            if (b->instrs.items[i] == defs[0] && fi->in_loop[b->id]) return false;
    }
    return appends <= cap;
}

/* ---- caught exceptions ---------------------------------------------------------- */

/* A program that catches exceptions may hold several at once.  Every live
 * exception is reachable from a root — the pending exception, one being
 * made while another is pending, or a temporary (a local, a handler's
 * variable, a parameter) or global typed as an exception — through
 * __context__ links, provided exceptions go nowhere else (check_exc_flow
 * refuses containers, fields, closures, functions that may be re-entered,
 * `raise e` of an exception that is not new, and `raise ... from`).  A
 * __context__ is the exception a handler was handling when the new one was
 * raised, and contexts are set only then, so the exceptions after the
 * first on a chain were handled by distinct handlers of the call tree (a
 * handler run again in a later iteration of a loop finds nothing of the
 * earlier iteration's chains left being handled): a chain is at most one
 * plus the number of except clauses and with blocks in the call tree,
 * each function counted once per call site that reaches it. */

static uint64_t holders_of(HB *h, const IrFunc *fn, const IrTemp *t, bool copies_only);

static bool type_is_exc(Type *t) {
    t = type_resolve(t);
    if (t && t->kind == TY_OPTIONAL && t->nargs == 1) t = type_resolve(t->args[0]);
    if (!t || t->kind != TY_CLASS) return false;
    for (const ClassInfo *c = t->cls; c; c = c->base)
        if (strcmp(c->name, "BaseException") == 0 && c->module && strcmp(c->module, "builtins") == 0) return true;
    return false;
}

/* Does t hold an exception inside a container, a tuple or a function? */
static bool type_holds_exc(Type *t, int depth) {
    t = type_resolve(t);
    if (!t || depth > 8 || t->kind == TY_CLASS) return false;
    for (int i = 0; i < t->nargs; i++)
        if ((t->kind != TY_OPTIONAL && type_is_exc(t->args[i])) || type_holds_exc(t->args[i], depth + 1)) return true;
    return t->ret && (type_is_exc(t->ret) || type_holds_exc(t->ret, depth + 1));
}

/* Is t, as raised, an exception no one else has seen (made by the class
 * or T(a, b) just now)? */
static bool is_new_exc(const IrFunc *fn, const IrTemp *t, int depth) {
    const IrInstr *defs[4];
    int n = t->is_param || depth > LEN_DEPTH_MAX ? 0 : defs_of(fn, t, defs, 4);
    if (n < 1 || n > 4) return false;
    for (int k = 0; k < n; k++) {
        const IrInstr *d = defs[k];
        if (d->op == IR_MOVE ? !is_new_exc(fn, d->args[0], depth + 1) : d->op != IR_NEW) return false;
    }
    return true;
}

/* Runtime functions that may take an exception argument: they read it. */
static const char *const exc_readers[] = {
    "krt_exc_begin_handling", "krt_exc_end_handling", "krt_exc_str", "krt_exc_text", "krt_exc_args_len",
    "krt_exc_args_repr", "krt_exc_cause", "krt_exc_context", "krt_isinstance", "krt_is_type",
};

/* Is fn a module's fini?  It runs once, at exit, and holds only what the
 * module's globals (roots themselves) hold. */
static bool is_fini(HB *h, const IrFunc *fn) {
    for (int i = 0; i < h->prog->modules.len; i++)
        if (((const IrModule *)h->prog->modules.items[i])->fini == fn) return true;
    return false;
}

/* Why an exception may be held where the roots above do not see it; NULL
 * when it cannot. */
static const char *check_exc_flow(HB *h) {
    const IrProgram *p = h->prog;
    for (int i = 0; i < p->classes.len; i++) {
        const IrClass *c = p->classes.items[i];
        for (int k = 0; k < c->nfields; k++)
            if (type_is_exc(c->field_types[k]) || type_holds_exc(c->field_types[k], 0))
                return arena_printf(h->arena, "an exception is kept in a field of %s", c->name);
    }
    for (int i = 0; i < p->globals.len; i++) {
        const IrGlobal *g = p->globals.items[i];
        if (type_holds_exc(g->type, 0)) return arena_printf(h->arena, "the global '%s' holds exceptions", g->name);
    }
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        const IrFunc *fn = fi->fn;
        for (int i = 0; i < fn->temps.len; i++) {
            const IrTemp *t = fn->temps.items[i];
            if (type_holds_exc(t->type, 0))
                return arena_printf(h->arena, "%s keeps exceptions in a %s", fn->name, type_name(h->arena, t->type));
            if (fi->overlap && type_is_exc(t->type) && !is_fini(h, fn))
                return arena_printf(h->arena, "%s holds an exception and may be re-entered", fn->name);
        }
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            if (b->term.kind == TERM_YIELD && b->term.value && type_is_exc(b->term.value->type))
                return arena_printf(h->arena, "%s yields an exception", at(h, fn, b->term.line));
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                const char *where = at(h, fn, in->line);
                if (fi->overlap && (in->op == IR_EXC_FETCH ||
                                    (in->op == IR_CALL_RT && !strcmp(in->rt->c_name, "krt_exc_begin_handling"))))
                    return arena_printf(h->arena, "%s handles an exception in %s, which may be re-entered", where,
                                        fn->name);
                if (in->op == IR_RAISE && !is_new_exc(fn, in->args[0], 0))
                    return arena_printf(h->arena, "%s raises an exception that is not new", where);
                if (in->op != IR_CALL_RT) {
                    bool passes = false;
                    for (int a = 0; a < in->nargs; a++) passes |= type_is_exc(in->args[a]->type);
                    if (passes && (in->op == IR_CALL_VALUE || in->op == IR_TUPLE_MAKE || in->op == IR_FIELD_SET))
                        return arena_printf(h->arena, "%s an exception is passed on (%s)", where, ir_op_name(in->op));
                    continue;
                }
                const char *n = in->rt->c_name;
                if (!strcmp(n, "krt_raise")) {
                    if (!is_new_exc(fn, in->args[0], 0))
                        return arena_printf(h->arena, "%s raises an exception that is not new", where);
                    continue;
                }
                if (!strcmp(n, "krt_raise_from"))
                    return arena_printf(h->arena, "%s raise ... from (its cause is not counted yet)", where);
                bool reader = false;
                for (size_t k = 0; k < sizeof exc_readers / sizeof *exc_readers; k++) reader |= !strcmp(n, exc_readers[k]);
                for (int a = 0; a < in->nargs && !reader; a++)
                    if (type_is_exc(in->args[a]->type))
                        return arena_printf(h->arena, "%s an exception is passed to %s", where, n);
            }
        }
    }
    return NULL;
}

/* Except clauses and with blocks fi and its callees may run, a callee
 * counted once per call site. */
static uint64_t handlers_of(HB *h, FnInfo *fi) {
    if (fi->handlers_state == 2) return fi->handlers;
    if (fi->handlers_state == 1) return UNBOUNDED; /* a cycle (refused before) */
    fi->handlers_state = 1;
    uint64_t n = 0;
    const IrFunc *fn = fi->fn;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->op == IR_CALL_RT && !strcmp(in->rt->c_name, "krt_exc_begin_handling")) n = add_sat(n, 1);
            FnInfo *callee = in->op == IR_CALL ? info(h, in->callee) : NULL;
            if (callee) n = add_sat(n, handlers_of(h, callee));
        }
    }
    if (n > RUNS_MAX) n = UNBOUNDED;
    fi->handlers = n;
    fi->handlers_state = 2;
    return n;
}

/* How many exceptions fi's temporaries may hold at once: one per
 * parameter, one per instruction outside loops that makes or takes one
 * (fetch, new, a call's result, a global's value), and for one in a loop
 * the temporaries its exceptions may be copied to; or, when fewer, one per
 * temporary typed as an exception, but for the borrowed ones
 * krt_exc_begin_handling returns. */
static uint64_t exc_roots_of(HB *h, FnInfo *fi) {
    const IrFunc *fn = fi->fn;
    uint64_t n = 0, temps = 0;
    /* or: every temporary that may hold one (not one only ever borrowed) */
    bool *holds = arena_alloc(h->arena, (size_t)(fn->temps.len + 1) * sizeof *holds);
    memset(holds, 0, (size_t)(fn->temps.len + 1) * sizeof *holds);
    for (int i = 0; i < fn->params.len; i++) holds[((const IrTemp *)fn->params.items[i])->id] = true;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->dst && in->dst->id >= 0 && in->dst->id < fn->temps.len &&
                !(in->op == IR_CALL_RT && !strcmp(in->rt->c_name, "krt_exc_begin_handling")))
                holds[in->dst->id] = true;
        }
    }
    for (int i = 0; i < fn->temps.len; i++) {
        const IrTemp *t = fn->temps.items[i];
        temps += holds[t->id] && type_is_exc(t->type);
    }
    for (int i = 0; i < fn->params.len; i++) n += type_is_exc(((const IrTemp *)fn->params.items[i])->type);
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (!in->dst || !type_is_exc(in->dst->type) || in->op == IR_MOVE || in->op == IR_OPT_WRAP ||
                in->op == IR_OPT_UNWRAP || in->op == IR_CLEAR || in->op == IR_OPT_NONE ||
                (in->op == IR_CALL_RT && !strcmp(in->rt->c_name, "krt_exc_begin_handling")))
                continue;
            n = add_sat(n, fi->in_loop[b->id] ? holders_of(h, fn, in->dst, true) : 1);
        }
    }
    return n < temps ? n : temps;
}

/* How many exceptions may be live at once in a program that catches them;
 * UNBOUNDED with *why. */
static uint64_t live_exceptions(HB *h, const char **why) {
    *why = check_exc_flow(h);
    if (*why) return UNBOUNDED;
    uint64_t roots = 2, chain = 1; /* the pending one, and one being raised */
    bool generators = false;
    for (int f = 0; f < h->n; f++) {
        FnInfo *fi = &h->fns[f];
        generators |= fi->fn->is_generator;
        if (fi->fn->is_module_init) chain = add_sat(chain, handlers_of(h, fi));
        if (!fi->overlap) roots = add_sat(roots, exc_roots_of(h, fi));
    }
    for (int i = 0; i < h->prog->globals.len; i++)
        if (type_is_exc(((const IrGlobal *)h->prog->globals.items[i])->type)) roots++;
    if (generators) roots++; /* the GeneratorExit closing one */
    uint64_t n = mul_sat(roots, chain);
    if (n > RUNS_MAX) {
        *why = "too many exceptions may be live at once";
        return UNBOUNDED;
    }
    return n;
}

/* Is this heap site the message of the exception krt_raise_new makes (its
 * only use), so that it lives and dies with it? */
static bool is_raise_message(const IrFunc *fn, const IrInstr *site) {
    const IrTemp *t = site->dst;
    const IrInstr *defs[2];
    if (!t || site->op != IR_CALL_RT || defs_of(fn, t, defs, 2) != 1) return false;
    int raises = 0;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        if (b->term.value == t) return false;
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            for (int a = 0; a < in->nargs; a++) {
                if (in->args[a] != t || in->op == IR_DECREF || in->op == IR_INCREF) continue;
                if (in->op == IR_CALL_RT && !strcmp(in->rt->c_name, "krt_raise_new") && a == 1) raises++;
                else return false;
            }
        }
    }
    return raises == 1;
}

/* A bound on how many objects of the site defining t may be live at once
 * in one activation of fn, when none escapes: every one is held by t or by
 * a temporary it was copied into (a move, an Optional wrap or unwrap, or
 * the result of a call given one: it may return its argument, or an
 * iterator over it).
 * A temporary holds one reference at a time.  copies_only: follow only
 * copies (the runtime calls taking exceptions return other objects).
 * UNBOUNDED when t is not a plain temporary. */
static uint64_t holders_of(HB *h, const IrFunc *fn, const IrTemp *t, bool copies_only) {
    if (!t || t->id < 0 || t->id >= fn->temps.len) return UNBOUNDED;
    bool *in = arena_alloc(h->arena, (size_t)fn->temps.len * sizeof *in);
    memset(in, 0, (size_t)fn->temps.len * sizeof *in);
    in[t->id] = true;
    uint64_t n = 1;
    for (bool grew = true; grew;) {
        grew = false;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *x = b->instrs.items[i];
                if (!x->dst || x->dst->id < 0 || x->dst->id >= fn->temps.len || in[x->dst->id]) continue;
                if (x->op != IR_MOVE && x->op != IR_OPT_WRAP && x->op != IR_OPT_UNWRAP &&
                    (copies_only || (x->op != IR_CALL_RT && x->op != IR_CALL)))
                    continue;
                bool from = false;
                for (int a = 0; a < x->nargs; a++) from |= x->args[a]->id >= 0 && x->args[a]->id < fn->temps.len && in[x->args[a]->id];
                if (!from) continue;
                in[x->dst->id] = true;
                n++;
                grew = true;
            }
        }
    }
    return n;
}

/* ---- the bound ------------------------------------------------------------------ */

static void unbounded(HB *h, const char *why) {
    if (h->out->bounded) {
        h->out->bounded = false;
        h->out->reason = why;
    }
}

static void charge_site(HB *h, const AllocSite *s, uint64_t bytes, const char *why) {
    intptr_t k = (intptr_t)ptrmap_get(&h->site_index, s);
    if (k) {
        uint64_t *slot = &h->out->site_bytes[k - 1];
        *slot = add_sat(*slot, bytes);
        if (why && !h->out->site_why[k - 1]) h->out->site_why[k - 1] = why;
    }
    if (bytes == UNBOUNDED) unbounded(h, why);
    else h->out->bytes = add_sat(h->out->bytes, bytes);
}

static void account_site(HB *h, FnInfo *fi, const IrBlock *b, const IrInstr *in) {
    const AllocSite *s = in->site;
    const IrFunc *fn = fi->fn;
    const char *where = arena_printf(h->arena, "%s %s", at(h, fn, in->line), s->text ? s->text : "");
    bool loop = fi->in_loop[b->id];
    if (s->storage == STORAGE_CONSTANT || s->storage == STORAGE_STATIC) return;
    if (in->op == IR_CALL || (s->storage == STORAGE_STACK && !s->scratch)) {
        /* a frame slot (its own, or one offered to a callee): the heap only
         * when the slot's previous object may still be live */
        if (s->in_loop && !s->reuse_dead) {
            /* each object still live is held by a variable it was copied to */
            const char *why_size = NULL;
            uint64_t size = in->op == IR_NEW ? site_size(h, fn, in, &why_size) : UNBOUNDED;
            uint64_t holders = fi->overlap ? UNBOUNDED : holders_of(h, fn, in->dst, false);
            if (size == UNBOUNDED || holders == UNBOUNDED)
                charge_site(h, s, UNBOUNDED,
                            arena_printf(h->arena, "%s takes the heap when its slot is still live (in a loop)", where));
            else
                charge_site(h, s, mul_sat(size, holders), NULL);
        }
        return;
    }
    const char *why_size = NULL;
    uint64_t size = site_size(h, fn, in, &why_size);
    if (size != UNBOUNDED && is_raise_message(fn, in)) { /* counted with its exception */
        if (size > h->message) h->message = size;
        return;
    }
    if (h->caught && in->op == IR_NEW && !in->callee) {
        int64_t k = in->imm.i - KRT_T__FIRST_USER;
        const IrClass *c = k >= 0 && k < h->prog->classes.len ? h->prog->classes.items[k] : NULL;
        if (c && (c->is_exception || c->exc_struct)) return; /* counted with the live exceptions */
    }
    if (size == UNBOUNDED) {
        charge_site(h, s, UNBOUNDED, arena_printf(h->arena, "%s: %s%s", where, why_size, loop ? " (in a loop)" : ""));
        return;
    }
    h->out->sites++;
    if (size == 0) return; /* a reference to an object that exists already */
    if (s->scratch || s->local_temp) { /* dead before its site runs again in this activation */
        if (fi->overlap)
            charge_site(h, s, UNBOUNDED,
                        arena_printf(h->arena, "%s: %s may be re-entered (%s)", where, fn->name,
                                     fi->in_cycle ? arena_printf(h->arena, "recursion %s", fi->cycle)
                                                  : "through a call the budget does not follow"));
        else if (s->local_temp && loop && holders_of(h, fn, in->dst, false) == UNBOUNDED)
            charge_site(h, s, UNBOUNDED, arena_printf(h->arena, "%s is made in a loop", where));
        else if (s->local_temp && loop) /* each one still live is held by a variable it was copied to */
            charge_site(h, s, mul_sat(size, holders_of(h, fn, in->dst, false)), NULL);
        else
            charge_site(h, s, size, NULL);
        return;
    }
    uint64_t runs = runs_of(h, fi);
    if (runs == UNBOUNDED)
        charge_site(h, s, UNBOUNDED, arena_printf(h->arena, "%s: %s", where, fi->why_runs));
    else if (loop)
        charge_site(h, s, UNBOUNDED, arena_printf(h->arena, "%s is kept, and made in a loop", where));
    else
        charge_site(h, s, mul_sat(size, runs), NULL);
}

static const char *rt_grows(HB *h, const IrFunc *fn, const IrInstr *in, bool loop) {
    const char *n = in->rt->c_name, *w = at(h, fn, in->line), *l = loop ? " in a loop" : "";
    if (strstr(n, "append") || strstr(n, "extend") || strstr(n, "insert"))
        return arena_printf(h->arena, "%s a list grows%s", w, l);
    if (strncmp(n, "krt_dict", 8) == 0) return arena_printf(h->arena, "%s a dict may grow%s (%s)", w, l, n);
    if (strncmp(n, "krt_set", 7) == 0) return arena_printf(h->arena, "%s a set may grow%s (%s)", w, l, n);
    return arena_printf(h->arena, "%s %s may allocate%s", w, n, l);
}

HeapBound *heap_bound_compute(const IrProgram *prog, const HeapLayout *layout) {
    HB h;
    memset(&h, 0, sizeof h);
    h.prog = prog;
    h.lay = layout;
    h.arena = prog->arena;
    h.n = prog->funcs.len;
    HeapBound *out = arena_alloc(h.arena, sizeof *out);
    memset(out, 0, sizeof *out);
    out->bounded = true;
    out->site_bytes = arena_alloc(h.arena, (size_t)(prog->sites.len + 1) * sizeof *out->site_bytes);
    out->site_why = arena_alloc(h.arena, (size_t)(prog->sites.len + 1) * sizeof *out->site_why);
    memset(out->site_bytes, 0, (size_t)(prog->sites.len + 1) * sizeof *out->site_bytes);
    memset(out->site_why, 0, (size_t)(prog->sites.len + 1) * sizeof *out->site_why);
    h.out = out;
    ptrmap_init(&h.site_index, h.arena);
    for (int i = 0; i < prog->sites.len; i++) ptrmap_put(&h.site_index, prog->sites.items[i], (void *)(intptr_t)(i + 1));
    h.fns = arena_alloc(h.arena, (size_t)(h.n + 1) * sizeof *h.fns);
    memset(h.fns, 0, (size_t)(h.n + 1) * sizeof *h.fns);
    ptrmap_init(&h.info_of, h.arena);
    for (int f = 0; f < h.n; f++) {
        h.fns[f].fn = prog->funcs.items[f];
        h.fns[f].index = f;
        ptrmap_put(&h.info_of, h.fns[f].fn, &h.fns[f]);
    }
    build_graph(&h);
    find_cycles(&h);
    bool may_raise = false;
    const char *caught = NULL;
    for (int f = 0; f < h.n && !h.caught; f++) {
        const IrFunc *fn = h.fns[f].fn;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                if (in->op == IR_EXC_FETCH || in->op == IR_EXC_RESTORE ||
                    (in->op == IR_CALL_RT && strncmp(in->rt->c_name, "krt_exc_begin_handling", 22) == 0))
                    h.caught = true;
            }
        }
    }
    uint64_t message = RUNTIME_MESSAGE_MAX;
    for (int f = 0; f < h.n; f++) {
        FnInfo *fi = &h.fns[f];
        const IrFunc *fn = fi->fn;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            bool loop = fi->in_loop[b->id];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                if (raises_on_heap(in)) may_raise = true;
                if ((in->op == IR_EXC_FETCH || in->op == IR_EXC_RESTORE ||
                     (in->op == IR_CALL_RT && strncmp(in->rt->c_name, "krt_exc_begin_handling", 22) == 0)) &&
                    !caught)
                    caught = at(&h, fn, in->line);
                if (in->op == IR_CALL && in->callee && in->callee->is_generator)
                    unbounded(&h, arena_printf(h.arena, "%s a generator's frame is not counted yet", at(&h, fn, in->line)));
                if (in->site) {
                    account_site(&h, fi, b, in);
                    continue;
                }
                if (in->op != IR_CALL_RT) continue;
                if (strcmp(in->rt->c_name, "krt_check_attr_of_none") == 0) { /* the message quotes the name */
                    const IrStrConst *name = NULL;
                    for (int a = 0; a < in->nargs && !name; a++) name = const_str_of(&h, fn, in->args[a]);
                    if (!name)
                        unbounded(&h, arena_printf(h.arena, "%s an AttributeError's message", at(&h, fn, in->line)));
                    else if (ATTR_MESSAGE_TEXT + name->len > message)
                        message = ATTR_MESSAGE_TEXT + name->len;
                }
                if (is_kept_free(in->rt->c_name) || fills_display(&h, fi, in)) continue;
                unbounded(&h, rt_grows(&h, fn, in, loop));
            }
        }
    }
    uint64_t message_bytes = str_bytes(&h, message) > h.message ? str_bytes(&h, message) : h.message;
    if (caught) {
        const char *why = NULL;
        uint64_t live = live_exceptions(&h, &why);
        uint64_t largest = layout->exc_bytes;
        for (int i = 0; i < prog->classes.len; i++) {
            const IrClass *c = prog->classes.items[i];
            uint32_t bytes = c->is_exception || c->exc_struct ? layout->class_bytes(layout->ctx, c) : 0;
            if (bytes > largest) largest = bytes;
        }
        if (live == UNBOUNDED) {
            unbounded(&h, arena_printf(h.arena, "%s catches an exception: %s", caught, why));
        } else {
            out->exc_reserve = mul_sat(live, largest + message_bytes);
            out->exc_live = live;
            out->bytes = add_sat(out->bytes, out->exc_reserve);
        }
    } else if (may_raise || h.message) {
        out->exc_reserve = layout->exc_bytes + message_bytes;
        out->exc_live = 1;
        out->bytes = add_sat(out->bytes, out->exc_reserve);
    }
    if (out->bytes == UNBOUNDED) unbounded(&h, "the bound overflows");
    return out;
}
