"""Issue 16, defect 11: a run imports what it uses.

A run on the export does not import the Markdown parser (nor markdown-it or
PyYAML), a run on Markdown does not import the export's parser and its code
patterns, and a run whose results all come from the cache imports neither.
Each case is a fresh interpreter, since this one has imported everything.
How long imports take is measured in benchmarks/run.py, not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import seed

from lintkit.formats import FORMATS, format_for

PROBE = """
import sys
from lintkit.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("MODULES " + " ".join(sorted(sys.modules)), file=sys.stderr)
"""
EXPORT_PARSER = {"lintkit.formats.alphanode.parser", "lintkit.formats.alphanode.meta", "lintkit.formats.code"}
MARKDOWN_PARSER = {"lintkit.formats.markdown.parser", "lintkit.formats.markdown.frontmatter", "markdown_it", "yaml"}
POST = "---\ntitle: A post\ndate: 2026-10-01\n---\n\n# A post\n\nSome prose for the reader, and nothing else.\n"


def modules(cwd: Path, *args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "check", "--as-of", "2026-11-24", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((x for x in done.stderr.splitlines() if x.startswith("MODULES ")), None)
    assert line is not None and done.returncode == 0, done.stderr
    assert "findings in" in done.stdout  # the run ran
    return set(line.split()[1:])


def test_each_run_imports_the_parser_of_its_files_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(seed("003"), encoding="utf-8")
    (tmp_path / "post.md").write_text(POST, encoding="utf-8")
    export = modules(tmp_path, "--no-cache", "a.txt")
    assert export >= EXPORT_PARSER and not MARKDOWN_PARSER & export
    assert "rich" not in export  # piped: plain lines
    markdown = modules(tmp_path, "--no-cache", "post.md")
    assert {"lintkit.formats.markdown.parser", "markdown_it"} <= markdown and not EXPORT_PARSER & markdown
    assert "json" not in markdown  # only a fix writes front matter, and only a JSON block is parsed as JSON
    # With the cache: the first run parses both, the second reads both results back and parses nothing.
    both = modules(tmp_path, "a.txt", "post.md")
    assert EXPORT_PARSER | {"lintkit.formats.markdown.parser"} <= both
    warm = modules(tmp_path, "a.txt", "post.md")
    assert not (EXPORT_PARSER | MARKDOWN_PARSER) & warm
    assert "tempfile" not in warm  # only a run that writes a fix, a report file or a new table needs it


def test_code_patterns_are_compiled_only_for_code_that_does_not_say_its_language(tmp_path: Path) -> None:
    # lintkit.formats.code compiles about 140 patterns on import: a post whose
    # fences all name their language (most Markdown) never needs them.
    fenced = POST + "\n```python\nprint(1)\n```\n\n```console\n$ make\n```\n"
    (tmp_path / "post.md").write_text(fenced, encoding="utf-8")
    named = modules(tmp_path, "--no-cache", "post.md")
    assert "lintkit.formats.languages" in named and "lintkit.formats.code" not in named


def test_the_format_table_names_each_format_as_it_is() -> None:
    for name, fmt in FORMATS.items():
        loaded = fmt.loaded()  # type: ignore[attr-defined]
        assert (fmt.name, fmt.suffixes) == (loaded.name, loaded.suffixes) == (name, loaded.suffixes)
        assert format_for(f"x{fmt.suffixes[0]}") is fmt
    # A configured copy parses with the options: Markdown's own key names for the title.
    configured = FORMATS["markdown"].configured({"markdown_keys": {"title": ["headline"]}})
    article = configured.parse("---\nheadline: Read me\n---\n\nBody text here.\n", "p.md")
    assert (title := article.fields.get("title")) is not None and title.value == "Read me"
    assert FORMATS["markdown"].parse("---\nheadline: Read me\n---\n\nBody.\n", "p.md").fields.get("title") is None


# main() ends the process itself (lintkit.__main__.leave), after the exit functions.
ENTRY_PROBE = """
import atexit, gc, sys
from lintkit.__main__ import main

@atexit.register
def probe():
    print("GC " + str(gc.isenabled()), file=sys.stderr)
    print("MODULES " + " ".join(sorted(sys.modules)), file=sys.stderr)

main()
"""
# What no one-file run of the default terminal report on an export article needs (issue 16, defect 11):
# the other reporters, the online check, the Markdown side, workers for several files, the progress bar,
# --baseline's reader, `lintkit explain`'s text, and --as-of's date parser.
NEVER_FOR_ONE_ARTICLE = {
    "lintkit.reports.sarif",
    "lintkit.reports.html",
    "lintkit.reports.junit",
    "lintkit.reports.gitlab",
    "lintkit.reports.markdown",
    "lintkit.reports.json",
    "lintkit.urls",
    "httpx",
    "jsonschema",
    "markdown_it",
    "yaml",
    "multiprocessing",
    "concurrent.futures",
    "rich",
    "lintkit.baseline",
    "json",
    "lintkit.docgen",
    "_strptime",
}


def entry_modules(cwd: Path, *args: str) -> set[str]:
    """The modules a `lintkit check` run through the installed entry point imported; the collector is
    on again once it is running."""
    done = subprocess.run(
        [sys.executable, "-c", ENTRY_PROBE, "check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = {
        x.split(" ", 1)[0]: x.split(" ", 1)[1] for x in done.stderr.splitlines() if x.startswith(("GC ", "MODULES "))
    }
    assert "MODULES" in lines and done.returncode == 0, done.stderr
    assert "findings in 1 file" in done.stdout  # the run ran, and found what the seed holds
    assert lines["GC"] == "True"
    return set(lines["MODULES"].split())


def test_a_one_file_run_imports_only_what_it_uses(tmp_path: Path) -> None:
    """The pre-commit hook's run (`check --force-exclude FILE`, the terminal report piped), edited then
    unchanged: neither imports a module only other runs use, and the unchanged one, whose result is read
    back from the cache, compares no paragraphs (no rapidfuzz)."""
    (tmp_path / "a.txt").write_text(seed("003"), encoding="utf-8")
    edited = entry_modules(tmp_path, "--force-exclude", "a.txt")
    assert not NEVER_FOR_ONE_ARTICLE & edited, NEVER_FOR_ONE_ARTICLE & edited
    assert "lintkit.formats.alphanode.parser" in edited  # it did parse the article
    unchanged = entry_modules(tmp_path, "--force-exclude", "a.txt")
    assert not (NEVER_FOR_ONE_ARTICLE | {"rapidfuzz", "lintkit.formats.alphanode.parser"}) & unchanged
