/* grammar.y — Python 3.11's grammar for Lemon (LALR(1)).
 *
 * The %token list fixes the TK_* codes the lexer produces; keep it the one
 * table of terminals, in this order (new terminals go at the end of the last
 * list).
 *
 * The model is Python's old LL(1) grammar (3.8's Grammar/Grammar), except
 * for operators: its ten precedence levels from or_test down to
 * await_primary are two nonterminals here (`disjunction` for or/and/not and
 * comparisons, `expr` for the rest) with %left/%right declarations, so an
 * operand climbs to `test` in one reduction (`test ::= expr`) rather than
 * fifteen; the language accepted is the same.  Where LALR(1) cannot decide early, the
 * grammar accepts a superset and parse_*.c check what came through, with
 * CPython's messages:
 *   - assignment, del, for, with and comprehension targets are parsed as
 *     expressions, then checked (parse_build.c);
 *   - keyword arguments are `test = test`, checked for a name on the left;
 *   - `x as y` is accepted inside any brackets, call arguments and dict
 *     values; with statements and patterns claim theirs, the rest is an
 *     error at the end of the line;
 *   - match patterns are parsed as expressions (top level at the `expr`
 *     level, so `case x if guard:` works) and converted by parse_pattern.c;
 *   - parameter lists are flat lists of entries whose order is checked when
 *     the arguments node is built.
 * Every action is one call into the builders (parse_rules.h).
 *
 * Error recovery: a statement that does not parse is skipped up to its
 * NEWLINE (and the indented block after it, if any), so one run reports
 * several independent errors.  The recovery rules re-enable error reporting
 * at once (Lemon otherwise waits for three good tokens).
 *
 * The parser stack is bounded (%stack_size): nesting deeper than that is
 * reported as "too deeply nested", never a crash.  A lone f-string
 * replacement field is parsed by the same tables, starting with the extra
 * terminal FRAGMENT.
 *
 * Tokens go in through krait_parser_feed (at the end of this file), which
 * runs Lemon's loop itself so that a syntax error is explained from the
 * stack as it was before the token, at no cost for tokens that parse.
 */
%name KraitParse
%token_prefix TK_
%token_type {Token}
%extra_argument {ParseState *ps}
%start_symbol start
/* Entries of about 70 bytes: 5000 of them hold 200 levels of parentheses
 * (the lexer's limit) inside 100 levels of blocks several times over. */
%stack_size 5000

%include {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse_rules.h"
}

/* krait_parser_feed (at the end) reports errors before Lemon sees them. */
%syntax_error {
    (void)yymajor;
    (void)yyminor;
}

%stack_overflow {
    parse_stack_overflow(ps);
}

%token ENDMARKER NEWLINE INDENT DEDENT NAME NUMBER STRING FSTRING.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD MATCH CASE.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH
       VBAR AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL
       GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
       MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
       CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
       DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION
       FRAGMENT.

/* ==== files and fragments ============================================== */

start ::= file_input.
start ::= FRAGMENT atom(A) ENDMARKER.               { ps->result = A; }

file_input ::= stmts(B) ENDMARKER.                 { parse_finish_module(ps, &B); }
file_input ::= stmts(B) error ENDMARKER.           { parse_finish_module(ps, &B); }

/* ==== statements ========================================================= */

%type stmts {PtrVec}
stmts(A) ::= .                                      { memset(&A, 0, sizeof A); }
/* A line of simple statements: as simple_stmt below, in one reduction. */
stmts(A) ::= stmts(A) small_stmts(B) NEWLINE.       { parse_vec_extend(ps, &A, &B); }
stmts(A) ::= stmts(A) small_stmts(B) SEMI NEWLINE.  { parse_vec_extend(ps, &A, &B); }
stmts(A) ::= stmts(A) compound_stmt(B).             { parse_stmt_done(ps, B); parse_vec_push(ps, &A, B); }
stmts(A) ::= stmts(A) skipped_line.
stmts(A) ::= stmts(A) skipped_line INDENT stmts DEDENT.
stmts(A) ::= stmts(A) skipped_indent stmts DEDENT.

/* Error recovery: the rest of a broken line (and the block it opened), or
 * an unexpected indented block.  Reporting resumes at once rather than after
 * Lemon's three good tokens. */
skipped_line ::= error NEWLINE.                     { parse_recovered(ps); yypParser->yyerrcnt = -1; }
skipped_indent ::= error INDENT.                    { parse_recovered(ps); yypParser->yyerrcnt = -1; }

%type suite {PtrVec}
suite(A) ::= simple_stmt(A).
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT.           { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) error DEDENT.  { A = B; parse_recovered(ps); yypParser->yyerrcnt = -1; }

%type simple_stmt {PtrVec}
simple_stmt(A) ::= small_stmts(A) NEWLINE.
simple_stmt(A) ::= small_stmts(A) SEMI NEWLINE.

%type small_stmts {PtrVec}
small_stmts(A) ::= small_stmt(B).                   { parse_stmt_done(ps, B); A = parse_vec1(ps, B); }
small_stmts(A) ::= small_stmts(A) SEMI small_stmt(B). { parse_stmt_done(ps, B); parse_vec_push(ps, &A, B); }

%type small_stmt {Node *}
small_stmt(A) ::= expr_stmt(A).
small_stmt(A) ::= DEL(T) exprlist(B).               { A = parse_delete(ps, &T, &B); }
small_stmt(A) ::= PASS(T).                          { A = parse_keyword_stmt(ps, NODE_Pass, &T, NULL, NULL, &T); }
small_stmt(A) ::= BREAK(T).                         { A = parse_keyword_stmt(ps, NODE_Break, &T, NULL, NULL, &T); }
small_stmt(A) ::= CONTINUE(T).                      { A = parse_keyword_stmt(ps, NODE_Continue, &T, NULL, NULL, &T); }
small_stmt(A) ::= RETURN(T).                        { A = parse_keyword_stmt(ps, NODE_Return, &T, NULL, NULL, &T); }
small_stmt(A) ::= RETURN(T) testlist_star_expr(B).  { A = parse_keyword_stmt(ps, NODE_Return, &T, parse_tuple_or_single(ps, &B), NULL, NULL); }
small_stmt(A) ::= RAISE(T).                         { A = parse_keyword_stmt(ps, NODE_Raise, &T, NULL, NULL, &T); }
small_stmt(A) ::= RAISE(T) test(B).                 { A = parse_keyword_stmt(ps, NODE_Raise, &T, B, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(B) FROM test(C).    { A = parse_keyword_stmt(ps, NODE_Raise, &T, B, C, NULL); }
small_stmt(A) ::= ASSERT(T) test(B).                { A = parse_keyword_stmt(ps, NODE_Assert, &T, B, NULL, NULL); }
small_stmt(A) ::= ASSERT(T) test(B) COMMA test(C).  { A = parse_keyword_stmt(ps, NODE_Assert, &T, B, C, NULL); }
small_stmt(A) ::= GLOBAL(T) namelist(B) NAME(C).    { A = parse_global(ps, NODE_Global, &T, &B, &C); }
small_stmt(A) ::= NONLOCAL(T) namelist(B) NAME(C).  { A = parse_global(ps, NODE_Nonlocal, &T, &B, &C); }
small_stmt(A) ::= IMPORT(T) dotted_as_names(B).     { A = parse_import(ps, &T, &B); }
small_stmt(A) ::= FROM(T) from_module(M) IMPORT import_targets(B). { A = parse_import_from(ps, &T, M, &B); }

/* Names before the last one (each followed by its comma). */
%type namelist {PtrVec}
namelist(A) ::= .                                   { memset(&A, 0, sizeof A); }
namelist(A) ::= namelist(A) NAME(B) COMMA.          { parse_vec_push(ps, &A, (void *)parse_ident(ps, &B)); }

%type expr_stmt {Node *}
expr_stmt(A) ::= testlist_star_expr(B).             { A = parse_expr_stmt(ps, parse_tuple_or_single(ps, &B)); }
expr_stmt(A) ::= yield_expr(B).                     { A = parse_expr_stmt(ps, B); }
expr_stmt(A) ::= assign_chain(B).                   { A = parse_assign(ps, &B); }
expr_stmt(A) ::= testlist_star_expr(B) augassign(O) rhs(C). { A = parse_augassign(ps, &B, O, C); }
expr_stmt(A) ::= testlist_star_expr(B) COLON test(C). { A = parse_annassign(ps, &B, C, NULL); }
expr_stmt(A) ::= testlist_star_expr(B) COLON test(C) EQUAL rhs(D). { A = parse_annassign(ps, &B, C, D); }

/* The targets, then the value last. */
%type assign_chain {PtrVec}
assign_chain(A) ::= testlist_star_expr(B) EQUAL rhs(C). { A = parse_vec1(ps, parse_tuple_or_single(ps, &B)); parse_vec_push(ps, &A, C); }
assign_chain(A) ::= yield_expr(B) EQUAL rhs(C).     { A = parse_vec1(ps, B); parse_vec_push(ps, &A, C); }
assign_chain(A) ::= assign_chain(A) EQUAL rhs(C).   { parse_vec_push(ps, &A, C); }

/* testlist_star_expr made a single node (the one item, or a Tuple), with
 * the lone test or starred item taken at once (no list for it). */
%type rhs {Node *}
rhs(A) ::= test(A).
rhs(A) ::= star_expr(A).
rhs(A) ::= tse_items(B) COMMA(C).                   { parse_list_comma(&B, &C); A = parse_tuple_or_single(ps, &B); }
rhs(A) ::= tse_items(B) COMMA test_or_star(D).      { parse_list_push(ps, &B, D); A = parse_tuple_or_single(ps, &B); }
rhs(A) ::= yield_expr(A).

%type augassign {int}
augassign(A) ::= PLUSEQUAL.          { A = BINOP_Add; }
augassign(A) ::= MINEQUAL.           { A = BINOP_Sub; }
augassign(A) ::= STAREQUAL.          { A = BINOP_Mult; }
augassign(A) ::= ATEQUAL.            { A = BINOP_MatMult; }
augassign(A) ::= SLASHEQUAL.         { A = BINOP_Div; }
augassign(A) ::= PERCENTEQUAL.       { A = BINOP_Mod; }
augassign(A) ::= AMPEREQUAL.         { A = BINOP_BitAnd; }
augassign(A) ::= VBAREQUAL.          { A = BINOP_BitOr; }
augassign(A) ::= CIRCUMFLEXEQUAL.    { A = BINOP_BitXor; }
augassign(A) ::= LEFTSHIFTEQUAL.     { A = BINOP_LShift; }
augassign(A) ::= RIGHTSHIFTEQUAL.    { A = BINOP_RShift; }
augassign(A) ::= DOUBLESTAREQUAL.    { A = BINOP_Pow; }
augassign(A) ::= DOUBLESLASHEQUAL.   { A = BINOP_FloorDiv; }

/* ---- imports ---- */

%type dotted_as_names {PtrVec}
dotted_as_names(A) ::= dotted_as_name(B).           { A = parse_vec1(ps, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B). { parse_vec_push(ps, &A, B); }

%type dotted_as_name {Node *}
dotted_as_name(A) ::= dotted_name(B).               { A = parse_alias(ps, B.name, B.span, NULL); }
dotted_as_name(A) ::= dotted_name(B) AS NAME(C).    { A = parse_alias(ps, B.name, B.span, &C); }

%type dotted_name {DottedName}
dotted_name(A) ::= NAME(B).                         { A = parse_dotted(ps, NULL, &B); }
dotted_name(A) ::= dotted_name(A) DOT NAME(B).      { A = parse_dotted(ps, &A, &B); }

%type from_module {FromModule}
from_module(A) ::= dotted_name(B).                  { A.module = B.name; A.level = 0; }
from_module(A) ::= dots(D).                         { A.module = NULL; A.level = D; }
from_module(A) ::= dots(D) dotted_name(B).          { A.module = B.name; A.level = D; }

%type dots {int}
dots(A) ::= DOT.                                    { A = 1; }
dots(A) ::= ELLIPSIS.                               { A = 3; }
dots(A) ::= dots(A) DOT.                            { A += 1; }
dots(A) ::= dots(A) ELLIPSIS.                       { A += 3; }

%type import_targets {ImportTargets}
import_targets(A) ::= STAR(S).                      { A.names = parse_vec1(ps, parse_alias(ps, "*", S.span, NULL)); A.end = S.span.end; }
import_targets(A) ::= LPAR import_as_names(B) RPAR(R). { A.names = B; A.end = R.span.end; }
import_targets(A) ::= LPAR import_as_names(B) COMMA RPAR(R). { A.names = B; A.end = R.span.end; }
import_targets(A) ::= import_as_names(B).           { A.names = B; A.end = ((Node *)B.items[B.len - 1])->span.end; }
import_targets(A) ::= import_as_names(B) COMMA(C).  { A.names = B; A.end = C.span.end; parse_error(ps, C.span, "trailing comma not allowed without surrounding parentheses"); }

%type import_as_names {PtrVec}
import_as_names(A) ::= import_as_name(B).           { A = parse_vec1(ps, B); }
import_as_names(A) ::= import_as_names(A) COMMA import_as_name(B). { parse_vec_push(ps, &A, B); }

%type import_as_name {Node *}
import_as_name(A) ::= NAME(B).                      { A = parse_alias(ps, parse_ident(ps, &B), B.span, NULL); }
import_as_name(A) ::= NAME(B) AS NAME(C).           { A = parse_alias(ps, parse_ident(ps, &B), B.span, &C); }

/* ==== compound statements ================================================ */

%type compound_stmt {Node *}
compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= WHILE(T) namedexpr_test(C) COLON suite(B) else_clause(E). { A = parse_while(ps, &T, C, &B, &E); }
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F).      { A = parse_decorated(ps, &D, F); }
compound_stmt(A) ::= decorators(D) classdef(F).     { A = parse_decorated(ps, &D, F); }
compound_stmt(A) ::= decorators(D) ASYNC(T) funcdef(F). { A = parse_decorated(ps, &D, parse_async(ps, &T, F)); }
compound_stmt(A) ::= ASYNC(T) funcdef(F).           { A = parse_async(ps, &T, F); }
compound_stmt(A) ::= ASYNC(T) with_stmt(F).         { A = parse_async(ps, &T, F); }
compound_stmt(A) ::= ASYNC(T) for_stmt(F).          { A = parse_async(ps, &T, F); }
compound_stmt(A) ::= match_stmt(A).

%type else_clause {PtrVec}
else_clause(A) ::= .                                { memset(&A, 0, sizeof A); }
else_clause(A) ::= ELSE COLON suite(B).             { A = B; }

/* Without elif and else, and with else only, as rules of their own: no
 * empty elifs / else_clause to reduce for the commonest forms. */
%type if_stmt {Node *}
if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B). { PtrVec none = {NULL, 0, 0}; A = parse_if(ps, &T, C, &B, &none, &none); }
if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B) ELSE COLON suite(F). { PtrVec none = {NULL, 0, 0}; A = parse_if(ps, &T, C, &B, &none, &F); }
if_stmt(A) ::= IF(T) namedexpr_test(C) COLON suite(B) elifs(E) else_clause(F). { A = parse_if(ps, &T, C, &B, &E, &F); }

/* One or more. */
%type elifs {PtrVec}
elifs(A) ::= ELIF(T) namedexpr_test(C) COLON suite(B). { A = parse_vec1(ps, parse_elif(ps, &T, C, &B)); }
elifs(A) ::= elifs(A) ELIF(T) namedexpr_test(C) COLON suite(B). { parse_vec_push(ps, &A, parse_elif(ps, &T, C, &B)); }

%type for_stmt {Node *}
for_stmt(A) ::= FOR(T) exprlist(X) IN testlist_star_expr(I) COLON suite(B) else_clause(E). { A = parse_for(ps, &T, &X, parse_tuple_or_single(ps, &I), &B, &E); }

%type try_stmt {Node *}
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_clause(E). { PtrVec none; memset(&none, 0, sizeof none); A = parse_try(ps, &T, &B, &H, &E, &none); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_clause(E) FINALLY COLON suite(F). { A = parse_try(ps, &T, &B, &H, &E, &F); }
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). { Handlers none; PtrVec empty; memset(&none, 0, sizeof none); memset(&empty, 0, sizeof empty); A = parse_try(ps, &T, &B, &none, &empty, &F); }

%type handlers {Handlers}
handlers(A) ::= handler(B).                         { A = parse_handlers1(ps, B, false); }
handlers(A) ::= star_handler(B).                    { A = parse_handlers1(ps, B, true); }
handlers(A) ::= handlers(A) handler(B).             { parse_handlers_push(ps, &A, B, false); }
handlers(A) ::= handlers(A) star_handler(B).        { parse_handlers_push(ps, &A, B, true); }

%type handler {Node *}
handler(A) ::= EXCEPT(T) COLON suite(B).            { A = parse_handler(ps, &T, false, NULL, NULL, &B); }
handler(A) ::= EXCEPT(T) testlist(E) COLON suite(B). { A = parse_handler(ps, &T, false, &E, NULL, &B); }
handler(A) ::= EXCEPT(T) testlist(E) AS NAME(N) COLON suite(B). { A = parse_handler(ps, &T, false, &E, &N, &B); }

%type star_handler {Node *}
star_handler(A) ::= EXCEPT(T) STAR COLON(C) suite(B). { parse_error(ps, C.span, "expected one or more exception types"); A = parse_handler(ps, &T, true, NULL, NULL, &B); }
star_handler(A) ::= EXCEPT(T) STAR testlist(E) COLON suite(B). { A = parse_handler(ps, &T, true, &E, NULL, &B); }
star_handler(A) ::= EXCEPT(T) STAR testlist(E) AS NAME(N) COLON suite(B). { A = parse_handler(ps, &T, true, &E, &N, &B); }

%type with_stmt {Node *}
with_stmt(A) ::= with_head(H) suite(B).             { A = parse_with(ps, H, &B); }

/* Reduced before the body is read, so its `x as y` items are claimed
 * before the end of the line. */
%type with_head {Node *}
with_head(A) ::= WITH(T) with_items(I) COLON.       { A = parse_with_head(ps, &T, &I); }

%type with_items {PtrVec}
with_items(A) ::= with_item(B).                     { A = parse_vec1(ps, B); }
with_items(A) ::= with_items(A) COMMA with_item(B). { parse_vec_push(ps, &A, B); }

%type with_item {Node *}
with_item(A) ::= test(B).                           { A = parse_with_item(ps, B, NULL); }
with_item(A) ::= test(B) AS expr(C).                { A = parse_with_item(ps, B, C); }

%type funcdef {Node *}
funcdef(A) ::= DEF(T) NAME(N) parameters(P) COLON suite(B). { A = parse_funcdef(ps, &T, &N, &P, NULL, &B); }
funcdef(A) ::= DEF(T) NAME(N) parameters(P) RARROW test(R) COLON suite(B). { A = parse_funcdef(ps, &T, &N, &P, R, &B); }

%type classdef {Node *}
classdef(A) ::= CLASS(T) NAME(N) COLON suite(B).    { A = parse_classdef(ps, &T, &N, NULL, NULL, NULL, &B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR(L) RPAR(R) COLON suite(B). { ArgList none; memset(&none, 0, sizeof none); A = parse_classdef(ps, &T, &N, &L, &none, &R, &B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR(L) arglist(C) RPAR(R) COLON suite(B). { A = parse_classdef(ps, &T, &N, &L, &C, &R, &B); }

%type decorators {PtrVec}
decorators(A) ::= decorator(B).                     { A = parse_vec1(ps, B); }
decorators(A) ::= decorators(A) decorator(B).       { parse_vec_push(ps, &A, B); }

%type decorator {Node *}
decorator(A) ::= AT namedexpr_test(B) NEWLINE.      { A = B; }

/* ---- match ---- */

%type match_stmt {Node *}
match_stmt(A) ::= MATCH(T) subject(S) COLON NEWLINE INDENT cases(C) DEDENT(D). { A = parse_match(ps, &T, &S, &C, &D); }

%type subject {ExprList}
subject(A) ::= named_items(A).
subject(A) ::= named_items(A) COMMA(C).             { parse_list_comma(&A, &C); }

%type named_items {ExprList}
named_items(A) ::= named_or_star(B).                { A = parse_list1(ps, B); }
named_items(A) ::= named_items(A) COMMA named_or_star(B). { parse_list_push(ps, &A, B); }

%type named_or_star {Node *}
named_or_star(A) ::= namedexpr_test(A).
named_or_star(A) ::= star_expr(A).

%type cases {PtrVec}
cases(A) ::= .                                      { memset(&A, 0, sizeof A); }
cases(A) ::= cases(A) case_head(H) suite(B).        { parse_vec_push(ps, &A, parse_case(ps, H, &B)); }
cases(A) ::= cases(A) skipped_line.
cases(A) ::= cases(A) skipped_line INDENT stmts DEDENT.

%type case_head {Node *}
case_head(A) ::= CASE(T) patterns(P) COLON.         { A = parse_case_head(ps, &T, &P, NULL); }
case_head(A) ::= CASE(T) patterns(P) IF namedexpr_test(G) COLON. { A = parse_case_head(ps, &T, &P, G); }

/* Patterns are read as expressions (top level: no conditional expression,
 * so that `if` starts the guard) and converted by parse_pattern.c. */
%type patterns {ExprList}
patterns(A) ::= pattern_items(A).
patterns(A) ::= pattern_items(A) COMMA(C).          { parse_list_comma(&A, &C); }

%type pattern_items {ExprList}
pattern_items(A) ::= pattern_item(B).               { A = parse_list1(ps, B); }
pattern_items(A) ::= pattern_items(A) COMMA pattern_item(B). { parse_list_push(ps, &A, B); }

%type pattern_item {Node *}
pattern_item(A) ::= expr(A).
pattern_item(A) ::= star_expr(A).
pattern_item(A) ::= expr(B) AS(T) expr(C).          { A = parse_as_item(ps, B, &T, C); }

/* ---- parameters ---- */

%type parameters {PtrVec}
parameters(A) ::= LPAR RPAR.                        { memset(&A, 0, sizeof A); }
parameters(A) ::= LPAR params(B) RPAR.              { A = B; }
parameters(A) ::= LPAR params(B) COMMA RPAR.        { A = B; }

%type params {PtrVec}
params(A) ::= param(B).                             { A = parse_vec1(ps, B); }
params(A) ::= params(A) COMMA param(B).             { parse_vec_push(ps, &A, B); }

%type param {ParamItem *}
param(A) ::= NAME(N).                               { A = parse_param(ps, PARAM_PLAIN, NULL, &N, NULL, NULL, NULL); }
param(A) ::= NAME(N) COLON test(C).                 { A = parse_param(ps, PARAM_PLAIN, NULL, &N, C, NULL, NULL); }
param(A) ::= NAME(N) EQUAL(E) test(D).              { A = parse_param(ps, PARAM_PLAIN, NULL, &N, NULL, &E, D); }
param(A) ::= NAME(N) COLON test(C) EQUAL(E) test(D). { A = parse_param(ps, PARAM_PLAIN, NULL, &N, C, &E, D); }
param(A) ::= STAR(S).                               { A = parse_param(ps, PARAM_STAR, &S, NULL, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N).                       { A = parse_param(ps, PARAM_STAR, &S, &N, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON test_or_star(C). { A = parse_param(ps, PARAM_STAR, &S, &N, C, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) EQUAL(E) test(D).      { A = parse_param(ps, PARAM_STAR, &S, &N, NULL, &E, D); }
param(A) ::= STAR(S) NAME(N) COLON test_or_star(C) EQUAL(E) test(D). { A = parse_param(ps, PARAM_STAR, &S, &N, C, &E, D); }
param(A) ::= DOUBLESTAR(S) NAME(N).                 { A = parse_param(ps, PARAM_DSTAR, &S, &N, NULL, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(C).   { A = parse_param(ps, PARAM_DSTAR, &S, &N, C, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(E) test(D). { A = parse_param(ps, PARAM_DSTAR, &S, &N, NULL, &E, D); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(C) EQUAL(E) test(D). { A = parse_param(ps, PARAM_DSTAR, &S, &N, C, &E, D); }
param(A) ::= SLASH(S).                              { A = parse_param(ps, PARAM_SLASH, &S, NULL, NULL, NULL, NULL); }

%type lparams {PtrVec}
lparams(A) ::= lparam_items(A).
lparams(A) ::= lparam_items(A) COMMA.

%type lparam_items {PtrVec}
lparam_items(A) ::= lparam(B).                      { A = parse_vec1(ps, B); }
lparam_items(A) ::= lparam_items(A) COMMA lparam(B). { parse_vec_push(ps, &A, B); }

%type lparam {ParamItem *}
lparam(A) ::= NAME(N).                              { A = parse_param(ps, PARAM_PLAIN, NULL, &N, NULL, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL(E) test(D).             { A = parse_param(ps, PARAM_PLAIN, NULL, &N, NULL, &E, D); }
lparam(A) ::= STAR(S).                              { A = parse_param(ps, PARAM_STAR, &S, NULL, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N).                      { A = parse_param(ps, PARAM_STAR, &S, &N, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N) EQUAL(E) test(D).     { A = parse_param(ps, PARAM_STAR, &S, &N, NULL, &E, D); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).                { A = parse_param(ps, PARAM_DSTAR, &S, &N, NULL, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N) EQUAL(E) test(D). { A = parse_param(ps, PARAM_DSTAR, &S, &N, NULL, &E, D); }
lparam(A) ::= SLASH(S).                             { A = parse_param(ps, PARAM_SLASH, &S, NULL, NULL, NULL, NULL); }

/* ==== expressions ======================================================== */

/* A list of one item without a comma (the commonest by far) is not a
 * tse_items first: one reduction less per statement.  tse_items are the
 * items before a comma. */
%type testlist_star_expr {ExprList}
testlist_star_expr(A) ::= test_or_star(B).          { A = parse_list1(ps, B); }
testlist_star_expr(A) ::= tse_items(A) COMMA(C).    { parse_list_comma(&A, &C); }
testlist_star_expr(A) ::= tse_items(A) COMMA test_or_star(B). { parse_list_push(ps, &A, B); }

%type tse_items {ExprList}
tse_items(A) ::= test_or_star(B).                   { A = parse_list1(ps, B); }
tse_items(A) ::= tse_items(A) COMMA test_or_star(B). { parse_list_push(ps, &A, B); }

%type test_or_star {Node *}
test_or_star(A) ::= test(A).
test_or_star(A) ::= star_expr(A).

/* Exception types: tests only (a star after except means except*). */
%type testlist {ExprList}
testlist(A) ::= testlist_items(A).
testlist(A) ::= testlist_items(A) COMMA(C).         { parse_list_comma(&A, &C); }

%type testlist_items {ExprList}
testlist_items(A) ::= test(B).                      { A = parse_list1(ps, B); }
testlist_items(A) ::= testlist_items(A) COMMA test(B). { parse_list_push(ps, &A, B); }

/* Targets of for, del and comprehensions: no comparison level, so that
 * `in` ends them. */
%type exprlist {ExprList}
exprlist(A) ::= exprlist_items(A).
exprlist(A) ::= exprlist_items(A) COMMA(C).         { parse_list_comma(&A, &C); }

%type exprlist_items {ExprList}
exprlist_items(A) ::= expr_or_star(B).              { A = parse_list1(ps, B); }
exprlist_items(A) ::= exprlist_items(A) COMMA expr_or_star(B). { parse_list_push(ps, &A, B); }

%type expr_or_star {Node *}
expr_or_star(A) ::= expr(A).
expr_or_star(A) ::= star_expr(A).

%type star_expr {Node *}
star_expr(A) ::= STAR(T) expr(B).                   { A = ast_starred(ps->arena, B, T.span.begin); }

%type yield_expr {Node *}
yield_expr(A) ::= YIELD(T).                         { A = parse_yield(ps, &T, NULL, false); }
yield_expr(A) ::= YIELD(T) FROM test(B).            { A = parse_yield(ps, &T, B, true); }
yield_expr(A) ::= YIELD(T) testlist_star_expr(B).   { A = parse_yield(ps, &T, parse_tuple_or_single(ps, &B), false); }

%type namedexpr_test {Node *}
namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= test(B) COLONEQUAL test(C).   { A = parse_namedexpr(ps, B, C); }

/* Operators, loosest first.  Python's levels (or_test .. await_primary in
 * the 3.8 grammar) are folded into two nonterminals so that an operand
 * reaches `test` in a few reductions instead of fifteen; Lemon picks between
 * shifting an operator and reducing the expression before it by these
 * declarations.  Two nonterminals, not one, keep the language exactly
 * Python's: `not` applies to a whole comparison (`disjunction`) and never to
 * an operand of `<` or `+` (`expr`), and `for` / `del` / `*` targets stop at
 * `expr`, before `in`.  A comparison is one Compare node for a whole chain
 * (parse_compare extends the one on its left); NOT sits between AND and
 * the comparisons, right-associative, so that `not a not in b` is
 * not (a not in b).  Unary + - ~ bind tighter
 * than * and looser than ** (-x**y is -(x**y), x**-y is allowed); `await`
 * applies to a primary only, and trailers bind tightest of all. */
%left OR.
%left AND.
%right NOT.
%left LESS GREATER EQEQUAL GREATEREQUAL LESSEQUAL NOTEQUAL IN IS.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right TILDE.
%right DOUBLESTAR.
%right AWAIT.
%left DOT LPAR LSQB.

/* An expr is a test in one reduction: `test ::= expr` and `test ::= bool_op`
 * rather than a chain through `disjunction`, so the commonest operands
 * (names, calls, attributes) reach `test` in one step. */
%type test {Node *}
test(A) ::= expr(A).
test(A) ::= bool_op(A).
test(A) ::= disjunction(B) IF disjunction(C) ELSE test(D). { A = ast_ifexp(ps->arena, B, C, D); }
test(A) ::= LAMBDA(T) COLON test(B).                { A = parse_lambda(ps, &T, NULL, B); }
test(A) ::= LAMBDA(T) lparams(P) COLON test(B).     { A = parse_lambda(ps, &T, &P, B); }

/* Python's `disjunction`: an expr, or an or/and/not/comparison (bool_op). */
%type disjunction {Node *}
disjunction(A) ::= expr(A).
disjunction(A) ::= bool_op(A).

%type bool_op {Node *}
bool_op(A) ::= disjunction(B) OR disjunction(C).    { A = parse_boolop(ps, BOOLOP_Or, B, C); }
bool_op(A) ::= disjunction(B) AND disjunction(C).   { A = parse_boolop(ps, BOOLOP_And, B, C); }
bool_op(A) ::= NOT(T) disjunction(B).               { A = ast_unaryop(ps->arena, UNARYOP_Not, B, T.span.begin); }
bool_op(A) ::= disjunction(B) comp_op(O) expr(C).   { A = parse_compare(ps, B, O, C); }

%type comp_op {int}
comp_op(A) ::= LESS.                                { A = CMPOP_Lt; }
comp_op(A) ::= GREATER.                             { A = CMPOP_Gt; }
comp_op(A) ::= EQEQUAL.                             { A = CMPOP_Eq; }
comp_op(A) ::= GREATEREQUAL.                        { A = CMPOP_GtE; }
comp_op(A) ::= LESSEQUAL.                           { A = CMPOP_LtE; }
comp_op(A) ::= NOTEQUAL.                            { A = CMPOP_NotEq; }
comp_op(A) ::= IN.                                  { A = CMPOP_In; }
comp_op(A) ::= NOT IN.                              { A = CMPOP_NotIn; }
comp_op(A) ::= IS.                                  { A = CMPOP_Is; }
comp_op(A) ::= IS NOT.                              { A = CMPOP_IsNot; }

/* | ^ & << >> + - * / % // @ **, unary + - ~, await, and the trailers
 * (.name, calls, subscripts), which bind tightest.  A name or an atom is an
 * expr at once; `primary` is only await's operand (so `await -x` stays an
 * error). */
%type expr {Node *}
expr(A) ::= NAME(T).                                { A = parse_name(ps, &T); }
expr(A) ::= atom(A).
expr(A) ::= AWAIT(T) primary(B).                    { A = parse_await(ps, &T, B); }
expr(A) ::= expr(B) DOT NAME(N).                    { A = ast_attribute(ps->arena, B, parse_ident(ps, &N), N.span.end); }
expr(A) ::= expr(B) LPAR(L) RPAR(R).                { ArgList none; memset(&none, 0, sizeof none); A = parse_call(ps, B, &L, &none, &R); }
expr(A) ::= expr(B) LPAR(L) arglist(C) RPAR(R).     { A = parse_call(ps, B, &L, &C, &R); }
expr(A) ::= expr(B) LSQB subscripts(S) RSQB(R).     { A = parse_subscript(ps, B, &S, &R); }
expr(A) ::= expr(B) VBAR expr(C).                   { A = ast_binop(ps->arena, B, BINOP_BitOr, C); }
expr(A) ::= expr(B) CIRCUMFLEX expr(C).             { A = ast_binop(ps->arena, B, BINOP_BitXor, C); }
expr(A) ::= expr(B) AMPER expr(C).                  { A = ast_binop(ps->arena, B, BINOP_BitAnd, C); }
expr(A) ::= expr(B) LEFTSHIFT expr(C).              { A = ast_binop(ps->arena, B, BINOP_LShift, C); }
expr(A) ::= expr(B) RIGHTSHIFT expr(C).             { A = ast_binop(ps->arena, B, BINOP_RShift, C); }
expr(A) ::= expr(B) PLUS expr(C).                   { A = ast_binop(ps->arena, B, BINOP_Add, C); }
expr(A) ::= expr(B) MINUS expr(C).                  { A = ast_binop(ps->arena, B, BINOP_Sub, C); }
expr(A) ::= expr(B) STAR expr(C).                   { A = ast_binop(ps->arena, B, BINOP_Mult, C); }
expr(A) ::= expr(B) SLASH expr(C).                  { A = ast_binop(ps->arena, B, BINOP_Div, C); }
expr(A) ::= expr(B) PERCENT expr(C).                { A = ast_binop(ps->arena, B, BINOP_Mod, C); }
expr(A) ::= expr(B) DOUBLESLASH expr(C).            { A = ast_binop(ps->arena, B, BINOP_FloorDiv, C); }
expr(A) ::= expr(B) AT expr(C).                     { A = ast_binop(ps->arena, B, BINOP_MatMult, C); }
expr(A) ::= expr(B) DOUBLESTAR expr(C).             { A = ast_binop(ps->arena, B, BINOP_Pow, C); }
expr(A) ::= PLUS(T) expr(B). [TILDE]                { A = ast_unaryop(ps->arena, UNARYOP_UAdd, B, T.span.begin); }
expr(A) ::= MINUS(T) expr(B). [TILDE]               { A = ast_unaryop(ps->arena, UNARYOP_USub, B, T.span.begin); }
expr(A) ::= TILDE(T) expr(B).                       { A = ast_unaryop(ps->arena, UNARYOP_Invert, B, T.span.begin); }

%type primary {Node *}
primary(A) ::= NAME(T).                             { A = parse_name(ps, &T); }
primary(A) ::= atom(A).
primary(A) ::= primary(B) DOT NAME(N).              { A = ast_attribute(ps->arena, B, parse_ident(ps, &N), N.span.end); }
primary(A) ::= primary(B) LPAR(L) RPAR(R).          { ArgList none; memset(&none, 0, sizeof none); A = parse_call(ps, B, &L, &none, &R); }
primary(A) ::= primary(B) LPAR(L) arglist(C) RPAR(R). { A = parse_call(ps, B, &L, &C, &R); }
primary(A) ::= primary(B) LSQB subscripts(S) RSQB(R). { A = parse_subscript(ps, B, &S, &R); }

%type atom {Node *}
atom(A) ::= NUMBER(T).                              { A = parse_number(ps, &T); }
atom(A) ::= STRING(T).                              { A = parse_string1(ps, &T); }
atom(A) ::= FSTRING(T).                             { A = parse_string1(ps, &T); }
atom(A) ::= strings(S).                             { A = parse_strings(ps, &S); }
atom(A) ::= ELLIPSIS(T).                            { A = parse_singleton(ps, &T, CONST_ELLIPSIS); }
atom(A) ::= NONE(T).                                { A = parse_singleton(ps, &T, CONST_NONE); }
atom(A) ::= TRUE(T).                                { A = parse_singleton(ps, &T, CONST_TRUE); }
atom(A) ::= FALSE(T).                               { A = parse_singleton(ps, &T, CONST_FALSE); }
atom(A) ::= LPAR(L) RPAR(R).                        { A = parse_empty_tuple(ps, &L, &R); }
atom(A) ::= LPAR(L) yield_expr(B) RPAR(R).          { A = parse_group(ps, &L, B, &R); }
atom(A) ::= LPAR(L) paren_items(B) RPAR(R).         { A = parse_paren(ps, &L, &B, &R); }
atom(A) ::= LPAR(L) paren_elem(B) comp_for(C) RPAR(R). { A = parse_comp(ps, NODE_GeneratorExp, &L, B, &C, &R); }
atom(A) ::= LSQB(L) RSQB(R).                        { ExprList none; memset(&none, 0, sizeof none); A = parse_list_display(ps, &L, &none, &R); }
atom(A) ::= LSQB(L) paren_items(B) RSQB(R).         { A = parse_list_display(ps, &L, &B, &R); }
atom(A) ::= LSQB(L) paren_elem(B) comp_for(C) RSQB(R). { A = parse_comp(ps, NODE_ListComp, &L, B, &C, &R); }
atom(A) ::= LBRACE(L) RBRACE(R).                    { DictItems none; memset(&none, 0, sizeof none); A = parse_dict_display(ps, &L, &none, &R); }
atom(A) ::= LBRACE(L) dict_items(B) RBRACE(R).      { A = parse_dict_display(ps, &L, &B, &R); }
atom(A) ::= LBRACE(L) dict_items(B) COMMA RBRACE(R). { A = parse_dict_display(ps, &L, &B, &R); }
atom(A) ::= LBRACE(L) dict_elem(B) comp_for(C) RBRACE(R). { A = parse_dictcomp(ps, &L, B, &C, &R); }
atom(A) ::= LBRACE(L) set_items(B) RBRACE(R).       { A = parse_set_display(ps, &L, &B, &R); }
atom(A) ::= LBRACE(L) set_items(B) COMMA(C) RBRACE(R). { parse_list_comma(&B, &C); A = parse_set_display(ps, &L, &B, &R); }
atom(A) ::= LBRACE(L) set_elem(B) comp_for(C) RBRACE(R). { A = parse_comp(ps, NODE_SetComp, &L, B, &C, &R); }

/* Two or more adjacent literals (a lone one is an atom at once, above). */
%type strings {PtrVec}
strings(A) ::= STRING(T) STRING(U).                 { A = parse_strings2(ps, &T, &U); }
strings(A) ::= STRING(T) FSTRING(U).                { A = parse_strings2(ps, &T, &U); }
strings(A) ::= FSTRING(T) STRING(U).                { A = parse_strings2(ps, &T, &U); }
strings(A) ::= FSTRING(T) FSTRING(U).               { A = parse_strings2(ps, &T, &U); }
strings(A) ::= strings(A) STRING(T).                { parse_vec_push(ps, &A, parse_token_copy(ps, &T)); }
strings(A) ::= strings(A) FSTRING(T).               { parse_vec_push(ps, &A, parse_token_copy(ps, &T)); }

/* Inside ( ) and [ ]: also `x as y` (for with items and patterns). */
%type paren_items {ExprList}
paren_items(A) ::= paren_elems(A).
paren_items(A) ::= paren_elems(A) COMMA(C).         { parse_list_comma(&A, &C); }

%type paren_elems {ExprList}
paren_elems(A) ::= paren_elem(B).                   { A = parse_list1(ps, B); }
paren_elems(A) ::= paren_elems(A) COMMA paren_elem(B). { parse_list_push(ps, &A, B); }

%type paren_elem {Node *}
paren_elem(A) ::= namedexpr_test(A).
paren_elem(A) ::= star_expr(A).
paren_elem(A) ::= test(B) AS(T) expr(C).            { A = parse_as_item(ps, B, &T, C); }

%type set_items {ExprList}
set_items(A) ::= set_elem(B).                       { A = parse_list1(ps, B); }
set_items(A) ::= set_items(A) COMMA set_elem(B).    { parse_list_push(ps, &A, B); }

%type set_elem {Node *}
set_elem(A) ::= namedexpr_test(A).
set_elem(A) ::= star_expr(A).

%type dict_items {DictItems}
dict_items(A) ::= dict_elem(B).                     { A = parse_dict_items1(ps, B); }
dict_items(A) ::= dict_items(A) COMMA dict_elem(B). { parse_dict_items_push(ps, &A, B); }

%type dict_elem {DictPair}
dict_elem(A) ::= test(K) COLON test(V).             { A = parse_dict_pair(ps, K, V, NULL); }
dict_elem(A) ::= test(K) COLON test(V) AS(T) expr(C). { A = parse_dict_pair(ps, K, parse_as_item(ps, V, &T, C), NULL); }
dict_elem(A) ::= DOUBLESTAR(T) expr(V).             { A = parse_dict_pair(ps, NULL, V, &T); }

/* Comprehension clauses: a list of comprehension nodes. */
%type comp_for {PtrVec}
comp_for(A) ::= comp_for_clause(B).                 { A = parse_vec1(ps, B); }
comp_for(A) ::= comp_for(A) comp_for_clause(B).     { parse_vec_push(ps, &A, B); }
comp_for(A) ::= comp_for(A) IF disjunction(C).          { parse_comp_if(ps, &A, C); }

%type comp_for_clause {Node *}
comp_for_clause(A) ::= FOR exprlist(T) IN disjunction(I). { A = parse_comp_for(ps, NULL, &T, I); }
comp_for_clause(A) ::= ASYNC(S) FOR exprlist(T) IN disjunction(I). { A = parse_comp_for(ps, &S, &T, I); }

/* ---- calls and subscripts ---- */

/* As testlist_star_expr: one argument is not an args first; args are the
 * arguments before a comma. */
/* A plain `test` argument goes into the list at once (the commonest
 * argument, one reduction fewer); `argument` holds the other forms. */
%type arglist {ArgList}
arglist(A) ::= test(B).                             { A = parse_args1(ps, B); }
arglist(A) ::= argument(B).                         { A = parse_args1(ps, B); }
arglist(A) ::= args(A) COMMA.                       { A.trailing_comma = true; }
arglist(A) ::= args(A) COMMA test(B).               { parse_args_push(ps, &A, B); }
arglist(A) ::= args(A) COMMA argument(B).           { parse_args_push(ps, &A, B); }

%type args {ArgList}
args(A) ::= test(B).                                { A = parse_args1(ps, B); }
args(A) ::= argument(B).                            { A = parse_args1(ps, B); }
args(A) ::= args(A) COMMA test(B).                  { parse_args_push(ps, &A, B); }
args(A) ::= args(A) COMMA argument(B).              { parse_args_push(ps, &A, B); }

%type argument {Node *}
argument(A) ::= test(B) comp_for(C).                { A = parse_bare_genexp(ps, B, &C); }
argument(A) ::= test(B) COLONEQUAL test(C).         { A = parse_namedexpr(ps, B, C); }
argument(A) ::= test(B) EQUAL test(C).              { A = parse_keyword_arg(ps, B, C); }
argument(A) ::= test(B) EQUAL test(C) AS(T) expr(D). { A = parse_keyword_arg(ps, B, parse_as_item(ps, C, &T, D)); }
argument(A) ::= test(B) AS(T) expr(C).              { A = parse_as_item(ps, B, &T, C); }
argument(A) ::= STAR(T) test(B).                    { A = ast_starred(ps->arena, B, T.span.begin); }
argument(A) ::= DOUBLESTAR(T) test(B).              { A = parse_dstar_arg(ps, &T, B); }

%type subscripts {ExprList}
subscripts(A) ::= subscript_items(A).
subscripts(A) ::= subscript_items(A) COMMA(C).      { parse_list_comma(&A, &C); }

%type subscript_items {ExprList}
subscript_items(A) ::= subscript(B).                { A = parse_list1(ps, B); }
subscript_items(A) ::= subscript_items(A) COMMA subscript(B). { parse_list_push(ps, &A, B); }

%type subscript {Node *}
subscript(A) ::= namedexpr_test(A).
subscript(A) ::= star_expr(A).
subscript(A) ::= COLON(C).                          { A = parse_slice(ps, &C, NULL, NULL, NULL, &C); }
subscript(A) ::= test(L) COLON(C).                  { A = parse_slice(ps, NULL, L, NULL, NULL, &C); }
subscript(A) ::= COLON(C) test(U).                  { A = parse_slice(ps, &C, NULL, U, NULL, NULL); }
subscript(A) ::= test(L) COLON test(U).             { A = parse_slice(ps, NULL, L, U, NULL, NULL); }
subscript(A) ::= COLON(C) COLON(D).                 { A = parse_slice(ps, &C, NULL, NULL, NULL, &D); }
subscript(A) ::= test(L) COLON COLON(D).            { A = parse_slice(ps, NULL, L, NULL, NULL, &D); }
subscript(A) ::= COLON(C) test(U) COLON(D).         { A = parse_slice(ps, &C, NULL, U, NULL, &D); }
subscript(A) ::= test(L) COLON test(U) COLON(D).    { A = parse_slice(ps, NULL, L, U, NULL, &D); }
subscript(A) ::= COLON(C) COLON test(S).            { A = parse_slice(ps, &C, NULL, NULL, S, NULL); }
subscript(A) ::= test(L) COLON COLON test(S).       { A = parse_slice(ps, NULL, L, NULL, S, NULL); }
subscript(A) ::= COLON(C) test(U) COLON test(S).    { A = parse_slice(ps, &C, NULL, U, S, NULL); }
subscript(A) ::= test(L) COLON test(U) COLON test(S). { A = parse_slice(ps, NULL, L, U, S, NULL); }

%code {
/* ---- feeding one token ------------------------------------------------------
 *
 * krait_parser_feed runs Lemon's own loop (lempar.c's Parse: reduce while
 * the tables say reduce, then shift) for every token that parses, and hands
 * the token to Lemon's Parse only on an error or at the end, where Lemon's
 * recovery takes over.
 *
 * A message needs the set of tokens that could have come instead, and that
 * set belongs to the stack as it was *before* the token: with default
 * reductions Lemon notices an error only after reducing, when fewer tokens
 * remain possible ("expected ']'" would replace "forgot a comma?").  So
 * while it reduces, the loop logs the entries of that stack it pops (a few
 * per token, three small fields each); the stack before the token is the
 * part never popped plus the log, and the expected set is simulated on it.
 *
 * The syntax error must also come before whatever the token's reductions
 * report themselves (a bad annotation target, an f-string's own errors):
 * while they run, ps->feeding is set, and the first message an action
 * reports first settles the token (krait_parser_settle): is it going to
 * shift?  If not, its error is reported there and then.  Tokens that parse
 * and report nothing pay for the log only. */

/* One entry of the stack as it was before the current token. */
typedef struct KeptEntry {
    YYACTIONTYPE stateno;
    YYCODETYPE major;
    /* A terminal's line ("after 'if' statement on line 3"); for a
     * nonterminal whatever its value's bytes hold there (never read). */
    uint32_t line;
} KeptEntry;

struct KraitParser {
    yyParser lemon;
    /* The token being fed and the stack before it: the entries of
     * lemon.yystack up to kept are untouched, popped[0..npopped) were
     * popped (top first). */
    const Token *tok;
    const yyStackEntry *kept;
    int npopped;
    bool reported;       /* its syntax error was reported already */
    uint32_t case_line;  /* ps->case_line before it */
    KeptEntry popped[YYSTACKDEPTH];
};

KraitParser *krait_parser_new(void) {
    KraitParser *kp = malloc(sizeof *kp);
    if (!kp) {
        fputs("krait: fatal: out of memory\n", stderr);
        exit(3);
    }
    KraitParseInit(&kp->lemon);
    return kp;
}

void krait_parser_reset(KraitParser *kp) {
    KraitParseFinalize(&kp->lemon);
    KraitParseInit(&kp->lemon);
}

void krait_parser_free(KraitParser *kp) {
    KraitParseFinalize(&kp->lemon);
    free(kp);
}

static KeptEntry keep_entry(const yyStackEntry *e) {
    KeptEntry k;
    k.stateno = e->stateno;
    k.major = e->major;
    k.line = e->minor.yy0.span.begin.line; /* no branch: see KeptEntry */
    return k;
}

/* Whether tok can be shifted onto a stack whose states state_at(stack, i)
 * gives for i in 0..top: the reductions it triggers are simulated without
 * touching the stack (the states they push go to a small overlay) until
 * they end in a shift or an error. */
enum { EXPECT_OVERLAY = 64, EXPECT_STEPS = 10000 };

typedef YYACTIONTYPE StateAt(const void *stack, int i);

static YYACTIONTYPE kept_state(const void *stack, int i) {
    return ((const KeptEntry *)stack)[i].stateno;
}

static YYACTIONTYPE live_state(const void *stack, int i) {
    return ((const yyStackEntry *)stack)[i].stateno;
}

static bool acceptable(const void *st, StateAt *state_at, int top, int tok) {
    YYACTIONTYPE overlay[EXPECT_OVERLAY];
    int n = 0; /* states in the overlay */
    int real = top;
    for (int steps = 0; steps < EXPECT_STEPS; steps++) {
        YYACTIONTYPE state = n ? overlay[n - 1] : state_at(st, real);
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, state);
        if (act < YY_MIN_REDUCE) return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        unsigned rule = act - YY_MIN_REDUCE;
        int pop = -yyRuleInfoNRhs[rule];
        int from_overlay = pop < n ? pop : n;
        n -= from_overlay;
        real -= pop - from_overlay;
        if (real < 0) return false;
        state = n ? overlay[n - 1] : state_at(st, real);
        act = yy_find_reduce_action(state, (YYCODETYPE)yyRuleInfoLhs[rule]);
        if (act == YY_ERROR_ACTION || n >= EXPECT_OVERLAY) return false;
        overlay[n++] = act;
    }
    return false;
}

/* The innermost compound-statement keyword (or lambda) on the stack
 * ("expected an indented block after 'if' statement on line 3"). */
static void stack_keyword(const KeptEntry *st, int top, int *kind, uint32_t *line) {
    *kind = 0;
    *line = 0;
    for (int i = top; i > 0; i--) {
        switch (st[i].major) {
        case TK_IF: case TK_ELIF: case TK_ELSE: case TK_WHILE: case TK_FOR: case TK_WITH:
        case TK_TRY: case TK_EXCEPT: case TK_FINALLY: case TK_DEF: case TK_CLASS:
        case TK_MATCH: case TK_CASE: case TK_LAMBDA:
            *kind = st[i].major;
            *line = st[i].line;
            return;
        default:
            break;
        }
    }
}

/* The stack before the token (in the arena: only errors and settling
 * need it); *top gets the index of its top entry. */
static KeptEntry *stack_before(const KraitParser *kp, ParseState *ps, int *top) {
    int kept = (int)(kp->kept - kp->lemon.yystack);
    KeptEntry *st = arena_alloc(ps->arena, (size_t)(kept + 1 + kp->npopped) * sizeof *st);
    int n = 0;
    for (int i = 0; i <= kept; i++) st[n++] = keep_entry(&kp->lemon.yystack[i]);
    for (int i = kp->npopped - 1; i >= 0; i--) st[n++] = kp->popped[i];
    *top = n - 1;
    return st;
}

/* Reports the token's error, with what could have come instead.  Lemon
 * stays quiet for three tokens after an error. */
static void report_error(KraitParser *kp, const KeptEntry *st, int top, ParseState *ps) {
    kp->reported = true;
    if (kp->lemon.yyerrcnt >= 0) return;
    unsigned char expected[YYNTOKEN];
    int count = 0, kw;
    uint32_t kw_line;
    expected[0] = 0;
    for (int t = 1; t < YYNTOKEN; t++) {
        expected[t] = (unsigned char)acceptable(st, kept_state, top, t);
        count += expected[t];
    }
    stack_keyword(st, top, &kw, &kw_line);
    parse_syntax_error(ps, kp->tok, kp->tok->kind, expected, count, kw, kw_line, kp->case_line);
}

void krait_parser_settle(KraitParser *kp, ParseState *ps) {
    const yyParser *p = &kp->lemon;
    ps->feeding = NULL;
    /* The stack as it is now answers as well as the one before the token:
     * the reductions done so far are the ones the simulation would do. */
    if (acceptable(p->yystack, live_state, (int)(p->yytos - p->yystack), kp->tok->kind)) return;
    int top;
    const KeptEntry *st = stack_before(kp, ps, &top);
    report_error(kp, st, top, ps);
}

void krait_parser_feed(KraitParser *kp, const Token *tok, ParseState *ps) {
    yyParser *p = &kp->lemon;
    YYCODETYPE major = (YYCODETYPE)tok->kind;
    YYACTIONTYPE act = p->yytos->stateno;
    const yyStackEntry *kept = p->yytos; /* kp's, in registers */
    int npopped = 0;
    kp->tok = tok;
    kp->reported = false;
    kp->case_line = ps->case_line;
    p->ps = ps;
    ps->feeding = kp;
    for (;;) {
        act = yy_find_shift_action(major, act);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            const yyStackEntry *top = p->yytos;
            const yyStackEntry *base = top + yyRuleInfoNRhs[rule]; /* what the rule leaves */
            if (base < kept) {
                KeptEntry *log = kp->popped;
                for (const yyStackEntry *e = top < kept ? top : kept; e > base; e--)
                    log[npopped++] = keep_entry(e);
                kept = base;
            }
            kp->kept = kept; /* for krait_parser_settle, inside the action */
            kp->npopped = npopped;
            if (base == top && top >= p->yystackEnd) {
                yyStackOverflow(p); /* its message settles the token first */
                ps->feeding = NULL;
                return;
            }
            act = yy_reduce(p, rule, major, *tok);
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            ps->feeding = NULL;
            yy_shift(p, act, major, *tok);
            p->yyerrcnt--;
            return;
        } else {
            break;
        }
    }
    /* An error or the end: Lemon's Parse takes it from here. */
    ps->feeding = NULL;
    kp->kept = kept;
    kp->npopped = npopped;
    if (act == YY_ERROR_ACTION && !kp->reported) {
        int top;
        const KeptEntry *st = stack_before(kp, ps, &top);
        report_error(kp, st, top, ps);
    }
    KraitParse(p, major, *tok, ps);
}

int krait_parse_token_count(void) { return YYNTOKEN; }
}
