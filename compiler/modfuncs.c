/* modfuncs.c — functions of krait's built-in modules that are one runtime
 * call each, taking no arguments: the gc module as CPython and MicroPython
 * programs use it, and krait's own module.
 *
 *   gc.collect()    frees unreachable reference cycles and returns how
 *                   many objects it freed; reference counting has already
 *                   freed everything else, so without cycles it is 0, as
 *                   CPython answers for an acyclic program
 *   gc.enable(), gc.disable(), gc.isenabled()
 *   gc.mem_alloc(), gc.mem_free()   MicroPython's heap figures (bytes)
 *   krait.mem_info()  prints the heap statistics, in the format of
 *                     MicroPython's micropython.mem_info() (stdlib/krait.py
 *                     is the module for CPython)
 *
 * infer.c types a call of one of these and lower_expr.c emits the runtime
 * call; `import gc` is accepted because the module has entries here.
 */
#include "modfuncs.h"

#include <string.h>

static const ModuleFunc module_funcs[] = {
    {"gc", "collect", "krt_gc_collect", MODFUNC_INT},
    {"gc", "enable", "krt_gc_enable", MODFUNC_NONE},
    {"gc", "disable", "krt_gc_disable", MODFUNC_NONE},
    {"gc", "isenabled", "krt_gc_isenabled", MODFUNC_BOOL},
    {"gc", "mem_alloc", "krt_gc_mem_alloc", MODFUNC_INT},
    {"gc", "mem_free", "krt_gc_mem_free", MODFUNC_INT},
    {"krait", "mem_info", "krt_mem_info", MODFUNC_NONE},
};

const ModuleFunc *module_func(const char *module, const char *name) {
    for (size_t i = 0; i < sizeof module_funcs / sizeof module_funcs[0]; i++)
        if (strcmp(module_funcs[i].module, module) == 0 && strcmp(module_funcs[i].name, name) == 0)
            return &module_funcs[i];
    return NULL;
}

bool module_has_funcs(const char *module) {
    for (size_t i = 0; i < sizeof module_funcs / sizeof module_funcs[0]; i++)
        if (strcmp(module_funcs[i].module, module) == 0) return true;
    return false;
}
