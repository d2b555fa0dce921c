"""Code in many languages, never tuned on, as Markdown pages of fenced snippets, reproducibly.

    .venv/bin/python benchmarks/fetch_code_samples.py [DIR] [--per-language 40]
    .venv/bin/python benchmarks/code_detection.py DIR --any-language

Real posts carry code in languages no stand-in holds (Kotlin, Swift, Haskell, Elixir, Terraform,
nginx's configuration...), and `benchmarks/code_detection.py` can only count the languages its
pages have. Pygments' source archive (PyPI, 2.19.2, checked against the sha256 the index publishes)
ships `tests/examplefiles/`, real files in some 450 languages its lexers are tested on. For each
language of `LANGUAGES` (the ones a technical blog shows), each file is cut into snippets as a post
shows code: runs of lines between blank ones, joined while the snippet stays within
`MOST_LINES` lines with single blank lines inside (the export cannot carry two in a row), lines
of at most 200 characters, and not only comments (a post's snippet is code). Every k-th snippet
is kept, up to `--per-language`, and each is written fenced with its language, after a heading
and a lead-in, into `DIR/<language>.md` (default benchmarks/corpus/code-samples/, git-ignored).

The files are lexers' tests, some written to be odd (every keyword, every escape); what a page
of them measures is how much of a language lintkit reads as code without knowing it, not how
well it reads a post: a floor, and where the generic evidence falls short.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_markdown_docs import HERE, INDEX, _get

SPEC = ("pygments", "2.19.2")
DEFAULT_DIR = HERE / "corpus" / "code-samples"
# The examplefiles folders kept, by the fence language written (a blog's names for them).
LANGUAGES = {
    "c": "c",
    "clojure": "clojure",
    "cmake": "cmake",
    "cpp": "cpp",
    "csharp": "csharp",
    "css": "css",
    "dart": "dart",
    "docker": "dockerfile",
    "elixir": "elixir",
    "elm": "elm",
    "erlang": "erlang",
    "fortran": "fortran",
    "fsharp": "fsharp",
    "go": "go",
    "graphql": "graphql",
    "groovy": "groovy",
    "haskell": "haskell",
    "html": "html",
    "ini": "ini",
    "java": "java",
    "js": "javascript",
    "julia": "julia",
    "kotlin": "kotlin",
    "lua": "lua",
    "make": "makefile",
    "nginx": "nginx",
    "nim": "nim",
    "objective-c": "objectivec",
    "ocaml": "ocaml",
    "perl": "perl",
    "php": "php",
    "powershell": "powershell",
    "protobuf": "protobuf",
    "rb": "ruby",
    "rust": "rust",
    "scala": "scala",
    "solidity": "solidity",
    "swift": "swift",
    "toml": "toml",
    "vim": "vim",
    "yaml": "yaml",
    "zig": "zig",
}
MOST_LINES = 15
LONGEST_LINE = 200
_COMMENT = re.compile(r"^\s*(#|//|--|;|%|/\*|\*|\(\*|\{-|<!--|\"|')")


def snippets(text: str) -> list[str]:
    """A file's snippets: its runs of lines between blank ones, joined while within MOST_LINES."""
    runs: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\t", "    ").replace("\ufeff", "")):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if lines:
            runs.append(lines)
    out: list[str] = []
    current: list[str] = []
    # A run of comments opens a snippet (a post's `// regex` over the code), never closes one.
    for run in runs:
        if current and len(current) + 1 + len(run) <= MOST_LINES:
            current = [*current, "", *run]
            continue
        if current:
            out.append("\n".join(_without_closing_comments(current)))
        current = run[:MOST_LINES]
    if current:
        out.append("\n".join(_without_closing_comments(current)))
    return [
        s
        for s in out
        if all(len(ln) <= LONGEST_LINE for ln in s.split("\n"))
        and not all(_COMMENT.match(ln) for ln in s.split("\n") if ln.strip())
    ]


def _without_closing_comments(lines: list[str]) -> list[str]:
    """A snippet without the comment lines and blank lines that close it (the next run's heading)."""
    lines = list(lines)
    while lines and (not lines[-1].strip() or _COMMENT.match(lines[-1])):
        lines.pop()
    return lines


def fetch_archive(index: str = INDEX) -> tuple[bytes, str]:
    """Pygments' source archive, checked against the sha256 the index publishes."""
    import hashlib
    import json
    import urllib.parse

    name, version = SPEC
    api = f"{index}/{name}/json"
    files = json.loads(_get(api))["releases"][version]
    sdist = next(u for u in files if u["packagetype"] == "sdist")
    data = _get(urllib.parse.urljoin(api, sdist["url"]))
    digest = hashlib.sha256(data).hexdigest()
    if digest != sdist["digests"]["sha256"]:
        raise RuntimeError(f"{name}=={version}: sha256 {digest} is not the published {sdist['digests']['sha256']}")
    return data, digest


def pages(data: bytes, per_language: int) -> dict[str, str]:
    """Each language's page: its snippets, every k-th of them up to `per_language`, fenced."""
    found: dict[str, list[str]] = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            parts = member.name.split("/")
            if not member.isfile() or len(parts) != 5 or parts[1:3] != ["tests", "examplefiles"]:
                continue
            folder = parts[3]
            if folder not in LANGUAGES or parts[4].endswith(".output") or member.size > 200_000:
                continue
            fh = tar.extractfile(member)
            raw = fh.read() if fh is not None else b""
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            found.setdefault(LANGUAGES[folder], []).extend(snippets(text))
    out = {}
    for language, all_snippets in sorted(found.items()):
        step = max(1, len(all_snippets) // per_language)
        kept = all_snippets[::step][:per_language]
        body = [f"# {language} snippets", ""]
        for n, snippet in enumerate(kept, 1):
            body += [f"## Snippet {n}", "", "The listing below is the part that matters here:", ""]
            body += [f"```{language}", snippet, "```", ""]
        out[language] = "\n".join(body)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--per-language", type=int, default=40, help="snippets kept per language (default 40)")
    args = parser.parse_args(argv)
    data, digest = fetch_archive()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    written = pages(data, args.per_language)
    for language, page in written.items():
        (args.out_dir / f"{language}.md").write_text(page, encoding="utf-8")
    count = sum(page.count("```") // 2 for page in written.values())
    print(f"{len(written)} languages, {count} snippets from pygments {SPEC[1]} (sha256 {digest}) in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
