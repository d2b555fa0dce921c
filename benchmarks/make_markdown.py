"""Generate a Hugo-style site of Markdown blog posts, optionally with known defects.

Usage:
    python benchmarks/make_markdown.py OUT --count N [--seed S]
        [--defect-rate R] [--real DIR]

Writes N posts under ``OUT/content/posts/``: page bundles
(``<slug>/index.md`` with the bundle's images beside it) and single files
(``<slug>.md``, a few ``<slug>.markdown``), the site's images as tiny valid
PNGs under ``OUT/static/images/``, a ``OUT/hugo.toml``, and
``OUT/manifest.json``: every post (its front matter format, CRLF, BOM) and
every injected defect with its file, line and kind.

The posts read like technical blog posts: YAML front matter for most, TOML
(``+++``) for about a quarter, with title, date, sometimes lastmod,
description, draft, tags, sometimes reading_time and a checklist; headings of
levels 1 to 4; paragraphs, bullet, ordered and task lists, tables,
blockquotes, footnotes, reference links and images; inline images with remote
https, page-bundle relative and site-absolute (``/images/...``) sources and
now and then an HTML ``<img>``; fenced code blocks in many languages (Python,
Rust, Go, C, JavaScript, TOML, YAML, JSON, shell and console sessions, diffs,
compiler output) and a few indented ones; Hugo shortcodes and Liquid
``{% raw %}``. About 5 % of files have CRLF line ends and 3 % a UTF-8 BOM.

With ``--defect-rate R`` a share R of the posts gets one injected defect
(``KINDS``): a duplicated paragraph, an http image url, an image without alt
text, a local image path that does not exist, front matter that does not
parse, lastmod before date, a description too short, a Python block with a
syntax error, a JSON block that does not parse. A post's clean content does
not depend on R: the defects draw from their own random stream.

With ``--real DIR`` (a folder of real Markdown documents, e.g. the one
benchmarks/fetch_markdown_docs.py fills) the paragraphs, section headings and
code blocks come from those files instead of the built-in text. Python blocks
that do not parse and JSON blocks that do not load are left out of the pool,
so the only ones in the output are injected defects.

The same arguments (and the same DIR content) always give byte-identical
output: every choice comes from random generators seeded by ``--seed`` and
nothing reads the clock. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import hashlib
import json
import re
import shutil
import struct
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import _count, _rate  # the same argument types as the export's generator

GENERATOR = "lintkit make_markdown"
MANIFEST_VERSION = 2
MANIFEST_NAME = "manifest.json"

KINDS = (
    "duplicate-paragraph",
    "http-image",
    "missing-alt",
    "broken-local-image",
    "bad-front-matter",
    "lastmod-before-date",
    "short-description",
    "python-syntax-error",
    "json-invalid",
)

CRLF_RATE = 0.05
BOM_RATE = 0.03
TOML_RATE = 0.25
BUNDLE_RATE = 0.4
FIRST_DATE = date(2019, 1, 7)
LAST_DATE = date(2026, 10, 30)

# ---------------------------------------------------------------------------
# Topics: what a post is about, and the words its sentences are made of
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    key: str
    subject: str  # "CI caching"
    things: tuple[str, ...]  # noun phrases: "the build cache"
    tools: tuple[str, ...]
    metrics: tuple[tuple[str, str], ...]  # (metric, unit)
    tags: tuple[str, ...]
    langs: tuple[str, ...]  # code block kinds this topic favours
    titles: tuple[str, ...]
    docs: tuple[str, ...]  # reference link targets


TOPICS = (
    Topic(
        "ci-cache",
        "CI caching",
        ("the build cache", "the dependency cache", "cache keys", "the runner's disk", "the lock file"),
        ("GitHub Actions", "sccache", "BuildKit", "ccache", "pip"),
        (("the median pipeline time", "minutes"), ("the cache hit rate", "percent"), ("the restore step", "seconds")),
        ("ci", "caching", "github-actions", "devops"),
        ("yaml", "console", "bash", "toml", "diff"),
        (
            "How we cut our CI time in half with a warm cache",
            "Cache keys that actually hit",
            "Why our pipeline rebuilt everything on every push",
        ),
        (
            "https://docs.github.com/en/actions/using-workflows/caching-dependencies-to-speed-up-workflows",
            "https://github.com/mozilla/sccache",
        ),
    ),
    Topic(
        "python-async",
        "moving a Python service to asyncio",
        ("the event loop", "the connection pool", "blocking calls", "the worker pool", "request timeouts"),
        ("asyncio", "httpx", "uvicorn", "anyio", "py-spy"),
        (("p99 latency", "milliseconds"), ("requests per second", "rps"), ("open sockets", "sockets")),
        ("python", "asyncio", "performance", "web"),
        ("python", "console", "toml", "diff"),
        (
            "Moving a Flask service to asyncio without a rewrite",
            "What blocking calls cost an async Python service",
            "Timeouts everywhere: lessons from an async migration",
        ),
        ("https://docs.python.org/3/library/asyncio.html", "https://www.python-httpx.org/async/"),
    ),
    Topic(
        "rust-errors",
        "error handling in Rust",
        ("the error type", "the Result chain", "the binary's exit code", "panics", "the public API"),
        ("cargo", "clippy", "thiserror", "anyhow", "rustc"),
        (("compile time", "seconds"), ("binary size", "KiB"), ("unwrap calls", "calls")),
        ("rust", "errors", "api-design"),
        ("rust", "toml", "compiler", "console"),
        (
            "Error handling in Rust, the boring way",
            "From unwrap to a real error type",
            "What the borrow checker taught me about ownership",
        ),
        ("https://doc.rust-lang.org/book/ch09-00-error-handling.html", "https://docs.rs/thiserror"),
    ),
    Topic(
        "go-context",
        "cancellation in Go services",
        ("the request context", "the worker goroutines", "the shutdown path", "deadlines", "the HTTP server"),
        ("net/http", "errgroup", "pprof", "go vet", "the race detector"),
        (("goroutines at shutdown", "goroutines"), ("shutdown time", "seconds"), ("leaked connections", "conns")),
        ("go", "concurrency", "backend"),
        ("go", "console", "bash", "yaml"),
        (
            "Context cancellation in Go, end to end",
            "Graceful shutdown for a Go HTTP server",
            "Finding a goroutine leak with pprof",
        ),
        ("https://pkg.go.dev/context", "https://go.dev/blog/context"),
    ),
    Topic(
        "postgres",
        "slow Postgres queries",
        ("the query planner", "the missing index", "the connection pool", "autovacuum", "the slow query log"),
        ("EXPLAIN ANALYZE", "pg_stat_statements", "PgBouncer", "psql", "SQLAlchemy"),
        (("query time", "milliseconds"), ("rows scanned", "rows"), ("database CPU", "percent")),
        ("postgres", "sql", "databases", "performance"),
        ("sql", "python", "console", "yaml"),
        (
            "Reading EXPLAIN ANALYZE without guessing",
            "The index we forgot and the query that noticed",
            "Three slow Postgres queries and how we fixed them",
        ),
        ("https://www.postgresql.org/docs/current/using-explain.html", "https://www.pgbouncer.org/config.html"),
    ),
    Topic(
        "containers",
        "smaller container images",
        ("the base image", "the build stage", "the layer cache", "the final image", "the registry"),
        ("Docker", "BuildKit", "dive", "distroless", "Podman"),
        (("image size", "MB"), ("pull time", "seconds"), ("CVE count", "findings")),
        ("docker", "containers", "security"),
        ("dockerfile", "console", "bash", "yaml"),
        (
            "Shrinking a Python image from 1.2 GB to 90 MB",
            "Multi-stage builds, explained with one Dockerfile",
            "What is actually in your container image?",
        ),
        ("https://docs.docker.com/build/building/multi-stage/", "https://github.com/wagoodman/dive"),
    ),
    Topic(
        "hugo",
        "running a Hugo site",
        ("the theme", "page bundles", "the image pipeline", "the build output", "shortcodes"),
        ("Hugo", "Netlify", "Pagefind", "html-proofer", "npm"),
        (("build time", "seconds"), ("page weight", "KB"), ("broken links", "links")),
        ("hugo", "static-sites", "blogging"),
        ("toml", "yaml", "html", "console"),
        (
            "Moving this blog to Hugo page bundles",
            "Responsive images in Hugo without a plugin",
            "Notes from a year of running a static site",
        ),
        ("https://gohugo.io/content-management/page-bundles/", "https://gohugo.io/content-management/shortcodes/"),
    ),
    Topic(
        "logging",
        "structured logging",
        ("the log pipeline", "log levels", "request ids", "the JSON formatter", "the retention policy"),
        ("structlog", "Loki", "jq", "OpenTelemetry", "Vector"),
        (("log volume", "GB a day"), ("ingest cost", "dollars a month"), ("time to find a request", "minutes")),
        ("logging", "observability", "python"),
        ("python", "json", "console", "yaml"),
        (
            "Structured logging that people actually read",
            "One request id from the edge to the database",
            "We were logging 40 GB a day. Here is what we cut.",
        ),
        ("https://www.structlog.org/en/stable/", "https://opentelemetry.io/docs/concepts/signals/logs/"),
    ),
    Topic(
        "flaky-tests",
        "flaky tests",
        ("the test suite", "shared fixtures", "the retry plugin", "test ordering", "the CI matrix"),
        ("pytest", "pytest-xdist", "hypothesis", "freezegun", "tox"),
        (("flaky failures", "per week"), ("suite time", "minutes"), ("retries", "reruns")),
        ("testing", "python", "ci"),
        ("python", "console", "yaml", "toml"),
        (
            "Hunting flaky tests with pytest-randomly",
            "Our flaky test budget, one year later",
            "Why does this test only fail on Tuesdays?",
        ),
        ("https://docs.pytest.org/en/stable/how-to/fixtures.html", "https://hypothesis.readthedocs.io/"),
    ),
    Topic(
        "c-memory",
        "memory bugs in C",
        ("the allocator", "the ring buffer", "ownership of buffers", "the error paths", "the fuzz harness"),
        ("Valgrind", "AddressSanitizer", "gdb", "clang", "libFuzzer"),
        (("leaked bytes", "bytes"), ("peak RSS", "MB"), ("crashes found", "crashes")),
        ("c", "debugging", "memory"),
        ("c", "compiler", "console", "bash"),
        (
            "Finding a use-after-free with AddressSanitizer",
            "A ring buffer in C, and the bug in its error path",
            "Valgrind still earns its place",
        ),
        ("https://clang.llvm.org/docs/AddressSanitizer.html", "https://valgrind.org/docs/manual/mc-manual.html"),
    ),
    Topic(
        "frontend",
        "front-end bundle size",
        ("the bundle", "code splitting", "the service worker", "third-party scripts", "the polyfills"),
        ("esbuild", "Vite", "Lighthouse", "source-map-explorer", "TypeScript"),
        (("bundle size", "KB gzipped"), ("time to interactive", "seconds"), ("requests", "requests")),
        ("javascript", "frontend", "performance"),
        ("javascript", "json", "console", "diff"),
        (
            "Half our JavaScript bundle was one date library",
            "Code splitting by route, measured",
            "Debouncing search input the right way",
        ),
        ("https://esbuild.github.io/api/#splitting", "https://web.dev/articles/reduce-javascript-payloads"),
    ),
    Topic(
        "packaging",
        "packaging a Python library",
        ("pyproject.toml", "the build backend", "the wheel", "version pins", "the release workflow"),
        ("pip", "build", "twine", "hatchling", "uv"),
        (("install time", "seconds"), ("wheel size", "KB"), ("dependency count", "packages")),
        ("python", "packaging", "release"),
        ("toml", "console", "yaml", "python"),
        (
            "Publishing a Python package in 2025: the short version",
            "pyproject.toml, one table at a time",
            "Why your wheel is bigger than it should be",
        ),
        ("https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", "https://peps.python.org/pep-0621/"),
    ),
    Topic(
        "kubernetes",
        "Kubernetes probes",
        ("the readiness probe", "the liveness probe", "the rollout", "resource limits", "the pod disruption budget"),
        ("kubectl", "Helm", "k9s", "Prometheus", "kind"),
        (("restarts", "per day"), ("rollout time", "minutes"), ("failed requests during deploys", "requests")),
        ("kubernetes", "reliability", "devops"),
        ("yaml", "console", "go", "bash"),
        (
            "Readiness and liveness probes are not the same thing",
            "The liveness probe that restarted our database",
            "Zero-downtime deploys on Kubernetes: a checklist",
        ),
        (
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
            "https://helm.sh/docs/chart_best_practices/",
        ),
    ),
    Topic(
        "git",
        "a cleaner Git history",
        ("the commit history", "interactive rebase", "the merge queue", "commit messages", "the pre-commit hooks"),
        ("git", "pre-commit", "git bisect", "delta", "GitHub"),
        (("review time", "hours"), ("reverted commits", "commits"), ("merge conflicts", "per week")),
        ("git", "workflow", "code-review"),
        ("diff", "bash", "console", "yaml"),
        (
            "git bisect found the bug in eleven steps",
            "Small commits, faster reviews",
            "The pre-commit hooks we kept, and the ones we dropped",
        ),
        ("https://git-scm.com/docs/git-bisect", "https://pre-commit.com/"),
    ),
)

# Sentence templates. Slots: {thing} {thing2} {tool} {tool2} {metric} {unit}
# {a} {b} {n} {pct} {days} {subject}.
SENTENCES = (
    "We first noticed the problem when {metric} crept from {a} to {b} {unit} over a couple of weeks.",
    "Nothing in {tool} was broken as such; {thing} was simply doing more work than it needed to.",
    "The fix turned out to be boring, which is usually a good sign.",
    "Before changing anything, we wrote down what {metric} looked like on an ordinary day.",
    "It is tempting to blame {tool}, but the numbers pointed at {thing} instead.",
    "Most of the gain came from one change to {thing}; the rest was cleanup.",
    "If you only take one thing from this post, measure {metric} before and after every change.",
    "Our first attempt made {metric} worse by about {pct} percent, so we rolled it back the same afternoon.",
    "{tool} has a flag for this, but it is off by default and the documentation barely mentions it.",
    "The second attempt was smaller: we touched {thing} and left {thing2} alone.",
    "After a week in production, {metric} settled at {b} {unit}, down from {a}.",
    "That sounds obvious in hindsight, and it was not obvious at all at the time.",
    "A colleague pointed out that {thing2} had the same problem, just less visibly.",
    "We ran the change behind a flag for {days} days before turning it on everywhere.",
    "None of this needs a new tool; {tool} and a bit of discipline were enough.",
    "The interesting part is not the fix but how long the problem stayed invisible.",
    "You can reproduce the setup locally in a few minutes with {tool2}.",
    "When {thing} misbehaves, the symptoms usually show up somewhere else first.",
    "There are {n} places in our codebase that depend on {thing}, and we checked every one of them.",
    "In our case the culprit was {thing2}, which nobody had looked at in two years.",
    "I would not recommend this approach for a small project; the overhead is real.",
    "For a team of our size, it paid for itself within a month.",
    "The graph below shows {metric} over the same period.",
    "We also tried {tool2}, which works, but it added more moving parts than it removed.",
    "A good rule of thumb is to change one thing at a time and keep the old path working.",
    "It took {n} pull requests to get there, most of them small.",
    "The documentation for {tool} covers the basics, but not the case where {thing} is shared.",
    "What surprised us most was how little code the final version needed.",
    "This is the part where most guides stop, and where the real work begins.",
    "In the end we kept the simplest version that passed every check.",
    "Our alerting now fires when {metric} stays above {b} {unit} for more than ten minutes.",
    "If {thing} is already in good shape for you, skip ahead to the next section.",
    "We review {thing} once a quarter now, as part of the regular maintenance rotation.",
    "Nobody enjoys this kind of work, but skipping it costs more later.",
    "There is a trade-off here between {metric} and how easy the setup is to explain.",
    "The rollback plan was a single revert, and we tested it before we needed it.",
    "Some of the older services still do it the old way, and that is fine for now.",
    "The tricky case is when {thing} and {thing2} change in the same deploy.",
    "For {subject} specifically, the defaults are tuned for a much smaller workload than ours.",
    "We measured on a quiet weekday morning, so treat these numbers as a lower bound.",
    "{tool} prints a warning in this situation, which we had been ignoring for months.",
    "I wrote a short script to check {thing} on every pull request, shown further down.",
    "Your numbers will differ, but the shape of the curve should look familiar.",
    "The biggest single improvement was about {pct} percent, from a two-line change.",
    "Once {thing} was under control, {metric} stopped being a topic in our stand-ups.",
    "It helps to keep a written log of what you tried, including the attempts that failed.",
    "On the next project we set this up on day one instead of fixing it later.",
    "Everything here works with the current release of {tool}; older versions need a workaround.",
)

LOWER_AFTER_OPENER = frozenset(
    "A After Before Everything For If In It Most Nobody None Nothing Once Our Some That The There This We What When "
    "You Your".split()
)
OPENERS = ("In practice, ", "That said, ", "To be fair, ", "Still, ", "In short, ", "Honestly, ", "Even so, ")

HEADINGS = (
    "Why {thing} matters",
    "What went wrong?",
    "The fix:",
    "Measure first!",
    "Setting up {tool}",
    "Results",
    "Trade-offs",
    "Wrapping up",
    "Background",
    "How {tool} handles {thing}",
    "A closer look at {thing}",
    "What about {tool2}?",
    "The numbers",
    "Lessons learned",
    "Step 1: reproduce it",
    "Step 2: find the cause",
    "Step 3: fix it",
    "Things that did not work",
    "Is it worth it?",
    "Putting it into production",
    "Rolling it back",
    "Further reading",
    "Configuration:",
    "The short version",
    "Do not skip this!",
    "Checking {thing} in CI",
)

LIST_ITEMS = (
    "keep {thing} under version control",
    "measure {metric} before and after",
    "pin the version of {tool}",
    "write the rollback steps down first",
    "run the change behind a flag",
    "check the logs of {tool} for warnings",
    "document why {thing} is configured this way",
    "alert on {metric}, not on symptoms",
    "review {thing2} at the same time",
    "test the failure path, not only the happy path",
    "delete the old code path once the new one is proven",
    "share the results with the team",
    "automate the check in CI",
    "keep the dashboard link in the runbook",
    "ask whoever owns {thing2} before changing it",
    "set a calendar reminder to revisit {thing}",
)

QUOTES = (
    "Premature optimization is the root of all evil, but so is premature pessimization.",
    "Make it work, make it right, make it fast.",
    "If it hurts, do it more often.",
    "Measure. Don't tune for speed until you've measured.",
    "The cheapest, fastest, and most reliable components are those that aren't there.",
    "Everything fails, all the time.",
    "Debugging is twice as hard as writing the code in the first place.",
    "A change that cannot be rolled back is a change that needs a plan.",
)

FOOTNOTES = (
    "Measured on the CI runners, not on a laptop.",
    "The exact number depends on the time of day; this is the median of a week.",
    "We later found out that this is documented, just not where we looked.",
    "Your mileage will vary with a different workload.",
    "This was before the upgrade to the current major version.",
    "Thanks to a colleague on the platform team for pointing this out.",
    "See the changelog of {tool} for the release that fixed it.",
)

TITLES = (
    "How we fixed {thing} with {tool}",
    "{tool} in production: {n} lessons",
    "Notes on {subject}",
    "What I got wrong about {thing}",
    "A practical guide to {subject}",
    "{tool} or {tool2}? Notes on {subject}",
    "Debugging {thing} with {tool}",
    "The two-line change that fixed {thing}",
    "Stop ignoring {thing}",
    "Why was {thing} so slow?",
    "{subject}: a checklist",
    "Everything we learned about {thing}",
    "{thing} is not the problem (usually)",
    "Revisiting {thing} after {n} months",
    "Getting {metric} under control",
    "A week of {subject}",
)

DESCRIPTIONS = (
    "What we learned about {subject} while fixing {thing}, with the numbers before and after.",
    "A practical walk through {subject}: what to measure, what to change, and what to leave alone.",
    "Notes on {subject} from a production incident, with the configuration we ended up with.",
    "How {tool} and a few small changes to {thing} fixed a problem we had ignored for months.",
    "A step-by-step look at {subject}, including the attempts that did not work.",
)

ALT_TEXTS = (
    "Graph of {metric} over two weeks",
    "Diagram of {thing} and {thing2}",
    "Screenshot of the {tool} dashboard",
    "Before and after comparison of {metric}",
    "Architecture overview",
    "Terminal output of {tool}",
)

STATIC_IMAGES = (
    "architecture-overview",
    "ci-pipeline",
    "cache-hit-rate",
    "latency-p99",
    "flamegraph",
    "dashboard",
    "rollout-timeline",
    "query-plan",
    "bundle-treemap",
    "memory-graph",
    "log-volume",
    "request-flow",
    "image-layers",
    "probe-states",
    "git-graph",
    "test-durations",
    "before-after",
    "error-rates",
    "site-structure",
    "shutdown-sequence",
)
BUNDLE_IMAGES = ("cover.png", "diagram.png", "screenshot.png", "graph.png")

NOTICE_KINDS = ("tip", "note", "warning", "info")

NAMES = ("orders", "users", "events", "invoices", "sessions", "jobs", "reports", "metrics", "uploads", "builds")
HOSTS = ("api.internal", "db.internal", "localhost", "cache.internal", "127.0.0.1")

# ---------------------------------------------------------------------------
# Code blocks. Placeholders are ⟨name⟩ so that no language's braces clash.
# ---------------------------------------------------------------------------

PYTHON = (
    """import asyncio

import httpx


async def fetch_all(urls: list[str], limit: int = ⟨n⟩) -> list[int]:
    sem = asyncio.Semaphore(limit)
    async with httpx.AsyncClient(timeout=⟨sec⟩) as client:

        async def one(url: str) -> int:
            async with sem:
                response = await client.get(url)
                return response.status_code

        return await asyncio.gather(*(one(u) for u in urls))
""",
    """import functools
import time


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = (time.perf_counter() - start) * 1000
            print(f"{fn.__name__} took {elapsed:.1f} ms")

    return wrapper


@timed
def load_⟨name⟩(limit=⟨n⟩):
    return [row for row in range(limit)]
""",
    """from dataclasses import dataclass
from pathlib import Path
import tomllib


@dataclass(frozen=True)
class Settings:
    host: str = "⟨host⟩"
    port: int = ⟨port⟩
    timeout: float = ⟨sec⟩


def load(path: Path) -> Settings:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return Settings(**data.get("⟨name⟩", {}))
""",
    """import pytest

from app.⟨name⟩ import parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", 1), ("⟨n⟩", ⟨n⟩), ("  7 ", 7)],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


def test_parse_amount_rejects_garbage():
    with pytest.raises(ValueError):
        parse_amount("seven")
""",
    """import logging

import structlog

structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.JSONRenderer(),
    ],
    wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
)

log = structlog.get_logger()
log.info("⟨name⟩.synced", count=⟨n⟩, duration_ms=⟨ms⟩)
""",
    """import subprocess
import sys
from pathlib import Path


def changed_files(base: str = "origin/main") -> list[Path]:
    out = subprocess.run(
        ["git", "diff", "--name-only", base],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [Path(line) for line in out.splitlines() if line.endswith(".py")]


if __name__ == "__main__":
    files = changed_files()
    print(f"{len(files)} changed files")
    sys.exit(0 if len(files) < ⟨n⟩ else 1)
""",
    """from sqlalchemy import select

stmt = (
    select(⟨Name⟩)
    .where(⟨Name⟩.created_at >= since)
    .order_by(⟨Name⟩.id)
    .limit(⟨n⟩)
)
rows = session.execute(stmt).scalars().all()
""",
    """def chunks(items, size=⟨n⟩):
    \"\"\"Yield lists of at most `size` items.\"\"\"
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
""",
)

BROKEN_PYTHON = (
    ("def retry(fn, attempts=⟨n⟩)\n    for i in range(attempts):\n        fn()\n", 0),
    ("items = [\n    ⟨n⟩,\n    ⟨port⟩,\n\nprint(items)\n", 0),
    ('print("⟨name⟩ loaded)\n', 0),
    ("for row in rows:\nprint(row)\n", 1),
    ("if count > ⟨n⟩:\n    return count\n  else:\n    return 0\n", 2),
)

RUST = (
    """use std::fmt;

#[derive(Debug)]
pub enum ConfigError {
    Missing(&'static str),
    Invalid { key: String, value: String },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key `{key}`"),
            ConfigError::Invalid { key, value } => write!(f, "invalid value {value:?} for `{key}`"),
        }
    }
}

impl std::error::Error for ConfigError {}
""",
    """use std::fs;
use std::path::Path;

fn count_lines(path: &Path) -> std::io::Result<usize> {
    let text = fs::read_to_string(path)?;
    Ok(text.lines().filter(|l| !l.trim().is_empty()).count())
}

fn main() {
    match count_lines(Path::new("⟨name⟩.txt")) {
        Ok(n) => println!("{n} lines"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
""",
    """use std::time::Duration;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(⟨sec⟩))
        .build()?;
    let body = client.get("https://⟨host⟩/⟨name⟩").send().await?.text().await?;
    println!("{} bytes", body.len());
    Ok(())
}
""",
    """pub fn top_n(values: &[u64], n: usize) -> Vec<u64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.truncate(n);
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_largest() {
        assert_eq!(top_n(&[3, 9, 1, 7], 2), vec![9, 7]);
    }
}
""",
)

GO = (
    """package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	srv := &http.Server{Addr: ":⟨port⟩", ReadHeaderTimeout: ⟨sec⟩ * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	<-ctx.Done()

	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		log.Printf("shutdown: %v", err)
	}
}
""",
    """func processAll(ctx context.Context, ids []int) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(⟨n⟩)
	for _, id := range ids {
		id := id
		g.Go(func() error {
			return process(ctx, id)
		})
	}
	return g.Wait()
}
""",
    """func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"1s", time.Second},
		{"⟨ms⟩ms", ⟨ms⟩ * time.Millisecond},
		{"2m", 2 * time.Minute},
	}
	for _, tt := range tests {
		got, err := time.ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}
""",
)

C = (
    """#include <stdlib.h>
#include <string.h>

struct ring {
    char *buf;
    size_t head, tail, cap;
};

int ring_init(struct ring *r, size_t cap) {
    r->buf = malloc(cap);
    if (r->buf == NULL)
        return -1;
    r->head = r->tail = 0;
    r->cap = cap;
    return 0;
}

void ring_free(struct ring *r) {
    free(r->buf);
    r->buf = NULL;
}
""",
    """#include <stdio.h>

int main(int argc, char **argv) {
    FILE *fp = fopen(argc > 1 ? argv[1] : "⟨name⟩.log", "r");
    if (!fp) {
        perror("fopen");
        return 1;
    }
    char line[⟨size⟩];
    size_t count = 0;
    while (fgets(line, sizeof line, fp))
        count++;
    fclose(fp);
    printf("%zu lines\\n", count);
    return 0;
}
""",
)

JAVASCRIPT = (
    """export function debounce(fn, wait = ⟨ms⟩) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
""",
    """const controller = new AbortController();
const timeout = setTimeout(() => controller.abort(), ⟨ms⟩);

try {
  const res = await fetch(`/api/⟨name⟩?limit=⟨n⟩`, { signal: controller.signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  render(await res.json());
} finally {
  clearTimeout(timeout);
}
""",
    """// vite.config.js
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: { vendor: ["react", "react-dom"] },
      },
    },
  },
});
""",
)

TOML = (
    """[package]
name = "⟨name⟩-cli"
version = "0.⟨minor⟩.0"
edition = "2021"

[dependencies]
anyhow = "1"
serde = { version = "1", features = ["derive"] }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[profile.release]
lto = true
codegen-units = 1
""",
    """[project]
name = "⟨name⟩-client"
version = "1.⟨minor⟩.0"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "structlog>=24.1"]

[project.optional-dependencies]
test = ["pytest>=8", "pytest-xdist"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
""",
    """baseURL = "https://blog.example.org/"
languageCode = "en-us"
title = "Engineering notes"

[markup.goldmark.renderer]
unsafe = true

[markup.highlight]
style = "monokai"
lineNos = false

[params]
readingTime = true
""",
    """[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
testpaths = ["tests"]
timeout = ⟨sec⟩

[tool.coverage.run]
branch = true
source = ["⟨name⟩"]
""",
)

YAML = (
    """name: ci
on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.11", "3.12", "3.13"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
          cache: pip
      - run: pip install -e '.[test]'
      - run: pytest -q -n auto
""",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ⟨name⟩-api
spec:
  replicas: ⟨small⟩
  template:
    spec:
      containers:
        - name: api
          image: registry.example.org/⟨name⟩-api:1.⟨minor⟩.0
          readinessProbe:
            httpGet:
              path: /healthz
              port: ⟨port⟩
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /livez
              port: ⟨port⟩
            initialDelaySeconds: ⟨sec⟩
""",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    ports:
      - "5432:5432"
  ⟨name⟩:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://postgres:example@db:5432/⟨name⟩
""",
    """- uses: actions/cache@v4
  with:
    path: ~/.cache/pip
    key: pip-${{ runner.os }}-${{ hashFiles('requirements*.txt') }}
    restore-keys: |
      pip-${{ runner.os }}-
""",
)

BASH = (
    """# build once, then compare the two images
docker build -t ⟨name⟩:before .
docker build -f Dockerfile.slim -t ⟨name⟩:after .
docker images ⟨name⟩ --format '{{.Tag}}\\t{{.Size}}'
""",
    """#!/usr/bin/env bash
set -euo pipefail

for f in content/posts/*.md; do
  grep -q '^draft: true' "$f" && echo "draft: $f"
done
""",
    """export RUST_LOG=debug
cargo build --release
./target/release/⟨name⟩-cli --input data/⟨name⟩.csv
""",
    """git bisect start
git bisect bad HEAD
git bisect good v1.⟨minor⟩.0
git bisect run ./scripts/check.sh
""",
)

CONSOLE = (
    """$ pip install -e '.[test]'
$ pytest -q
........................................................ [ 93%]
....                                                     [100%]
⟨n⟩ passed in ⟨sec⟩.⟨small⟩s
""",
    """$ hugo --gc --minify
Start building sites …

                   | EN
-------------------+------
  Pages            | ⟨n⟩
  Static files     | ⟨small⟩⟨small⟩
  Processed images | ⟨small⟩

Total in ⟨ms⟩ ms
""",
    """$ go test -race ./...
ok  	example.org/⟨name⟩/api	⟨small⟩.⟨ms⟩s
ok  	example.org/⟨name⟩/store	0.⟨ms⟩s
""",
    """$ kubectl get pods -l app=⟨name⟩-api
NAME                          READY   STATUS    RESTARTS   AGE
⟨name⟩-api-6d5f9c7b8d-2kq9x    1/1     Running   0          ⟨small⟩h
⟨name⟩-api-6d5f9c7b8d-x7fpl    1/1     Running   ⟨small⟩          ⟨small⟩h
""",
    """$ docker images ⟨name⟩
REPOSITORY   TAG      IMAGE ID       CREATED         SIZE
⟨name⟩       after    3f2a1c9e8b7d   2 minutes ago   ⟨n⟩MB
⟨name⟩       before   9c8e7d6f5a4b   5 minutes ago   1.2GB
""",
    """$ psql -c 'EXPLAIN ANALYZE SELECT * FROM ⟨name⟩ WHERE account_id = 42'
                              QUERY PLAN
-------------------------------------------------------------------------
 Seq Scan on ⟨name⟩  (cost=0.00..⟨n⟩.00 rows=⟨small⟩ width=64)
   Filter: (account_id = 42)
 Planning Time: 0.⟨small⟩ ms
 Execution Time: ⟨ms⟩.⟨small⟩ ms
""",
)

CONSOLE += (
    """$ valgrind --leak-check=full ./ring_test
==⟨port⟩== HEAP SUMMARY:
==⟨port⟩==     in use at exit: ⟨size⟩ bytes in 1 blocks
==⟨port⟩==   total heap usage: ⟨n⟩ allocs, ⟨n⟩ frees, ⟨size⟩⟨small⟩ bytes allocated
==⟨port⟩==
==⟨port⟩== LEAK SUMMARY:
==⟨port⟩==    definitely lost: ⟨size⟩ bytes in 1 blocks
""",
    """$ sccache --show-stats
Compile requests                    ⟨n⟩
Compile requests executed           ⟨n⟩
Cache hits                          ⟨n⟩
Cache misses                        ⟨small⟩
Cache hits rate                     9⟨small⟩.⟨small⟩ %
""",
    """$ npm run build

> ⟨name⟩-web@1.⟨minor⟩.0 build
> vite build

vite v5.4.2 building for production...
✓ ⟨n⟩ modules transformed.
dist/assets/index-4f9a2c1b.js   ⟨n⟩.⟨small⟩⟨small⟩ kB │ gzip: ⟨small⟩⟨small⟩.⟨small⟩ kB
✓ built in ⟨ms⟩ms
""",
    """$ python -m build
* Creating isolated environment: venv+pip...
* Building sdist...
* Building wheel from sdist
Successfully built ⟨name⟩_client-1.⟨minor⟩.0.tar.gz and ⟨name⟩_client-1.⟨minor⟩.0-py3-none-any.whl
""",
    """$ cargo build --release
   Compiling ⟨name⟩-cli v0.⟨minor⟩.0 (/home/dev/src/⟨name⟩-cli)
    Finished `release` profile [optimized] target(s) in ⟨sec⟩.⟨small⟩⟨small⟩s
""",
    """$ git log --oneline -⟨small⟩
3f2a1c9 Fix the retry loop in the sync job
9c8e7d6 Add a test for the empty input case
1b2c3d4 Bump the cache key after the lock file change
""",
)
# Which console and shell templates suit which topic (by index); a topic
# without one draws from all of them.
CONSOLE_TOPICS = (
    ("python-async", "flaky-tests", "logging"),
    ("hugo",),
    ("go-context",),
    ("kubernetes",),
    ("containers",),
    ("postgres",),
    ("c-memory",),
    ("ci-cache",),
    ("frontend",),
    ("packaging",),
    ("rust-errors",),
    ("git",),
)
BASH_TOPICS = (("containers", "ci-cache"), ("hugo",), ("rust-errors",), ("git", "flaky-tests"))

COMPILER = (
    (
        "console",
        """$ cargo build
error[E0382]: borrow of moved value: `config`
  --> src/main.rs:⟨small⟩⟨small⟩:20
   |
⟨small⟩ |     let config = load_config()?;
   |         ------ move occurs because `config` has type `Config`
⟨small⟩ |     let server = Server::new(config);
   |                              ------ value moved here
⟨small⟩ |     println!("{}", config.port);
   |                    ^^^^^^^^^^^ value borrowed here after move

error: could not compile `⟨name⟩-cli` (bin "⟨name⟩-cli") due to 1 previous error
""",
    ),
    (
        "text",
        """ring.c: In function 'ring_push':
ring.c:⟨n⟩:9: warning: comparison of integer expressions of different signedness: 'int' and 'size_t' [-Wsign-compare]
   ⟨n⟩ |     if (len > r->cap - used)
      |         ^
ring.c:⟨port⟩:5: error: 'buf' undeclared (first use in this function)
""",
    ),
    (
        "console",
        """$ mypy src/
src/⟨name⟩/client.py:⟨n⟩: error: Argument 1 to "get" has incompatible type "int"; expected "str"  [arg-type]
src/⟨name⟩/models.py:⟨small⟩: note: "⟨Name⟩" defined here
Found 1 error in 1 file (checked ⟨n⟩ source files)
""",
    ),
    (
        "console",
        """$ npx tsc --noEmit
src/⟨name⟩.ts(⟨small⟩,⟨small⟩): error TS2345: Argument of type 'string | undefined' is not assignable to \
parameter of type 'string'.
""",
    ),
)

SQL = (
    """CREATE INDEX CONCURRENTLY ⟨name⟩_account_id_idx
    ON ⟨name⟩ (account_id)
    WHERE deleted_at IS NULL;
""",
    """SELECT query, calls, mean_exec_time, rows
FROM pg_stat_statements
ORDER BY mean_exec_time DESC
LIMIT ⟨small⟩;
""",
)

DOCKERFILE = (
    """FROM python:3.12-slim AS build
WORKDIR /app
COPY pyproject.toml .
RUN pip wheel --no-deps -w /wheels .

FROM gcr.io/distroless/python3
COPY --from=build /wheels /wheels
CMD ["python", "-m", "⟨name⟩"]
""",
)

HTML = (
    """<figure class="wide">
  <img src="/images/⟨image⟩.png" alt="⟨alt⟩" loading="lazy">
  <figcaption>⟨alt⟩</figcaption>
</figure>
""",
    """{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  {{ .Content }}
</article>
{{ end }}
""",
)

DIFF_SOURCES = (
    (
        "app/settings.py",
        "TIMEOUT = 30\nRETRIES = 5\nPOOL_SIZE = 100\nDEBUG = False\n",
        "TIMEOUT = ⟨sec⟩\nRETRIES = 3\nPOOL_SIZE = ⟨n⟩\nDEBUG = False\n",
    ),
    (
        ".github/workflows/ci.yml",
        "    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: pip install -r requirements.txt\n      - run: pytest\n",
        "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n"
        "        with:\n          cache: pip\n"
        "      - run: pip install -r requirements.txt\n      - run: pytest -n auto\n",
    ),
    (
        "src/server.go",
        "func handler(w http.ResponseWriter, r *http.Request) {\n\tresult := slowQuery()\n"
        "\tjson.NewEncoder(w).Encode(result)\n}\n",
        "func handler(w http.ResponseWriter, r *http.Request) {\n\tresult, err := slowQuery(r.Context())\n"
        "\tif err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusGatewayTimeout)\n\t\treturn\n\t}\n"
        "\tjson.NewEncoder(w).Encode(result)\n}\n",
    ),
)

BROKEN_JSON = (
    '{\n  "name": "⟨name⟩",\n  "version": "1.⟨minor⟩.0",\n}\n',
    "{\n  'name': '⟨name⟩',\n  'private': true\n}\n",
    '{\n  // the port the dev server listens on\n  "port": ⟨port⟩\n}\n',
    '[\n  {"id": ⟨n⟩, "name": "⟨name⟩"}\n  {"id": ⟨port⟩, "name": "other"}\n]\n',
)

INDENTED = (
    "pip install --upgrade pip\npip install -e '.[test]'",
    "make build\nmake test",
    "export ⟨NAME⟩_TIMEOUT=⟨sec⟩\n./bin/⟨name⟩ --verbose",
    "hugo server -D --disableFastRender",
)

# ---------------------------------------------------------------------------
# Output structure
# ---------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # heading, para, code, list, table, quote, image, html, shortcode, indented, refs, raw
    lines: list[str]
    marks: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, defect kind, detail)
    lang: str = ""


@dataclass
class Post:
    rel: str  # path relative to OUT, posix
    slug: str
    bundle: bool
    fm_format: str  # "yaml" or "toml"
    fm: dict[str, object]
    blocks: list[Block]
    tail: list[Block]  # reference and footnote definitions
    bundle_files: list[str]
    crlf: bool
    bom: bool
    fm_marks: list[tuple[str, str, str]] = field(default_factory=list)  # (key, kind, detail)
    fm_broken: tuple[str, str] | None = None  # (key, the broken line) replacing that key's line


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid, tiny truecolour PNG of one colour."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _image_bytes(name: str) -> bytes:
    h = hashlib.blake2b(name.encode(), digest_size=5).digest()
    return png(4 + h[0] % 12, 3 + h[1] % 9, (h[2], h[3], h[4]))


# ---------------------------------------------------------------------------
# Real material (--real)
# ---------------------------------------------------------------------------

FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^`]*$")
RELATIVE_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?!https?://)[^)\n]*\)")
REF_LINK = re.compile(r"(?<!!)\[([^\]\n^]+)\]\[[^\]\n]*\]")
FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]+\]")
SKIP_PARAGRAPH = re.compile(
    r"!\[|<!--|\{%|\{\{|--8<--|:material-|:octicons-|:fontawesome-|:simple-|\{\s*[.#:]|^\s*(?:[#>|<:=!?+*-]|\d+[.)])"
    r"|^\s*(?:!!!|\?\?\?|===)|^\s{4}|\t|\\$|\]:\s",
    re.MULTILINE,
)
HEADING_LINE = re.compile(r"^#{2,4} +(.+?)\s*#*\s*$")
PY_LANGS = {"python", "py", "python3", "py3"}
MAX_CODE_LINES = 40


@dataclass
class RealPool:
    paragraphs: list[str]
    code: list[tuple[str, str]]  # (info string, body)
    headings: list[str]
    files: int
    digest: str
    excluded_code: int
    _decks: dict[str, tuple[list[int], int]] = field(default_factory=dict)

    def draw(self, name: str, rng: Random) -> int:
        """The next index of a shuffled deck over the pool `name`: nothing
        repeats until the whole pool has been used."""
        size = len(getattr(self, name))
        order, pos = self._decks.get(name, ([], 0))
        if pos >= len(order):
            order, pos = list(range(size)), 0
            rng.shuffle(order)
        self._decks[name] = (order, pos + 1)
        return order[pos]


def _code_ok(info: str, body: str) -> bool:
    lang = info.lower()
    if lang in PY_LANGS:
        try:
            ast.parse(body)
        except (SyntaxError, ValueError):
            return False
    if lang == "json":
        try:
            json.loads(body)
        except ValueError:
            return False
    return True


def _clean_paragraph(text: str) -> str | None:
    if SKIP_PARAGRAPH.search(text):
        return None
    text = RELATIVE_LINK.sub(r"\1", text)
    text = REF_LINK.sub(r"\1", text)
    text = FOOTNOTE_REF.sub("", text)
    text = "\n".join(line.rstrip() for line in text.splitlines())
    words = text.split()
    if len(words) < 12 or len(text) > 1500 or not re.match(r"[A-Za-z`*_\[\"']", text):
        return None
    if "](" in text and not re.search(r"\]\(https?://", text):
        return None
    if text.count("`") % 2 or text.count("**") % 2:
        return None
    return text


def load_real(folder: Path) -> RealPool:
    """Paragraphs, headings and code blocks of every Markdown file below
    `folder`, in a fixed order (sorted paths), without duplicates."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".mdx"))
    digest = hashlib.sha256()
    paragraphs: dict[str, None] = {}
    code: dict[tuple[str, str], None] = {}
    headings: dict[str, None] = {}
    seen: set[str] = set()
    excluded = 0
    for path in paths:
        data = path.read_bytes()
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + data + b"\0")
        text = data.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
        lines = text.split("\n")
        i = 0
        if lines and lines[0].strip() in ("---", "+++"):
            end = next((j for j in range(1, len(lines)) if lines[j].strip() == lines[0].strip()), None)
            i = end + 1 if end is not None else 0
        para: list[str] = []

        def flush(para: list[str] = para) -> None:
            if para:
                cleaned = _clean_paragraph("\n".join(para))
                # One paragraph per shape: docs that differ only in a version number count once.
                key = re.sub(r"\(\S*\)|\d+", "0", " ".join(cleaned.lower().split()))[:60] if cleaned else ""
                if cleaned and key not in seen:
                    seen.add(key)
                    paragraphs[cleaned] = None
                para.clear()

        while i < len(lines):
            line = lines[i]
            m = FENCE.match(line)
            if m:
                flush()
                indent, marker, info = m.groups()
                if not re.fullmatch(r"[\w+#.-]*", info):
                    info = ""
                body: list[str] = []
                i += 1
                while i < len(lines) and not (
                    lines[i].strip().startswith(marker) and set(lines[i].strip()) == {marker[0]}
                ):
                    body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
                    i += 1
                i += 1
                joined = "\n".join(body).strip("\n") + "\n"
                if indent == "" and 1 <= len(body) <= MAX_CODE_LINES and "```" not in joined and "~~~" not in joined:
                    if _code_ok(info, joined):
                        code[(info, joined)] = None
                    else:
                        excluded += 1
                continue
            h = HEADING_LINE.match(line)
            if h:
                flush()
                title = re.sub(r"\{[^}]*\}$", "", h.group(1)).strip()
                if 3 <= len(title) <= 60 and not re.search(r"[<{`\[]", title):
                    headings[title] = None
            elif line.strip() == "":
                flush()
            else:
                para.append(line)
            i += 1
        flush()
    return RealPool(
        paragraphs=list(paragraphs),
        code=list(code),
        headings=list(headings),
        files=len(paths),
        digest=digest.hexdigest(),
        excluded_code=excluded,
    )


# ---------------------------------------------------------------------------
# Building one post
# ---------------------------------------------------------------------------


def _fill(template: str, rng: Random, extra: dict[str, str] | None = None) -> str:
    """Replace ⟨slot⟩ placeholders; one value per slot name within a template."""
    values: dict[str, str] = dict(extra or {})
    draws = {
        "n": lambda: str(rng.randint(12, 480)),
        "sec": lambda: str(rng.choice((2, 5, 10, 15, 30))),
        "ms": lambda: str(rng.choice((50, 120, 250, 300, 450, 800))),
        "port": lambda: str(rng.choice((8000, 8080, 8443, 9000, 3000, 5000))),
        "host": lambda: rng.choice(HOSTS),
        "minor": lambda: str(rng.randint(1, 19)),
        "small": lambda: str(rng.randint(1, 9)),
        "size": lambda: str(rng.choice((256, 512, 1024, 4096))),
        "image": lambda: rng.choice(STATIC_IMAGES),
        "alt": lambda: "diagram of the request flow",
    }

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in values:
            if key in ("name", "Name", "NAME"):
                name = values.setdefault("name", rng.choice(NAMES))
                values.update(Name=name[:-1].capitalize(), NAME=name.upper())
            else:
                values[key] = draws[key]()
        return values[key]

    return re.sub("⟨(\\w+)⟩", sub, template)


class Slots(dict[str, str]):
    """The words of one sentence, drawn when a template first asks for them."""

    def __init__(self, rng: Random, topic: Topic) -> None:
        super().__init__()
        self.rng = rng
        self.topic = topic

    def __missing__(self, key: str) -> str:
        r, t = self.rng, self.topic
        if key in ("thing", "thing2"):
            value = r.choice([x for x in t.things if x not in self.values()])
        elif key in ("tool", "tool2"):
            value = r.choice([x for x in t.tools if x not in self.values()])
        elif key in ("metric", "unit"):
            self["metric"], self["unit"] = r.choice(t.metrics)
            return self[key]
        elif key == "a":
            value = str(r.randint(8, 95))
        elif key == "b":
            value = str(max(1, int(self["a"]) * r.randint(25, 70) // 100))
        elif key == "n":
            value = str(r.randint(3, 40))
        elif key == "pct":
            value = str(r.randint(8, 65))
        elif key == "days":
            value = str(r.randint(2, 21))
        elif key == "subject":
            value = t.subject
        else:
            raise KeyError(key)
        self[key] = value
        return value


class Writer:
    """Draws the words and blocks of one post."""

    def __init__(self, rng: Random, topic: Topic, real: RealPool | None, real_rng: Random | None) -> None:
        self.rng = rng
        self.topic = topic
        self.real = real
        self.real_rng = real_rng
        self.used_templates: set[str] = set()
        self.used_quotes: set[str] = set()
        self.linked_earlier = False
        self.used_headings: set[str] = set()
        self.used_code: set[str] = set()
        self.footnotes: list[tuple[str, str]] = []
        self.refs: list[tuple[str, str]] = []
        self.prose_words = 0

    def slots(self) -> Slots:
        return Slots(self.rng, self.topic)

    def sentence(self) -> str:
        # Each template once per post while there are unused ones: two fillings
        # of one template are near-duplicate sentences.
        if len(self.used_templates) >= len(SENTENCES):
            self.used_templates.clear()
        template = self.rng.choice([t for t in SENTENCES if t not in self.used_templates])
        self.used_templates.add(template)
        s = template.format_map(self.slots())
        opener = self.rng.choice(OPENERS) if self.rng.random() < 0.15 else ""
        if opener:
            first = s.split(" ", 1)[0]
            s = opener + (s[0].lower() + s[1:] if first in LOWER_AFTER_OPENER else s)
        return s[0].upper() + s[1:]

    def paragraph(self) -> Block:
        if self.real is not None and self.real.paragraphs:
            assert self.real_rng is not None
            text = self.real.paragraphs[self.real.draw("paragraphs", self.real_rng)]
            self.prose_words += len(text.split())
            return Block("para", text.split("\n"))
        r = self.rng
        sentences = [self.sentence() for _ in range(r.randint(2, 5))]
        # Inline decoration, now and then: code, emphasis, a footnote, a reference link.
        roll = r.random()
        i = r.randrange(len(sentences))
        if roll < 0.12:
            label = f"{len(self.footnotes) + 1}" if r.random() < 0.7 else r.choice(("perf", "caveat", "aside", "ci"))
            if label not in dict(self.footnotes):
                self.footnotes.append((label, r.choice(FOOTNOTES).format_map(self.slots())))
                sentences[i] = sentences[i][:-1] + f"[^{label}]" + sentences[i][-1]
        elif roll < 0.24:
            ref = f"{self.topic.key}-docs-{len(self.refs) + 1}"
            url = self.topic.docs[len(self.refs) % len(self.topic.docs)]
            self.refs.append((ref, url))
            sentences.append(f"The [official documentation][{ref}] has the details.")
        elif roll < 0.34:
            for tool in self.topic.tools:
                if " " not in tool and tool in sentences[i]:
                    sentences[i] = sentences[i].replace(tool, f"`{tool.lower()}`", 1)
                    break
        elif roll < 0.40:
            sentences.append(f"See [the {self.topic.tools[1]} docs]({self.topic.docs[0]}) for more.")
        elif roll < 0.46:
            sentences[i] = f"**{sentences[i]}**"
        text = " ".join(sentences)
        self.prose_words += len(text.split())
        # Most posts wrap prose at about 80 columns; some keep a paragraph per line.
        if r.random() < 0.5:
            return Block("para", _wrap(text, 80))
        return Block("para", [text])

    def heading(self, level: int) -> Block:
        text = ""
        for _ in range(30):
            if self.real is not None and self.real.headings and self.rng.random() < 0.6:
                assert self.real_rng is not None
                text = self.real.headings[self.real.draw("headings", self.real_rng)]
            else:
                text = self.rng.choice(HEADINGS).format_map(self.slots())
            if text.lower() not in self.used_headings:
                break
        self.used_headings.add(text.lower())
        return Block("heading", ["#" * level + " " + text])

    def bullet_list(self) -> Block:
        r = self.rng
        items = r.sample(LIST_ITEMS, r.randint(3, 6))
        marker = r.choice(("-", "-", "*"))
        lines = []
        for item in items:
            lines.append(f"{marker} {_cap(item.format_map(self.slots()))}")
            if r.random() < 0.12:
                nested = r.choice([i for i in LIST_ITEMS if i not in items])
                lines.append(f"  {marker} {nested.format_map(self.slots())}")
        self.prose_words += sum(len(line.split()) - 1 for line in lines)
        return Block("list", lines)

    def ordered_list(self) -> Block:
        r = self.rng
        items = r.sample(LIST_ITEMS, r.randint(3, 5))
        lazy = r.random() < 0.3  # "1." for every item, as many authors write it
        lines = [f"{1 if lazy else n}. {_cap(item.format_map(self.slots()))}" for n, item in enumerate(items, 1)]
        self.prose_words += sum(len(line.split()) - 1 for line in lines)
        return Block("list", lines)

    def task_list(self, items: list[str] | None = None) -> Block:
        r = self.rng
        items = items or [_cap(i.format_map(self.slots())) for i in r.sample(LIST_ITEMS, r.randint(3, 6))]
        lines = [f"- [{'x' if r.random() < 0.3 else ' '}] {item}" for item in items]
        self.prose_words += sum(len(line.split()) - 2 for line in lines)
        return Block("list", lines)

    def table(self) -> Block:
        r, s = self.rng, self.slots()
        metric, unit = s["metric"], s["unit"]
        kind = r.randrange(3)
        if kind == 0:
            rows = [("Before", s["a"]), ("After", s["b"])]
            lines = [f"| Setup | {_cap(metric)} ({unit}) |", "| --- | ---: |"]
            lines += [f"| {a} | {b} |" for a, b in rows]
        elif kind == 1:
            tools = r.sample(self.topic.tools, 3)
            lines = ["| Tool | Good at | Watch out for |", "|:-----|:--------|:--------------|"]
            for tool in tools:
                lines.append(
                    f"| {tool} | {r.choice(('speed', 'clear output', 'defaults', 'docs'))} "
                    f"| {r.choice(('memory use', 'config sprawl', 'slow start', 'odd flags'))} |"
                )
        else:
            lines = ["| Option | Default | We use |", "|---|---|---|"]
            for opt in r.sample(("timeout", "retries", "pool_size", "max_age", "workers", "log_level"), 3):
                lines.append(f"| `{opt}` | {r.randint(1, 30)} | {r.randint(1, 60)} |")
        return Block("table", lines)

    def quote(self) -> Block:
        r = self.rng
        unused = [q for q in QUOTES if q not in self.used_quotes]
        if unused and r.random() < 0.2:
            quote = r.choice(unused)
            self.used_quotes.add(quote)
            return Block("quote", [f"> {quote}"])
        s = f"{self.sentence()} {self.sentence()}"
        self.prose_words += len(s.split())
        head = r.choice(("> **Note**", "> [!NOTE]", "> [!TIP]", "> **Warning:**"))
        if head.endswith(":**"):
            return Block("quote", [f"{head} {s}"])
        return Block("quote", [head, f"> {s}"])

    def code(self) -> Block:
        r = self.rng
        for _ in range(10):
            if self.real is not None and self.real.code and r.random() < 0.85:
                assert self.real_rng is not None
                info, body = self.real.code[self.real.draw("code", self.real_rng)]
            else:
                info, body = self._builtin_code(r.choice(self.topic.langs))
            if body not in self.used_code:
                break
        self.used_code.add(body)
        return fenced(info, body, r)

    def _builtin_code(self, kind: str) -> tuple[str, str]:
        r = self.rng
        if kind == "python":
            return r.choice(("python", "python", "py")), _fill(r.choice(PYTHON), r)
        if kind == "rust":
            return r.choice(("rust", "rust", "rs")), _fill(r.choice(RUST), r)
        if kind == "go":
            return "go", _fill(r.choice(GO), r)
        if kind == "c":
            return "c", _fill(r.choice(C), r)
        if kind == "javascript":
            return r.choice(("javascript", "js")), _fill(r.choice(JAVASCRIPT), r)
        if kind == "toml":
            return "toml", _fill(r.choice(TOML), r)
        if kind == "yaml":
            return r.choice(("yaml", "yml")), _fill(r.choice(YAML), r)
        if kind == "json":
            return "json", json_body(r)
        if kind == "bash":
            return r.choice(("bash", "sh", "shell")), _fill(_for_topic(r, BASH, BASH_TOPICS, self.topic.key), r)
        if kind == "console":
            body = _for_topic(r, CONSOLE, CONSOLE_TOPICS, self.topic.key)
            return r.choice(("console", "console", "shell-session", "")), _fill(body, r)
        if kind == "compiler":
            lang, body = r.choice(COMPILER)
            return lang, _fill(body, r)
        if kind == "sql":
            return "sql", _fill(r.choice(SQL), r)
        if kind == "dockerfile":
            return "dockerfile", _fill(r.choice(DOCKERFILE), r)
        if kind == "html":
            return r.choice(("html", "go-html-template")), _fill(r.choice(HTML), r)
        if kind == "diff":
            path, before, after = r.choice(DIFF_SOURCES)
            after = _fill(after, r)
            lines = difflib.unified_diff(
                before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
            )
            return "diff", "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        raise ValueError(kind)


def _for_topic(rng: Random, templates: tuple[str, ...], topics: tuple[tuple[str, ...], ...], key: str) -> str:
    suited = [t for t, keys in zip(templates, topics, strict=True) if key in keys]
    return rng.choice(suited or templates)


def json_body(rng: Random) -> str:
    name = rng.choice(NAMES)
    shape = rng.randrange(3)
    if shape == 0:
        doc: object = {
            "name": f"{name}-web",
            "private": True,
            "scripts": {"dev": "vite", "build": "vite build", "test": "vitest run"},
            "devDependencies": {"vite": f"^5.{rng.randint(0, 4)}.0", "vitest": f"^1.{rng.randint(0, 6)}.0"},
        }
    elif shape == 1:
        doc = {
            "level": rng.choice(("info", "warning", "error")),
            "event": f"{name}.synced",
            "request_id": hashlib.blake2b(name.encode() + bytes([rng.randrange(256)]), digest_size=8).hexdigest(),
            "duration_ms": rng.randint(3, 900),
            "count": rng.randint(0, 5000),
        }
    else:
        doc = {
            "compilerOptions": {
                "target": "ES2022",
                "module": "ESNext",
                "strict": True,
                "noUncheckedIndexedAccess": rng.random() < 0.5,
            },
            "include": ["src"],
        }
    return json.dumps(doc, indent=2) + "\n"


def fenced(info: str, body: str, rng: Random) -> Block:
    marker = "~~~" if rng.random() < 0.08 else "```"
    head = marker + info
    if info and rng.random() < 0.05:
        head = f"{marker}{info} {{linenos=table,hl_lines=[{rng.randint(1, 3)}]}}"
    return Block("code", [head, *body.rstrip("\n").split("\n"), marker], lang=info)


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _remote_image(rng: Random, scheme: str = "https") -> str:
    kind = rng.randrange(3)
    if kind == 0:
        photo = f"{rng.randint(1500000000000, 1700000000000)}-{rng.getrandbits(48):012x}"
        return f"{scheme}://images.unsplash.com/photo-{photo}?w=1200&q=80"
    # Each post's remote images are its own: a url shared by posts is a finding (DUP006).
    if kind == 1:
        return f"{scheme}://picsum.photos/seed/{rng.getrandbits(40):010x}/1200/630"
    user = rng.choice(("octo-org", "platform-team", "devrel"))
    commit = f"{rng.getrandbits(40):010x}"
    return f"{scheme}://raw.githubusercontent.com/{user}/assets/{commit}/img/{rng.choice(STATIC_IMAGES)}.png"


def _date_value(d: date, rng: Random, with_time: bool) -> str:
    if not with_time:
        return d.isoformat()
    zone = rng.choice(("Z", "+01:00", "+02:00", "-05:00"))
    return f"{d.isoformat()}T{rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}:00{zone}"


def _slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[:61].rsplit("-", 1)[0]
    return slug


def build_post(
    index: int, rng: Random, taken: set[str], earlier: list[str], real: RealPool | None, real_rng: Random | None
) -> Post:
    topic = rng.choice(TOPICS)
    w = Writer(rng, topic, real, real_rng)
    title = rng.choice(topic.titles) if rng.random() < 0.3 else _cap(rng.choice(TITLES).format_map(w.slots()))
    if rng.random() < 0.15:
        title = f"{title} ({rng.choice(('part 2', 'revisited', 'a field report', str(2019 + index % 7)))})"
    slug = _slugify(title)
    n = 2
    base = slug
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    taken.add(slug)
    bundle = rng.random() < BUNDLE_RATE
    suffix = ".markdown" if not bundle and rng.random() < 0.03 else ".md"
    rel = f"content/posts/{slug}/index.md" if bundle else f"content/posts/{slug}{suffix}"
    bundle_files = ["cover.png", *rng.sample(BUNDLE_IMAGES[1:], rng.randint(0, 2))] if bundle else []

    published = FIRST_DATE + timedelta(days=rng.randrange((LAST_DATE - FIRST_DATE).days))
    with_time = rng.random() < 0.35
    fm: dict[str, object] = {"title": title, "date": _date_value(published, rng, with_time)}
    if rng.random() < 0.4:
        updated = min(LAST_DATE, published + timedelta(days=rng.randint(1, 500)))
        fm["lastmod"] = _date_value(updated, rng, with_time)
    fm["description"] = rng.choice(DESCRIPTIONS).format_map(w.slots())
    fm["draft"] = rng.random() < 0.08
    fm["tags"] = rng.sample(topic.tags, rng.randint(2, len(topic.tags)))
    checklist: list[str] = []
    if rng.random() < 0.3:
        checklist = [_cap(i.format_map(w.slots())) for i in rng.sample(LIST_ITEMS, rng.randint(3, 5))]
    if bundle and rng.random() < 0.5:
        fm["images"] = ["cover.png"]

    # The body: an optional H1, an intro, then sections of level 2 with some
    # level 3 and 4 subsections.
    blocks: list[Block] = []
    if rng.random() < 0.3:
        blocks.append(Block("heading", [f"# {title}"]))
    blocks.append(w.paragraph())
    if bundle and rng.random() < 0.7:
        blocks.append(Block("image", [f"![{_alt(w)}]({rng.choice(('cover.png', './cover.png'))})"]))
    for _ in range(rng.randint(3, 6)):
        blocks.append(w.heading(2))
        _section_body(w, blocks, bundle, bundle_files, earlier)
        if rng.random() < 0.35:
            blocks.append(w.heading(3))
            _section_body(w, blocks, bundle, bundle_files, earlier)
            if rng.random() < 0.25:
                blocks.append(w.heading(4))
                blocks.append(w.paragraph())
    if checklist:
        blocks.append(Block("heading", ["## Final checklist" if "checklist" in w.used_headings else "## Checklist"]))
        blocks.append(w.task_list(checklist))
        fm["checklist"] = checklist
    if rng.random() < 0.35:
        words = sum(len(" ".join(b.lines).split()) for b in blocks if b.kind not in ("code", "raw", "indented"))
        fm["reading_time"] = max(1, round(words / 230))

    tail: list[Block] = []
    refs = list(w.refs)
    if rng.random() < 0.15:
        ref = "fig-1"
        refs.append((ref, _remote_image(rng)))
        at = rng.randrange(1, len(blocks))
        blocks.insert(at, Block("image", [f"![{_alt(w)}][{ref}]"]))
    if refs:
        tail.append(Block("refs", [f"[{ref}]: {url}" for ref, url in refs]))
    if w.footnotes:
        tail.append(Block("refs", [f"[^{label}]: {text}" for label, text in w.footnotes]))
    return Post(
        rel=rel,
        slug=slug,
        bundle=bundle,
        fm_format="toml" if rng.random() < TOML_RATE else "yaml",
        fm=fm,
        blocks=blocks,
        tail=tail,
        bundle_files=bundle_files,
        crlf=rng.random() < CRLF_RATE,
        bom=rng.random() < BOM_RATE,
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _alt(w: Writer) -> str:
    return w.rng.choice(ALT_TEXTS).format_map(w.slots())


def _section_body(w: Writer, blocks: list[Block], bundle: bool, bundle_files: list[str], earlier: list[str]) -> None:
    r = w.rng
    blocks.append(w.paragraph())
    for _ in range(r.randint(1, 4)):
        roll = r.random()
        if blocks[-1].kind in ("list", "quote") and roll >= 0.55:
            # Two lists (or two quotes) one blank line apart are one in Markdown.
            blocks.append(w.paragraph())
        if roll < 0.30:
            blocks.append(w.paragraph())
            body = _fill(r.choice(INDENTED), r)
            if r.random() < 0.05 and body not in w.used_code:
                w.used_code.add(body)
                blocks.append(Block("indented", ["    " + line for line in body.split("\n")]))
        elif roll < 0.55:
            # Liquid's raw tag around a block whose {{ }} a template engine must leave alone.
            body = _fill(r.choice(YAML[0:1] + YAML[3:4] + HTML[1:2]), r)
            if r.random() < 0.05 and body not in w.used_code:
                w.used_code.add(body)
                lang = "go-html-template" if body.startswith("{{") else "yaml"
                code = fenced(lang, body, r)
                blocks.append(Block("raw", ["{% raw %}", *code.lines, "{% endraw %}"], lang=lang))
            else:
                blocks.append(w.code())
        elif roll < 0.63:
            blocks.append(w.bullet_list())
        elif roll < 0.68:
            blocks.append(w.ordered_list())
        elif roll < 0.71:
            blocks.append(w.task_list())
        elif roll < 0.76:
            blocks.append(w.table())
        elif roll < 0.81:
            blocks.append(w.quote())
        elif roll < 0.91:
            blocks.append(_image(w, bundle, bundle_files))
        elif roll < 0.95:
            kind = r.choice(NOTICE_KINDS)
            notice = f"{w.sentence()} {w.sentence()}"
            w.prose_words += len(notice.split())
            blocks.append(Block("shortcode", [f"{{{{% notice {kind} %}}}}", notice, "{{% /notice %}}"]))
        elif roll < 0.98 and earlier and not w.linked_earlier:
            w.linked_earlier = True
            other = r.choice(earlier)
            sentence = w.sentence()
            link = f'[an earlier post]({{{{< ref "{other}" >}}}})'
            blocks.append(Block("para", [f"{sentence} I wrote about this in {link}."]))
        else:
            img = r.choice(STATIC_IMAGES)
            blocks.append(
                Block(
                    "shortcode",
                    [f'{{{{< figure src="/images/{img}.png" alt="{_alt(w)}" caption="{w.sentence()}" >}}}}'],
                )
            )


def _image(w: Writer, bundle: bool, bundle_files: list[str]) -> Block:
    r = w.rng
    alt = _alt(w)
    roll = r.random()
    if roll < 0.35:
        src = _remote_image(r)
    elif roll < 0.65 or not bundle:
        src = f"/images/{r.choice(STATIC_IMAGES)}.png"
    else:
        src = r.choice(bundle_files)
        if r.random() < 0.3:
            src = "./" + src
    if r.random() < 0.12:
        return Block("html", [f'<img src="{src}" alt="{alt}" width="{r.choice((480, 640, 800))}">'])
    title = f' "{alt}"' if r.random() < 0.15 else ""
    return Block("image", [f"![{alt}]({src}{title})"])


# ---------------------------------------------------------------------------
# Defects
# ---------------------------------------------------------------------------


def inject(post: Post, kind: str, rng: Random) -> None:
    """Edit `post` to carry one defect of `kind`, marking where it is."""
    body = [i for i in range(1, len(post.blocks) + 1)]
    if kind == "duplicate-paragraph":
        paras = [i for i, b in enumerate(post.blocks) if b.kind == "para" and len(" ".join(b.lines).split()) >= 12]
        src = paras[rng.randrange(max(1, len(paras) - 1))] if paras else 0
        at = rng.randint(src + 2, len(post.blocks)) if src + 2 <= len(post.blocks) else len(post.blocks)
        copy = Block("para", list(post.blocks[src].lines), [(0, kind, "repeats an earlier paragraph")])
        post.blocks.insert(at, copy)
    elif kind == "http-image":
        url = _remote_image(rng, "http")
        post.blocks.insert(rng.choice(body), Block("image", [f"![Chart of the results]({url})"], [(0, kind, url)]))
    elif kind == "missing-alt":
        src = f"/images/{rng.choice(STATIC_IMAGES)}.png"
        if rng.random() < 0.25:
            block = Block("html", [f'<img src="{src}" width="640">'], [(0, kind, src)])
        else:
            block = Block("image", [f"![]({src})"], [(0, kind, src)])
        post.blocks.insert(rng.choice(body), block)
    elif kind == "broken-local-image":
        if post.bundle and rng.random() < 0.5:
            src = rng.choice(("./missing-diagram.png", "screenshot-old.png", "images/cover.png"))
        else:
            src = f"/images/{rng.choice(STATIC_IMAGES)}-v2.png"
        post.blocks.insert(rng.choice(body), Block("image", [f"![Diagram of the setup]({src})"], [(0, kind, src)]))
    elif kind == "bad-front-matter":
        key = rng.choice(("title", "description", "tags"))
        value = post.fm[key]
        if post.fm_format == "yaml":
            broken = {
                "title": f'title: "{value}',
                "description": f"description: {value}: and more",
                "tags": f"tags: [{', '.join(value)}",  # type: ignore[arg-type]
            }[key]
        else:
            broken = {
                "title": f'title = "{value}',
                "description": f"description = {value}",
                "tags": f"tags = [{', '.join(chr(34) + t + chr(34) for t in value)}",  # type: ignore[union-attr]
            }[key]
        post.fm_broken = (key, broken)
        post.fm_marks.append((key, kind, f"{key} does not parse"))
    elif kind == "lastmod-before-date":
        published = date.fromisoformat(str(post.fm["date"])[:10])
        earlier = published - timedelta(days=rng.randint(1, 300))
        value = str(post.fm["date"])
        post.fm["lastmod"] = earlier.isoformat() + value[10:]
        post.fm_marks.append(("lastmod", kind, f"lastmod {earlier.isoformat()} is before date {value[:10]}"))
    elif kind == "short-description":
        post.fm["description"] = rng.choice(("Notes.", "WIP", "A post.", "TODO", "Update"))
        post.fm_marks.append(("description", kind, repr(post.fm["description"])))
    elif kind == "python-syntax-error":
        template, offset = rng.choice(BROKEN_PYTHON)
        block = fenced("python", _fill(template, rng), rng)
        block.marks.append((0, kind, f"the error is on the block's line {offset + 1}"))
        post.blocks.insert(rng.choice(body), block)
    elif kind == "json-invalid":
        block = fenced("json", _fill(rng.choice(BROKEN_JSON), rng), rng)
        block.marks.append((0, kind, "the block does not load as JSON"))
        post.blocks.insert(rng.choice(body), block)
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


def _yaml_scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:]+(Z|[+-]\d{2}:\d{2}))?", text):
        return text
    if re.fullmatch(r"[A-Za-z][\w ,.()'-]*[\w.)]", text) and ": " not in text and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:]+(Z|[+-]\d{2}:\d{2}))?", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def front_matter(post: Post, rng: Random) -> tuple[list[str], dict[str, int]]:
    """The front matter's lines (fences included) and the line offset of each key."""
    lines: list[str] = []
    where: dict[str, int] = {}
    fence = "+++" if post.fm_format == "toml" else "---"
    lines.append(fence)
    for key, value in post.fm.items():
        where[key] = len(lines)
        if post.fm_broken and post.fm_broken[0] == key:
            lines.append(post.fm_broken[1])
        elif post.fm_format == "toml":
            lines.append(f"{key} = {_toml_value(value)}")
        elif isinstance(value, list):
            if key == "tags" and rng.random() < 0.6:
                lines.append(f"{key}: [{', '.join(_yaml_scalar(v) for v in value)}]")
            else:
                lines.append(f"{key}:")
                lines.extend(f"  - {_yaml_scalar(v)}" for v in value)
        else:
            lines.append(f"{key}: {_yaml_scalar(value)}")
    lines.append(fence)
    return lines, where


def render(post: Post, rng: Random) -> tuple[bytes, list[dict[str, object]]]:
    """The file's bytes and its defects with their 1-based lines."""
    lines, where = front_matter(post, rng)
    defects: list[dict[str, object]] = [
        {"file": post.rel, "line": where[key] + 1, "kind": kind, "detail": detail}
        for key, kind, detail in post.fm_marks
    ]
    for block in [*post.blocks, *post.tail]:
        lines.append("")
        start = len(lines) + 1
        lines.extend(block.lines)
        for offset, kind, detail in block.marks:
            defects.append({"file": post.rel, "line": start + offset, "kind": kind, "detail": detail})
    text = "\n".join(lines) + "\n"
    if post.crlf:
        text = text.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if post.bom else b"") + text.encode("utf-8")
    return data, sorted(defects, key=lambda d: int(d["line"]))  # type: ignore[call-overload]


# ---------------------------------------------------------------------------
# The site
# ---------------------------------------------------------------------------


@dataclass
class Generated:
    rel: str
    data: bytes
    post: Post
    defects: list[dict[str, object]]


def generate(count: int, seed: int = 0, defect_rate: float = 0.0, real: RealPool | None = None) -> Iterator[Generated]:
    """Yield `count` posts; the same arguments always give the same bytes, and
    a post's clean content does not depend on `defect_rate`."""
    if count < 0:
        raise ValueError("count must be >= 0")
    if not 0.0 <= defect_rate <= 1.0:
        raise ValueError(f"defect_rate must be between 0 and 1, got {defect_rate}")
    master = Random(seed)
    defect_rng = Random(f"{seed}/defects")
    real_rng = Random(f"{seed}/real") if real is not None else None
    deck: list[str] = []
    taken: set[str] = set()
    earlier: list[str] = []
    for index in range(count):
        rng = Random(master.getrandbits(64))
        post = build_post(index, rng, taken, earlier, real, real_rng)
        if defect_rng.random() < defect_rate:
            if not deck:
                deck = list(KINDS)
                defect_rng.shuffle(deck)
            inject(post, deck.pop(), defect_rng)
        data, defects = render(post, rng)
        earlier.append(post.rel.removeprefix("content/"))
        if len(earlier) > 50:
            earlier.pop(0)
        yield Generated(post.rel, data, post, defects)


def _clear_previous(out: Path) -> None:
    manifest = out / MANIFEST_NAME
    if manifest.exists():
        try:
            head = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            head = {}
        if head.get("generator") != GENERATOR:
            raise SystemExit(f"{out}: its {MANIFEST_NAME} is not this generator's; not overwriting")
        for name in ("content", "static"):
            shutil.rmtree(out / name, ignore_errors=True)
        for name in ("hugo.toml", MANIFEST_NAME):
            (out / name).unlink(missing_ok=True)
    elif out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty and holds no {MANIFEST_NAME} of this generator; not overwriting")


HUGO_CONFIG = """baseURL = "https://blog.example.org/"
languageCode = "en-us"
title = "Engineering notes"

[markup.goldmark.renderer]
unsafe = true

[taxonomies]
tag = "tags"
"""


def write_site(
    out_dir: str | Path, count: int, seed: int = 0, defect_rate: float = 0.0, real_dir: str | Path | None = None
) -> Path:
    """Write the site and OUT/manifest.json; return the manifest's path."""
    out = Path(out_dir)
    _clear_previous(out)
    real = load_real(Path(real_dir)) if real_dir is not None else None
    if real is not None and not (real.paragraphs and real.code):
        raise SystemExit(f"{real_dir}: no usable paragraphs or code blocks in {real.files} Markdown files")
    static = out / "static" / "images"
    static.mkdir(parents=True, exist_ok=True)
    for name in STATIC_IMAGES:
        (static / f"{name}.png").write_bytes(_image_bytes(name))
    (out / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8", newline="\n")
    posts: list[dict[str, object]] = []
    defects: list[dict[str, object]] = []
    for g in generate(count, seed, defect_rate, real):
        path = out / g.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(g.data)
        for name in g.post.bundle_files:
            (path.parent / name).write_bytes(_image_bytes(f"{g.post.slug}/{name}"))
        posts.append(
            {
                "file": g.rel,
                "front_matter": g.post.fm_format,
                "bundle": g.post.bundle,
                "crlf": g.post.crlf,
                "bom": g.post.bom,
                "defects": [d["kind"] for d in g.defects],
            }
        )
        defects.extend(g.defects)
    header: dict[str, object] = {
        "generator": GENERATOR,
        "version": MANIFEST_VERSION,
        "seed": seed,
        "count": count,
        "defect_rate": defect_rate,
        "kinds": list(KINDS),
        "real": None
        if real is None
        else {
            "files": real.files,
            "sha256": real.digest,
            "paragraphs": len(real.paragraphs),
            "code_blocks": len(real.code),
            "headings": len(real.headings),
            "code_blocks_left_out": real.excluded_code,
        },
        "static_images": [f"static/images/{name}.png" for name in STATIC_IMAGES],
        "posts": posts,
        "defects": defects,
    }
    manifest = out / MANIFEST_NAME
    manifest.write_text(json.dumps(header, indent=1) + "\n", encoding="utf-8", newline="\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_markdown.py", description="Generate a Hugo-style site of Markdown posts with a defect manifest."
    )
    parser.add_argument("out_dir", type=Path, help="the site's folder (content/, static/, manifest.json)")
    parser.add_argument("--count", type=_count, required=True, help="number of posts")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--defect-rate", type=_rate, default=0.0, help="share of posts with one injected defect (default 0)"
    )
    parser.add_argument("--real", type=Path, help="take paragraphs, headings and code blocks from these Markdown docs")
    args = parser.parse_args(argv)
    if args.real is not None and not args.real.is_dir():
        parser.error(f"--real {args.real}: not a folder")
    manifest = write_site(args.out_dir, args.count, args.seed, args.defect_rate, args.real)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    print(f"wrote {args.count} posts, {len(data['defects'])} defects, and {manifest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
