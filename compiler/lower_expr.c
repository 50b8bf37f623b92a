/* lower_expr.c — expressions to IR.
 *
 * Each expression kind lowers to IR in the current block and yields a Val:
 * the temporary holding the result and whether it owns a reference.  Calls
 * of builtins and methods map onto runtime functions (krt_*), named here;
 * `and`/`or`, conditional expressions and chained comparisons branch, so
 * operands are evaluated lazily as in CPython.  Builtins and the methods of
 * built-in types are in lower_builtins.c, comparisons and tuple helpers in
 * lower_compare.c.
 */
#include "lower_internal.h"
#include "modfuncs.h"

IrBinop binop_of(BinOpKind op) {
    switch (op) {
    case BINOP_Add: return BIN_ADD;
    case BINOP_Sub: return BIN_SUB;
    case BINOP_Mult: return BIN_MUL;
    case BINOP_Div: return BIN_DIV;
    case BINOP_FloorDiv: return BIN_FLOORDIV;
    case BINOP_Mod: return BIN_MOD;
    case BINOP_Pow: return BIN_POW;
    case BINOP_LShift: return BIN_LSHIFT;
    case BINOP_RShift: return BIN_RSHIFT;
    case BINOP_BitAnd: return BIN_AND;
    case BINOP_BitOr: return BIN_OR;
    case BINOP_BitXor: return BIN_XOR;
    default: return BIN_ADD;
    }
}

/* Arithmetic with Python's promotions: bool -> int, int -> float. */
Val lower_arith(Lower *L, BinOpKind op, Val a, Val b, Type *result) {
    Type *ta = type_resolve(a.t->type), *tb = type_resolve(b.t->type);
    Type *rt_ = type_resolve(result);
    if (ta->kind == TY_BYTES || tb->kind == TY_BYTES || ta->kind == TY_BYTEARRAY) {
        IrTemp *args[2] = {a.t, b.t};
        if (op == BINOP_Add)
            return call_rt(L, ta->kind == TY_BYTES ? "krt_bytes_concat" : "krt_bytearray_concat", result, true, true, 2, args);
        if (ta->kind != TY_BYTES && ta->kind != TY_BYTEARRAY) {
            args[0] = b.t;
            args[1] = a.t;
        }
        args[1] = convert(L, args[1], type_int(L->tt));
        return call_rt(L, type_resolve(args[0]->type)->kind == TY_BYTES ? "krt_bytes_repeat" : "krt_bytearray_repeat",
                       result, true, true, 2, args);
    }
    if (ta->kind == TY_SET || ta->kind == TY_FROZENSET) {
        IrTemp *args[2] = {a.t, b.t};
        const char *fn = op == BINOP_BitOr ? "krt_set_union" : op == BINOP_BitAnd ? "krt_set_intersection"
                       : op == BINOP_Sub ? "krt_set_difference" : "krt_set_symmetric_difference";
        return call_rt(L, fn, result, true, true, 2, args);
    }
    if (ta->kind == TY_LIST || tb->kind == TY_LIST) {
        IrTemp *args[2] = {a.t, b.t};
        if (op == BINOP_Add) return call_rt(L, "krt_list_concat_v", result, true, true, 2, args);
        if (ta->kind != TY_LIST) {
            args[0] = b.t;
            args[1] = a.t;
        }
        args[1] = convert(L, args[1], type_int(L->tt));
        return call_rt(L, "krt_list_repeat_v", result, true, true, 2, args);
    }
    if (ta->kind == TY_STR || tb->kind == TY_STR) {
        IrTemp *args[2] = {a.t, b.t};
        if (op == BINOP_Add) return call_rt(L, "krt_str_concat", result, true, true, 2, args);
        if (ta->kind != TY_STR) {
            args[0] = b.t;
            args[1] = convert(L, a.t, type_int(L->tt));
        } else {
            args[1] = convert(L, b.t, type_int(L->tt));
        }
        return call_rt(L, "krt_str_repeat", result, true, true, 2, args);
    }
    Type *operand = rt_;
    if (rt_->kind == TY_FLOAT) operand = type_float(L->tt);
    if (rt_->kind == TY_BOOL) operand = type_bool(L->tt);
    /* int / int divides the ints (CPython's correctly rounded true division) */
    if (op == BINOP_Div) operand = (ta->kind == TY_FLOAT || tb->kind == TY_FLOAT) ? type_float(L->tt) : type_int(L->tt);
    IrTemp *args[2] = {convert(L, a.t, operand), convert(L, b.t, operand)};
    IrTemp *d = temp(L, result);
    IrInstr *in = emit(L, IR_BINOP, d, 2, args);
    in->imm.binop = binop_of(op);
    bool checked = type_resolve(operand)->kind == TY_INT || (type_resolve(operand)->kind == TY_FLOAT &&
                   (op == BINOP_Div || op == BINOP_FloorDiv || op == BINOP_Mod || op == BINOP_Pow));
    if (type_resolve(operand)->kind == TY_INT && (op == BINOP_BitAnd || op == BINOP_BitOr || op == BINOP_BitXor))
        checked = false;
    if (checked) may_raise(L, in);
    Val v = {d, false};
    return v;
}

/* The operand v of and/or, as the whole expression's value of type t (an
 * owned reference when t is one). */
IrTemp *decided(Lower *L, Val v, Type *t) {
    Type *vt = type_resolve(v.t->type);
    t = type_resolve(t);
    if (t->kind == TY_BOOL && vt->kind != TY_BOOL) return truth(L, v.t);
    IrTemp *x = v.t;
    if (vt->kind == TY_OPTIONAL && t->kind != TY_OPTIONAL) {
        x = temp(L, t); /* decided by truth: not None */
        emit(L, IR_OPT_UNWRAP, x, 1, &v.t);
        Val inner = {x, false};
        return take(L, inner);
    }
    return coerce(L, take(L, v), t);
}

/* a and b / a or b: the value of the operand that decides, converted to
 * the expression's type on its own path (Optional[T] -> T when an `or`
 * operand that is not None decides; any value -> bool in a test). */
Val lower_boolop(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *result = temp(L, t);
    IrBlock *done = block(L);
    NodeList vals = n->u.BoolOp.values;
    bool is_and = n->u.BoolOp.op == BOOLOP_And;
    for (int i = 0; i < vals.len; i++) {
        Val v = lower_expr(L, vals.items[i]);
        if (!is_and && i + 1 < vals.len && type_resolve(v.t->type)->kind == TY_NONE) continue; /* never decides */
        if (i + 1 == vals.len) {
            IrTemp *value = decided(L, v, t);
            emit(L, IR_MOVE, result, 1, &value);
            break;
        }
        IrTemp *c = truth(L, v.t);
        IrBlock *decides = block(L), *next = block(L);
        if (is_and)
            ir_branch(L->cur, c, next, decides);
        else
            ir_branch(L->cur, c, decides, next);
        set_block(L, decides);
        IrTemp *value = decided(L, v, t);
        emit(L, IR_MOVE, result, 1, &value);
        jump(L, done);
        set_block(L, next);
    }
    jump(L, done);
    set_block(L, done);
    Val v = {result, is_ref(t)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, result);
        owning(L, result);
    }
    return v;
}

Val lower_ifexp(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *result = temp(L, t);
    IrTemp *c = truth(L, lower_value(L, n->u.IfExp.test));
    IrBlock *yes = block(L), *no = block(L), *done = block(L);
    ir_branch(L->cur, c, yes, no);
    Node *arms[2] = {n->u.IfExp.body, n->u.IfExp.orelse};
    IrBlock *blocks[2] = {yes, no};
    for (int i = 0; i < 2; i++) {
        set_block(L, blocks[i]);
        Val v = lower_expr(L, arms[i]);
        if (type_resolve(t)->kind == TY_STR && v.t && type_resolve(v.t->type)->kind != TY_STR)
            v = to_str(L, v.t, false); /* a branch of a conditional only turned into text (infer.c) */
        IrTemp *value = coerce(L, take(L, v), t);
        emit(L, IR_MOVE, result, 1, &value);
        jump(L, done);
    }
    set_block(L, done);
    Val v = {result, is_ref(t)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, result);
        owning(L, result);
    }
    return v;
}

/* str(x) for a printable value: a new or immortal reference. */
Val to_str(Lower *L, IrTemp *v, bool repr) {
    Type *t = type_resolve(v->type);
    EnumData *ed = check_enum_of_type(t);
    if (ed && (repr || !ed->is_int)) return enum_to_str(L, ed, v, repr);
    if (is_instance_list(t)) return instance_list_repr(L, v);
    if (instance_dict_type(t)) return instance_dict_repr(L, v);
    switch (t->kind) {
    case TY_STR:
        if (repr) return call_rt(L, "krt_str_repr", type_str(L->tt), true, true, 1, &v);
        {
            Val b = {v, false};
            return b;
        }
    case TY_INT:
        return call_rt(L, "krt_str_from_int", type_str(L->tt), true, true, 1, &v);
    case TY_FLOAT:
        return call_rt(L, "krt_str_from_float", type_str(L->tt), true, true, 1, &v);
    case TY_BOOL:
        return call_rt(L, "krt_str_from_bool", type_str(L->tt), false, false, 1, &v);
    case TY_LIST:
        if (type_is_seq_tuple(t)) return seq_tuple_repr(L, v); /* tuple[int, ...]: "(1, 2)" */
        return call_rt(L, list_fn(L, "repr", t), type_str(L->tt), true, true, 1, &v);
    case TY_RANGE:
        return call_rt(L, "krt_range_repr", type_str(L->tt), true, true, 1, &v);
    case TY_DICT:
        return call_rt(L, "krt_dict_$_repr", type_str(L->tt), true, true, 1, &v);
    case TY_SET:
    case TY_FROZENSET:
        return call_rt(L, "krt_set_$_repr", type_str(L->tt), true, true, 1, &v);
    case TY_BYTES:
        return call_rt(L, "krt_bytes_repr", type_str(L->tt), true, true, 1, &v);
    case TY_BYTEARRAY:
        return call_rt(L, "krt_bytearray_repr", type_str(L->tt), true, true, 1, &v);
    case TY_TUPLE:
        return tuple_repr(L, v); /* lower_tuple_ops.c */
    case TY_OPTIONAL: {
        IrTemp *res = temp(L, type_str(L->tt));
        IrTemp *isnone = temp(L, type_bool(L->tt));
        emit(L, IR_OPT_IS_NONE, isnone, 1, &v);
        IrBlock *none = block(L), *some = block(L), *done = block(L);
        ir_branch(L->cur, isnone, none, some);
        set_block(L, none);
        Val text = {const_cstr(L, "None"), false};
        IrTemp *o = take(L, text);
        emit(L, IR_MOVE, res, 1, &o);
        jump(L, done);
        set_block(L, some);
        IrTemp *x = temp(L, t->args[0]);
        emit(L, IR_OPT_UNWRAP, x, 1, &v);
        o = take(L, to_str(L, x, repr));
        emit(L, IR_MOVE, res, 1, &o);
        jump(L, done);
        set_block(L, done);
        Val r = {res, true};
        ptrvec_push(L->arena, &L->pending, res);
        owning(L, res);
        return r;
    }
    case TY_CLASS: {
        Val xs;
        if (lower_exc_to_str(L, v, &xs)) return xs; /* e.args, an exception with fields */
    }
        if (class_data_of_type(t) && class_data_of_type(t)->auto_repr &&
            !(repr ? class_data_of_type(t)->repr_spec : class_data_of_type(t)->str_spec ? class_data_of_type(t)->str_spec
                                                                                     : class_data_of_type(t)->repr_spec)) {
            /* the @dataclass __repr__: Name(a=1, b='x') */
            ClassData *cd = class_data_of_type(t);
            PtrVec fields = {0};
            check_dataclass_fields(cd, &fields, L->arena);
            Val acc = {const_cstr(L, arena_printf(L->arena, "%s(", cd->info->name)), false};
            for (int i = 0; i < fields.len; i++) {
                FieldInfo *f = fields.items[i];
                const char *label = arena_printf(L->arena, "%s%s=", i ? ", " : "", f->name);
                IrTemp *a1[2] = {acc.t, const_cstr(L, label)};
                acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, a1);
                Val piece = to_str(L, field_get(L, v, f->name, f->type), true);
                IrTemp *a2[2] = {acc.t, piece.t};
                acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, a2);
            }
            IrTemp *a3[2] = {acc.t, const_cstr(L, ")")};
            return call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, a3);
        }
        if (class_data_of_type(t)) { /* __str__ / __repr__ */
            ClassData *cd = class_data_of_type(t);
            FuncSpec *spec = repr ? cd->repr_spec : cd->str_spec ? cd->str_spec : cd->repr_spec;
            IrTemp *r = call_spec(L, spec, 1, (IrTemp *[]){v});
            Val sv = {r, true};
            return sv;
        }
        /* str(e) of an exception; repr(e) is refused by infer.c */
        return call_rt(L, "krt_exc_str", type_str(L->tt), false, true, 1, &v);
    default: {
        Val s = {const_cstr(L, "None"), false};
        return s;
    }
    }
}

Val lower_joined_str(Lower *L, Node *n) {
    Val acc = {NULL, false};
    for (int i = 0; i < n->u.JoinedStr.values.len; i++) {
        Node *part = n->u.JoinedStr.values.items[i];
        Val piece;
        if (part->kind == NODE_Constant) {
            piece.t = const_str(L, part->u.Constant.value.s, part->u.Constant.value.len);
            piece.owned = false;
        } else {
            IrTemp *v = lower_value(L, part->u.FormattedValue.value);
            int conv = part->u.FormattedValue.conversion;
            TypeKind vk = type_resolve(v->type)->kind;
            EnumData *ed = check_enum_of_type(v->type);
            if (conv == 'r' || conv == 'a' || conv == 's' || (ed && !ed->is_int) ||
                (vk != TY_INT && vk != TY_FLOAT && vk != TY_BOOL && vk != TY_STR && vk != TY_NONE)) {
                v = to_str(L, v, conv == 'r' || conv == 'a').t;
            }
            IrTemp *spec;
            Node *fs = part->u.FormattedValue.format_spec;
            if (!fs) {
                spec = const_cstr(L, "");
            } else {
                spec = lower_joined_str(L, fs).t;
            }
            IrTemp *args[2] = {v, spec};
            const char *fn = "krt_format_str_value";
            switch (type_resolve(v->type)->kind) {
            case TY_INT: fn = "krt_format_int_value"; break;
            case TY_FLOAT: fn = "krt_format_float_value"; break;
            case TY_BOOL: fn = "krt_format_bool_value"; break;
            case TY_NONE: args[0] = const_cstr(L, "None"); break;
            default: break;
            }
            piece = call_rt(L, fn, type_str(L->tt), true, true, 2, args);
        }
        if (!acc.t) {
            acc = piece;
        } else {
            IrTemp *args[2] = {acc.t, piece.t};
            acc = call_rt(L, "krt_str_concat", type_str(L->tt), true, true, 2, args);
        }
    }
    if (!acc.t) {
        acc.t = const_cstr(L, "");
        acc.owned = false;
    }
    return acc;
}

Val lower_print(Lower *L, Node *call) {
    NodeList args = call->u.Call.args;
    IrTemp **vals = arena_alloc(L->arena, (size_t)(args.len + 1) * sizeof *vals);
    for (int i = 0; i < args.len; i++) vals[i] = lower_value(L, args.items[i]);
    IrTemp *sep = NULL, *end = NULL;
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        IrTemp *v = lower_value(L, kw->u.keyword.value);
        if (type_resolve(v->type)->kind == TY_NONE) v = NULL;
        if (strcmp(kw->u.keyword.arg, "sep") == 0) sep = v;
        else end = v;
    }
    if (!sep) sep = const_cstr(L, " ");
    if (!end) end = const_cstr(L, "\n");
    for (int i = 0; i < args.len; i++) {
        if (i) call_rt_void(L, "krt_out_str", false, 1, &sep);
        IrTemp *v = vals[i];
        EnumData *ed = check_enum_of_type(v->type);
        if (ed && !ed->is_int) v = to_str(L, v, false).t; /* Mode.OFF */
        switch (type_resolve(v->type)->kind) {
        case TY_INT: call_rt_void(L, "krt_out_int", false, 1, &v); break;
        case TY_FLOAT: call_rt_void(L, "krt_out_float", false, 1, &v); break;
        case TY_BOOL: call_rt_void(L, "krt_out_bool", false, 1, &v); break;
        case TY_STR: call_rt_void(L, "krt_out_str", false, 1, &v); break;
        case TY_LIST:
        case TY_TUPLE:
        case TY_OPTIONAL:
        case TY_RANGE:
        case TY_DICT:
        case TY_SET:
        case TY_FROZENSET:
        case TY_BYTES:
        case TY_BYTEARRAY:
        case TY_CLASS: {
            IrTemp *text = to_str(L, v, false).t;
            call_rt_void(L, "krt_out_str", false, 1, &text);
            break;
        }
        default: {
            IrTemp *none = const_cstr(L, "None");
            call_rt_void(L, "krt_out_str", false, 1, &none);
            break;
        }
        }
    }
    call_rt_void(L, "krt_out_str", false, 1, &end);
    Val v = {NULL, false};
    return v;
}

IrTemp *min_max(Lower *L, Node *call, bool is_max) {
    NodeList args = call->u.Call.args;
    Type *t = ty_of(L, call);
    IrTemp *best = temp(L, t);
    IrTemp *first = lower_value(L, args.items[0]);
    emit(L, IR_MOVE, best, 1, &first);
    for (int i = 1; i < args.len; i++) {
        IrTemp *v = lower_value(L, args.items[i]);
        /* CPython keeps the first of equal values: replace only when strictly better */
        IrTemp *better = compare_one(L, is_max ? CMPOP_Gt : CMPOP_Lt, v, best);
        IrBlock *take_it = block(L), *next = block(L);
        ir_branch(L->cur, better, take_it, next);
        set_block(L, take_it);
        emit(L, IR_MOVE, best, 1, &v);
        jump(L, next);
        set_block(L, next);
    }
    return best;
}


/* An instance from a value that may be None: AttributeError
 * "'NoneType' object has no attribute 'x'" when it is. */
IrTemp *instance_of(Lower *L, IrTemp *v, const char *attr) {
    Type *t = type_resolve(v->type);
    if (t->kind != TY_OPTIONAL) return v;
    IrTemp *args[2] = {v, const_cstr(L, attr)};
    call_rt_void(L, "krt_check_attr_of_none", true, 2, args);
    IrTemp *x = temp(L, t->args[0]);
    emit(L, IR_OPT_UNWRAP, x, 1, &v);
    return x;
}

/* obj.field (borrowed). */
IrTemp *field_get(Lower *L, IrTemp *obj, const char *field, Type *ft) {
    IrTemp *d = temp(L, ft);
    IrInstr *in = emit(L, IR_FIELD_GET, d, 1, &obj);
    in->field = field;
    return d;
}

/* obj.field = v (v owned by the field afterwards; the old value released). */
void field_set(Lower *L, IrTemp *obj, const char *field, Type *ft, IrTemp *owned) {
    IrTemp *old = is_ref(ft) ? field_get(L, obj, field, ft) : NULL;
    IrTemp *args[2] = {obj, owned};
    IrInstr *in = emit(L, IR_FIELD_SET, NULL, 2, args);
    in->field = field;
    if (old) emit(L, IR_DECREF, NULL, 1, &old);
}

/* What iterating over a value of type t yields. */
Type *elem_of(Lower *L, Type *t) {
    t = type_resolve(t);
    switch (t->kind) {
    case TY_RANGE: case TY_BYTES: case TY_BYTEARRAY: return type_int(L->tt);
    case TY_STR: return type_str(L->tt);
    case TY_CLASS: return class_data_of_type(t)->iter_elem; /* __iter__ */
    default: return t->args[0];
    }
}

/* A constant after CPython's AST folding: literals, -literal, tuples of them. */
bool is_constant_expr(Node *n) {
    if (n->kind == NODE_Constant) return true;
    if (n->kind == NODE_UnaryOp && (n->u.UnaryOp.op == UNARYOP_USub || n->u.UnaryOp.op == UNARYOP_UAdd))
        return n->u.UnaryOp.operand->kind == NODE_Constant;
    if (n->kind == NODE_Tuple) {
        for (int i = 0; i < n->u.Tuple.elts.len; i++)
            if (!is_constant_expr(n->u.Tuple.elts.items[i])) return false;
        return true;
    }
    return false;
}

/* ---- comprehensions ------------------------------------------------------------- */

enum { COMP_APPEND, COMP_DICT, COMP_SET, COMP_ANY, COMP_ALL };

/* A comprehension being lowered: one loop per generator, nested. */
typedef struct CompCtx {
    Node *comp;       /* ListComp or GeneratorExp */
    int gen;          /* the generator the current loop runs */
    int mode;         /* COMP_APPEND: build the list; COMP_ANY/COMP_ALL: stop at the first deciding item */
    IrTemp *list;     /* COMP_APPEND: the result */
    IrTemp *result;   /* COMP_ANY/COMP_ALL: the answer so far */
    IrTemp *decided;  /* COMP_ANY/COMP_ALL: true once an item decided it */
} CompCtx;


/* A comprehension's variables end with it (CPython gives them a scope of
 * their own): the reference the last item left in one is released, so the
 * item dies when nothing else holds it (a weak reference sees that). */
static void comp_release_target(Lower *L, Node *target) {
    if (target->kind == NODE_Tuple || target->kind == NODE_List) {
        NodeList elts = target->kind == NODE_Tuple ? target->u.Tuple.elts : target->u.List.elts;
        for (int i = 0; i < elts.len; i++) comp_release_target(L, elts.items[i]);
        return;
    }
    if (target->kind != NODE_Name) return;
    Symbol *sym = sema_symbol_of(L->mod, target);
    Val captured;
    if (!sym || sym_is_global(sym) || closure_read_var(L, sym, &captured)) return;
    IrTemp *local = ptrmap_get(&L->locals, sym);
    if (!local || !is_ref(local->type)) return;
    IrTemp *old = temp(L, local->type);
    emit(L, IR_MOVE, old, 1, &local);
    emit(L, IR_CLEAR, local, 0, NULL);
    emit(L, IR_DECREF, NULL, 1, &old);
}

static void comp_loop(Lower *L, CompCtx *cc) {
    NodeList gens = cc->comp->kind == NODE_DictComp ? cc->comp->u.DictComp.generators : cc->comp->u.ListComp.generators;
    Node *c = gens.items[cc->gen];
    NodeList none = {0};
    lower_for_each(L, c->u.comprehension.target, c->u.comprehension.iter, comp_level, cc, none);
}

/* One iteration of generator cc->gen: its filters, then the next
 * generator's loop or (innermost) the item. */
void comp_level(Lower *L, void *ctx, IrBlock *brk, IrBlock *cont) {
    CompCtx *cc = ctx;
    NodeList gens = cc->comp->kind == NODE_DictComp ? cc->comp->u.DictComp.generators : cc->comp->u.ListComp.generators;
    Node *c = gens.items[cc->gen];
    for (int k = 0; k < c->u.comprehension.ifs.len; k++) {
        IrTemp *t = truth(L, lower_value(L, c->u.comprehension.ifs.items[k]));
        release_pending(L);
        IrBlock *pass = block(L);
        ir_branch(L->cur, t, pass, cont);
        set_block(L, pass);
    }
    if (cc->gen + 1 < gens.len) {
        cc->gen++;
        comp_loop(L, cc);
        cc->gen--;
        if (cc->mode == COMP_ANY || cc->mode == COMP_ALL) { /* an inner loop decided: leave this one too */
            IrBlock *go_on = block(L);
            ir_branch(L->cur, cc->decided, brk, go_on);
            set_block(L, go_on);
        }
        return;
    }
    if (cc->mode == COMP_DICT) {
        Type *dt = type_resolve(cc->list->type);
        IrTemp *a[3] = {cc->list, coerce(L, lower_value(L, cc->comp->u.DictComp.key), dt->args[0]),
                        coerce(L, lower_value(L, cc->comp->u.DictComp.value), dt->args[1])};
        call_rt_void(L, "krt_dict_$_set", true, 3, a);
        release_pending(L);
        return;
    }
    IrTemp *item = lower_value(L, cc->comp->u.ListComp.elt);
    if (cc->mode == COMP_SET) {
        IrTemp *a[2] = {cc->list, coerce(L, item, type_resolve(cc->list->type)->args[0])};
        call_rt_void(L, "krt_set_$_add", true, 2, a);
        release_pending(L);
        return;
    }
    if (cc->mode == COMP_APPEND) {
        IrTemp *a[2] = {cc->list, as_elem(L, item, cc->list->type)};
        call_rt_void(L, list_fn(L, "append", cc->list->type), true, 2, a);
        release_pending(L);
        return;
    }
    IrTemp *t = truth(L, item);
    release_pending(L);
    IrBlock *decide = block(L), *go_on = block(L);
    if (cc->mode == COMP_ANY)
        ir_branch(L->cur, t, decide, go_on);
    else
        ir_branch(L->cur, t, go_on, decide);
    set_block(L, decide);
    emit(L, IR_MOVE, cc->result, 1, (IrTemp *[]){const_bool(L, cc->mode == COMP_ANY)});
    emit(L, IR_MOVE, cc->decided, 1, (IrTemp *[]){const_bool(L, true)});
    jump(L, brk);
    set_block(L, go_on);
}

/* A list comprehension (or a generator expression taken whole) as a new
 * list; with COMP_ANY/COMP_ALL, any(...)/all(...) of a generator
 * expression, which stops at the first item that decides. */
Val lower_comprehension(Lower *L, Node *n, int mode) {
    CompCtx cc = {n, 0, mode, NULL, NULL, NULL};
    int saved_floor = L->pending_floor;
    Val v;
    if (mode == COMP_APPEND || mode == COMP_DICT || mode == COMP_SET) {
        Type *lt = genexpr_list_type(L, ty_of(L, n));
        IrTemp *cap = const_int(L, 0);
        Val made = mode == COMP_SET ? call_rt(L, "krt_set_$_new", lt, true, true, 0, NULL)
                   : call_rt(L, mode == COMP_DICT ? "krt_dict_$_new" : list_fn(L, "new", lt), lt, true, true, 1, &cap);
        /* the list stays pending below the floor: the loops' statements leave
         * it alone, an exception inside them releases it */
        L->pending_floor = L->pending.len;
        cc.list = made.t;
        v = made;
    } else {
        cc.result = temp(L, type_bool(L->tt));
        cc.decided = temp(L, type_bool(L->tt));
        emit(L, IR_MOVE, cc.result, 1, (IrTemp *[]){const_bool(L, mode == COMP_ALL)});
        emit(L, IR_MOVE, cc.decided, 1, (IrTemp *[]){const_bool(L, false)});
        L->pending_floor = L->pending.len;
        v.t = cc.result;
        v.owned = false;
    }
    comp_loop(L, &cc);
    release_pending(L);
    L->pending_floor = saved_floor;
    NodeList gens = n->kind == NODE_DictComp ? n->u.DictComp.generators : n->u.ListComp.generators;
    for (int g = 0; g < gens.len; g++) comp_release_target(L, ((Node *)gens.items[g])->u.comprehension.target);
    return v;
}

/* any(items) / all(items) over a list, tuple, range or str: stops at the
 * first item that decides. */
Val lower_any_all(Lower *L, Node *call, bool is_any) {
    Node *arg = call->u.Call.args.items[0];
    if (arg->kind == NODE_GeneratorExp) return lower_comprehension(L, arg, is_any ? COMP_ANY : COMP_ALL);
    IrTemp *items = lower_value(L, arg);
    Type *it = type_resolve(items->type);
    Type *elem = elem_of(L, it);
    IrTemp *list = as_list(L, items, elem).t;
    IrTemp *res = temp(L, type_bool(L->tt));
    emit(L, IR_MOVE, res, 1, (IrTemp *[]){const_bool(L, !is_any)});
    IrTemp *len = call_rt(L, "krt_list_size", type_int(L->tt), false, false, 1, &list).t;
    CountedLoop lp = counted_loop_begin(L, const_int(L, 0), len);
    IrBlock *decide = block(L), *next = block(L);
    IrTemp *gargs[2] = {list, lp.i};
    IrTemp *item = call_rt(L, list_fn(L, "get", list->type), type_resolve(list->type)->args[0], true, false, 2, gargs).t;
    IrTemp *t = truth(L, item);
    if (is_any)
        ir_branch(L->cur, t, decide, next);
    else
        ir_branch(L->cur, t, next, decide);
    set_block(L, decide);
    emit(L, IR_MOVE, res, 1, (IrTemp *[]){const_bool(L, is_any)});
    jump(L, lp.exit); /* the first item that decides ends the loop */
    set_block(L, next);
    counted_loop_end(L, &lp);
    Val v = {res, false};
    return v;
}

/* The items of an iterable value as a list: the list itself (borrowed), or
 * a new list of a tuple's fields, a range's numbers or a str's characters. */
Val as_list(Lower *L, IrTemp *v, Type *elem) {
    Type *t = type_resolve(v->type);
    Val r = {v, false};
    switch (t->kind) {
    case TY_LIST:
        return r;
    case TY_RANGE:
        return call_rt(L, "krt_range_to_list", type_list(L->tt, type_int(L->tt)), true, true, 1, &v);
    case TY_DICT:
        return call_rt(L, "krt_dict_keys", type_list(L->tt, t->args[0]), true, true, 1, &v);
    case TY_SET:
    case TY_FROZENSET:
        return call_rt(L, "krt_set_to_list", type_list(L->tt, t->args[0]), true, true, 1, &v);
    case TY_BYTES:
    case TY_BYTEARRAY:
        return call_rt(L, t->kind == TY_BYTES ? "krt_bytes_to_list" : "krt_bytearray_to_list",
                       type_list(L->tt, type_int(L->tt)), true, true, 1, &v);
    case TY_STR:
        return call_rt(L, "krt_str_to_list", type_list(L->tt, type_str(L->tt)), true, true, 1, &v);
    case TY_ITER:
        return iter_to_list(L, v, t->args[0]);
    case TY_CLASS:
        return iter_to_list(L, instance_iter(L, v).t, elem); /* __iter__ */
    case TY_TUPLE: {
        Type *lt = type_list(L->tt, elem);
        IrTemp *cap = const_int(L, t->nargs);
        Val list = call_rt(L, list_fn(L, "new", lt), lt, true, true, 1, &cap);
        for (int i = 0; i < t->nargs; i++) {
            IrTemp *a[2] = {list.t, coerce(L, tuple_field(L, v, i), elem)};
            call_rt_void(L, list_fn(L, "append", lt), true, 2, a);
        }
        return list;
    }
    default:
        return r;
    }
}

/* a[lo:hi:step] of a str or list. */
Val lower_slice(Lower *L, Node *n) {
    IrTemp *base = lower_value(L, n->u.Subscript.value);
    Node *sl = n->u.Subscript.slice;
    Node *parts[3] = {sl->u.Slice.lower, sl->u.Slice.upper, sl->u.Slice.step};
    IrTemp *a[5] = {base, NULL, NULL, NULL, NULL};
    int present = 0;
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            a[i + 1] = convert(L, lower_value(L, parts[i]), type_int(L->tt));
            present |= 1 << i;
        } else {
            a[i + 1] = const_int(L, i == 2 ? 1 : 0);
        }
    }
    a[4] = const_int(L, present);
    Type *t = type_resolve(base->type);
    const char *fn = t->kind == TY_STR ? "krt_str_slice_v" : t->kind == TY_BYTES ? "krt_bytes_slice_v"
                   : t->kind == TY_BYTEARRAY ? "krt_bytearray_slice_v" : "krt_list_slice_v";
    return call_rt(L, fn, t, true, true, 5, a);
}

Val lower_list_display(Lower *L, Node *n) {
    Type *t = ty_of(L, n);
    IrTemp *cap = const_int(L, n->u.List.elts.len);
    Val list = call_rt(L, list_fn(L, "new", t), t, true, true, 1, &cap);
    for (int i = 0; i < n->u.List.elts.len; i++) {
        IrTemp *a[2] = {list.t, as_elem(L, lower_value(L, n->u.List.elts.items[i]), t)};
        call_rt_void(L, list_fn(L, "append", t), true, 2, a);
    }
    return list;
}


Val lower_call(Lower *L, Node *n) {
    Node *f = n->u.Call.func;
    bool is_enum;
    Val member = lower_enum_lookup(L, n, &is_enum); /* Mode(value) */
    if (is_enum) return member;
    if (lower_namedtuple_call(L, n, &member)) return member; /* Point(x, y), p._replace(x=1) */
    if (f->kind == NODE_Name && ty_of(L, f) && type_resolve(ty_of(L, f))->kind == TY_CLASS && class_data_of_type(ty_of(L, f)))
        return lower_call_with_self(L, n, lower_value(L, f)); /* obj(...): its __call__ */
    if (f->kind == NODE_Attribute && f->u.Attribute.value->kind == NODE_Name) {
        Symbol *bs = sema_symbol_of(L->mod, f->u.Attribute.value);
        if (bs && bs->kind == SYM_BUILTIN && bs->builtin && bs->builtin->id == B_INT &&
            !strcmp(f->u.Attribute.attr, "from_bytes"))
            return lower_int_from_bytes(L, n);
        if (bs && bs->kind == SYM_BUILTIN && bs->builtin &&
            (bs->builtin->id == B_BYTES || bs->builtin->id == B_BYTEARRAY)) { /* bytes.fromhex(s) */
            IrTemp *s = lower_value(L, n->u.Call.args.items[0]);
            Val made = call_rt(L, "krt_bytes_fromhex", type_bytes(L->tt), true, true, 1, &s);
            if (bs->builtin->id == B_BYTES) return made;
            return call_rt(L, "krt_bytearray_from_bytes", type_bytearray(L->tt), true, true, 1, &made.t);
        }
    }
    Val none = {NULL, false};
    Type *fty = ptrmap_get(&L->spec->callees, n) ? NULL : ty_of(L, f);
    if (fty && fty->kind == TY_CALLABLE) return closure_lower_value_call(L, n);
    if (fty && fty->kind == TY_WEAKREF) { /* w(): the target, or None once it died */
        IrTemp *w = lower_value(L, f);
        return call_rt(L, "krt_weakref_get", type_optional(L->tt, fty->args[0]), false, true, 1, &w);
    }
    if (f->kind == NODE_Name) { /* C(args): a new instance, then __init__ */
        Symbol *cs = sema_symbol_of(L->mod, f);
        while (cs && cs->kind == SYM_IMPORTED && cs->target) cs = cs->target;
        ClassData *cd = cs && cs->kind == SYM_CLASS ? check_class_of_def(L->c, cs->decl) : NULL;
        if (!cd) cd = classmethod_cls(L->c, L->spec, cs); /* cls(...) in a classmethod */
        if (cd) {
            Type *t = ty_of(L, n);
            IrTemp *obj = temp(L, t);
            IrInstr *in = emit(L, IR_NEW, obj, 0, NULL);
            in->imm.i = class_id(L, cd);
            in->flags |= IR_OWNED;
            alloc_site(L, in);
            may_raise(L, in);
            ptrvec_push(L->arena, &L->pending, obj);
            owning(L, obj);
            if (ptrmap_get(&L->spec->callees, n)) {
                lower_method_invoke(L, n, obj);
            } else if (cd->dataclass) { /* the generated __init__: each field from its argument or default */
                Node **slots = ptrmap_get(&L->spec->method_args, n);
                PtrVec fields = {0};
                check_dataclass_fields(cd, &fields, L->arena);
                IrTemp **vals = arena_alloc(L->arena, (size_t)(fields.len + 1) * sizeof *vals);
                for (int i = 0; i < fields.len; i++) /* arguments first, in the order written */
                    vals[i] = slots && slots[i] ? lower_value(L, slots[i]) : NULL;
                for (int i = 0; i < fields.len; i++) {
                    FieldInfo *f = fields.items[i];
                    IrTemp *val = vals[i];
                    if (!val && is_default_factory(f->dflt)) {
                        Type *ft = type_resolve(f->type);
                        IrTemp *cap = const_int(L, 0);
                        val = ft->kind == TY_DICT ? call_rt(L, "krt_dict_$_new", ft, true, true, 1, &cap).t
                            : ft->kind == TY_SET ? call_rt(L, "krt_set_$_new", ft, true, true, 0, NULL).t
                                                 : call_rt(L, list_fn(L, "new", ft), ft, true, true, 1, &cap).t;
                    } else if (!val) {
                        val = lower_value(L, f->dflt);
                    }
                    Val vv = {coerce(L, val, f->type), false};
                    field_set(L, obj, f->name, f->type, take(L, vv));
                }
                FuncSpec *post = ptrmap_get(&L->spec->dunders, (char *)n + 4);
                if (post) call_spec(L, post, 1, &obj); /* __post_init__ */
            }
            Val made = {obj, true};
            return made;
        }
    }
    if (ptrmap_get(&L->spec->callees, n) && f->kind != NODE_Attribute && check_type_of(L->spec, f) &&
        class_data_of_type(check_type_of(L->spec, f)))
        return lower_method_invoke(L, n, lower_value(L, f)); /* obj(args): obj.__call__(args) */
    if (ptrmap_get(&L->spec->callees, n)) {
        FuncSpec *callee = ptrmap_get(&L->spec->callees, n);
        if (callee->self_class && f->kind == NODE_Attribute) {
            Node *fv = f->u.Attribute.value;
            IrTemp *self;
            if (fv->kind == NODE_Call && fv->u.Call.func->kind == NODE_Name && !strcmp(fv->u.Call.func->u.Name.id, "super"))
                self = L->fn->params.items[0];
            else
                self = instance_of(L, lower_value(L, fv), f->u.Attribute.attr);
            return lower_method_invoke(L, n, self);
        }
        NodeList decos = callee->def->kind == NODE_FunctionDef ? callee->def->u.FunctionDef.decorator_list : (NodeList){0};
        if (decos.len == 1 && ((Node *)decos.items[0])->kind == NODE_Name &&
            !strcmp(((Node *)decos.items[0])->u.Name.id, "classmethod")) /* cls is the class: nothing to pass */
            return lower_method_invoke(L, n, temp(L, type_none(L->tt)));
        return lower_user_call(L, n); /* a program function, here or imported */
    }
    if (lower_exc_super(L, n, &none)) return none; /* super().__init__(args) of an exception */
    if (f->kind == NODE_Attribute && ty_of(L, f->u.Attribute.value)) return lower_method_call(L, n);
    if (f->kind == NODE_Attribute && f->u.Attribute.value->kind == NODE_Name) { /* gc.collect() and the like */
        Symbol *msym = sema_symbol_of(L->mod, f->u.Attribute.value);
        if (struct_names_module_attr(L->mod, f)) return lower_struct_call(L, n); /* struct.pack(...) */
        if (msym && msym->kind == SYM_MODULE && !strcmp(((Node *)msym->decl)->u.alias.name, "weakref")) {
            IrTemp *target = lower_value(L, n->u.Call.args.items[0]); /* weakref.ref(x) */
            return call_rt(L, "krt_weakref_new", ty_of(L, n), true, true, 1, &target);
        }
        const ModuleFunc *mf = msym && msym->kind == SYM_MODULE
                                   ? module_func(((Node *)msym->decl)->u.alias.name, f->u.Attribute.attr)
                                   : NULL;
        if (mf && mf->ret == MODFUNC_NONE) {
            call_rt_void(L, mf->c_name, false, 0, NULL);
            return none;
        }
        if (mf) return call_rt(L, mf->c_name, ty_of(L, n), false, false, 0, NULL);
    }
    if (f->kind == NODE_Attribute) { /* sys.exit */
        IrTemp *code = n->u.Call.args.len ? convert(L, lower_value(L, n->u.Call.args.items[0]), type_int(L->tt))
                                          : const_int(L, 0);
        call_rt_void(L, "krt_raise_system_exit", true, 1, &code);
        return none;
    }
    Symbol *sym = sema_symbol_of(L->mod, f);
    while (sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
    if ((sym->kind == SYM_BUILTIN && sym->builtin->kind == BUILTIN_EXCEPTION) ||
        check_exception_class(L->c, L->mod, f))
        return lower_exc_new(L, n, class_type_id(L, f)); /* an exception instance: T(args) */
    if (sym->kind == SYM_BUILTIN) return lower_builtin_call(L, n, sym->builtin);
    return lower_user_call(L, n);
}

/* The message of T(arg): str(arg), or repr(arg) for KeyError (what
 * str(KeyError(k)) gives), made once, when the exception is made. */
IrTemp *exc_message(Lower *L, int type_id, IrTemp *arg) {
    if (type_id == KRT_T_KEY_ERROR) return to_str(L, arg, true).t;
    if (type_resolve(arg->type)->kind != TY_STR) return to_str(L, arg, false).t;
    return arg;
}

/* A call of a program function: its specialisation was chosen by infer. */

Val lower_user_call(Lower *L, Node *n) {
    return lower_call_with_self(L, n, NULL);
}

/* A method call: self is the receiver (or the new instance, for __init__). */
Val lower_method_invoke(Lower *L, Node *n, IrTemp *self) {
    return lower_call_with_self(L, n, self);
}

Val lower_call_with_self(Lower *L, Node *n, IrTemp *self) {
    FuncSpec *callee = ptrmap_get(&L->spec->callees, n);
    IrFunc *fn = dispatch_callee(L, n, callee);
    DefSig sig;
    def_signature(L->arena, callee->def, &sig);
    IrTemp *self_arg = NULL;
    if (self) { /* the parameters after self take the written arguments */
        self_arg = coerce(L, self, callee->param_types[0]);
        sig.n--;
        sig.npositional--;
        sig.nposonly = sig.nposonly > 0 ? sig.nposonly - 1 : 0;
        sig.params++;
        sig.defaults++;
    }
    /* the arguments as written, evaluated left to right */
    int nwritten = n->u.Call.args.len + n->u.Call.keywords.len;
    IrTemp **written = arena_alloc(L->arena, (size_t)(nwritten + 1) * sizeof *written);
    for (int i = 0; i < n->u.Call.args.len; i++) written[i] = lower_value(L, n->u.Call.args.items[i]);
    for (int k = 0; k < n->u.Call.keywords.len; k++)
        written[n->u.Call.args.len + k] = lower_value(L, ((Node *)n->u.Call.keywords.items[k])->u.keyword.value);
    /* ... then each parameter gets its argument or its default */
    IrTemp **args = arena_alloc(L->arena, (size_t)(sig.n + 1) * sizeof *args);
    for (int i = 0; i < sig.n; i++) {
        IrTemp *v = i < n->u.Call.args.len ? written[i] : NULL;
        for (int k = 0; !v && k < n->u.Call.keywords.len; k++) {
            Node *kw = n->u.Call.keywords.items[k];
            if (i >= sig.nposonly && strcmp(kw->u.keyword.arg, sig.params[i]->u.arg.arg) == 0)
                v = written[n->u.Call.args.len + k];
        }
        if (!v && default_is_constant(sig.defaults[i])) v = lower_value(L, sig.defaults[i]);
        if (!v) v = read_default(L, callee->module, sig.defaults[i]);
        args[i] = coerce(L, v, callee->param_types[i + (self ? 1 : 0)]);
    }
    int nparams = sig.n;
    if (self) {
        IrTemp **all = arena_alloc(L->arena, (size_t)(sig.n + 2) * sizeof *all);
        all[0] = self_arg;
        for (int i = 0; i < sig.n; i++) all[i + 1] = args[i];
        args = all;
        nparams = sig.n + 1;
    }
    Type *ret = callee->ret;
    IrTemp *dst = type_resolve(ret)->kind != TY_NONE ? temp(L, ret) : NULL;
    IrInstr *in = emit(L, IR_CALL, dst, nparams, args);
    in->callee = fn;
    may_raise(L, in); /* refined later by the effect analysis */
    if (dst && callee->is_gen && fn == ptrmap_get(&L->funcs, callee)) alloc_site(L, in); /* a generator's frame */
    Val v = {dst, dst && is_ref(ret)};
    if (v.owned) {
        ptrvec_push(L->arena, &L->pending, dst);
        owning(L, dst);
    }
    return v;
}

/* A variable read where infer.c narrowed an Optional (inside `if x is not
 * None:` ...): the value inside. */
static Val narrowed_read(Lower *L, Node *n, Val var) {
    Type *want = type_resolve(ty_of(L, n));
    if (want->kind == TY_CLASS && class_data_of_type(want) &&
        (class_data_of_type(var.t->type) || want->cls->is_exception) &&
        class_data_of_type(want) != class_data_of_type(var.t->type)) { /* narrowed by isinstance: a downcast */
        Val d = {temp(L, want), false};
        emit(L, IR_CONVERT, d.t, 1, &var.t);
        return d;
    }
    if (type_resolve(var.t->type)->kind != TY_OPTIONAL || want->kind == TY_OPTIONAL) return var;
    Val v = {temp(L, want), false};
    emit(L, IR_OPT_UNWRAP, v.t, 1, &var.t);
    return v;
}

Val lower_expr_kind(Lower *L, Node *n) {
    Val cv;
    if (closure_lower_expr(L, n, &cv)) return cv; /* a lambda, or a function named as a value */
    Val v = {NULL, false};
    switch (n->kind) {
    case NODE_Constant: {
        ConstValue c = n->u.Constant.value;
        switch (c.kind) {
        case CONST_INT: v.t = const_int(L, c.i); break;
        case CONST_FLOAT: v.t = const_float(L, c.f); break;
        case CONST_TRUE: v.t = const_bool(L, true); break;
        case CONST_FALSE: v.t = const_bool(L, false); break;
        case CONST_STR: v.t = const_str(L, c.s, c.len); break;
        case CONST_BYTES: {
            IrStrConst *sc = ir_str_const(L->ir, c.s, (uint32_t)c.len);
            sc->as_bytes = true;
            v.t = temp(L, type_bytes(L->tt));
            emit(L, IR_CONST_STR, v.t, 0, NULL)->imm.i = sc->id;
            break;
        }
        default: v.t = temp(L, type_none(L->tt)); break;
        }
        return v;
    }
    case NODE_Name: {
        Symbol *sym = sema_symbol_of(L->mod, n);
        while (sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
        if (strcmp(sym->name, "__name__") == 0 && sym_is_global(sym)) {
            v.t = const_cstr(L, L->mod == L->c->prog->main ? "__main__" : L->mod->name);
            return v;
        }
        if (sym->kind == SYM_BUILTIN) { /* None */
            v.t = temp(L, type_none(L->tt));
            return v;
        }
        if (sym->kind == SYM_CLASS) return lower_enum_as_value(L, n); /* the only class used as a value */
        return narrowed_read(L, n, read_var(L, sym));
    }
    case NODE_BinOp: {
        Val a = lower_expr(L, n->u.BinOp.left);
        Val b = lower_expr(L, n->u.BinOp.right);
        FuncSpec *dunder = ptrmap_get(&L->spec->dunders, n);
        if (dunder) { /* __add__ and friends (or __radd__ on the right operand) */
            bool reflected = ptrmap_get(&L->c->reflected, n) != NULL;
            IrTemp *args[2] = {reflected ? b.t : a.t, reflected ? a.t : b.t};
            v.t = call_spec(L, dunder, 2, args);
            v.owned = v.t && is_ref(v.t->type);
            return v;
        }
        if (n->u.BinOp.op == BINOP_Mod && type_resolve(a.t->type)->kind == TY_STR) return lower_percent(L, n, b.t);
        if (type_resolve(ty_of(L, n))->kind == TY_TUPLE) return lower_tuple_binop(L, n, a, b); /* t1 + t2, t * 2 */
        return lower_arith(L, n->u.BinOp.op, a, b, ty_of(L, n));
    }
    case NODE_UnaryOp: {
        IrTemp *a = lower_value(L, n->u.UnaryOp.operand);
        Type *t = ty_of(L, n);
        FuncSpec *dunder = ptrmap_get(&L->spec->dunders, n);
        if (dunder) {
            v.t = call_spec(L, dunder, 1, &a);
            v.owned = v.t && is_ref(v.t->type);
            return v;
        }
        if (n->u.UnaryOp.op == UNARYOP_Not) {
            IrTemp *c = truth(L, a);
            v.t = temp(L, type_bool(L->tt));
            IrInstr *in = emit(L, IR_UNOP, v.t, 1, &c);
            in->imm.unop = UN_NOT;
            return v;
        }
        a = convert(L, a, t);
        if (n->u.UnaryOp.op == UNARYOP_UAdd) {
            v.t = a;
            return v;
        }
        v.t = temp(L, t);
        IrInstr *in = emit(L, IR_UNOP, v.t, 1, &a);
        in->imm.unop = n->u.UnaryOp.op == UNARYOP_USub ? UN_NEG : UN_INVERT;
        if (n->u.UnaryOp.op == UNARYOP_USub && type_resolve(t)->kind == TY_INT) may_raise(L, in);
        return v;
    }
    case NODE_BoolOp:
        return lower_boolop(L, n);
    case NODE_IfExp:
        return lower_ifexp(L, n);
    case NODE_Compare:
        return lower_compare(L, n);
    case NODE_Call:
        return lower_call(L, n);
    case NODE_JoinedStr:
        return lower_joined_str(L, n);
    case NODE_Subscript: {
        bool is_enum;
        Val member = lower_enum_lookup(L, n, &is_enum); /* Mode["NAME"] */
        if (is_enum) return member;
        if (n->u.Subscript.slice->kind == NODE_Slice)
            return type_resolve(ty_of(L, n->u.Subscript.value))->kind == TY_TUPLE ? lower_tuple_slice(L, n) : lower_slice(L, n);
        if (type_resolve(ty_of(L, n->u.Subscript.value))->kind == TY_TUPLE && !tuple_index_is_constant(n)) {
            IrTemp *t = lower_value(L, n->u.Subscript.value);
            IrTemp *i = convert(L, lower_value(L, n->u.Subscript.slice), type_int(L->tt));
            v.t = tuple_item(L, t, i);
            return v;
        }
        if (type_resolve(ty_of(L, n->u.Subscript.value))->kind == TY_TUPLE) {
            IrTemp *t = lower_value(L, n->u.Subscript.value);
            Node *idx = n->u.Subscript.slice;
            bool neg = idx->kind == NODE_UnaryOp;
            int64_t k = (neg ? idx->u.UnaryOp.operand : idx)->u.Constant.value.i;
            if (neg) k = type_resolve(t->type)->nargs - k;
            if (k < 0 || k >= type_resolve(t->type)->nargs) {
                IrTemp *args[2] = {const_int(L, KRT_T_INDEX_ERROR), const_cstr(L, "tuple index out of range")};
                call_rt_void(L, "krt_raise_new", true, 2, args);
                jump_to_handler(L);
                v.t = temp(L, type_none(L->tt));
                return v;
            }
            v.t = tuple_field(L, t, (int)k);
            return v;
        }
        if (ptrmap_get(&L->spec->dunders, n)) { /* __getitem__ */
            IrTemp *obj = lower_value(L, n->u.Subscript.value);
            IrTemp *k = lower_value(L, n->u.Subscript.slice);
            v.t = call_spec(L, ptrmap_get(&L->spec->dunders, n), 2, (IrTemp *[]){obj, k});
            v.owned = v.t && is_ref(v.t->type);
            return v;
        }
        IrTemp *args[2] = {lower_value(L, n->u.Subscript.value), NULL};
        if (type_resolve(args[0]->type)->kind == TY_DICT) {
            args[1] = coerce(L, lower_value(L, n->u.Subscript.slice), type_resolve(args[0]->type)->args[0]);
            return call_rt(L, "krt_dict_$_get", ty_of(L, n), true, false, 2, args);
        }
        args[1] = convert(L, lower_value(L, n->u.Subscript.slice), type_int(L->tt));
        if (type_resolve(args[0]->type)->kind == TY_RANGE)
            return call_rt(L, "krt_range_getitem", type_int(L->tt), true, false, 2, args);
        if (type_resolve(args[0]->type)->kind == TY_BYTES)
            return call_rt(L, "krt_bytes_getitem", type_int(L->tt), true, false, 2, args);
        if (type_resolve(args[0]->type)->kind == TY_BYTEARRAY)
            return call_rt(L, "krt_bytearray_getitem", type_int(L->tt), true, false, 2, args);
        if (type_is_seq_tuple(args[0]->type)) /* IndexError "tuple index out of range" */
            call_rt(L, "krt_tuple_check_index", type_bool(L->tt), true, false, 2, args);
        if (type_resolve(args[0]->type)->kind == TY_LIST)
            return call_rt(L, list_fn(L, "get", args[0]->type), ty_of(L, n), true, false, 2, args);
        return call_rt(L, "krt_str_getitem", type_str(L->tt), true, true, 2, args);
    }
    case NODE_List:
        return lower_list_display(L, n);
    case NODE_ListComp:
        return lower_comprehension(L, n, COMP_APPEND);
    case NODE_GeneratorExp:
        return lower_genexpr(L, n);
    case NODE_Yield:
    case NODE_YieldFrom:
        return lower_yield(L, n);
    case NODE_DictComp:
        return lower_comprehension(L, n, COMP_DICT);
    case NODE_SetComp:
        return lower_comprehension(L, n, COMP_SET);
    case NODE_Set: {
        Type *st = ty_of(L, n);
        Val set = call_rt(L, "krt_set_$_new", st, true, true, 0, NULL);
        /* CPython builds a display of three or more constants from a frozenset
         * constant (set().update(frozenset)), which sizes the table, and so
         * orders the members, differently from adding them one by one */
        bool folded = n->u.Set.elts.len > 2;
        for (int i = 0; i < n->u.Set.elts.len && folded; i++) folded = is_constant_expr(n->u.Set.elts.items[i]);
        Val into = folded ? call_rt(L, "krt_set_$_new", st, true, true, 0, NULL) : set;
        for (int i = 0; i < n->u.Set.elts.len; i++) {
            IrTemp *a[2] = {into.t, coerce(L, lower_value(L, n->u.Set.elts.items[i]), type_resolve(st)->args[0])};
            call_rt_void(L, "krt_set_$_add", true, 2, a);
        }
        if (folded) call_rt(L, "krt_set_update", type_bool(L->tt), true, false, 2, (IrTemp *[]){set.t, into.t});
        return set;
    }
    case NODE_Dict: {
        Type *dt = type_resolve(ty_of(L, n));
        IrTemp *cap = const_int(L, n->u.Dict.keys.len);
        Val d = call_rt(L, "krt_dict_$_new", dt, true, true, 1, &cap);
        for (int i = 0; i < n->u.Dict.keys.len; i++) {
            IrTemp *a[3] = {d.t, coerce(L, lower_value(L, n->u.Dict.keys.items[i]), dt->args[0]),
                            coerce(L, lower_value(L, n->u.Dict.values.items[i]), dt->args[1])};
            call_rt_void(L, "krt_dict_$_set", true, 3, a);
        }
        return d;
    }
    case NODE_Attribute: { /* module.variable, Class.CONSTANT, obj.field */
        if (lower_stop_value(L, n, &v)) return v;
        if (lower_exc_attribute(L, n, &v)) return v; /* e.args, e.__cause__ */
        bool is_enum;
        Val member = lower_enum_attribute(L, n, &is_enum); /* Mode.OFF, member.name, member.value */
        if (is_enum) return member;
        if (lower_namedtuple_attribute(L, n, &v)) return v; /* point.x */
        Module *bmod = sema_module_of_expr(L->c->prog, L->mod, n->u.Attribute.value);
        if (!bmod) {
            Node *b = n->u.Attribute.value;
            Symbol *bs = b->kind == NODE_Name ? sema_symbol_of(L->mod, b) : NULL;
            while (bs && bs->kind == SYM_IMPORTED && bs->target) bs = bs->target;
            ClassData *named = bs && bs->kind == SYM_CLASS ? check_class_of_def(L->c, bs->decl) : NULL;
            ClassData *cd = named;
            IrTemp *obj = NULL;
            if (!named) {
                obj = lower_value(L, b);
                cd = class_data_of_type(obj->type);
                FuncSpec *getter = ptrmap_get(&L->spec->dunders, n);
                if (getter) { /* @property */
                    v.t = call_spec(L, getter, 1, &obj);
                    v.owned = v.t && is_ref(v.t->type);
                    return v;
                }
            }
            FieldInfo *f = named ? NULL : check_field(cd, sema_intern(L->c->prog, n->u.Attribute.attr));
            if (f) {
                v.t = field_get(L, instance_of(L, obj, n->u.Attribute.attr), f->name, f->type);
                Type *want = type_resolve(ty_of(L, n));
                if (type_resolve(f->type)->kind == TY_OPTIONAL && want->kind != TY_OPTIONAL) {
                    IrTemp *inner = temp(L, want); /* narrowed: `if x.f is not None:` (infer_narrow_attr.c) */
                    emit(L, IR_OPT_UNWRAP, inner, 1, &v.t);
                    v.t = inner;
                }
                return v;
            }
            for (ClassData *k = cd; k; k = k->base) { /* a class attribute */
                Symbol *a = ptrmap_get(&k->scope->by_name, sema_intern(L->c->prog, n->u.Attribute.attr));
                if (a && a->kind == SYM_VAR) return class_attr_read(L, obj, cd, a);
            }
            v.t = temp(L, type_none(L->tt));
            return v;
        }
        Symbol *sym = ptrmap_get(&bmod->scope->by_name, sema_intern(L->c->prog, n->u.Attribute.attr));
        while (sym->kind == SYM_IMPORTED && sym->target) sym = sym->target;
        return narrowed_read(L, n, read_var(L, sym));
    }
    case NODE_Tuple: {
        Type *t = ty_of(L, n);
        int k = n->u.Tuple.elts.len;
        IrTemp **f = arena_alloc(L->arena, (size_t)(k + 1) * sizeof *f);
        for (int i = 0; i < k; i++) /* the tuple owns its references */
            f[i] = tuple_field_value(L, lower_expr(L, n->u.Tuple.elts.items[i]), type_resolve(t)->args[i]);
        return tuple_make(L, t, k, f);
    }
    default:
        v.t = temp(L, type_none(L->tt));
        return v;
    }
}

Val lower_expr(Lower *L, Node *n) {
    uint32_t saved = L->line;
    Node *saved_expr = L->expr;
    if (n->span.begin.line) L->line = n->span.begin.line;
    L->expr = n;
    Val v = lower_expr_kind(L, n);
    L->line = saved;
    L->expr = saved_expr;
    if (!v.t) v.t = temp(L, type_none(L->tt));
    return v;
}

/* ---- statements ------------------------------------------------------------------------- */

