/* closure.h — function values (included at the end of krt.h).
 *
 * A value of a Callable type is a KrtFn *: an object whose code pointer
 * takes the value itself first, then the arguments, so one indirect call
 * reaches a plain function (through a small wrapper; the object is a
 * constant with an immortal count) or a closure (the object is its
 * environment: a generated struct beginning with these members, followed
 * by the captured values and cells).  The generated code casts `code` to
 * the exact function type before calling it.
 */
#ifndef KRAIT_CLOSURE_H
#define KRAIT_CLOSURE_H

typedef void (*KrtCode)(void);

typedef struct KrtFn {
    KrtObject h;
    KrtCode code; /* R (*)(KrtFn *self, A, B, ...) */
} KrtFn;

#endif
