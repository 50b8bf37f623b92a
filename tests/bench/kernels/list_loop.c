#include <stdio.h>
#include <stdlib.h>
static long run(long n) {
    long *samples = malloc((size_t)n * sizeof *samples);
    if (!samples) return -1;
    for (long i = 0; i < n; i++) samples[i] = (i * 7919) % 1000;
    long total = 0;
    for (long k = 0; k < n; k++)
        if (samples[k] > 500) total += samples[k];
    free(samples);
    return total;
}
int main(void) { printf("%ld\n", run(2000000)); return 0; }
