/* cycles.c — can the program's objects form reference cycles?
 *
 * Reference counting frees everything that is not part of a cycle.  Whether
 * a cycle is possible follows from the types alone: the graph has a node per
 * program class and an edge A -> B when some field of A can hold a B — the
 * field's type is B or a subclass, or an Optional, list, dict, set or tuple
 * with B somewhere inside, or a function value (a closure or a bound
 * method may hold any object).  Built-in containers cannot reach themselves
 * without going through a class (list[list[int]] never holds itself), so a
 * cycle in this graph is the only way to build a cycle of objects.
 *
 * Output: IrProgram.may_cycle, and for each class on a cycle one warning at
 * its definition naming the path (`Node.next -> Node`), so the firmware
 * engineer sees it and can break it (an index instead of a reference, or
 * clearing the back pointer).  A subclass whose cycle starts with a field
 * it inherits is not warned again: its base class's warning names the
 * field.  The common case in firmware — no cycle possible — gets no
 * warning and no collector.
 *
 * With a cycle, every class that reaches itself in the graph (closures,
 * cells and bound methods included: they are classes here too) is marked
 * gc_tracked: emit_c.c gives it the KRT_TYPE_GC flag and a traverse
 * function, and the program installs runtime/gc.c's trial-deletion
 * collector.
 */
#include "cycles.h"

#include <string.h>

#include "arena.h"
#include "krait/krt.h"
#include "sema.h"
#include "typed.h"

/* Does a value of type t (a field's type) hold a reference to class c? */
static bool type_reaches(Type *t, const ClassInfo *c) {
    t = type_resolve(t);
    if (t->kind == TY_CALLABLE) return true; /* a closure's captures or a bound method's self: any object */
    if (t->kind == TY_WEAKREF) return false;  /* weakref.ref[C]: not counted, so no cycle through it */
    if (t->kind == TY_CLASS) {
        for (const ClassInfo *k = c; k; k = k->base) /* a field of type Base can hold a Derived */
            if (k == t->cls) return true;
        return false;
    }
    for (int i = 0; i < t->nargs; i++)
        if (type_reaches(t->args[i], c)) return true;
    return false;
}

/* The field of class `from` through which it reaches class `to`, or NULL. */
static const char *edge_field(const IrClass *from, const IrClass *to) {
    for (int f = 0; f < from->nfields; f++)
        if (type_reaches(from->field_types[f], to->cls)) return from->field_names[f];
    return NULL;
}

typedef struct Search {
    const IrProgram *prog;
    int n;
    int *state;  /* 0 new, 1 on the path, 2 done */
    int *path;
    int depth;
    Arena *arena;
    Diag *diag;
    bool *warned;
} Search;

static const IrClass *plain(const IrProgram *prog, int i) {
    const IrClass *c = prog->classes.items[i];
    return c->is_exception || !c->cls ? NULL : c;
}

/* Does class c inherit field `name` from its base class? */
static bool inherited_field(const IrProgram *prog, const IrClass *c, const char *name) {
    int b = c->base_id - KRT_T__FIRST_USER;
    if (!name || b < 0 || b >= prog->classes.len) return false;
    const IrClass *base = prog->classes.items[b];
    for (int f = 0; f < base->nfields; f++)
        if (strcmp(base->field_names[f], name) == 0) return true;
    return false;
}

static void warn_cycle(Search *s, int from_depth, int back_to) {
    char buf[512] = "";
    size_t used = 0;
    for (int i = from_depth; i < s->depth && used < sizeof buf - 96; i++) {
        const IrClass *a = plain(s->prog, s->path[i]);
        const IrClass *b = plain(s->prog, i + 1 < s->depth ? s->path[i + 1] : back_to);
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s.%s -> ", a->cls->name, edge_field(a, b));
    }
    snprintf(buf + used, sizeof buf - used, "%s", plain(s->prog, back_to)->cls->name);
    const IrClass *c = plain(s->prog, back_to);
    if (s->warned[back_to]) return;
    const IrClass *next = plain(s->prog, from_depth + 1 < s->depth ? s->path[from_depth + 1] : back_to);
    if (inherited_field(s->prog, c, edge_field(c, next))) return; /* its base class's warning names it */
    s->warned[back_to] = true;
    ClassData *cd = c->cls->info;
    if (cd && cd->def && cd->module)
        diag_warning(s->diag, &cd->module->src, cd->def->span,
                     "instances of '%s' can form a reference cycle (%s): reference counting cannot free a cycle, "
                     "so krait links its cycle collector, which frees it at gc.collect() or when the heap runs out",
                     c->cls->name, buf);
}

static void visit(Search *s, int i) {
    s->state[i] = 1;
    s->path[s->depth++] = i;
    const IrClass *from = plain(s->prog, i);
    for (int k = 0; k < s->n; k++) {
        const IrClass *to = plain(s->prog, k);
        if (!to || !edge_field(from, to)) continue;
        if (s->state[k] == 1) {
            int at = 0;
            while (s->path[at] != k) at++;
            warn_cycle(s, at, k);
            ((IrProgram *)s->prog)->may_cycle = true;
        } else if (s->state[k] == 0) {
            visit(s, k);
        }
    }
    s->depth--;
    s->state[i] = 2;
}

/* A class is on a cycle when it reaches itself; its heap instances are
 * then tracked by the collector.  Reachability by Warshall's closure over
 * the class graph (programs have tens of classes, not thousands). */
static void mark_tracked(IrProgram *prog) {
    int n = prog->classes.len;
    bool *reach = arena_alloc(prog->arena, (size_t)n * (size_t)n + 1);
    memset(reach, 0, (size_t)n * (size_t)n + 1);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++)
            reach[i * n + k] = plain(prog, i) && plain(prog, k) && edge_field(plain(prog, i), plain(prog, k));
    for (int m = 0; m < n; m++)
        for (int i = 0; i < n; i++)
            if (reach[i * n + m])
                for (int k = 0; k < n; k++) reach[i * n + k] = reach[i * n + k] || reach[m * n + k];
    for (int i = 0; i < n; i++) ((IrClass *)prog->classes.items[i])->gc_tracked = reach[i * n + i];
}

void cycles_find(IrProgram *prog, Diag *diag) {
    Search s;
    memset(&s, 0, sizeof s);
    s.prog = prog;
    s.n = prog->classes.len;
    s.arena = prog->arena;
    s.diag = diag;
    s.state = arena_alloc(prog->arena, (size_t)(s.n + 1) * sizeof *s.state);
    s.path = arena_alloc(prog->arena, (size_t)(s.n + 1) * sizeof *s.path);
    s.warned = arena_alloc(prog->arena, (size_t)(s.n + 1) * sizeof *s.warned);
    for (int i = 0; i < s.n; i++)
        if (plain(prog, i) && s.state[i] == 0) visit(&s, i);
    if (prog->may_cycle) mark_tracked(prog);
}
