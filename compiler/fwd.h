/* fwd.h — the compiler's shared type names, declared once.
 *
 * C99 forbids repeating a typedef, so headers that only need to mention a
 * type include this file instead of declaring `typedef struct X X;` again.
 */
#ifndef KRAIT_FWD_H
#define KRAIT_FWD_H

typedef struct Arena Arena;
typedef struct Diag Diag;
typedef struct Lexer Lexer;
typedef struct Node Node;

#endif
