/* exc_args.c — what an exception instance says about itself: e.args,
 * str(e), e.__cause__ and e.__context__.
 *
 * An exception made by the program keeps two texts, both made once when it
 * is made (krt_exc_new_args, or super().__init__ in a program exception
 * class: krt_exc_init_args): msg, which is str(e) (str(a) of one argument,
 * the args tuple's repr of several, nothing of none), and args, the repr of
 * the args tuple with its length in nargs.  The arguments themselves are
 * not kept: krait types e.args as an opaque tuple that can be printed,
 * formatted and measured with len(), which is what firmware does with it.
 * An exception the runtime raises has a message only; its args are derived
 * from it: (msg,), or () without one.
 *
 * A program exception class that defines __str__ gets a KrtExcType
 * descriptor (flag KRT_TYPE_EXC_STR) whose str hook calls it: print(e),
 * str(e), f"{e}" and the uncaught report go through krt_exc_text, so a
 * base-typed variable holding a subclass instance prints the subclass's
 * text.  The hook runs program code: krt_exc_text sets aside the pending
 * exception and the scratch mode while it runs.
 */
#include <string.h>

#include "krt_internal.h"

/* "(" + inner + tail: the repr of a tuple around its elements' text. */
static KrtStr *wrap_tuple(KrtStr *inner, const char *tail) {
    KrtStr *open = krt_str_new("(", 1);
    if (!open) return NULL;
    KrtStr *s = krt_str_concat(open, inner);
    krt_decref(&open->h);
    if (!s) return NULL;
    KrtStr *close = krt_str_new(tail, strlen(tail));
    if (!close) {
        krt_decref(&s->h);
        return NULL;
    }
    KrtStr *r = krt_str_concat(s, close);
    krt_decref(&s->h);
    krt_decref(&close->h);
    return r;
}

void krt_exc_init_args(KrtExc *e, krt_int nargs, KrtStr *msg, KrtStr *inner) {
    KrtStr *args = NULL;
    if (nargs > 0) {
        args = wrap_tuple(inner, nargs == 1 ? ",)" : ")");
        if (!args) return;
    }
    if (nargs != 1) msg = args; /* str() of several is the tuple's repr; of none, "" */
    if (msg) krt_incref(&msg->h);
    krt_xdecref((KrtObject *)e->msg);
    e->msg = msg;
    krt_xdecref((KrtObject *)e->args);
    e->args = args;
    e->nargs = nargs;
}

KrtExc *krt_exc_new_args(krt_int type, krt_int nargs, KrtStr *msg, KrtStr *inner) {
    KrtExc *e = krt_exc_new((uint16_t)type, NULL);
    if (!e) return NULL;
    krt_exc_init_args(e, nargs, msg, inner);
    if (krt_failed()) {
        krt_decref(&e->h);
        return NULL;
    }
    return e;
}

KrtStr *krt_exc_args_repr(KrtExc *e) {
    if (e->args) {
        krt_incref(&e->args->h);
        return e->args;
    }
    if (e->nargs == 0 && !e->msg) return krt_str_new("()", 2);
    if (e->h.type == KRT_T_KEY_ERROR) return wrap_tuple(e->msg, ",)"); /* its message is the key's repr */
    KrtStr *r = krt_str_repr(e->msg);
    if (!r) return NULL;
    KrtStr *t = wrap_tuple(r, ",)");
    krt_decref(&r->h);
    return t;
}

krt_int krt_exc_args_len(KrtExc *e) {
    if (e->args) return e->nargs;
    return e->msg ? 1 : 0;
}

KrtExc *krt_exc_cause(KrtExc *e) {
    if (e->cause) krt_incref(&e->cause->h);
    return e->cause;
}

KrtExc *krt_exc_context(KrtExc *e) {
    if (e->context) krt_incref(&e->context->h);
    return e->context;
}

void krt_raise_exc_from(KrtExc *exc, KrtExc *cause) {
    if (exc) krt_raise_from(exc, cause);
}

KrtStr *krt_exc_text(KrtExc *e) {
    const KrtType *t = krt_type(e->h.type);
    if (t->flags & KRT_TYPE_EXC_STR) {
        KrtExc *pending = krt_exc_pending;
        bool scratch = krt_scratch_mode;
        krt_exc_pending = NULL;
        krt_scratch_mode = false;
        KrtStr *s = ((const KrtExcType *)t)->str(e);
        KrtExc *raised = krt_exc_pending;
        krt_exc_pending = pending;
        krt_scratch_mode = scratch;
        if (raised) {
            krt_xdecref((KrtObject *)s);
            krt_decref(&raised->h);
            return NULL;
        }
        return s;
    }
    KrtStr *s = e->msg ? e->msg : krt_str_empty();
    krt_incref(&s->h);
    return s;
}
