/* test_runtime_set.c — set and frozenset against CPython, down to iteration
 * order.
 *
 * Scenarios are little programs over two sets A and B ("+5" adds 5 to A,
 * "-5" discards it, "b5" adds to B, "p" pops from A, "|" "&" "D" "^" make
 * A a new set from A and B, "|=" "&=" "-=" "^=" update A in place, "c"
 * copies, "x" clears, "s" swaps, "r0,100,7" adds a range, "R0,100,7"
 * discards one); the same scenario runs here and in /usr/bin/python3 -S,
 * and A's iteration order, the popped values, B's order, the
 * subset/superset/disjoint/equality answers and hash(frozenset(A)) must
 * match.  Hand-written scenarios (the literal {5,3,100,17,-1,8,16},
 * range(0,100,7), removals and re-adds, growth past each table size) and a
 * few hundred random ones, over small ints, colliding ints, multiples of
 * 2**32 and arbitrary int64 values; sets of non-integral floats, whose
 * hashes need all 61 bits.  Then: KeyError texts, iteration that detects
 * mutation, counted str elements, sets as list elements, and MemoryError
 * at every allocation of every growing operation.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>

#include "runtime_testlib.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

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

static const char py_interpreter[] =
    "for sc in S:\n"
    "    A, B, P = set(), set(), []\n"
    "    for t in sc.split():\n"
    "        c, a = t[0], t[1:]\n"
    "        if t == '|=': A |= B\n"
    "        elif t == '&=': A &= B\n"
    "        elif t == '-=': A -= B\n"
    "        elif t == '^=': A ^= B\n"
    "        elif t == '|': A = A | B\n"
    "        elif t == '&': A = A & B\n"
    "        elif t == 'D': A = A - B\n"
    "        elif t == '^': A = A ^ B\n"
    "        elif t == 'c': A = A.copy()\n"
    "        elif t == 'x': A.clear()\n"
    "        elif t == 's': A, B = B, A\n"
    "        elif t == 'p': P.append(A.pop())\n"
    "        elif c == '+': A.add(int(a))\n"
    "        elif c == '-': A.discard(int(a))\n"
    "        elif c == 'b': B.add(int(a))\n"
    "        elif c == 'r': A.update(range(*map(int, a.split(','))))\n"
    "        elif c == 'R':\n"
    "            for v in range(*map(int, a.split(','))): A.discard(v)\n"
    "    print(' '.join(map(str, A)), '|', ' '.join(map(str, P)), '|', ' '.join(map(str, B)), '|',\n"
    "          A <= B, A >= B, A.isdisjoint(B), A == B, hash(frozenset(A)) & 0xFFFFFFFF)\n";

static void set_out(Text *t, KrtSet *s) {
    KrtSetIter it;
    void *e;
    bool first = true;
    krt_set_iter_init(s, &it);
    while (krt_set_iter_next(s, &it, &e)) {
        krt_int v;
        memcpy(&v, e, sizeof v);
        tx_add(t, first ? "%lld" : " %lld", (long long)v);
        first = false;
    }
    ck_assert(!krt_failed());
}

static void set_replace(KrtSet **a, KrtSet *r) {
    ck_assert_ptr_nonnull(r);
    rt_decref(*a);
    *a = r;
}

/* Runs one scenario; appends the line CPython prints for it. */
static void run_scenario(Text *out, const char *sc) {
    KrtSet *A = krt_set_new(&krt_elem_int, KRT_T_SET), *B = krt_set_new(&krt_elem_int, KRT_T_SET);
    Text popped = {0};
    char tok[64];
    const char *p = sc;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t n = strcspn(p, " ");
        ck_assert_uint_lt(n, sizeof tok);
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        krt_int v = (krt_int)strtoll(tok + 1, NULL, 10);
        if (!strcmp(tok, "|="))
            ck_assert(krt_set_update(A, B));
        else if (!strcmp(tok, "&="))
            ck_assert(krt_set_intersection_update(A, B));
        else if (!strcmp(tok, "-="))
            ck_assert(krt_set_difference_update(A, B));
        else if (!strcmp(tok, "^="))
            ck_assert(krt_set_symmetric_difference_update(A, B));
        else if (!strcmp(tok, "|"))
            set_replace(&A, krt_set_union(A, B));
        else if (!strcmp(tok, "&"))
            set_replace(&A, krt_set_intersection(A, B));
        else if (!strcmp(tok, "D"))
            set_replace(&A, krt_set_difference(A, B));
        else if (!strcmp(tok, "^"))
            set_replace(&A, krt_set_symmetric_difference(A, B));
        else if (!strcmp(tok, "c"))
            set_replace(&A, krt_set_copy(A));
        else if (!strcmp(tok, "x"))
            krt_set_clear(A);
        else if (!strcmp(tok, "s")) {
            KrtSet *t = A;
            A = B;
            B = t;
        } else if (!strcmp(tok, "p")) {
            krt_int got;
            ck_assert(krt_set_pop(A, &got));
            tx_add(&popped, popped.len ? " %lld" : "%lld", (long long)got);
        } else if (tok[0] == '+')
            ck_assert(krt_set_add(A, &v));
        else if (tok[0] == '-')
            krt_set_discard(A, &v);
        else if (tok[0] == 'b')
            ck_assert(krt_set_add(B, &v));
        else if (tok[0] == 'r' || tok[0] == 'R') {
            long long lo, hi, step;
            ck_assert_int_eq(sscanf(tok + 1, "%lld,%lld,%lld", &lo, &hi, &step), 3);
            for (krt_int x = lo; step > 0 ? x < hi : x > hi; x += step) {
                if (tok[0] == 'r')
                    ck_assert(krt_set_add(A, &x));
                else
                    krt_set_discard(A, &x);
            }
        } else {
            ck_abort_msg("bad token %s", tok);
        }
    }
    set_out(out, A);
    tx_add(out, " | %s | ", popped.p ? popped.p : "");
    set_out(out, B);
    static const char *const tf[] = {"False", "True"};
    tx_add(out, " | %s %s %s %s %lu\n", tf[krt_set_issubset(A, B)], tf[krt_set_issuperset(A, B)],
           tf[krt_set_isdisjoint(A, B)], tf[krt_set_eq(A, B)], (unsigned long)krt_frozenset_hash(A));
    tx_free(&popped);
    rt_decref(A);
    rt_decref(B);
}

static void check_scenarios(const char *const *sc, size_t n) {
    RtOracle o = {rt_py_run(sc, n, py_interpreter), 0, 0};
    Text out = {0};
    for (size_t i = 0; i < n; i++) {
        size_t mark = out.len;
        run_scenario(&out, sc[i]);
        out.p[out.len - 1] = '\0';
        rt_oracle_check(&o, out.p + mark, sc[i]);
        out.p[out.len - 1] = '\n';
    }
    rt_oracle_done(&o);
    tx_free(&out);
}

static const char *const fixed[] = {
    "+5 +3 +100 +17 +-1 +8 +16",
    "r0,100,7",
    "r0,100,7 R0,50,7 r1,60,3",
    "+5 +3 +100 +17 +-1 +8 +16 -3 -100 +3 +100",
    "+1 +9 +17 +25 +33 -9 -17 +41 +9",
    "+0 +8 +16 +24 +32 +40 +48 +56 +64",
    "+-1 +-2 +-3 +-8 +-9 +-16 +-17 +-32 +7",
    "+2147483647 +-2147483648 +65536 +-65536 +1073741824 +3",
    "r0,5,1 r5,6,1 r6,21,1 r21,100,1 r100,500,1",
    "r0,40,1 R0,38,1 +1000 +2000",
    "+7 +8 +9 p p +10 p +11",
    "r0,20,1 p p p p p p p p p p p p",
    "r0,10,1 b5 b6 b7 b100 b200 |",
    "r0,10,1 b5 b6 b7 b100 b200 &",
    "r0,10,1 b5 b6 b7 b100 b200 D",
    "r0,10,1 b5 b6 b7 b100 b200 ^",
    "r0,10,1 b5 b6 b7 b100 b200 |=",
    "r0,10,1 b5 b6 b7 b100 b200 &=",
    "r0,10,1 b5 b6 b7 b100 b200 -=",
    "r0,10,1 b5 b6 b7 b100 b200 ^=",
    "r0,100,1 b3 -=",
    "r0,100,1 b3 b4 b5 D",
    "+1 +2 r0,200,1 s -=",
    "r0,50,3 c",
    "r0,50,3 R0,30,3 c",
    "r0,50,3 x +5 +1",
    "b1 b2 b3 +1 +2 +3",
    "r0,64,1 R0,64,2 r100,140,1 R100,140,3 +1 +3",
    "r0,5000,3 R0,5000,7 r-3000,0,11 p p p +1",
    "r0,100000,13 R0,100000,2 r5,600,5",
    "r0,70000,1 R100,69000,1",
    "r0,3000,1 b7 b8 b9 &",
    "r0,3000,1 b7 b8 b9 s -=",
    "r0,400,1 s r0,4000,9 ^",
    "r0,400,1 s r0,4000,9 ^=",
    "r0,400,1 s r0,4000,9 |",
    "r0,200,1 c r200,300,1 c R0,250,1 c",
};

START_TEST(test_fixed_scenarios_like_cpython) {
    check_scenarios(fixed, COUNT(fixed));
}
END_TEST

static uint32_t lcg_state = 12345;
static uint32_t lcg(void) {
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 8) & 0xFFFFFF;
}

/* Values that collide a lot: small, multiples of 8 and 32, negatives,
 * multiples of 2**32, and a few far apart. */
static long long random_value(void) {
    switch (lcg() % 8) {
    case 6: /* the low 32 bits all zero: only the upper bits separate them */
        return ((long long)(lcg() % 4000) - 2000) * 4294967296LL;
    case 7: /* anywhere in int64 */
        return (long long)(((unsigned long long)lcg() << 40) ^ ((unsigned long long)lcg() << 16) ^ lcg());
    case 0:
        return (long long)(lcg() % 40);
    case 1:
        return (long long)(lcg() % 30) * 8;
    case 2:
        return (long long)(lcg() % 30) * 32;
    case 3:
        return -(long long)(lcg() % 50);
    case 4:
        return (long long)(lcg() % 2000) * 1024 - 1000000;
    default:
        return (long long)lcg() * 97 % 2147483647;
    }
}

START_TEST(test_random_scenarios_like_cpython) {
    enum { N = 1000 };
    char *sc[N];
    static const char *const ops[] = {"|", "&", "D", "^", "|=", "&=", "-=", "^=", "c", "s", "p"};
    for (int i = 0; i < N; i++) {
        Text t = {0};
        int steps = 5 + (int)(lcg() % 120);
        uint32_t size_a = 0, size_b = 0;
        for (int k = 0; k < steps; k++) {
            uint32_t r = lcg() % 100;
            if (r < 50) {
                tx_add(&t, "+%lld ", random_value());
                size_a++;
            } else if (r < 65) {
                tx_add(&t, "-%lld ", random_value());
            } else if (r < 85) {
                tx_add(&t, "b%lld ", random_value());
                size_b++;
            } else if (r < 99) {
                const char *op = ops[lcg() % COUNT(ops)];
                if (!strcmp(op, "p") && size_a == 0) op = "c";
                tx_add(&t, "%s ", op);
                if (!strcmp(op, "p")) size_a = 0; /* might be empty afterwards: stop popping */
            } else {
                tx_add(&t, "x ");
                size_a = 0;
            }
        }
        (void)size_b;
        sc[i] = t.p;
    }
    /* a pop may only follow adds; drop pops that could hit an empty set */
    for (int i = 0; i < N; i++) {
        /* replay the counts crudely: make each scenario safe by adding a value before each pop */
        Text t = {0};
        for (char *p = strtok(sc[i], " "); p; p = strtok(NULL, " ")) {
            if (!strcmp(p, "p")) tx_add(&t, "+%lld ", random_value());
            tx_add(&t, "%s ", p);
        }
        free(sc[i]);
        sc[i] = t.p;
    }
    check_scenarios((const char *const *)sc, N);
    for (int i = 0; i < N; i++) free(sc[i]);
}
END_TEST

/* ---- behaviour beyond order ---------------------------------------------------------------- */

START_TEST(test_errors_and_iteration) {
    char buf[128];
    KrtSet *s = krt_set_new(&krt_elem_int, KRT_T_SET);
    krt_int v = 42, out;
    ck_assert(!krt_set_pop(s, &out));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "'pop from an empty set'");
    ck_assert(!krt_set_remove(s, &v, krt_repr_elem_int));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "42");
    ck_assert(krt_set_add(s, &v));
    ck_assert(krt_set_remove(s, &v, krt_repr_elem_int));
    ck_assert_int_eq(krt_set_len(s), 0);
    for (krt_int i = 0; i < 10; i++) ck_assert(krt_set_add(s, &i));
    KrtSetIter it;
    void *e;
    krt_set_iter_init(s, &it);
    ck_assert(krt_set_iter_next(s, &it, &e));
    ck_assert(krt_set_add(s, &v));
    ck_assert(!krt_set_iter_next(s, &it, &e));
    rt_expect_exc(KRT_T_RUNTIME_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "Set changed size during iteration");
    rt_decref(s);

    KrtSet *ss = krt_set_new(&krt_elem_str, KRT_T_SET);
    KrtStr *k = rt_str("missing");
    ck_assert(!krt_set_remove(ss, &k, krt_repr_elem_str));
    rt_expect_exc(KRT_T_KEY_ERROR, buf, sizeof buf);
    ck_assert_str_eq(buf, "'missing'");
    rt_decref(k);
    rt_decref(ss);

    ck_assert_ptr_null(krt_set_new(&krt_elem_list, KRT_T_SET));
    rt_expect_exc(KRT_T_TYPE_ERROR, buf, sizeof buf);
}
END_TEST

START_TEST(test_float_order_like_cpython) {
    /* non-integral floats hash to large 61-bit values: their order shows
     * whether the probe uses the full hash */
    static const double vals[] = {0.5,  0.25,  0.75,  1.5,    2.25,   -0.125, 1e100, 3.0,  -2.0,  0.1,
                                  0.2,  0.3,   1e-300, 123.456, 0.375, 0.625,  4.5,   -7.75, 1e16, 2.5,
                                  0.0625, 0.1875, 0.3125, 0.4375, 0.5625, 0.6875, 0.8125, 0.9375};
    Text py = {0}, mine = {0};
    tx_add(&py, "s = set()\nfor v in [");
    for (size_t i = 0; i < COUNT(vals); i++) tx_add(&py, "float('%.17g'), ", vals[i]);
    tx_add(&py, "]:\n    s.add(v)\n    print(' '.join(map(repr, s)))\n"
                "print(hash(frozenset(s)) & 0xFFFFFFFF)\n");
    RtOracle o = {rt_py_run(NULL, 0, py.p), 0, 0};
    KrtSet *s = krt_set_new(&krt_elem_float, KRT_T_SET);
    for (size_t i = 0; i < COUNT(vals); i++) {
        krt_float v = vals[i];
        ck_assert(krt_set_add(s, &v));
        KrtSetIter it;
        void *e;
        mine.len = 0;
        tx_add(&mine, "%s", "");
        krt_set_iter_init(s, &it);
        while (krt_set_iter_next(s, &it, &e)) {
            KrtStr *r = krt_repr_elem_float(e);
            tx_add(&mine, mine.len ? " %s" : "%s", r->data);
            rt_decref(r);
        }
        rt_oracle_check(&o, mine.p, "float set");
    }
    char buf[32];
    snprintf(buf, sizeof buf, "%lu", (unsigned long)krt_frozenset_hash(s));
    rt_oracle_check(&o, buf, "hash(frozenset of floats)");
    rt_oracle_done(&o);
    rt_decref(s);
    tx_free(&py);
    tx_free(&mine);
}
END_TEST

START_TEST(test_float_and_mixed_equal_values) {
    /* {1, 1.0, True} is one element in CPython; for a set[float]: 1.0 == 1 hash alike */
    KrtSet *s = krt_set_new(&krt_elem_float, KRT_T_SET);
    krt_float x = 1.0, y = 1.5, z = -0.0, w = 0.0, nan = NAN;
    ck_assert(krt_set_add(s, &x));
    ck_assert(krt_set_add(s, &y));
    ck_assert(krt_set_add(s, &z));
    ck_assert(krt_set_add(s, &w)); /* -0.0 == 0.0 */
    ck_assert_int_eq(krt_set_len(s), 3);
    ck_assert(krt_set_add(s, &nan));
    ck_assert(krt_set_add(s, &nan)); /* the same NaN finds itself, as a NaN object does in CPython */
    ck_assert_int_eq(krt_set_len(s), 4);
    ck_assert(krt_set_contains(s, &nan));
    rt_decref(s);
}
END_TEST

START_TEST(test_str_elements_and_frozenset) {
    KrtStr *w[6];
    const char *words[] = {"alpha", "beta", "gamma", "delta", "beta", "alpha"};
    KrtList *l = krt_list_new(&krt_elem_str, 0);
    for (int i = 0; i < 6; i++) {
        w[i] = rt_str(words[i]);
        ck_assert(krt_list_append(l, &w[i]));
    }
    KrtSet *s = krt_set_from_list(l, KRT_T_SET);
    ck_assert_int_eq(krt_set_len(s), 4);
    ck_assert_uint_eq(w[0]->h.rc, 3); /* the list's and the set's (the first "alpha" was kept) */
    ck_assert_uint_eq(w[5]->h.rc, 2);
    KrtSet *f = krt_set_from_list(l, KRT_T_FROZENSET);
    ck_assert_uint_eq(f->h.type, KRT_T_FROZENSET);
    ck_assert(krt_set_eq(s, f));
    ck_assert_uint_eq(krt_frozenset_hash(s), krt_frozenset_hash(f));
    KrtSet *u = krt_set_union(f, s);
    ck_assert_uint_eq(u->h.type, KRT_T_FROZENSET);
    KrtList *back = krt_set_to_list(u);
    ck_assert_uint_eq(back->len, 4);
    rt_decref(back);
    KrtStr *out;
    ck_assert(krt_set_pop(s, &out));
    rt_decref(out);
    krt_set_clear(s);
    ck_assert_int_eq(krt_set_len(s), 0);
    /* a set of frozensets */
    KrtSet *ff = krt_set_new(&krt_elem_frozenset, KRT_T_SET);
    ck_assert(krt_set_add(ff, &f));
    ck_assert(krt_set_add(ff, &u)); /* equal to f: not added */
    ck_assert_int_eq(krt_set_len(ff), 1);
    ck_assert_uint_eq(u->h.rc, 1);
    KrtList *sets = krt_list_new(&krt_elem_set, 0);
    ck_assert(krt_list_append(sets, &s));
    ck_assert(krt_list_contains(sets, &s));
    rt_decref(sets);
    rt_decref(ff);
    rt_decref(u);
    rt_decref(f);
    rt_decref(s);
    rt_decref(l);
    for (int i = 0; i < 6; i++) {
        ck_assert_uint_eq(w[i]->h.rc, 1);
        rt_decref(w[i]);
    }
}
END_TEST

START_TEST(test_frozenset_hash_of_strs_is_order_free) {
    KrtStr *a = rt_str("one"), *b = rt_str("two"), *c = rt_str("three");
    KrtSet *x = krt_set_new(&krt_elem_str, KRT_T_FROZENSET), *y = krt_set_new(&krt_elem_str, KRT_T_FROZENSET);
    ck_assert(krt_set_add(x, &a) && krt_set_add(x, &b) && krt_set_add(x, &c));
    ck_assert(krt_set_add(y, &c) && krt_set_add(y, &a) && krt_set_add(y, &b));
    ck_assert_uint_eq(krt_frozenset_hash(x), krt_frozenset_hash(y));
    rt_decref(x);
    rt_decref(y);
    rt_decref(a);
    rt_decref(b);
    rt_decref(c);
}
END_TEST

/* ---- MemoryError -------------------------------------------------------------------------------- */

typedef bool (*SetOp)(KrtSet *a, KrtSet *b, void **made);

static bool op_add(KrtSet *a, KrtSet *b, void **made) {
    (void)b;
    (void)made;
    krt_int v = 1000;
    return krt_set_add(a, &v);
}
static bool op_update(KrtSet *a, KrtSet *b, void **made) {
    (void)made;
    return krt_set_update(a, b);
}
static bool op_iand(KrtSet *a, KrtSet *b, void **made) {
    (void)made;
    return krt_set_intersection_update(a, b);
}
static bool op_isub(KrtSet *a, KrtSet *b, void **made) {
    (void)made;
    return krt_set_difference_update(a, b);
}
static bool op_union(KrtSet *a, KrtSet *b, void **made) {
    return (*made = krt_set_union(a, b)) != NULL;
}
static bool op_inter(KrtSet *a, KrtSet *b, void **made) {
    return (*made = krt_set_intersection(a, b)) != NULL;
}
static bool op_diff(KrtSet *a, KrtSet *b, void **made) {
    return (*made = krt_set_difference(a, b)) != NULL;
}
static bool op_xor(KrtSet *a, KrtSet *b, void **made) {
    return (*made = krt_set_symmetric_difference(a, b)) != NULL;
}
static bool op_copy(KrtSet *a, KrtSet *b, void **made) {
    (void)b;
    return (*made = krt_set_copy(a)) != NULL;
}
static bool op_list(KrtSet *a, KrtSet *b, void **made) {
    (void)b;
    return (*made = krt_set_to_list(a)) != NULL;
}

START_TEST(test_memory_error_leaves_set_unchanged) {
    static const struct {
        const char *name;
        SetOp op;
    } ops[] = {{"add", op_add},     {"update", op_update}, {"iand", op_iand}, {"isub", op_isub},
               {"union", op_union}, {"inter", op_inter},   {"diff", op_diff}, {"xor", op_xor},
               {"copy", op_copy},   {"to_list", op_list}};
    for (size_t i = 0; i < COUNT(ops); i++) {
        KrtSet *a = krt_set_new(&krt_elem_int, KRT_T_SET), *b = krt_set_new(&krt_elem_int, KRT_T_SET);
        for (krt_int v = 0; v < 4; v++) ck_assert(krt_set_add(a, &v)); /* the next add resizes */
        for (krt_int v = 2; v < 300; v += 3) ck_assert(krt_set_add(b, &v));
        for (krt_int v = 0; v < 2; v++) krt_set_discard(a, &v);
        for (krt_int v = 0; v < 2; v++) ck_assert(krt_set_add(a, &v)); /* dummies reused */
        unsigned char *table = a->table;
        uint32_t fill = a->fill, used = a->used, mask = a->mask;
        uint32_t live = rt_live_blocks();
        for (uint32_t n = 1;; n++) {
            ck_assert_uint_lt(n, 100);
            void *made = NULL;
            krt_heap_fail_at(n);
            bool ok = ops[i].op(a, b, &made);
            krt_heap_fail_at(0);
            if (ok) {
                if (made) rt_decref(made);
                break;
            }
            ck_assert_msg(krt_exc_matches(KRT_T_MEMORY_ERROR), "%s: no MemoryError", ops[i].name);
            rt_decref(krt_exc_fetch());
            ck_assert_msg(rt_live_blocks() == live, "%s leaks when allocation %u fails", ops[i].name, n);
            ck_assert_ptr_eq(a->table, table);
            ck_assert_uint_eq(a->fill, fill);
            ck_assert_uint_eq(a->used, used);
            ck_assert_uint_eq(a->mask, mask);
            for (krt_int v = 0; v < 4; v++) ck_assert(krt_set_contains(a, &v));
        }
        rt_decref(a);
        rt_decref(b);
    }
}
END_TEST

static Suite *runtime_set_suite(void) {
    Suite *s = suite_create("runtime_set");
    TCase *tc = tcase_create("set");
    tcase_add_checked_fixture(tc, rt_setup, rt_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_fixed_scenarios_like_cpython);
    tcase_add_test(tc, test_random_scenarios_like_cpython);
    tcase_add_test(tc, test_errors_and_iteration);
    tcase_add_test(tc, test_float_order_like_cpython);
    tcase_add_test(tc, test_float_and_mixed_equal_values);
    tcase_add_test(tc, test_str_elements_and_frozenset);
    tcase_add_test(tc, test_frozenset_hash_of_strs_is_order_free);
    tcase_add_test(tc, test_memory_error_leaves_set_unchanged);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(runtime_set_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
