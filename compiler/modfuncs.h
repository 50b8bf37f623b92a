/* modfuncs.h — functions of krait's built-in modules that are one runtime
 * call each (modfuncs.c). */
#ifndef KRAIT_MODFUNCS_H
#define KRAIT_MODFUNCS_H

#include <stdbool.h>

typedef enum ModFuncRet { MODFUNC_NONE, MODFUNC_INT, MODFUNC_BOOL } ModFuncRet;

typedef struct ModuleFunc {
    const char *module;  /* "gc" */
    const char *name;    /* "mem_free" */
    const char *c_name;  /* the runtime function: takes nothing */
    ModFuncRet ret;
} ModuleFunc;

/* module.name(), or NULL when krait's module has no such function. */
const ModuleFunc *module_func(const char *module, const char *name);
/* Does krait provide functions of this module (so `import module` is fine)? */
bool module_has_funcs(const char *module);

#endif
