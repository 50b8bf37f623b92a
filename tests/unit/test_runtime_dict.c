/* test_runtime_dict.c — hashing and the compact dict against CPython.
 *
 * Hashes of ints, floats, bools and flat tuples against hash() of
 * /usr/bin/python3 -S (low 32 bits); long random sequences of dict
 * operations (set, del, pop, popitem, setdefault, get, update, copy,
 * clear) on int and str keys, replayed by CPython, comparing every result,
 * every KeyError text and the items in order after every step; iteration
 * and its RuntimeError; reference counts of keys and values; value
 * structs; and MemoryError at every allocation of every growing
 * operation, leaving the dict as it was with nothing leaked.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>

#include "runtime_testlib.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- a growable text for generated scripts and our own output --------------------- */

typedef struct Text {
    char *p;
    size_t len, cap;
} Text;

static void tx_add(Text *t, const char *fmt, ...) {
    va_list ap;
    for (;;) {
        size_t room = t->cap - t->len;
        va_start(ap, fmt);
        int n = vsnprintf(t->p ? t->p + t->len : NULL, t->p ? room : 0, fmt, ap);
        va_end(ap);
        ck_assert_int_ge(n, 0);
        if (t->p && (size_t)n < room) {
            t->len += (size_t)n;
            return;
        }
        t->cap = t->cap * 2 + (size_t)n + 256;
        t->p = realloc(t->p, t->cap);
        ck_assert_ptr_nonnull(t->p);
    }
}

static void tx_free(Text *t) {
    free(t->p);
    t->p = NULL;
    t->len = t->cap = 0;
}

static RtOracle oracle(const char *body) {
    RtOracle o = {rt_py_run(NULL, 0, body), 0, 0};
    return o;
}

/* "KeyError: msg" of the pending exception (taken). */
static void take_exc(Text *t) {
    KrtExc *e = krt_exc_fetch();
    ck_assert_ptr_nonnull(e);
    tx_add(t, "%s: %s", krt_type(e->h.type)->name, e->msg ? e->msg->data : "");
    rt_decref(e);
}

/* ---- hashing ------------------------------------------------------------------------ */

static const krt_int hash_ints[] = {
    0, 1, -1, -2, 2, 7, 1000, -1000, 2147483647, -2147483647 - 1, 4294967295LL, 4294967296LL,
    (krt_int)2305843009213693950LL, (krt_int)2305843009213693951LL, (krt_int)2305843009213693952LL,
    -(krt_int)2305843009213693951LL, -(krt_int)2305843009213693952LL, INT64_MAX, INT64_MIN, 123456789012345LL,
    -987654321987654321LL};
static const double hash_floats[] = {0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5e-8, 1e300, -1e-300, 3.141592653589793,
                                     1e16, 9007199254740993.0, 2305843009213693951.0, 1e22, 4.9e-324, 123.456};

START_TEST(test_hash_like_cpython) {
    Text py = {0}, got = {0};
    tx_add(&py, "for x in [");
    for (size_t i = 0; i < COUNT(hash_ints); i++) tx_add(&py, "%lld, ", (long long)hash_ints[i]);
    tx_add(&py, "]:\n    print(hash(x) & 0xFFFFFFFF)\nfor x in [");
    for (size_t i = 0; i < COUNT(hash_floats); i++) tx_add(&py, "%.17g, ", hash_floats[i]);
    tx_add(&py, "float('inf'), float('-inf')]:\n    print(hash(x) & 0xFFFFFFFF)\n"
                "print(hash(True), hash(False))\n"
                "for t in [(), (1,), (1, 2), (-1, -2, 3), (True, 5, -7), (1.0, 2.0), (0, 0, 0, 0)]:\n"
                "    print(hash(t) & 0xFFFFFFFF)\n"
                "print(hash((0.5, 2**40, -7.25)) & 0xFFFFFFFF)\n");
    RtOracle o = oracle(py.p);
    char buf[64];
    for (size_t i = 0; i < COUNT(hash_ints); i++) {
        snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_int(hash_ints[i]));
        rt_oracle_check(&o, buf, "hash(int)");
    }
    for (size_t i = 0; i < COUNT(hash_floats); i++) {
        snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_float(hash_floats[i]));
        rt_oracle_check(&o, buf, "hash(float)");
    }
    snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_float(HUGE_VAL));
    rt_oracle_check(&o, buf, "hash(inf)");
    snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_float(-HUGE_VAL));
    rt_oracle_check(&o, buf, "hash(-inf)");
    snprintf(buf, sizeof buf, "%u %u", (unsigned)krt_hash_bool(true), (unsigned)krt_hash_bool(false));
    rt_oracle_check(&o, buf, "hash(bool)");
    /* tuples: each field's hash, combined */
    const krt_hash f1[] = {krt_hash_int(1)};
    const krt_hash f2[] = {krt_hash_int(1), krt_hash_int(2)};
    const krt_hash f3[] = {krt_hash_int(-1), krt_hash_int(-2), krt_hash_int(3)};
    const krt_hash f4[] = {krt_hash_bool(true), krt_hash_int(5), krt_hash_int(-7)};
    const krt_hash f5[] = {krt_hash_float(1.0), krt_hash_float(2.0)};
    const krt_hash f6[] = {0, 0, 0, 0};
    const krt_hash *tuples[] = {NULL, f1, f2, f3, f4, f5, f6};
    const uint32_t lens[] = {0, 1, 2, 3, 3, 2, 4};
    for (size_t t = 0; t < COUNT(tuples); t++) {
        KrtHashAcc acc = krt_hash_tuple_start();
        for (uint32_t i = 0; i < lens[t]; i++) acc = krt_hash_tuple_add(acc, tuples[t][i]);
        snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_tuple_finish(acc, lens[t]));
        rt_oracle_check(&o, buf, "hash(tuple)");
    }
    KrtHashAcc wide = krt_hash_tuple_start();
    wide = krt_hash_tuple_add_wide(wide, krt_hash_float_wide(0.5));
    wide = krt_hash_tuple_add_wide(wide, krt_hash_int_wide((krt_int)1 << 40));
    wide = krt_hash_tuple_add_wide(wide, krt_hash_float_wide(-7.25));
    snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_hash_tuple_finish(wide, 3));
    rt_oracle_check(&o, buf, "hash(tuple) with wide fields");
    rt_oracle_done(&o);
    /* 1 == 1.0 == True hash alike, as in CPython */
    ck_assert_uint_eq(krt_hash_int(1), krt_hash_float(1.0));
    ck_assert_uint_eq(krt_hash_int(1), krt_hash_bool(true));
    ck_assert_uint_eq(krt_hash_int(-5), krt_hash_float(-5.0));
    krt_int one = 1;
    ck_assert_uint_eq(krt_elem_int.hash(&one), 1);
    ck_assert(krt_elem_list.hash == NULL);
    tx_free(&py);
    tx_free(&got);
}
END_TEST

/* ---- random operation sequences against CPython ------------------------------------------ */

static uint32_t lcg_state;
static uint32_t lcg(void) {
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 8) & 0xFFFFFF;
}

/* Keys: ints of a small pool (with two large ones) or strs "kN". */
static krt_int key_pool(uint32_t r) {
    static const krt_int extra[] = {1099511627776LL, -8589934592LL, -1, -2};
    uint32_t i = r % 28;
    return i < 24 ? (krt_int)i - 8 : extra[i - 24];
}

typedef struct Key {
    bool is_str;
    krt_int n;
    KrtStr *s; /* when is_str */
} Key;

static Key key_make(bool is_str, krt_int n) {
    Key k = {is_str, n, NULL};
    if (is_str) {
        char buf[32];
        snprintf(buf, sizeof buf, "k%lld", (long long)n);
        k.s = rt_str(buf);
    }
    return k;
}

static const void *key_addr(const Key *k) {
    return k->is_str ? (const void *)&k->s : (const void *)&k->n;
}

static void key_py(Text *t, const Key *k) {
    if (k->is_str)
        tx_add(t, "'k%lld'", (long long)k->n);
    else
        tx_add(t, "%lld", (long long)k->n);
}

static void key_done(Key *k) {
    if (k->s) rt_decref(k->s);
}

/* repr of a stored key for our own output */
static void key_out(Text *t, const KrtDict *d, const void *key) {
    if (d->key == &krt_elem_str) {
        KrtStr *s;
        memcpy(&s, key, sizeof s);
        tx_add(t, "'%s'", s->data);
    } else {
        krt_int v;
        memcpy(&v, key, sizeof v);
        tx_add(t, "%lld", (long long)v);
    }
}

static void show_items(Text *t, KrtDict *d) {
    KrtDictIter it;
    void *k, *v;
    tx_add(t, "%lld [", (long long)krt_dict_len(d));
    krt_dict_iter_init(d, &it);
    bool first = true;
    while (krt_dict_iter_next(d, &it, &k, &v)) {
        krt_int val;
        memcpy(&val, v, sizeof val);
        tx_add(t, first ? "(" : ", (");
        key_out(t, d, k);
        tx_add(t, ", %lld)", (long long)val);
        first = false;
    }
    ck_assert(!krt_failed());
    tx_add(t, "]");
}

static void run_sequence(bool str_keys, uint32_t seed, int steps) {
    lcg_state = seed;
    Text py = {0};
    tx_add(&py, "def show(d):\n    print(len(d), list(d.items()))\n"
                "def err(f):\n    try:\n        print(f())\n    except KeyError as e:\n        print('KeyError:', e)\n"
                "d = {}\ne = {}\n");
    KrtReprFn repr = str_keys ? krt_repr_elem_str : krt_repr_elem_int;
    KrtDict *d = krt_dict_new(str_keys ? &krt_elem_str : &krt_elem_int, &krt_elem_int, 0);
    KrtDict *e = krt_dict_new(str_keys ? &krt_elem_str : &krt_elem_int, &krt_elem_int, 0);
    ck_assert_ptr_nonnull(d);
    Text *out = malloc(sizeof *out);
    memset(out, 0, sizeof *out);
    for (int step = 0; step < steps; step++) {
        uint32_t op = lcg() % 20;
        Key k = key_make(str_keys, key_pool(lcg()));
        krt_int v = step;
        if (op < 7) { /* d[k] = v */
            tx_add(&py, "d[");
            key_py(&py, &k);
            tx_add(&py, "] = %lld\nprint('set')\n", (long long)v);
            ck_assert(krt_dict_setitem(d, key_addr(&k), &v));
            tx_add(out, "set");
        } else if (op < 9) { /* del d[k] */
            tx_add(&py, "def f():\n    del d[");
            key_py(&py, &k);
            tx_add(&py, "]\n    return 'del'\nerr(f)\n");
            if (krt_dict_delitem(d, key_addr(&k), repr))
                tx_add(out, "del");
            else
                take_exc(out);
        } else if (op < 10) { /* d.pop(k) */
            tx_add(&py, "err(lambda: d.pop(");
            key_py(&py, &k);
            tx_add(&py, "))\n");
            krt_int got;
            if (krt_dict_pop(d, key_addr(&k), &got, repr))
                tx_add(out, "%lld", (long long)got);
            else
                take_exc(out);
        } else if (op < 11) { /* d.pop(k, -1) */
            tx_add(&py, "print(d.pop(");
            key_py(&py, &k);
            tx_add(&py, ", -1))\n");
            krt_int got, dflt = -1;
            krt_dict_pop_default(d, key_addr(&k), &got, &dflt);
            tx_add(out, "%lld", (long long)got);
        } else if (op < 12) { /* d.popitem() */
            tx_add(&py, "err(lambda: d.popitem())\n");
            krt_int got;
            if (str_keys) {
                KrtStr *ks;
                if (krt_dict_popitem(d, &ks, &got)) {
                    tx_add(out, "('%s', %lld)", ks->data, (long long)got);
                    rt_decref(ks);
                } else {
                    take_exc(out);
                }
            } else {
                krt_int kn;
                if (krt_dict_popitem(d, &kn, &got))
                    tx_add(out, "(%lld, %lld)", (long long)kn, (long long)got);
                else
                    take_exc(out);
            }
        } else if (op < 14) { /* d.setdefault(k, v) */
            tx_add(&py, "print(d.setdefault(");
            key_py(&py, &k);
            tx_add(&py, ", %lld))\n", (long long)v);
            krt_int *p = krt_dict_setdefault(d, key_addr(&k), &v);
            ck_assert_ptr_nonnull(p);
            tx_add(out, "%lld", (long long)*p);
        } else if (op < 16) { /* d.get(k) / k in d / d[k] */
            tx_add(&py, "print(d.get(");
            key_py(&py, &k);
            tx_add(&py, "), ");
            key_py(&py, &k);
            tx_add(&py, " in d)\nerr(lambda: d[");
            key_py(&py, &k);
            tx_add(&py, "])\n");
            krt_int *p = krt_dict_get(d, key_addr(&k));
            ck_assert(!krt_failed());
            if (p)
                tx_add(out, "%lld True\n%lld", (long long)*p, (long long)*p);
            else
                tx_add(out, "None False\n");
            ck_assert(krt_dict_contains(d, key_addr(&k)) == (p != NULL));
            krt_int *q = krt_dict_getitem(d, key_addr(&k), repr);
            ck_assert_ptr_eq(p, q);
            if (!q) take_exc(out);
        } else if (op < 17) { /* e[k] = v; d.update(e) every so often */
            tx_add(&py, "e[");
            key_py(&py, &k);
            tx_add(&py, "] = %lld\n", (long long)-v);
            krt_int nv = -v;
            ck_assert(krt_dict_setitem(e, key_addr(&k), &nv));
            tx_add(&py, "d.update(e)\nprint(d == e, e == d)\n");
            ck_assert(krt_dict_update(d, e));
            tx_add(out, "%s %s", krt_dict_eq(d, e) ? "True" : "False", krt_dict_eq(e, d) ? "True" : "False");
        } else if (op < 18) { /* c = d.copy(); equal; d != c after a change */
            tx_add(&py, "c = d.copy()\nprint(c == d)\nc[99] = 1\nprint(c == d, len(c))\n");
            KrtDict *c = krt_dict_copy(d);
            ck_assert_ptr_nonnull(c);
            krt_int k99 = 99, one = 1;
            tx_add(out, "%s\n", krt_dict_eq(c, d) ? "True" : "False");
            if (str_keys) {
                KrtStr *s99 = rt_str("x");
                ck_assert(krt_dict_setitem(c, &s99, &one));
                rt_decref(s99);
            } else {
                ck_assert(krt_dict_setitem(c, &k99, &one));
            }
            tx_add(out, "%s %lld", krt_dict_eq(c, d) ? "True" : "False", (long long)krt_dict_len(c));
            rt_decref(c);
        } else if (op < 19 && lcg() % 8 == 0) {
            tx_add(&py, "d.clear()\nprint('clear')\n");
            krt_dict_clear(d);
            tx_add(out, "clear");
        } else {
            tx_add(&py, "print('nop')\n");
            tx_add(out, "nop");
        }
        tx_add(&py, "show(d)\n");
        tx_add(out, "\n");
        show_items(out, d);
        tx_add(out, "\n");
        key_done(&k);
    }
    RtOracle o = oracle(py.p);
    /* compare line by line */
    char *line = out->p;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        ck_assert_ptr_nonnull(nl);
        *nl = '\0';
        rt_oracle_check(&o, line, str_keys ? "str-key dict step" : "int-key dict step");
        line = nl + 1;
    }
    rt_oracle_done(&o);
    rt_decref(d);
    rt_decref(e);
    tx_free(&py);
    tx_free(out);
    free(out);
}

START_TEST(test_int_keys_like_cpython) {
    run_sequence(false, 1, 600);
    run_sequence(false, 77, 600);
}
END_TEST

START_TEST(test_str_keys_like_cpython) {
    run_sequence(true, 5, 600);
}
END_TEST

/* ---- messages, iteration, references ---------------------------------------------------- */

START_TEST(test_key_error_texts) {
    char buf[128];
    KrtDict *d = krt_dict_new(&krt_elem_str, &krt_elem_int, 0);
    KrtStr *abc = rt_str("abc"), *q = rt_str("it's");
    ck_assert_ptr_null(krt_dict_getitem(d, &abc, krt_repr_elem_str));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "'abc'");
    ck_assert(!krt_dict_delitem(d, &q, krt_repr_elem_str));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "\"it's\"");
    KrtStr *k;
    krt_int v;
    ck_assert(!krt_dict_popitem(d, &k, &v));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "'popitem(): dictionary is empty'");
    rt_decref(d);
    rt_decref(abc);
    rt_decref(q);

    KrtDict *di = krt_dict_new(&krt_elem_int, &krt_elem_str, 0);
    krt_int three = 3;
    ck_assert(!krt_dict_pop(di, &three, &k, krt_repr_elem_int));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "3");
    rt_decref(di);

    KrtDict *df = krt_dict_new(&krt_elem_float, &krt_elem_int, 0);
    krt_float half = 0.5;
    ck_assert_ptr_null(krt_dict_getitem(df, &half, krt_repr_elem_float));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "0.5");
    rt_decref(df);

    ck_assert_ptr_null(krt_dict_new(&krt_elem_list, &krt_elem_int, 0));
    rt_expect_exc(KRT_T_TYPE_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "unhashable type");
}
END_TEST

START_TEST(test_iteration_detects_mutation) {
    char buf[128];
    KrtDict *d = krt_dict_new(&krt_elem_int, &krt_elem_int, 0);
    for (krt_int i = 0; i < 6; i++) ck_assert(krt_dict_setitem(d, &i, &i));
    KrtDictIter it;
    void *k, *v;
    krt_dict_iter_init(d, &it);
    ck_assert(krt_dict_iter_next(d, &it, &k, &v));
    krt_int nk = 100;
    ck_assert(krt_dict_setitem(d, &nk, &nk)); /* size changes */
    ck_assert(!krt_dict_iter_next(d, &it, &k, &v));
    rt_expect_exc(KRT_T_RUNTIME_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "dictionary changed size during iteration");

    /* replacing a value keeps the iteration going; deleting and adding
     * another key (same size) is "keys changed" once the count runs out */
    krt_dict_iter_init(d, &it);
    krt_int n = 0, seven = 7;
    while (krt_dict_iter_next(d, &it, &k, &v)) {
        ck_assert(krt_dict_setitem(d, k, &seven));
        n++;
    }
    ck_assert(!krt_failed());
    ck_assert_int_eq(n, 7);
    krt_dict_iter_init(d, &it);
    ck_assert(krt_dict_iter_next(d, &it, &k, NULL));
    krt_int zero = 0, big = 1000;
    ck_assert(krt_dict_delitem(d, &zero, krt_repr_elem_int));
    ck_assert(krt_dict_setitem(d, &big, &big));
    n = 0;
    while (krt_dict_iter_next(d, &it, &k, NULL)) n++;
    rt_expect_exc(KRT_T_RUNTIME_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "dictionary keys changed during iteration");
    ck_assert_int_eq(n, 6);
    rt_decref(d);
}
END_TEST

START_TEST(test_references_owned) {
    KrtStr *key = rt_str("key"), *val = rt_str("value"), *val2 = rt_str("other");
    KrtDict *d = krt_dict_new(&krt_elem_str, &krt_elem_str, 0);
    ck_assert(krt_dict_setitem(d, &key, &val));
    ck_assert_uint_eq(key->h.rc, 2);
    ck_assert_uint_eq(val->h.rc, 2);
    KrtStr *key2 = rt_str("key"); /* equal, not identical: the first key stays */
    ck_assert(krt_dict_setitem(d, &key2, &val2));
    ck_assert_uint_eq(key2->h.rc, 1);
    ck_assert_uint_eq(key->h.rc, 2);
    ck_assert_uint_eq(val->h.rc, 1);
    ck_assert_uint_eq(val2->h.rc, 2);
    ck_assert(krt_dict_setitem(d, &key2, &val2)); /* same value again */
    ck_assert_uint_eq(val2->h.rc, 2);
    KrtList *keys = krt_dict_keys(d), *values = krt_dict_values(d);
    ck_assert_uint_eq(keys->len, 1);
    ck_assert_uint_eq(key->h.rc, 3);
    ck_assert_uint_eq(val2->h.rc, 3);
    rt_decref(keys);
    rt_decref(values);
    KrtStr *out;
    ck_assert(krt_dict_pop(d, &key2, &out, krt_repr_elem_str));
    ck_assert_ptr_eq(out, val2);
    ck_assert_uint_eq(key->h.rc, 1); /* the dict's key reference went */
    rt_decref(out);
    KrtStr *dflt = rt_str("default");
    krt_dict_pop_default(d, &key2, &out, &dflt);
    ck_assert_ptr_eq(out, dflt);
    ck_assert_uint_eq(dflt->h.rc, 2);
    rt_decref(out);
    ck_assert(krt_dict_setitem(d, &key, &val));
    KrtDict *c = krt_dict_copy(d);
    ck_assert_uint_eq(key->h.rc, 3);
    krt_dict_clear(d);
    ck_assert_uint_eq(key->h.rc, 2);
    ck_assert_int_eq(krt_dict_len(d), 0);
    ck_assert(krt_dict_setitem(d, &key2, &val));
    ck_assert(krt_dict_eq(c, d));
    rt_decref(c);
    rt_decref(d);
    ck_assert_uint_eq(key->h.rc, 1);
    ck_assert_uint_eq(val->h.rc, 1);
    rt_decref(key);
    rt_decref(key2);
    rt_decref(val);
    rt_decref(val2);
    rt_decref(dflt);
}
END_TEST

/* (str, int) pair as a value struct, and as the items() element */
typedef struct Pair {
    KrtStr *s;
    krt_int n;
} Pair;

static void pair_retain(void *e) {
    krt_incref(&((Pair *)e)->s->h);
}
static void pair_drop(void *e) {
    krt_decref(&((Pair *)e)->s->h);
}
static bool pair_eq(const void *a, const void *b) {
    const Pair *x = a, *y = b;
    return x->n == y->n && krt_str_eq(x->s, y->s);
}
static krt_hash pair_hash(const void *e) {
    const Pair *p = e;
    KrtHashAcc acc = krt_hash_tuple_add(krt_hash_tuple_start(), krt_str_hash(p->s));
    return krt_hash_tuple_finish(krt_hash_tuple_add(acc, krt_hash_int(p->n)), 2);
}
static const KrtElemDesc elem_pair = {sizeof(Pair), KRT_ELEM_VALUE, pair_retain, pair_drop, pair_eq, NULL, pair_hash};

START_TEST(test_value_struct_keys_and_items) {
    KrtStr *a = rt_str("aa"), *b = rt_str("bb");
    KrtDict *d = krt_dict_new(&elem_pair, &krt_elem_str, 4);
    ck_assert_ptr_nonnull(d->storage);
    for (krt_int i = 0; i < 20; i++) {
        Pair p = {i % 2 ? b : a, i / 2};
        ck_assert(krt_dict_setitem(d, &p, i % 2 ? &a : &b));
    }
    ck_assert_int_eq(krt_dict_len(d), 20);
    ck_assert_uint_eq(a->h.rc, 21);
    Pair probe = {b, 3};
    KrtStr **v = krt_dict_get(d, &probe);
    ck_assert_ptr_nonnull(v);
    ck_assert_ptr_eq(*v, a);
    /* items(): (str key) -> str pairs laid out as a struct */
    KrtList *items = krt_dict_keys(d);
    ck_assert_uint_eq(items->len, 20);
    rt_decref(items);
    KrtList *pairs;
    {
        KrtDict *sd = krt_dict_new(&krt_elem_str, &krt_elem_int, 0);
        for (krt_int i = 0; i < 3; i++) ck_assert(krt_dict_setitem(sd, i ? &b : &a, &i));
        pairs = krt_dict_items(sd, &elem_pair, offsetof(Pair, n));
        ck_assert_uint_eq(pairs->len, 2);
        Pair p0, p1;
        memcpy(&p0, pairs->items, sizeof p0);
        memcpy(&p1, pairs->items + sizeof(Pair), sizeof p1);
        ck_assert_ptr_eq(p0.s, a);
        ck_assert_int_eq(p0.n, 0);
        ck_assert_ptr_eq(p1.s, b);
        ck_assert_int_eq(p1.n, 2);
        rt_decref(sd);
    }
    rt_decref(pairs);
    rt_decref(d);
    ck_assert_uint_eq(a->h.rc, 1);
    ck_assert_uint_eq(b->h.rc, 1);
    rt_decref(a);
    rt_decref(b);
}
END_TEST

START_TEST(test_large_and_compaction) {
    KrtDict *d = krt_dict_new(&krt_elem_int, &krt_elem_int, 0);
    for (krt_int i = 0; i < 20000; i++) {
        krt_int v = i * 3;
        ck_assert(krt_dict_setitem(d, &i, &v));
    }
    ck_assert_int_eq(krt_dict_len(d), 20000);
    for (krt_int i = 0; i < 20000; i += 2) ck_assert(krt_dict_delitem(d, &i, krt_repr_elem_int));
    for (krt_int i = 0; i < 20000; i++) {
        krt_int *p = krt_dict_get(d, &i);
        if (i % 2)
            ck_assert(p && *p == i * 3);
        else
            ck_assert_ptr_null(p);
    }
    /* delete nearly all, then insert: the rebuild shrinks the storage */
    for (krt_int i = 1; i < 19990; i += 2) ck_assert(krt_dict_delitem(d, &i, krt_repr_elem_int));
    uint8_t before = d->log2_size;
    for (krt_int i = 100000; d->usable > 0; i++) ck_assert(krt_dict_setitem(d, &i, &i));
    krt_int more = -1;
    ck_assert(krt_dict_setitem(d, &more, &more));
    ck_assert_uint_lt(d->log2_size, before);
    ck_assert_uint_eq(d->nentries, d->used);
    KrtDictIter it;
    void *k;
    krt_dict_iter_init(d, &it);
    ck_assert(krt_dict_iter_next(d, &it, &k, NULL));
    ck_assert_int_eq(*(krt_int *)k, 19991); /* the oldest survivor first */
    rt_decref(d);
}
END_TEST

START_TEST(test_storage_is_compact) {
    /* dict[int, int] with 5 entries: keys, values, hashes and an 8-slot int8 index */
    KrtHeapStats a, b;
    krt_heap_stats(&a);
    KrtDict *d = krt_dict_new(&krt_elem_int, &krt_elem_int, 0);
    for (krt_int i = 0; i < 5; i++) ck_assert(krt_dict_setitem(d, &i, &i));
    krt_heap_stats(&b);
    ck_assert_uint_eq(d->log2_size, 3);
    ck_assert_uint_eq(b.in_use - a.in_use, sizeof(KrtDict) + 5 * 8 + 5 * 8 + 24 + 8);
    ck_assert_uint_eq(b.live_blocks - a.live_blocks, 2);
    rt_decref(d);
}
END_TEST

/* ---- MemoryError -------------------------------------------------------------------------- */

typedef bool (*DictOp)(KrtDict *d, KrtStr *k, void **made);

static bool op_set_new(KrtDict *d, KrtStr *k, void **made) {
    (void)made;
    return krt_dict_setitem(d, &k, &k);
}
static bool op_setdefault(KrtDict *d, KrtStr *k, void **made) {
    (void)made;
    return krt_dict_setdefault(d, &k, &k) != NULL;
}
static bool op_update(KrtDict *d, KrtStr *k, void **made) {
    KrtDict *o = krt_dict_new(&krt_elem_str, &krt_elem_str, 0);
    if (!o) return false;
    bool ok = krt_dict_setitem(o, &k, &k) && krt_dict_update(d, o);
    rt_decref(o);
    (void)made;
    return ok;
}
static bool op_copy(KrtDict *d, KrtStr *k, void **made) {
    (void)k;
    return (*made = krt_dict_copy(d)) != NULL;
}
static bool op_keys(KrtDict *d, KrtStr *k, void **made) {
    (void)k;
    return (*made = krt_dict_keys(d)) != NULL;
}
static bool op_new_cap(KrtDict *d, KrtStr *k, void **made) {
    (void)k;
    (void)d;
    return (*made = krt_dict_new(&krt_elem_str, &krt_elem_str, 100)) != NULL;
}

START_TEST(test_memory_error_leaves_dict_unchanged) {
    static const struct {
        const char *name;
        DictOp op;
    } ops[] = {{"setitem", op_set_new}, {"setdefault", op_setdefault}, {"update", op_update},
               {"copy", op_copy},       {"keys", op_keys},             {"new", op_new_cap}};
    KrtStr *fresh = rt_str("fresh key");
    for (size_t i = 0; i < COUNT(ops); i++) {
        KrtDict *d = krt_dict_new(&krt_elem_str, &krt_elem_str, 0);
        KrtStr *keep[5];
        for (int j = 0; j < 5; j++) { /* full: the next new key must grow */
            char buf[8];
            snprintf(buf, sizeof buf, "k%d", j);
            keep[j] = rt_str(buf);
            ck_assert(krt_dict_setitem(d, &keep[j], &keep[j]));
        }
        ck_assert_uint_eq(d->usable, 0);
        unsigned char *storage = d->storage;
        uint32_t live = rt_live_blocks();
        for (uint32_t n = 1;; n++) {
            ck_assert_uint_lt(n, 100);
            void *made = NULL;
            krt_heap_fail_at(n);
            bool ok = ops[i].op(d, fresh, &made);
            krt_heap_fail_at(0);
            if (ok) {
                if (made) rt_decref(made);
                break;
            }
            ck_assert_msg(krt_exc_matches(KRT_T_MEMORY_ERROR), "%s: no MemoryError", ops[i].name);
            rt_decref(krt_exc_fetch());
            ck_assert_msg(rt_live_blocks() == live, "%s leaks when allocation %u fails", ops[i].name, n);
            ck_assert_ptr_eq(d->storage, storage);
            ck_assert_uint_eq(d->used, 5);
            ck_assert_uint_eq(d->usable, 0);
            ck_assert_uint_eq(fresh->h.rc, 1);
            for (int j = 0; j < 5; j++) {
                ck_assert_uint_eq(keep[j]->h.rc, 3);
                KrtStr **v = krt_dict_get(d, &keep[j]);
                ck_assert(v && *v == keep[j]);
            }
            ck_assert_ptr_null(krt_dict_get(d, &fresh));
        }
        rt_decref(d);
        for (int j = 0; j < 5; j++) rt_decref(keep[j]);
    }
    ck_assert_uint_eq(fresh->h.rc, 1);
    rt_decref(fresh);
}
END_TEST

START_TEST(test_dicts_as_list_elements) {
    KrtList *l = krt_list_new(&krt_elem_dict, 0);
    KrtDict *a = krt_dict_new(&krt_elem_int, &krt_elem_int, 0), *b = krt_dict_new(&krt_elem_int, &krt_elem_int, 0);
    krt_int one = 1, two = 2;
    ck_assert(krt_dict_setitem(a, &one, &two));
    ck_assert(krt_dict_setitem(b, &one, &two));
    ck_assert(krt_list_append(l, &a));
    ck_assert_uint_eq(a->h.rc, 2);
    ck_assert(krt_list_contains(l, &b)); /* by contents */
    ck_assert(krt_dict_setitem(b, &two, &two));
    ck_assert(!krt_list_contains(l, &b));
    rt_decref(l);
    ck_assert_uint_eq(a->h.rc, 1);
    rt_decref(a);
    rt_decref(b);
}
END_TEST

static Suite *runtime_dict_suite(void) {
    Suite *s = suite_create("runtime_dict");
    TCase *tc = tcase_create("dict");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_hash_like_cpython);
    tcase_add_test(tc, test_int_keys_like_cpython);
    tcase_add_test(tc, test_str_keys_like_cpython);
    tcase_add_test(tc, test_key_error_texts);
    tcase_add_test(tc, test_iteration_detects_mutation);
    tcase_add_test(tc, test_references_owned);
    tcase_add_test(tc, test_value_struct_keys_and_items);
    tcase_add_test(tc, test_large_and_compaction);
    tcase_add_test(tc, test_storage_is_compact);
    tcase_add_test(tc, test_memory_error_leaves_dict_unchanged);
    tcase_add_test(tc, test_dicts_as_list_elements);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_dict_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
