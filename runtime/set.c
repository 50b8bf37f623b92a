/* set.c — set and frozenset, probing exactly as CPython 3.11 does.
 *
 * A KrtSet is an open-addressing table of 2**k slots over one element
 * descriptor.  Its block holds
 *
 *     elements[size] | hashes[size] | states[size]
 *
 * (hashes starting on an 8-byte boundary; a state byte says whether a slot
 * is unused, active or a dummy left by a removal — raw elements have no
 * NULL to mark that).  Elements are stored unboxed: a set[int] of 64-bit
 * ints costs 13 bytes a slot.  An empty set has no table yet (mask 7, as if
 * it had CPython's 8-slot smalltable) and allocates it on the first add.
 *
 * Everything that decides where an element lands follows CPython 3.11's
 * Objects/setobject.c step for step, so that iterating a set of ints (table
 * order) prints what CPython prints:
 *
 *  - probing: slot = hash & mask; look at it and, when slot + 9 <= mask, at
 *    the next LINEAR_PROBES (9) slots; then perturb >>= 5 and
 *    slot = (slot * 5 + 1 + perturb) & mask, where perturb starts as the
 *    element's full 64-bit hash (krt_hash_elem_wide: exact for int and
 *    float elements, see containers.h);
 *  - add puts a new element in the last dummy it passed on the way to an
 *    unused slot (3.11 keeps the last one it saw, not the first), else in
 *    the unused slot; taking
 *    an unused slot raises fill, and when fill * 5 >= mask * 3 the table is
 *    rebuilt for used * 4 (used * 2 past 50000) — the smallest power of two
 *    above that — reinserting the active slots in table order;
 *  - pop scans from a finger left after the last pop;
 *  - union/update, copy, intersection, difference, symmetric difference
 *    and their in-place forms use CPython's algorithms (which set is
 *    iterated, presizing in set_merge, the dummy purge after -=), since each
 *    of those choices shows in the result's order.
 *
 * Failure: add, update (|=), intersection_update (&=) and
 * difference_update (-=) allocate everything they need before changing the
 * set, so MemoryError leaves it as it was.  symmetric_difference_update
 * (^=) interleaves removals and insertions as CPython does; a MemoryError
 * in one of its rebuilds leaves a valid set holding part of the update
 * (CPython behaves the same).  The operations returning new sets leave
 * their operands alone either way.
 */
#include <string.h>

#include "krt_internal.h"

#define SET_MIN_SIZE 8        /* CPython's PySet_MINSIZE */
#define SET_LINEAR_PROBES 9   /* slots scanned before jumping (setobject.c) */
#define SET_PERTURB_SHIFT 5
#define SET_MAX_SIZE ((uint32_t)1 << 30) /* table slots; larger cannot be indexed by a uint32 fill */

enum { SLOT_UNUSED = 0, SLOT_ACTIVE = 1, SLOT_DUMMY = 2 };

typedef struct SetTable {
    unsigned char *elems;
    krt_hash *hashes;
    unsigned char *states;
    uint32_t mask;
    size_t esize;
} SetTable;

/* Bytes of a table of nslots; 0 when it does not fit a size_t. */
static size_t set_table_bytes(const KrtElemDesc *d, uint32_t nslots, size_t *hashes_off) {
    uint64_t h = ((uint64_t)nslots * d->size + 7u) & ~(uint64_t)7u;
    uint64_t total = h + (uint64_t)nslots * (sizeof(krt_hash) + 1);
    if (total > SIZE_MAX) return 0;
    *hashes_off = (size_t)h;
    return (size_t)total;
}

static SetTable set_table_of(const KrtElemDesc *d, unsigned char *block, uint32_t mask) {
    size_t hoff = 0; /* set when the table exists (its size fitted when it was made) */
    set_table_bytes(d, mask + 1, &hoff);
    SetTable t;
    if (!block) { /* no table yet: nothing may be read through t */
        memset(&t, 0, sizeof t);
        t.mask = mask;
        t.esize = d->size;
        return t;
    }
    t.elems = block;
    t.hashes = (krt_hash *)(void *)(block + hoff);
    t.states = block + hoff + (size_t)(mask + 1) * sizeof(krt_hash);
    t.mask = mask;
    t.esize = d->size;
    return t;
}

static SetTable set_table(const KrtSet *s) {
    return set_table_of(s->elem, s->table, s->mask);
}

static void *slot_elem(const SetTable *t, uint32_t i) {
    return t->elems + (size_t)i * t->esize;
}

static void set_free_table(KrtSet *s) {
    size_t hoff;
    if (s->table) krt_free(s->table, set_table_bytes(s->elem, s->mask + 1, &hoff));
    s->table = NULL;
}

/* A zeroed (all unused) table block of nslots, NULL + MemoryError. */
static unsigned char *set_alloc_table(const KrtElemDesc *d, uint32_t nslots) {
    size_t hoff, bytes = nslots <= SET_MAX_SIZE ? set_table_bytes(d, nslots, &hoff) : 0;
    if (!bytes) {
        krt_raise_memory_error();
        return NULL;
    }
    unsigned char *block = krt_alloc(bytes);
    if (block) memset(block + hoff + (size_t)nslots * sizeof(krt_hash), SLOT_UNUSED, nslots);
    return block;
}

/* The table exists (the first add allocates CPython's smalltable size). */
static bool set_ensure_table(KrtSet *s) {
    if (s->table) return true;
    s->table = set_alloc_table(s->elem, s->mask + 1);
    return s->table != NULL;
}

/* ---- probing -------------------------------------------------------------- */

/* Slot of the active element equal to elem, or -1 (set_lookkey). */
static int64_t set_find(const KrtSet *s, const SetTable *t, const void *elem, krt_hash h) {
    if (!s->table) return -1;
    uint64_t perturb = krt_hash_elem_wide(s->elem, elem, h);
    uint32_t i = h & t->mask;
    for (;;) {
        uint32_t j = i;
        int probes = i + SET_LINEAR_PROBES <= t->mask ? SET_LINEAR_PROBES : 0;
        do {
            unsigned char st = t->states[j];
            if (st == SLOT_UNUSED) return -1;
            if (st == SLOT_ACTIVE && t->hashes[j] == h && krt_elem_same(s->elem, slot_elem(t, j), elem)) return j;
            j++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + (uint32_t)perturb) & t->mask;
    }
}

/* Places elem (bytes only) in the first unused slot of a table without
 * dummies (set_insert_clean). */
static void set_insert_clean(const KrtElemDesc *d, const SetTable *t, const void *elem, krt_hash h) {
    uint64_t perturb = krt_hash_elem_wide(d, elem, h);
    uint32_t i = h & t->mask, j;
    for (;;) {
        j = i;
        if (t->states[j] == SLOT_UNUSED) break;
        if (i + SET_LINEAR_PROBES <= t->mask) {
            uint32_t k;
            for (k = 0; k < SET_LINEAR_PROBES; k++) {
                j++;
                if (t->states[j] == SLOT_UNUSED) break;
            }
            if (k < SET_LINEAR_PROBES) break;
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + (uint32_t)perturb) & t->mask;
    }
    memcpy(slot_elem(t, j), elem, t->esize);
    t->hashes[j] = h;
    t->states[j] = SLOT_ACTIVE;
}

/* ---- resizing ------------------------------------------------------------------ */

/* Table size set_table_resize picks for minused: the smallest power of two
 * above it, at least 8. */
static uint64_t set_size_for(uint64_t minused) {
    uint64_t size = SET_MIN_SIZE;
    while (size <= minused) size <<= 1;
    return size;
}

/* set_table_resize in two steps, so the allocation can come before the set
 * changes: prepare allocates for the state the set will be in when commit
 * runs (fill_after / used_after; a NULL block and true when CPython would
 * then keep the 8-slot table as it is: no dummies), commit moves the
 * active elements in table order. */
static bool set_resize_prepare(KrtSet *s, uint64_t minused, uint32_t fill_after, uint32_t used_after,
                               unsigned char **block, uint32_t *mask) {
    uint64_t size = set_size_for(minused);
    *block = NULL;
    *mask = (uint32_t)(size - 1);
    if (size == SET_MIN_SIZE && s->mask == SET_MIN_SIZE - 1 && (fill_after == used_after || !s->table)) return true;
    if (size > SET_MAX_SIZE) {
        krt_raise_memory_error();
        return false;
    }
    *block = set_alloc_table(s->elem, (uint32_t)size);
    return *block != NULL;
}

static void set_resize_commit(KrtSet *s, unsigned char *block, uint32_t mask) {
    if (!block) return;
    SetTable nt = set_table_of(s->elem, block, mask);
    if (s->table) {
        SetTable ot = set_table(s);
        for (uint32_t i = 0; i <= ot.mask; i++)
            if (ot.states[i] == SLOT_ACTIVE) set_insert_clean(s->elem, &nt, slot_elem(&ot, i), ot.hashes[i]);
        set_free_table(s);
    }
    s->table = block;
    s->mask = mask;
    s->fill = s->used;
}

static bool set_resize(KrtSet *s, uint64_t minused) {
    unsigned char *block;
    uint32_t mask;
    if (!set_resize_prepare(s, minused, s->fill, s->used, &block, &mask)) return false;
    set_resize_commit(s, block, mask);
    return true;
}

static uint64_t set_growth(uint64_t used) {
    return used > 50000 ? used * 2 : used * 4;
}

/* ---- add / discard ----------------------------------------------------------------- */

/* set_add_entry: adds elem (hash h) unless present; with take, the set
 * takes references to it.  MemoryError leaves s unchanged. */
static bool set_add_entry(KrtSet *s, const void *elem, krt_hash h) {
    if (!set_ensure_table(s)) return false;
    SetTable t = set_table(s);
    uint64_t perturb = krt_hash_elem_wide(s->elem, elem, h);
    uint32_t i = h & t.mask, j;
    int64_t freeslot = -1;
    for (;;) {
        j = i;
        int probes = i + SET_LINEAR_PROBES <= t.mask ? SET_LINEAR_PROBES : 0;
        do {
            unsigned char st = t.states[j];
            if (st == SLOT_UNUSED) goto found_unused;
            if (st == SLOT_ACTIVE) {
                if (t.hashes[j] == h && krt_elem_same(s->elem, slot_elem(&t, j), elem)) return true;
            } else {
                freeslot = j; /* the last dummy on the way, as 3.11 does */
            }
            j++;
        } while (probes--);
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + (uint32_t)perturb) & t.mask;
    }
found_unused:;
    unsigned char *block = NULL;
    uint32_t newmask = 0;
    if (freeslot >= 0) {
        j = (uint32_t)freeslot;
    } else if ((uint64_t)(s->fill + 1) * 5 >= (uint64_t)t.mask * 3) {
        if (!set_resize_prepare(s, set_growth((uint64_t)s->used + 1), s->fill + 1, s->used + 1, &block, &newmask))
            return false;
    }
    void *slot = slot_elem(&t, j);
    memcpy(slot, elem, t.esize);
    krt_elem_retain(s->elem, slot);
    t.hashes[j] = h;
    t.states[j] = SLOT_ACTIVE;
    s->used++;
    if (freeslot < 0) {
        s->fill++;
        set_resize_commit(s, block, newmask);
    }
    return true;
}

/* Turns the active slot j into a dummy; its element is released, or moved
 * to out. */
static void set_clear_slot(KrtSet *s, const SetTable *t, uint32_t j, void *out) {
    void *slot = slot_elem(t, j);
    if (out)
        memcpy(out, slot, t->esize);
    else
        krt_elem_release(s->elem, slot);
    t->states[j] = SLOT_DUMMY;
    s->used--;
}

/* set_discard_entry: true when elem was there. */
static bool set_discard_entry(KrtSet *s, const void *elem, krt_hash h) {
    SetTable t = set_table(s);
    int64_t j = set_find(s, &t, elem, h);
    if (j < 0) return false;
    set_clear_slot(s, &t, (uint32_t)j, NULL);
    return true;
}

/* set_next: the next active slot at or after *pos. */
static bool set_next(const KrtSet *s, const SetTable *t, uint32_t *pos, uint32_t *slot) {
    if (!s->table) return false;
    uint32_t i = *pos;
    while (i <= t->mask && t->states[i] != SLOT_ACTIVE) i++;
    if (i > t->mask) return false;
    *pos = i + 1;
    *slot = i;
    return true;
}

/* ---- the set ------------------------------------------------------------------------------ */

KrtSet *krt_set_new(const KrtElemDesc *elem, uint16_t type) {
    if (!elem->hash) {
        krt_raise_msg(KRT_T_TYPE_ERROR, "unhashable type");
        return NULL;
    }
    KrtSet *s = krt_alloc_object(sizeof(KrtSet), type);
    if (!s) return NULL;
    s->elem = elem;
    s->fill = s->used = 0;
    s->mask = SET_MIN_SIZE - 1;
    s->finger = 0;
    s->table = NULL;
    return s;
}

static void set_release_all(KrtSet *s) {
    if (s->table && s->elem->kind != KRT_ELEM_RAW) {
        SetTable t = set_table(s);
        for (uint32_t i = 0; i <= t.mask; i++)
            if (t.states[i] == SLOT_ACTIVE) krt_elem_release(s->elem, slot_elem(&t, i));
    }
    set_free_table(s);
    s->fill = s->used = 0;
    s->mask = SET_MIN_SIZE - 1;
}

void krt_set_drop(KrtObject *o) {
    set_release_all((KrtSet *)o);
}

void krt_set_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {
    KrtSet *s = (KrtSet *)o;
    if (!s->table || s->elem->kind == KRT_ELEM_RAW) return;
    SetTable t = set_table(s);
    for (uint32_t i = 0; i <= t.mask; i++)
        if (t.states[i] == SLOT_ACTIVE) krt_elem_visit(s->elem, slot_elem(&t, i), visit, ctx);
}

void krt_set_clear(KrtSet *s) {
    set_release_all(s);
}

bool krt_set_contains(KrtSet *s, const void *item) {
    if (!s->used) return false;
    SetTable t = set_table(s);
    return set_find(s, &t, item, s->elem->hash(item)) >= 0;
}

bool krt_set_add(KrtSet *s, const void *item) {
    return set_add_entry(s, item, s->elem->hash(item));
}

void krt_set_discard(KrtSet *s, const void *item) {
    if (s->used) set_discard_entry(s, item, s->elem->hash(item));
}

bool krt_set_remove(KrtSet *s, const void *item, KrtReprFn repr) {
    if (s->used && set_discard_entry(s, item, s->elem->hash(item))) return true;
    krt_raise_key_error(repr, item);
    return false;
}

bool krt_set_pop(KrtSet *s, void *out) {
    if (!s->used) {
        krt_raise_msg(KRT_T_KEY_ERROR, "'pop from an empty set'");
        return false;
    }
    SetTable t = set_table(s);
    uint32_t j = s->finger & t.mask;
    while (t.states[j] != SLOT_ACTIVE) j = j == t.mask ? 0 : j + 1;
    set_clear_slot(s, &t, j, out);
    s->finger = j + 1;
    return true;
}

/* set_merge: s |= other, presizing once as CPython does; every allocation
 * happens before s changes (after the presize no insertion can resize). */
static bool set_merge(KrtSet *s, KrtSet *other) {
    if (other == s || other->used == 0) return true;
    if ((uint64_t)(s->fill + other->used) * 5 >= (uint64_t)s->mask * 3) {
        if (!set_resize(s, ((uint64_t)s->used + other->used) * 2)) return false;
    }
    if (!set_ensure_table(s)) return false;
    SetTable t = set_table(s), ot = set_table(other);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        /* same size, no dummies: copy the slots as they are */
        for (uint32_t i = 0; i <= ot.mask; i++) {
            if (ot.states[i] != SLOT_ACTIVE) continue;
            memcpy(slot_elem(&t, i), slot_elem(&ot, i), t.esize);
            krt_elem_retain(s->elem, slot_elem(&t, i));
            t.hashes[i] = ot.hashes[i];
            t.states[i] = SLOT_ACTIVE;
        }
        s->fill = s->used = other->used;
        return true;
    }
    if (s->fill == 0) {
        for (uint32_t i = 0; i <= ot.mask; i++) {
            if (ot.states[i] != SLOT_ACTIVE) continue;
            set_insert_clean(s->elem, &t, slot_elem(&ot, i), ot.hashes[i]);
            krt_elem_retain(s->elem, slot_elem(&ot, i));
        }
        s->fill = s->used = other->used;
        return true;
    }
    for (uint32_t i = 0; i <= ot.mask; i++)
        if (ot.states[i] == SLOT_ACTIVE && !set_add_entry(s, slot_elem(&ot, i), ot.hashes[i])) return false;
    return true;
}

KrtSet *krt_set_copy(KrtSet *s) {
    KrtSet *c = krt_set_new(s->elem, s->h.type);
    if (c && !set_merge(c, s)) {
        krt_decref(&c->h);
        return NULL;
    }
    return c;
}

KrtSet *krt_set_from_list(KrtList *l, uint16_t type) {
    KrtSet *s = krt_set_new(l->elem, type);
    for (uint32_t i = 0; s && i < l->len; i++) {
        if (!krt_set_add(s, l->items + (size_t)i * l->elem->size)) {
            krt_decref(&s->h);
            return NULL;
        }
    }
    return s;
}

bool krt_set_update(KrtSet *a, KrtSet *b) {
    return set_merge(a, b);
}

KrtSet *krt_set_union(KrtSet *a, KrtSet *b) {
    KrtSet *r = krt_set_copy(a);
    if (r && a != b && !set_merge(r, b)) {
        krt_decref(&r->h);
        return NULL;
    }
    return r;
}

/* A new set of `type` holding the elements of `iter` that are (want true)
 * or are not (want false) in `probe`, added in iter's table order. */
static KrtSet *set_filtered(uint16_t type, KrtSet *iter, KrtSet *probe, bool want) {
    KrtSet *r = krt_set_new(iter->elem, type);
    if (!r) return NULL;
    SetTable it = set_table(iter), pt = set_table(probe);
    uint32_t pos = 0, j;
    while (set_next(iter, &it, &pos, &j)) {
        const void *e = slot_elem(&it, j);
        bool in = probe->used && set_find(probe, &pt, e, it.hashes[j]) >= 0;
        if (in == want && !set_add_entry(r, e, it.hashes[j])) {
            krt_decref(&r->h);
            return NULL;
        }
    }
    return r;
}

KrtSet *krt_set_intersection(KrtSet *a, KrtSet *b) {
    if (a == b) return krt_set_copy(a);
    KrtSet *so = a, *other = b;
    if (other->used > so->used) {
        so = b;
        other = a;
    }
    return set_filtered(a->h.type, other, so, true);
}

bool krt_set_intersection_update(KrtSet *a, KrtSet *b) {
    KrtSet *tmp = krt_set_intersection(a, b);
    if (!tmp) return false;
    /* set_swap_bodies: a takes tmp's table, tmp dies with a's */
    uint32_t fill = a->fill, used = a->used, mask = a->mask;
    unsigned char *table = a->table;
    a->fill = tmp->fill;
    a->used = tmp->used;
    a->mask = tmp->mask;
    a->table = tmp->table;
    tmp->fill = fill;
    tmp->used = used;
    tmp->mask = mask;
    tmp->table = table;
    krt_decref(&tmp->h);
    return true;
}

/* set_difference_update_internal, with its closing dummy purge allocated
 * before anything is discarded. */
static bool set_difference_update_internal(KrtSet *s, KrtSet *other) {
    if (s == other) {
        krt_set_clear(s);
        return true;
    }
    KrtSet *iter = other;
    if ((other->used >> 3) > s->used) {
        iter = krt_set_intersection(s, other);
        if (!iter) return false;
    } else {
        krt_incref(&other->h);
    }
    SetTable st = set_table(s), it = set_table(iter);
    uint32_t pos = 0, j, removed = 0;
    while (s->used && set_next(iter, &it, &pos, &j)) removed += set_find(s, &st, slot_elem(&it, j), it.hashes[j]) >= 0;
    unsigned char *block = NULL;
    uint32_t newmask = 0;
    bool purge = s->fill - (s->used - removed) > s->mask / 4;
    if (purge && !set_resize_prepare(s, set_growth(s->used - removed), s->fill, s->used - removed, &block, &newmask)) {
        krt_decref(&iter->h);
        return false;
    }
    pos = 0;
    while (removed && set_next(iter, &it, &pos, &j)) set_discard_entry(s, slot_elem(&it, j), it.hashes[j]);
    krt_decref(&iter->h);
    if (purge) set_resize_commit(s, block, newmask);
    return true;
}

bool krt_set_difference_update(KrtSet *a, KrtSet *b) {
    return set_difference_update_internal(a, b);
}

KrtSet *krt_set_difference(KrtSet *a, KrtSet *b) {
    if ((a->used >> 2) > b->used) { /* set_copy_and_difference */
        KrtSet *r = krt_set_copy(a);
        if (r && !set_difference_update_internal(r, b)) {
            krt_decref(&r->h);
            return NULL;
        }
        return r;
    }
    return set_filtered(a->h.type, a, b, false);
}

bool krt_set_symmetric_difference_update(KrtSet *a, KrtSet *b) {
    if (a == b) {
        krt_set_clear(a);
        return true;
    }
    krt_incref(&b->h);
    SetTable bt = set_table(b);
    uint32_t pos = 0, j;
    bool ok = true;
    while (ok && set_next(b, &bt, &pos, &j)) {
        const void *e = slot_elem(&bt, j);
        if (!(a->used && set_discard_entry(a, e, bt.hashes[j]))) ok = set_add_entry(a, e, bt.hashes[j]);
    }
    krt_decref(&b->h);
    return ok;
}

KrtSet *krt_set_symmetric_difference(KrtSet *a, KrtSet *b) {
    /* CPython copies b (as a's type) and updates the copy with a */
    KrtSet *r = krt_set_new(b->elem, a->h.type);
    if (r && (!set_merge(r, b) || !krt_set_symmetric_difference_update(r, a))) {
        krt_decref(&r->h);
        return NULL;
    }
    return r;
}

bool krt_set_issubset(KrtSet *a, KrtSet *b) {
    if (a->used > b->used) return false;
    SetTable at = set_table(a), bt = set_table(b);
    uint32_t pos = 0, j;
    while (set_next(a, &at, &pos, &j))
        if (set_find(b, &bt, slot_elem(&at, j), at.hashes[j]) < 0) return false;
    return true;
}

bool krt_set_issuperset(KrtSet *a, KrtSet *b) {
    return krt_set_issubset(b, a);
}

bool krt_set_isdisjoint(KrtSet *a, KrtSet *b) {
    KrtSet *small = a->used <= b->used ? a : b, *big = small == a ? b : a;
    if (!big->used) return true;
    SetTable st = set_table(small), bt = set_table(big);
    uint32_t pos = 0, j;
    while (set_next(small, &st, &pos, &j))
        if (set_find(big, &bt, slot_elem(&st, j), st.hashes[j]) >= 0) return false;
    return true;
}

bool krt_set_eq(KrtSet *a, KrtSet *b) {
    return a == b || (a->used == b->used && krt_set_issubset(a, b));
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

krt_hash krt_frozenset_hash(const KrtSet *s) {
    uint64_t hash = 0;
    if (s->table) {
        SetTable t = set_table(s);
        for (uint32_t i = 0; i <= t.mask; i++)
            if (t.states[i] == SLOT_ACTIVE) hash ^= shuffle_bits(krt_hash_elem_wide(s->elem, slot_elem(&t, i), t.hashes[i]));
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237u;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923u;
    if (hash == UINT64_MAX) hash = 590923713u;
    return (krt_hash)hash;
}

KrtList *krt_set_to_list(KrtSet *s) {
    KrtList *l = krt_list_new(s->elem, s->used);
    if (!l) return NULL;
    SetTable t = set_table(s);
    uint32_t pos = 0, j;
    while (set_next(s, &t, &pos, &j)) {
        unsigned char *slot = l->items + (size_t)l->len * t.esize;
        memcpy(slot, slot_elem(&t, j), t.esize);
        krt_elem_retain(s->elem, slot);
        l->len++;
    }
    return l;
}

/* ---- iteration ------------------------------------------------------------------------------ */

void krt_set_iter_init(const KrtSet *s, KrtSetIter *it) {
    it->pos = 0;
    it->used = s->used;
}

bool krt_set_iter_next(KrtSet *s, KrtSetIter *it, void **elem) {
    if (it->used != s->used) {
        krt_raise_msg(KRT_T_RUNTIME_ERROR, "Set changed size during iteration");
        it->used = UINT32_MAX;
        return false;
    }
    SetTable t = set_table(s);
    uint32_t j;
    if (!set_next(s, &t, &it->pos, &j)) return false;
    *elem = slot_elem(&t, j);
    return true;
}

/* ---- sets as elements ----------------------------------------------------------------------- */

static KrtSet *set_ref(const void *e) {
    KrtSet *s;
    memcpy(&s, e, sizeof s);
    return s;
}

static bool set_elem_eq(const void *a, const void *b) {
    return krt_set_eq(set_ref(a), set_ref(b));
}

static krt_hash frozenset_elem_hash(const void *e) {
    return krt_frozenset_hash(set_ref(e));
}

const KrtElemDesc krt_elem_set = {sizeof(KrtSet *), KRT_ELEM_REF, NULL, NULL, set_elem_eq, NULL, NULL};
const KrtElemDesc krt_elem_frozenset = {sizeof(KrtSet *), KRT_ELEM_REF, NULL, NULL, set_elem_eq, NULL,
                                        frozenset_elem_hash};
