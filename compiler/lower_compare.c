/* lower_compare.c — comparisons and tuples in the IR.
 *
 * `a < b`, `==`, `is`, `in` and their chains (`lo <= x < hi` evaluates x
 * once and stops at the first false) for every type pair the checker
 * accepts: numbers inline (int and float compared exactly), str, bytes and
 * containers through the runtime, instances through __eq__/__lt__ and the
 * like, Optionals against None, tuples field by field (lexicographic
 * order, CPython's identity-first rule for float fields); and the tuple
 * helpers the rest of lowering shares (field access, constant and
 * run-time indexing, membership).
 */
#include "lower_internal.h"

IrCmp cmp_of(CmpOpKind op) {
    switch (op) {
    case CMPOP_Eq: return CMP_EQ;
    case CMPOP_NotEq: return CMP_NE;
    case CMPOP_Lt: return CMP_LT;
    case CMPOP_LtE: return CMP_LE;
    case CMPOP_Gt: return CMP_GT;
    default: return CMP_GE;
    }
}

/* The fields of a @dataclass instance as one tuple. */
IrTemp *dataclass_fields_tuple(Lower *L, ClassData *cd, IrTemp *obj) {
    PtrVec fields = {0};
    check_dataclass_fields(cd, &fields, L->arena);
    Type **ft = arena_alloc(L->arena, (size_t)(fields.len + 1) * sizeof *ft);
    IrTemp **fv = arena_alloc(L->arena, (size_t)(fields.len + 1) * sizeof *fv);
    for (int i = 0; i < fields.len; i++) {
        FieldInfo *f = fields.items[i];
        ft[i] = f->type;
        fv[i] = field_get(L, obj, f->name, f->type);
    }
    IrTemp *t = temp(L, type_tuple(L->tt, ft, fields.len));
    emit(L, IR_TUPLE_MAKE, t, fields.len, fv);
    return t;
}

/* Field i of a tuple value. */
IrTemp *tuple_field(Lower *L, IrTemp *t, int i) {
    IrTemp *f = temp(L, type_resolve(t->type)->args[i]);
    IrInstr *in = emit(L, IR_TUPLE_GET, f, 1, &t);
    in->imm.i = i;
    return f;
}

/* Tuples compare like sequences: the first unequal pair decides. */
IrTemp *compare_tuples(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b) {
    int na = type_resolve(a->type)->nargs, nb = type_resolve(b->type)->nargs;
    int n = na < nb ? na : nb;
    IrTemp *res = temp(L, type_bool(L->tt));
    IrBlock *done = block(L);
    for (int i = 0; i < n; i++) {
        IrTemp *x = tuple_field(L, a, i), *y = tuple_field(L, b, i);
        IrTemp *eq = type_resolve(x->type)->kind == TY_FLOAT && type_resolve(y->type)->kind == TY_FLOAT
                         ? call_rt(L, "krt_float_same", type_bool(L->tt), false, false, 2, (IrTemp *[]){x, y}).t
                         : compare_one(L, CMPOP_Eq, x, y);
        IrBlock *differ = block(L), *next = block(L);
        ir_branch(L->cur, eq, next, differ);
        set_block(L, differ);
        IrTemp *r = (op == CMPOP_Eq) ? const_bool(L, false) : (op == CMPOP_NotEq) ? const_bool(L, true)
                                                                              : compare_one(L, op, x, y);
        emit(L, IR_MOVE, res, 1, &r);
        ir_jump(L->cur, done);
        set_block(L, next);
    }
    /* the common fields are equal: the lengths decide */
    bool r_value;
    switch (op) {
    case CMPOP_Eq: r_value = na == nb; break;
    case CMPOP_NotEq: r_value = na != nb; break;
    case CMPOP_Lt: r_value = na < nb; break;
    case CMPOP_LtE: r_value = na <= nb; break;
    case CMPOP_Gt: r_value = na > nb; break;
    default: r_value = na >= nb; break;
    }
    IrTemp *r = const_bool(L, r_value);
    emit(L, IR_MOVE, res, 1, &r);
    ir_jump(L->cur, done);
    set_block(L, done);
    return res;
}

/* x in (a, b, c) */
IrTemp *tuple_contains(Lower *L, IrTemp *x, IrTemp *t) {
    IrTemp *res = const_bool(L, false);
    for (int i = 0; i < type_resolve(t->type)->nargs; i++) {
        IrTemp *eq = compare_one(L, CMPOP_Eq, x, tuple_field(L, t, i));
        IrTemp *args[2] = {res, eq};
        IrTemp *next = temp(L, type_bool(L->tt));
        IrInstr *in = emit(L, IR_BINOP, next, 2, args);
        in->imm.binop = BIN_OR;
        res = next;
    }
    return res;
}

bool tuple_index_is_constant(Node *sub) {
    Node *idx = sub->u.Subscript.slice;
    if (idx->kind == NODE_UnaryOp && idx->u.UnaryOp.op == UNARYOP_USub) idx = idx->u.UnaryOp.operand;
    return idx->kind == NODE_Constant && idx->u.Constant.value.kind == CONST_INT;
}

/* t[i] for a tuple whose fields share one type and an index known only at
 * run time: a bounds check (IndexError "tuple index out of range"), then a
 * branch per field.  The value is borrowed from the tuple. */
IrTemp *tuple_item(Lower *L, IrTemp *t, IrTemp *i) {
    Type *tt = type_resolve(t->type);
    int n = tt->nargs;
    IrTemp *res = temp(L, tt->args[0]);
    IrTemp *k = temp(L, type_int(L->tt));
    emit(L, IR_MOVE, k, 1, &i);
    IrTemp *zero = const_int(L, 0), *count = const_int(L, n);
    IrTemp *neg = temp(L, type_bool(L->tt));
    IrTemp *nargs[2] = {k, zero};
    emit(L, IR_COMPARE, neg, 2, nargs)->imm.cmp = CMP_LT;
    IrBlock *wrap = block(L), *check = block(L), *bad = block(L), *pick = block(L), *done = block(L);
    ir_branch(L->cur, neg, wrap, check);
    set_block(L, wrap);
    add_unchecked(L, k, k, count); /* k is negative */
    jump(L, check);
    set_block(L, check);
    IrTemp *inside = temp(L, type_bool(L->tt)), *low = temp(L, type_bool(L->tt));
    emit(L, IR_COMPARE, low, 2, nargs)->imm.cmp = CMP_GE;
    IrBlock *high = block(L);
    ir_branch(L->cur, low, high, bad);
    set_block(L, high);
    emit(L, IR_COMPARE, inside, 2, (IrTemp *[]){k, count})->imm.cmp = CMP_LT;
    ir_branch(L->cur, inside, pick, bad);
    set_block(L, bad);
    IrTemp *eargs[2] = {const_int(L, KRT_T_INDEX_ERROR), const_cstr(L, "tuple index out of range")};
    call_rt_void(L, "krt_raise_new", true, 2, eargs);
    jump_to_handler(L);
    set_block(L, pick);
    for (int f = 0; f < n; f++) {
        IrTemp *is = temp(L, type_bool(L->tt));
        IrTemp *cargs[2] = {k, const_int(L, f)};
        emit(L, IR_COMPARE, is, 2, cargs)->imm.cmp = CMP_EQ;
        IrBlock *yes = block(L), *no = block(L);
        ir_branch(L->cur, is, yes, no);
        set_block(L, yes);
        IrTemp *field = tuple_field(L, t, f);
        emit(L, IR_MOVE, res, 1, &field);
        jump(L, done);
        set_block(L, no);
    }
    jump(L, done);
    set_block(L, done);
    return res;
}

/* One comparison a OP b -> bool temp. */
IrTemp *compare_one(Lower *L, CmpOpKind op, IrTemp *a, IrTemp *b) {
    Type *ta = type_resolve(a->type), *tb = type_resolve(b->type);
    if (ta->kind == TY_TUPLE && tb->kind == TY_TUPLE) return compare_tuples(L, op, a, b);
    if ((op == CMPOP_In || op == CMPOP_NotIn) && tb->kind == TY_TUPLE) {
        IrTemp *in_ = tuple_contains(L, a, b);
        if (op == CMPOP_In) return in_;
        IrTemp *res = temp(L, type_bool(L->tt));
        IrInstr *in = emit(L, IR_UNOP, res, 1, &in_);
        in->imm.unop = UN_NOT;
        return res;
    }
    IrTemp *res = temp(L, type_bool(L->tt));
    IrTemp *args[2] = {a, b};
    if ((op == CMPOP_Eq || op == CMPOP_NotEq) && (ta->kind == TY_OPTIONAL) != (tb->kind == TY_OPTIONAL) &&
        ta->kind != TY_NONE && tb->kind != TY_NONE) {
        /* Optional[T] == T: false when None, else the values compare */
        IrTemp *o = ta->kind == TY_OPTIONAL ? a : b, *x = ta->kind == TY_OPTIONAL ? b : a;
        IrTemp *res = temp(L, type_bool(L->tt));
        IrTemp *isnone = temp(L, type_bool(L->tt));
        emit(L, IR_OPT_IS_NONE, isnone, 1, &o);
        IrBlock *none = block(L), *some = block(L), *done = block(L);
        ir_branch(L->cur, isnone, none, some);
        set_block(L, none);
        emit(L, IR_MOVE, res, 1, (IrTemp *[]){const_bool(L, op == CMPOP_NotEq)});
        jump(L, done);
        set_block(L, some);
        IrTemp *inner = temp(L, type_resolve(o->type)->args[0]);
        emit(L, IR_OPT_UNWRAP, inner, 1, &o);
        IrTemp *c = compare_one(L, op, inner, x);
        emit(L, IR_MOVE, res, 1, &c);
        jump(L, done);
        set_block(L, done);
        return res;
    }
    if (class_data_of_type(ta) && class_data_of_type(tb) && ta->kind == TY_CLASS && tb->kind == TY_CLASS) {
        ClassData *cd = class_data_of_type(ta);
        if (ta != tb) { /* related classes: compared as their common base */
            while (cd && !class_derives(class_data_of_type(tb), cd)) cd = cd->base;
            if (cd) {
                Type *common = type_class(L->tt, cd->info);
                a = coerce(L, a, common);
                b = coerce(L, b, common);
            } else {
                cd = class_data_of_type(ta);
            }
        }
        IrTemp *eq;
        if ((op == CMPOP_Eq || op == CMPOP_NotEq) && cd->eq_spec) {
            eq = call_spec(L, cd->eq_spec, 2, (IrTemp *[]){a, b});
        } else if (cd->dataclass && op != CMPOP_Is && op != CMPOP_IsNot) {
            /* the generated __eq__ (and order=True comparisons): the fields as tuples */
            return compare_tuples(L, op, dataclass_fields_tuple(L, cd, a), dataclass_fields_tuple(L, cd, b));
        } else { /* identity */
            eq = temp(L, type_bool(L->tt));
            emit(L, IR_COMPARE, eq, 2, (IrTemp *[]){a, b})->imm.cmp = CMP_EQ;
        }
        if (op == CMPOP_Eq || op == CMPOP_Is) return eq;
        emit(L, IR_UNOP, res, 1, &eq)->imm.unop = UN_NOT;
        return res;
    }
    if ((op == CMPOP_Is || op == CMPOP_IsNot) &&
        ((ta->kind == TY_BOOL && tb->kind == TY_BOOL) || (ta == tb && check_enum_of_type(ta))))
        op = op == CMPOP_Is ? CMPOP_Eq : CMPOP_NotEq; /* True, False and enum members are singletons */
    if ((op == CMPOP_Is || op == CMPOP_IsNot) && ta == tb && type_is_reference(ta) && ta->kind != TY_OPTIONAL) {
        emit(L, IR_COMPARE, res, 2, (IrTemp *[]){a, b})->imm.cmp = op == CMPOP_Is ? CMP_EQ : CMP_NE; /* identity */
        return res;
    }
    if ((op == CMPOP_Is || op == CMPOP_IsNot) && ta->kind != TY_NONE && tb->kind != TY_NONE &&
        (ta->kind == TY_OPTIONAL || tb->kind == TY_OPTIONAL)) {
        /* node is target, with an Optional on either side: identity of the
         * references (None is NULL); both as the Optional type */
        Type *opt = ta->kind == TY_OPTIONAL ? ta : tb;
        Type *inner = type_resolve(opt->args[0]);
        Type *other = type_resolve((ta->kind == TY_OPTIONAL ? tb : ta));
        if (other->kind == TY_OPTIONAL) other = type_resolve(other->args[0]);
        if (type_is_reference(inner) && inner == other) {
            IrTemp *x = coerce(L, a, opt), *y = coerce(L, b, opt);
            emit(L, IR_COMPARE, res, 2, (IrTemp *[]){x, y})->imm.cmp = op == CMPOP_Is ? CMP_EQ : CMP_NE;
            return res;
        }
    }
    if (op == CMPOP_Is || op == CMPOP_IsNot) {
        /* x is None */
        IrTemp *x = ta->kind == TY_NONE ? b : a;
        Type *tx = type_resolve(x->type);
        IrTemp *isnone;
        if (tx->kind == TY_NONE) {
            isnone = const_bool(L, true);
        } else if (tx->kind == TY_OPTIONAL) {
            isnone = temp(L, type_bool(L->tt));
            emit(L, IR_OPT_IS_NONE, isnone, 1, &x);
        } else {
            isnone = const_bool(L, false);
        }
        if (op == CMPOP_Is) return isnone;
        IrInstr *in = emit(L, IR_UNOP, res, 1, &isnone);
        in->imm.unop = UN_NOT;
        return res;
    }
    if (op == CMPOP_In || op == CMPOP_NotIn) {
        IrTemp *cargs[2] = {b, a};
        IrTemp *in_;
        if (tb->kind == TY_BYTES || tb->kind == TY_BYTEARRAY) {
            bool sub = type_resolve(a->type)->kind == TY_BYTES;
            if (!sub) cargs[1] = convert(L, a, type_int(L->tt));
            in_ = call_rt(L, sub ? "krt_bytes_contains" : tb->kind == TY_BYTES ? "krt_bytes_contains_int" : "krt_bytearray_contains_int",
                          type_bool(L->tt), !sub, false, 2, cargs).t;
        } else if (tb->kind == TY_DICT || tb->kind == TY_SET || tb->kind == TY_FROZENSET) {
            cargs[1] = coerce(L, a, tb->args[0]);
            in_ = call_rt(L, tb->kind == TY_DICT ? "krt_dict_$_contains" : "krt_set_$_contains", type_bool(L->tt),
                          false, false, 2, cargs).t;
        } else if (tb->kind == TY_RANGE) {
            cargs[1] = convert(L, a, type_int(L->tt));
            in_ = call_rt(L, "krt_range_contains", type_bool(L->tt), false, false, 2, cargs).t;
        } else if (tb->kind == TY_LIST) {
            cargs[1] = as_elem(L, a, tb);
            in_ = call_rt(L, list_fn(L, "contains", tb), type_bool(L->tt), false, false, 2, cargs).t;
        } else {
            in_ = call_rt(L, "krt_str_contains", type_bool(L->tt), false, false, 2, cargs).t;
        }
        if (op == CMPOP_In) return in_;
        IrInstr *in = emit(L, IR_UNOP, res, 1, &in_);
        in->imm.unop = UN_NOT;
        return res;
    }
    if (ta->kind == TY_STR || ta->kind == TY_LIST) {
        if (op == CMPOP_Eq || op == CMPOP_NotEq) {
            IrTemp *eq = call_rt(L, ta->kind == TY_STR ? "krt_str_eq" : "krt_list_equal", type_bool(L->tt), false,
                                 false, 2, args).t;
            if (op == CMPOP_Eq) return eq;
            IrInstr *in = emit(L, IR_UNOP, res, 1, &eq);
            in->imm.unop = UN_NOT;
            return res;
        }
        IrTemp *c = call_rt(L, ta->kind == TY_STR ? "krt_str_cmp" : "krt_list_compare", type_int(L->tt), false,
                            false, 2, args).t;
        IrTemp *zargs[2] = {c, const_int(L, 0)};
        IrInstr *in = emit(L, IR_COMPARE, res, 2, zargs);
        in->imm.cmp = cmp_of(op);
        return res;
    }
    if (ta->kind == TY_NONE && tb->kind == TY_NONE) return const_bool(L, op == CMPOP_Eq);
    if (ta->kind == TY_SET || ta->kind == TY_FROZENSET) {
        /* == and subset order: a < b is a <= b and a != b */
        IrTemp *r;
        switch (op) {
        case CMPOP_Eq: case CMPOP_NotEq: r = call_rt(L, "krt_set_eq", type_bool(L->tt), false, false, 2, args).t; break;
        case CMPOP_LtE: case CMPOP_Lt: r = call_rt(L, "krt_set_issubset", type_bool(L->tt), false, false, 2, args).t; break;
        default: r = call_rt(L, "krt_set_issuperset", type_bool(L->tt), false, false, 2, args).t; break;
        }
        if (op == CMPOP_Lt || op == CMPOP_Gt) {
            IrTemp *eq = call_rt(L, "krt_set_eq", type_bool(L->tt), false, false, 2, args).t;
            IrTemp *ne = temp(L, type_bool(L->tt));
            emit(L, IR_UNOP, ne, 1, &eq)->imm.unop = UN_NOT;
            emit(L, IR_BINOP, res, 2, (IrTemp *[]){r, ne})->imm.binop = BIN_AND;
            return res;
        }
        if (op != CMPOP_NotEq) return r;
        emit(L, IR_UNOP, res, 1, &r)->imm.unop = UN_NOT;
        return res;
    }
    if (ta->kind == TY_BYTES || ta->kind == TY_BYTEARRAY) {
        IrTemp *r;
        if (ta->kind != tb->kind || ta->kind == TY_BYTEARRAY) {
            /* bytearray (or mixed) comparisons compare the contents as bytes */
            IrTemp *c = call_rt(L, "krt_bytes_like_cmp", type_int(L->tt), false, false, 4,
                                (IrTemp *[]){args[0], const_bool(L, ta->kind == TY_BYTEARRAY), args[1],
                                             const_bool(L, tb->kind == TY_BYTEARRAY)}).t;
            emit(L, IR_COMPARE, res, 2, (IrTemp *[]){c, const_int(L, 0)})->imm.cmp = cmp_of(op);
            return res;
        }
        if (op == CMPOP_Eq || op == CMPOP_NotEq) {
            r = call_rt(L, ta->kind == TY_BYTES ? "krt_bytes_eq" : "krt_bytearray_eq", type_bool(L->tt), false, false, 2, args).t;
            if (op == CMPOP_Eq) return r;
            emit(L, IR_UNOP, res, 1, &r)->imm.unop = UN_NOT;
            return res;
        }
        IrTemp *c = call_rt(L, "krt_bytes_cmp", type_int(L->tt), false, false, 2, args).t;
        IrInstr *ci = emit(L, IR_COMPARE, res, 2, (IrTemp *[]){c, const_int(L, 0)});
        ci->imm.cmp = cmp_of(op);
        return res;
    }
    if (ta->kind == TY_RANGE || ta->kind == TY_DICT) {
        IrTemp *eq = call_rt(L, ta->kind == TY_RANGE ? "krt_range_eq" : "krt_dict_eq", type_bool(L->tt), false, false,
                             2, args).t;
        if (op == CMPOP_Eq) return eq;
        emit(L, IR_UNOP, res, 1, &eq)->imm.unop = UN_NOT;
        return res;
    }
    if ((ta->kind == TY_FLOAT) != (tb->kind == TY_FLOAT)) {
        /* int OP float compares exact values: the runtime does it */
        IrCmp c = cmp_of(op);
        IrTemp *i = a, *f = b;
        if (ta->kind == TY_FLOAT) {
            static const IrCmp mirror[] = {CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_LT, CMP_LE};
            i = b;
            f = a;
            c = mirror[c];
        }
        IrTemp *cargs[3] = {convert(L, i, type_int(L->tt)), f, const_int(L, c)};
        return call_rt(L, "krt_compare_int_float", type_bool(L->tt), false, false, 3, cargs).t;
    }
    Type *common = (ta->kind == TY_FLOAT || tb->kind == TY_FLOAT) ? type_float(L->tt) : type_int(L->tt);
    if (ta->kind == TY_BOOL && tb->kind == TY_BOOL) common = type_bool(L->tt);
    args[0] = convert(L, a, common);
    args[1] = convert(L, b, common);
    IrInstr *in = emit(L, IR_COMPARE, res, 2, args);
    in->imm.cmp = cmp_of(op);
    return res;
}

/* One comparison of a chain: a comparison dunder (__lt__, ...) when infer.c
 * recorded one for this operand, else the built-in comparison. */
IrTemp *compare_step(Lower *L, Node *operand, CmpOpKind op, IrTemp *a, IrTemp *b) {
    FuncSpec *dunder = ptrmap_get(&L->spec->dunders, (char *)operand + 1); /* see infer_compare */
    if (!dunder) return compare_one(L, op, a, b);
    bool reflected = ptrmap_get(&L->c->reflected, (char *)operand + 1) != NULL;
    if (op != CMPOP_In && op != CMPOP_NotIn)
        return call_spec(L, dunder, 2, reflected ? (IrTemp *[]){b, a} : (IrTemp *[]){a, b});
    IrTemp *r = truth(L, call_spec(L, dunder, 2, (IrTemp *[]){b, a})); /* b.__contains__(a) */
    if (op == CMPOP_In) return r;
    IrTemp *res = temp(L, type_bool(L->tt));
    emit(L, IR_UNOP, res, 1, &r)->imm.unop = UN_NOT;
    return res;
}

Val lower_compare(Lower *L, Node *n) {
    Val left = lower_expr(L, n->u.Compare.left);
    int count = n->u.Compare.comparators.len;
    if (count == 1) {
        Val right = lower_expr(L, n->u.Compare.comparators.items[0]);
        Val v = {compare_step(L, n->u.Compare.comparators.items[0], n->u.Compare.ops[0], left.t, right.t), false};
        return v;
    }
    IrTemp *result = temp(L, type_bool(L->tt));
    IrBlock *done = block(L);
    for (int i = 0; i < count; i++) {
        Val right = lower_expr(L, n->u.Compare.comparators.items[i]);
        IrTemp *c = compare_step(L, n->u.Compare.comparators.items[i], n->u.Compare.ops[i], left.t, right.t);
        emit(L, IR_MOVE, result, 1, &c);
        if (i + 1 < count) {
            IrBlock *next = block(L);
            ir_branch(L->cur, c, next, done);
            set_block(L, next);
        }
        left = right;
    }
    jump(L, done);
    set_block(L, done);
    Val v = {result, false};
    return v;
}

