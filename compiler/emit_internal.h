/* emit_internal.h — what the C emitter's files share: the emitter state and
 * the helpers that spell types, temporaries, instructions and terminators.
 * emit_c.c owns the program, modules and plain functions; emit_gen.c the
 * generator functions (frame structs and resume functions); emit_entry.c
 * the entry file (type descriptors and main).
 */
#ifndef KRAIT_EMIT_INTERNAL_H
#define KRAIT_EMIT_INTERNAL_H

#include "emit_c.h"

#include "arena.h"

/* How a type is spelled in C, and the struct registry for the header. */
typedef struct CType {
    Type *type;
    const char *name; /* C spelling: "krt_int", "KrtStr *", "krt_tuple_2" */
    int id;
} CType;

struct EmitC {
    Arena *arena;
    const IrProgram *prog;
    const EmitOptions *opts;
    PtrVec ctypes;     /* CType*: registered tuple/optional/class types, in dependency order */
    EmitEntry entry;   /* main() or a firmware-called init function */
    const char *lib_init; /* EMIT_ENTRY_LIB: the init function's C name */
    FILE *out;
    /* per function */
    const IrFunc *fn;
    bool *temp_read;   /* temps read somewhere in fn */
    bool *block_label; /* blocks something jumps to */
    uint32_t last_line;
    bool in_frame;     /* a generator's resume function: temporaries live in its frame (f->...) */
    const char *line_file;     /* the last source path #line named, and its absolute form */
    const char *line_file_abs;
};

const char *c_ident(Arena *arena, const char *py);
const char *field_ident(Arena *arena, const char *py);
bool field_holds_reference(Type *t);
const char *emit_ctype(EmitC *e, Type *t);
const char *emit_zero(EmitC *e, Type *t);
const char *emit_init(EmitC *e, Type *t);
bool type_is_none(Type *t);
const char *temp_name(EmitC *e, const IrTemp *t);
void emit_refcount(EmitC *e, const IrTemp *t, const char *fn_name, const char *expr);
void emit_prototype(EmitC *e, FILE *out, const IrFunc *fn);
void emit_line(EmitC *e, uint32_t line);
const char *arg(EmitC *e, const IrInstr *in, int i);
const char *dst_prefix(EmitC *e, const IrInstr *in);
void emit_goto_handler(EmitC *e, const IrBlock *b);
void emit_check(EmitC *e, const IrBlock *b, const IrInstr *in);
void emit_instr(EmitC *e, const IrBlock *b, const IrInstr *in);
void emit_term(EmitC *e, const IrBlock *b, const IrBlock *next);
void emit_analyse(EmitC *e, const IrFunc *fn);
void emit_analyse_builds(EmitC *e, const IrFunc *fn);

/* instances as keys, hash() (emit_dunder.c) */
const char *emit_class_elem_desc(EmitC *e, ClassInfo *cls);
void emit_class_key(EmitC *e, FILE *out, const IrClass *c);
void emit_class_iter(EmitC *e, FILE *out, const IrClass *c);
const char *emit_hash_value_fn(EmitC *e, Type *t);

/* generator functions (emit_gen.c) */
void emit_gen_frame(EmitC *e, FILE *out, const IrFunc *fn);
const char *emit_gen_slot_frame(EmitC *e, const IrFunc *fn, const AllocSite *site);
void emit_gen_function(EmitC *e, const IrFunc *fn);
void emit_gen_instr(EmitC *e, const IrBlock *b, const IrInstr *in);
void emit_gen_term(EmitC *e, const IrBlock *b);
void emit_gen_fail(EmitC *e);

#endif
