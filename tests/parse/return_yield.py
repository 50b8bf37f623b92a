# return, yield, yield from, await.
def f():
    return


def g():
    return 1, 2


def gen():
    yield
    yield 1
    x = yield
    y = yield 1, 2
    z = yield from other()
    w = (yield)
    print((yield x))
    await_ = 1
    return (yield)


async def co():
    await x
    y = await f()
    return await g() ** 2
