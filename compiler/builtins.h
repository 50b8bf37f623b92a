/* builtins.h — the names a krait program finds without importing them.
 *
 * One table: every builtin CPython has that krait compiles, and every one it
 * refuses with the reason.  resolve.c binds names to these entries; the type
 * checker gives them their signatures.
 */
#ifndef KRAIT_BUILTINS_H
#define KRAIT_BUILTINS_H

typedef enum BuiltinKind {
    BUILTIN_FUNCTION,  /* print, len, ... */
    BUILTIN_TYPE,      /* int, str, list, ...: callable as constructors */
    BUILTIN_EXCEPTION, /* ValueError, ...: classes */
    BUILTIN_REJECTED,  /* exists in CPython; krait refuses it (see reason) */
} BuiltinKind;

/* X(id, name, kind, runtime type id or 0, reason when rejected) */
#define BUILTIN_LIST(X)                                                                   \
    X(B_PRINT, "print", BUILTIN_FUNCTION, 0, NULL)                                          \
    X(B_LEN, "len", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_RANGE, "range", BUILTIN_TYPE, 0, NULL)                                              \
    X(B_ENUMERATE, "enumerate", BUILTIN_FUNCTION, 0, NULL)                                  \
    X(B_ZIP, "zip", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_REVERSED, "reversed", BUILTIN_FUNCTION, 0, NULL)                                    \
    X(B_SORTED, "sorted", BUILTIN_FUNCTION, 0, NULL)                                        \
    X(B_MIN, "min", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_MAX, "max", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_SUM, "sum", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_ABS, "abs", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_ANY, "any", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_ALL, "all", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_MAP, "map", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_FILTER, "filter", BUILTIN_FUNCTION, 0, NULL)                                        \
    X(B_INT, "int", BUILTIN_TYPE, 0, NULL)                                                  \
    X(B_FLOAT, "float", BUILTIN_TYPE, 0, NULL)                                              \
    X(B_STR, "str", BUILTIN_TYPE, 0, NULL)                                                  \
    X(B_BOOL, "bool", BUILTIN_TYPE, 0, NULL)                                                \
    X(B_BYTES, "bytes", BUILTIN_TYPE, 0, NULL)                                              \
    X(B_BYTEARRAY, "bytearray", BUILTIN_TYPE, 0, NULL)                                      \
    X(B_LIST, "list", BUILTIN_TYPE, 0, NULL)                                                \
    X(B_DICT, "dict", BUILTIN_TYPE, 0, NULL)                                                \
    X(B_SET, "set", BUILTIN_TYPE, 0, NULL)                                                  \
    X(B_FROZENSET, "frozenset", BUILTIN_TYPE, 0, NULL)                                      \
    X(B_TUPLE, "tuple", BUILTIN_TYPE, 0, NULL)                                              \
    X(B_OBJECT, "object", BUILTIN_TYPE, 0, NULL)                                            \
    X(B_REPR, "repr", BUILTIN_FUNCTION, 0, NULL)                                            \
    X(B_ORD, "ord", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_CHR, "chr", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_HEX, "hex", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_BIN, "bin", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_OCT, "oct", BUILTIN_FUNCTION, 0, NULL)                                              \
    X(B_DIVMOD, "divmod", BUILTIN_FUNCTION, 0, NULL)                                        \
    X(B_ROUND, "round", BUILTIN_FUNCTION, 0, NULL)                                          \
    X(B_ISINSTANCE, "isinstance", BUILTIN_FUNCTION, 0, NULL)                                \
    X(B_ITER, "iter", BUILTIN_FUNCTION, 0, NULL)                                            \
    X(B_NEXT, "next", BUILTIN_FUNCTION, 0, NULL)                                            \
    X(B_HASH, "hash", BUILTIN_FUNCTION, 0, NULL)                                            \
    X(B_SUPER, "super", BUILTIN_FUNCTION, 0, NULL)                                          \
    X(B_PROPERTY, "property", BUILTIN_FUNCTION, 0, NULL)                                    \
    X(B_STATICMETHOD, "staticmethod", BUILTIN_FUNCTION, 0, NULL)                            \
    X(B_CLASSMETHOD, "classmethod", BUILTIN_FUNCTION, 0, NULL)                              \
    X(B_GETATTR, "getattr", BUILTIN_FUNCTION, 0, NULL)                                      \
    X(B_SETATTR, "setattr", BUILTIN_FUNCTION, 0, NULL)                                      \
    X(B_HASATTR, "hasattr", BUILTIN_FUNCTION, 0, NULL)                                      \
    X(B_DELATTR, "delattr", BUILTIN_FUNCTION, 0, NULL)                                      \
    X(B_EVAL, "eval", BUILTIN_REJECTED, 0,                                                  \
      "eval() is not supported: krait compiles ahead of time; there is no interpreter at run time") \
    X(B_EXEC, "exec", BUILTIN_REJECTED, 0,                                                  \
      "exec() is not supported: krait compiles ahead of time; there is no interpreter at run time") \
    X(B_COMPILE, "compile", BUILTIN_REJECTED, 0,                                            \
      "compile() is not supported: krait compiles ahead of time; there is no interpreter at run time") \
    X(B_GLOBALS, "globals", BUILTIN_REJECTED, 0,                                            \
      "globals() is not supported: krait's module variables are C variables, not a dict; use the names directly") \
    X(B_LOCALS, "locals", BUILTIN_REJECTED, 0,                                              \
      "locals() is not supported: krait's local variables are C variables, not a dict; use the names directly") \
    X(B_VARS, "vars", BUILTIN_REJECTED, 0,                                                  \
      "vars() is not supported: krait objects have no __dict__; use the fields directly")  \
    X(B_DIR, "dir", BUILTIN_REJECTED, 0,                                                    \
      "dir() is not supported: krait keeps no run-time list of names")                     \
    X(B_TYPE, "type", BUILTIN_REJECTED, 0,                                                  \
      "type() is not supported: krait has no run-time type objects; use isinstance(x, C)") \
    X(B_ID, "id", BUILTIN_REJECTED, 0, "id() is not supported: object addresses are not stable values in krait") \
    X(B_INPUT, "input", BUILTIN_REJECTED, 0, "input() is not supported: a microcontroller has no console input; read from a HAL function") \
    X(B_OPEN, "open", BUILTIN_REJECTED, 0, "open() is not supported: krait programs have no file system") \
    X(B_IMPORT, "__import__", BUILTIN_REJECTED, 0,                                          \
      "__import__() is not supported: imports are resolved at compile time; use an import statement") \
    X(B_COMPLEX, "complex", BUILTIN_REJECTED, 0, "complex numbers are not supported by krait") \
    X(B_MEMORYVIEW, "memoryview", BUILTIN_REJECTED, 0, "memoryview is not supported; slice a bytearray instead") \
    X(B_SLICE, "slice", BUILTIN_REJECTED, 0, "slice objects are not supported; write the slice a[i:j] directly") \
    X(B_CALLABLE, "callable", BUILTIN_REJECTED, 0, "callable() is not supported: whether a value is callable is known from its type") \
    X(B_ISSUBCLASS, "issubclass", BUILTIN_REJECTED, 0, "issubclass() is not supported: krait has no run-time class objects") \
    X(B_NOTIMPLEMENTED, "NotImplemented", BUILTIN_REJECTED, 0, "NotImplemented is not supported: krait resolves operators at compile time") \
    X(B_ELLIPSIS, "Ellipsis", BUILTIN_REJECTED, 0, "Ellipsis is not supported as a value")

/* Built-in exception classes: X(python name, runtime type id suffix). */
#define BUILTIN_EXCEPTION_LIST(X)                                   \
    X("BaseException", BASE_EXCEPTION)                                \
    X("SystemExit", SYSTEM_EXIT)                                      \
    X("KeyboardInterrupt", KEYBOARD_INTERRUPT)                        \
    X("GeneratorExit", GENERATOR_EXIT)                                \
    X("Exception", EXCEPTION)                                         \
    X("ArithmeticError", ARITHMETIC_ERROR)                            \
    X("ZeroDivisionError", ZERO_DIVISION_ERROR)                       \
    X("OverflowError", OVERFLOW_ERROR)                                \
    X("AssertionError", ASSERTION_ERROR)                              \
    X("AttributeError", ATTRIBUTE_ERROR)                              \
    X("LookupError", LOOKUP_ERROR)                                    \
    X("IndexError", INDEX_ERROR)                                      \
    X("KeyError", KEY_ERROR)                                          \
    X("MemoryError", MEMORY_ERROR)                                    \
    X("NameError", NAME_ERROR)                                        \
    X("UnboundLocalError", UNBOUND_LOCAL_ERROR)                       \
    X("RuntimeError", RUNTIME_ERROR)                                  \
    X("NotImplementedError", NOT_IMPLEMENTED_ERROR)                   \
    X("RecursionError", RECURSION_ERROR)                              \
    X("StopIteration", STOP_ITERATION)                                \
    X("TypeError", TYPE_ERROR)                                        \
    X("ValueError", VALUE_ERROR)                                      \
    X("UnicodeError", UNICODE_ERROR)                                  \
    X("UnicodeDecodeError", UNICODE_DECODE_ERROR)                     \
    X("UnicodeEncodeError", UNICODE_ENCODE_ERROR)                     \
    X("OSError", OS_ERROR)                                            \
    X("TimeoutError", TIMEOUT_ERROR)

typedef struct Builtin {
    const char *name;
    BuiltinKind kind;
    int id;             /* B_* for functions/types; index for exceptions */
    const char *reason; /* BUILTIN_REJECTED: the message */
} Builtin;

typedef enum BuiltinId {
#define X(id, name, kind, rt, reason) id,
    BUILTIN_LIST(X)
#undef X
    B__COUNT
} BuiltinId;

/* The builtin of that name, or NULL. */
const Builtin *builtin_lookup(const char *name);

#endif
