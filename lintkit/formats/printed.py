"""What a snippet prints, as a post shows it right after the code: the openings
of its `print` calls' output. An unfenced snippet runs into the output block
after it; a chunk that opens on what the code prints is that output, for the
parser (`alphanode.context`) and for CODE001, which leaves it out of the code.
And the shapes of what programs print (a failure's first line, a progress bar, a
chain of errors, a log record), which no prose takes.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile
from lintkit.memo import text_memo

# A `print` call's string, f-string or not: `print(f"Answer: {x}")`, `print("Evaluation completed successfully!")`.
_PRINT = _compile(r"""\bprint\(\s*([fF]?)(["'])(.*?)\2""")
# The fewest characters of a plain string printed for a line opening on it to be the output.
PRINTED_CHARS = 4


@text_memo
def printed_openings(code: str) -> frozenset[str]:
    """What the code's `print` calls write first: an f-string's label ending in `:` or `=` before its
    first field (`Answer:`, `Results:`, `x =`), or a plain string of four characters or more."""
    found = set()
    for m in _PRINT.finditer(code):
        text = m.group(3).replace("\\n", " ").strip()
        if m.group(1):
            text = text.split("{", 1)[0].strip()
            if text.endswith((":", "=")) and any(c.isalpha() for c in text):
                found.add(text)
        elif len(text) >= PRINTED_CHARS and "{" not in text:
            found.add(text)
    return frozenset(found)


def opens_on_printed(line: str, code: str) -> bool:
    """Whether a line opens on what the code prints (`Answer: It's built for ...` after
    `print(f"Answer: {result['answer']}")`)."""
    stripped = line.strip()
    return bool(stripped) and any(stripped.startswith(p) for p in printed_openings(code))


# A line a program logs or a resolver prints, never a sentence however it reads: dig's `;; ANSWER SECTION:` and a zone
# file's `;` comments (no line of the corpora's Markdown prose opens on `;`), kubeadm's `[preflight] Running pre-flight
# checks` (a tag in lower case in brackets, then the message: 1 paragraph of the corpora's Markdown; alone on its line
# it may still be a heading, Mithril's change log `[refactor] Refactoring of hyperscript.js ...`), and a record led by
# its time of day to the second (`TIMED_RECORD`).
TIMED_RECORD = _compile(r"^\d{1,2}:\d\d:\d\d(?:[.,]\d+)?(?: ?[AP]M)?:? \S")
OUTPUT_LINE = _compile(rf"^\s*;|^\[[a-z][\w-]{{2,}}\] [A-Z]|{TIMED_RECORD.pattern}")


# The first line of a program's failure: a Rust panic, a Python traceback.
# A program's failure heading what it printed (a database's `Binder Error:`, `Invalid Input Error:` over its message).
OUTPUT_HEAD = _compile(
    r"^(thread '[^']*' panicked at |Exception in thread \"[^\"]*\" [\w.$]+|Traceback \(most recent call last\):$"
    r"|[A-Z][a-z]+( [A-Z][a-z]+)? Error:$)"
)
# A progress bar a notebook's cell printed (`Processing samples: 100%|██████████| 15/15 [00:43<00:00]`).
PROGRESS_BAR = _compile(r"\d+%\|[^|]*\|\s*\d+/\d+\s*\[")
# What no prose shows in a chunk of lines: such a progress bar, a model's chat-template token (`<|im_start|>system`,
# `<|image_pad|>`: the prompt a post shows the model receives), a whole digest of 40 hex digits or more (git-lfs's
# pointer file, `oid sha256:4d7a2146...`; a checksum's output). A one-line paragraph cites a commit so (13 of the
# eight stand-ins' Markdown): the export writes a paragraph on one line, and a chunk of one is not asked this.
NEVER_PROSE = _compile(rf"{PROGRESS_BAR.pattern}|<\|[a-z_]+\|>|(?<![\w/@])[0-9a-f]{{40,}}(?![\w/])")
# A chain of errors as Go and many CLIs print it, each wrapping the next after `: ` (`runc create failed: unable to
# start container process: exec: "java": executable file not found in $PATH`, `error building: error creating build
# container: no such image ...`): a lower-case program or message, then three `: ` at least. In the eleven real
# corpora's Markdown, 88 lines inside code and one outside (a lead-in run into the output it introduces).
# A log record as Python's logging prints it by default, `LEVEL:logger:message` (`WARNING:absl:Configured ...`,
# Flax's checkpointing notebook), no blank around its colons: no sentence opens so. A system call as strace prints
# it for a process it follows (`[pid 25565] execve("/bin/ls", ["/bin/ls", "-l", "."], [/* 16 vars */]`): neither.
ERROR_CHAIN = _compile(
    r"^[a-z][\w.-]*(?: [\w.-]+){0,3}: \S.*?: \S.*?: \S|^(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL):[\w.]*:\S"
    r"|^\[pid\s+\d+\]\s+[a-z_]\w*\(|^[A-Za-z_][\w.-]*\[\d+\]: \S"  # a process's record (`objc[1873]: ...`)
    r"|^\[?(\d{4}[-/]\d\d[-/]\d\d[T ])?\d\d:\d\d:\d\d([.,]\d+)?\]?\s+\S"  # a log's time (481 lines of code, no prose)
)
