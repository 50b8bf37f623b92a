/* infer_protocols.c — what the containers need from the program's classes.
 *
 * Sorting a list of instances (sorted(), list.sort(), without key=) orders
 * them by the class's __lt__, or by a @dataclass(order=True)'s fields in
 * order; the class is marked (ClassData.sorted) so lowering gives it an
 * element descriptor whose comparison calls that.
 */
#include "infer_internal.h"

bool instance_orderable(Infer *in, Type *t, Node *site) {
    ClassData *cd = class_data_of(t);
    if (!cd || type_resolve(t)->kind != TY_CLASS) return false;
    if (cd->sorted) return true;
    if (cd->dataclass && cd->order && !class_method(cd, "__lt__", NULL)) {
        cd->sorted = true;
        return true;
    }
    Type *other = type_resolve(t);
    FuncSpec *spec = dunder_spec(in, (Node *)((char *)site + 3), t, "__lt__", &other, 1);
    if (!spec) return false;
    if (type_resolve(spec->ret)->kind != TY_BOOL) {
        unsupported(in, site, "sorting by an __lt__ that returns other than bool");
        return false;
    }
    cd->lt_spec = spec;
    cd->sorted = true;
    return true;
}
