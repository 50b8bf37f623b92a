/* gen_pipeline.c — the same sensor pipeline as gen_pipeline.py, as a C
 * programmer would fuse it into one loop. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    const int64_t n = 1000000, width = 8;
    int64_t x = 12345, window[8] = {0}, total = 0, i = 0, acc = 0, count = 0;
    for (int64_t k = 0; k < n; k++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        int64_t v = x % 4096;
        if (v < 100 || v > 4000) continue;
        v = v * 3 / 2;
        total += v - window[i % width];
        window[i % width] = v;
        i++;
        acc = (acc + total) % 1000000007;
        count++;
    }
    int64_t r = acc * 10000000 + count;
    printf("%lld %lld\n", (long long)(r / 10000000), (long long)(r % 10000000));
    return 0;
}
