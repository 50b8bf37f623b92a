# list.sort in place with key= and reverse=, stable for equal keys.
jobs = ["flash:3", "uart:1", "adc:3", "spi:2", "gpio:1", "dma:2"]


def prio(job: str) -> int:
    return int(job.split(":")[1])


jobs.sort(key=prio)
print(jobs)
jobs.sort(key=prio, reverse=True)
print(jobs)
jobs.sort()
print(jobs)
jobs.sort(key=len)
print(jobs)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
floats = [2.5, -1.0, 0.0, 3.25, -0.5]
floats.sort()
print(floats)
