# Calendar arithmetic with integers: leap years, day of week, days between dates,
# using floor division (which matters for dates before the epoch).

def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_from_civil(y: int, m: int, d: int) -> int:
    # days since 1970-01-01 (Howard Hinnant's algorithm)
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

def civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return (y, m, d)

NAMES = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

dates = [(1970, 1, 1), (2000, 2, 29), (1969, 12, 31), (1900, 3, 1), (2024, 12, 25), (1, 1, 1), (-44, 3, 15), (2038, 1, 19)]
for dt in dates:
    y, m, d = dt
    n = days_from_civil(y, m, d)
    back = civil_from_days(n)
    print(f"{y:>5}-{m:02d}-{d:02d} days={n:>8} weekday={NAMES[n % 7]} back={back == dt} leap={is_leap(y)}")
print(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 1), days_from_civil(2023, 3, 1) - days_from_civil(2023, 2, 1))
print(civil_from_days(19999), civil_from_days(-1), civil_from_days(-719468))
leaps = 0
for y in range(1600, 2401):
    if is_leap(y):
        leaps += 1
print("leap years 1600..2400:", leaps)
secs = 1700000000
days = secs // 86400
rem = secs % 86400
print(civil_from_days(days), f"{rem // 3600:02d}:{rem % 3600 // 60:02d}:{rem % 60:02d}")
neg = -1
print(civil_from_days(neg // 86400), neg % 86400)
