"""Drivers subpackage: imports its siblings relatively."""
from .uart import BAUD
