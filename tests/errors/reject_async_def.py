async def poll() -> None:
    pass
# error: 1:1: async functions are not supported by krait (poll): firmware event loops are written with plain functions called from the main loop
