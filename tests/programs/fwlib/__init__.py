"""A tiny firmware library for the import tests: a package of modules."""
VERSION = "1.2"
