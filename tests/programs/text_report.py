# A text report with f-string columns: alignment, widths, precision, grouping,
# truncation of long names, totals and a bar chart.

names = ["temp_sensor_0", "humidity", "pressure_kpa", "a_really_long_channel_name", "vbat", "é-accent", "日本"]
mins = [18.25, 30.0, 99.875, -1.5, 3.3, 0.0, -273.15]
maxs = [27.75, 65.5, 102.125, 1.5, 4.2, 1e-3, 1e4]
counts = [1200, 1200, 980, 7, 123456, 0, 42]


def trunc(s: str, width: int) -> str:
    if len(s) <= width:
        return s
    return s[:width - 1] + "~"


def bar(frac: float, width: int) -> str:
    n = int(frac * width + 0.5)
    if n > width:
        n = width
    if n < 0:
        n = 0
    return "#" * n + "." * (width - n)


header = f"{'channel':<16}|{'min':>10}|{'max':>10}|{'span':>9}|{'count':>9}|{'share':>7}|"
print(header)
print("-" * len(header))
total = 0
for c in counts:
    total += c
for i in range(len(names)):
    span = maxs[i] - mins[i]
    share = counts[i] / total
    print(f"{trunc(names[i], 16):<16}|{mins[i]:>10.2f}|{maxs[i]:>10.3g}|{span:>9.1e}|{counts[i]:>9,}|{share:>7.2%}|")
print("-" * len(header))
print(f"{'TOTAL':<16}|{min(mins):>10.2f}|{max(maxs):>10.3g}|{'':>9}|{total:>9,}|{1.0:>7.1%}|")
print()

print(f"{'channel':^20}  distribution")
biggest = max(counts)
for i in range(len(names)):
    print(f"{trunc(names[i], 20):>20}  {bar(counts[i] / biggest, 30)} {counts[i]}")
print()

# a numbers table with mixed signs and zero padding
print(f"{'n':>3} {'n^2':>6} {'n^3':>8} {'hex':>6} {'bin':>10} {'1/n':>10} {'sqrt':>8}")
for n in range(-3, 8):
    if n == 0:
        inv = "inf"
    else:
        inv = f"{1 / n:+.5f}"
    root = f"{abs(n) ** 0.5:8.4f}"
    print(f"{n:>3} {n * n:>6} {n ** 3:>8} {n:>#6x} {n & 0xFF:>010b} {inv:>10} {root}")
print()

# a receipt with right-aligned money columns
items = [("Widget", 3, 4.99), ("Gadget with long name", 1, 129.5), ("Bolt", 250, 0.045), ("Free sample", 2, 0.0)]
subtotal = 0.0
for it in items:
    label, qty, price = it
    line_total = qty * price
    subtotal += line_total
    print(f"{trunc(label, 18):<18} {qty:>4} x {price:>8.3f} = {line_total:>10.2f}")
tax = subtotal * 0.2
print(f"{'subtotal':>35} = {subtotal:>10.2f}")
print(f"{'tax 20%':>35} = {tax:>10.2f}")
print(f"{'total':>35} = {subtotal + tax:>10,.2f}")
print(f"{'=' * 48}")
print()

# a histogram table: bucket boundaries, counts, cumulative percentages
samples = [3.2, 7.9, 1.1, 9.99, 5.0, 5.5, 0.0, 2.5, 7.5, 8.25, 4.75, 6.0, 10.0, 3.3, 2.2, 5.05]
edges = [0.0, 2.5, 5.0, 7.5, 10.0]
bucket_counts = [0] * (len(edges) - 1)
for s in samples:
    placed = False
    for b in range(len(edges) - 1):
        last = b == len(edges) - 2
        if edges[b] <= s < edges[b + 1] or (last and s == edges[b + 1]):
            bucket_counts[b] += 1
            placed = True
            break
    if not placed:
        print("unplaced", s)
cum = 0
print(f"{'bucket':^15}|{'n':>3}|{'cum%':>7}|")
for b in range(len(bucket_counts)):
    cum += bucket_counts[b]
    closing = "]" if b == len(bucket_counts) - 1 else ")"
    label = f"[{edges[b]:4.1f}, {edges[b + 1]:4.1f}{closing}"
    print(f"{label:<15}|{bucket_counts[b]:>3}|{cum / len(samples):>7.1%}|{'*' * bucket_counts[b]}")
print()

# a month grid, the way a device status page would print it
first_weekday = 3
days_in_month = 30
print(" ".join(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]))
row = "   " * first_weekday
col = first_weekday
for d in range(1, days_in_month + 1):
    row += f"{d:>2} "
    col += 1
    if col == 7:
        print(row.rstrip())
        row = ""
        col = 0
if row != "":
    print(row.rstrip())
