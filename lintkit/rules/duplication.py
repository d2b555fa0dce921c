"""duplication rules."""

RULES = ()
