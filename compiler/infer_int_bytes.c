/* infer_int_bytes.c — types of the int methods firmware packs data with:
 *
 *   n.to_bytes(length=1, byteorder="big", *, signed=False)   bytes
 *   int.from_bytes(b, byteorder="big", *, signed=False)      int (b: bytes or bytearray)
 *   n.bit_length()                                            int
 *
 * A constant byteorder other than "big" or "little" is refused when
 * compiling (CPython's ValueError); one computed at run time is checked
 * then.  lower_int_bytes.c makes the runtime calls
 * (runtime/int_bytes.c).
 */
#include "infer_internal.h"

/* The argument given by position `pos` or by keyword `name`, or NULL. */
Node *int_bytes_arg(Node *call, int pos, const char *name) {
    if (pos >= 0 && pos < call->u.Call.args.len) return call->u.Call.args.items[pos];
    return keyword_value(call, name);
}

static bool check_keywords(Infer *in, Node *call, const char *what, const char *const *names) {
    for (int k = 0; k < call->u.Call.keywords.len; k++) {
        Node *kw = call->u.Call.keywords.items[k];
        bool known = false;
        for (const char *const *nm = names; *nm; nm++) known = known || (kw->u.keyword.arg && !strcmp(kw->u.keyword.arg, *nm));
        if (!known) {
            infer_error(in, kw, "%s got an unexpected keyword argument '%s'", what, kw->u.keyword.arg ? kw->u.keyword.arg : "**");
            return false;
        }
    }
    return true;
}

/* byteorder: "big" or "little" (absent: "big"); a str computed at run
 * time is checked then. */
static bool check_byteorder(Infer *in, Node *order) {
    if (!order) return true;
    Type *t = type_resolve(infer_expr(in, order));
    if (poisoned(in, t)) return false;
    if (t->kind != TY_STR) {
        infer_error(in, order, "byteorder must be a str, not %s%s", tname(in, t), "");
        return false;
    }
    if (order->kind != NODE_Constant) return true;
    const char *s = order->u.Constant.value.s;
    if (strcmp(s, "big") != 0 && strcmp(s, "little") != 0) {
        infer_error(in, order, "byteorder must be either 'little' or 'big'%s%s", "", "");
        return false;
    }
    return true;
}

static bool check_int_arg(Infer *in, Node *a, const char *what) {
    if (!a) return true;
    Type *t = type_resolve(infer_expr(in, a));
    if (poisoned(in, t)) return false;
    if (t->kind != TY_INT && t->kind != TY_BOOL) {
        infer_error(in, a, "%s must be an int, not %s", what, tname(in, t));
        return false;
    }
    return true;
}

/* n.to_bytes(...) / n.bit_length(); NULL for other methods of int. */
Type *infer_int_method(Infer *in, Node *call, const char *name) {
    static const char *const to_bytes_keywords[] = {"length", "byteorder", "signed", NULL};
    if (!strcmp(name, "bit_length")) {
        if (call->u.Call.args.len || call->u.Call.keywords.len) {
            infer_error(in, call, "int.bit_length() takes no arguments%s%s", "", "");
            return type_never(in->tt);
        }
        return type_int(in->tt);
    }
    if (strcmp(name, "to_bytes") != 0) return NULL;
    if (call->u.Call.args.len > 2) {
        infer_error(in, call, "int.to_bytes() takes at most 2 positional arguments%s%s", "", "");
        return type_never(in->tt);
    }
    if (!check_keywords(in, call, "int.to_bytes()", to_bytes_keywords)) return type_never(in->tt);
    if (!check_int_arg(in, int_bytes_arg(call, 0, "length"), "length") ||
        !check_byteorder(in, int_bytes_arg(call, 1, "byteorder")) ||
        !check_int_arg(in, keyword_value(call, "signed"), "signed"))
        return type_never(in->tt);
    return type_bytes(in->tt);
}

/* int.from_bytes(b, byteorder, signed=...) */
Type *infer_int_from_bytes(Infer *in, Node *call) {
    static const char *const keywords[] = {"bytes", "byteorder", "signed", NULL};
    if (call->u.Call.args.len > 2 || !int_bytes_arg(call, 0, "bytes")) {
        infer_error(in, call, "int.from_bytes() takes the bytes and, optionally, the byteorder%s%s", "", "");
        return type_never(in->tt);
    }
    if (!check_keywords(in, call, "int.from_bytes()", keywords)) return type_never(in->tt);
    Node *b = int_bytes_arg(call, 0, "bytes");
    Type *t = type_resolve(infer_expr(in, b));
    if (poisoned(in, t)) return type_never(in->tt);
    if (t->kind != TY_BYTES && t->kind != TY_BYTEARRAY)
        return unsupported(in, b, arena_printf(in->arena, "int.from_bytes() of %s (bytes and bytearray are)", tname(in, t)));
    if (!check_byteorder(in, int_bytes_arg(call, 1, "byteorder")) ||
        !check_int_arg(in, keyword_value(call, "signed"), "signed"))
        return type_never(in->tt);
    return type_int(in->tt);
}
