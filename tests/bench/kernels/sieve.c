#include <stdio.h>
#include <stdlib.h>
static long sieve(long n, long *last_out) {
    unsigned char *composite = calloc((size_t)n, 1);
    if (!composite) return -1;
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i < n; i++)
        if (!composite[i])
            for (long j = i * i; j < n; j += i) composite[j] = 1;
    long count = 0, last = 0;
    for (long k = 0; k < n; k++)
        if (!composite[k]) {
            count++;
            last = k;
        }
    free(composite);
    *last_out = last;
    return count;
}
int main(void) {
    long last = 0;
    long count = sieve(2000000, &last);
    printf("%ld %ld\n", count, last);
    return 0;
}
