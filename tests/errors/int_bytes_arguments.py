# int.from_bytes() reads bytes or a bytearray (a list of ints is not
# supported yet), and int.to_bytes() names its keywords as CPython does.
data = [1, 2]
n = int.from_bytes(data, "big")
m = (5).to_bytes(2, "big", order=1)
# error: 4:20: int.from_bytes() of list[int] (bytes and bytearray are) is not supported yet by krait
# error: 5:28: int.to_bytes() got an unexpected keyword argument 'order'
