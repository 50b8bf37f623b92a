# try statements: except clauses, else, finally.
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as err:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    cleanup()
try:
    pass
except E:
    pass
finally:
    pass
try: x
except: y
