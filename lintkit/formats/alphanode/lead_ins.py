"""Lead-ins: a heading-like line that is a sentence leading into the code or list after it.

A line ending in `:` before code or a list (`Add this to Cargo.toml:`), one that drops its `:` but speaks to the
reader (`Let's see this in action below`) or runs on into what follows (`The response will be`), and a sentence
the code cut in two (`In contrast to a regular type definition`, the code, `which declares ...`) are the post's
paragraphs, not headings over what follows. `prose_lines` runs these passes among its others.
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import final_char, is_known_heading, make_block
from lintkit.formats.alphanode.heading_lines import RUNS_ON
from lintkit.model import Block, BlockKind, Line

# A line ending in `:` of this many words is a sentence leading in, not a heading (`Known limitations:`).
LEAD_IN_WORDS = 5


def lead_ins(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line ending in `:` that introduces what follows is a paragraph, as the post wrote it: right
    before code or a list (`Add this to Cargo.toml:`), right after a heading, as its section's first line
    (`Testimonials`, then `Mike Bayer, creator of SQLAlchemy:` before the quote), or before any content when it
    reads as a sentence: five words or more, or a comma (`All direct reference types are prefixed by the package
    name like:`, `Dusty Phillips, writer:`), or a shape no heading has (`or:`, `For example:`:
    `is_sentence_lead_in`), the lead-in to a quote, or to a table or an image the export left out. Elsewhere it is a
    heading (`Known limitations:`). A dash in place of the `:` leads into a list or code (`Massive props also to-`)."""
    out = list(blocks)
    for k in range(len(out) - 2, -1, -1):  # from the end: a lead-in may lead into another
        item, nxt = out[k], out[k + 1]
        if not (isinstance(item, Line) and isinstance(nxt, Block)):
            continue
        if _dash_lead_in(item.text, nxt) or (
            final_char(item.text) == ":"  # or a hand pointing down (`More infos 👇`)
            and not is_known_heading(item.text)
            and (
                nxt.kind in (BlockKind.CODE, BlockKind.LIST)
                or (k > 0 and isinstance(out[k - 1], Line))
                or "," in item.text
                or len(item.text.split()) >= LEAD_IN_WORDS
                or is_sentence_lead_in(item.text)
            )
        ):
            out[k] = make_block(BlockKind.PARAGRAPH, lines, [item.line - 1])
    return out


def _dash_lead_in(text: str, nxt: Block) -> bool:
    """A line ending on a dash in place of its `:` right before a list or code (cibuildwheel's `Massive props also
    to-`, `A few notes-`, then their lists): a lead-in, since no heading ends on a dash."""
    return nxt.kind in (BlockKind.CODE, BlockKind.LIST) and bool(_DASH_END.search(text.rstrip()))


# A word, then a dash that ends the line: `also to-`, `notes -`, `follows —`.
_DASH_END = _compile(r"[a-z] ?[-\u2013\u2014]$")


def is_sentence_lead_in(text: str) -> bool:
    """A short line ending in `:` that no heading writes: it starts in lower case or mid-sentence (`or:`,
    `will be formatted to:`, `...from:`), it speaks to the reader or gives an example (`Here's an example
    configuration:`, `For example:`), or it runs on into what follows (`Run the server with:`, `Looks like
    this:`). A heading ending in `:` names a topic (`Code Example:`, `Use asyncio.gather when:`)."""
    words = text.rstrip(":").casefold().replace("\u2019", "'").split()
    return (
        bool(words)
        and (
            text.startswith(("...", "\u2026"))
            # In lower case: a sentence's words (`will be formatted to:`, `or:`), not a key of code (`script:`).
            or (text[0].islower() and (len(words) > 1 or words[0] in _JOINING) and "_" not in text)
            or words[0] in SPEAKING
            or " ".join(words[:2]) in _EXAMPLE_LEADS
            or words[-1] in _UNFINISHED
            or bool(_POINTING.search(" ".join(words)))
        )
    )


# A word alone leading from one snippet to the next (`or:`).
_JOINING = frozenset("or and then becomes gives".split())


# A lead-in's first words when it gives an example (`For example:`, `In this example:`).
_EXAMPLE_LEADS = frozenset({"for example", "for instance", "in this", "for more"})


# A lead-in's first word when it speaks to the reader (`We can call this endpoint with a simple curl call`,
# `Let's see this in action below`, Supabase's `Or create the extension in your database`) or says what there is
# (SkyWalking's `There are also some important metrics that should be explained`: 22 lines of the corpora's Markdown
# open on `There is`, `There are` without a final mark, 2 headings): a heading names a topic.
SPEAKING = frozenset(
    "we we'll we're we've let's lets here here's heres this these that it you you'll you're i i'll i've now or"
    " there".split()
)
# A lead-in's last words when they point at what follows (`This gives us the output of`, `The following is an example`),
# or its first (LLVM's `Below is an example of ... output for sinf()`: 57 paragraphs open so, no heading).
_POINTING = _compile(
    r"\b(below|following|as follows|like this|like so|output of|looks like|the following( \w+){1,2}"
    r"|(is|are) (an|some|a few) examples?)$|^(below|above) (is|are|you|we)\b",
    re.I,
)
# A lead-in's first words when they give an example (`For example, the switch ... requires three adjustments`).
_EXAMPLE = ("for example,", "for instance,")


def leads_in_unmarked(out: list[Block | Line], k: int) -> bool:
    """A heading-like line right before code or a list that is a sentence leading into it without its `:` (real posts
    often drop it): five words or more that speak to the reader (`We had two key questions on hand that we wanted to
    answer`, `Let's see this in action below`) or point at what follows (`This gives us the output of`, `... the
    following takeaways`, `... we used the following two models`), or give an example (`For example, the switch ...
    requires only three adjustments`), or run on into it (`The term Docker can refer to`, then a list), or say what
    serves a purpose (`To run all tests a makefile is provided`). A heading names a topic (`Basic usage`,
    `Alternative Providers`); known headings stay headings."""
    after = out[k + 1]
    if not (isinstance(after, Block) and after.kind in (BlockKind.CODE, BlockKind.LIST)):
        return False
    return speaks(out[k].text) or (after.kind is BlockKind.CODE and k + 2 < len(out) and _resumes(out[k + 2]))


def _resumes(item: Block | Line) -> bool:
    """A paragraph after code that finishes the sentence the code cut (Go's `In contrast to a regular type
    definition`, the code, then `which declares a new type ...`; `Note that one cannot simply write`, then `for a
    couple of reasons:`): 13 lines before code in the corpora's Markdown, one heading (`Create the regex describing
    the data we want`, its code, then `which gives us`).
    The words a heading's section opens on after its code (`or`, `and`, a name in lower case) are left out."""
    return isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH and item.text.split(maxsplit=1)[0] in _RESUMING


# A sentence's next word after the code it cut: a relative, a verb, a preposition (`without having to write`).
_RESUMING = frozenset("which where whose declares might without consists becomes results because for".split())


def speaks(text: str) -> bool:
    """Five words or more that speak to the reader, point at what follows or give an example; four that run on;
    a scene-setting clause, then the sentence's own."""
    words = text.casefold().replace("\u2019", "'").split()
    return (
        not is_known_heading(text)
        and (
            bool(_CLAUSE_THEN_MAIN.match(text))
            # Running on, a shorter line too (`Licensed under either of`, then the licences; `The response will be`);
            # not a heading in title case (DataFusion's `Existing Implementations to Learn From`: 3 headings of the
            # corpora's Markdown end on such a word capitalised, no paragraph).
            or (
                len(words) >= LEAD_IN_WORDS - 1
                and ((words[-1] in _UNFINISHED and text.split()[-1][:1].islower()) or RUNS_ON.match(text) is not None)
            )
            or (
                len(words) >= LEAD_IN_WORDS
                and (
                    words[0].strip(",") in SPEAKING
                    or bool(_POINTING.search(text.rstrip(" .:")))
                    or " ".join(words).startswith(_EXAMPLE)
                    or (words[0] == "to" and not _FINITE.isdisjoint(words[2:]))
                )
            )
        )
    )


# A clause setting the scene, then the sentence's own opening on its subject or an imperative (`To install
# cbindgen, you just need to run`, `In Cargo.toml, add`, `To get guaranteed structured outputs ..., you`): a
# sentence of any length, no heading's shape (`Lists, tuples and sets`).
_CLAUSE_THEN_MAIN = _compile(
    r"^(To|In|If|When|Once|After|Before|From|On|Inside|Within|Then|Next|Finally|Now|First|Here|Instead)\b[^,]*, "
    r"(you|we|i|simply|just|add|run|use|call|type|enter|execute|install|import|write|try|put|include|set|pass|"
    r"create|open|append|change|edit|invoke|specify|define|configure)\b"
)


# A finite verb after a purpose (`To run all tests a makefile is provided`): a sentence, not a heading (`To do`).
_FINITE = frozenset("is are was were can must should will".split())


# A sentence's last word when it runs on into what follows (`A Docker container consists of`).
_UNFINISHED = frozenset("of to the a an by like as with from".split())
