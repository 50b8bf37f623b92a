# Sorting by hand: insertion, selection, merge (recursive, with slices) and
# quicksort (in place); stability check with tuples.


def insertion_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def selection_sort(xs: list[str]) -> list[str]:
    a = xs[:]
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a


def merge_sort(xs: list[float]) -> list[float]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out += left[i:]
    out += right[j:]
    return out


def quicksort(a: list[int], lo: int, hi: int) -> None:
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i = lo
    j = hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quicksort(a, lo, j)
    quicksort(a, i, hi)


def stable_sort_by_key(xs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    a = xs[:]
    for i in range(1, len(a)):
        item = a[i]
        j = i - 1
        while j >= 0 and a[j][0] > item[0]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = item
    return a


nums = [5, -3, 9, 0, 2, 2, -8, 7, 1, 100, -100, 3]
print(insertion_sort(nums), nums[:3])
words = ["pear", "Apple", "fig", "banana", "apple", "éclair", "Zed", ""]
print(selection_sort(words))
fl = [3.5, -0.0, 0.0, 1e-9, -2.25, 1e10, 0.1 + 0.2, 0.3]
print(merge_sort(fl))
q = nums[:]
quicksort(q, 0, len(q) - 1)
print(q, q == insertion_sort(nums))
pairs = [(2, "b"), (1, "x"), (2, "a"), (1, "y"), (0, "z"), (2, "c")]
print(stable_sort_by_key(pairs))
seed = 12345
big = []
for k in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    big.append(seed % 1000 - 500)
qb = big[:]
quicksort(qb, 0, len(qb) - 1)
ib = insertion_sort(big)
print(qb == ib, qb[:5], qb[-5:], sum(qb))


def counting_sort(xs: list[int], lo: int, hi: int) -> list[int]:
    counts = [0] * (hi - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    out = []
    for v in range(len(counts)):
        out += [v + lo] * counts[v]
    return out


def shell_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            tmp = a[i]
            j = i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        gap //= 2
    return a


print(counting_sort(nums, -100, 100) == q, shell_sort(big) == qb, shell_sort(nums))
