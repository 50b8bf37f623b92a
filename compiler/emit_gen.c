/* emit_gen.c — generator functions as C state machines.
 *
 * A generator function `def produce(n)` becomes four pieces of C:
 *
 *   struct app__produce_frame {      the frame: a KrtGen (resume state,
 *       KrtGen g;                    return value) and every temporary of
 *       krt_int n_1; ...             the function, parameters included
 *   };
 *   static bool app__produce_resume(KrtIter *, void *out);
 *   static void app__produce_drop(KrtObject *);
 *   KrtIter *app__produce(krt_int n_1, KrtObject *krt_gen_slot);
 *                                    makes the frame (in the caller's slot,
 *                                    or on the heap), stores the arguments
 *
 * The resume function is the function's IR with every temporary spelled
 * f->name: it starts with a switch on the state (0: the entry; N: the
 * block after the N-th yield), each yield stores the value through `out`,
 * records N and returns true; return and unwinding mark the generator done
 * and return false (with the exception pending, for unwinding).  Nothing is
 * kept in C locals, so no value needs saving at a yield.  No threads, no
 * stack switching, no setjmp: a resume is one ordinary C call, and the
 * frame is a plain struct of known size, declared in the program header:
 * the creating call passes a slot of its own C frame when the memory
 * analysis proved the generator does not outlive it (escape.c), else NULL,
 * and the frame is a refcounted heap block.  Either way it is counted and
 * closed when its last reference goes (runtime/iter.c).
 *
 * The drop function runs when the generator dies: a generator never
 * started releases its arguments; one suspended at a yield is closed
 * (krt_gen_close resumes it with GeneratorExit pending there, which runs
 * its finally clauses and releases what the frame holds).
 */
#include "emit_internal.h"

#include <string.h>

static const char *frame_struct(EmitC *e, const IrFunc *fn) {
    return arena_printf(e->arena, "struct %s_frame", fn->c_name);
}

/* Does the frame hold temporary t? */
static bool in_frame(EmitC *e, const IrTemp *t) {
    return !type_is_none(t->type) && (t->is_param || e->temp_read[t->id]);
}

/* The frame struct, in the program header: a caller in any module may hold
 * the frame in a slot of its own C frame. */
void emit_gen_frame(EmitC *e, FILE *out, const IrFunc *fn) {
    emit_analyse(e, fn);
    emit_analyse_builds(e, fn);
    fprintf(out, "%s { /* generator %s */\n    KrtGen g;\n", frame_struct(e, fn), fn->name);
    for (int i = 0; i < fn->temps.len; i++) {
        const IrTemp *t = fn->temps.items[i];
        if (!in_frame(e, t)) continue;
        e->in_frame = false;
        const char *name = temp_name(e, t);
        fprintf(out, "    %s %s;\n", emit_ctype(e, t->type), name);
    }
    fputs("};\n\n", out);
}

/* The frame struct of the generator a stack site of fn makes, or NULL. */
const char *emit_gen_slot_frame(EmitC *e, const IrFunc *fn, const AllocSite *site) {
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++) {
            const IrInstr *in = b->instrs.items[i];
            if (in->site == site) return in->op == IR_CALL && in->callee->is_generator ? frame_struct(e, in->callee) : NULL;
        }
    }
    return NULL;
}

void emit_gen_function(EmitC *e, const IrFunc *fn) {
    FILE *out = e->out;
    e->fn = fn;
    e->last_line = 0;
    emit_analyse(e, fn);
    emit_analyse_builds(e, fn);
    const char *fs = frame_struct(e, fn);
    fprintf(out, "static bool %s_resume(KrtIter *krt_it, void *krt_out);\n\n", fn->c_name);
    /* drop: a new generator releases its arguments, a suspended one is closed */
    fprintf(out, "static void %s_drop(KrtObject *krt_o) {\n    %s *f = (%s *)krt_o;\n", fn->c_name, fs, fs);
    bool holds_refs = false;
    for (int i = 0; i < fn->params.len; i++) {
        Type *pt = type_resolve(((const IrTemp *)fn->params.items[i])->type);
        holds_refs |= type_is_reference(pt) || pt->kind == TY_TUPLE;
    }
    if (holds_refs) {
        fputs("    if (f->g.state == KRT_GEN_NEW) {\n", out);
        e->in_frame = true;
        for (int i = 0; i < fn->params.len; i++) {
            const IrTemp *p = fn->params.items[i];
            if (!type_is_none(p->type)) emit_refcount(e, p, "decref", temp_name(e, p));
        }
        fputs("    } else ", out);
    } else {
        fputs("    ", out);
    }
    fputs("if (f->g.state > 0) {\n        krt_gen_close(&f->g);\n    }\n", out);
    fputs("    krt_xdecref(f->g.ret_ref);\n}\n\n", out);
    /* creation: the frame takes references to the arguments */
    e->in_frame = false;
    emit_prototype(e, out, fn);
    Type *y = type_resolve(fn->ret)->args[0];
    fprintf(out, " {\n    %s *f = (%s *)krt_gen_new_in(krt_gen_slot, sizeof(%s), %s, %s_resume, %s_drop);\n    if (!f) return NULL;\n", fs, fs, fs,
            type_is_none(y) ? "0" : arena_printf(e->arena, "sizeof(%s)", emit_ctype(e, y)), fn->c_name, fn->c_name);
    for (int i = 0; i < fn->params.len; i++) {
        const IrTemp *p = fn->params.items[i];
        if (type_is_none(p->type)) continue;
        e->in_frame = false;
        const char *plain = temp_name(e, p);
        e->in_frame = true;
        fprintf(out, "    %s = %s;\n", temp_name(e, p), plain);
        emit_refcount(e, p, "incref", temp_name(e, p));
    }
    fputs("    return &f->g.it;\n}\n\n", out);
    /* the resume function */
    bool traced = false;
    for (int bi = 0; bi < fn->blocks.len && !traced; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        for (int i = 0; i < b->instrs.len; i++)
            if (((const IrInstr *)b->instrs.items[i])->op == IR_TRACEBACK) traced = true;
    }
    if (traced)
        fprintf(out, "static const KrtFuncInfo %s_info = {\"%s\", \"%s\"};\n\n", fn->c_name, fn->name,
                fn->file ? fn->file : "?");
    fprintf(out, "static bool %s_resume(KrtIter *krt_it, void *krt_out) {\n    %s *f = (%s *)krt_it;\n", fn->c_name, fs, fs);
    fputs("    (void)krt_out;\n    switch (krt_gen_enter(&f->g)) {\n    case KRT_GEN_NEW: break;\n", out);
    int state = 0;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        if (b->term.kind == TERM_YIELD) fprintf(out, "    case %d: goto b%d;\n", ++state, b->term.target->id);
    }
    fputs("    default: return false; /* finished, or already running (ValueError) */\n    }\n", out);
    e->in_frame = true;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *b = fn->blocks.items[bi];
        const IrBlock *next = bi + 1 < fn->blocks.len ? fn->blocks.items[bi + 1] : NULL;
        if (e->block_label[b->id]) fprintf(out, "b%d:;\n", b->id);
        for (int i = 0; i < b->instrs.len; i++) emit_instr(e, b, b->instrs.items[i]);
        emit_term(e, b, next);
    }
    e->in_frame = false;
    fputs("}\n\n", out);
    if (e->opts->line_directives) e->last_line = 0;
}

void emit_gen_fail(EmitC *e) {
    fputs("{ f->g.state = KRT_GEN_DONE; return false; }", e->out);
}

/* The state number of the yield ending block b (1, 2, ... in block order). */
static int yield_state(const IrFunc *fn, const IrBlock *b) {
    int n = 0;
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *x = fn->blocks.items[bi];
        if (x->term.kind == TERM_YIELD) n++;
        if (x == b) return n;
    }
    return 0;
}

void emit_gen_term(EmitC *e, const IrBlock *b) {
    FILE *out = e->out;
    const IrTerm *t = &b->term;
    if (t->kind == TERM_YIELD) {
        if (t->value && !type_is_none(t->value->type))
            fprintf(out, "    *(%s *)krt_out = %s;\n", emit_ctype(e, t->value->type), temp_name(e, t->value));
        fprintf(out, "    f->g.state = %d;\n    return true;\n", yield_state(e->fn, b));
        return;
    }
    if (t->kind == TERM_RETURN && t->value && !type_is_none(t->value->type)) {
        Type *r = type_resolve(t->value->type);
        const char *v = temp_name(e, t->value);
        switch (r->kind) {
        case TY_INT: fprintf(out, "    f->g.ret_kind = KRT_GEN_RET_INT;\n    f->g.ret_int = %s;\n", v); break;
        case TY_BOOL: fprintf(out, "    f->g.ret_kind = KRT_GEN_RET_BOOL;\n    f->g.ret_int = %s;\n", v); break;
        case TY_FLOAT: fprintf(out, "    f->g.ret_kind = KRT_GEN_RET_FLOAT;\n    f->g.ret_float = %s;\n", v); break;
        case TY_STR: fprintf(out, "    f->g.ret_kind = KRT_GEN_RET_STR;\n    f->g.ret_ref = (KrtObject *)%s;\n", v); break;
        default: emit_refcount(e, t->value, "decref", v); break; /* not observable: released */
        }
    }
    fputs("    f->g.state = KRT_GEN_DONE;\n    return false;\n", out);
}

void emit_gen_instr(EmitC *e, const IrBlock *b, const IrInstr *in) {
    FILE *out = e->out;
    if (in->op == IR_GEN_RESUMED) {
        fputs("    krt_gen_check_close();\n", out);
        emit_check(e, b, in);
        return;
    }
    /* IR_ITER_NEXT */
    const IrTemp *item = in->args[1];
    const char *slot = type_is_none(item->type) ? "(krt_int[1]){0}" : arena_printf(e->arena, "&%s", temp_name(e, item));
    fprintf(out, "    %s%s(%s, %s);\n", dst_prefix(e, in), in->imm.i ? "krt_iter_next_or_raise" : "krt_iter_next",
            arg(e, in, 0), slot);
    emit_check(e, b, in);
}
