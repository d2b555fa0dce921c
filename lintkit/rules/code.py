"""code rules."""

RULES = ()
