/* richards.py by hand in C: the same scheduler, tasks and packets, with a
 * switch on the task kind for the overridden method and malloc for the
 * objects (freed at the end of each run). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

enum { I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B, NTASKS };
enum { K_DEV = 1000, K_WORK = 1001, BUFSIZE = 4 };
enum Kind { IDLE, WORK, HANDLER, DEVICE };

typedef struct Packet {
    struct Packet *link;
    long ident, kind, datum;
    long data[BUFSIZE];
} Packet;

typedef struct Task {
    struct Task *link;
    enum Kind kind;
    long ident, priority;
    Packet *queue;
    bool pending, waiting, holding;
    long control, count, destination; /* idle and work tasks */
    Packet *work_in, *device_in, *held; /* handler and device tasks */
} Task;

typedef struct Scheduler {
    Task *tasks[NTASKS];
    Task *task_list;
    long hold_count, qpkt_count;
} Scheduler;

static Packet *all_packets[16];
static int npackets;

static Packet *packet(Packet *link, long ident, long kind) {
    Packet *p = calloc(1, sizeof *p);
    if (!p) abort();
    p->link = link;
    p->ident = ident;
    p->kind = kind;
    all_packets[npackets++] = p;
    return p;
}

static Packet *append_packet(Packet *pkt, Packet *queue) {
    pkt->link = NULL;
    if (!queue) return pkt;
    Packet *p = queue;
    while (p->link) p = p->link;
    p->link = pkt;
    return queue;
}

static Task *task(Scheduler *s, enum Kind kind, long ident, long priority, Packet *queue) {
    Task *t = calloc(1, sizeof *t);
    if (!t) abort();
    t->kind = kind;
    t->ident = ident;
    t->priority = priority;
    t->queue = queue;
    t->pending = t->waiting = queue != NULL;
    t->link = s->task_list;
    s->task_list = t;
    s->tasks[ident] = t;
    return t;
}

static Task *wait_task(Task *t) {
    t->waiting = true;
    return t;
}

static Task *hold(Scheduler *s, Task *t) {
    s->hold_count++;
    t->holding = true;
    return t->link;
}

static Task *release(Scheduler *s, Task *self, long ident) {
    Task *t = s->tasks[ident];
    t->holding = false;
    return t->priority > self->priority ? t : self;
}

static Task *send(Scheduler *s, Task *self, Packet *pkt) {
    Task *t = s->tasks[pkt->ident];
    s->qpkt_count++;
    pkt->link = NULL;
    pkt->ident = self->ident;
    if (!t->queue) {
        t->queue = pkt;
        t->pending = true;
        if (t->priority > self->priority) return t;
    } else {
        t->queue = append_packet(pkt, t->queue);
    }
    return self;
}

static Task *fn(Scheduler *s, Task *t, Packet *pkt) {
    switch (t->kind) {
    case IDLE:
        if (--t->count == 0) return hold(s, t);
        if ((t->control & 1) == 0) {
            t->control /= 2;
            return release(s, t, I_DEV_A);
        }
        t->control = (t->control / 2) ^ 0xD008;
        return release(s, t, I_DEV_B);
    case WORK:
        if (!pkt) return wait_task(t);
        t->destination = t->destination == I_HANDLER_A ? I_HANDLER_B : I_HANDLER_A;
        pkt->ident = t->destination;
        pkt->datum = 0;
        for (int i = 0; i < BUFSIZE; i++) {
            if (++t->count > 26) t->count = 1;
            pkt->data[i] = 64 + t->count;
        }
        return send(s, t, pkt);
    case HANDLER: {
        if (pkt) {
            if (pkt->kind == K_WORK) t->work_in = append_packet(pkt, t->work_in);
            else t->device_in = append_packet(pkt, t->device_in);
        }
        Packet *work = t->work_in;
        if (!work) return wait_task(t);
        long count = work->datum;
        if (count >= BUFSIZE) {
            t->work_in = work->link;
            return send(s, t, work);
        }
        Packet *dev = t->device_in;
        if (!dev) return wait_task(t);
        t->device_in = dev->link;
        dev->datum = work->data[count];
        work->datum = count + 1;
        return send(s, t, dev);
    }
    case DEVICE:
        if (!pkt) {
            Packet *held = t->held;
            if (!held) return wait_task(t);
            t->held = NULL;
            return send(s, t, held);
        }
        t->held = pkt;
        return hold(s, t);
    }
    return NULL;
}

static Task *step(Scheduler *s, Task *t) {
    Packet *pkt = NULL;
    if (t->pending && t->waiting && !t->holding) {
        pkt = t->queue;
        if (pkt) t->queue = pkt->link;
        t->waiting = false;
        t->pending = t->queue != NULL;
    }
    return fn(s, t, pkt);
}

static void simulate(long count, long *holds, long *packets) {
    Scheduler s = {{NULL}, NULL, 0, 0};
    npackets = 0;
    task(&s, IDLE, I_IDLE, 1, NULL)->count = count;
    s.tasks[I_IDLE]->control = 1;
    Packet *wq = packet(NULL, 0, K_WORK);
    wq = packet(wq, 0, K_WORK);
    task(&s, WORK, I_WORK, 1000, wq)->destination = I_HANDLER_A;
    Packet *dq = packet(NULL, I_DEV_A, K_DEV);
    dq = packet(dq, I_DEV_A, K_DEV);
    dq = packet(dq, I_DEV_A, K_DEV);
    task(&s, HANDLER, I_HANDLER_A, 2000, dq);
    dq = packet(NULL, I_DEV_B, K_DEV);
    dq = packet(dq, I_DEV_B, K_DEV);
    dq = packet(dq, I_DEV_B, K_DEV);
    task(&s, HANDLER, I_HANDLER_B, 3000, dq);
    task(&s, DEVICE, I_DEV_A, 4000, NULL)->waiting = true;
    task(&s, DEVICE, I_DEV_B, 5000, NULL)->waiting = true;
    Task *t = s.task_list;
    while (t) t = t->holding || (!t->pending && t->waiting) ? t->link : step(&s, t);
    *holds += s.hold_count;
    *packets += s.qpkt_count;
    for (int i = 0; i < NTASKS; i++) free(s.tasks[i]);
    for (int i = 0; i < npackets; i++) free(all_packets[i]);
}

int main(void) {
    long holds = 0, packets = 0;
    for (int round = 0; round < 20; round++) simulate(10000, &holds, &packets);
    printf("holds %ld packets %ld\n", holds, packets);
    return 0;
}
