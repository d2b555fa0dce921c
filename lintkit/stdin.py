"""One article read from standard input: `lintkit check - --stdin-filename NAME`.

As with ruff and markdownlint, an editor or a script passes the text of a
file (an unsaved buffer): NAME decides the input format, the config globs it
matches (`formats`, `per-file-ignores`, `[[overrides]]`, `exclude` with
`--force-exclude`) and the path the findings name. The bytes are copied to a
temporary file that the run reads in the place of NAME; the run uses no
cache, so that what standard input held is never stored as NAME's.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import BinaryIO

from lintkit.files import Target, file_key, printable, stamp

# The path named on the command line for standard input.
STDIN = "-"


@contextlib.contextmanager
def stdin_target(name: str | None, cwd: str, stream: BinaryIO | None = None) -> Iterator[Target]:
    """A target for the article on standard input, named `name` ("-" when none is given)."""
    import tempfile  # only a run on standard input needs it

    data = (stream or sys.stdin.buffer).read()
    shown = name or STDIN
    with tempfile.TemporaryDirectory(prefix="lintkit-stdin-") as folder:
        copy = os.path.join(folder, os.path.basename(shown) or "stdin")
        with open(copy, "wb") as fh:
            fh.write(data)
        st = os.stat(copy)
        yield Target(printable(shown), copy, file_key(shown, cwd), st.st_size, stamp(st))
