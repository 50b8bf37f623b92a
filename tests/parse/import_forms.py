# import and from-import in every form.
import a
import a.b.c
import a.b.c as d
import a, b as c, d.e
from a import b
from a.b import c as d, e
from a import (b, c)
from a import (b as c,)
from . import x
from .. a import (b as c,)
from .mod import name
from ... import x
from ...pkg.sub import y
from .... import z
from x import *
from . import *
