"""The corpus index, in parts: sketch (fingerprints, pure), index (the database),
update (the write side) and view (the read side)."""
