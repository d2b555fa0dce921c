"""Image source rules (IMG), offline: the meta `image sources` records and the body caption."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from lintkit.analysis import url_problem
from lintkit.compiled import pattern as _compile
from lintkit.facts import body_images, image_records, is_remote, markup_images, part, url_images
from lintkit.fixes import replace_text, source_lines
from lintkit.model import Applicability, Article, Location, Severity
from lintkit.rules.base import Category, Context, Hit, Kind, Option, UrlView, rule
from lintkit.text import fold, shorten

IMAGE_SOURCES = Option(
    "image_sources",
    {
        "unsplash": ("images.unsplash.com", "unsplash.com"),
        "picsum.photos": ("picsum.photos", "fastly.picsum.photos"),
    },
    "known image sources: source name -> the url hosts it serves from",
)


def _sources(ctx: Context) -> Mapping[str, tuple[str, ...]]:
    return {fold(k): tuple(h.lower() for h in v) for k, v in ctx.value(IMAGE_SOURCES).items()}


@rule(
    code="IMG001",
    name="malformed-image-url",
    category=Category.IMAGE,
    severity=Severity.ERROR,
    summary="An image url that is not an absolute http(s) url with a valid host",
)
def malformed_image_url(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each image record's `url` is an absolute `http://` or `https://` url with
    a valid host: no spaces, no missing or misspelt scheme (`htps://`,
    `https//`), no empty host (`https:///photo`).

    Why it matters
    A malformed url is a broken image on the page, whatever the image host
    does.

    Example
    `    • url: htps://images.unsplash.com/photo-1555066931-4365d14bab8c`

    Fix
    Correct the url; copy it again from the image host.

    Options
    None.
    """
    for image in url_images(article):
        item = image.url
        if item is None or not item.value:
            continue
        problem = url_problem(item.value)
        if problem:
            yield Hit(f"image url {item.value!r} is malformed: {problem}", item.line)


@rule(
    code="IMG002",
    name="insecure-image-url",
    category=Category.IMAGE,
    severity=Severity.WARNING,
    summary="An image url over plain `http://`",
    fixes=(Applicability.UNSAFE,),
)
def insecure_image_url(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Image urls that use `http://` instead of `https://`.

    Why it matters
    Browsers block or flag mixed content: an `http://` image on an `https://`
    page may not show at all.

    Example
    `    • url: http://images.unsplash.com/photo-1555066931-4365d14bab8c`

    Fix
    Use the `https://` url; both image hosts serve it.

    Options
    None.
    """
    for image in url_images(article):
        item = image.url
        if item is not None and item.value and item.value.lower().startswith("http://"):
            https = "https://" + item.value[len("http://") :]
            fix = replace_text(article.lines, item.line, item.value, https, "use https", Applicability.UNSAFE)
            yield Hit(f"image url uses insecure 'http://' (expected 'https://'): {item.value!r}", item.line, fix=fix)


@rule(
    code="IMG003",
    name="image-source-mismatch",
    category=Category.IMAGE,
    severity=Severity.ERROR,
    summary="The url host is not the declared source's, or the body's `image source:` differs from the meta",
    options=(IMAGE_SOURCES,),
)
def image_source_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    For each image record with a known `source`, that the url's host is one
    of that source's hosts (option `image_sources`); and that the body
    caption's `image source:` names the same source as the matching meta
    record (the first caption with the first record, and so on).

    Why it matters
    Attribution must match where the image comes from; a mismatch is either a
    wrong credit or a wrong url.

    Example
    `source: unsplash` with `url: https://picsum.photos/seed/anp-022072/1200/630`.

    Fix
    Correct the source name or the url so they agree.

    Options
    `image_sources`: source name -> hosts (default: unsplash ->
    images.unsplash.com, unsplash.com; picsum.photos -> picsum.photos,
    fastly.picsum.photos).
    """
    sources = _sources(ctx)
    records = image_records(article)
    for record in records:
        source, url = part(record, "source"), part(record, "url")
        if not source or not url or fold(source) not in sources or url_problem(url):
            continue
        host = (urlsplit(url).hostname or "").lower()
        hosts = sources[fold(source)]
        if host not in hosts:
            item = record.url
            assert item is not None
            yield Hit(
                f"image source says {source!r} but the url host is {host!r} (expected {' or '.join(hosts)})",
                item.line,
            )
    for shown, record in zip(body_images(article), records, strict=False):
        source = part(record, "source")
        body_source = part(shown, "source")
        if body_source and source and fold(body_source) != fold(source):
            item = record.source
            yield Hit(
                f"body says image source {body_source!r} but the meta image record says {source!r}",
                shown.source.line if shown.source else shown.line,
                related=(Location(article.path, item.line),) if item else (),
            )


@rule(
    code="IMG004",
    name="incomplete-image-record",
    category=Category.IMAGE,
    severity=Severity.ERROR,
    summary="An image record without source, url or caption",
)
def incomplete_image_record(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each record under `image sources` has a non-empty `source`, `url` and
    `caption`.

    Why it matters
    The site needs all three to show and credit the image; a record missing
    one renders a broken figure.

    Example
    A record with `source:` and `caption:` but no `url:` line.

    Fix
    Add the missing line (`    • url: https://...`).

    Options
    None.
    """
    for record in image_records(article):
        missing = [k for k in ("source", "url", "caption") if not part(record, k)]
        if missing:
            yield Hit(
                f"image record is missing {' and '.join(repr(k) for k in missing)} (expected source, url and caption)",
                record.line,
            )


@rule(
    code="IMG005",
    name="image-caption-mismatch",
    category=Category.IMAGE,
    severity=Severity.WARNING,
    summary="The body's image caption differs from the meta record's caption",
    fixes=(Applicability.SAFE,),
)
def image_caption_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    The body caption equals the `caption` of the matching meta image record
    (first with first), case and spacing folded; and the caption line equals
    the caption repeated before `. image source:`.

    Why it matters
    The page shows the body caption and uses the record's caption as alt
    text; when they disagree one of them describes the wrong picture.

    Example
    Body `reducing build time with python services visual reference 1`,
    record `caption: reducing build time with python services visual reference 2`.

    Fix
    Make the captions the same.

    Options
    None.
    """
    raw: list[str] | None = None
    for shown, record in zip(body_images(article), image_records(article), strict=False):
        item = record.caption
        text = part(shown, "caption")
        if item is not None and item.value and text and fold(item.value) != fold(text):
            raw = raw or source_lines(article)
            fix = replace_text(
                raw, item.line, item.value, text, "copy the body caption to the meta", Applicability.SAFE
            )
            yield Hit(
                f"body caption {text!r} differs from the meta caption {item.value!r} (line {item.line})",
                shown.line,
                related=(Location(article.path, item.line),),
                fix=fix,
            )
    for shown in body_images(article):
        text, repeated = part(shown, "caption"), part(shown, "repeated")
        if repeated and text and fold(repeated) != fold(text):
            assert shown.repeated is not None
            raw = raw or source_lines(article)
            # The line repeats the caption before `image source:`: a caption the rest of it does not hold again.
            fix = replace_text(raw, shown.repeated.line, repeated, text, "repeat the caption line", Applicability.SAFE)
            yield Hit(
                f"caption repeated before `image source:` is {repeated!r}, but the caption line is {text!r}",
                shown.repeated.line,
                fix=fix,
            )


@rule(
    code="IMG007",
    name="unknown-image-source",
    category=Category.IMAGE,
    severity=Severity.WARNING,
    summary="An image source name not in `image_sources`",
    options=(IMAGE_SOURCES,),
)
def unknown_image_source(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each image record's `source` (and the body's `image source:`) is one of
    the sources configured in `image_sources`.

    Why it matters
    Images from an unvetted source may carry licence terms the site has not
    agreed to; the source list is the editorial allow-list.

    Example
    `source: pexels` when only unsplash and picsum.photos are allowed.

    Fix
    Use an allowed source, or add the source and its hosts to
    `image_sources` in the config.

    Options
    `image_sources` (see IMG003).
    """
    sources = _sources(ctx)
    known = ", ".join(sorted(sources))
    seen: set[str] = set()
    for record in image_records(article):
        item = record.source
        if item is not None and item.value and fold(item.value) not in sources:
            seen.add(fold(item.value))
            yield Hit(f"unknown image source {item.value!r} (known: {known})", item.line)
    for shown in body_images(article):
        source = part(shown, "source")
        if source and fold(source) not in sources and fold(source) not in seen:
            assert shown.source is not None
            yield Hit(f"unknown image source {source!r} in the body (known: {known})", shown.source.line)


def _status_codes(value: Any) -> tuple[int, ...]:
    if not isinstance(value, (list, tuple)) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 599 for v in value
    ):
        raise ValueError(f"expected a list of HTTP status codes such as [403], got {value!r}")
    return tuple(value)


URL_OPTIONS = (
    Option("check_urls", False, "check online that image urls answer (IMG006); the only rule that opens sockets"),
    Option(
        "url_timeout",
        10.0,
        "seconds one attempt at a url may take in all, and the longest wait between attempts (also --url-timeout)",
        minimum=0.1,
        maximum=600,
    ),
    Option("url_concurrency", 16, "urls checked at once, overall", minimum=1, maximum=256),
    Option("url_host_concurrency", 4, "urls checked at once on one host", minimum=1, maximum=64),
    Option("url_retries", 2, "retries after a timeout, a connection error, 429 or 5xx", maximum=10),
    Option(
        "url_retry_after_cap",
        60.0,
        "longest Retry-After, in seconds, that is honoured (at most url_timeout)",
        maximum=3600,
    ),
    Option("url_accept", (), "status codes to take as fine, e.g. [403]", validator=_status_codes),
    Option("url_exclude", (), "url globs (or prefixes) not to check"),
    Option("url_cache_ttl", 86400, "seconds a settled answer stays cached (0: no cache)", maximum=366 * 86400),
)


@rule(
    code="IMG006",
    name="unreachable-image",
    category=Category.IMAGE,
    severity=Severity.ERROR,
    summary="An image url that does not answer with an image (opt-in: --check-urls)",
    options=URL_OPTIONS,
    default_enabled=False,
    enabled_by="check_urls",
    kind=Kind.URLS,
)
def unreachable_image(urls: UrlView, ctx: Context) -> Iterator[Hit]:
    """What it checks
    With `--check-urls` (or `check_urls = true`), that each well-formed image
    url answers with a 2xx status after at most 5 redirects, with a
    `Content-Type` of `image/*`, within `url_timeout` seconds. The message
    says which: the status and its reason, the content type, the timeout or
    the connection error, and the final url after redirects. Each distinct url
    is requested once per run (HEAD, or GET for the headers when HEAD is
    refused), and transient failures (timeouts, connection errors, 429, 5xx)
    are retried with back-off before they are reported. Without the option
    lintkit opens no network connection at all.

    Why it matters
    A url can be well formed and still broken: the image was deleted, the
    host moved, or it now serves an HTML error page. Readers see a broken
    image; nothing else in the text says so.

    Example
    `url: https://images.unsplash.com/photo-000` answering `404 Not Found`.

    Fix
    Replace the url (or the image). For a host that refuses robots, accept
    its status with `url_accept = [403]`; to skip a host, `url_exclude`.

    Options
    `check_urls` (false), `url_timeout` (10), `url_concurrency` (16),
    `url_host_concurrency` (4), `url_retries` (2), `url_retry_after_cap` (60),
    `url_accept` ([]), `url_exclude` ([]), `url_cache_ttl` (86400 seconds).
    """
    for line, url in urls.article_urls:
        result = urls.results.get(url)
        if result is not None and not result.ok:
            yield Hit(result.problem, line, anchor=url)


@rule(
    code="IMG009",
    name="missing-alt-text",
    category=Category.IMAGE,
    severity=Severity.WARNING,
    summary="An image with empty alt text, or alt text that is only its file name",
)
def missing_alt_text(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each image element of the text (Markdown `![alt](src)`, HTML `<img>`)
    has alternative text, and more than its file name (`![diagram.png](diagram.png)`).
    An HTML image marked decorative with `alt=""` is not reported (screen
    readers skip it on purpose); an `<img>` without `alt` is.

    Why it matters
    Screen readers read the alt text in place of the image; search engines
    index it. An image without it is a blank for those readers.

    Example
    `![](/images/pipeline.png)`

    Fix
    Say what the image shows: `![The CI pipeline, build to deploy](/images/pipeline.png)`.

    Options
    None.
    """
    for image in markup_images(article):
        if image.decorative:
            continue
        src = image.url.value if image.url is not None else ""
        alt = image.alt.value.strip() if image.alt is not None else ""
        if not alt:
            yield Hit(f"image {shorten(src)!r} has no alt text", image.line)
        elif _file_name(alt) in {_file_name(src), _file_name(src).rsplit(".", 1)[0]}:
            yield Hit(f"image {shorten(src)!r} has only its file name as alt text ({alt!r})", image.line)


STATIC_DIRS = Option(
    "static_dirs",
    ("static", "public", "docs", "."),
    "folders, relative to the config's, that serve a site's files at its root (Hugo and Zola `static`, "
    "Astro and Next.js `public`, MkDocs `docs`, Jekyll the site itself): where IMG008 looks for `/images/a.png`",
)


@rule(
    code="IMG008",
    name="missing-local-image",
    category=Category.IMAGE,
    severity=Severity.ERROR,
    summary="A local image path that resolves to no file",
    formats={"markdown"},
    options=(STATIC_DIRS,),
)
def missing_local_image(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Each image element of the text (Markdown `![alt](src)`, a reference image,
    HTML `<img>`) whose source is a path, not a url, names a file that exists:
    a relative path from the article's folder (a page bundle's
    `![](diagram.png)`) or from one of `static_dirs`; a site-absolute path
    (`/images/a.png`) under one of `static_dirs`. A `?query` or `#fragment` is
    not part of the file name, and `%20` is a space. `static_dirs` are looked
    for in the config's folder and in each folder from the article's up to
    it (a site in a sub-folder of the repository). Sources with template
    syntax (`{{ .Site.BaseURL }}`), urls and `data:` images are not looked up.

    The files are looked up on every run, also when the article's result
    comes from the cache: adding the image makes the finding go. Because the
    finding depends on files beside the article, it does not count against
    the quality score.

    Why it matters
    The page shows a broken image, and a site generator builds it without a
    word (Hugo and Jekyll copy what exists and link the rest).

    Example
    `![The pipeline](/images/pipline.png)` when the file is `static/images/pipeline.png`.

    Fix
    Correct the path, or add the file.

    Options
    `static_dirs` (`static`, `public`, `docs`, `.`: the config's folder itself).
    """
    if not ctx.cwd:
        return  # a check outside a run that says where it is: nothing to look up against
    here = os.path.dirname(os.path.normpath(os.path.join(ctx.cwd, article.path)))
    static = ctx.value(STATIC_DIRS)
    roots = [os.path.join(site, d) for site in _sites(here, ctx.root or ctx.cwd) for d in static]
    under = f"under {', '.join(static)}" if static else "(no `static_dirs`)"
    for image in markup_images(article):
        src = image.url.value.strip() if image.url is not None else ""
        paths = _local_paths(src)
        if not paths:
            continue
        candidates: dict[str, None] = {}  # in the order looked for, once each
        for path in paths:
            folders = roots if path.startswith("/") else (here, *roots)
            candidates.update((os.path.normpath(os.path.join(d, path.lstrip("/"))), None) for d in folders)
        where = under if src.startswith("/") else f"next to the article, nor {under}"
        yield Hit(
            f"image {shorten(src)!r} not found {where}",
            image.line,
            unless_exists=tuple(candidates),
        )


def _sites(folder: str, root: str, most: int = 12) -> list[str]:
    """The folders that may be the article's site: the config's folder, then
    each folder from the article's up to it (a site in a sub-folder of the
    repository, linted from the top: `docs/site/static/`), at most `most`."""
    found = [root]
    while len(found) < most and folder != root:
        found.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return found


# Template syntax (Hugo, Jinja, Liquid, MyST substitutions, ERB, JavaScript): a path a build fills in.
_TEMPLATE = _compile(r"[{}]|<%")


def _local_paths(src: str) -> tuple[str, ...]:
    """The file paths an image source may name (as written, and with `%xx`
    decoded); none when it names no local file (a url, `data:`, an anchor, a
    template, nothing)."""
    if not src or is_remote(src) or src.startswith("#") or _TEMPLATE.search(src) or ":" in src.split("/", 1)[0]:
        return ()
    path = src.split("#", 1)[0].split("?", 1)[0]
    if not path.strip("/"):
        return ()
    return tuple(dict.fromkeys((path, unquote(path))))


def _file_name(text: str) -> str:
    return text.strip().rsplit("/", 1)[-1].split("?", 1)[0].casefold()


RULES = (
    unreachable_image,
    malformed_image_url,
    insecure_image_url,
    image_source_mismatch,
    incomplete_image_record,
    image_caption_mismatch,
    unknown_image_source,
    missing_local_image,
    missing_alt_text,
)
