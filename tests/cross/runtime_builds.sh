#!/usr/bin/env bash
# The runtime must compile warning-free for the microcontroller targets, at
# the optimisation levels firmware uses (gcc's flow warnings differ with
# -O2 and -Os), with both int/float widths and with the static arena.
# Usage: runtime_builds.sh SOURCE_DIR
set -euo pipefail
src="$1"
cc=arm-none-eabi-gcc
if ! command -v "$cc" >/dev/null; then
  echo "runtime_builds: $cc not found" >&2
  exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
m0="-mcpu=cortex-m0 -mthumb"
m4f="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
narrow="-DKRT_INT_BITS=32 -DKRT_FLOAT_BITS=32 -DKRT_HEAP_SIZE=8192"
wide="-DKRT_INT_BITS=64 -DKRT_FLOAT_BITS=64"
# each CPU meets each optimisation level and each width once
for config in "$m0|-O2|$narrow" "$m0|-Os|$wide" "$m4f|-O2|$wide" "$m4f|-Os|$narrow"; do
  IFS='|' read -r cpu opt widths <<<"$config"
  for f in "$src"/runtime/*.c; do
    # shellcheck disable=SC2086
    if ! $cc -std=c99 -Wall -Wextra -Werror -pedantic $cpu $opt $widths -I"$src/include" -I"$src/runtime" \
         -c "$f" -o "$out/$(basename "$f" .c).o"; then
      echo "FAIL: $cc $cpu $opt $widths $f" >&2
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo "runtime_builds: runtime compiles for Cortex-M0 and M4F at -O2 and -Os"
exit $status
