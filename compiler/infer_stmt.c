/* infer_stmt.c — statements: assignments (to variables, fields, items),
 * control flow with the narrowing it implies, try/except, raise, imports,
 * and the def and class statements that run when their module does.
 */
#include "infer_internal.h"
#include "modfuncs.h"

/* ---- statements ---------------------------------------------------------------------- */

/* obj.field = value: the field's one type, widened to Optional by None
 * (the same rule as variables). */
void assign_field(Infer *in, FieldInfo *f, Type *value, Node *site) {
    Type *v = f->type;
    Type *cur = type_resolve(v);
    Type *val = type_resolve(value);
    if (val->kind == TY_NEVER) return;
    if (type_resolve(cur)->kind == TY_FLOAT && val->kind == TY_INT) return;
    if (type_unify(in->tt, v, val)) return;
    if (cur->kind == TY_NONE && val->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, val);
        return;
    }
    if (val->kind == TY_NONE && cur->kind != TY_OPTIONAL && v->kind == TY_VAR && v->bound) {
        v->bound = type_optional(in->tt, cur);
        return;
    }
    if (cur->kind == TY_OPTIONAL && (val->kind == TY_NONE || type_unify(in->tt, cur->args[0], val))) return;
    if (class_upcast_ok(v, val)) return; /* a subclass instance in a base-typed field */
    diag_error(in->diag, &in->mod->src, site->span, "field '%s' of type %s cannot hold a %s", f->name, tname(in, cur),
               tname(in, val));
    diag_note(in->diag, &in->mod->src, f->site->span, "'%s' was given its type here", f->name);
}

/* Class.attr = v: the class attribute of that very class (CPython would
 * create a new one on a subclass that only inherits it). */
static bool assign_class_attribute(Infer *in, Node *target, Type *value, Node *site) {
    Node *base = target->u.Attribute.value;
    Symbol *bs = base->kind == NODE_Name ? follow_import(sema_symbol_of(in->mod, base)) : NULL;
    if (!bs || bs->kind != SYM_CLASS || !bs->decl) return false;
    ClassData *cd = check_class_of_def(in->c, bs->decl);
    if (!cd) return false;
    Symbol *own = ptrmap_get(&cd->scope->by_name, sema_intern(in->prog, target->u.Attribute.attr));
    if (!own || own->kind != SYM_VAR) {
        if (class_attr(in, cd, target->u.Attribute.attr))
            unsupported(in, target, "assigning a class attribute that a base class defines, through the subclass");
        else
            no_attribute(in, target, cd, target->u.Attribute.attr);
        return true;
    }
    assign_var(in, own, value, site);
    record(in, target, var_type(in, own));
    return true;
}

void infer_assign_target(Infer *in, Node *target, Type *value, Node *site) {
    if (target->kind == NODE_Attribute && assign_class_attribute(in, target, value, site)) return;
    if (target->kind == NODE_Subscript && seq_tuple_store(in, target, infer_expr(in, target->u.Subscript.value))) return;
    if (target->kind == NODE_Attribute) {
        Type *bt = infer_expr(in, target->u.Attribute.value);
        if (poisoned(in, bt)) return;
        ClassData *cd = class_data_of(bt);
        if (!cd && infer_namedtuple_store(in, target, bt)) return;
        if (!cd) {
            unsupported(in, target, arena_printf(in->arena, "assigning attributes of %s", tname(in, bt)));
            return;
        }
        if (cd->frozen && (in->spec->def->kind != NODE_FunctionDef || strcmp(in->spec->def->u.FunctionDef.name, "__init__"))) {
            unsupported(in, target, "assigning a field of a frozen dataclass (FrozenInstanceError)");
            return;
        }
        ClassData *sowner = NULL;
        Node *setter = class_def_of_kind(cd, target->u.Attribute.attr, true, &sowner);
        if (setter) { /* @x.setter */
            Type *args2[2] = {type_resolve(bt), value};
            FuncSpec *spec = spec_for_call(in, setter, sowner->module, args2, target);
            if (spec) {
                spec->self_class = cd;
                ptrmap_put(&in->spec->dunders, target, spec);
            }
            return;
        }
        if (class_def_of_kind(cd, target->u.Attribute.attr, false, NULL)) {
            diag_error(in->diag, &in->mod->src, target->span, "property '%s' of '%s' object has no setter",
                       target->u.Attribute.attr, cd->info->name);
            return;
        }
        FieldInfo *f = class_field(in, cd, target->u.Attribute.attr, target);
        if (!f) {
            if (class_attr(in, cd, target->u.Attribute.attr))
                unsupported(in, target, "assigning a class attribute through an instance");
            else
                no_attribute(in, target, cd, target->u.Attribute.attr);
            return;
        }
        assign_field(in, f, value, site);
        record(in, target, f->type);
        return;
    }
    if (target->kind == NODE_Subscript && target->u.Subscript.slice->kind != NODE_Slice) {
        Type *base = type_resolve(infer_expr(in, target->u.Subscript.value));
        if (poisoned(in, base)) return;
        if (class_data_of(base) && base->kind == TY_CLASS) {
            Type *k = infer_expr(in, target->u.Subscript.slice);
            if (poisoned(in, k)) return;
            Type *args2[2] = {k, value};
            if (!dunder_spec(in, target, base, "__setitem__", args2, 2))
                diag_error(in->diag, &in->mod->src, target->span, "'%s' object does not support item assignment",
                           tname(in, base));
            return;
        }
        if (base->kind == TY_BYTEARRAY) {
            Type *i = type_resolve(infer_expr(in, target->u.Subscript.slice));
            Type *v = type_resolve(value);
            if ((i->kind != TY_INT && i->kind != TY_BOOL) || (v->kind != TY_INT && v->kind != TY_BOOL))
                diag_error(in->diag, &in->mod->src, site->span, "bytearray items are ints set by int index, not %s",
                           tname(in, v));
            record(in, target, type_int(in->tt));
            return;
        }
        if (base->kind == TY_DICT) {
            Type *k = infer_expr(in, target->u.Subscript.slice);
            if (poisoned(in, k)) return;
            if (!container_accepts(in, base->args[0], k))
                diag_error(in->diag, &in->mod->src, target->u.Subscript.slice->span, "this dict's keys are %s, not %s",
                           tname(in, base->args[0]), tname(in, k));
            else if (!container_accepts(in, base->args[1], value))
                diag_error(in->diag, &in->mod->src, site->span, "this dict's values are %s, not %s",
                           tname(in, base->args[1]), tname(in, value));
            else if (!hashable(base->args[0]) || !container_elem_ok(base->args[0]) || !container_elem_ok(base->args[1]))
                dict_of(in, target, base->args[0], base->args[1]);
            record(in, target, base->args[1]);
            return;
        }
        if (base->kind != TY_LIST) {
            unsupported(in, target, arena_printf(in->arena, "item assignment on %s", tname(in, base)));
            return;
        }
        Type *i = infer_expr(in, target->u.Subscript.slice);
        if (type_resolve(i)->kind != TY_INT && type_resolve(i)->kind != TY_BOOL) {
            unsupported(in, target, "indexing a list with a non-int");
            return;
        }
        Type *v = type_resolve(value);
        if (type_resolve(base->args[0])->kind == TY_FLOAT && v->kind == TY_INT) return;
        if (!container_accepts(in, base->args[0], v))
            diag_error(in->diag, &in->mod->src, site->span, "%s cannot hold a %s", tname(in, base), tname(in, v));
        record(in, target, base->args[0]);
        return;
    }
    if (target->kind == NODE_Tuple || target->kind == NODE_List) {
        NodeList elts = target->kind == NODE_Tuple ? target->u.Tuple.elts : target->u.List.elts;
        Type *v = type_resolve(value);
        if (poisoned(in, v)) return;
        for (int i = 0; i < elts.len; i++)
            if (((Node *)elts.items[i])->kind == NODE_Starred) {
                unsupported(in, elts.items[i], "starred assignment targets");
                return;
            }
        if (v->kind == TY_LIST) { /* its length is checked when it runs */
            for (int i = 0; i < elts.len; i++) infer_assign_target(in, elts.items[i], v->args[0], site);
            return;
        }
        if (v->kind != TY_TUPLE) {
            unsupported(in, target, arena_printf(in->arena, "unpacking a %s", tname(in, v)));
            return;
        }
        if (elts.len != v->nargs) {
            diag_error(in->diag, &in->mod->src, site->span, "cannot unpack %s into %d target%s", tname(in, v),
                       elts.len, elts.len == 1 ? "" : "s");
            return;
        }
        for (int i = 0; i < elts.len; i++) infer_assign_target(in, elts.items[i], v->args[i], site);
        return;
    }
    if (target->kind == NODE_Subscript) { /* a[i:j] = ... */
        infer_slice_store(in, target, value, site);
        return;
    }
    if (target->kind != NODE_Name) {
        unsupported(in, target, "assigning to anything but a plain name");
        return;
    }
    Symbol *sym = sema_symbol_of(in->mod, target);
    if (!sym) return;
    if (sym->scope && sym->scope != in->spec->scope && !symbol_is_global(sym) &&
        !in_comprehension_of(sym->scope, in->spec->scope) && check_owner_spec(in->spec, sym) == in->spec) {
        unsupported(in, target, "assigning to a variable of an enclosing function (nonlocal)");
        return;
    }
    assign_var(in, sym, value, site);
    record(in, target, var_type(in, sym));
}

void infer_stmt(Infer *in, Node *n) {
    if (diag_should_stop(in->diag)) return;
    switch (n->kind) {
    case NODE_Expr:
        infer_expr(in, n->u.Expr.value);
        return;
    case NODE_Assign: {
        if (closure_assign(in, n)) return; /* name = lambda ...: called like a def */
        if (infer_namedtuple_assign(in, n)) return; /* Name = namedtuple(...) */
        Type *v = infer_expect(in, n->u.Assign.value, assign_target_want(in, n));
        for (int i = 0; i < n->u.Assign.targets.len; i++) infer_assign_target(in, n->u.Assign.targets.items[i], v, n);
        infer_gen_note_assign(in, n);
        return;
    }
    case NODE_AnnAssign: {
        Node *t = n->u.AnnAssign.target;
        if (t->kind == NODE_Attribute) {
            /* self.x: T = value — the field's type, declared */
            Type *bt = infer_expr(in, t->u.Attribute.value);
            ClassData *cd = poisoned(in, bt) ? NULL : class_data_of(bt);
            FieldInfo *f = cd ? class_field(in, cd, t->u.Attribute.attr, t) : NULL;
            if (!f) {
                unsupported(in, t, "annotated assignment to this target");
                return;
            }
            Type *ann = annotation_type(in, n->u.AnnAssign.annotation);
            if (type_resolve(ann)->kind != TY_NEVER && !type_unify(in->tt, f->type, ann)) {
                diag_error(in->diag, &in->mod->src, n->span, "field '%s' was %s before; it cannot be declared %s",
                           f->name, tname(in, f->type), tname(in, ann));
                return;
            }
            if (n->u.AnnAssign.value) {
                Type *val = infer_expect(in, n->u.AnnAssign.value, ann);
                infer_assign_target(in, t, val, n);
            }
            return;
        }
        if (t->kind != NODE_Name) {
            unsupported(in, t, "annotated assignment to anything but a plain name");
            return;
        }
        Symbol *sym = sema_symbol_of(in->mod, t);
        Type *ann = annotation_type(in, n->u.AnnAssign.annotation);
        if (sym && type_resolve(ann)->kind != TY_NEVER) {
            Type *v = var_type(in, sym);
            if (!type_unify(in->tt, v, ann)) {
                diag_error(in->diag, &in->mod->src, n->span, "variable '%s' was %s before; it cannot be declared %s",
                           sym->name, tname(in, v), tname(in, ann));
                return;
            }
        }
        if (n->u.AnnAssign.value) {
            Type *val = infer_expect(in, n->u.AnnAssign.value, ann);
            if (type_resolve(ann)->kind == TY_FLOAT && type_resolve(val)->kind == TY_INT) val = ann;
            if (sym) infer_assign_target(in, t, val, n);
        }
        return;
    }
    case NODE_AugAssign: {
        Node *t = n->u.AugAssign.target;
        if (t->kind != NODE_Name && t->kind != NODE_Attribute &&
            !(t->kind == NODE_Subscript && t->u.Subscript.slice->kind != NODE_Slice)) {
            unsupported(in, t, "augmented assignment to this target");
            return;
        }
        if (t->kind == NODE_Attribute && !class_named(in, t->u.Attribute.value)) {
            ClassData *pc = class_data_of(infer_expr(in, t->u.Attribute.value));
            Node *g = pc ? class_method(pc, t->u.Attribute.attr, NULL) : NULL;
            if (g && method_kind(g) == METHOD_GETTER) {
                unsupported(in, t, "augmented assignment to a property");
                return;
            }
        }
        if (t->kind == NODE_Subscript && class_data_of(infer_expr(in, t->u.Subscript.value))) {
            infer_aug_item_dunder(in, n); /* __getitem__ then __setitem__ (infer_dunder.c) */
            return;
        }
        Type *cur = infer_expr(in, t);
        Type *v = infer_expr(in, n->u.AugAssign.value);
        if (class_data_of(cur) && type_resolve(cur)->kind == TY_CLASS) {
            /* x op= y: __iop__ when the class has it (it returns the object), else __op__ */
            static const char *const inplace[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
                                                  "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__",
                                                  "__ixor__", "__iand__", "__ifloordiv__"};
            FuncSpec *spec = dunder_spec(in, n, cur, inplace[n->u.AugAssign.op], &v, 1);
            if (spec) {
                record(in, n, spec->ret);
                infer_assign_target(in, t, spec->ret, n);
                return;
            }
        }
        Type *res = infer_binop_types(in, n, n->u.AugAssign.op, cur, v);
        record(in, n, res);
        infer_assign_target(in, t, res, n);
        return;
    }
    case NODE_If: {
        infer_condition(in, n->u.If.test);
        int k = narrow_push_block(in, n->u.If.test, true, n->u.If.body.items, n->u.If.body.len);
        infer_block(in, n->u.If.body);
        narrow_pop(in, k);
        k = narrow_push_block(in, n->u.If.test, false, n->u.If.orelse.items, n->u.If.orelse.len);
        infer_block(in, n->u.If.orelse);
        narrow_pop(in, k);
        return;
    }
    case NODE_While: {
        infer_condition(in, n->u.While.test);
        in->loop_depth++;
        int k = narrow_push_block(in, n->u.While.test, true, n->u.While.body.items, n->u.While.body.len);
        infer_block(in, n->u.While.body);
        narrow_pop(in, k);
        in->loop_depth--;
        infer_block(in, n->u.While.orelse);
        return;
    }
    case NODE_For: {
        Node *it = n->u.For.iter;
        Node *range_fn = it->kind == NODE_Call ? it->u.Call.func : NULL;
        Symbol *rs = range_fn && range_fn->kind == NODE_Name ? sema_symbol_of(in->mod, range_fn) : NULL;
        if (rs && rs->kind == SYM_BUILTIN && rs->builtin->id == B_RANGE) {
            if (it->u.Call.args.len < 1 || it->u.Call.args.len > 3 || it->u.Call.keywords.len) {
                diag_error(in->diag, &in->mod->src, it->span, "range() takes 1 to 3 arguments");
                return;
            }
            for (int i = 0; i < it->u.Call.args.len; i++) {
                Type *a = infer_expr(in, it->u.Call.args.items[i]);
                expect_arg(in, it, i, a, type_int(in->tt), "range");
            }
            record(in, it, type_range(in->tt));
            infer_assign_target(in, n->u.For.target, type_int(in->tt), n);
        } else {
            Type *t = type_resolve(infer_expr(in, it));
            if (t->kind == TY_STR || t->kind == TY_RANGE || t->kind == TY_DICT || is_set(t) || is_bytes_like(t))
                infer_assign_target(in, n->u.For.target, iter_elem(in, t), n);
            else if (t->kind == TY_LIST || t->kind == TY_ITER)
                infer_assign_target(in, n->u.For.target, t->args[0], n);
            else if (t->kind == TY_CLASS && instance_iter_elem(in, t, it))
                infer_assign_target(in, n->u.For.target, instance_iter_elem(in, t, it), n);
            else if (t->kind == TY_TUPLE) {
                bool same = t->nargs > 0 && list_elem_ok(t->args[0]);
                for (int k = 1; k < t->nargs; k++) same = same && type_resolve(t->args[k]) == type_resolve(t->args[0]);
                if (!same) {
                    unsupported(in, it, arena_printf(in->arena, "iterating over %s", tname(in, t)));
                } else {
                    infer_assign_target(in, n->u.For.target, t->args[0], n);
                }
            }
            else if (!poisoned(in, t))
                unsupported(in, it, arena_printf(in->arena, "iterating over %s", tname(in, t)));
        }
        in->loop_depth++;
        infer_block(in, n->u.For.body);
        in->loop_depth--;
        infer_block(in, n->u.For.orelse);
        return;
    }
    case NODE_Return: {
        if (in->spec->def->kind == NODE_Module) return;
        if (in->spec->is_gen) {
            infer_gen_return(in, n);
            return;
        }
        Type *v = n->u.Return.value ? infer_expect(in, n->u.Return.value, in->spec->ret) : type_none(in->tt);
        Type *ret = in->spec->ret;
        Type *vr = type_resolve(v);
        if (vr->kind == TY_NEVER || poisoned(in, ret)) return;
        if (type_resolve(ret)->kind == TY_FLOAT && vr->kind == TY_INT) return;
        if (type_unify(in->tt, ret, v)) return;
        Type *r = type_resolve(ret);
        if (ret->kind == TY_VAR && ret->bound && r->kind == TY_NONE) {
            ret->bound = type_optional(in->tt, vr);
            return;
        }
        if (ret->kind == TY_VAR && ret->bound && vr->kind == TY_NONE && r->kind != TY_OPTIONAL) {
            ret->bound = type_optional(in->tt, r);
            return;
        }
        if (r->kind == TY_OPTIONAL && (vr->kind == TY_NONE || type_unify(in->tt, r->args[0], vr))) return;
        if (class_upcast_ok(ret, v)) return; /* a subclass instance where its base is returned */
        if (ret->kind == TY_VAR && ret->bound && class_join(in, r, vr)) { /* instances of sibling classes */
            ret->bound = class_join(in, r, vr);
            return;
        }
        diag_error(in->diag, &in->mod->src, n->span, "%s() returns %s here but %s elsewhere",
                   in->spec->def->u.FunctionDef.name, tname(in, vr), tname(in, r));
        return;
    }
    case NODE_Pass:
    case NODE_Break:
    case NODE_Continue:
    case NODE_Global:
    case NODE_Nonlocal:
        return;
    case NODE_FunctionDef: {
        if (in->spec->def->kind != NODE_Module || n->u.FunctionDef.decorator_list.len) {
            closure_def_stmt(in, n); /* a nested def (a closure) or a decorated one: a function value */
            return;
        }
        /* default values that are not constants are evaluated here, once */
        DefSig sig;
        def_signature(in->arena, n, &sig);
        for (int i = 0; i < sig.n; i++) {
            Node *d = sig.defaults[i];
            if (!d || default_is_constant(d)) continue;
            Type *t = infer_expr(in, d);
            if (poisoned(in, t)) continue;
            ptrmap_put(&in->c->default_types, d, t);
        }
        return; /* the body is inferred when called */
    }
    case NODE_Import:
        /* the program's own modules run first (program.c orders them); of
         * krait's modules only sys has anything yet */
        for (int i = 0; i < n->u.Import.names.len; i++) {
            Node *a = n->u.Import.names.items[i];
            const char *name = a->u.alias.name;
            bool builtin_module = strcmp(name, "sys") == 0 || strcmp(name, "typing") == 0 ||
                                  strcmp(name, "weakref") == 0 || strcmp(name, "struct") == 0 ||
                                  module_has_funcs(name);
            bool own = false;
            for (int m = 0; m < in->prog->modules.len; m++) {
                Module *mod = in->prog->modules.items[m];
                if (!mod->is_builtin && strcmp(mod->name, name) == 0) own = true;
            }
            if (!builtin_module && !own) unsupported(in, a, arena_printf(in->arena, "module '%s'", name));
        }
        return;
    case NODE_ImportFrom: {
        const char *m = sema_import_name(in->prog, in->mod, n);
        if (m && (strcmp(m, "typing") == 0 || strcmp(m, "__future__") == 0 || strcmp(m, "dataclasses") == 0)) return;
        if (m && strcmp(m, "collections") == 0) { /* namedtuple (infer_namedtuple.c) */
            infer_namedtuple_import(in, n);
            return;
        }
        if (m && strcmp(m, "enum") == 0) { /* the base classes of enums (infer_enum.c) */
            for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
                Node *a = n->u.ImportFrom.names.items[i];
                if (strcmp(a->u.alias.name, "IntEnum") && strcmp(a->u.alias.name, "Enum"))
                    unsupported(in, a, arena_printf(in->arena, "enum.%s", a->u.alias.name));
            }
            return;
        }
        for (int i = 0; i < n->u.ImportFrom.names.len; i++) {
            Node *a = n->u.ImportFrom.names.items[i];
            const char *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
            Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, name));
            if (!sym || !sym->module || (sym->module->is_builtin && strcmp(sym->module->name, "sys") != 0))
                unsupported(in, a, arena_printf(in->arena, "importing from module '%s'", m ? m : "."));
        }
        return;
    }
    case NODE_Assert:
        infer_condition(in, n->u.Assert.test);
        if (n->u.Assert.msg) {
            Type *m = type_resolve(infer_expr(in, n->u.Assert.msg));
            if (m->kind != TY_STR && m->kind != TY_NEVER) unsupported(in, n, "an assert message that is not a str");
        }
        return;
    case NODE_Raise: {
        if (!n->u.Raise.exc) return; /* re-raise: the runtime knows the handled exception */
        if (n->u.Raise.cause && !infer_exc_cause(in, n->u.Raise.cause)) return;
        Node *e = n->u.Raise.exc;
        Node *fn = e->kind == NODE_Call ? e->u.Call.func : e;
        Symbol *sym = fn->kind == NODE_Name ? sema_symbol_of(in->mod, fn) : NULL;
        if (sym && (sym->kind == SYM_VAR || sym->kind == SYM_PARAM) && e == fn) {
            Type *t = infer_expr(in, e); /* raise e: a caught exception */
            if (!poisoned(in, t) && !is_exception_type(in, t))
                infer_error(in, e, "exceptions must derive from BaseException, not %s%s", tname(in, t), "");
            return;
        }
        if (!sym || !names_exception_class(in, fn)) {
            unsupported(in, e, "raising anything but an exception class");
            return;
        }
        if (e->kind == NODE_Call) infer_expr(in, e);
        return;
    }
    case NODE_Try:
        infer_block(in, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.len; i++) {
            Node *h = n->u.Try.handlers.items[i];
            Node *type = h->u.ExceptHandler.type;
            if (type) {
                NodeList names = type->kind == NODE_Tuple ? type->u.Tuple.elts : ast_list1(in->arena, type);
                for (int k = 0; k < names.len; k++) {
                    Node *t = names.items[k];
                    if (!names_exception_class(in, t) && !struct_names_error(in->mod, t)) unsupported(in, t, "catching anything but exception classes");
                }
            }
            if (h->u.ExceptHandler.name) {
                Symbol *sym = ptrmap_get(&in->spec->scope->by_name, sema_intern(in->prog, h->u.ExceptHandler.name));
                if (sym) assign_var(in, sym, exception_type(in), h);
                infer_gen_stop_handler(in, n, h, sym);
            }
            int narrowed = infer_exc_handler_push(in, h); /* e holds the caught class in the clause */
            infer_block(in, h->u.ExceptHandler.body);
            narrow_pop(in, narrowed);
        }
        infer_block(in, n->u.Try.orelse);
        infer_block(in, n->u.Try.finalbody);
        return;
    case NODE_With: infer_with(in, n); return;
    case NODE_ClassDef: infer_class_def(in, n); return;
    case NODE_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++) {
            Node *t = n->u.Delete.targets.items[i];
            if (t->kind != NODE_Subscript) {
                unsupported(in, t, "del of anything but d[key] or a[index]");
                return;
            }
            Type *base = type_resolve(infer_expr(in, t->u.Subscript.value));
            if (poisoned(in, base) || seq_tuple_store(in, t, base)) return;
            Node *sl = t->u.Subscript.slice;
            if (sl->kind == NODE_Slice) {
                infer_slice_delete(in, t, base);
            } else if (base->kind == TY_DICT) {
                Type *k = infer_expr(in, sl);
                if (!poisoned(in, k) && !container_accepts(in, base->args[0], k))
                    diag_error(in->diag, &in->mod->src, sl->span, "this dict's keys are %s, not %s",
                               tname(in, base->args[0]), tname(in, k));
            } else if (base->kind == TY_LIST && sl->kind != NODE_Slice) {
                Type *k = type_resolve(infer_expr(in, sl));
                if (k->kind != TY_INT && k->kind != TY_BOOL && !poisoned(in, k))
                    unsupported(in, sl, "indexing a list with a non-int");
            } else {
                unsupported(in, t, arena_printf(in->arena, "del on %s", tname(in, base)));
            }
        }
        return;
    default:
        unsupported(in, n, ast_kind_name(n->kind));
        return;
    }
}

/* Does a block always leave by return, raise, break or continue? */
bool block_exits(NodeList body) {
    if (!body.len) return false;
    Node *last = body.items[body.len - 1];
    switch (last->kind) {
    case NODE_Return:
    case NODE_Raise:
    case NODE_Break:
    case NODE_Continue:
        return true;
    case NODE_If:
        return block_exits(last->u.If.body) && block_exits(last->u.If.orelse);
    default:
        return false;
    }
}

void infer_block(Infer *in, NodeList body) {
    int pushed = 0;
    NarrowKills kills;
    kills.n = kills.nafter = 0;
    for (int i = 0; i < body.len && !diag_should_stop(in->diag); i++) {
        Node *s = body.items[i];
        narrow_block_enter(in, &kills, s);
        infer_stmt(in, s);
        narrow_block_after(in, &kills);
        Node **rest = body.items + i + 1;
        int rest_len = body.len - i - 1;
        /* `if x is None: return` — x is not None in the rest of the block */
        if (s->kind == NODE_If && block_exits(s->u.If.body) && !block_exits(s->u.If.orelse))
            pushed += narrow_push_after_if(in, s->u.If.test, false, s->u.If.orelse, rest, rest_len);
        else if (s->kind == NODE_If && block_exits(s->u.If.orelse) && !block_exits(s->u.If.body))
            pushed += narrow_push_after_if(in, s->u.If.test, true, s->u.If.body, rest, rest_len);
        else if (s->kind == NODE_Assert)
            pushed += narrow_push_block(in, s->u.Assert.test, true, rest, rest_len);
    }
    narrow_block_leave(in, &kills);
    narrow_pop(in, pushed);
}

