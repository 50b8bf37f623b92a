/* program.c — finding, reading and ordering the modules of a program.
 *
 * The main file names the program; every `import` and `from ... import`
 * anywhere in it (functions included: krait resolves imports at compile
 * time) pulls in another module, searched for as NAME.py or NAME/__init__.py
 * in the main file's directory and then in each -I directory, in order.
 * Modules krait provides itself (sys, typing, ...) need no file.
 *
 * Modules are loaded depth first and appended after their dependencies, so
 * Program.modules is an initialisation order.  Meeting a module that is
 * still loading means an import cycle: CPython tolerates some, but their
 * meaning depends on execution order, so krait refuses them with the chain.
 *
 * Also here: the name interning table every later stage shares.
 */
#define _POSIX_C_SOURCE 200809L /* stat */
#include "sema.h"

#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "parse.h"

/* Modules krait provides without a file (their contents: stdlib/, later). */
static const char *const builtin_modules[] = {"sys", "typing", "__future__", "dataclasses", "enum",
                                              "math", "time", "gc", "collections", "weakref", "struct", "krait"};

/* Standard modules a Python programmer reaches for that krait does not
 * provide yet: importing one is refused as "not supported yet" (the program
 * is fine Python; krait cannot compile it today) rather than "no module". */
static const char *const future_modules[] = {
    "abc", "functools", "itertools", "array", "heapq", "bisect", "re",
    "random", "json", "os", "io", "binascii", "hashlib", "copy", "operator", "string", "textwrap",
    "statistics", "fractions", "decimal", "datetime", "contextlib", "micropython", "machine",
};

/* Package nesting deeper than this is a mistake, not a firmware layout. */
#define PROGRAM_MAX_MODULE_DEPTH 64

/* ---- interning ----------------------------------------------------------- */

typedef struct InternTable {
    const char **slots;
    size_t cap, count;
} InternTable;

static InternTable *intern_table_of(Program *prog) {
    /* kept in the interned map under a fixed key */
    static const char key = 0;
    InternTable *t = ptrmap_get(&prog->interned, &key);
    if (!t) {
        t = arena_alloc(prog->arena, sizeof *t);
        if (!prog->interned.arena) ptrmap_init(&prog->interned, prog->arena);
        ptrmap_put(&prog->interned, &key, t);
    }
    return t;
}

static size_t str_hash(const char *s) {
    size_t h = 1469598103934665603u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

const char *sema_intern(Program *prog, const char *name) {
    InternTable *t = intern_table_of(prog);
    if ((t->count + 1) * 2 > t->cap) {
        size_t old_cap = t->cap;
        const char **old = t->slots;
        t->cap = old_cap ? old_cap * 2 : 256;
        t->slots = arena_alloc(prog->arena, t->cap * sizeof *t->slots);
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i]) continue;
            size_t j = str_hash(old[i]) & (t->cap - 1);
            while (t->slots[j]) j = (j + 1) & (t->cap - 1);
            t->slots[j] = old[i];
        }
    }
    size_t j = str_hash(name) & (t->cap - 1);
    while (t->slots[j]) {
        if (strcmp(t->slots[j], name) == 0) return t->slots[j];
        j = (j + 1) & (t->cap - 1);
    }
    t->slots[j] = arena_strdup(prog->arena, name);
    t->count++;
    return t->slots[j];
}

/* "drivers.imu" -> "drivers_imu"; any byte that cannot be in a C name -> _xHH. */
static const char *module_c_prefix(Program *prog, const char *name) {
    char *out = arena_alloc(prog->arena, strlen(name) * 4 + 1);
    char *o = out;
    for (const char *c = name; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_') {
            *o++ = (char)ch;
        } else if (ch == '.') {
            *o++ = '_';
        } else {
            static const char hex[] = "0123456789abcdef";
            *o++ = '_';
            *o++ = 'x';
            *o++ = hex[ch >> 4];
            *o++ = hex[ch & 15];
        }
    }
    *o = '\0';
    return out;
}

/* ---- finding modules ------------------------------------------------------ */

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static Module *program_find_loaded(Program *prog, const char *name) {
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (strcmp(m->name, name) == 0) return m;
    }
    return NULL;
}

/* Modules being loaded, innermost last (for cycle messages). */
typedef struct LoadStack {
    Module *items[PROGRAM_MAX_MODULE_DEPTH];
    int len;
} LoadStack;

static Module *program_load_module(Program *prog, LoadStack *stack, const char *name, const char *path,
                                   const Module *from, const Node *site);

/* "drivers.imu" -> "drivers/imu" */
static const char *module_rel_path(Program *prog, const char *name) {
    char *p = arena_strdup(prog->arena, name);
    for (char *c = p; *c; c++)
        if (*c == '.') *c = '/';
    return p;
}

static const char *program_locate(Program *prog, const char *name) {
    const char *rel = module_rel_path(prog, name);
    for (int i = 0; i < prog->search_dir_count; i++) {
        const char *dir = prog->search_dirs[i];
        const char *sep = strcmp(dir, ".") == 0 ? "" : "/";
        if (!*sep) dir = "";
        const char *file = arena_printf(prog->arena, "%s%s%s.py", dir, sep, rel);
        if (is_file(file)) return file;
        const char *pkg = arena_printf(prog->arena, "%s%s%s/__init__.py", dir, sep, rel);
        if (is_file(pkg)) return pkg;
    }
    return NULL;
}

static bool is_builtin_module(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (strcmp(builtin_modules[i], name) == 0) return true;
    return false;
}

/* Loads `name` (and its parent packages) for an import in `from` at `site`. */
static Module *program_import(Program *prog, LoadStack *stack, const char *name, const Module *from,
                              const Node *site) {
    /* parents first: `import a.b` runs a/__init__.py */
    const char *dot = strrchr(name, '.');
    if (dot) {
        const char *parent = arena_strndup(prog->arena, name, (size_t)(dot - name));
        if (!program_import(prog, stack, parent, from, site)) return NULL;
    }
    Module *m = program_find_loaded(prog, name);
    if (m && m->state == MODULE_LOADED) return m;
    /* a package's own modules may import it (or its other modules) while its
     * __init__ runs, as in CPython: it is partly initialised, not a cycle */
    size_t nlen = strlen(name);
    if (from && strncmp(from->name, name, nlen) == 0 && (from->name[nlen] == '.' || from->name[nlen] == '\0'))
        for (int i = 0; i < stack->len; i++)
            if (strcmp(stack->items[i]->name, name) == 0) return stack->items[i];
    for (int i = 0; i < stack->len; i++) {
        if (strcmp(stack->items[i]->name, name) != 0) continue;
        const char *chain = "";
        for (int j = i; j < stack->len; j++) chain = arena_printf(prog->arena, "%s%s -> ", chain, stack->items[j]->name);
        diag_error(prog->diag, &from->src, site->span,
                   "import cycle: %s%s (krait initialises modules in one fixed order; "
                   "move what both need into a third module)", chain, name);
        return NULL;
    }
    if (is_builtin_module(name)) {
        Module *bm = arena_alloc(prog->arena, sizeof *bm);
        bm->name = sema_intern(prog, name);
        bm->c_prefix = module_c_prefix(prog, name);
        bm->is_builtin = true;
        bm->state = MODULE_LOADED;
        ptrmap_init(&bm->names, prog->arena);
        ptrmap_init(&bm->scopes, prog->arena);
        ptrvec_push(prog->arena, &prog->modules, bm);
        return bm;
    }
    const char *path = program_locate(prog, name);
    for (size_t i = 0; !path && i < sizeof future_modules / sizeof future_modules[0]; i++) {
        if (strcmp(future_modules[i], name) == 0) {
            diag_error(prog->diag, &from->src, site->span, "the module '%s' is not supported yet by krait", name);
            return NULL;
        }
    }
    if (!path) {
        const char *dirs = "the main file's directory";
        for (int i = 1; i < prog->search_dir_count; i++)
            dirs = arena_printf(prog->arena, "%s, '%s'", dirs, prog->search_dirs[i]);
        diag_error(prog->diag, &from->src, site->span,
                   "no module named '%s' (krait searched %s; add a directory with -I)", name, dirs);
        return NULL;
    }
    return program_load_module(prog, stack, name, path, from, site);
}

/* The absolute name of `from .x import y` in module `mod`. */
static const char *program_relative_base(Program *prog, const Module *mod, int level, const char *module,
                                         const Node *site) {
    const char *base = mod->name;
    bool is_package = mod->path && strstr(mod->path, "__init__.py") != NULL;
    int up = is_package ? level - 1 : level;
    char *b = arena_strdup(prog->arena, base);
    for (int i = 0; i < up; i++) {
        char *dot = strrchr(b, '.');
        if (!dot) {
            diag_error(prog->diag, &mod->src, site->span,
                       "attempted relative import beyond the top-level package");
            return NULL;
        }
        *dot = '\0';
    }
    if (up == 0 && !is_package && mod == prog->main) {
        diag_error(prog->diag, &mod->src, site->span,
                   "attempted relative import with no known parent package");
        return NULL;
    }
    if (module && *module) return arena_printf(prog->arena, "%s.%s", b, module);
    return b;
}

const char *sema_import_name(Program *prog, const Module *mod, const Node *import_from) {
    int level = import_from->u.ImportFrom.level;
    const char *module = import_from->u.ImportFrom.module;
    if (level == 0) return module;
    bool is_package = mod->path && strstr(mod->path, "__init__.py") != NULL;
    int up = is_package ? level - 1 : level;
    char *b = arena_strdup(prog->arena, mod->name);
    for (int i = 0; i < up; i++) {
        char *dot = strrchr(b, '.');
        if (!dot) return NULL;
        *dot = '\0';
    }
    if (up == 0 && !is_package && mod == prog->main) return NULL;
    if (module && *module) return arena_printf(prog->arena, "%s.%s", b, module);
    return b;
}

Module *sema_module_of_expr(Program *prog, const Module *mod, const Node *n) {
    if (n->kind == NODE_Name) {
        Symbol *sym = sema_symbol_of(mod, n);
        return sym && sym->kind == SYM_MODULE ? sym->module : NULL;
    }
    if (n->kind != NODE_Attribute) return NULL;
    Module *base = sema_module_of_expr(prog, mod, n->u.Attribute.value);
    if (!base) return NULL;
    const char *full = arena_printf(prog->arena, "%s.%s", base->name, n->u.Attribute.attr);
    for (int i = 0; i < prog->modules.len; i++) {
        Module *m = prog->modules.items[i];
        if (strcmp(m->name, full) == 0) return m;
    }
    return NULL;
}

typedef struct ImportScan {
    Program *prog;
    LoadStack *stack;
    Module *mod;
    bool ok;
} ImportScan;

static void program_scan_imports(Node *n, void *ctx) {
    ImportScan *scan = ctx;
    if (diag_should_stop(scan->prog->diag)) return;
    if (n->kind == NODE_Import) {
        for (int i = 0; i < n->u.Import.names.len; i++) {
            Node *alias = n->u.Import.names.items[i];
            if (!program_import(scan->prog, scan->stack, alias->u.alias.name, scan->mod, alias)) scan->ok = false;
        }
        return;
    }
    if (n->kind == NODE_ImportFrom) {
        const char *name = n->u.ImportFrom.module;
        if (n->u.ImportFrom.level > 0) {
            name = program_relative_base(scan->prog, scan->mod, n->u.ImportFrom.level, name, n);
            if (!name) {
                scan->ok = false;
                return;
            }
        }
        Module *m = program_import(scan->prog, scan->stack, name, scan->mod, n);
        if (!m) {
            scan->ok = false;
            return;
        }
        /* `from pkg import sub` may name a submodule */
        for (int i = 0; i < n->u.ImportFrom.names.len && !m->is_builtin; i++) {
            Node *alias = n->u.ImportFrom.names.items[i];
            if (strcmp(alias->u.alias.name, "*") == 0) continue;
            const char *sub = arena_printf(scan->prog->arena, "%s.%s", name, alias->u.alias.name);
            if (program_locate(scan->prog, sub) && !program_import(scan->prog, scan->stack, sub, scan->mod, alias))
                scan->ok = false;
        }
        return;
    }
    ast_visit_children(n, program_scan_imports, ctx);
}

static Module *program_load_module(Program *prog, LoadStack *stack, const char *name, const char *path,
                                   const Module *from, const Node *site) {
    if (stack->len == PROGRAM_MAX_MODULE_DEPTH) {
        diag_error(prog->diag, &from->src, site->span, "imports nest more than %d modules deep",
                   PROGRAM_MAX_MODULE_DEPTH);
        return NULL;
    }
    Module *m = arena_alloc(prog->arena, sizeof *m);
    m->name = sema_intern(prog, name);
    m->c_prefix = module_c_prefix(prog, name);
    m->path = path;
    m->state = MODULE_LOADING;
    ptrmap_init(&m->names, prog->arena);
    ptrmap_init(&m->scopes, prog->arena);
    if (!source_load(&m->src, path, prog->arena, prog->diag)) return NULL;
    m->ast = parse_source(prog->arena, prog->diag, &m->src);
    if (!m->ast) return NULL;
    stack->items[stack->len++] = m;
    ImportScan scan = {prog, stack, m, true};
    program_scan_imports(m->ast, &scan);
    stack->len--;
    if (!scan.ok) return NULL;
    m->state = MODULE_LOADED;
    ptrvec_push(prog->arena, &prog->modules, m);
    return m;
}

bool program_load(Program *prog, const char *main_path) {
    if (!prog->interned.arena) ptrmap_init(&prog->interned, prog->arena);
    /* the main file's directory searches first */
    const char *slash = strrchr(main_path, '/');
    const char *dir = slash ? arena_strndup(prog->arena, main_path, (size_t)(slash - main_path)) : ".";
    if (slash && slash == main_path) dir = "/";
    const char **dirs = arena_alloc(prog->arena, (size_t)(prog->search_dir_count + 1) * sizeof *dirs);
    dirs[0] = dir;
    for (int i = 0; i < prog->search_dir_count; i++) dirs[i + 1] = prog->search_dirs[i];
    prog->search_dirs = dirs;
    prog->search_dir_count++;

    const char *base = slash ? slash + 1 : main_path;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".py") == 0) n -= 3;
    const char *name = arena_strndup(prog->arena, base, n);
    LoadStack stack;
    stack.len = 0;
    Module root;
    memset(&root, 0, sizeof root);
    root.src.path = main_path;
    Node site;
    memset(&site, 0, sizeof site);
    Module *m = program_load_module(prog, &stack, name, main_path, &root, &site);
    if (!m) return false;
    prog->main = m;
    return diag_error_count(prog->diag) == 0;
}
