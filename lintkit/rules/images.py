"""images rules."""

RULES = ()
