/* builtins.c — the table of builtins behind builtin_lookup. */
#include "builtins.h"

#include <string.h>

static const Builtin builtin_table[] = {
#define X(id, name, kind, rt, reason) {name, kind, id, reason},
    BUILTIN_LIST(X)
#undef X
#define X(name, suffix) {name, BUILTIN_EXCEPTION, 0, NULL},
    BUILTIN_EXCEPTION_LIST(X)
#undef X
};

const Builtin *builtin_lookup(const char *name) {
    for (size_t i = 0; i < sizeof builtin_table / sizeof builtin_table[0]; i++)
        if (strcmp(builtin_table[i].name, name) == 0) return &builtin_table[i];
    return NULL;
}
