import sys

def shutdown() -> None:
    try:
        print("shutting down")
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")

try:
    shutdown()
except Exception:
    print("Exception does not catch SystemExit")
finally:
    print("outer finally")
print("not reached")
