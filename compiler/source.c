/* source.c — reading a Python source file and checking its bytes.
 *
 * krait reads source as UTF-8 (PEP 3120) and nothing else.  Before any stage
 * sees the text, source_load makes sure it is a regular readable file of sane
 * size, free of NUL bytes (CPython: "source code cannot contain null bytes")
 * and valid UTF-8: overlong forms, surrogates and code points past U+10FFFF
 * are rejected with the byte offset, so the lexer may assume well-formed
 * UTF-8 followed by a NUL terminator.  Runs of plain ASCII are checked 32
 * bytes a step.  The file is read with one open, fstat and read into an
 * arena buffer that is not cleared first (`krait check` reads hundreds of
 * files in one run).
 */
#define _POSIX_C_SOURCE 200809L /* open, fstat, read */
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"

Source source_from_text(const char *name, const char *text, size_t len) {
    Source src;
    src.path = name;
    src.text = text;
    src.len = len;
    return src;
}

/* Length of the well-formed UTF-8 sequence at s (RFC 3629), 0 when invalid. */
static size_t utf8_sequence_length(const unsigned char *s, size_t avail) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        if (c == 0xED) hi = 0x9F;      /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        if (c == 0xF4) hi = 0x8F;      /* past U+10FFFF */
    } else {
        return 0;
    }
    if (avail < n) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF) return 0;
    return n;
}

/* Line and column of byte offset off, for messages about bad bytes. */
static SrcLoc source_loc_of_offset(const char *text, size_t off) {
    SrcLoc loc = {1, 0};
    size_t line_start = 0;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n') {
            loc.line++;
            line_start = i + 1;
        }
    }
    loc.col = (uint32_t)(off - line_start);
    return loc;
}

/* Length of the run of ASCII bytes other than NUL at s, found eight bytes
 * at a time (most source is plain ASCII); it may stop a little early. */
static size_t ascii_run(const unsigned char *s, size_t avail) {
    const uint64_t high = UINT64_C(0x8080808080808080), ones = UINT64_C(0x0101010101010101);
    size_t n = 0;
    while (n + 32 <= avail) { /* four words a step, one test for the four */
        uint64_t w[4];
        memcpy(w, s + n, 32);
        uint64_t any = (w[0] | w[1] | w[2] | w[3]) & high;
        any |= ((w[0] - ones) & ~w[0]) | ((w[1] - ones) & ~w[1]) | ((w[2] - ones) & ~w[2]) |
               ((w[3] - ones) & ~w[3]);
        if (any & high) break;
        n += 32;
    }
    while (n + 8 <= avail) {
        uint64_t w;
        memcpy(&w, s + n, 8);
        /* any byte >= 0x80, or any byte == 0 */
        if ((w & high) || ((w - ones) & ~w & high)) break;
        n += 8;
    }
    return n;
}

/* Checks the bytes; on the first bad one reports it and returns false. */
static bool source_check_bytes(const Source *src, Diag *diag) {
    const unsigned char *s = (const unsigned char *)src->text;
    size_t i = 0;
    while (i < src->len) {
        i += ascii_run(s + i, src->len - i);
        if (i == src->len) break;
        if (s[i] == 0) {
            SrcLoc at = source_loc_of_offset(src->text, i);
            SrcLoc end = {at.line, at.col + 1};
            diag_error(diag, src, span_at(at, end),
                       "source code cannot contain null bytes (byte offset %zu)", i);
            return false;
        }
        size_t n = utf8_sequence_length(s + i, src->len - i);
        if (n == 0) {
            SrcLoc at = source_loc_of_offset(src->text, i);
            SrcLoc end = {at.line, at.col + 1};
            diag_error(diag, src, span_at(at, end),
                       "source is not valid UTF-8: byte 0x%02x at byte offset %zu "
                       "(krait reads source files as UTF-8)", s[i], i);
            return false;
        }
        i += n;
    }
    return true;
}

/* Reads size bytes of fd into buf: 0 on success, else an errno value, or
 * -1 when the file was shorter. */
static int read_exactly(int fd, char *buf, size_t size) {
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return -1;
        got += (size_t)n;
    }
    return 0;
}

bool source_load(Source *out, const char *path, Arena *arena, Diag *diag) {
    /* One open, one fstat, one read: the checks are made on the open file
     * (O_NONBLOCK: opening a FIFO must not wait for a writer). */
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        diag_error_plain(diag, "cannot open '%s': %s", path, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        close(fd);
        diag_error_plain(diag, "cannot open '%s': %s", path, strerror(err));
        return false;
    }
    const char *refusal = NULL;
    if (S_ISDIR(st.st_mode))
        refusal = "it is a directory, not a Python file";
    else if (!S_ISREG(st.st_mode))
        refusal = "not a regular file";
    if (refusal) {
        close(fd);
        diag_error_plain(diag, "cannot read '%s': %s", path, refusal);
        return false;
    }
    if ((unsigned long long)st.st_size > SOURCE_MAX_BYTES) {
        close(fd);
        diag_error_plain(diag, "cannot read '%s': %llu bytes is more than krait's limit of %zu bytes for one source file",
                         path, (unsigned long long)st.st_size, SOURCE_MAX_BYTES);
        return false;
    }
    size_t size = (size_t)st.st_size;
    char *text = arena_alloc_uninit(arena, size + 1);
    int failed = read_exactly(fd, text, size);
    close(fd);
    if (failed) {
        diag_error_plain(diag, "cannot read '%s': %s", path,
                         failed > 0 ? strerror(failed) : "file changed while being read");
        return false;
    }
    text[size] = '\0';
    out->path = arena_strdup(arena, path);
    out->text = text;
    out->len = size;
    return source_check_bytes(out, diag);
}

const char *source_line(const Source *src, uint32_t line, size_t *len_out) {
    if (line == 0) return NULL;
    const char *p = src->text;
    const char *end = src->text + src->len;
    for (uint32_t l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n > 0 && p[n - 1] == '\r') n--;
    *len_out = n;
    return p;
}
