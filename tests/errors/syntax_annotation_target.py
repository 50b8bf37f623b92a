# Only single targets can be annotated.
# error: 6:1: only single target (not tuple) can be annotated
# error: 7:1: only single target (not tuple) can be annotated
# error: 8:1: only single target (not list) can be annotated
# error: 9:1: illegal target for annotation
a, b: int
(a, b): int
[a]: int
f(): int
