def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for score in [100, 90, 89, 80, 75, 60, 59, 0, -1]:
    print(score, grade(score))

def fizzbuzz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

line = ""
for i in range(1, 31):
    line += fizzbuzz(i) + " "
print(line.strip())
x = 0
if x:
    print("truthy")
elif x == 0:
    print("zero")
s = ""
if s:
    print("nonempty")
else:
    print("empty string is falsy")
lst = [0]
if lst:
    print("nonempty list is truthy even if it holds 0")
f = 0.0
if not f:
    print("0.0 is falsy")
if -0.0:
    print("never")
else:
    print("-0.0 is falsy too")
