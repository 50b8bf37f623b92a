/* escape.c — where every allocation lives, and why (DESIGN §3).
 *
 * Input: the IrProgram after lowering and the raise analysis; each
 * allocating instruction carries an AllocSite (lowering made it, saying
 * where and what).  Output: each site's storage class, the reason a heap
 * site escapes, whether it runs in a loop, and for stack sites their frame
 * slot (IrFunc.stack_sites); emit_c.c places stack objects accordingly and
 * budget.c reports all of it.
 *
 * The question is the same for a new object and for a parameter: can a
 * reference to it outlive the function's frame?  A function's temporaries
 * are scanned once for uses that let a reference out: returned, stored into
 * a field, a global, a container or a tuple, raised, or passed to a callee
 * that lets that parameter escape.  Copies (move, Optional wrap/unwrap) are
 * edges: if the copy escapes, so does the original.  Uses that only look
 * (field reads, comparisons, reference counts, calls of runtime functions
 * known to keep nothing) are not escapes.  Anything this file does not
 * know counts as an escape, so a new operation is safe by default.
 *
 * Interprocedural: each function's summary says which parameters escape.
 * Starting from "none escape" and re-analysing every function until no
 * summary changes gives the least fixed point; recursion needs no special
 * case.  The analysis is flow-insensitive per temporary: a local that ever
 * holds an escaping value makes everything stored into it escape.
 *
 * Placement: an instance of a program class (IR_NEW) whose reference never
 * escapes goes to a slot in its function's C frame.  A slot is reused when
 * its site runs again (in a loop) only if the previous object is dead; if
 * it is still referenced, that one allocation falls back to the heap
 * (runtime/object.c, krt_stack_object).  When liveness shows that every
 * holder of the previous object is dead at the site (it is only released
 * or overwritten afterwards, as with `p = Point(...)` in a loop), the slot
 * takes the new object at once and the late releases of the dead holders
 * count down the new object instead (krt_stack_object_reuse): no heap at
 * all.  A str built by a runtime function that calls no program code, used
 * only by its own statement, goes to the scratch stack (runtime/scratch.c):
 * a small static LIFO region the heap backs up when it is full.  An
 * instance made by a module's top level outside any loop is made
 * exactly once: it goes to a static block (immortal, so it may be stored
 * anywhere) whose fields the module's fini releases.  Other sites stay on
 * the heap: their size depends on the data, or their reference escapes.
 *
 * Closures and cells are instances too (lower_closure.c), placed alike.  A
 * value stored into a closure's environment or a cell escapes only when its
 * holder does, or when some code reading that field lets what it read
 * escape (field_escapes, in the same fixed point as the parameter
 * summaries).  A call through a function value lets its arguments escape as
 * the code of any function used as a value might.  A generator's frame (an
 * IR_CALL of a generator function, whose site lowering made) goes to a slot
 * when the generator does not escape; the arguments it was called with live
 * in its frame, so they escape when it does.  Its slot is not counted from
 * KRT_RC_STACK: the generator keeps its ordinary count, so its last release
 * closes it when CPython would (runtime/iter.c).
 */
#include "escape.h"

#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "krait/krt.h"
#include "ptrmap.h"

typedef struct Escape {
    IrProgram *prog;
    PtrMap index;          /* IrFunc* -> index + 1 */
    bool **param_escapes;  /* [function][param] */
    const char ***param_why;
    PtrMap closure_index;  /* ClassInfo* of a closure environment or a cell -> its prog->classes index + 1 */
    bool **field_escapes;  /* [class index][field]: some code lets the value read from that field escape */
    bool value_self_escapes;   /* the code of some function value lets the value itself escape */
    int nvalue_params;         /* the most parameters any function value's code takes */
    bool *value_param_escapes; /* [i]: the code of some function value lets its parameter i escape */
} Escape;

/* Copies: the destination holds what the source holds (a reference
 * converted between a closure's environment and its Callable type is one). */
static bool is_copy(const IrInstr *in) {
    if (in->op == IR_MOVE || in->op == IR_OPT_WRAP || in->op == IR_OPT_UNWRAP) return true;
    return in->op == IR_CONVERT && in->dst && type_is_reference(type_resolve(in->dst->type)) &&
           type_is_reference(type_resolve(in->args[0]->type));
}

/* The prog->classes index of a closure environment or cell type, or -1. */
static int closure_class(const Escape *x, Type *t) {
    t = type_resolve(t);
    if (t->kind != TY_CLASS || !t->cls) return -1;
    return (int)(intptr_t)ptrmap_get(&x->closure_index, t->cls) - 1;
}

static int field_index(const IrClass *c, const char *name) {
    for (int f = 0; f < c->nfields; f++)
        if (name && strcmp(c->field_names[f], name) == 0) return f;
    return -1;
}

/* Runtime functions that read their arguments and keep no reference to
 * them (checked by name: a prefix match, so element-kind variants count). */
static const char *const keeps_nothing[] = {
    "krt_check_attr_of_none", "krt_type_is_subtype", "krt_isinstance", "krt_is_type", "krt_out_", "krt_print", "krt_str_eq", "krt_str_len",
    "krt_list_size", "krt_list_get_", "krt_list_contains", "krt_list_index", "krt_list_count", "krt_list_repr",
    "krt_dict_len", "krt_dict_get", "krt_dict_contains", "krt_set_len", "krt_set_contains", "krt_format_",
    "krt_str_from_", "krt_str_concat", "krt_str_repr", "krt_exc_str", "krt_instance_repr",
    "krt_weakref_", /* a weak reference does not keep its target */
    "krt_int_from_bytes", "krt_struct_",
    /* these copy the elements of their list arguments into a new list */
    "krt_list_concat_v", "krt_list_repeat_v", "krt_list_slice_v", "krt_list_extend_v",
};

static bool rt_keeps_nothing(const char *c_name) {
    for (size_t i = 0; i < sizeof keeps_nothing / sizeof *keeps_nothing; i++)
        if (strncmp(c_name, keeps_nothing[i], strlen(keeps_nothing[i])) == 0) return true;
    return false;
}

/* Runtime functions that only resume the iterator given first (draining
 * it into the list given second, reading a generator's return value). */
static bool rt_only_resumes(const char *c_name) {
    return strcmp(c_name, "krt_iter_fill_list") == 0 || strncmp(c_name, "krt_gen_return_", 15) == 0;
}

/* Runtime functions that build a str, bytes or list and call no program
 * code: their result may live on the scratch stack (runtime/scratch.c). */
static const char *const builds_text[] = {
    "krt_format_int_value", "krt_format_float_value", "krt_format_str_value", "krt_format_bool_value",
    "krt_str_from_int", "krt_str_from_float", "krt_str_concat", "krt_str_repr", "krt_list_repr_int",
    "krt_list_repr_float", "krt_list_repr_str", "krt_list_repr_bool", "krt_str_join", "krt_str_upper",
    "krt_str_lower", "krt_str_strip", "krt_str_lstrip", "krt_str_rstrip", "krt_str_replace", "krt_str_repeat",
    "krt_int_to_base_str", "krt_bytes_repr", "krt_bytes_hex", "krt_str_slice_v", "krt_str_getitem",
    "krt_str_chr", "krt_range_repr",
    /* lists: the header (and first buffer) of a statement's temporary list;
     * growing it later moves the buffer to the heap */
    "krt_list_new_int", "krt_list_new_float", "krt_list_new_bool", "krt_list_new_str", "krt_list_slice_v",
    "krt_list_repeat_v", "krt_list_concat_v",
};

static bool rt_builds_text(const char *c_name) {
    for (size_t i = 0; i < sizeof builds_text / sizeof *builds_text; i++)
        if (strcmp(c_name, builds_text[i]) == 0) return true;
    return false;
}

/* Is t copied anywhere (moved into a variable, wrapped)?  A temporary that
 * is not lives only until its statement releases it. */
static bool is_copied(const IrFunc *fn, const IrTemp *t) {
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (is_copy(in) && in->args[0] == t) return true;
        }
        if (b->term.kind == TERM_RETURN && b->term.value == t) return true;
    }
    return false;
}

/* Runtime functions whose owned result is an object that already existed
 * (an element taken out of a container): not allocation sites. */
static bool rt_returns_existing(const char *c_name) {
    return strncmp(c_name, "krt_list_pop", 12) == 0 || strncmp(c_name, "krt_dict_pop", 12) == 0 ||
           strncmp(c_name, "krt_dict_get", 12) == 0 || strncmp(c_name, "krt_set_pop", 11) == 0 ||
           strcmp(c_name, "krt_weakref_get") == 0;
}

/* A built-in container or str given first to a runtime function is what
 * the function works on (append to it, index it, repeat it): the function
 * keeps the other arguments, not it. */
static bool is_receiver(Type *t) {
    switch (type_resolve(t)->kind) {
    case TY_STR:
    case TY_BYTES:
    case TY_BYTEARRAY:
    case TY_LIST:
    case TY_DICT:
    case TY_SET:
    case TY_FROZENSET:
        return true;
    default:
        return false;
    }
}

static bool holds_ref(Type *t) {
    t = type_resolve(t);
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nargs; i++)
            if (holds_ref(t->args[i])) return true;
        return false;
    }
    if (t->kind == TY_OPTIONAL) return holds_ref(t->args[0]);
    return type_is_reference(t);
}

static const char *base_name(const char *path) {
    const char *slash = path ? strrchr(path, '/') : NULL;
    return slash ? slash + 1 : path ? path : "?";
}

static const char *where(Escape *x, const IrFunc *fn, uint32_t line) {
    return arena_printf(x->prog->arena, "%s:%u", base_name(fn->file), (unsigned)line);
}

/* Why passing a value to runtime function c_name lets it escape. */
static const char *rt_why(Escape *x, const IrFunc *fn, const IrInstr *in) {
    const char *n = in->rt->c_name, *at = where(x, fn, in->line);
    Arena *a = x->prog->arena;
    if (strstr(n, "append") || strstr(n, "insert") || strstr(n, "extend") || strncmp(n, "krt_list_new", 12) == 0)
        return arena_printf(a, "stored into a list at %s", at);
    if (strncmp(n, "krt_list", 8) == 0) return arena_printf(a, "stored into a list at %s", at);
    if (strncmp(n, "krt_dict", 8) == 0) return arena_printf(a, "stored into a dict at %s", at);
    if (strncmp(n, "krt_set", 7) == 0) return arena_printf(a, "stored into a set at %s", at);
    if (strncmp(n, "krt_exc", 7) == 0) return arena_printf(a, "kept by an exception at %s", at);
    return arena_printf(a, "kept by %s at %s", n, at);
}

/* One function under the current summaries: which temporaries escape. */
static void analyse_function(Escape *x, IrFunc *fn, bool *esc, const char **why, bool returns_escape) {
    int nt = fn->temps.len;
    memset(esc, 0, (size_t)nt * sizeof *esc);
    /* copy edges: from[k] flows into to[k]; held_from[k]: into a field of
     * held_by[k], a closure environment or a cell whose readers keep that
     * field to themselves */
    PtrVec from = {0}, to = {0};
    PtrVec held_from = {0}, held_by = {0};
    Arena *a = x->prog->arena;
#define ESCAPES(t, reason)                                   \
    do {                                                     \
        if ((t) && !esc[(t)->id] && holds_ref((t)->type)) { \
            esc[(t)->id] = true;                             \
            why[(t)->id] = (reason);                         \
        }                                                    \
    } while (0)
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            IrInstr *in = b->instrs.items[i];
            if (is_copy(in)) {
                if (in->dst) {
                    ptrvec_push(a, &from, in->args[0]);
                    ptrvec_push(a, &to, in->dst);
                }
                continue;
            }
            switch (in->op) {
            case IR_INCREF:
            case IR_DECREF:
            case IR_CLEAR:
            case IR_OPT_IS_NONE:
            case IR_COMPARE:
            case IR_FIELD_GET:
            case IR_TUPLE_GET:
            case IR_TRACEBACK:
            case IR_CONST:
            case IR_CONST_STR:
            case IR_GLOBAL_LOAD:
            case IR_NEW:
            case IR_EXC_MATCH:
            case IR_EXC_FETCH:
            case IR_ITER_NEXT: /* resumes the iterator; the item is an output */
                break;
            case IR_FIELD_SET: {
                /* a value captured by a closure, or stored into a cell: it
                 * lives as long as the environment or the cell, unless some
                 * code reading it lets it out (or it is an iterator, whose
                 * release may close a generator: that must happen when its
                 * holder dies, not when the holder's slot does) */
                int k = fn->is_module_init ? -1 : closure_class(x, in->args[0]->type);
                int f = k >= 0 ? field_index(x->prog->classes.items[k], in->field) : -1;
                if (f >= 0 && !x->field_escapes[k][f] && type_resolve(in->args[1]->type)->kind != TY_ITER) {
                    ptrvec_push(a, &held_from, in->args[1]);
                    ptrvec_push(a, &held_by, in->args[0]);
                    break;
                }
                if (f >= 0 && x->field_escapes[k][f])
                    ESCAPES(in->args[1], arena_printf(a, "held at %s by a %s whose readers let it out", where(x, fn, in->line),
                                                      ((IrClass *)x->prog->classes.items[k])->is_closure ? "closure" : "cell"));
                ESCAPES(in->args[1], arena_printf(a, "stored into a field (.%s) at %s", in->field, where(x, fn, in->line)));
                break;
            }
            case IR_CALL_VALUE:
                /* the code behind a function value: any function used as one */
                if (x->value_self_escapes)
                    ESCAPES(in->args[0], arena_printf(a, "called at %s by code that keeps its function value", where(x, fn, in->line)));
                for (int ai = 1; ai < in->nargs; ai++)
                    if (ai >= x->nvalue_params || x->value_param_escapes[ai])
                        ESCAPES(in->args[ai], arena_printf(a, "passed to a function value at %s", where(x, fn, in->line)));
                break;
            case IR_GLOBAL_STORE: {
                IrGlobal *g = x->prog->globals.items[in->imm.i];
                ESCAPES(in->args[0], arena_printf(a, "stored into the global '%s' at %s", g->name, where(x, fn, in->line)));
                break;
            }
            case IR_CALL: {
                intptr_t k = in->callee ? (intptr_t)ptrmap_get(&x->index, in->callee) : 0;
                for (int ai = 0; ai < in->nargs; ai++) {
                    if (!k || ai >= in->callee->params.len) {
                        ESCAPES(in->args[ai], arena_printf(a, "passed to a call at %s", where(x, fn, in->line)));
                    } else if (x->param_escapes[k - 1][ai]) {
                        const char *inner = x->param_why[k - 1][ai];
                        ESCAPES(in->args[ai], arena_printf(a, "passed to %s at %s, where it is %s", in->callee->name,
                                                           where(x, fn, in->line), inner ? inner : "kept"));
                    } else if (in->callee->is_generator && in->dst) {
                        /* kept by the generator's frame: escapes when the generator does */
                        ptrvec_push(a, &from, in->args[ai]);
                        ptrvec_push(a, &to, in->dst);
                    }
                }
                break;
            }
            case IR_CALL_RT:
                if (!rt_keeps_nothing(in->rt->c_name))
                    for (int ai = 0; ai < in->nargs; ai++)
                        if (ai > 0 || !(is_receiver(in->args[ai]->type) || rt_only_resumes(in->rt->c_name)))
                            ESCAPES(in->args[ai], rt_why(x, fn, in));
                break;
            case IR_RAISE:
            case IR_EXC_RESTORE:
                ESCAPES(in->args[0], arena_printf(a, "raised at %s", where(x, fn, in->line)));
                break;
            default: /* anything else keeps what it is given, as far as this file knows */
                for (int ai = 0; ai < in->nargs; ai++)
                    ESCAPES(in->args[ai], arena_printf(a, "used by '%s' at %s", ir_op_name(in->op), where(x, fn, in->line)));
                break;
            }
        }
        if (b->term.kind != TERM_RETURN && b->term.kind != TERM_BRANCH && b->term.value) /* yielded */
            ESCAPES(b->term.value, arena_printf(a, "yielded by %s at %s", fn->name, where(x, fn, b->term.line)));
        if (b->term.kind == TERM_RETURN && b->term.value && returns_escape)
            ESCAPES(b->term.value, b->term.line ? arena_printf(a, "returned from %s at %s", fn->name, where(x, fn, b->term.line))
                                                : arena_printf(a, "returned from %s", fn->name));
    }
    /* an escaping copy makes its source escape, an escaping closure what it holds */
    for (bool changed = true; changed;) {
        changed = false;
        for (int k = 0; k < from.len; k++) {
            IrTemp *src = from.items[k], *dst = to.items[k];
            if (esc[dst->id] && !esc[src->id] && holds_ref(src->type)) {
                esc[src->id] = true;
                why[src->id] = why[dst->id];
                changed = true;
            }
        }
        for (int k = 0; k < held_from.len; k++) {
            IrTemp *src = held_from.items[k], *env = held_by.items[k];
            if (esc[env->id] && !esc[src->id] && holds_ref(src->type)) {
                esc[src->id] = true;
                bool cell = ((IrClass *)x->prog->classes.items[closure_class(x, env->type)])->base_id == KRT_T_CELL;
                why[src->id] = arena_printf(a, "held by a %s %s", cell ? "cell" : "closure", why[env->id]);
                changed = true;
            }
        }
    }
#undef ESCAPES
}

/* Blocks that lie on a cycle of the control-flow graph. */
bool *blocks_in_loops(Arena *arena, IrFunc *fn) {
    int n = fn->blocks.len;
    bool *in_loop = arena_alloc(arena, (size_t)(n + 1) * sizeof *in_loop);
    bool *seen = arena_alloc(arena, (size_t)(n + 1) * sizeof *seen);
    int *stack = arena_alloc(arena, (size_t)(n + 1) * sizeof *stack);
    for (int s = 0; s < n; s++) {
        /* is block s reachable from its own successors? */
        memset(seen, 0, (size_t)n * sizeof *seen);
        int top = 0;
        IrBlock *start = fn->blocks.items[s];
        IrBlock *succ[3] = {start->term.target, start->term.other, start->handler};
        for (int k = 0; k < 3; k++)
            if (succ[k] && !seen[succ[k]->id]) {
                seen[succ[k]->id] = true;
                stack[top++] = succ[k]->id;
            }
        while (top > 0 && !seen[s]) {
            IrBlock *b = fn->blocks.items[stack[--top]];
            IrBlock *next[3] = {b->term.kind == TERM_JUMP || b->term.kind == TERM_BRANCH ? b->term.target : NULL,
                                b->term.kind == TERM_BRANCH ? b->term.other : NULL, b->handler};
            for (int k = 0; k < 3; k++)
                if (next[k] && !seen[next[k]->id]) {
                    seen[next[k]->id] = true;
                    stack[top++] = next[k]->id;
                }
        }
        in_loop[s] = seen[s];
    }
    return in_loop;
}

/* ---- slot reuse in loops ---------------------------------------------------- */

/* Liveness of temporaries: a temporary is live where a later instruction
 * may read it before it is written.  Releasing (decref) and clearing are
 * not reads: a reference that is only ever released again is dead, and so
 * is a copy made only to be released (`old = r; r = new; decref old`). */
typedef struct Liveness {
    int words;          /* 64-bit words per set */
    uint64_t *live_out; /* [block][word] */
} Liveness;

static bool reads_args(const IrInstr *in) {
    return in->op != IR_DECREF && in->op != IR_CLEAR;
}

static void set_bit(uint64_t *set, int i) {
    set[i / 64] |= (uint64_t)1 << (i % 64);
}

static void clear_bit(uint64_t *set, int i) {
    set[i / 64] &= ~((uint64_t)1 << (i % 64));
}

static bool has_bit(const uint64_t *set, int i) {
    return (set[i / 64] >> (i % 64)) & 1u;
}

/* live := the set live before instruction in, given the set after it */
static void step_back(uint64_t *live, const IrInstr *in) {
    bool copy = in->op == IR_MOVE || in->op == IR_OPT_WRAP || in->op == IR_OPT_UNWRAP;
    bool dst_live = in->dst && has_bit(live, in->dst->id);
    if (in->dst) clear_bit(live, in->dst->id);
    if (copy && !dst_live) return; /* a copy nobody reads (kept only to be released) reads nothing */
    if (reads_args(in))
        for (int a = 0; a < in->nargs; a++)
            if (in->args[a]) set_bit(live, in->args[a]->id);
}

static void live_at_block_start(const IrBlock *b, const uint64_t *out, uint64_t *live, int words) {
    memcpy(live, out, (size_t)words * sizeof *live);
    if ((b->term.kind == TERM_BRANCH || b->term.kind == TERM_RETURN) && b->term.value) set_bit(live, b->term.value->id);
    for (int i = b->instrs.len - 1; i >= 0; i--) step_back(live, b->instrs.items[i]);
}

static Liveness liveness(Arena *arena, const IrFunc *fn) {
    Liveness lv;
    int nb = fn->blocks.len;
    lv.words = (fn->temps.len + 63) / 64 + 1;
    lv.live_out = arena_alloc(arena, (size_t)(nb + 1) * (size_t)lv.words * sizeof *lv.live_out);
    uint64_t *in_set = arena_alloc(arena, (size_t)lv.words * sizeof *in_set);
    for (bool changed = true; changed;) {
        changed = false;
        for (int bi = nb - 1; bi >= 0; bi--) {
            const IrBlock *b = fn->blocks.items[bi];
            uint64_t *out = lv.live_out + (size_t)bi * (size_t)lv.words;
            const IrBlock *succ[3] = {
                b->term.kind == TERM_JUMP || b->term.kind == TERM_BRANCH ? b->term.target : NULL,
                b->term.kind == TERM_BRANCH ? b->term.other : NULL, b->handler};
            for (int k = 0; k < 3; k++) {
                if (!succ[k]) continue;
                live_at_block_start(succ[k], lv.live_out + (size_t)succ[k]->id * (size_t)lv.words, in_set, lv.words);
                for (int w = 0; w < lv.words; w++) {
                    if ((out[w] | in_set[w]) != out[w]) {
                        out[w] |= in_set[w];
                        changed = true;
                    }
                }
            }
        }
    }
    return lv;
}

/* Temporaries that may hold what t holds: t and everything joined to it by
 * copies, in either direction. */
static bool *alias_class(Arena *arena, const IrFunc *fn, const IrTemp *t) {
    bool *in = arena_alloc(arena, (size_t)(fn->temps.len + 1) * sizeof *in);
    in[t->id] = true;
    for (bool changed = true; changed;) {
        changed = false;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            const IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *ins = b->instrs.items[i];
                if (!is_copy(ins) || !ins->dst) continue;
                int a = ins->args[0]->id, d = ins->dst->id;
                if (in[a] != in[d]) {
                    in[a] = in[d] = true;
                    changed = true;
                }
            }
        }
    }
    return in;
}

/* Is every reference to the site's previous object dead when the site runs
 * again (each holder is only released or overwritten afterwards)?  Then the
 * slot can take the new object at once (krt_stack_object_reuse). */
static bool previous_dead_at(const Escape *x, Arena *arena, const IrFunc *fn, const Liveness *lv, int block,
                             const IrInstr *site) {
    const IrBlock *b = fn->blocks.items[block];
    uint64_t *live = arena_alloc(arena, (size_t)lv->words * sizeof *live);
    memcpy(live, lv->live_out + (size_t)block * (size_t)lv->words, (size_t)lv->words * sizeof *live);
    if ((b->term.kind == TERM_BRANCH || b->term.kind == TERM_RETURN) && b->term.value) set_bit(live, b->term.value->id);
    for (int i = b->instrs.len - 1; i >= 0; i--) {
        const IrInstr *in = b->instrs.items[i];
        step_back(live, in);
        if (in == site) break;
    }
    /* live now holds what is live just before the site (its dst excluded:
     * the site writes it) */
    bool *aliases = alias_class(arena, fn, site->dst);
    for (int t = 0; t < fn->temps.len; t++)
        if (aliases[t] && has_bit(live, t)) return false;
    /* held by a closure's environment, a cell or a generator's frame: alive as long
     * as they are, which liveness of temporaries does not see */
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *bl = fn->blocks.items[bi];
        for (int i = 0; i < bl->instrs.len; i++) {
            const IrInstr *in = bl->instrs.items[i];
            if (in->op == IR_FIELD_SET && aliases[in->args[1]->id] && closure_class(x, in->args[0]->type) >= 0)
                return false;
            if (in->op == IR_CALL && in->callee->is_generator)
                for (int ai = 0; ai < in->nargs; ai++)
                    if (aliases[in->args[ai]->id]) return false;
        }
    }
    return true;
}

/* ---- returned instances in their caller's frame ---------------------------------- */

/* A function whose returned instance escapes only by being returned (`def
 * __add__(self, o): return Vec(...)`) makes it in a slot its caller offers:
 * a hidden last parameter krt_ret_slot.  A caller whose result does not
 * escape offers a slot of its own frame; others pass NULL and the object
 * goes to the heap.  The slot is used like a stack site's: when the slot
 * still holds a live object, that allocation takes the heap instead
 * (runtime/object.c, krt_ret_object), so no caller can be wrong about it.
 * In a loop, when liveness shows the slot's previous object is dead at the
 * call (`step = pos + vel` again), the caller lends the slot as free and
 * settles the late releases of the dead holders on what it holds after the
 * call (krt_slot_lend / krt_slot_settle): no heap at all.
 * Functions called in other ways (values, closures, generators, exported C
 * entry points) keep their signature. */

/* Is fn only ever called directly (IR_CALL), with a signature krait owns? */
static bool called_only_directly(const IrProgram *prog, const IrFunc *fn) {
    if (fn->is_generator || fn->value_object || fn->exported || fn->is_module_init) return false;
    for (int f = 0; f < prog->funcs.len; f++) { /* a closure's code */
        const IrFunc *g = prog->funcs.items[f];
        for (int bi = 0; bi < g->blocks.len; bi++) {
            const IrBlock *b = g->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                if (in->op != IR_CALL && in->callee == fn) return false;
            }
        }
    }
    return true;
}

static void find_caller_slots(Escape *x, bool *esc, const char **why) {
    IrProgram *prog = x->prog;
    int max_temps = 1;
    for (int f = 0; f < prog->funcs.len; f++) {
        const IrFunc *fn = prog->funcs.items[f];
        if (fn->temps.len > max_temps) max_temps = fn->temps.len;
    }
    bool *kept = arena_alloc(prog->arena, (size_t)max_temps * sizeof *kept);
    for (int f = 0; f < prog->funcs.len; f++) {
        IrFunc *fn = prog->funcs.items[f];
        Type *ret = type_resolve(fn->ret);
        if (ret->kind != TY_CLASS || !ret->cls || !called_only_directly(prog, fn)) continue;
        analyse_function(x, fn, esc, why, true);
        analyse_function(x, fn, kept, why, false);
        const char *st = NULL;
        bool one_struct = true;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (in->op != IR_NEW || !in->site || !in->dst || !esc[in->dst->id] || kept[in->dst->id] || in->callee)
                    continue;
                const ClassInfo *ci = type_resolve(in->dst->type)->cls;
                int64_t k = in->imm.i - KRT_T__FIRST_USER;
                const IrClass *ic = k >= 0 && k < prog->classes.len ? prog->classes.items[k] : NULL;
                if (!ci || !ic || ic->exc_struct || ic->is_exception || ic->is_closure) {
                    one_struct = false; /* exceptions, closures and cells stay on the heap */
                    continue;
                }
                if (st && strcmp(st, ci->c_name) != 0) one_struct = false;
                st = ci->c_name;
            }
        }
        if (!st || !one_struct) continue;
        fn->ret_slot_struct = st;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (in->op == IR_NEW && in->site && in->dst && esc[in->dst->id] && !kept[in->dst->id] && !in->callee)
                    in->site->caller_slot = true;
            }
        }
    }
}

/* A call of a function that returns into its caller's slot, whose result
 * does not escape fn: a slot of fn's frame (a site of its own, not listed
 * in the report: the callee's site is). */
static AllocSite *offer_slot(Escape *x, IrFunc *fn, IrInstr *call) {
    AllocSite *s = arena_alloc(x->prog->arena, sizeof *s);
    memset(s, 0, sizeof *s);
    s->func = fn;
    s->storage = STORAGE_STACK;
    s->text = call->callee->name;
    s->slot = fn->stack_sites.len;
    ptrvec_push(x->prog->arena, &fn->stack_sites, s);
    call->site = s;
    return s;
}

/* The storage a caller-slot site reports: the stack when every call offers
 * a slot, else the heap with how many do. */
static void caller_slot_storage(Escape *x, IrFunc *fn, AllocSite *s) {
    int calls = 0, offered = 0;
    for (int f = 0; f < x->prog->funcs.len; f++) {
        const IrFunc *g = x->prog->funcs.items[f];
        for (int bi = 0; bi < g->blocks.len; bi++) {
            const IrBlock *b = g->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                const IrInstr *in = b->instrs.items[i];
                if (in->op != IR_CALL || in->callee != fn) continue;
                calls++;
                if (in->site) offered++;
            }
        }
    }
    if (calls && offered == calls) {
        s->storage = STORAGE_STACK;
        s->why = arena_printf(x->prog->arena, "returned into a slot of its caller's frame (%d call%s)", calls,
                              calls == 1 ? "" : "s");
    } else {
        s->why = arena_printf(x->prog->arena, "returned from %s; %d of %d calls keep it in their frame instead",
                              fn->name, offered, calls);
    }
}

/* A generator's frame: in a slot of the creating function's C frame when
 * the generator does not escape it (consumed there by a for, next(),
 * list() ...).  It keeps its ordinary count; releasing it closes it when
 * CPython would, and its memory is the slot's (runtime/iter.c). */
static void place_generator(Escape *x, IrFunc *fn, AllocSite *s, IrInstr *in, const bool *esc, const char **why) {
    if (in->dst && esc[in->dst->id]) {
        s->why = arena_printf(x->prog->arena, "a generator %s", why[in->dst->id]);
    } else if (fn->is_generator) {
        s->why = "a generator made in a generator, whose locals outlive each resumption";
    } else {
        s->storage = STORAGE_STACK;
        s->slot = fn->stack_sites.len;
        ptrvec_push(x->prog->arena, &fn->stack_sites, s);
    }
}

static bool site_before(const AllocSite *a, const AllocSite *b) {
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c) return c < 0;
    if (a->span.begin.line != b->span.begin.line) return a->span.begin.line < b->span.begin.line;
    return a->span.begin.col < b->span.begin.col;
}

void escape_analyse(IrProgram *prog) {
    Escape x;
    memset(&x, 0, sizeof x);
    x.prog = prog;
    int n = prog->funcs.len;
    ptrmap_init(&x.index, prog->arena);
    x.param_escapes = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *x.param_escapes);
    x.param_why = arena_alloc(prog->arena, (size_t)(n + 1) * sizeof *x.param_why);
    int max_temps = 1;
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        ptrmap_put(&x.index, fn, (void *)(intptr_t)(f + 1));
        x.param_escapes[f] = arena_alloc(prog->arena, (size_t)(fn->params.len + 1) * sizeof **x.param_escapes);
        x.param_why[f] = arena_alloc(prog->arena, (size_t)(fn->params.len + 1) * sizeof **x.param_why);
        if (fn->temps.len > max_temps) max_temps = fn->temps.len;
    }
    ptrmap_init(&x.closure_index, prog->arena);
    x.field_escapes = arena_alloc(prog->arena, (size_t)(prog->classes.len + 1) * sizeof *x.field_escapes);
    for (int c = 0; c < prog->classes.len; c++) {
        IrClass *ic = prog->classes.items[c];
        x.field_escapes[c] = arena_alloc(prog->arena, (size_t)(ic->nfields + 1) * sizeof **x.field_escapes);
        if ((ic->is_closure || ic->base_id == KRT_T_CELL) && ic->cls)
            ptrmap_put(&x.closure_index, ic->cls, (void *)(intptr_t)(c + 1));
    }
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        if (fn->value_object && fn->params.len > x.nvalue_params) x.nvalue_params = fn->params.len;
    }
    x.value_param_escapes = arena_alloc(prog->arena, (size_t)(x.nvalue_params + 1) * sizeof *x.value_param_escapes);
    bool *esc = arena_alloc(prog->arena, (size_t)max_temps * sizeof *esc);
    const char **why = arena_alloc(prog->arena, (size_t)max_temps * sizeof *why);
    for (bool changed = true; changed;) {
        changed = false;
        for (int f = 0; f < n; f++) {
            IrFunc *fn = prog->funcs.items[f];
            analyse_function(&x, fn, esc, why, true);
            for (int p = 0; p < fn->params.len; p++) {
                IrTemp *pt = fn->params.items[p];
                if (esc[pt->id] && !x.param_escapes[f][p]) {
                    x.param_escapes[f][p] = true;
                    x.param_why[f][p] = why[pt->id];
                    changed = true;
                }
                if (fn->value_object && esc[pt->id]) { /* what calls through values may do */
                    bool *flag = p == 0 ? &x.value_self_escapes : &x.value_param_escapes[p];
                    if (!*flag) *flag = changed = true;
                }
            }
            /* a closure's or cell's field whose value escapes once read */
            for (int bi = 0; bi < fn->blocks.len; bi++) {
                IrBlock *b = fn->blocks.items[bi];
                for (int i = 0; i < b->instrs.len; i++) {
                    IrInstr *in = b->instrs.items[i];
                    if (in->op != IR_FIELD_GET || !in->dst || !esc[in->dst->id]) continue;
                    int k = closure_class(&x, in->args[0]->type);
                    int fi = k >= 0 ? field_index(prog->classes.items[k], in->field) : -1;
                    if (fi >= 0 && !x.field_escapes[k][fi]) x.field_escapes[k][fi] = changed = true;
                }
            }
        }
    }
    find_caller_slots(&x, esc, why);
    /* the sites, function by function, under the final summaries */
    for (int f = 0; f < n; f++) {
        IrFunc *fn = prog->funcs.items[f];
        analyse_function(&x, fn, esc, why, true);
        bool *in_loop = NULL;
        Liveness lv = {0, NULL};
        bool have_liveness = false;
        for (int bi = 0; bi < fn->blocks.len; bi++) {
            IrBlock *b = fn->blocks.items[bi];
            for (int i = 0; i < b->instrs.len; i++) {
                IrInstr *in = b->instrs.items[i];
                if (in->op == IR_CALL && in->callee->ret_slot_struct && in->dst && !esc[in->dst->id] &&
                    !fn->is_generator) {
                    AllocSite *slot = offer_slot(&x, fn, in);
                    if (!in_loop) in_loop = blocks_in_loops(prog->arena, fn);
                    slot->in_loop = in_loop[bi];
                    if (slot->in_loop) {
                        if (!have_liveness) {
                            lv = liveness(prog->arena, fn);
                            have_liveness = true;
                        }
                        slot->reuse_dead = previous_dead_at(&x, prog->arena, fn, &lv, bi, in);
                    }
                    continue;
                }
                AllocSite *s = in->site;
                if (!s) continue;
                if (in->op == IR_CALL_RT && rt_returns_existing(in->rt->c_name)) {
                    s->func = NULL; /* not an allocation: dropped from the list below */
                    in->site = NULL;
                    continue;
                }
                if (!in_loop) in_loop = blocks_in_loops(prog->arena, fn);
                s->in_loop = in_loop[bi];
                s->storage = STORAGE_HEAP;
                const IrClass *ic = in->op == IR_NEW && in->imm.i >= KRT_T__FIRST_USER &&
                                            in->imm.i - KRT_T__FIRST_USER < prog->classes.len
                                        ? prog->classes.items[in->imm.i - KRT_T__FIRST_USER]
                                        : NULL;
                bool shared = ic && (ic->is_closure || ic->base_id == KRT_T_CELL);
                if (ic && ic->exc_struct) {
                    s->why = "an exception (raised, it outlives the frame)";
                } else if (in->op == IR_CALL) {
                    place_generator(&x, fn, s, in, esc, why);
                } else if (shared && fn->is_generator) {
                    s->why = ic->is_closure ? "a closure made in a generator, whose locals outlive each resumption"
                                            : "a cell of a generator's variable, which outlives each resumption";
                } else if (shared && in->dst && esc[in->dst->id]) {
                    s->why = arena_printf(prog->arena, "%s %s", ic->is_closure ? "a closure" : "a cell (a variable shared with closures)",
                                          why[in->dst->id]);
                } else if (in->op == IR_NEW && fn->is_module_init && !s->in_loop && !(ic && ic->weak_target)) {
                    /* (a weakly referenced instance must be able to die: a weak reference sees it) */
                    /* made once, at start-up: immortal, in .bss, whatever holds it */
                    s->storage = STORAGE_STATIC;
                    s->slot = prog->nstatic_sites++;
                } else if (s->caller_slot) {
                    /* decided below, once every call has its slot or not */
                } else if (in->dst && esc[in->dst->id]) {
                    s->why = why[in->dst->id];
                } else if (in->op == IR_NEW && fn->is_generator) {
                    s->why = "made in a generator, whose locals outlive each resumption";
                } else if (in->op == IR_NEW) {
                    s->storage = STORAGE_STACK;
                    s->slot = fn->stack_sites.len;
                    ptrvec_push(prog->arena, &fn->stack_sites, s);
                    if (s->in_loop) {
                        if (!have_liveness) {
                            lv = liveness(prog->arena, fn);
                            have_liveness = true;
                        }
                        s->reuse_dead = previous_dead_at(&x, prog->arena, fn, &lv, bi, in);
                    }
                } else if (in->op == IR_CALL_RT && rt_builds_text(in->rt->c_name) && !is_copied(fn, in->dst)) {
                    s->storage = STORAGE_STACK; /* a statement's temporary text: the scratch stack */
                    s->scratch = true;
                } else {
                    s->why = "a temporary, freed in the same function; its size depends on the data";
                    s->local_temp = true;
                }
            }
        }
    }
    for (int i = 0; i < prog->sites.len; i++) {
        AllocSite *s = prog->sites.items[i];
        if (s->caller_slot && s->func) caller_slot_storage(&x, s->func, s);
    }
    /* sites whose instruction turned out not to allocate */
    int kept = 0;
    for (int i = 0; i < prog->sites.len; i++) {
        AllocSite *s = prog->sites.items[i];
        if (s->func) prog->sites.items[kept++] = s;
    }
    prog->sites.len = kept;
    /* by file and line, as the report lists them (insertion sort: stable) */
    for (int i = 1; i < prog->sites.len; i++) {
        AllocSite *s = prog->sites.items[i];
        int k = i - 1;
        while (k >= 0 && site_before(s, prog->sites.items[k])) {
            prog->sites.items[k + 1] = prog->sites.items[k];
            k--;
        }
        prog->sites.items[k + 1] = s;
    }
}
