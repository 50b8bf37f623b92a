/* dict.c — hashing, and the insertion-ordered dict.
 *
 * Hashing.  krt_hash_int, krt_hash_float and krt_hash_tuple_* compute
 * CPython's 64-bit hash (long_hash reduced modulo 2**61 - 1, _Py_HashDouble,
 * the xxHash-style tuplehash) and keep its low 32 bits, so hash(1) ==
 * hash(1.0) == hash(True) and a set of ints can iterate in CPython's order
 * (set.c).  str hashes with FNV-1a (str.c), bytes likewise (bytes.c).
 *
 * The dict.  CPython 3.6's compact layout, parameterised by a key and a
 * value KrtElemDesc: one storage block holds
 *
 *     keys[cap] | values[cap] | hashes[cap] | index[size]
 *
 * (each part starting on an 8-byte boundary), where the entries — key,
 * value and hash at the same position of the three arrays — are appended in
 * insertion order, and index is an open-addressing table of size = 2**k
 * small integers (int8 up to 128 slots, int16 up to 32768, else int32)
 * holding an entry position, EMPTY (-1) or DUMMY (-2, a deleted key).
 * Iteration walks the entries in order; a deleted entry stays behind as a
 * tombstone (its hash set to DICT_HASH_DELETED; real hashes of that value
 * are stored as one less) until the next resize compacts it away.  Keys of
 * any kind (raw ints, counted strs, tuple structs) live unboxed in keys[],
 * so a dict[int, int] of 5 entries on a 32-bit target with --int 32 is 68
 * bytes of storage plus the header.
 *
 * Sizes.  cap = size * 2 / 3 (CPython's USABLE_FRACTION), so the index
 * table is at most two-thirds full and a probe always ends at an EMPTY slot.
 * Storage is allocated on the first insertion (an empty dict costs only its
 * header), for the capacity hint of krt_dict_new if one was given.  When an
 * insertion finds no unused entry left, the dict is rebuilt for
 * used + used / 2 + 1 entries (the smallest power-of-two table that holds
 * them): tombstones are dropped, so the same rebuild grows a full dict by
 * about half and shrinks one that has had most keys deleted — half again of
 * slack rather than CPython's tripling, for small heaps.  Deletion itself
 * never reallocates (it cannot fail, and CPython does not shrink there
 * either); clear() frees the storage.  A failed rebuild leaves the dict as
 * it was, with MemoryError pending.
 *
 * Probing follows CPython's dict: slot = hash & mask, then
 * slot = (slot * 5 + perturb + 1) & mask with perturb = hash >> 5, >> 10, ...
 * Iteration order never depends on it (entries are ordered), so nothing
 * here needs to match CPython bit for bit.
 */
#include <math.h>
#include <string.h>

#include "krt_internal.h"

/* ---- hashing --------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS ((((uint64_t)1) << HASH_BITS) - 1)
#define HASH_INF 314159u
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

/* Sign extension of a 32-bit hash to CPython's 64-bit Py_uhash_t. */
static uint64_t hash_widen(krt_hash h) {
    return (uint64_t)h - ((uint64_t)(h & 0x80000000u) << 1);
}

uint64_t krt_hash_int_wide(krt_int v) {
#if KRT_INT_BITS == 64
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    mag %= HASH_MODULUS;
    uint64_t h = v < 0 ? (uint64_t)0 - mag : mag;
#else
    uint64_t h = (uint64_t)(int64_t)v;
#endif
    if (h == UINT64_MAX) h = UINT64_MAX - 1; /* hash(-1) == -2 */
    return h;
}

krt_hash krt_hash_int(krt_int v) {
    return (krt_hash)krt_hash_int_wide(v);
}

krt_hash krt_hash_float(krt_float v) {
    return (krt_hash)krt_hash_float_wide(v);
}

uint64_t krt_hash_float_wide(krt_float value) {
    double v = (double)value;
    if (isnan(v)) return 0; /* CPython hashes NaN by identity; unboxed floats have none */
    if (isinf(v)) return v > 0 ? HASH_INF : (uint64_t)0 - HASH_INF;
    int e;
    double m = frexp(v, &e);
    uint64_t sign = 1;
    if (m < 0) {
        sign = UINT64_MAX;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) { /* 28 bits at a time */
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x *= sign;
    if (x == UINT64_MAX) x = UINT64_MAX - 1;
    return x;
}

KrtHashAcc krt_hash_tuple_start(void) {
    return XXPRIME_5;
}

KrtHashAcc krt_hash_tuple_add_wide(KrtHashAcc acc, uint64_t field) {
    acc += field * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * XXPRIME_1;
}

KrtHashAcc krt_hash_tuple_add(KrtHashAcc acc, krt_hash field) {
    return krt_hash_tuple_add_wide(acc, hash_widen(field));
}

krt_hash krt_hash_tuple_finish(KrtHashAcc acc, uint32_t nfields) {
    acc += (uint64_t)nfields ^ (XXPRIME_5 ^ 3527539u);
    if (acc == UINT64_MAX) return 1546275796u;
    return (krt_hash)acc;
}

krt_hash krt_hash_elem_int(const void *elem) {
    krt_int v;
    memcpy(&v, elem, sizeof v);
    return krt_hash_int(v);
}

krt_hash krt_hash_elem_float(const void *elem) {
    krt_float v;
    memcpy(&v, elem, sizeof v);
    return krt_hash_float(v);
}

krt_hash krt_hash_elem_bool(const void *elem) {
    bool v;
    memcpy(&v, elem, sizeof v);
    return krt_hash_bool(v);
}

static KrtObject *elem_ref(const void *e) {
    KrtObject *o;
    memcpy(&o, e, sizeof o);
    return o;
}

uint64_t krt_hash_elem_wide(const KrtElemDesc *d, const void *elem, krt_hash h) {
    if (d->hash == krt_hash_elem_int) {
        krt_int v;
        memcpy(&v, elem, sizeof v);
        return krt_hash_int_wide(v);
    }
    if (d->hash == krt_hash_elem_float) {
        krt_float v;
        memcpy(&v, elem, sizeof v);
        return krt_hash_float_wide(v);
    }
    return hash_widen(h);
}

krt_hash krt_hash_elem_str(const void *elem) {
    return krt_str_hash((const KrtStr *)elem_ref(elem));
}

/* ---- element helpers --------------------------------------------------------- */

/* krt_elem_retain, krt_elem_release and krt_elem_eq live in list.c, the
 * first container; dict and set lookups add identity first: */
bool krt_elem_same(const KrtElemDesc *d, const void *a, const void *b) {
    return memcmp(a, b, d->size) == 0 || (d->eq && d->eq(a, b));
}

/* ---- repr and KeyError ---------------------------------------------------------- */

KrtStr *krt_repr_elem_int(const void *elem) {
    krt_int v;
    memcpy(&v, elem, sizeof v);
    return krt_str_from_int(v);
}

KrtStr *krt_repr_elem_float(const void *elem) {
    krt_float v;
    memcpy(&v, elem, sizeof v);
    return krt_str_from_float(v);
}

KrtStr *krt_repr_elem_bool(const void *elem) {
    bool v;
    memcpy(&v, elem, sizeof v);
    return krt_str_from_bool(v);
}

KrtStr *krt_repr_elem_str(const void *elem) {
    return krt_str_repr((KrtStr *)elem_ref(elem));
}

KrtStr *krt_repr_elem_bytes(const void *elem) {
    return krt_bytes_repr((const KrtBytes *)elem_ref(elem));
}

void krt_raise_key_error(KrtReprFn repr, const void *key) {
    if (!repr) {
        krt_raise_msg(KRT_T_KEY_ERROR, NULL);
        return;
    }
    KrtStr *r = repr(key);
    if (!r) return; /* MemoryError pending */
    KrtExc *e = krt_exc_new(KRT_T_KEY_ERROR, r);
    krt_decref(&r->h);
    if (e) krt_raise(e);
}

/* ---- storage layout ---------------------------------------------------------------- */

#define DICT_MIN_LOG2 3   /* 8 index slots, 5 entries: CPython's PyDict_MINSIZE */
#define DICT_MAX_LOG2 30  /* index positions must fit int32 */
#define DICT_IX_EMPTY (-1)
#define DICT_IX_DUMMY (-2)
#define DICT_HASH_DELETED 0xFFFFFFFFu
#define DICT_PERTURB_SHIFT 5

/* Where the parts of a dict's storage block are. */
typedef struct DictView {
    unsigned char *keys;
    unsigned char *values;
    krt_hash *hashes;
    unsigned char *index;
    uint32_t mask;     /* index slots - 1 */
    unsigned ixw;      /* bytes per index slot */
} DictView;

static uint32_t dict_cap_of(unsigned log2) {
    return (uint32_t)((((uint64_t)1 << log2) * 2) / 3);
}

static uint64_t align8(uint64_t n) {
    return (n + 7u) & ~(uint64_t)7u;
}

static unsigned dict_ix_width(unsigned log2) {
    return log2 <= 7 ? 1 : log2 <= 15 ? 2 : 4;
}

/* Offsets of the parts for a table of 1 << log2 slots; the total size, or
 * 0 when it does not fit a size_t. */
static size_t dict_layout(const KrtElemDesc *k, const KrtElemDesc *v, unsigned log2, size_t off[3]) {
    uint64_t cap = dict_cap_of(log2);
    uint64_t values = align8(cap * k->size);
    uint64_t hashes = values + align8(cap * v->size);
    uint64_t index = hashes + align8(cap * sizeof(krt_hash));
    uint64_t total = index + ((uint64_t)1 << log2) * dict_ix_width(log2);
    if (total > SIZE_MAX) return 0;
    off[0] = (size_t)values;
    off[1] = (size_t)hashes;
    off[2] = (size_t)index;
    return (size_t)total;
}

static size_t dict_storage_size(const KrtDict *d) {
    size_t off[3];
    return d->log2_size ? dict_layout(d->key, d->value, d->log2_size, off) : 0;
}

static void dict_view_of(const KrtElemDesc *k, const KrtElemDesc *v, unsigned log2, unsigned char *storage,
                         DictView *out) {
    size_t off[3];
    dict_layout(k, v, log2, off);
    out->keys = storage;
    out->values = storage + off[0];
    out->hashes = (krt_hash *)(void *)(storage + off[1]);
    out->index = storage + off[2];
    out->mask = ((uint32_t)1 << log2) - 1;
    out->ixw = dict_ix_width(log2);
}

static void dict_view(const KrtDict *d, DictView *out) {
    dict_view_of(d->key, d->value, d->log2_size, d->storage, out);
}

static int32_t ix_get(const DictView *v, uint32_t i) {
    switch (v->ixw) {
    case 1:
        return ((const int8_t *)v->index)[i];
    case 2:
        return ((const int16_t *)(const void *)v->index)[i];
    default:
        return ((const int32_t *)(const void *)v->index)[i];
    }
}

static void ix_set(const DictView *v, uint32_t i, int32_t ix) {
    switch (v->ixw) {
    case 1:
        ((int8_t *)v->index)[i] = (int8_t)ix;
        break;
    case 2:
        ((int16_t *)(void *)v->index)[i] = (int16_t)ix;
        break;
    default:
        ((int32_t *)(void *)v->index)[i] = ix;
        break;
    }
}

static void *dict_key_at(const KrtDict *d, const DictView *v, uint32_t ix) {
    return v->keys + (size_t)ix * d->key->size;
}

static void *dict_value_at(const KrtDict *d, const DictView *v, uint32_t ix) {
    return v->values + (size_t)ix * d->value->size;
}

/* The key's hash as stored (never DICT_HASH_DELETED). */
static krt_hash dict_hash(const KrtDict *d, const void *key) {
    krt_hash h = d->key->hash(key);
    return h == DICT_HASH_DELETED ? h - 1 : h;
}

/* ---- probing ------------------------------------------------------------------------ */

/* Entry position of key (>= 0, *slot its index slot), or -1 when absent. */
static int32_t dict_lookup(const KrtDict *d, const DictView *v, const void *key, krt_hash h, uint32_t *slot) {
    if (!d->storage) return -1;
    uint32_t i = h & v->mask, perturb = h;
    for (;;) {
        int32_t ix = ix_get(v, i);
        if (ix == DICT_IX_EMPTY) return -1;
        if (ix >= 0 && v->hashes[ix] == h && krt_elem_same(d->key, dict_key_at(d, v, (uint32_t)ix), key)) {
            *slot = i;
            return ix;
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & v->mask;
    }
}

/* The first EMPTY index slot on h's probe sequence. */
static uint32_t dict_empty_slot(const DictView *v, krt_hash h) {
    uint32_t i = h & v->mask, perturb = h;
    while (ix_get(v, i) != DICT_IX_EMPTY) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & v->mask;
    }
    return i;
}

/* The index slot pointing at entry ix (which is live). */
static uint32_t dict_slot_of(const DictView *v, krt_hash h, int32_t ix) {
    uint32_t i = h & v->mask, perturb = h;
    while (ix_get(v, i) != ix) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & v->mask;
    }
    return i;
}

/* ---- resizing --------------------------------------------------------------------------- */

/* Smallest table holding n entries. */
static unsigned dict_log2_for(uint64_t n) {
    unsigned log2 = DICT_MIN_LOG2;
    while (log2 < DICT_MAX_LOG2 && dict_cap_of(log2) < n) log2++;
    return log2;
}

/* Rebuilds d's storage for a table of 1 << log2 slots (room for at least
 * the live entries), moving the live entries in order and dropping the
 * tombstones.  MemoryError leaves d as it was. */
static bool dict_rebuild(KrtDict *d, unsigned log2) {
    size_t off[3];
    size_t size = dict_layout(d->key, d->value, log2, off);
    if (!size || dict_cap_of(log2) < d->used) {
        krt_raise_memory_error();
        return false;
    }
    unsigned char *storage = krt_alloc(size);
    if (!storage) return false;
    DictView nv, ov;
    dict_view_of(d->key, d->value, log2, storage, &nv);
    memset(nv.index, 0xFF, ((size_t)nv.mask + 1) * nv.ixw); /* all EMPTY (-1) */
    uint32_t n = 0;
    if (d->storage) {
        dict_view(d, &ov);
        size_t ks = d->key->size, vs = d->value->size;
        for (uint32_t i = 0; i < d->nentries; i++) {
            krt_hash h = ov.hashes[i];
            if (h == DICT_HASH_DELETED) continue;
            memcpy(nv.keys + (size_t)n * ks, ov.keys + (size_t)i * ks, ks);
            memcpy(nv.values + (size_t)n * vs, ov.values + (size_t)i * vs, vs);
            nv.hashes[n] = h;
            ix_set(&nv, dict_empty_slot(&nv, h), (int32_t)n);
            n++;
        }
        krt_free(d->storage, dict_storage_size(d));
    }
    d->storage = storage;
    d->log2_size = (uint8_t)log2;
    d->nentries = n;
    d->usable = dict_cap_of(log2) - n;
    return true;
}

/* Room for `extra` more entries without another rebuild. */
static bool dict_reserve(KrtDict *d, uint32_t extra) {
    if (d->usable >= extra) return true;
    uint64_t need = (uint64_t)d->used + extra;
    if (extra == 1) need += d->used / 2; /* one insertion: grow by half */
    if (need > dict_cap_of(DICT_MAX_LOG2)) {
        krt_raise_memory_error();
        return false;
    }
    return dict_rebuild(d, dict_log2_for(need));
}

/* Appends a new entry (key known absent, room reserved), taking references
 * to key and value; returns its position. */
static uint32_t dict_append(KrtDict *d, const DictView *v, const void *key, const void *value, krt_hash h) {
    uint32_t ix = d->nentries;
    void *k = dict_key_at(d, v, ix), *val = dict_value_at(d, v, ix);
    memcpy(k, key, d->key->size);
    memcpy(val, value, d->value->size);
    krt_elem_retain(d->key, k);
    krt_elem_retain(d->value, val);
    v->hashes[ix] = h;
    ix_set(v, dict_empty_slot(v, h), (int32_t)ix);
    d->nentries++;
    d->used++;
    d->usable--;
    return ix;
}

/* Unlinks live entry ix at index slot `slot` (its references are released
 * or handed out by the caller). */
static void dict_unlink(KrtDict *d, const DictView *v, uint32_t slot, int32_t ix) {
    ix_set(v, slot, DICT_IX_DUMMY);
    v->hashes[ix] = DICT_HASH_DELETED;
    d->used--;
}

/* ---- the dict ----------------------------------------------------------------------------- */

KrtDict *krt_dict_new(const KrtElemDesc *key, const KrtElemDesc *value, uint32_t cap) {
    if (!key->hash) {
        krt_raise_msg(KRT_T_TYPE_ERROR, "unhashable type");
        return NULL;
    }
    KrtDict *d = krt_alloc_object(sizeof(KrtDict), KRT_T_DICT);
    if (!d) return NULL;
    d->key = key;
    d->value = value;
    d->used = d->nentries = d->usable = 0;
    d->log2_size = 0;
    d->storage = NULL;
    if (cap && (cap > dict_cap_of(DICT_MAX_LOG2) || !dict_rebuild(d, dict_log2_for(cap)))) {
        if (!krt_failed()) krt_raise_memory_error();
        krt_free(d, sizeof(KrtDict));
        return NULL;
    }
    return d;
}

static void dict_release_all(KrtDict *d) {
    if (!d->storage) return;
    DictView v;
    dict_view(d, &v);
    bool refs = d->key->kind != KRT_ELEM_RAW || d->value->kind != KRT_ELEM_RAW;
    for (uint32_t i = 0; refs && i < d->nentries; i++) {
        if (v.hashes[i] == DICT_HASH_DELETED) continue;
        krt_elem_release(d->key, dict_key_at(d, &v, i));
        krt_elem_release(d->value, dict_value_at(d, &v, i));
    }
    krt_free(d->storage, dict_storage_size(d));
    d->storage = NULL;
    d->log2_size = 0;
    d->used = d->nentries = d->usable = 0;
}

void krt_dict_drop(KrtObject *o) {
    dict_release_all((KrtDict *)o);
}

void krt_dict_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {
    KrtDict *d = (KrtDict *)o;
    if (!d->storage) return;
    DictView v;
    dict_view(d, &v);
    for (uint32_t i = 0; i < d->nentries; i++) {
        if (v.hashes[i] == DICT_HASH_DELETED) continue;
        krt_elem_visit(d->key, dict_key_at(d, &v, i), visit, ctx);
        krt_elem_visit(d->value, dict_value_at(d, &v, i), visit, ctx);
    }
}

void krt_dict_clear(KrtDict *d) {
    dict_release_all(d);
}

void *krt_dict_get(KrtDict *d, const void *key) {
    if (!d->used) return NULL;
    DictView v;
    dict_view(d, &v);
    uint32_t slot;
    int32_t ix = dict_lookup(d, &v, key, dict_hash(d, key), &slot);
    return ix < 0 ? NULL : dict_value_at(d, &v, (uint32_t)ix);
}

bool krt_dict_contains(KrtDict *d, const void *key) {
    return krt_dict_get(d, key) != NULL;
}

void *krt_dict_getitem(KrtDict *d, const void *key, KrtReprFn key_repr) {
    void *p = krt_dict_get(d, key);
    if (!p) krt_raise_key_error(key_repr, key);
    return p;
}

bool krt_dict_setitem(KrtDict *d, const void *key, const void *value) {
    krt_hash h = dict_hash(d, key);
    DictView v;
    uint32_t slot;
    if (d->storage) {
        dict_view(d, &v);
        int32_t ix = dict_lookup(d, &v, key, h, &slot);
        if (ix >= 0) {
            void *old = dict_value_at(d, &v, (uint32_t)ix);
            krt_elem_retain(d->value, value); /* first: the new value may be the old one */
            krt_elem_release(d->value, old);
            memcpy(old, value, d->value->size);
            return true;
        }
    }
    if (!dict_reserve(d, 1)) return false;
    dict_view(d, &v);
    dict_append(d, &v, key, value, h);
    return true;
}

void *krt_dict_setdefault(KrtDict *d, const void *key, const void *dflt) {
    krt_hash h = dict_hash(d, key);
    DictView v;
    uint32_t slot;
    if (d->storage) {
        dict_view(d, &v);
        int32_t ix = dict_lookup(d, &v, key, h, &slot);
        if (ix >= 0) return dict_value_at(d, &v, (uint32_t)ix);
    }
    if (!dict_reserve(d, 1)) return NULL;
    dict_view(d, &v);
    return dict_value_at(d, &v, dict_append(d, &v, key, dflt, h));
}

/* Removes key's entry, moving its key and value to key_out / value_out
 * (released instead when NULL); false when absent. */
static bool dict_take(KrtDict *d, const void *key, void *key_out, void *value_out) {
    if (!d->used) return false;
    DictView v;
    dict_view(d, &v);
    uint32_t slot;
    krt_hash h = dict_hash(d, key);
    int32_t ix = dict_lookup(d, &v, key, h, &slot);
    if (ix < 0) return false;
    void *k = dict_key_at(d, &v, (uint32_t)ix), *val = dict_value_at(d, &v, (uint32_t)ix);
    dict_unlink(d, &v, slot, ix);
    if (key_out)
        memcpy(key_out, k, d->key->size);
    else
        krt_elem_release(d->key, k);
    if (value_out)
        memcpy(value_out, val, d->value->size);
    else
        krt_elem_release(d->value, val);
    return true;
}

bool krt_dict_delitem(KrtDict *d, const void *key, KrtReprFn key_repr) {
    if (dict_take(d, key, NULL, NULL)) return true;
    krt_raise_key_error(key_repr, key);
    return false;
}

bool krt_dict_pop(KrtDict *d, const void *key, void *value_out, KrtReprFn key_repr) {
    if (dict_take(d, key, NULL, value_out)) return true;
    krt_raise_key_error(key_repr, key);
    return false;
}

void krt_dict_pop_default(KrtDict *d, const void *key, void *value_out, const void *dflt) {
    if (dict_take(d, key, NULL, value_out)) return;
    memcpy(value_out, dflt, d->value->size);
    krt_elem_retain(d->value, value_out);
}

bool krt_dict_popitem(KrtDict *d, void *key_out, void *value_out) {
    if (!d->used) {
        krt_raise_msg(KRT_T_KEY_ERROR, "'popitem(): dictionary is empty'");
        return false;
    }
    DictView v;
    dict_view(d, &v);
    uint32_t i = d->nentries;
    do {
        i--;
    } while (v.hashes[i] == DICT_HASH_DELETED);
    krt_hash h = v.hashes[i];
    memcpy(key_out, dict_key_at(d, &v, i), d->key->size);
    memcpy(value_out, dict_value_at(d, &v, i), d->value->size);
    dict_unlink(d, &v, dict_slot_of(&v, h, (int32_t)i), (int32_t)i);
    d->nentries = i; /* the popped entry and the tombstones after it are free again */
    return true;
}

KrtDict *krt_dict_copy(KrtDict *d) {
    KrtDict *c = krt_dict_new(d->key, d->value, d->used);
    if (!c || !d->used) return c;
    DictView v, cv;
    dict_view(d, &v);
    dict_view(c, &cv);
    for (uint32_t i = 0; i < d->nentries; i++) {
        krt_hash h = v.hashes[i];
        if (h != DICT_HASH_DELETED) dict_append(c, &cv, dict_key_at(d, &v, i), dict_value_at(d, &v, i), h);
    }
    return c;
}

bool krt_dict_update(KrtDict *d, KrtDict *other) {
    if (other == d || !other->used) return true;
    if (!dict_reserve(d, other->used)) return false;
    DictView v, ov;
    dict_view(other, &ov);
    for (uint32_t i = 0; i < other->nentries; i++) {
        krt_hash h = ov.hashes[i];
        if (h == DICT_HASH_DELETED) continue;
        const void *key = dict_key_at(other, &ov, i), *value = dict_value_at(other, &ov, i);
        uint32_t slot;
        dict_view(d, &v);
        int32_t ix = dict_lookup(d, &v, key, h, &slot);
        if (ix >= 0) {
            void *old = dict_value_at(d, &v, (uint32_t)ix);
            krt_elem_retain(d->value, value);
            krt_elem_release(d->value, old);
            memcpy(old, value, d->value->size);
        } else {
            dict_append(d, &v, key, value, h);
        }
    }
    return true;
}

bool krt_dict_eq(KrtDict *a, KrtDict *b) {
    if (a == b) return true;
    if (a->used != b->used) return false;
    if (!a->used) return true;
    DictView va, vb;
    dict_view(a, &va);
    dict_view(b, &vb);
    for (uint32_t i = 0; i < a->nentries; i++) {
        krt_hash h = va.hashes[i];
        if (h == DICT_HASH_DELETED) continue;
        uint32_t slot;
        int32_t ix = dict_lookup(b, &vb, dict_key_at(a, &va, i), h, &slot);
        if (ix < 0) return false;
        if (!krt_elem_eq(a->value, dict_value_at(a, &va, i), dict_value_at(b, &vb, (uint32_t)ix))) return false;
    }
    return true;
}

/* ---- lists of the contents ------------------------------------------------------------------ */

/* part 0: keys, 1: values. */
static KrtList *dict_part_list(KrtDict *d, int part) {
    const KrtElemDesc *desc = part ? d->value : d->key;
    KrtList *l = krt_list_new(desc, d->used);
    if (!l || !d->used) return l;
    DictView v;
    dict_view(d, &v);
    for (uint32_t i = 0; i < d->nentries; i++) {
        if (v.hashes[i] == DICT_HASH_DELETED) continue;
        unsigned char *slot = l->items + (size_t)l->len * desc->size;
        memcpy(slot, part ? dict_value_at(d, &v, i) : dict_key_at(d, &v, i), desc->size);
        krt_elem_retain(desc, slot);
        l->len++;
    }
    return l;
}

KrtList *krt_dict_keys(KrtDict *d) {
    return dict_part_list(d, 0);
}

KrtList *krt_dict_values(KrtDict *d) {
    return dict_part_list(d, 1);
}

KrtList *krt_dict_items(KrtDict *d, const KrtElemDesc *pair_desc, size_t value_offset) {
    KrtList *l = krt_list_new(pair_desc, d->used);
    if (!l || !d->used) return l;
    DictView v;
    dict_view(d, &v);
    for (uint32_t i = 0; i < d->nentries; i++) {
        if (v.hashes[i] == DICT_HASH_DELETED) continue;
        unsigned char *slot = l->items + (size_t)l->len * pair_desc->size;
        memset(slot, 0, pair_desc->size);
        memcpy(slot, dict_key_at(d, &v, i), d->key->size);
        memcpy(slot + value_offset, dict_value_at(d, &v, i), d->value->size);
        krt_elem_retain(d->key, slot);
        krt_elem_retain(d->value, slot + value_offset);
        l->len++;
    }
    return l;
}

/* ---- iteration ---------------------------------------------------------------------------------- */

void krt_dict_iter_init(const KrtDict *d, KrtDictIter *it) {
    it->pos = 0;
    it->used = d->used;
    it->left = d->used;
}

bool krt_dict_iter_next(KrtDict *d, KrtDictIter *it, void **key, void **value) {
    if (it->used != d->used) {
        krt_raise_msg(KRT_T_RUNTIME_ERROR, "dictionary changed size during iteration");
        it->used = UINT32_MAX; /* keep failing, like CPython's exhausted iterator */
        return false;
    }
    if (!d->storage) return false;
    DictView v;
    dict_view(d, &v);
    while (it->pos < d->nentries && v.hashes[it->pos] == DICT_HASH_DELETED) it->pos++;
    if (it->pos >= d->nentries) return false;
    if (it->left == 0) {
        krt_raise_msg(KRT_T_RUNTIME_ERROR, "dictionary keys changed during iteration");
        return false;
    }
    it->left--;
    uint32_t i = it->pos++;
    if (key) *key = dict_key_at(d, &v, i);
    if (value) *value = dict_value_at(d, &v, i);
    return true;
}

/* ---- dicts as elements ---------------------------------------------------------------------------- */

static bool dict_elem_eq(const void *a, const void *b) {
    return krt_dict_eq((KrtDict *)elem_ref(a), (KrtDict *)elem_ref(b));
}

const KrtElemDesc krt_elem_dict = {sizeof(KrtDict *), KRT_ELEM_REF, NULL, NULL, dict_elem_eq, NULL, NULL};
