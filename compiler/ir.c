/* ir.c — building the IR and printing it.
 *
 * Builders only allocate and link; they check nothing about types (lower.c
 * produces well-typed IR; ir_verify, when it comes, will check it).  The text
 * dump is for tests and for people reading what the compiler did:
 *
 *     func app__area(r: float) -> float  [may raise]
 *       b0:
 *         t1: float = binop * r, r
 *         return t1
 */
#include "ir.h"

#include <string.h>

static const char *const ir_op_names[] = {
#define X(op, name, n, flags) name,
    IR_OP_LIST(X)
#undef X
};

static const char *const ir_binop_names[] = {
#define X(id, s) s,
    IR_BINOP_LIST(X)
#undef X
};

static const char *const ir_unop_names[] = {
#define X(id, s) s,
    IR_UNOP_LIST(X)
#undef X
};

static const char *const ir_cmp_names[] = {
#define X(id, s) s,
    IR_CMP_LIST(X)
#undef X
};

const char *ir_op_name(IrOp op) {
    return ir_op_names[op];
}

IrProgram *ir_program_new(Arena *arena, TypeTable *types) {
    IrProgram *prog = arena_alloc(arena, sizeof *prog);
    prog->arena = arena;
    prog->types = types;
    return prog;
}

IrModule *ir_module_new(IrProgram *prog, const char *name, const char *c_prefix, const char *path) {
    IrModule *mod = arena_alloc(prog->arena, sizeof *mod);
    mod->name = name;
    mod->c_prefix = c_prefix;
    mod->path = path;
    ptrvec_push(prog->arena, &prog->modules, mod);
    if (!prog->main) prog->main = mod;
    return mod;
}

IrFunc *ir_func_new(IrProgram *prog, IrModule *mod, const char *name, const char *c_name, Type *ret) {
    IrFunc *fn = arena_alloc(prog->arena, sizeof *fn);
    fn->module = mod;
    fn->file = mod ? mod->path : NULL;
    fn->name = name;
    fn->c_name = c_name;
    fn->ret = ret;
    ptrvec_push(prog->arena, &prog->funcs, fn);
    return fn;
}

IrTemp *ir_temp_new(IrFunc *fn, IrProgram *prog, Type *type, const char *name) {
    IrTemp *t = arena_alloc(prog->arena, sizeof *t);
    t->id = fn->temps.len;
    t->type = type;
    t->name = name;
    ptrvec_push(prog->arena, &fn->temps, t);
    return t;
}

IrTemp *ir_param_new(IrFunc *fn, IrProgram *prog, Type *type, const char *name) {
    IrTemp *t = ir_temp_new(fn, prog, type, name);
    t->is_param = true;
    ptrvec_push(prog->arena, &fn->params, t);
    return t;
}

IrBlock *ir_block_new(IrFunc *fn, IrProgram *prog) {
    IrBlock *b = arena_alloc(prog->arena, sizeof *b);
    b->id = fn->blocks.len;
    ptrvec_push(prog->arena, &fn->blocks, b);
    return b;
}

IrInstr *ir_emit(IrProgram *prog, IrBlock *b, IrOp op, IrTemp *dst, int nargs, IrTemp **args) {
    IrInstr *in = arena_alloc(prog->arena, sizeof *in);
    in->op = op;
    in->dst = dst;
    in->nargs = nargs;
    if (nargs) {
        in->args = arena_alloc(prog->arena, (size_t)nargs * sizeof *in->args);
        memcpy(in->args, args, (size_t)nargs * sizeof *args);
    }
    ptrvec_push(prog->arena, &b->instrs, in);
    return in;
}

IrGlobal *ir_global_new(IrProgram *prog, IrModule *mod, const char *name, const char *c_name, Type *type) {
    IrGlobal *g = arena_alloc(prog->arena, sizeof *g);
    g->module = mod;
    g->id = prog->globals.len;
    g->name = name;
    g->c_name = c_name;
    g->type = type;
    ptrvec_push(prog->arena, &prog->globals, g);
    return g;
}

IrStrConst *ir_str_const(IrProgram *prog, const char *data, uint32_t len) {
    for (int i = 0; i < prog->strs.len; i++) {
        IrStrConst *c = prog->strs.items[i];
        if (c->len == len && memcmp(c->data, data, len) == 0) return c;
    }
    IrStrConst *c = arena_alloc(prog->arena, sizeof *c);
    c->id = prog->strs.len;
    c->data = arena_strndup(prog->arena, data, len);
    c->len = len;
    for (uint32_t i = 0; i < len; i++)
        if (((unsigned char)data[i] & 0xC0) != 0x80) c->nchars++;
    ptrvec_push(prog->arena, &prog->strs, c);
    return c;
}

void ir_jump(IrBlock *b, IrBlock *target) {
    b->term.kind = TERM_JUMP;
    b->term.target = target;
}

void ir_branch(IrBlock *b, IrTemp *cond, IrBlock *then_block, IrBlock *else_block) {
    b->term.kind = TERM_BRANCH;
    b->term.value = cond;
    b->term.target = then_block;
    b->term.other = else_block;
}

void ir_return(IrBlock *b, IrTemp *value) {
    b->term.kind = TERM_RETURN;
    b->term.value = value;
}

/* ---- dump ------------------------------------------------------------------ */

static void ir_dump_temp(FILE *out, const IrTemp *t) {
    if (!t) {
        fputs("_", out);
        return;
    }
    if (t->name)
        fprintf(out, "%s.%d", t->name, t->id);
    else
        fprintf(out, "t%d", t->id);
}

static void ir_dump_instr(FILE *out, Arena *arena, const IrProgram *prog, const IrInstr *in) {
    fputs("    ", out);
    if (in->dst) {
        ir_dump_temp(out, in->dst);
        fprintf(out, ": %s = ", type_name(arena, in->dst->type));
    }
    fputs(ir_op_names[in->op], out);
    switch (in->op) {
    case IR_CONST: {
        Type *t = in->dst ? type_resolve(in->dst->type) : NULL;
        if (t && t->kind == TY_FLOAT)
            fprintf(out, " %.17g", in->imm.f);
        else if (t && t->kind == TY_BOOL)
            fprintf(out, " %s", in->imm.b ? "True" : "False");
        else if (t && t->kind == TY_NONE)
            fputs(" None", out);
        else
            fprintf(out, " %lld", (long long)in->imm.i);
        break;
    }
    case IR_CONST_STR: {
        const IrStrConst *c = prog->strs.items[in->imm.i];
        fprintf(out, " s%d \"%.*s\"", c->id, (int)(c->len > 40 ? 40 : c->len), c->data);
        break;
    }
    case IR_GLOBAL_LOAD:
    case IR_GLOBAL_STORE: {
        const IrGlobal *g = prog->globals.items[in->imm.i];
        fprintf(out, " %s", g->name);
        break;
    }
    case IR_BINOP:
        fprintf(out, " %s", ir_binop_names[in->imm.binop]);
        break;
    case IR_UNOP:
        fprintf(out, " %s", ir_unop_names[in->imm.unop]);
        break;
    case IR_COMPARE:
        fprintf(out, " %s", ir_cmp_names[in->imm.cmp]);
        break;
    case IR_CALL:
        fprintf(out, " %s", in->callee->c_name);
        break;
    case IR_CALL_RT:
        fprintf(out, " %s", in->rt->c_name);
        break;
    case IR_TUPLE_GET:
    case IR_EXC_MATCH:
        fprintf(out, " #%lld", (long long)in->imm.i);
        break;
    default:
        break;
    }
    for (int i = 0; i < in->nargs; i++) {
        fputs(i ? ", " : " ", out);
        ir_dump_temp(out, in->args[i]);
    }
    if (in->flags & IR_MAY_RAISE) fputs("  !raise", out);
    if (in->flags & IR_OWNED) fputs("  owned", out);
    fputc('\n', out);
}

static void ir_dump_term(FILE *out, const IrTerm *term) {
    fputs("    ", out);
    switch (term->kind) {
    case TERM_NONE:
        fputs("<unterminated>\n", out);
        break;
    case TERM_JUMP:
        fprintf(out, "jump b%d\n", term->target->id);
        break;
    case TERM_BRANCH:
        fputs("branch ", out);
        ir_dump_temp(out, term->value);
        fprintf(out, ", b%d, b%d\n", term->target->id, term->other->id);
        break;
    case TERM_RETURN:
        fputs("return", out);
        if (term->value) {
            fputc(' ', out);
            ir_dump_temp(out, term->value);
        }
        fputc('\n', out);
        break;
    case TERM_UNWIND:
        fputs("unwind\n", out);
        break;
    case TERM_YIELD:
        fputs("yield ", out);
        ir_dump_temp(out, term->value);
        fprintf(out, ", resume b%d\n", term->target->id);
        break;
    case TERM_UNREACHABLE:
        fputs("unreachable\n", out);
        break;
    }
}

void ir_dump(FILE *out, const IrProgram *prog) {
    Arena *arena = arena_new();
    for (int g = 0; g < prog->globals.len; g++) {
        const IrGlobal *gl = prog->globals.items[g];
        fprintf(out, "global %s: %s\n", gl->name, type_name(arena, gl->type));
    }
    for (int f = 0; f < prog->funcs.len; f++) {
        const IrFunc *fn = prog->funcs.items[f];
        fprintf(out, "func %s(", fn->c_name);
        for (int p = 0; p < fn->params.len; p++) {
            const IrTemp *t = fn->params.items[p];
            if (p) fputs(", ", out);
            ir_dump_temp(out, t);
            fprintf(out, ": %s", type_name(arena, t->type));
        }
        fprintf(out, ") -> %s%s\n", type_name(arena, fn->ret), fn->may_raise ? "  [may raise]" : "");
        for (int b = 0; b < fn->blocks.len; b++) {
            const IrBlock *blk = fn->blocks.items[b];
            fprintf(out, "  b%d:", blk->id);
            if (blk->handler) fprintf(out, "  (handler b%d)", blk->handler->id);
            fputc('\n', out);
            for (int i = 0; i < blk->instrs.len; i++) ir_dump_instr(out, arena, prog, blk->instrs.items[i]);
            ir_dump_term(out, &blk->term);
        }
    }
    arena_free(arena);
}
