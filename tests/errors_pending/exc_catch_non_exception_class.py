class Config:
    pass


try:
    print("probe")
except Config:
    print("never")
# error: 7:8: catching classes that do not inherit from BaseException is not allowed (Config)
