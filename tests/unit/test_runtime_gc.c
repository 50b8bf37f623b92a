/* test_runtime_gc.c — the cycle collector (runtime/gc.c).
 *
 * Defines two classes of its own, as a program would: Node (on a cycle:
 * KRT_TYPE_GC, a next field and a list field) and Leaf (no cycle, holds a
 * Node).  Pins down: garbage rings of any length freed, with the count
 * returned; objects referenced from outside kept with their counts exact
 * afterwards; garbage that points at live objects; cycles through a list
 * only a node holds (freed) and through a shared list (kept, by design);
 * stack objects as outside references; the collection an allocation
 * failure triggers; gc.disable(); a 20,000-node ring without deep
 * recursion.
 */
#define _POSIX_C_SOURCE 200809L
#define RT_OWN_PROGRAM_TYPES 1
#include "runtime_testlib.h"

typedef struct Node {
    KrtObject h;
    struct Node *next;
    KrtList *items;
    krt_int value;
} Node;

typedef struct Leaf {
    KrtObject h;
    Node *node;
} Leaf;

static void node_drop(KrtObject *o) {
    Node *n = (Node *)o;
    krt_xdecref((KrtObject *)n->next);
    krt_xdecref((KrtObject *)n->items);
}

static void node_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {
    Node *n = (Node *)o;
    if (n->next) visit((KrtObject *)n->next, ctx);
    if (n->items) visit((KrtObject *)n->items, ctx);
}

static void leaf_drop(KrtObject *o) {
    krt_xdecref((KrtObject *)((Leaf *)o)->node);
}

static void leaf_traverse(KrtObject *o, KrtVisitFn visit, void *ctx) {
    Leaf *l = (Leaf *)o;
    if (l->node) visit((KrtObject *)l->node, ctx);
}

static const KrtType node_type = {"Node", KRT_T_OBJECT, KRT_TYPE_GC, sizeof(Node), node_drop, node_traverse};
static const KrtType leaf_type = {"Leaf", KRT_T_OBJECT, 0, sizeof(Leaf), leaf_drop, leaf_traverse};
const KrtType *const krt_program_types[] = {&node_type, &leaf_type};
const uint16_t krt_program_type_count = 2;

#define NODE_T ((uint16_t)KRT_T__FIRST_USER)
#define LEAF_T ((uint16_t)(KRT_T__FIRST_USER + 1))

static Node *node_new(krt_int value) {
    Node *n = krt_alloc_object(sizeof(Node), NODE_T);
    ck_assert_ptr_nonnull(n);
    n->value = value;
    return n;
}

/* a.next = b, counted */
static void link_to(Node *a, Node *b) {
    krt_incref(&b->h);
    krt_xdecref((KrtObject *)a->next);
    a->next = b;
}

static void setup(void) {
    rt_setup();
    krt_gc_install();
    krt_gc_enable();
}

START_TEST(test_self_loop_freed) {
    Node *a = node_new(1);
    link_to(a, a);
    krt_decref(&a->h); /* only the loop holds it now */
    ck_assert_uint_eq(rt_live_blocks(), 1);
    ck_assert_int_eq(krt_gc_collect(), 1);
    ck_assert_uint_eq(rt_live_blocks(), 0);
    ck_assert_int_eq(krt_gc_collect(), 0);
}
END_TEST

START_TEST(test_referenced_ring_kept_counts_exact) {
    Node *a = node_new(1), *b = node_new(2), *c = node_new(3);
    link_to(a, b);
    link_to(b, c);
    link_to(c, a);
    krt_decref(&b->h);
    krt_decref(&c->h);
    /* a: the test's reference and c's; b and c: one each */
    ck_assert_int_eq(krt_gc_collect(), 0);
    ck_assert_uint_eq(a->h.rc, 2);
    ck_assert_uint_eq(b->h.rc, 1);
    ck_assert_uint_eq(c->h.rc, 1);
    ck_assert_uint_eq(a->h.type, NODE_T); /* the mark is gone */
    ck_assert_int_eq(a->next->next->value, 3);
    krt_decref(&a->h);
    ck_assert_int_eq(krt_gc_collect(), 3);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_garbage_pointing_at_live_object) {
    Node *live = node_new(9);
    Node *a = node_new(1), *b = node_new(2);
    link_to(a, b);
    link_to(b, a);
    Leaf *leaf = krt_alloc_object(sizeof(Leaf), LEAF_T); /* not on a cycle: outside the ring */
    ck_assert_ptr_nonnull(leaf);
    leaf->node = live;
    krt_incref(&live->h);
    KrtList *items = krt_list_new(&krt_elem_obj, 0);
    ck_assert_ptr_nonnull(items);
    ck_assert(krt_list_append(items, &live));
    a->items = items; /* the garbage holds a list that holds the live node */
    krt_decref(&a->h);
    krt_decref(&b->h);
    ck_assert_uint_eq(live->h.rc, 3);
    ck_assert_int_eq(krt_gc_collect(), 3); /* a, b and the list */
    ck_assert_uint_eq(live->h.rc, 2);
    ck_assert_int_eq(leaf->node->value, 9);
    krt_decref(&leaf->h);
    krt_decref(&live->h);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_cycle_through_owned_list_freed) {
    /* parent.items = [child, child2]; child.next = parent */
    Node *parent = node_new(0);
    parent->items = krt_list_new(&krt_elem_obj, 0);
    for (int i = 1; i <= 2; i++) {
        Node *child = node_new(i);
        link_to(child, parent);
        ck_assert(krt_list_append_owned(parent->items, &child));
    }
    krt_decref(&parent->h);
    ck_assert_int_eq(krt_gc_collect(), 4);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_cycle_through_shared_list_kept) {
    Node *parent = node_new(0);
    KrtList *shared = krt_list_new(&krt_elem_obj, 0);
    parent->items = shared;
    krt_incref(&shared->h); /* the test holds the list too */
    Node *child = node_new(1);
    link_to(child, parent);
    ck_assert(krt_list_append_owned(shared, &child));
    krt_decref(&parent->h);
    ck_assert_int_eq(krt_gc_collect(), 0); /* reachable through the test's list */
    ck_assert_int_eq(((Node *)*(KrtObject **)krt_list_at(shared, 0))->next->value, 0);
    krt_decref(&shared->h);
    ck_assert_int_eq(krt_gc_collect(), 3);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_stack_object_is_outside) {
    Node slot;
    memset(&slot, 0, sizeof slot);
    Node *s = krt_stack_object_fast(&slot.h, sizeof(Node), NODE_T, true);
    Node *a = node_new(1), *b = node_new(2);
    link_to(a, b);
    link_to(b, a);
    s->next = b; /* the stack object takes the test's reference to b */
    krt_decref(&a->h);
    ck_assert_int_eq(krt_gc_collect(), 0);
    ck_assert_int_eq(s->next->next->value, 1);
    krt_decref(&slot.h); /* the frame's own reference */
    krt_stack_end(&slot.h); /* releases b */
    ck_assert_int_eq(krt_gc_collect(), 2);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_allocation_failure_collects) {
    Node *a = node_new(1);
    link_to(a, a);
    krt_decref(&a->h);
    krt_heap_fail_at(1); /* the next request fails: the collector runs, then the retry succeeds */
    Node *b = node_new(2);
    ck_assert_ptr_null(krt_exc_pending);
    ck_assert_uint_eq(rt_live_blocks(), 1);
    krt_decref(&b->h);

    Node *c = node_new(3);
    link_to(c, c);
    krt_decref(&c->h);
    krt_gc_disable();
    ck_assert(!krt_gc_isenabled());
    krt_heap_fail_at(1); /* disabled: no collection, MemoryError */
    ck_assert_ptr_null(krt_alloc_object(sizeof(Node), NODE_T));
    ck_assert_ptr_nonnull(krt_exc_pending);
    krt_exc_reset();
    krt_gc_enable();
    ck_assert_int_eq(krt_gc_collect(), 1);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

START_TEST(test_long_ring) {
    enum { N = 20000 };
    Node *head = node_new(0), *tail = head;
    for (int i = 1; i < N; i++) {
        Node *n = node_new(i);
        tail->next = n; /* takes n's reference */
        tail = n;
    }
    link_to(tail, head);
    krt_decref(&head->h);
    ck_assert_int_eq(krt_gc_collect(), N);
    ck_assert_uint_eq(rt_live_blocks(), 0);
}
END_TEST

int main(void) {
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("collector");
    tcase_add_checked_fixture(tc, setup, rt_teardown);
    tcase_add_test(tc, test_self_loop_freed);
    tcase_add_test(tc, test_referenced_ring_kept_counts_exact);
    tcase_add_test(tc, test_garbage_pointing_at_live_object);
    tcase_add_test(tc, test_cycle_through_owned_list_freed);
    tcase_add_test(tc, test_cycle_through_shared_list_kept);
    tcase_add_test(tc, test_stack_object_is_outside);
    tcase_add_test(tc, test_allocation_failure_collects);
    tcase_add_test(tc, test_long_ring);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
