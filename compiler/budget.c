/* budget.c — the memory budget: what a program needs before it is flashed.
 *
 * Input: the IrProgram after escape analysis (every AllocSite has its
 * storage class), the target's layout (pointer, int and float sizes) and,
 * when the target's C compiler could be run, the frame sizes it measured
 * (-fstack-usage).  Output: the report of DESIGN §4 as text or JSON, and the
 * --max-ram / --max-stack verdict.
 *
 * Sizes follow the C layout rules of the target, not the host: a field or a
 * global is as big as its C type there (pointers 4 bytes on Cortex-M, int
 * and float as --int/--float say), structs are padded to their largest
 * member's alignment.  The figures:
 *
 *  - rodata: the str and bytes constants (their descriptors and text).
 *  - static RAM: module globals, the objects placed in static blocks and
 *    the runtime's scratch stack (KRT_SCRATCH_SIZE).
 *  - heap arena: --heap as given; the sites say what lives there.
 *  - stack: the deepest chain of calls from the program's entry points
 *    (every module's top level, every @export function), summing each
 *    function's frame.  A frame is what the target compiler measured when
 *    available; otherwise krait's estimate: saved registers and return
 *    address, parameters, named locals and stack-placed objects
 *    (intermediates are assumed to live in registers, and runtime calls are
 *    not counted — the measured figure includes neither caveat).  A cycle in
 *    the call graph makes the stack unbounded, and the report names it.
 */
#include "budget.h"

#include <inttypes.h>
#include <string.h>

#include "arena.h"
#include "heapbound.h"
#include "ptrmap.h"

/* Saved registers and return address of a non-leaf frame: Cortex-M pushes
 * r4-r7 and lr and keeps 8-byte alignment; x86-64 pushes rip and rbp;
 * RISC-V saves ra and s0 in a 16-byte aligned frame. */
#define FRAME_OVERHEAD_32 24u
#define FRAME_OVERHEAD_64 16u

typedef struct Frame {
    const IrFunc *fn;
    uint32_t own;        /* this function's frame */
    uint32_t worst;      /* own plus the deepest callee chain */
    int state;           /* 0 unvisited, 1 on the DFS path, 2 done */
    const struct Frame *deepest; /* the callee on the worst chain */
} Frame;

struct Budget {
    const IrProgram *prog;
    BudgetOptions opts;
    Arena *arena;
    /* rodata */
    uint64_t rodata, nstrs, nbytes_consts;
    /* static RAM */
    uint64_t globals, static_objects, scratch;
    /* stack */
    Frame *frames;
    PtrMap frame_of;     /* IrFunc* -> Frame* */
    const Frame *root;   /* the entry with the deepest chain */
    uint64_t stack;
    bool stack_unbounded;
    const char *cycle;   /* "f > g > f" */
    bool measured;       /* the stack figure came from the target's C compiler */
    StackMeasure measure;
    const char *measure_note; /* why not measured */
    /* sites */
    uint32_t *site_size; /* per prog->sites entry: bytes, 0 = depends on the data */
    int counts[4];       /* sites per storage class */
    HeapBound *heap;     /* the bound on the heap peak (heapbound.c) */
};

/* ---- target layout ---------------------------------------------------------- */

typedef struct Layout {
    uint32_t size, align;
} Layout;

static Layout layout_of(const Budget *b, Type *t);

static Layout struct_layout(const Budget *b, Type **fields, int n, Layout first) {
    uint32_t size = first.size, align = first.align ? first.align : 1;
    for (int i = 0; i < n; i++) {
        Layout f = layout_of(b, fields[i]);
        if (!f.size) continue;
        size = (size + f.align - 1) / f.align * f.align + f.size;
        if (f.align > align) align = f.align;
    }
    size = (size + align - 1) / align * align;
    return (Layout){size, align};
}

static Layout layout_of(const Budget *b, Type *t) {
    uint32_t ptr = (uint32_t)b->opts.ptr_bytes;
    t = type_resolve(t);
    switch (t->kind) {
    case TY_NONE: return (Layout){0, 1};
    case TY_BOOL: return (Layout){1, 1};
    case TY_INT: return (Layout){(uint32_t)b->opts.int_bits / 8, (uint32_t)b->opts.int_bits / 8};
    case TY_FLOAT: return (Layout){(uint32_t)b->opts.float_bits / 8, (uint32_t)b->opts.float_bits / 8};
    case TY_RANGE: {
        uint32_t w = (uint32_t)b->opts.int_bits / 8;
        return (Layout){3 * w, w};
    }
    case TY_TUPLE: return struct_layout(b, t->args, t->nargs, (Layout){0, 1});
    case TY_OPTIONAL:
        if (type_is_reference(t->args[0])) return (Layout){ptr, ptr};
        {
            Type *some_value[1] = {t->args[0]};
            return struct_layout(b, some_value, 1, (Layout){1, 1});
        }
    default: return (Layout){ptr, ptr};
    }
}

/* Bytes of an instance of a program class: the header and every field (a
 * closure's environment: a KrtFn, the header and the code pointer, first). */
static uint32_t instance_size(const Budget *b, Type *t) {
    t = type_resolve(t);
    uint32_t ptr = (uint32_t)b->opts.ptr_bytes;
    for (int i = 0; i < b->prog->classes.len; i++) {
        const IrClass *c = b->prog->classes.items[i];
        if (c->is_exception || c->cls != t->cls) continue;
        Layout head = c->is_closure ? (Layout){(4 + ptr - 1) / ptr * ptr + ptr, ptr} : (Layout){4, 2};
        return struct_layout(b, c->field_types, c->nfields, head).size;
    }
    return 0;
}

/* Bytes the cycle collector adds in front of a heap instance of a class
 * that can lie on a cycle (runtime/gc.c: two pointers linking it into the
 * collector's ring); 0 for other classes. */
static uint32_t gc_head_size(const Budget *b, Type *t) {
    t = type_resolve(t);
    for (int i = 0; i < b->prog->classes.len; i++) {
        const IrClass *c = b->prog->classes.items[i];
        if (!c->is_exception && c->cls == t->cls) return c->gc_tracked ? 2u * (uint32_t)b->opts.ptr_bytes : 0;
    }
    return 0;
}

/* The runtime's KrtExc: header, msg, cause, context, code, args, nargs. */
static Layout exc_layout(const Budget *b) {
    uint32_t ptr = (uint32_t)b->opts.ptr_bytes, word = (uint32_t)b->opts.int_bits / 8;
    uint32_t size = 4, align = ptr > word ? ptr : word;
    uint32_t parts[6] = {ptr, ptr, ptr, word, ptr, word};
    for (int i = 0; i < 6; i++) size = (size + parts[i] - 1) / parts[i] * parts[i] + parts[i];
    return (Layout){(size + align - 1) / align * align, align};
}

/* Bytes of an instance of program class c, exceptions, closures and cells
 * included; 0 when not known. */
static uint32_t class_bytes(const void *ctx, const IrClass *c) {
    const Budget *b = ctx;
    if (c->is_exception || c->exc_struct) return struct_layout(b, c->field_types, c->nfields, exc_layout(b)).size;
    if (!c->cls) return 0;
    if (c->is_closure) { /* a KrtFn (header, code pointer), then the captures */
        uint32_t ptr = (uint32_t)b->opts.ptr_bytes;
        return struct_layout(b, c->field_types, c->nfields, (Layout){(4 + ptr - 1) / ptr * ptr + ptr, ptr}).size +
               (c->gc_tracked ? 2u * ptr : 0);
    }
    /* heap instances of a class on a cycle sit behind the collector's header */
    return struct_layout(b, c->field_types, c->nfields, (Layout){4, 2}).size +
           (c->gc_tracked ? 2u * (uint32_t)b->opts.ptr_bytes : 0);
}

/* Bytes of a generator's frame (emit_gen.c): a KrtGen (a KrtIter: header,
 * size, next and drop, a flag; then the state, the return value's kind,
 * the yielded value's size and the return value) and every temporary the
 * function reads. */
static uint32_t generator_frame_size(const Budget *b, const IrFunc *fn) {
    uint32_t ptr = (uint32_t)b->opts.ptr_bytes, w = (uint32_t)b->opts.int_bits / 8, fw = (uint32_t)b->opts.float_bits / 8;
    uint32_t sizes[] = {4, 4, ptr, ptr, 1, 0 /* the KrtIter ends */, 4, 1, 4, w, fw, ptr}, size = 0, align = 1;
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        if (!sizes[i]) {
            size = (size + align - 1) / align * align;
            continue;
        }
        size = (size + sizes[i] - 1) / sizes[i] * sizes[i] + sizes[i];
        if (sizes[i] > align) align = sizes[i];
    }
    bool *read = arena_alloc(b->arena, (size_t)(fn->temps.len + 1) * sizeof *read);
    for (int bi = 0; bi < fn->blocks.len; bi++) {
        const IrBlock *bl = fn->blocks.items[bi];
        for (int i = 0; i < bl->instrs.len; i++) {
            const IrInstr *in = bl->instrs.items[i];
            for (int a = 0; a < in->nargs; a++)
                if (in->args[a]) read[in->args[a]->id] = true;
        }
        if (bl->term.value) read[bl->term.value->id] = true;
    }
    for (int i = 0; i < fn->temps.len; i++) {
        const IrTemp *t = fn->temps.items[i];
        if (!t->is_param && !read[t->id]) continue;
        Layout l = layout_of(b, t->type);
        if (!l.size) continue;
        size = (size + l.align - 1) / l.align * l.align + l.size;
        if (l.align > align) align = l.align;
    }
    return (size + align - 1) / align * align;
}

/* Bytes a site's object takes when its size is known at compile time. */
static uint32_t site_object_size(const Budget *b, const IrInstr *in) {
    if (!in || !in->dst) return 0;
    if (in->op == IR_CALL && in->callee->is_generator) return generator_frame_size(b, in->callee);
    if (in->op == IR_NEW || in->op == IR_CALL) return instance_size(b, in->dst->type); /* IR_CALL: a slot offered */
    return 0;
}

/* ---- the figures ------------------------------------------------------------ */

static const IrInstr *site_instr(const AllocSite *s) {
    for (int bi = 0; bi < s->func->blocks.len; bi++) {
        const IrBlock *bl = s->func->blocks.items[bi];
        for (int i = 0; i < bl->instrs.len; i++)
            if (((const IrInstr *)bl->instrs.items[i])->site == s) return bl->instrs.items[i];
    }
    return NULL;
}

static uint32_t own_frame_estimate(const Budget *b, const IrFunc *fn) {
    uint32_t bytes = b->opts.ptr_bytes == 8 ? FRAME_OVERHEAD_64 : FRAME_OVERHEAD_32;
    for (int i = 0; i < fn->temps.len; i++) {
        const IrTemp *t = fn->temps.items[i];
        if (!t->name && !t->is_param) continue;
        Layout l = layout_of(b, t->type);
        bytes = (bytes + l.align - 1) / (l.align ? l.align : 1) * (l.align ? l.align : 1) + l.size;
    }
    for (int i = 0; i < fn->stack_sites.len; i++) {
        const AllocSite *s = fn->stack_sites.items[i];
        const IrInstr *in = site_instr(s);
        if (in && in->dst) bytes += (site_object_size(b, in) + 7u) & ~7u;
    }
    return (bytes + 7u) & ~7u;
}

/* Deepest chain below f; false (and b->cycle set) when it loops. */
static bool chain(Budget *b, Frame *f, PtrVec *path) {
    if (f->state == 2) return true;
    if (f->state == 1) { /* a cycle: name it from where it starts */
        int from = 0;
        while (from < path->len && ((Frame *)path->items[from]) != f) from++;
        char buf[512] = "";
        size_t used = 0;
        for (int i = from; i < path->len && used < sizeof buf - 64; i++)
            used += (size_t)snprintf(buf + used, sizeof buf - used, "%s > ", ((Frame *)path->items[i])->fn->name);
        snprintf(buf + used, sizeof buf - used, "%s", f->fn->name);
        if (!b->cycle) b->cycle = arena_printf(b->arena, "%s", buf);
        return false;
    }
    f->state = 1;
    ptrvec_push(b->arena, path, f);
    bool ok = true;
    f->worst = f->own;
    for (int bi = 0; bi < f->fn->blocks.len; bi++) {
        const IrBlock *bl = f->fn->blocks.items[bi];
        for (int i = 0; i < bl->instrs.len; i++) {
            const IrInstr *in = bl->instrs.items[i];
            if (in->op != IR_CALL || !in->callee) continue;
            Frame *callee = ptrmap_get(&b->frame_of, in->callee);
            if (!callee) continue;
            if (!chain(b, callee, path)) ok = false;
            if (callee->state == 2 && f->own + callee->worst > f->worst) {
                f->worst = f->own + callee->worst;
                f->deepest = callee;
            }
        }
    }
    path->len--;
    f->state = 2;
    return ok;
}

Budget *budget_compute(const IrProgram *prog, const BudgetOptions *opts, const StackMeasure *measured,
                       const char *measure_note) {
    Budget *b = arena_alloc(prog->arena, sizeof *b);
    memset(b, 0, sizeof *b);
    b->prog = prog;
    b->opts = *opts;
    b->arena = prog->arena;
    uint32_t ptr = (uint32_t)opts->ptr_bytes;
    /* rodata: KrtStr {header, len, nchars, data} and its text; KrtBytes likewise */
    uint32_t str_desc = (4 + 4 + 4 + ptr + ptr - 1) / ptr * ptr, bytes_desc = (4 + 4 + ptr + ptr - 1) / ptr * ptr;
    for (int i = 0; i < prog->strs.len; i++) {
        const IrStrConst *s = prog->strs.items[i];
        b->rodata += str_desc + s->len + 1;
        b->nstrs++;
        if (s->as_bytes) {
            b->rodata += bytes_desc;
            b->nbytes_consts++;
        }
    }
    /* static RAM */
    for (int g = 0; g < prog->globals.len; g++) {
        const IrGlobal *gl = prog->globals.items[g];
        Layout l = layout_of(b, gl->type);
        if (l.size) b->globals = (b->globals + l.align - 1) / l.align * l.align + l.size;
    }
    b->scratch = 64u * ptr; /* the runtime's scratch stack (KRT_SCRATCH_SIZE's default on the target) */
    /* sites */
    b->site_size = arena_alloc(b->arena, (size_t)(prog->sites.len + 1) * sizeof *b->site_size);
    for (int i = 0; i < prog->sites.len; i++) {
        const AllocSite *s = prog->sites.items[i];
        const IrInstr *in = site_instr(s);
        b->site_size[i] = site_object_size(b, in);
        if (b->site_size[i] && s->storage == STORAGE_HEAP && !(in->op == IR_CALL && in->callee->is_generator))
            b->site_size[i] += gc_head_size(b, in->dst->type);
        if (in && in->op == IR_CALL_RT && strcmp(in->rt->c_name, "krt_weakref_new") == 0)
            b->site_size[i] = (4u + 3u * ptr + ptr - 1) / ptr * ptr; /* KrtWeakRef: header, target, two links */
        if (s->storage == STORAGE_STATIC) b->static_objects += (b->site_size[i] + 7u) & ~7u;
        b->counts[s->storage]++;
    }
    /* the heap peak */
    uint32_t str_fixed = (4 + 4 + 4 + ptr - 1) / ptr * ptr + ptr, list_fixed = (4 + ptr - 1) / ptr * ptr + ptr + 4 + 4;
    HeapLayout hl = {opts->ptr_bytes, opts->int_bits, opts->float_bits, str_fixed,
                     (list_fixed + ptr - 1) / ptr * ptr + ptr, exc_layout(b).size, class_bytes, b};
    b->heap = heap_bound_compute(prog, &hl);
    /* stack */
    int n = prog->funcs.len;
    b->frames = arena_alloc(b->arena, (size_t)(n + 1) * sizeof *b->frames);
    ptrmap_init(&b->frame_of, b->arena);
    for (int f = 0; f < n; f++) {
        Frame *fr = &b->frames[f];
        fr->fn = prog->funcs.items[f];
        fr->own = own_frame_estimate(b, fr->fn);
        ptrmap_put(&b->frame_of, fr->fn, fr);
    }
    PtrVec path = {0};
    for (int f = 0; f < n; f++) {
        Frame *fr = &b->frames[f];
        if (!fr->fn->is_module_init && !fr->fn->exported) continue;
        if (!chain(b, fr, &path)) b->stack_unbounded = true;
        if (!b->root || fr->worst > b->root->worst) b->root = fr;
    }
    b->stack = b->root ? b->root->worst : 0;
    b->measure_note = measure_note;
    if (measured) { /* the target compiler's figures replace the estimate */
        b->measured = true;
        b->measure = *measured;
        b->stack = measured->bytes;
    }
    return b;
}

/* ---- output --------------------------------------------------------------------- */

/* 1234567 as "1,234,567". */
static const char *grouped(const Budget *b, uint64_t v) {
    char digits[32];
    snprintf(digits, sizeof digits, "%" PRIu64, v);
    char out[48];
    size_t n = strlen(digits), o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) out[o++] = ',';
        out[o++] = digits[i];
    }
    out[o] = '\0';
    return arena_printf(b->arena, "%s", out);
}

static const char *storage_name(StorageClass s) {
    static const char *const names[] = {"constant", "static", "stack", "heap"};
    return names[s];
}

static const char *base_name(const char *path) {
    const char *slash = path ? strrchr(path, '/') : NULL;
    return slash ? slash + 1 : path ? path : "?";
}

static uint64_t static_ram(const Budget *b) {
    return b->globals + b->static_objects + b->scratch;
}

/* The heap's share of the RAM total: the arena given with --heap, else
 * (the system allocator) the bound on the heap peak when there is one. */
static uint64_t heap_ram(const Budget *b) {
    if (b->opts.heap_bytes) return b->opts.heap_bytes;
    return b->heap->bounded ? b->heap->bytes : 0;
}

static uint64_t ram_total(const Budget *b) {
    return static_ram(b) + heap_ram(b) + b->stack;
}

static const char *stack_chain_text(const Budget *b) {
    if (b->measured) return b->measure.chain;
    char buf[1024] = "";
    size_t used = 0;
    for (const Frame *f = b->root; f && used < sizeof buf - 80; f = f->deepest)
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s", used ? " > " : "", f->fn->name);
    return arena_printf(b->arena, "%s", buf);
}

void budget_print(const Budget *b, FILE *out) {
    const IrProgram *p = b->prog;
    fprintf(out, "krait memory budget: %s  (%s, int %d, float %d)\n", base_name(p->main->path), b->opts.target,
            b->opts.int_bits, b->opts.float_bits);
    fprintf(out, "  rodata (flash)    %9s B   %" PRIu64 " strings%s\n", grouped(b, b->rodata), b->nstrs,
            b->nbytes_consts ? arena_printf(b->arena, ", %" PRIu64 " bytes", b->nbytes_consts) : "");
    fprintf(out, "  static RAM        %9s B   globals %s B, static objects %s B, scratch stack %s B\n",
            grouped(b, static_ram(b)), grouped(b, b->globals), grouped(b, b->static_objects), grouped(b, b->scratch));
    if (b->opts.heap_bytes)
        fprintf(out, "  heap arena        %9s B   --heap; %d heap site%s (see below)\n", grouped(b, b->opts.heap_bytes),
                b->counts[STORAGE_HEAP], b->counts[STORAGE_HEAP] == 1 ? "" : "s");
    else
        fprintf(out, "  heap arena        %9s     the system allocator (no --heap); %d heap site%s\n", "-",
                b->counts[STORAGE_HEAP], b->counts[STORAGE_HEAP] == 1 ? "" : "s");
    if (p->may_cycle) {
        int tracked = 0;
        for (int i = 0; i < p->classes.len; i++) tracked += ((const IrClass *)p->classes.items[i])->gc_tracked;
        fprintf(out, "  cycle collector   %9s     %d class%s can form reference cycles; their heap instances carry "
                     "%d B more\n",
                "linked", tracked, tracked == 1 ? "" : "es", 2 * b->opts.ptr_bytes);
    }
    if (b->heap->bounded) {
        fprintf(out, "  heap peak bound   %9s B   %d heap site%s, all bounded", grouped(b, b->heap->bytes), b->heap->sites,
                b->heap->sites == 1 ? "" : "s");
        if (b->heap->exc_reserve && b->heap->exc_live > 1)
            fprintf(out, "; %" PRIu64 " live exceptions %s B", b->heap->exc_live, grouped(b, b->heap->exc_reserve));
        else if (b->heap->exc_reserve)
            fprintf(out, "; a raised exception %s B", grouped(b, b->heap->exc_reserve));
        if (b->opts.heap_bytes && b->heap->bytes > b->opts.heap_bytes) fputs("; OVER --heap", out);
        fputc('\n', out);
    } else {
        fprintf(out, "  heap peak bound   %9s     %s\n", "unbounded", b->heap->reason);
    }
    if (b->stack_unbounded)
        fprintf(out, "  stack, worst case %9s     recursion: %s\n", "unbounded", b->cycle);
    else
        fprintf(out, "  stack, worst case %9s B   %s\n", grouped(b, b->stack), stack_chain_text(b));
    if (b->measured) {
        fprintf(out, "                                measured by the target compiler (-fstack-usage)");
        if (b->measure.runtime_cycle) fprintf(out, "; runtime recursion cut: %s", b->measure.runtime_cycle);
        if (b->measure.unknown_functions)
            fprintf(out, "; %d library functions not measured", b->measure.unknown_functions);
        fputc('\n', out);
    } else {
        fprintf(out, "                                krait's estimate (runtime calls not counted)%s%s\n",
                b->measure_note ? "; not measured: " : "", b->measure_note ? b->measure_note : "");
    }
    fprintf(out, "  RAM total         %9s B   ", grouped(b, ram_total(b)));
    if (b->stack_unbounded) fputs("plus the recursion's stack; ", out);
    if (!b->opts.heap_bytes && !b->heap->bounded) fputs("plus the heap; ", out);
    if (b->opts.max_ram)
        fprintf(out, "%s --max-ram %s\n", ram_total(b) <= b->opts.max_ram ? "within" : "OVER", grouped(b, b->opts.max_ram));
    else
        fputs(b->opts.heap_bytes || !b->heap->bounded ? "static + heap + stack\n" : "static + heap peak bound + stack\n",
              out);
    fprintf(out, "allocation sites: %d stack, %d static, %d heap\n", b->counts[STORAGE_STACK], b->counts[STORAGE_STATIC],
            b->counts[STORAGE_HEAP]);
    for (int i = 0; i < p->sites.len; i++) {
        const AllocSite *s = p->sites.items[i];
        const char *where = arena_printf(b->arena, "%s:%u", base_name(s->file), (unsigned)s->span.begin.line);
        const char *size = b->site_size[i] ? arena_printf(b->arena, "%s B", grouped(b, b->site_size[i])) : "size varies";
        fprintf(out, "  %-16s %-28s %-6s %-11s", where, s->text, storage_name(s->storage), size);
        if (s->scratch)
            fputs("  a statement temporary on the scratch stack (the heap when it is full)", out);
        else if (s->caller_slot && s->storage == STORAGE_STACK)
            fprintf(out, "  %s", s->why);
        else if (s->storage == STORAGE_STACK)
            fputs(s->in_loop ? "  slot reused per iteration" : "", out);
        else if (s->why)
            fprintf(out, "  %s", s->why);
        if (s->storage == STORAGE_HEAP && s->in_loop) fputs(" (in a loop)", out);
        fputc('\n', out);
    }
}

static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

void budget_print_json(const Budget *b, FILE *out) {
    const IrProgram *p = b->prog;
    fputs("{\n  \"program\": ", out);
    json_string(out, p->main->path);
    fputs(",\n  \"target\": ", out);
    json_string(out, b->opts.target);
    fprintf(out, ",\n  \"int_bits\": %d,\n  \"float_bits\": %d,\n", b->opts.int_bits, b->opts.float_bits);
    fprintf(out, "  \"rodata\": {\"bytes\": %" PRIu64 ", \"strings\": %" PRIu64 "},\n", b->rodata, b->nstrs);
    fprintf(out,
            "  \"static_ram\": {\"bytes\": %" PRIu64 ", \"globals\": %" PRIu64 ", \"static_objects\": %" PRIu64
            ", \"scratch\": %" PRIu64 "},\n",
            static_ram(b), b->globals, b->static_objects, b->scratch);
    fprintf(out, "  \"heap_arena\": %" PRIu64 ",\n", b->opts.heap_bytes);
    fprintf(out, "  \"cycle_collector\": %s,\n", b->prog->may_cycle ? "true" : "false");
    if (b->heap->bounded) {
        fprintf(out, "  \"heap_peak_bound\": %" PRIu64 ",\n  \"heap_peak_unbounded\": null,\n", b->heap->bytes);
    } else {
        fputs("  \"heap_peak_bound\": null,\n  \"heap_peak_unbounded\": ", out);
        json_string(out, b->heap->reason);
        fputs(",\n", out);
    }
    fprintf(out, "  \"heap_exception_reserve\": %" PRIu64 ",\n", b->heap->exc_reserve);
    fprintf(out, "  \"stack\": {\"bytes\": %" PRIu64 ", \"unbounded\": %s, \"measured\": %s, \"chain\": ", b->stack,
            b->stack_unbounded ? "true" : "false", b->measured ? "true" : "false");
    json_string(out, b->stack_unbounded ? b->cycle : stack_chain_text(b));
    fprintf(out, "},\n  \"ram_total\": %" PRIu64 ",\n", ram_total(b));
    fprintf(out, "  \"max_ram\": %" PRIu64 ",\n  \"max_stack\": %" PRIu64 ",\n", b->opts.max_ram, b->opts.max_stack);
    fputs("  \"sites\": [", out);
    for (int i = 0; i < p->sites.len; i++) {
        const AllocSite *s = p->sites.items[i];
        fputs(i ? ",\n    {" : "\n    {", out);
        fputs("\"file\": ", out);
        json_string(out, s->file);
        fprintf(out, ", \"line\": %u, \"col\": %u, \"function\": ", (unsigned)s->span.begin.line,
                (unsigned)s->span.begin.col + 1);
        json_string(out, s->func->name);
        fputs(", \"text\": ", out);
        json_string(out, s->text);
        fprintf(out, ", \"storage\": \"%s\", \"bytes\": %u, \"in_loop\": %s, \"why\": ", storage_name(s->storage),
                (unsigned)b->site_size[i], s->in_loop ? "true" : "false");
        if (s->why)
            json_string(out, s->why);
        else
            fputs("null", out);
        if (b->heap->site_why[i]) {
            fputs(", \"heap_bound\": null, \"heap_unbounded\": ", out);
            json_string(out, b->heap->site_why[i]);
        } else {
            fprintf(out, ", \"heap_bound\": %" PRIu64 ", \"heap_unbounded\": null", b->heap->site_bytes[i]);
        }
        fputc('}', out);
    }
    fputs(p->sites.len ? "\n  ]\n}\n" : "]\n}\n", out);
}

bool budget_check_limits(const Budget *b, Diag *diag) {
    bool ok = true;
    if (b->opts.max_stack && (b->stack_unbounded || b->stack > b->opts.max_stack)) {
        if (b->stack_unbounded)
            diag_error_plain(diag, "the stack is unbounded (recursion: %s), over --max-stack %s", b->cycle,
                             grouped(b, b->opts.max_stack));
        else
            diag_error_plain(diag, "worst-case stack %s B is over --max-stack %s B; deepest chain: %s",
                             grouped(b, b->stack), grouped(b, b->opts.max_stack), stack_chain_text(b));
        ok = false;
    }
    if (b->opts.max_ram && ram_total(b) > b->opts.max_ram) {
        /* the biggest contributors first */
        const char *parts[4] = {b->opts.heap_bytes ? "heap arena" : "heap peak bound", "stack", "globals",
                                "static objects and scratch stack"};
        uint64_t sizes[4] = {heap_ram(b), b->stack, b->globals, b->static_objects + b->scratch};
        for (int i = 0; i < 4; i++)
            for (int k = i + 1; k < 4; k++)
                if (sizes[k] > sizes[i]) {
                    uint64_t ts = sizes[i];
                    const char *tp = parts[i];
                    sizes[i] = sizes[k], parts[i] = parts[k];
                    sizes[k] = ts, parts[k] = tp;
                }
        diag_error_plain(diag, "RAM total %s B is over --max-ram %s B; biggest: %s %s B, %s %s B, %s %s B",
                         grouped(b, ram_total(b)), grouped(b, b->opts.max_ram), parts[0], grouped(b, sizes[0]), parts[1],
                         grouped(b, sizes[1]), parts[2], grouped(b, sizes[2]));
        ok = false;
    }
    return ok;
}
