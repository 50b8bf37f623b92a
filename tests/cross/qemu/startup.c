/* startup.c — reset handler, vector table and the three port hooks for a
 * krait program on QEMU's mps2-an385 (Cortex-M3), talking to the host by
 * semihosting.
 *
 * Before main runs, the reset handler paints the free stack (from the end
 * of .bss up to just below its own frame) with a pattern; when main
 * returns, the lowest word no longer holding the pattern gives the stack's
 * high-water mark, printed as "krait: stack high-water N B" (measured from
 * the stack pointer at the call of main, as krait's budget counts it).
 * Program output goes through krt_port_write to the host's stdout; the
 * exit status is main's.
 */
#include <stddef.h>
#include <stdint.h>

#include "krait/krt.h"

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

#define PAINT 0xC5A5C5A5u

/* ---- semihosting ------------------------------------------------------------ */

static int sh_call(int op, const void *arg) {
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static void sh_exit(int code) {
    uint32_t block[2] = {0x20026u, (uint32_t)code}; /* ADP_Stopped_ApplicationExit */
    sh_call(0x20, block);                            /* SYS_EXIT_EXTENDED */
    for (;;) {
    }
}

/* ---- the port hooks ----------------------------------------------------------- */

void krt_port_write(const char *data, size_t len) {
    char chunk[129];
    while (len) {
        size_t n = len < sizeof chunk - 1 ? len : sizeof chunk - 1;
        for (size_t i = 0; i < n; i++) chunk[i] = data[i] ? data[i] : ' ';
        chunk[n] = 0;
        sh_call(0x04, chunk); /* SYS_WRITE0 */
        data += n;
        len -= n;
    }
}

uint64_t krt_port_ticks_us(void) {
    static uint64_t ticks;
    return ticks += 1000; /* no timer on this board model: a clock that advances */
}

void krt_port_panic(const char *msg) {
    krt_port_write("krait panic: ", 13);
    size_t n = 0;
    while (msg[n]) n++;
    krt_port_write(msg, n);
    krt_port_write("\n", 1);
    sh_exit(134);
    for (;;) {
    }
}

/* newlib's exit path is never taken; these keep its archive members quiet */
void _init(void) {
}
void _fini(void) {
}

/* ---- reset ------------------------------------------------------------------------ */

static void print_figure(const char *label, uint32_t value, const char *unit) {
    char digits[12], *p = digits + sizeof digits;
    *--p = 0;
    do {
        *--p = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    size_t n = 0;
    while (label[n]) n++;
    krt_port_write(label, n);
    krt_port_write(p, (size_t)(digits + sizeof digits - 1 - p));
    n = 0;
    while (unit[n]) n++;
    krt_port_write(unit, n);
}

void Reset_Handler(void) {
    uint32_t *src = &_sidata;
    for (uint32_t *dst = &_sdata; dst < &_edata;) *dst++ = *src++;
    for (uint32_t *dst = &_sbss; dst < &_ebss;) *dst++ = 0;
    uint32_t *sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    uint32_t *limit = sp - 16; /* leave this frame's neighbourhood alone */
    for (uint32_t *p = &_ebss; p < limit; p++) *p = PAINT;
    int status = main();
    uint32_t *low = &_ebss;
    while (low < limit && *low == PAINT) low++;
    print_figure("krait: stack high-water ", (uint32_t)((char *)sp - (char *)low), " B\n");
    if (low == &_ebss) krt_port_write("krait: the stack reached the end of .bss\n", 41);
    sh_exit(status);
}

static void Default_Handler(void) {
    krt_port_write("krait: fault\n", 13);
    sh_exit(139);
}

__attribute__((section(".isr_vector"), used)) void (*const krt_vectors[16])(void) = {
    (void (*)(void))(uintptr_t)&_estack, Reset_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, 0, 0, 0, 0, Default_Handler, 0, 0,
    Default_Handler, Default_Handler,
};
