"""What lintkit holds to under attack (issue 17): outputs that are devices,
pipes or links, outputs that are inputs, hostile lines, hostile image hosts,
and no network without the flag."""

from __future__ import annotations

import json
import os
import re
import select
import socket
import stat
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import LINTKIT, seed
from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit.cli import main
from lintkit.output import destination

AS_OF = ["--as-of", "2026-11-24"]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def _article(folder: Path, name: str = "a.txt") -> Path:
    path = folder / name
    path.write_text(seed("001"))
    return path


# -- 1. a report goes into what is there: a FIFO, a device, a link --


def test_where_a_report_is_written(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    regular = tmp_path / "report.txt"
    link = tmp_path / "link.txt"
    link.symlink_to(regular)
    chain = tmp_path / "out"
    chain.symlink_to("/dev/stdout")
    # Nothing is written here: these only ask where a report would go.
    assert destination(fifo) == (fifo, True)
    assert destination(Path("/dev/stdout")) == (Path("/dev/stdout"), True)
    assert destination(Path("/dev/fd/1")) == (Path("/dev/fd/1"), True)
    assert destination(chain) == (chain, True)  # a link to a descriptor is written through
    assert destination(regular) == (regular.resolve(), False)  # not there yet: atomically
    assert destination(link) == (regular.resolve(), False)  # the file the link points to, not the link
    devices = [Path(p) for p in ("/dev/null", "/dev/zero", "/dev/full") if os.path.exists(p)]
    devices = [d for d in devices if stat.S_ISCHR(d.stat().st_mode)]  # /dev/null may have been replaced already
    for device in devices:  # in place: a rename would replace the device with a file
        assert destination(device) == (device, True)


def _read_fifo(fifo: Path, command: list[str]) -> tuple[bytes, subprocess.CompletedProcess[bytes]]:
    """What a reader of `fifo` receives while `command` runs. The read end is
    opened without blocking first, so that a run that never opens the FIFO
    (it replaced it with a file) shows as an empty read, not a hang."""
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    got = bytearray()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=fifo.parent)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            chunk = os.read(fd, 65536) if ready else b""
            got += chunk
            if not chunk and proc.poll() is not None:
                break
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(fd)
        if proc.poll() is None:
            proc.kill()
    return bytes(got), subprocess.CompletedProcess(command, proc.returncode, out, err)


def test_a_report_into_a_fifo_reaches_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    command = [*LINTKIT, "check", *AS_OF, "--no-cache", "--format", "json", "-o", str(fifo), str(_article(tmp_path))]
    got, proc = _read_fifo(fifo, command)
    assert proc.returncode in (0, 1), proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the FIFO
    assert [Path(f["path"]).name for f in json.loads(got)["files"]] == ["a.txt"]


def test_a_report_to_dev_stdout_is_printed(tmp_path: Path) -> None:
    # Through a link of ours to /dev/stdout: even a lintkit that replaced what
    # it writes to could only replace this link, never the system's /dev/stdout.
    out = tmp_path / "out"
    out.symlink_to("/dev/stdout")
    article = _article(tmp_path)
    proc = subprocess.run(
        [*LINTKIT, "check", *AS_OF, "--no-cache", "--format", "json", "-o", str(out), str(article)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert [Path(f["path"]).name for f in json.loads(proc.stdout)["files"]] == ["a.txt"]
    assert out.is_symlink()


def test_outputs_are_written_through_links_keeping_the_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _article(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("report.json", "baseline.json", "audit.html"):
        (reports / name).write_text("old")
        (reports / name).chmod(0o640)
        (tmp_path / name).symlink_to(Path("reports") / name)
    monkeypatch.chdir(tmp_path)
    result = invoke("check", *AS_OF, "--no-cache", "--format", "json", "-o", "report.json", "a.txt")
    assert result.exit_code in (0, 1), result.output
    result = invoke("check", *AS_OF, "--no-cache", "--write-baseline", "baseline.json", "a.txt")
    assert result.exit_code in (0, 1), result.output
    result = invoke("audit", *AS_OF, "--no-cache", "--html", "audit.html", "a.txt")
    assert result.exit_code == 0, result.output
    for name in ("report.json", "baseline.json", "audit.html"):
        assert (tmp_path / name).is_symlink(), name
        target = reports / name
        assert target.read_text() != "old" and stat.S_IMODE(target.stat().st_mode) == 0o640, name
    assert json.loads((reports / "report.json").read_text())["files"][0]["path"] == "a.txt"
    assert json.loads((reports / "baseline.json").read_text())["tool"] == "lintkit"
    assert not list(reports.glob("*.tmp")) and not list(tmp_path.glob("*.tmp"))


# -- 2. (defect 7) no output replaces an input, nor another output --


def test_outputs_never_replace_what_the_run_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article(tmp_path)
    other = _article(corpus, "other.txt")
    (corpus / "notes.json").write_text("{}")  # no format claims it: not an article
    config = tmp_path / "lintkit.toml"
    config.write_text('corpus = ["corpus"]\n')
    baseline = tmp_path / "base.json"
    monkeypatch.chdir(tmp_path)
    assert invoke("check", *AS_OF, "--write-baseline", "base.json", "a.txt").exit_code in (0, 1)
    kept = {p: p.read_bytes() for p in (other, config, baseline)}
    (tmp_path / "alias.json").symlink_to("base.json")
    for args, message in (
        (["check", "-o", "corpus/other.txt"], "--output 'corpus/other.txt' is an article of the corpus"),
        (["check", "--write-baseline", "corpus/other.txt"], "--write-baseline 'corpus/other.txt' is an article"),
        (["audit", "--html", "corpus/other.txt"], "--html 'corpus/other.txt' is an article of the corpus"),
        (["check", "-o", "lintkit.toml"], "--output 'lintkit.toml' is the config file read"),
        (["audit", "--html", "lintkit.toml"], "--html 'lintkit.toml' is the config file read"),
        (["check", "--baseline", "base.json", "-o", "base.json"], "--output 'base.json' is the --baseline file read"),
        (
            ["check", "--baseline", "base.json", "--write-baseline", "alias.json"],
            "--write-baseline 'alias.json' is the --baseline file read",
        ),
        (
            ["check", "-o", "r.txt", "--write-baseline", "r.txt"],
            "--write-baseline 'r.txt' is also the --output file",
        ),
    ):
        result = invoke(*args[:1], *AS_OF, *args[1:], "a.txt")
        assert result.exit_code == 2 and message in result.output, (args, result.output)
    assert {p: p.read_bytes() for p in (other, config, baseline)} == kept
    assert not (tmp_path / "r.txt").exists()
    # A file of the corpus folder that is no article, and a report beside the corpus, are fine.
    for args in (["check", "-o", "corpus/notes.json"], ["check", "-o", "report.txt", "--write-baseline", "b.json"]):
        result = invoke(*args[:1], *AS_OF, *args[1:], "a.txt")
        assert result.exit_code in (0, 1), (args, result.output)


# -- 3. (defect 9) no pattern backtracks on a hostile line --


def test_a_long_run_of_dots_before_an_image_source_parses_at_once(tmp_path: Path) -> None:
    """40,000 dots on a non-ASCII line before an `image source:` line took a
    minute (the caption pattern backtracked quadratically); 100,000 would take
    six. Linear, they take a fraction of a second. Not a timing: the run must
    simply end, in a subprocess with a timeout far above a linear parse (and
    lintkit's start on a loaded machine) and far below the quadratic one, and
    read the article as it reads the same with 40 dots."""
    lines = seed("000").splitlines()
    assert lines[7].endswith(". image source: unsplash")
    for dots in (40, 100_000):
        lines[6] = "é" + "." * dots  # the caption line, before the `image source:` line
        (tmp_path / f"dots{dots}.txt").write_text("\n".join(lines) + "\n")
    proc = subprocess.run(
        [*LINTKIT, "check", *AS_OF, "--no-cache", "--jobs", "1", "--format", "json", "dots40.txt", "dots100000.txt"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode in (0, 1), proc.stderr
    short, long = ([(f["code"], f["line"]) for f in file["findings"]] for file in json.loads(proc.stdout)["files"])
    assert short == long and ("IMG005", 7) in short


HOSTILE_HEAD = "---\ntitle: Hostile\ndate: 2026-01-01\n---\n\n# Hostile\n\nA first paragraph.\n\n"
HOSTILE = 40_000
# Each took minutes (the brackets 700 s; 200 such lines of `)` 60 s); all of them, linear, take seconds.
HOSTILE_MARKDOWN = {
    "brackets.md": "[" * HOSTILE,  # a label never closed, scanned again from each `[`
    "links.md": ("[a](" * HOSTILE)[:HOSTILE],  # a destination never ended, from each link
    "images.md": ("![a](" * HOSTILE)[:HOSTILE],
    "ticks.md": "## x" + "`" * HOSTILE,  # one run of backticks split every way
    "templates.md": ("{{%" * HOSTILE)[:HOSTILE],
    "footnotes.md": ("[^" * HOSTILE)[:HOSTILE],
    "comments.md": ("<!--a(" * HOSTILE)[:HOSTILE],
    "data.md": "```json\n{" + "\n" * HOSTILE + "x\n```",  # `^\s*` over every blank line after each
    "python.md": "```python\nx = 1" + "\n" * HOSTILE + "y = (\n```",
    # Signatures without bodies, each looking ahead for its body (a copy of the rest at each, once).
    "signatures.py.md": "```python\n" + "class A\n" * HOSTILE + "y = (\n```",
}


def test_hostile_markdown_and_code_lines_are_read_in_linear_time(tmp_path: Path) -> None:
    """The regexes of the audit after defect 9: each file here made one of
    them scan the rest of its text again and again. Not a timing: the run
    must end within a timeout far above the linear run (and lintkit's start
    on a loaded machine) and far below the quadratic one, with the code
    rules still reading the blocks."""
    for name, body in HOSTILE_MARKDOWN.items():
        (tmp_path / name).write_text(HOSTILE_HEAD + body + "\n")
    lines = seed("000").splitlines()
    (tmp_path / "closing.txt").write_text("\n".join(lines[:12] + [")" * 1999 + "x"] * 200 + lines[12:]) + "\n")
    proc = subprocess.run(
        [*LINTKIT, "check", *AS_OF, "--no-cache", "--jobs", "1", "--format", "json", "."],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode in (0, 1), proc.stderr
    codes = {f["path"]: {x["code"] for x in f["findings"]} for f in json.loads(proc.stdout)["files"]}
    assert set(codes) == {*HOSTILE_MARKDOWN, "closing.txt"}
    assert "CODE002" in codes["data.md"] and "CODE001" in codes["python.md"]
    assert "CODE001" in codes["signatures.py.md"]  # the listing given bodies, `y = (` still an error


# The constructs of the hostile files above, and what separates them.
_PIECES = ["[", "]", "(", ")", "![", "[^", "^", "\\", "\n", " ", "a", "<", ">", "<!--", "-->", "<b>", "</b>"]
_PIECES += ["<http:", '"', "'", "{{", "}}", "{%", "%}", "{{<", ">}}", "{{%", "%}}", "`", "``", "x(y)"]
markdown_inline = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(markdown_inline)
def test_the_linear_scans_find_what_the_patterns_find(text: str) -> None:
    """lintkit.formats.markdown.scan skips openers that cannot match; what it
    finds must be what the regex engine finds trying every one."""
    from lintkit.formats.markdown import scan

    def mark(m: re.Match[str]) -> str:
        return f"<{m.start()}:{m.group(0)}>"

    assert scan.images(text, mark) == scan.IMAGE.sub(mark, text)
    assert scan.links(text, mark) == scan.LINK.sub(mark, text)
    assert scan.autolinks(text, mark) == scan.AUTOLINK.sub(mark, text)
    assert scan.footnote_refs(text, mark) == scan.FOOTNOTE_REF.sub(mark, text)
    assert list(scan.tags(text)) == [m.span() for m in scan.TAG.finditer(text)]
    assert list(scan.templates(text)) == [m.span() for m in TEMPLATE.finditer(text)]
    assert list(scan.code_spans(text)) == [m.span() for m in CODE_SPAN.finditer(text)]


# The patterns the scans replace: template tags, and code spans of whole runs of backticks (CommonMark).
TEMPLATE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}", re.S)
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)


def test_a_fence_with_blanks_after_its_backticks_is_a_code_block(tmp_path: Path) -> None:
    """markdown-it keeps the blanks after ``` as the info string: reading its
    first word raised IndexError, and the whole file was STR001."""
    (tmp_path / "a.md").write_text(HOSTILE_HEAD + "```  \nx = (\n```\n")
    result = invoke("check", *AS_OF, "--no-cache", "--format", "json", str(tmp_path / "a.md"))
    assert result.exit_code == 0, result.output
    assert [x["code"] for x in json.loads(result.stdout)["files"][0]["findings"]] == []


# -- 5. (defect 5) the network only with --check-urls or `check_urls = true` --


def test_selecting_img006_opens_no_socket_without_check_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--select IMG` named IMG006 more specifically than ALL, which turned on
    a rule that is off by default: the run resolved and fetched every image
    url (offline, it stalled on DNS). Every way in to the network is
    recorded and refused here; only --check-urls may use it."""
    touched: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        touched.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    _article(tmp_path)
    monkeypatch.chdir(tmp_path)
    base = ["check", *AS_OF, "--no-cache", "--jobs", "1", "--format", "json"]
    for extra in (["--select", "IMG"], ["--select", "IMG006"], ["--select", "IMG006", "--url-timeout", "1"]):
        result = invoke(*base, *extra, "a.txt")
        assert result.exit_code in (0, 1), result.output
        assert "IMG006" not in {x["code"] for x in json.loads(result.stdout)["files"][0]["findings"]}, extra
    (tmp_path / "lintkit.toml").write_text('select = ["IMG006"]\n')
    result = invoke(*base, "a.txt")
    assert result.exit_code in (0, 1) and json.loads(result.stdout)["files"][0]["findings"] == []
    assert touched == []
    # With the flag, the same run goes to the network (here: refused, so IMG006 says it cannot be reached).
    result = invoke(*base, "--check-urls", "--url-timeout", "1", "a.txt")
    assert touched and "IMG006" in {x["code"] for x in json.loads(result.stdout)["files"][0]["findings"]}


# -- 4. (defect 4) one url's error is that url's finding, a bug is exit 3 --


def test_a_redirect_no_connection_can_follow_is_that_urls_finding(server: str, tmp_path: Path) -> None:
    """A `Location:` with port 99999 raised OverflowError out of the check:
    a traceback, exit 1, no report. Anyone who controls one image host of a
    corpus could break every CI run."""
    from urlserver import URL, run_check

    for name, path in (("badport", "/badport"), ("badurl", "/badurl"), ("ok", "/ok.png")):
        (tmp_path / f"{name}.txt").write_text(seed("000").replace(URL, server + path))
    doc = run_check(tmp_path, "--no-cache")
    found = {Path(f["path"]).stem: [(x["code"], x["line"], x["message"]) for x in f["findings"]] for f in doc["files"]}
    assert found["badport"] == [("IMG006", 90, "image url cannot be reached: connect(): port must be 0-65535.")]
    assert found["badurl"][0][:2] == ("IMG006", 90) and "Invalid URL in location header" in found["badurl"][0][2]
    assert found["ok"] == []


def test_an_internal_error_is_exit_3_with_what_to_report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A bug was a traceback and exit 1, which a CI gate reads as findings."""
    from lintkit import cli
    from lintkit.pipeline import report

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "run", broken)
    monkeypatch.setattr(report, "run", broken)  # check's run, behind its reporter
    for command in ("check", "score", "audit"):
        result = invoke(command, *AS_OF, str(_article(tmp_path)))
        assert result.exit_code == 3, (command, result.output)
        assert "lintkit: internal error (RuntimeError: boom); this is a bug in lintkit" in result.output


# -- 6. (defect 3) a deadline per attempt, and no wait longer than the timeout --


def test_a_host_trickling_its_headers_times_out_within_the_timeout(server: str, tmp_path: Path, monkeypatch) -> None:
    """--url-timeout limited each read, so headers sent a byte every 0.2 s
    (each read well within the timeout) were waited for as long as they
    took: here 20 s, then an answer of 200. The timeout now bounds the
    whole attempt: the url did not answer within 1 s."""
    from urlserver import URL, run_check

    (tmp_path / "a.txt").write_text(seed("000").replace(URL, server + "/trickle.png"))
    (tmp_path / "lintkit.toml").write_text("url_retries = 0\n")
    monkeypatch.chdir(tmp_path)
    doc = run_check(Path("a.txt"), "--no-cache", "--url-timeout", "1")
    assert [(x["code"], x["message"]) for x in doc["files"][0]["findings"]] == [
        ("IMG006", "image url did not answer within 1 s (1 attempts)")
    ]


def test_retry_after_waits_no_longer_than_the_timeout(server: str, tmp_path: Path, monkeypatch) -> None:
    """A `Retry-After: 3600` was honoured up to url_retry_after_cap (60 s)
    for each retry, whatever the timeout. The waits are recorded, not
    waited."""
    import asyncio

    from urlserver import URL, Handler, run_check

    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(delay: float, *args: object) -> None:
        waits.append(delay)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    (tmp_path / "a.txt").write_text(seed("000").replace(URL, server + "/later.png"))
    (tmp_path / "lintkit.toml").write_text("url_retries = 2\n")
    monkeypatch.chdir(tmp_path)
    doc = run_check(Path("a.txt"), "--no-cache", "--url-timeout", "1.5")
    assert [x["code"] for x in doc["files"][0]["findings"]] == ["IMG006"]
    assert Handler.requests[("HEAD", "/later.png")] == 3
    assert [w for w in waits if w > 0] == [1.5, 1.5]
