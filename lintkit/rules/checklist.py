"""checklist rules."""

RULES = ()
