#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *const SYL[12] = {"ka", "ro", "mi", "tes", "un", "vo", "li", "dra", "pe", "sho", "ne", "gu"};
#define TABLE 8192 /* power of two, more than twice the distinct words */
struct entry {
    const char *word;
    size_t len;
    long count;
};
static struct entry table[TABLE];
static size_t ndistinct;

static void add(const char *w, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    for (size_t i = h & (TABLE - 1);; i = (i + 1) & (TABLE - 1)) {
        if (!table[i].word) {
            table[i].word = w;
            table[i].len = len;
            table[i].count = 1;
            ndistinct++;
            return;
        }
        if (table[i].len == len && memcmp(table[i].word, w, len) == 0) {
            table[i].count++;
            return;
        }
    }
}

static int by_rank(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->word, y->word, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

int main(void) {
    long nwords = 200000, x = 7;
    char *text = malloc((size_t)nwords * 13);
    if (!text) return 1;
    size_t pos = 0;
    for (long i = 0; i < nwords; i++) {
        x = (x * 1103515245 + 12345) % 2147483648L;
        long y = x >> 8;
        if (i) text[pos++] = ' ';
        const char *s = SYL[y % 12];
        size_t l = strlen(s);
        memcpy(text + pos, s, l);
        pos += l;
        for (long k = 0, n = y / 12 % 3; k < n; k++) {
            y /= 12;
            s = SYL[y / 12 % 12];
            l = strlen(s);
            memcpy(text + pos, s, l);
            pos += l;
        }
    }
    for (size_t i = 0; i < pos;) {
        while (i < pos && text[i] == ' ') i++;
        size_t start = i;
        while (i < pos && text[i] != ' ') i++;
        if (i > start) add(text + start, i - start);
    }
    struct entry *all = malloc(ndistinct * sizeof *all);
    if (!all) return 1;
    size_t n = 0;
    for (size_t i = 0; i < TABLE; i++)
        if (table[i].word) all[n++] = table[i];
    qsort(all, n, sizeof *all, by_rank);
    printf("%zu\n", ndistinct);
    for (size_t i = 0; i < 5 && i < n; i++) printf("%.*s %ld\n", (int)all[i].len, all[i].word, all[i].count);
    free(all);
    free(text);
    return 0;
}
