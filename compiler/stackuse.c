/* stackuse.c — the worst-case stack as the target's C compiler measured it.
 *
 * build_stack_usage compiles the generated C and the runtime with
 * -fstack-usage -fcallgraph-info=su; gcc then writes, per object, a .ci file
 * (VCG text) with a node per function — its frame in bytes, "static" when
 * fixed — and an edge per call it kept (inlined calls are gone, so the
 * graph is the real one).  This file reads those files, joins them into one
 * call graph and finds the deepest chain from the entry (`main`, or the
 * library's exported functions and init).
 *
 * What the compiler cannot see is bounded conservatively and said so:
 *  - a call through a function pointer (gcc's `__indirect_call` node:
 *    drop functions, element helpers, digit callbacks, function values)
 *    counts as the deepest function only reachable through a pointer: a
 *    file-local function gcc kept although nothing calls it directly
 *    (gcc names those "file.c:name"), or a generated function with no
 *    direct caller;
 *  - a cycle (recursion in the program or the runtime) is cut where it
 *    closes, and reported: the program's own recursion makes the figure
 *    unbounded (budget.c), the runtime's bounded recursions are named;
 *  - functions with no frame figure (the C library, compiler support
 *    routines such as __aeabi_fadd) count as zero and are listed.
 */
#define _XOPEN_SOURCE 700 /* POSIX 2008: mkdtemp, lstat */
#include "stackuse.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "build.h"
#include "ptrmap.h"

typedef struct SuNode {
    const char *name;
    int index;           /* in SuGraph.nodes */
    uint32_t own;
    bool known;          /* a frame figure was reported */
    PtrVec callees;      /* SuNode* */
    int state;           /* 0 new, 1 on the path, 2 done */
    uint64_t worst;
    struct SuNode *deepest;
} SuNode;

typedef struct SuGraph {
    Arena *arena;
    PtrVec nodes;
    SuNode **slots;      /* open addressing by name */
    uint32_t cap;
    const char *cycle;   /* the first cycle found */
    bool program_cycle;  /* that cycle goes through generated code */
    uint64_t indirect;   /* bound used for __indirect_call */
    int unknown;         /* functions without a figure */
} SuGraph;

static uint32_t name_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static SuNode *node_named(SuGraph *g, const char *name, size_t len) {
    if (g->nodes.len * 2 >= (int)g->cap) { /* grow the open-addressing table */
        uint32_t cap = g->cap ? g->cap * 2 : 1024;
        SuNode **slots = arena_alloc(g->arena, cap * sizeof *slots);
        for (int i = 0; i < g->nodes.len; i++) {
            SuNode *n = g->nodes.items[i];
            uint32_t h = name_hash(n->name, strlen(n->name)) & (cap - 1);
            while (slots[h]) h = (h + 1) & (cap - 1);
            slots[h] = n;
        }
        g->slots = slots;
        g->cap = cap;
    }
    uint32_t h = name_hash(name, len) & (g->cap - 1);
    for (; g->slots[h]; h = (h + 1) & (g->cap - 1)) {
        SuNode *n = g->slots[h];
        if (strlen(n->name) == len && memcmp(n->name, name, len) == 0) return n;
    }
    SuNode *n = arena_alloc(g->arena, sizeof *n);
    n->name = arena_printf(g->arena, "%.*s", (int)len, name);
    n->index = g->nodes.len;
    ptrvec_push(g->arena, &g->nodes, n);
    g->slots[h] = n;
    return n;
}

/* The text between `key: "` and the next quote on line; NULL if absent. */
static const char *quoted(const char *line, const char *key, size_t *len) {
    const char *p = strstr(line, key);
    if (!p) return NULL;
    p += strlen(key);
    const char *end = strchr(p, '"');
    if (!end) return NULL;
    *len = (size_t)(end - p);
    return p;
}

static void read_ci(SuGraph *g, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        size_t len = 0, len2 = 0;
        if (strncmp(line, "node:", 5) == 0) {
            const char *title = quoted(line, "title: \"", &len);
            if (!title) continue;
            SuNode *n = node_named(g, title, len);
            const char *bytes = strstr(line, " bytes (");
            if (bytes) { /* "...\n32 bytes (static)" : the number before " bytes" */
                const char *num = bytes;
                while (num > line && num[-1] >= '0' && num[-1] <= '9') num--;
                n->own = (uint32_t)strtoul(num, NULL, 10);
                n->known = true;
            }
        } else if (strncmp(line, "edge:", 5) == 0) {
            const char *from = quoted(line, "sourcename: \"", &len);
            const char *to = quoted(line, "targetname: \"", &len2);
            if (!from || !to) continue;
            SuNode *a = node_named(g, from, len), *b = node_named(g, to, len2);
            bool dup = false;
            for (int i = 0; i < a->callees.len && !dup; i++) dup = a->callees.items[i] == b;
            if (!dup) ptrvec_push(g->arena, &a->callees, b);
        }
    }
    fclose(f);
}

static bool is_indirect(const SuNode *n) {
    return strcmp(n->name, "__indirect_call") == 0;
}

/* Deepest chain below n; cycles are cut where they close. */
static void worst(SuGraph *g, SuNode *n, PtrVec *path, const PtrMap *generated) {
    if (n->state == 2) return;
    n->state = 1;
    ptrvec_push(g->arena, path, n);
    n->worst = n->own;
    for (int i = 0; i < n->callees.len; i++) {
        SuNode *c = n->callees.items[i];
        if (c->state == 1) {
            if (!g->cycle) {
                int at = 0;
                while (path->items[at] != c) at++;
                char buf[512] = "";
                size_t used = 0;
                for (int k = at; k < path->len && used < sizeof buf - 96; k++) {
                    const SuNode *p = path->items[k];
                    if (ptrmap_get(generated, p->name)) g->program_cycle = true;
                    used += (size_t)snprintf(buf + used, sizeof buf - used, "%s > ", p->name);
                }
                snprintf(buf + used, sizeof buf - used, "%s", c->name);
                g->cycle = arena_printf(g->arena, "%s", buf);
            }
            continue;
        }
        uint64_t below;
        if (is_indirect(c)) {
            below = g->indirect;
        } else {
            worst(g, c, path, generated);
            below = c->worst;
        }
        if (n->own + below > n->worst) {
            n->worst = n->own + below;
            n->deepest = c;
        }
    }
    path->len--;
    n->state = 2;
}

bool stackuse_compute(const IrProgram *prog, const char *obj_dir, bool lib_entry, StackMeasure *out) {
    memset(out, 0, sizeof *out);
    SuGraph g;
    memset(&g, 0, sizeof g);
    g.arena = prog->arena;
    DIR *d = opendir(obj_dir);
    if (!d) return false;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n > 3 && strcmp(e->d_name + n - 3, ".ci") == 0) read_ci(&g, arena_printf(g.arena, "%s/%s", obj_dir, e->d_name));
    }
    closedir(d);
    if (!g.nodes.len) return false;
    /* generated functions, and their Python names */
    PtrMap generated;
    ptrmap_init(&generated, g.arena);
    for (int i = 0; i < g.nodes.len; i++) {
        SuNode *n = g.nodes.items[i];
        for (int f = 0; f < prog->funcs.len; f++) {
            const IrFunc *fn = prog->funcs.items[f];
            if (strcmp(fn->c_name, n->name) == 0) ptrmap_put(&generated, n->name, (void *)fn);
        }
    }
    /* an indirect call: the deepest of everything else, measured first */
    PtrVec path = {0};
    for (int i = 0; i < g.nodes.len; i++) {
        SuNode *n = g.nodes.items[i];
        if (!is_indirect(n)) worst(&g, n, &path, &generated);
    }
    /* functions reached only through pointers have no direct caller */
    bool *called = arena_alloc(g.arena, (size_t)(g.nodes.len + 1) * sizeof *called);
    for (int i = 0; i < g.nodes.len; i++) {
        SuNode *n = g.nodes.items[i];
        for (int k = 0; k < n->callees.len; k++) called[((SuNode *)n->callees.items[k])->index] = true;
    }
    for (int i = 0; i < g.nodes.len; i++) {
        SuNode *n = g.nodes.items[i];
        /* a file-local function ("file.c:name") that survives with no direct
         * caller has its address taken; so may a generated one */
        const IrFunc *fn = ptrmap_get(&generated, n->name);
        bool by_pointer = !called[i] && (strchr(n->name, ':') || (fn && !fn->is_module_init && !fn->exported));
        if (!is_indirect(n) && by_pointer && n->worst > g.indirect) g.indirect = n->worst;
        if (!n->known && !is_indirect(n)) g.unknown++;
    }
    /* again, now with indirect calls bounded */
    for (int i = 0; i < g.nodes.len; i++) ((SuNode *)g.nodes.items[i])->state = 0;
    g.cycle = NULL;
    g.program_cycle = false;
    SuNode *root = NULL;
    for (int i = 0; i < g.nodes.len; i++) {
        SuNode *n = g.nodes.items[i];
        const IrFunc *fn = ptrmap_get(&generated, n->name);
        bool is_root = lib_entry ? (fn && (fn->exported || fn->is_module_init)) : strcmp(n->name, "main") == 0;
        if (!is_root) continue;
        worst(&g, n, &path, &generated);
        if (!root || n->worst > root->worst) root = n;
    }
    if (!root) return false;
    out->bytes = root->worst;
    char buf[1024] = "";
    size_t used = 0;
    for (const SuNode *n = root; n && used < sizeof buf - 96; n = n->deepest) {
        const IrFunc *fn = ptrmap_get(&generated, n->name);
        const char *local = strrchr(n->name, ':'); /* "path/dtoa.c:big_sub" -> "big_sub" */
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s", used ? " > " : "",
                                 fn ? fn->name : is_indirect(n) ? "(indirect call)" : local ? local + 1 : n->name);
        if (is_indirect(n)) break;
    }
    out->chain = arena_printf(g.arena, "%s", buf);
    out->runtime_cycle = g.program_cycle ? NULL : g.cycle;
    out->unknown_functions = g.unknown;
    out->indirect_bound = g.indirect;
    return true;
}

/* ---- running the target compiler ------------------------------------------------ */

/* The C compiler and CPU flags of each target. */
static const char *const *target_compiler(TargetKind target) {
    static const char *const host[] = {"cc", NULL};
    static const char *const m0[] = {"arm-none-eabi-gcc", "-mcpu=cortex-m0", "-mthumb", NULL};
    static const char *const m3[] = {"arm-none-eabi-gcc", "-mcpu=cortex-m3", "-mthumb", NULL};
    static const char *const m4f[] = {"arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
                                      "-mfpu=fpv4-sp-d16", NULL};
    static const char *const rv32[] = {"riscv64-unknown-elf-gcc", "-march=rv32imac", "-mabi=ilp32", NULL};
    switch (target) {
    case TARGET_HOST: return host;
    case TARGET_CORTEX_M0: return m0;
    case TARGET_CORTEX_M3: return m3;
    case TARGET_CORTEX_M4F: return m4f;
    case TARGET_RV32IMAC: return rv32;
    }
    return host;
}

/* Is cmd an executable in PATH? */
static bool in_path(Arena *arena, const char *cmd) {
    const char *path = getenv("PATH");
    while (path && *path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        const char *full = arena_printf(arena, "%.*s/%s", (int)len, len ? path : ".", cmd);
        if (access(full, X_OK) == 0) return true;
        path = colon ? colon + 1 : NULL;
    }
    return false;
}

/* rm -r of a directory krait made (two levels: out/ and obj/ inside). */
static void remove_tree(Arena *arena, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        const char *p = arena_printf(arena, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
            remove_tree(arena, p);
        else
            unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

const char *stackuse_measure(const IrProgram *prog, const BuildOptions *opts, TargetKind target, StackMeasure *out,
                             Diag *diag) {
    const char *const *cc = target_compiler(target);
    if (!in_path(prog->arena, cc[0])) return arena_printf(prog->arena, "%s not found", cc[0]);
    const char *tmp_root = getenv("TMPDIR");
    char *dir = arena_printf(prog->arena, "%s/krait-stack-XXXXXX", tmp_root && *tmp_root ? tmp_root : "/tmp");
    if (!mkdtemp(dir)) return "no temporary directory";
    BuildOptions b = *opts;
    b.out_dir = arena_printf(prog->arena, "%s/c", dir);
    const char *obj = arena_printf(prog->arena, "%s/obj", dir);
    const char *why = NULL;
    if (!build_stack_usage(prog, &b, cc, obj, diag))
        why = arena_printf(prog->arena, "%s failed", cc[0]);
    else if (!stackuse_compute(prog, obj, opts->entry && strcmp(opts->entry, "lib") == 0, out))
        why = "no call graph from the compiler";
    remove_tree(prog->arena, dir);
    return why;
}
