#include <stdio.h>
static void fannkuch(int n, long *checksum_out, int *max_out) {
    int perm1[16], count[16], perm[16];
    for (int i = 0; i < n; i++) perm1[i] = i;
    int max_flips = 0, r = n, sign = 1;
    long checksum = 0;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0, k = perm[0];
        while (k != 0) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) max_flips = flips;
        checksum += sign * flips;
        sign = -sign;
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_out = max_flips;
                return;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            if (--count[r] > 0) break;
            r++;
        }
    }
}
int main(void) {
    long c;
    int m;
    fannkuch(9, &c, &m);
    printf("%ld\nPfannkuchen(9) = %d\n", c, m);
    return 0;
}
