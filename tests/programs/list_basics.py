nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(nums, len(nums), nums[0], nums[-1], nums[3])
nums.append(5)
print(nums, len(nums))
nums[0] = 30
nums[-1] = -5
print(nums)
total = 0
for n in nums:
    total += n
print("total", total, sum(nums), min(nums), max(nums))
print(4 in nums, 7 in nums, 7 not in nums)
print(nums.index(1), nums.index(5), nums.count(1))
empty: list[int] = []
print(empty, len(empty), bool(empty), empty == [])
empty.append(1)
print(empty, bool(empty))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [] < [0], [1, 2, 3] > [1, 2])
i = 0
while i < len(nums):
    nums[i] = nums[i] * 2
    i += 1
print(nums)
copy = nums[:]
copy[0] = 0
print(nums[0], copy[0])
