from typing import *
# error: 1:20: from typing import * is not supported by krait: it needs to know every name at compile time; import the names you use
