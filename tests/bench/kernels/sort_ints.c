#include <stdio.h>
#include <stdlib.h>
static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}
int main(void) {
    long n = 100000, x = 42;
    long *xs = malloc((size_t)n * sizeof *xs);
    if (!xs) return 1;
    for (long i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2147483648L;
        xs[i] = x % 1000000;
    }
    qsort(xs, (size_t)n, sizeof *xs, cmp_long);
    long acc = 0;
    for (long i = 0; i < n; i += 97) acc = (acc * 31 + xs[i]) % 1000000007;
    printf("%ld %ld %ld %ld\n", xs[0], xs[n / 2], xs[n - 1], acc);
    free(xs);
    return 0;
}
