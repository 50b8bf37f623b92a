readings = ["12", "15", "bad", "-3", "", "40", "7.5"]
good = []
errors = 0
for r in readings:
    try:
        v = int(r)
        if v < 0:
            raise ValueError("negative reading " + str(v))
        good.append(v)
    except ValueError as e:
        errors += 1
        print("error", errors, ":", e)
print(good, errors)
values = [4, 2, 0, 5, 0, 1]
results = []
i = 0
while i < len(values):
    try:
        results.append(100 // values[i])
    except ZeroDivisionError:
        results.append(-1)
    finally:
        i += 1
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise RuntimeError("transient failure " + str(attempts))
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("retry:", e)
