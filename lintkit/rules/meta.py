"""meta rules."""

RULES = ()
