"""Comments as code writes them: what lintkit.formats.code reads in a line to tell
a comment (`# rest of code`, `//will open ...`) or a statement with its comment
(`import sys #To ensure ...`, `x.current // => 'small'`) from a sentence.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile

# An expression, then the value it gives in a comment (`Foundation.MediaQuery.current // => 'small', 'medium',
# etc.`, Ruby's `[1, 2].sum # => 3`, Hanami's `Hanami.application["create_thing"] # => #<CreateThing ...>`): 62 lines
# of the stand-ins' code, no heading or paragraph.
# Possessive, and dots only between the parts: with `[\w$.]*` first, a long dotted line was tried every way (quadratic).
RESULT_COMMENT = _compile(
    r"^\s*[$\w][\w$]*+(\([^()]*\)|\[[^\[\]]*\])?(\.[\w$]++(\([^()]*\)|\[[^\[\]]*\])?)*+;?\s*(//|#)\s*(=>|→)"
)
# A Python import, then a comment (the Azure SDK blog's `import sys #To ensure we're using the right version of
# python, since ! tries to use system, ...`): the sentence is the comment's.
IMPORT_COMMENT = _compile(r"^(from [\w.]+ )?import [\w.]+( as \w+)?(, [\w.]+( as \w+)?)* +#")
# A Go import spec, then a comment: a name (or `_`, `.`) and a quoted path.
IMPORT_SPEC = _compile(r'^\s*([_.]|[a-z]\w*)\s+"[\w.-]+(/[\w.-]+)+"\s*//')
# A statement's end, then a comment (`method_expecting_a_node(&element); // coerce to &Node`).
STATEMENT_COMMENT = _compile(r"[;{}]\s*//(\s|(?=[a-z]))")  # `$('#reveal').foundation('open'); //will open ...`
# SQL's `--Setup permissions ...` and Python's `#If you hit permission issues ...` too.
COMMENT = _compile(r"^\s*(#|//|--)(?=\s|(?<=[-#])[A-Z][a-z]+\s)")
# An expression with a bracket or a call before a comment two blanks on (`pkg["f"].resolved  # True`).
COMMENTED_CODE = _compile(r"^\s*[\w.]+[\[(]\S*(?<!\s)\s{2,}#\s")
# From a run of blanks' start only, possessive: tried from each blank, it scanned the run again each time.
TRAILING_COMMENT = _compile(r"(?<!\s)\s{2,}+(#|//)\s.*$")
