/* lower_exc.c — exceptions' arguments and attributes, and the runtime
 * descriptors of program exception classes with fields (infer_exc.c typed
 * them).
 *
 * An exception's arguments become two texts when it is made: str() of a
 * lone argument (repr() for KeyError, as CPython's str(KeyError(k))) and
 * the reprs of all of them joined by ", "; the runtime wraps the latter in
 * the tuple's parentheses (runtime/exc_args.c).  T(a, b) of a class without
 * its own __init__ calls krt_exc_new_args; super().__init__(a, b) inside
 * one calls krt_exc_init_args on self.
 *
 * e.args is the exception itself seen as its arguments (a borrowed
 * reference converted to the args type), so printing it asks the runtime
 * for the tuple's repr and len() for the count.  e.__cause__ and
 * e.__context__ are new references (NULL for None).
 */
#include "lower_internal.h"

/* The texts of args: out[0] the count, out[1] str of a lone argument,
 * out[2] the reprs joined (NULL references when there are none). */
static void exc_arg_texts(Lower *L, NodeList args, int type_id, IrTemp *out[3]) {
    IrTemp **vals = arena_alloc(L->arena, (size_t)(args.len + 1) * sizeof *vals);
    for (int i = 0; i < args.len; i++) vals[i] = lower_value(L, args.items[i]); /* in the order written */
    out[0] = const_int(L, args.len);
    out[1] = out[2] = NULL;
    if (args.len == 1) out[1] = exc_message(L, type_id, vals[0]);
    Val acc = {NULL, false};
    for (int i = 0; i < args.len; i++) {
        Val r = to_str(L, vals[i], true);
        if (!acc.t) {
            acc = r;
            continue;
        }
        IrTemp *sep[2] = {acc.t, const_cstr(L, ", ")};
        acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, sep);
        IrTemp *cat[2] = {acc.t, r.t};
        acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, cat);
    }
    out[2] = acc.t;
    for (int i = 1; i < 3; i++)
        if (!out[i]) out[i] = null_ref(L, type_str(L->tt));
}

Val lower_exc_new(Lower *L, Node *call, int type_id) {
    IrTemp *args[4];
    exc_arg_texts(L, call->u.Call.args, type_id, args + 1);
    args[0] = const_int(L, type_id);
    return call_rt(L, "krt_exc_new_args", ty_of(L, call), true, true, 4, args);
}

/* super().__init__(args...) in an exception class whose base is built in. */
bool lower_exc_super(Lower *L, Node *call, Val *out) {
    Node *f = call->u.Call.func;
    if (f->kind != NODE_Attribute || f->u.Attribute.value->kind != NODE_Call) return false;
    Node *fv = f->u.Attribute.value;
    if (fv->u.Call.func->kind != NODE_Name || strcmp(fv->u.Call.func->u.Name.id, "super") || !L->fn->params.len)
        return false;
    IrTemp *self = L->fn->params.items[0];
    ClassData *cd = NULL; /* the class defining this method (self may be a subclass instance) */
    for (int i = 0; i < L->c->classes.len && !cd; i++) {
        ClassData *k = L->c->classes.items[i];
        for (int s = 0; s < k->def->u.ClassDef.body.len; s++)
            if (k->def->u.ClassDef.body.items[s] == L->spec->def) cd = k;
    }
    if (!cd || !cd->info->is_exception || cd->base || strcmp(f->u.Attribute.attr, "__init__")) return false;
    IrTemp *args[4];
    exc_arg_texts(L, call->u.Call.args, class_type_id(L, cd->exc_base), args + 1);
    IrTemp *e = temp(L, type_class(L->tt, ptrmap_get(&L->c->builtin_classes, sema_intern(L->c->prog, "BaseException"))));
    emit(L, IR_CONVERT, e, 1, &self);
    args[0] = e;
    call_rt_void(L, "krt_exc_init_args", true, 4, args);
    out->t = temp(L, type_none(L->tt));
    out->owned = false;
    return true;
}

bool lower_exc_attribute(Lower *L, Node *n, Val *out) {
    Type *attr_t = ty_of(L, n);
    const char *attr = n->u.Attribute.attr;
    bool args = check_is_exc_args(attr_t) && !strcmp(attr, "args");
    bool chain = !strcmp(attr, "__cause__") || !strcmp(attr, "__context__");
    if (!args && !chain) return false;
    Type *bt = ty_of(L, n->u.Attribute.value);
    if (!bt || type_resolve(bt)->kind != TY_CLASS) return false;
    Type *b = type_resolve(bt);
    if (!b->cls->is_exception && !(b->cls->module && !strcmp(b->cls->module, "builtins"))) return false;
    IrTemp *e = lower_value(L, n->u.Attribute.value);
    if (args) {
        out->t = temp(L, attr_t);
        out->owned = false;
        emit(L, IR_CONVERT, out->t, 1, &e);
        return true;
    }
    *out = call_rt(L, !strcmp(attr, "__cause__") ? "krt_exc_cause" : "krt_exc_context", attr_t, false, true, 1, &e);
    return true;
}

/* str() / repr() of e.args or of an exception with fields; false for others. */
bool lower_exc_to_str(Lower *L, IrTemp *v, Val *out) {
    Type *t = type_resolve(v->type);
    if (check_is_exc_args(t)) {
        *out = call_rt(L, "krt_exc_args_repr", type_str(L->tt), true, true, 1, &v);
        return true;
    }
    if (t->kind == TY_CLASS && t->cls->is_exception) {
        *out = call_rt(L, "krt_exc_str", type_str(L->tt), true, true, 1, &v);
        return true;
    }
    return false;
}

bool lower_exc_len(Lower *L, IrTemp *v, Val *out) {
    if (!check_is_exc_args(v->type)) return false;
    *out = call_rt(L, "krt_exc_args_len", type_int(L->tt), false, false, 1, &v);
    return true;
}

/* raise X from Y / raise X from None. */
void lower_exc_raise_from(Lower *L, Node *n) {
    IrTemp *args[2];
    args[0] = take(L, lower_expr(L, n->u.Raise.exc));
    Node *c = n->u.Raise.cause;
    if (c->kind == NODE_Constant && c->u.Constant.value.kind == CONST_NONE)
        args[1] = null_ref(L, args[0]->type);
    else
        args[1] = lower_value(L, c);
    call_rt_void(L, "krt_raise_from", true, 2, args);
    jump_to_handler(L);
}

/* The runtime descriptor of exception class cd: its base's id and __str__. */
void lower_exc_class(Lower *L, ClassData *cd, IrClass *ic) {
    ic->exc_struct = true;
    if (!cd->base) {
        Module *saved = L->mod;
        L->mod = cd->module;
        ic->base_id = class_type_id(L, cd->exc_base);
        L->mod = saved;
    }
    if (cd->exc_str) ic->str_func = ptrmap_get(&L->funcs, cd->exc_str);
}
