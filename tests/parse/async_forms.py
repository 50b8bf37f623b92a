# async def, async for, async with, async comprehensions (parsed, rejected later).
async def f():
    async for x in aiter():
        pass
    else:
        pass
    async with lock as l, other:
        pass
    await sleep(1)
    return [x async for x in a if await x]


@decorated
async def g():
    pass
