/* port_host.c — the host's defaults for the three port hooks.
 *
 * A firmware build provides krt_port_write, krt_port_ticks_us and
 * krt_port_panic itself (DESIGN §6); on a host (Linux, macOS) this file
 * provides them: output to stdout with fwrite, a monotonic microsecond clock
 * from clock_gettime(CLOCK_MONOTONIC), and a panic that prints to stderr and
 * aborts.  It also gives out.c a stderr writer for runtime diagnostics.
 *
 * It is the only runtime file that touches stdio.  The whole file compiles
 * to nothing unless KRT_PORT_HOST is 1, which it is by default on Unix-like
 * hosts and not on bare-metal targets; define it to 0 to provide your own
 * hooks on a host, or to 1 on a target whose C library has stdio and POSIX
 * clocks.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime; must precede every #include */

#ifndef KRT_PORT_HOST
#if defined(__unix__) || defined(__APPLE__)
#define KRT_PORT_HOST 1
#else
#define KRT_PORT_HOST 0
#endif
#endif

#if KRT_PORT_HOST

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "krt_internal.h"

void krt_port_write(const char *data, size_t len) {
    /* out.c already buffers; flush so stdout and stderr stay in order */
    fwrite(data, 1, len, stdout);
    fflush(stdout);
}

uint64_t krt_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

void krt_port_panic(const char *msg) {
    fflush(stdout);
    fputs(msg, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

void krt_port_host_err_write(const char *data, size_t len) {
    fflush(stdout);
    fwrite(data, 1, len, stderr);
    fflush(stderr);
}

#else
/* ISO C forbids an empty translation unit. */
typedef int krt_port_host_unused;
#endif
