/* krait/containers.h — hashing, dict, set/frozenset, sort, bytes/bytearray.
 *
 * Included by krt.h; generated code never includes it directly.  Every
 * container here follows the conventions of KrtList (krt.h):
 *
 *  - Elements, keys and values are described by a KrtElemDesc and passed by
 *    address.  Functions that put something in copy it from the address and
 *    take their own references (the caller keeps its own); functions that
 *    take something out (pop, popitem) hand the caller the container's
 *    references; removal (del, discard, clear, drop) releases.
 *  - Failure leaves an exception pending and the container exactly as it
 *    was: storage grows before anything is copied or retained.  Functions
 *    return false / NULL / -1 on failure; the compiler tests krt_failed()
 *    where a NULL can also mean "absent" (krt_dict_get).
 *  - Pointers into a container (krt_dict_get, iteration) are borrowed and
 *    valid until the container is next changed.
 *
 * Hashes are krt_hash, 32 bits: the low 32 bits of the hash a 64-bit
 * CPython computes for int, float, bool and tuples of them (hash(-1) == -2,
 * hash(1.0) == hash(1) == hash(True), hash(2**61 - 1) == 0).  Where CPython
 * lets the upper bits matter (a set's probe sequence, frozenset's hash) the
 * set recomputes the full 64-bit hash of int and float elements
 * (krt_hash_elem_wide), so sets of ints and floats iterate in exactly
 * CPython's order; for other elements the upper bits are recovered by sign
 * extension, exact for every hash in int32 range (tuples of small ints and
 * bools).  str and bytes hash with FNV-1a (CPython randomises them per
 * process, so their order is not reproducible there either).
 */
#ifndef KRAIT_CONTAINERS_H
#define KRAIT_CONTAINERS_H

/* (included at the end of krt.h: KrtObject, KrtElemDesc, KrtStr, KrtList,
 * KrtSlice and krt_int are declared) */

/* ---- hashing ---------------------------------------------------------------- */

typedef uint32_t krt_hash;

krt_hash krt_hash_int(krt_int v);     /* CPython's long_hash, truncated */
krt_hash krt_hash_float(krt_float v); /* _Py_HashDouble; inf 314159, NaN 0 */
static inline krt_hash krt_hash_bool(bool v) {
    return (krt_hash)v;
}
/* The full 64-bit values (what CPython's Py_hash_t holds). */
uint64_t krt_hash_int_wide(krt_int v);
uint64_t krt_hash_float_wide(krt_float v);
/* The 64-bit hash of an element whose krt_hash is h: exact for int and
 * float elements (recomputed), h sign-extended for everything else. */
uint64_t krt_hash_elem_wide(const KrtElemDesc *d, const void *elem, krt_hash h);
/* The same through an element's address: the hash functions of the
 * runtime's element descriptors (krt_elem_int, ...), and the field hashes
 * a compiler-emitted tuple descriptor combines. */
krt_hash krt_hash_elem_int(const void *elem);
krt_hash krt_hash_elem_float(const void *elem);
krt_hash krt_hash_elem_bool(const void *elem);
krt_hash krt_hash_elem_str(const void *elem);
/* Instances of a class without __eq__ and __hash__: by identity (objkey.c). */
krt_hash krt_hash_elem_identity(const void *elem);
/* hash(x): the krt_hash of x sign-extended to an int (objkey.c). */
krt_int krt_hash_value_int(krt_int v);
krt_int krt_hash_value_float(krt_float v);
krt_int krt_hash_value_bool(bool v);
krt_int krt_hash_value_str(const KrtStr *s);
krt_int krt_hash_value_bytes(const struct KrtBytes *b);
struct KrtSet;
krt_int krt_hash_value_frozenset(const struct KrtSet *s);
krt_int krt_hash_value_of(const KrtElemDesc *d, const void *elem);
/* hash of a tuple, as CPython's tuplehash (xxHash-style, 64-bit lanes):
 *     KrtHashAcc acc = krt_hash_tuple_start();
 *     acc = krt_hash_tuple_add(acc, hash of field 0); ...
 *     return krt_hash_tuple_finish(acc, number of fields);
 * krt_hash_tuple_add sign-extends the field hash to 64 bits (exact for
 * fields whose CPython hash is in int32 range); krt_hash_tuple_add_wide
 * takes the full value (krt_hash_int_wide / krt_hash_float_wide), so a
 * tuple of ints and floats hashes exactly as in CPython. */
typedef uint64_t KrtHashAcc;
KrtHashAcc krt_hash_tuple_start(void);
KrtHashAcc krt_hash_tuple_add(KrtHashAcc acc, krt_hash field);
KrtHashAcc krt_hash_tuple_add_wide(KrtHashAcc acc, uint64_t field);
krt_hash krt_hash_tuple_finish(KrtHashAcc acc, uint32_t nfields);

/* repr of the element at elem, a new reference (NULL + exception on
 * failure).  KeyError needs it: the message of KeyError(k) is repr(k). */
typedef KrtStr *(*KrtReprFn)(const void *elem);
KrtStr *krt_repr_elem_int(const void *elem);
KrtStr *krt_repr_elem_float(const void *elem);
KrtStr *krt_repr_elem_bool(const void *elem);
KrtStr *krt_repr_elem_str(const void *elem);
KrtStr *krt_repr_elem_bytes(const void *elem);
/* Raises KeyError(key): message repr(key) (no message when repr is NULL). */
void krt_raise_key_error(KrtReprFn repr, const void *key);

/* ---- element helpers -------------------------------------------------------- */

/* What every container does to one element through its descriptor (the
 * same rules as list.c): take / release its references, compare. */
void krt_elem_retain(const KrtElemDesc *d, const void *elem);
void krt_elem_release(const KrtElemDesc *d, void *elem);
/* ==: d->eq, or the bytes (raw values, reference identity) when NULL. */
bool krt_elem_eq(const KrtElemDesc *d, const void *a, const void *b);
/* The key match of dict and set lookups: identical bytes (CPython's
 * identity shortcut, so a NaN key finds itself), else ==. */
bool krt_elem_same(const KrtElemDesc *d, const void *a, const void *b);

/* ---- inline list accessors --------------------------------------------------- */

/* l[i] and l[i] = v of lists of raw machine values: a bounds check and a
 * load or store, inline, since they are the inner loop of most kernels.
 * Outside the list they raise IndexError through one out-of-line call. */
void krt_list_index_error(bool assign); /* "list index out of range" / "list assignment ..." */

#define KRT_LIST_RAW_ACCESSORS(kind, ctype)                                             \
    static inline ctype krt_list_get_##kind(KrtList *l, krt_int i) {                    \
        ctype v;                                                                        \
        if (i < 0) i += (krt_int)l->len;                                                \
        if (KRT_UNLIKELY(i < 0 || i >= (krt_int)l->len)) {                              \
            krt_list_index_error(false);                                                \
            return (ctype)0;                                                            \
        }                                                                               \
        memcpy(&v, l->items + (size_t)i * sizeof v, sizeof v);                          \
        return v;                                                                       \
    }                                                                                   \
    static inline void krt_list_set_##kind(KrtList *l, krt_int i, ctype v) {            \
        if (i < 0) i += (krt_int)l->len;                                                \
        if (KRT_UNLIKELY(i < 0 || i >= (krt_int)l->len)) {                              \
            krt_list_index_error(true);                                                 \
            return;                                                                     \
        }                                                                               \
        memcpy(l->items + (size_t)i * sizeof v, &v, sizeof v);                          \
    }
KRT_LIST_RAW_ACCESSORS(int, krt_int)
KRT_LIST_RAW_ACCESSORS(float, krt_float)
KRT_LIST_RAW_ACCESSORS(bool, bool)

/* ---- dict ---------------------------------------------------------------------- */

/* Insertion-ordered hash table in CPython 3.6+'s compact layout: a dense
 * array of entries (keys, values and hashes, in insertion order, deleted
 * ones left as tombstones) and a sparse index table of small integers
 * pointing into it.  See runtime/dict.c for the growth policy. */
typedef struct KrtDict {
    KrtObject h;
    const KrtElemDesc *key;    /* must have a hash function */
    const KrtElemDesc *value;
    uint32_t used;             /* live entries: len(d) */
    uint32_t nentries;         /* entries written (live + tombstones) */
    uint32_t usable;           /* entries that may still be written before a resize */
    uint8_t log2_size;         /* index table of 1 << log2_size slots; 0: no storage */
    unsigned char *storage;    /* one block: keys, values, hashes, index table */
} KrtDict;

/* A new empty dict sized for cap entries without resizing (0: no storage
 * until the first insertion).  TypeError "unhashable type" when key has no
 * hash function. */
KrtDict *krt_dict_new(const KrtElemDesc *key, const KrtElemDesc *value, uint32_t cap);
static inline krt_int krt_dict_len(const KrtDict *d) {
    return (krt_int)d->used;
}
/* Borrowed address of d[key]'s value, or NULL when absent (nothing pending). */
void *krt_dict_get(KrtDict *d, const void *key);
bool krt_dict_contains(KrtDict *d, const void *key);
/* d[key]: borrowed address of the value; NULL and KeyError(repr(key)) when absent. */
void *krt_dict_getitem(KrtDict *d, const void *key, KrtReprFn key_repr);
/* d[key] = value: copies both in, taking references (an existing key keeps
 * its original key object; its old value is released).  MemoryError leaves
 * d unchanged. */
bool krt_dict_setitem(KrtDict *d, const void *key, const void *value);
/* del d[key]: KeyError(repr(key)) when absent. */
bool krt_dict_delitem(KrtDict *d, const void *key, KrtReprFn key_repr);
/* d.pop(key): moves the value to *value_out (the caller owns it) and
 * releases the key; KeyError(repr(key)) when absent. */
bool krt_dict_pop(KrtDict *d, const void *key, void *value_out, KrtReprFn key_repr);
/* d.pop(key, dflt): *value_out owns the value, or a retained copy of *dflt
 * when key is absent.  Cannot fail. */
void krt_dict_pop_default(KrtDict *d, const void *key, void *value_out, const void *dflt);
/* d.popitem(): the last inserted pair, moved out (LIFO); KeyError
 * "'popitem(): dictionary is empty'". */
bool krt_dict_popitem(KrtDict *d, void *key_out, void *value_out);
/* d.setdefault(key, dflt): borrowed address of the value now stored under
 * key; NULL with MemoryError (d unchanged). */
void *krt_dict_setdefault(KrtDict *d, const void *key, const void *dflt);
void krt_dict_clear(KrtDict *d); /* releases every entry and the storage */
KrtDict *krt_dict_copy(KrtDict *d);
/* d.update(other) / d |= other: all or nothing (room is made first). */
bool krt_dict_update(KrtDict *d, KrtDict *other);
/* d == other: same keys, equal values (value->eq, else bytewise). */
bool krt_dict_eq(KrtDict *a, KrtDict *b);
/* list(d) / list(d.values()) as new lists (key / value descriptors). */
KrtList *krt_dict_keys(KrtDict *d);
KrtList *krt_dict_values(KrtDict *d);
/* list(d.items()): a list of pair_desc elements (a tuple struct the
 * compiler lays out) with the key at offset 0 and the value at
 * value_offset; the pair's references are taken through the key and value
 * descriptors. */
KrtList *krt_dict_items(KrtDict *d, const KrtElemDesc *pair_desc, size_t value_offset);

/* Iteration by position:
 *     KrtDictIter it; void *k, *v;
 *     krt_dict_iter_init(d, &it);
 *     while (krt_dict_iter_next(d, &it, &k, &v)) { ... }
 *     if (krt_failed()) goto handler;
 * next yields borrowed addresses of the next live entry, skipping
 * tombstones; false at the end, or with RuntimeError "dictionary changed
 * size during iteration" / "dictionary keys changed during iteration"
 * when the loop body resized d (key or value may be NULL when not wanted). */
typedef struct KrtDictIter {
    uint32_t pos;   /* next entry to look at */
    uint32_t used;  /* len(d) when the iteration started */
    uint32_t left;  /* entries still expected */
} KrtDictIter;
void krt_dict_iter_init(const KrtDict *d, KrtDictIter *it);
bool krt_dict_iter_next(KrtDict *d, KrtDictIter *it, void **key, void **value);

/* ---- set and frozenset ----------------------------------------------------------- */

/* Open addressing with CPython 3.11's setobject.c probing, sizing and
 * operation algorithms, so a set of ints iterates in CPython's order.
 * frozenset is the same struct with type id KRT_T_FROZENSET (the compiler
 * never mutates one after building it). */
typedef struct KrtSet {
    KrtObject h;
    const KrtElemDesc *elem;  /* must have a hash function */
    uint32_t fill;            /* active + dummy slots */
    uint32_t used;            /* active slots: len(s) */
    uint32_t mask;            /* table slots - 1; 7 while there is no table */
    uint32_t finger;          /* where pop() looks next */
    unsigned char *table;     /* slots' elements, then hashes, then states; NULL when empty */
} KrtSet;

/* A new empty set (type KRT_T_SET or KRT_T_FROZENSET); TypeError
 * "unhashable type" when elem has no hash function. */
KrtSet *krt_set_new(const KrtElemDesc *elem, uint16_t type);
static inline krt_int krt_set_len(const KrtSet *s) {
    return (krt_int)s->used;
}
/* set(l) / frozenset(l): elements added in list order. */
KrtSet *krt_set_from_list(KrtList *l, uint16_t type);
bool krt_set_contains(KrtSet *s, const void *item);
bool krt_set_add(KrtSet *s, const void *item);                   /* MemoryError: s unchanged */
void krt_set_discard(KrtSet *s, const void *item);
bool krt_set_remove(KrtSet *s, const void *item, KrtReprFn repr); /* KeyError(repr(item)) */
/* s.pop(): moves an element out; KeyError "'pop from an empty set'". */
bool krt_set_pop(KrtSet *s, void *out);
void krt_set_clear(KrtSet *s);
KrtSet *krt_set_copy(KrtSet *s); /* same type as s */
/* New sets of a's type (a | b, a & b, a - b, a ^ b). */
KrtSet *krt_set_union(KrtSet *a, KrtSet *b);
KrtSet *krt_set_intersection(KrtSet *a, KrtSet *b);
KrtSet *krt_set_difference(KrtSet *a, KrtSet *b);
KrtSet *krt_set_symmetric_difference(KrtSet *a, KrtSet *b);
/* In place (a |= b, a &= b, a -= b, a ^= b); a unchanged on MemoryError. */
bool krt_set_update(KrtSet *a, KrtSet *b);
bool krt_set_intersection_update(KrtSet *a, KrtSet *b);
bool krt_set_difference_update(KrtSet *a, KrtSet *b);
bool krt_set_symmetric_difference_update(KrtSet *a, KrtSet *b);
bool krt_set_issubset(KrtSet *a, KrtSet *b);   /* a <= b */
bool krt_set_issuperset(KrtSet *a, KrtSet *b); /* a >= b */
bool krt_set_isdisjoint(KrtSet *a, KrtSet *b);
bool krt_set_eq(KrtSet *a, KrtSet *b);
/* hash(frozenset): CPython's frozenset_hash over the stored hashes. */
krt_hash krt_frozenset_hash(const KrtSet *s);
/* list(s), in iteration order. */
KrtList *krt_set_to_list(KrtSet *s);

/* Iteration in table order (CPython's):
 *     KrtSetIter it; void *e;
 *     krt_set_iter_init(s, &it);
 *     while (krt_set_iter_next(s, &it, &e)) { ... }
 * false at the end, or with RuntimeError "Set changed size during
 * iteration" when the loop body added or removed elements. */
typedef struct KrtSetIter {
    uint32_t pos;
    uint32_t used;
} KrtSetIter;
void krt_set_iter_init(const KrtSet *s, KrtSetIter *it);
bool krt_set_iter_next(KrtSet *s, KrtSetIter *it, void **elem);

/* ---- sort -------------------------------------------------------------------------- */

/* list.sort(reverse=...) / sorted(): stable merge sort through elem->cmp
 * (TypeError when the elements are not orderable and there are two or
 * more).  reverse keeps equal elements in their original order, as CPython
 * does (it is not the reverse of the ascending sort).  If a comparison
 * raises (krt_failed() after a cmp call), sorting stops comparing and the
 * list is left a permutation of its elements, with the exception pending.
 * While sorting, the list looks empty; a comparison that modifies it makes
 * the sort fail with ValueError "list modified during sort".  MemoryError
 * (the merge buffer) leaves the list unchanged. */
bool krt_list_sort(KrtList *l, bool reverse);
/* list.sort(key=f): keys[i] is f(l[i]), computed by the caller beforehand as
 * CPython does, len(l) elements described by key_desc; the elements are
 * ordered by their keys (stably).  keys is permuted along with the list;
 * the caller still owns (and afterwards releases) the keys. */
bool krt_list_sort_keyed(KrtList *l, void *keys, const KrtElemDesc *key_desc, bool reverse);
/* list.sort() of elements compared through desc->cmp instead of the list's
 * own descriptor (instances ordered by their class's __lt__). */
bool krt_list_sort_with(KrtList *l, const KrtElemDesc *desc, bool reverse);
/* min(l) / max(l) compared through desc->cmp: the first of equal extremes
 * (borrowed); ValueError when l is empty. */
void *krt_list_extreme_with(KrtList *l, const KrtElemDesc *desc, bool want_max);

/* ---- bytes and bytearray ------------------------------------------------------------ */

/* Immutable bytes.  Constants are static KrtBytes with an immortal count
 * whose data points at rodata; heap ones hold their bytes in the same
 * block, after the header (and a NUL, for C convenience). */
typedef struct KrtBytes {
    KrtObject h;
    uint32_t len;
    const unsigned char *data;
} KrtBytes;

#define KRT_BYTES_CONST(data_literal, nbytes) \
    { {KRT_RC_IMMORTAL, KRT_T_BYTES}, (nbytes), (const unsigned char *)(data_literal) }

/* Mutable, growable bytes. */
typedef struct KrtByteArray {
    KrtObject h;
    uint32_t len;
    uint32_t cap;
    unsigned char *data; /* cap bytes, len in use; NULL when cap is 0 */
} KrtByteArray;

KrtBytes *krt_bytes_new(const void *data, size_t len);
KrtBytes *krt_bytes_zeros(krt_int n);     /* bytes(n): ValueError "negative count" */
KrtBytes *krt_bytes_from_list(KrtList *l); /* list[int]: ValueError "bytes must be in range(0, 256)" */
KrtBytes *krt_bytes_empty(void);           /* the immortal b"" */
static inline krt_int krt_bytes_len(const KrtBytes *b) {
    return (krt_int)b->len;
}
/* b[i]: IndexError "index out of range" (returns -1). */
krt_int krt_bytes_getitem(const KrtBytes *b, krt_int index);
KrtBytes *krt_bytes_slice(KrtBytes *b, KrtSlice *s);
KrtBytes *krt_bytes_concat(const KrtBytes *a, const KrtBytes *b);
KrtBytes *krt_bytes_repeat(KrtBytes *b, krt_int n);
/* `v in b` for an int (ValueError "byte must be in range(0, 256)") and for
 * bytes. */
bool krt_bytes_contains_int(const KrtBytes *b, krt_int v);
bool krt_bytes_contains(const KrtBytes *b, const KrtBytes *sub);
bool krt_bytes_eq(const KrtBytes *a, const KrtBytes *b);
int krt_bytes_cmp(const KrtBytes *a, const KrtBytes *b);
krt_hash krt_bytes_hash(const KrtBytes *b);
KrtStr *krt_bytes_repr(const KrtBytes *b);   /* b'...' exactly as CPython */
KrtStr *krt_bytes_hex(const KrtBytes *b);
/* bytes.fromhex(s): ValueError "non-hexadecimal number found in fromhex()
 * arg at position N". */
KrtBytes *krt_bytes_fromhex(const KrtStr *s);
/* n.to_bytes(length, byteorder, signed=...): OverflowError "int too big to
 * convert" / "can't convert negative int to unsigned", ValueError for a
 * negative length (runtime/int_bytes.c). */
KrtBytes *krt_int_to_bytes(krt_int v, krt_int length, bool little, bool is_signed);
/* int.from_bytes(b, byteorder, signed=...) of a bytes or bytearray;
 * OverflowError "int too big to convert" past krt_int's width. */
krt_int krt_int_from_bytes(const void *b, bool little, bool is_signed);
/* A byteorder computed at run time: "little" true, "big" false, anything
 * else ValueError. */
bool krt_int_byteorder_little(const KrtStr *order);
/* n.bit_length() */
krt_int krt_int_bit_length(krt_int v);
/* The struct module, one item at a time (runtime/struct.c): obj is a bytes
 * (only while new, from krt_struct_new) or a bytearray; offsets were
 * checked by krt_struct_check_unpack / krt_struct_offset. */
KrtBytes *krt_struct_new(krt_int size);
void krt_struct_check_unpack(const void *obj, krt_int size);
krt_int krt_struct_offset(const void *obj, krt_int offset, krt_int size, bool packing);
void krt_struct_put_int(void *obj, krt_int offset, krt_int value, krt_int letter, krt_int size, bool little);
krt_int krt_struct_get_int(const void *obj, krt_int offset, krt_int letter, krt_int size, bool little);
bool krt_struct_get_bool(const void *obj, krt_int offset);
void krt_struct_put_float(void *obj, krt_int offset, krt_float value, krt_int size, bool little);
krt_float krt_struct_get_float(const void *obj, krt_int offset, krt_int size, bool little);
void krt_struct_put_bytes(void *obj, krt_int offset, const void *src, krt_int size);
KrtBytes *krt_struct_get_bytes(const void *obj, krt_int offset, krt_int size);
void krt_struct_put_pad(void *obj, krt_int offset, krt_int size);
/* Start/end as slice bounds (compiler passes 0 / KRT_INT_MAX when absent). */
krt_int krt_bytes_find(const KrtBytes *b, const KrtBytes *sub, krt_int start, krt_int end);
krt_int krt_bytes_count(const KrtBytes *b, const KrtBytes *sub, krt_int start, krt_int end);
bool krt_bytes_startswith(const KrtBytes *b, const KrtBytes *prefix);
bool krt_bytes_endswith(const KrtBytes *b, const KrtBytes *suffix);
/* b.decode(encoding): encoding "utf-8" (also "utf8", "UTF-8") or "ascii";
 * UnicodeDecodeError with CPython's text; LookupError "unknown encoding: X". */
KrtStr *krt_bytes_decode(const KrtBytes *b, const KrtStr *encoding);
/* s.encode(encoding): UnicodeEncodeError for ascii with CPython's text. */
KrtBytes *krt_str_encode(const KrtStr *s, const KrtStr *encoding);

KrtByteArray *krt_bytearray_new(const void *data, size_t len);
KrtByteArray *krt_bytearray_zeros(krt_int n);
KrtByteArray *krt_bytearray_from_list(KrtList *l);
static inline krt_int krt_bytearray_len(const KrtByteArray *b) {
    return (krt_int)b->len;
}
krt_int krt_bytearray_getitem(const KrtByteArray *b, krt_int index);
/* b[i] = v: IndexError "bytearray index out of range", ValueError "byte
 * must be in range(0, 256)". */
bool krt_bytearray_setitem(KrtByteArray *b, krt_int index, krt_int v);
bool krt_bytearray_append(KrtByteArray *b, krt_int v);
bool krt_bytearray_extend(KrtByteArray *b, const void *data, size_t len);
/* b.pop(i): IndexError "pop from empty bytearray" / "pop index out of range". */
krt_int krt_bytearray_pop(KrtByteArray *b, krt_int index);
/* b[i:j:k] = v (v: bytes or bytearray; bounds as krt_list_setslice_v takes
 * them): a plain slice is replaced, the bytearray growing or shrinking; an
 * extended one must get exactly its size (ValueError).  del b[i:j:k]. */
bool krt_bytearray_setslice_v(KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present,
                              const void *value);
bool krt_bytearray_delslice_v(KrtByteArray *b, krt_int start, krt_int stop, krt_int step, krt_int present);
KrtByteArray *krt_bytearray_slice(KrtByteArray *b, KrtSlice *s);
/* bytes(ba) (a copy) and a view of the current contents as a borrowed
 * bytes-shaped value for the read-only operations above. */
KrtBytes *krt_bytearray_to_bytes(const KrtByteArray *b);
static inline KrtBytes krt_bytearray_view(const KrtByteArray *b) {
    KrtBytes v;
    v.h.rc = KRT_RC_IMMORTAL;
    v.h.type = KRT_T_BYTES;
    v.len = b->len;
    v.data = b->data;
    return v;
}
KrtStr *krt_bytearray_repr(const KrtByteArray *b); /* bytearray(b'...') */

/* ---- element descriptors of these containers ---------------------------------------- */

extern const KrtElemDesc krt_elem_dict;      /* KrtDict *, counted; == by contents */
extern const KrtElemDesc krt_elem_set;       /* KrtSet *, counted; == by contents */
extern const KrtElemDesc krt_elem_frozenset; /* KrtSet *, counted; hashable */
extern const KrtElemDesc krt_elem_bytes;     /* KrtBytes *, counted; ordered, hashable */
extern const KrtElemDesc krt_elem_bytearray; /* KrtByteArray *, counted; ordered */

/* Drop functions of these types (object.c's type table). */
void krt_dict_drop(KrtObject *o);
void krt_set_drop(KrtObject *o);
void krt_bytes_drop(KrtObject *o);
void krt_bytearray_drop(KrtObject *o);

#endif
