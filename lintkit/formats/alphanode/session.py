"""A shell session's output, read where it stands.

A post shows a session as one snippet: a prompt and its command, then what
it printed, often with blank lines inside (`$ docker trust inspect`, its
table of signed tags, a line `List of signers and their keys:`, another
table). Each blank-line separated chunk of that output, read alone, may
look like anything: a word (`hello`, an id), a label ending in `:`, a few
lines of log. Beside a session they are its output when the export could
not have written them otherwise: the export writes a paragraph on one
line, so several lines after a session are its output unless every one is
a sentence; one line is when it has the shape of output (an id, a path,
`name: message`, `... to: example/unauthorized`), a word after a command
that printed nothing yet, or a label ending in `:` between the output and
more output (a lead-in after a bare command, `The output is in JSON format,
for example:`, is the post's). Right after a bare command, a line with an
id in it, a short report in the past tense (`Node left the default
swarm.`) or the command's last argument printed back (`hello`) is output
too, and so is, anywhere in a session, a line quoting a command of its
program (`run 'docker swarm join-token manager'`): the export leaves a
post's code spans unquoted. Prose and known headings stay as they are.
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import is_code
from lintkit.formats.alphanode.schema import KNOWN_HEADINGS, normalize_heading
from lintkit.formats.code import MAX_CODE_LINE, code_beside_code, is_prose, looks_like_code
from lintkit.formats.commands import PROMPT_FORMS, is_prompt_line, is_root_command, is_shell_command
from lintkit.model import Block, BlockKind, Line

# A lead-in's first word as a post's sentence opens (`Here is the output:`, `To list them, run:`).
_OPENINGS = frozenset(
    "we we'll let's here here's this these that it you now the a an to for if when then and or in on with as "
    "after before once run use".split()
)
# What a lead-in after a command opens on to bring what it made (`Yielding the expected result:`).
_YIELDS = frozenset("yielding giving producing resulting rendering returning printing showing which".split())
# One token only a program prints: an id (`f5283438590d`, `4cdgfyky7ozwh3htjfw0d12qv`), a
# `name:value` (`0.0.0.0:4321`, `sha256:2c68...`), an image or a path in lower case
# (`tiborvass/sample-volume-plugin`, `vieux/sshfs:next`). Not a version (`1.8.0`), a file
# (`build.rs`) or a word (`label`, `status`): a section is named so, after a session too.
_TOKEN = _compile(
    r"^([0-9a-f]{12,}|(?=[a-z0-9]*\d)[a-z0-9]{20,}|[\w.-]+:[\w.-]+:?[\w.-]*|[a-z0-9][a-z0-9._-]*/[a-z0-9._/-]+(:[\w.-]+)?"
    r"|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{40,})$"  # a token or a key (`SWMTKN-1-3pu6...`)
)
# An id a program prints inside its message (`Swarm initialized: current node (bvz81updecsj6wjz393c09vti) is
# now a manager.`): letters and digits mixed, twelve hex digits or twenty characters or more.
_ID_INSIDE = _compile(
    r"(?<![\w/.:-])((?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}|(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{20,})"
    r"(?![\w/.:-])"
)
# A program's report of what it did, right after its command: `Successfully rotated worker join token.`,
# `Node left the default swarm.` (a word, then a verb in the past tense), a sentence: a heading has no stop
# (`Parameter removed`, `Getting started`).
_REPORT = _compile(
    r"^((Successfully|Done|Finished|Completed)\b|[A-Z][a-z]+ (left|[a-z]{3,}ed)\b(?! (by|to|with|in|as)\b)).*\.$"
)
# The most words of a line a program prints with an id in it; a post's sentence is longer.
ID_MESSAGE_WORDS = 12
# Fewer words than a post's sentence after a command has.
REPORT_WORDS = 6
_PROMPT = _compile(rf"^\s*{PROMPT_FORMS}\s+")
# A command quoted in single quotes, as a program tells what to run next (`run 'docker swarm join-token
# manager' and follow the instructions`): the export leaves a post's code spans unquoted.
_QUOTED_COMMAND = _compile(r"'([a-z][\w.-]*) [^']+'")
# `name: message` from a program named in lower case (`fusermount: mount failed`,
# `4be01827a72e: vieux/sshfs:latest`), or a message ending on a name with a path
# (`Failed to add signer to: example/unauthorized`).
_MESSAGE = _compile(r"^[a-z0-9][a-z0-9_.#/@-]*: \S|:\s+(?!https?:)[\w.-]+[/:][\w./:-]+$")
# A reading a program prints: a label of a few words, its colon, a number and perhaps its unit
# (`Total reclaimed space: 212 B`, `Total reclaimed space: 1.093 MB`); a heading names a topic.
_READING = _compile(r"^[A-Z][a-z]+( [a-z]+){0,3}: \d[\d.,]*\s?([A-Za-z]{1,3}|%)?$")
# An address a program gives with its label (`View Live: https://app.pulumi.com/...`), between its output and more.
_LABELLED_ADDRESS = _compile(r"^[A-Z][a-z]+( [A-Za-z]+){0,2}: https?://\S+$")
# What a program says it is doing, its ellipsis after it (`Provisioning...`, `Starting SSH tunnel...`).
_PROGRESSING = _compile(r"^[A-Z][a-z]+ing\b[^.!?:]{0,60}\.\.\.(?: .*)?$")
# The last word of a program's run, alone on its line (kctrl's `Succeeded`).
_STATUS = _compile(r"^(Succeeded|Success|SUCCESS|Done|Completed|Finished|Passed|PASSED|Failed|FAILED|OK)\.?$")
# A name a program prints in single quotes (`namespace 'default'`, `cluster 'https://192.168.64.82:8443'`).
_QUOTED_NAME = _compile(r"(?<!\w)'[\w.:/@-]+'(?!\w)")
# A question a command asks and its answer: `Are you sure you want to continue? [y/N] y`.
_CONFIRM = _compile(r"\[y/?n\]", re.I)
# A name with a path or a tag in lower case, last on its line: `example/trust-demo`, `alpine:latest`.
_ENDS_ON_NAME = _compile(r"\s[a-z0-9][\w.-]*[/:][\w./:-]*[\w-]$")
# A label of fewer words is a post's (`Example:`, `Notes:`), before output as anywhere.
LABEL_WORDS = 3
# A program's message is short; a longer line is the post's sentence (`..., do it in the branch here: https://...`).
MAX_MESSAGE_WORDS = 8


def session_output(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The chunks after a session's code that are its output (see above) as code."""
    out = list(blocks)
    session = False  # whether the code read so far holds a prompt
    last = ""  # the last line of that code
    bare = ""  # the command typed last, while nothing but a one-line report followed it
    programs: set[str] = set()  # the programs the session's commands run
    for k, item in enumerate(out):
        if bare and (end := _lower_case_run(out, k, lines)) > k:
            for j in range(k, end):  # each its own chunk of code, read as such in turn
                out[j] = Block(BlockKind.CODE, (Line(lines[out[j].line - 1], out[j].line),))
            item = out[k]
        if isinstance(item, Block) and item.kind is BlockKind.CODE:
            commands = [_PROMPT.sub("", ln.text).split() for ln in item.lines if is_prompt_line(ln.text)]
            programs.update(c[0] for c in commands if c)
            session = session or bool(commands)
            last = item.lines[-1].text
            bare = last if is_prompt_line(last) else ""
            continue
        after = out[k + 1] if k + 1 < len(out) else None
        if session and _is_output(item, last, bare, programs, after, lines):
            rows = [item.line - 1] if isinstance(item, Line) else [ln.line - 1 for ln in item.lines]
            out[k] = Block(BlockKind.CODE, tuple(Line(lines[i], i + 1) for i in rows))
            last = lines[rows[-1]]
            bare = bare if len(rows) == 1 and _reports(last.strip(), bare) else ""
            continue
        if k and _between_output(item, out[k - 1], after, lines):
            out[k] = Block(BlockKind.CODE, (Line(lines[item.line - 1], item.line),))
            last, bare = lines[item.line - 1], ""
            continue
        session, bare, programs = False, "", set()
    return out


def _lower_case_run(out: list[Block | Line], k: int, lines: list[str]) -> int:
    """Where a run of one-line chunks right after a command ends that is its output
    (`$ npm i socket.io`, then `added 22 packages, and audited 23 packages in 853ms`
    and `found 0 vulnerabilities`; `22 packages have verified registry signatures`):
    each opens in lower case or on a digit and has no stop, as a program's messages
    do, and the run ends at the next command, other code, a heading in capitals or
    the body's end. Before a paragraph it is no output (a heading in lower case, as
    the site's own articles write theirs, over its section); `k` when there is none."""
    end = k
    while end < len(out) and _printed_line(out[end], lines):
        end += 1
    if end == k:
        return k
    after = out[end] if end < len(out) else None
    if isinstance(after, Line):
        return end if after.text[:1].isupper() or normalize_heading(after.text) in KNOWN_HEADINGS else k
    return end if after is None or after.kind is BlockKind.CODE else k


def _printed_line(item: Block | Line, lines: list[str]) -> bool:
    """A one-line chunk as a program prints its messages (`_lower_case_run`)."""
    if isinstance(item, Line):
        if normalize_heading(item.text) in KNOWN_HEADINGS:
            return False
    elif item.kind is not BlockKind.PARAGRAPH or len(item.lines) > 1:
        return False
    text = lines[item.line - 1].strip()
    return (
        bool(_PRINTED.match(text))
        and len(text.split()) <= MAX_PRINTED_WORDS
        and (not text.endswith(("!", "?")) or " # " in text)  # a shell comment after it (`# <-- it's a start!`)
    )


# A program's message: in lower case or on a digit, without a stop (`found 0 vulnerabilities`, `22 packages have
# verified registry signatures`, `audited 22 packages in 1s`).
_PRINTED = _compile(r"^[a-z0-9][^.:;]*[^.:;\s]$")
MAX_PRINTED_WORDS = 12


def _is_output(
    item: Block | Line, last: str, bare: str, programs: set[str], after: Block | Line | None, lines: list[str]
) -> bool:
    if isinstance(item, Line):
        if normalize_heading(item.text) in KNOWN_HEADINGS:
            return False
        texts = [lines[item.line - 1]]
    elif item.kind is BlockKind.PARAGRAPH:
        texts = [lines[ln.line - 1] for ln in item.lines]
    else:
        return False
    if any(len(t) > MAX_CODE_LINE for t in texts):
        return False
    if len(texts) > 1:
        return True  # the export writes a paragraph on one line: `Adding signer "alice" to example/x...`, then more
    text = texts[0].strip()
    if text.endswith("?"):
        return False
    if _label(text, last, after) or _CONFIRM.search(text) or _before_indented_output(text, bare, after):
        return True
    if _reports(text, bare) or _echoes(text, bare) or _names_next_command(text, programs):
        return True
    if _PROGRESSING.match(text):
        return True  # dstack's `Starting SSH tunnel...`, `Waiting for capacity... To exit, press Ctrl+C.`
    if is_prose(text):
        return False
    if looks_like_code([text]) or code_beside_code([text]) or _TOKEN.match(text) or _short_message(text):
        return True
    if _READING.match(text):
        return True  # `Total reclaimed space: 212 B`, what `docker system prune` prints last
    if _STATUS.match(text):
        return True  # kctrl's `Succeeded` after its table: a status, where a heading would open a topic
    if (
        _QUOTED_NAME.search(text)
        and len(text.split()) <= MAX_MESSAGE_WORDS
        and isinstance(after, Block)
        and after.kind is BlockKind.CODE
        and not _typed(after.lines[0].text)
    ):
        return True  # kctrl's `Available packages in namespace 'default'` between its output and its table
    if _LABELLED_ADDRESS.match(text) and isinstance(after, Block) and after.kind is BlockKind.CODE:
        return not _typed(after.lines[0].text)  # `pulumi up`'s `View Live: https://app.pulumi.com/...`, its table
    return is_prompt_line(last) and len(text.split()) <= MAX_MESSAGE_WORDS and _first_output(text, after)


def _between_output(item: Block | Line, before: Block | Line, after: Block | Line | None, lines: list[str]) -> bool:
    """A line a program prints between its output and more of it, whether or not a prompt shows the
    session (kapp's `kapp deploy ...`, its target, then `Changes` over its table, and `Continue? [yN]: y`
    before its log): a question it asks with its answers in brackets, or a word or two in capitals over a
    table of columns, the line before it printed too. Of the corpora's Markdown, no heading stands between two
    snippets over such a table; a label does, after the command (KubeVela's `Expected Output`), and is the post's."""
    if not (is_code(before) and isinstance(after, Block) and is_code(after)) or _typed(after.lines[0].text):
        return False
    if is_shell_command(before.lines[-1].text.strip()) or is_prompt_line(before.lines[-1].text):
        return False
    if isinstance(item, Block) and (item.kind is not BlockKind.PARAGRAPH or len(item.lines) > 1):
        return False
    text = lines[item.line - 1].strip()
    words = text.split()
    if _CONFIRM.search(text):
        return len(words) <= MAX_MESSAGE_WORDS
    return (
        len(words) <= TITLE_WORDS
        and all(w[:1].isupper() and w.isalpha() and w.casefold() not in _LABEL_WORDS for w in words)
        and normalize_heading(text) not in KNOWN_HEADINGS
        and bool(_COLUMNS.match(after.lines[0].text))
    )


# A table's head as a program prints it: three columns or more, two blanks or more between them (kapp's `Namespace  Name
# Kind  Conds.  Age  Op  Op st.  Wait to  Rs  Ri`).
_COLUMNS = _compile(r"^\S+(?: \S+)*(?: {2,}\S+(?: \S+)*){2,}\s*$")
# A post's label over output, never a program's title (`Expected Output`, `Example Response`).
_LABEL_WORDS = frozenset("output outputs expected result results example response sample before after".split())
# The most words of a program's title over its table.
TITLE_WORDS = 2


def _reports(text: str, bare: str) -> bool:
    """Right after a command, a line holding an id (`Swarm initialized: current node
    (bvz81updecsj6wjz393c09vti) is now a manager.`) or a short report of what it did
    (`Node left the default swarm.`, `Successfully rotated worker join token.`)."""
    if not bare:
        return False
    words = len(text.split())
    return (words <= ID_MESSAGE_WORDS and bool(_ID_INSIDE.search(text))) or (
        words <= REPORT_WORDS and bool(_REPORT.match(text))
    )


def _echoes(text: str, bare: str) -> bool:
    """Right after a command, a line of a few words that is its last argument (`hello`
    after `docker volume create hello`, `daleks` after `docker volume create daleks --label
    is-timelord=no`), or ends on it when it names a file (`2.7M
    busybox.tar` after `ls -sh busybox.tar`): what the program printed back. Not an
    option (`--volume`, a section named after it)."""
    words = text.split()
    command = _PROMPT.sub("", bare).split()
    if len(command) < 2 or len(words) > ECHO_WORDS:
        return False
    if len(command) > 3 and command[-2].startswith("--") and "=" not in command[-2] and text == command[-3]:
        return not command[-3].startswith("-")  # the argument, then an option and its value (`--label x=no`)
    if command[-1].startswith("-"):
        return False
    return text == command[-1] or (words[-1] == command[-1] and bool(_NAMES_FILE.search(words[-1])))


# An argument a program prints back with a word or two: a file or a path (`busybox.tar`, `src/lib.rs`).
_NAMES_FILE = _compile(r"\w[./]\w")
ECHO_WORDS = 3


def _names_next_command(text: str, programs: set[str]) -> bool:
    """A line quoting a command of the session's program (`To add a manager to this swarm,
    run 'docker swarm join-token manager' and follow the instructions.`): its output."""
    return any(m.group(1) in programs for m in _QUOTED_COMMAND.finditer(text))


def _typed(line: str) -> bool:
    """A command typed at a prompt, root's `# ` too (`# dnf -y install buildah`): what follows a
    line before it is the post's again, not output."""
    return is_prompt_line(line) or is_root_command(line)


def _first_output(text: str, after: Block | Line | None) -> bool:
    """A short line right after a command that printed nothing yet: its output when it ends on a
    name with a path (`No signatures for example/trust-demo`), or when more output follows
    (`Ignoring unsupported options: links`, then lines of `Creating network ...`). Not a lead-in ending in
    `:` before code at the margin, in lower case, opening as a post's sentence does or on what the command
    yields (Stylus's `$ stylus --prefix foo-`, then `used with this code:`; `Yielding the expected result:`);
    a program's label is a noun's (`Images space usage:`, then its table)."""
    if _ENDS_ON_NAME.search(text):
        return True
    first = text.split()[0]
    if (
        text.endswith(":")
        and (first.islower() or first.casefold() in _OPENINGS or first.casefold() in _YIELDS)
        and isinstance(after, Block)
        and not after.lines[0].text[:1].isspace()
    ):
        return False
    more = isinstance(after, Block) and (
        (after.kind is BlockKind.CODE and not _typed(after.lines[0].text))
        or (after.kind is BlockKind.PARAGRAPH and len(after.lines) > 1)
    )
    return more and len(text.split()) >= LABEL_WORDS


def _label(text: str, last: str, after: Block | Line | None) -> bool:
    """A label between output and more output (`List of signers and their keys:`, then a table):
    short, without a comma, not opening as a post's sentence does (`The`, `To`, `When`, `Here`),
    and neither right after a command (a lead-in there tells what it prints: `The output is in
    JSON format, for example:`) nor before one."""
    words = text.casefold().split()
    return (
        LABEL_WORDS <= len(words) <= MAX_MESSAGE_WORDS
        and text.endswith(":")
        and "," not in text
        and words[0] not in _OPENINGS
        and not is_prompt_line(last)
        and isinstance(after, Block)
        and after.kind is BlockKind.CODE
        and not _typed(after.lines[0].text)
    )


def _before_indented_output(text: str, bare: str, after: Block | Line | None) -> bool:
    """A line ending in `:` right after a command, before output indented as a program
    prints it (`docker swarm join-token worker`, then `To add a worker to this swarm, run
    the following command:` and `    docker swarm join \\`): the command's message. A post's
    lead-in brings code that starts at the margin."""
    return (
        text.endswith(":")
        and bool(bare)
        and text.split()[0].casefold().replace("\u2019", "'") not in _TO_THE_READER
        and isinstance(after, Block)
        and after.kind is BlockKind.CODE
        and after.lines[0].text[:2].isspace()
        and not _typed(after.lines[0].text)
        and not _NUMBERED_PROMPT.match(after.lines[0].text)
    )


# Openings no program's message has, a post's speaking to its reader (Swift's `Let's make a GET request using the
# HTTPClient type:`, `This should compile the package and launch the Swift REPL. Let's try ...:`), and a REPL's
# numbered prompt (Swift's `  1> import Yams`): what it brings is typed, not printed.
_TO_THE_READER = frozenset("let's lets we we'll you you'll this now here here's".split())
_NUMBERED_PROMPT = _compile(r"^\s*\d+>\s")


def _short_message(text: str) -> bool:
    return len(text.split()) <= MAX_MESSAGE_WORDS and bool(_MESSAGE.search(text))
