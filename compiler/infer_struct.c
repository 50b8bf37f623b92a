/* infer_struct.c — types of the `struct` module's calls (`import struct`):
 *
 *   struct.pack(fmt, v...)                   bytes
 *   struct.unpack(fmt, buffer)               a tuple, one field per item
 *   struct.unpack_from(fmt, buffer, offset=0)
 *   struct.pack_into(fmt, bytearray, offset, v...)   None
 *   struct.calcsize(fmt)                     int
 *
 * fmt must be a constant str: its layout (struct_layout, also used by
 * lower_struct.c) is known when compiling, so unpack's result has one typed
 * field per item (int; bool for ?; float for e f d; bytes for Ns) and a
 * wrong number of values or a value of the wrong type is refused here
 * rather than raised as struct.error.  Byte orders: < > ! = take standard
 * sizes and no alignment; @ or none are native, laid out as on the 64-bit
 * hosts CPython runs on (long and size_t 8 bytes, each item aligned to its
 * size) and little-endian, as krait's targets are.
 */
#include <ctype.h>

#include "infer_internal.h"
#include "struct_format.h"

static int64_t standard_size(char c) {
    switch (c) {
    case 'b': case 'B': case 'x': case '?': case 's': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static int64_t native_size(char c) {
    if (c == 'l' || c == 'L' || c == 'n' || c == 'N') return 8;
    return standard_size(c);
}

bool struct_layout(const char *fmt, StructLayout *out, const char **err, bool *unsupported) {
    const char *p = fmt;
    bool native = true;
    out->little = true;
    out->size = 0;
    out->nitems = out->nvalues = 0;
    *unsupported = false;
    if (*p == '@' || *p == '=' || *p == '<' || *p == '>' || *p == '!') {
        native = *p == '@';
        out->little = *p == '@' || *p == '=' || *p == '<';
        p++;
    }
    while (*p) {
        if (isspace((unsigned char)*p)) {
            p++;
            continue;
        }
        int64_t count = 1;
        if (isdigit((unsigned char)*p)) {
            count = 0;
            while (isdigit((unsigned char)*p)) {
                if (count > 100000000) {
                    *err = "total struct size too long";
                    return false;
                }
                count = count * 10 + (*p++ - '0');
            }
            if (!*p) {
                *err = "repeat count given without format specifier";
                return false;
            }
        }
        char c = *p++;
        int64_t size = native ? native_size(c) : standard_size(c);
        if (!size) {
            *err = c == 'p' || c == 'P' ? "the 'p' and 'P' formats" : "bad char in struct format";
            *unsupported = c == 'p' || c == 'P';
            return false;
        }
        if (native && c != 's' && c != 'x' && out->size % size) out->size += size - out->size % size; /* align */
        int times = c == 's' || c == 'x' ? 1 : (int)(count < STRUCT_MAX_ITEMS + 1 ? count : STRUCT_MAX_ITEMS + 1);
        if (c == 's' || c == 'x') size = count;
        if (c == 'x' && !count) continue;
        if (out->nitems + times > STRUCT_MAX_ITEMS) {
            *err = "a format of more than 256 items";
            *unsupported = true;
            return false;
        }
        for (int k = 0; k < times; k++) {
            out->items[out->nitems++] = (StructItem){c, out->size, size};
            out->nvalues += c != 'x';
            out->size += size;
        }
    }
    return true;
}

static bool names_struct_module(const Module *mod, Node *n) {
    if (n->kind != NODE_Name) return false;
    Symbol *sym = sema_symbol_of(mod, n);
    return sym && sym->kind == SYM_MODULE && strcmp(((Node *)sym->decl)->u.alias.name, "struct") == 0;
}

bool struct_names_module_attr(const Module *mod, Node *f) {
    return f->kind == NODE_Attribute && names_struct_module(mod, f->u.Attribute.value);
}

bool struct_names_error(const Module *mod, Node *n) {
    return struct_names_module_attr(mod, n) && strcmp(n->u.Attribute.attr, "error") == 0;
}

static Type *item_type(Infer *in, char c) {
    if (c == '?') return type_bool(in->tt);
    if (c == 'e' || c == 'f' || c == 'd') return type_float(in->tt);
    if (c == 's') return type_bytes(in->tt);
    return type_int(in->tt);
}

/* A value packed as item c: the right kind, as CPython checks it. */
static bool check_value(Infer *in, Node *v, char c) {
    Type *t = type_resolve(infer_expr(in, v));
    if (poisoned(in, t)) return false;
    bool is_int = t->kind == TY_INT || t->kind == TY_BOOL;
    if (c == '?') return true;
    if (c == 's') {
        if (t->kind == TY_BYTES || t->kind == TY_BYTEARRAY) return true;
        infer_error(in, v, "argument for 's' must be a bytes object%s%s", "", "");
        return false;
    }
    if (c == 'e' || c == 'f' || c == 'd') {
        if (is_int || t->kind == TY_FLOAT) return true;
        infer_error(in, v, "required argument is not a float%s%s", "", "");
        return false;
    }
    if (is_int) return true;
    infer_error(in, v, "required argument is not an integer%s%s", "", "");
    return false;
}

static bool check_buffer(Infer *in, Node *b, bool writable) {
    Type *t = type_resolve(infer_expr(in, b));
    if (poisoned(in, t)) return false;
    if (t->kind == TY_BYTEARRAY || (!writable && t->kind == TY_BYTES)) return true;
    if (writable && t->kind == TY_BYTES) {
        infer_error(in, b, "argument must be read-write bytes-like object, not bytes%s%s", "", "");
        return false;
    }
    unsupported(in, b, arena_printf(in->arena, "a struct buffer of type %s (bytes and bytearray are)", tname(in, t)));
    return false;
}

static bool check_offset(Infer *in, Node *o) {
    Type *t = type_resolve(infer_expr(in, o));
    if (poisoned(in, t)) return false;
    if (t->kind == TY_INT || t->kind == TY_BOOL) return true;
    infer_error(in, o, "'%s' object cannot be interpreted as an integer%s", tname(in, t), "");
    return false;
}

Type *infer_struct_call(Infer *in, Node *call) {
    const char *name = call->u.Call.func->u.Attribute.attr;
    const char *what = arena_printf(in->arena, "struct.%s()", name);
    bool pack = !strcmp(name, "pack"), unpack = !strcmp(name, "unpack"), calcsize = !strcmp(name, "calcsize"),
         unpack_from = !strcmp(name, "unpack_from"), pack_into = !strcmp(name, "pack_into");
    if (!pack && !unpack && !calcsize && !unpack_from && !pack_into) return unsupported(in, call, what);
    NodeList args = call->u.Call.args;
    Node *offset_kw = unpack_from ? keyword_value(call, "offset") : NULL;
    if (call->u.Call.keywords.len > (offset_kw ? 1 : 0))
        return unsupported(in, call, arena_printf(in->arena, "%s with these keyword arguments", what));
    for (int i = 0; i < args.len; i++)
        if (((Node *)args.items[i])->kind == NODE_Starred) return unsupported(in, call, arena_printf(in->arena, "%s with *args", what));
    if (!args.len) {
        infer_error(in, call, "%s takes the format first%s", what, "");
        return type_never(in->tt);
    }
    Node *fmt = args.items[0];
    if (fmt->kind != NODE_Constant || fmt->u.Constant.value.kind != CONST_STR) {
        infer_expr(in, fmt);
        return unsupported(in, fmt, arena_printf(in->arena, "%s with a format that is not a constant str", what));
    }
    StructLayout *lay = arena_alloc(in->arena, sizeof *lay);
    const char *err = NULL;
    bool unsup = false;
    if (!struct_layout(fmt->u.Constant.value.s, lay, &err, &unsup)) {
        if (unsup) return unsupported(in, fmt, arena_printf(in->arena, "struct formats with %s", err));
        infer_error(in, fmt, "%s%s", err, "");
        return type_never(in->tt);
    }
    int want = calcsize ? 1 : unpack ? 2 : unpack_from ? (offset_kw ? 2 : 3) : pack ? 1 + lay->nvalues : 3 + lay->nvalues;
    if ((unpack_from && (args.len < 2 || args.len > want)) || (!unpack_from && args.len != want)) {
        if (pack || pack_into) {
            int got = args.len - (pack ? 1 : 3);
            infer_error(in, call, "%s%s",
                        arena_printf(in->arena, "%s expected %d items for packing (got %d)", name, lay->nvalues, got < 0 ? 0 : got),
                        "");
        } else {
            infer_error(in, call, "%s takes %s arguments", what, arena_printf(in->arena, "%d", want));
        }
        return type_never(in->tt);
    }
    if (calcsize) return type_int(in->tt);
    if (!pack && !check_buffer(in, args.items[1], pack_into)) return type_never(in->tt);
    Node *offset = unpack_from ? (args.len > 2 ? args.items[2] : offset_kw) : pack_into ? args.items[2] : NULL;
    if (offset && !check_offset(in, offset)) return type_never(in->tt);
    if (pack || pack_into) {
        int first = pack ? 1 : 3, v = 0;
        bool ok = true;
        for (int i = 0; i < lay->nitems; i++)
            if (lay->items[i].letter != 'x') ok = check_value(in, args.items[first + v++], lay->items[i].letter) && ok;
        if (!ok) return type_never(in->tt);
        return pack ? type_bytes(in->tt) : type_none(in->tt);
    }
    Type **fields = arena_alloc(in->arena, (size_t)(lay->nvalues + 1) * sizeof *fields);
    int k = 0;
    for (int i = 0; i < lay->nitems; i++)
        if (lay->items[i].letter != 'x') fields[k++] = item_type(in, lay->items[i].letter);
    return type_tuple(in->tt, fields, k);
}
