#include <stdio.h>
#include <string.h>
static long report(long n) {
    long total = 0;
    char line[128];
    for (long i = 0; i < n; i++) {
        size_t len = 0;
        for (long j = 0; j < 8; j++) {
            if (j) line[len++] = ',';
            len += (size_t)sprintf(line + len, "%6ld", i * j);
        }
        total += (long)len;
    }
    return total;
}
int main(void) { printf("%ld\n", report(50000)); return 0; }
