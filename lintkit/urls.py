"""The opt-in online check of image urls (IMG006), with httpx.

Only `--check-urls` (or `check_urls = true`) brings this module in; without
it lintkit imports no HTTP client and opens no socket.

What users of link checkers ask for (lychee is the model), and what this does:

- each distinct url is requested once per run, however many articles use it;
- HEAD first; GET (reading the headers only) when HEAD is refused (405, 403,
  501), since many image hosts do not implement HEAD;
- at most 5 redirects, and the final url is named in the message;
- a 2xx answer must be an image (`Content-Type: image/*`);
- concurrency is limited overall (`url_concurrency`) and per host
  (`url_host_concurrency`);
- `url_timeout` bounds each attempt as a whole (connecting, redirects, the
  headers), however slowly a host trickles its bytes;
- connection errors, timeouts, 5xx and 429 are retried (`url_retries`) with
  exponential back-off, honouring `Retry-After` up to `url_retry_after_cap`
  seconds; no wait between attempts is longer than `url_timeout`, so a url
  costs at most (2 x url_retries + 1) x url_timeout seconds; such transient
  failures are reported only when every attempt failed, and never cached;
- any other error reaching a url (a redirect to port 99999, a malformed
  `Location:`) is that url's finding, reported at once and not cached: one
  hostile image host never stops the check;
- settled answers are cached in `.lintkit_cache/urls.sqlite3` for
  `url_cache_ttl` seconds;
- `url_accept` lists status codes to take as fine (403 from a host that
  blocks robots, say), `url_exclude` url patterns not to check at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import fnmatch
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lintkit.db import open_cache_db
from lintkit.records import Codec
from lintkit.structs import dataclass

USER_AGENT = "lintkit-url-check (+https://github.com/alphanode/lintkit)"
MAX_REDIRECTS = 5
HEAD_REFUSED = frozenset({403, 405, 501})
BACKOFF = 0.5  # seconds before the first retry; doubled each time


@dataclass(frozen=True)
class UrlResult:
    url: str
    ok: bool
    problem: str = ""  # what the finding says, when not ok
    status: int | None = None
    final_url: str | None = None
    transient: bool = False  # a timeout, a connection error, 429 or 5xx: never cached


URL_RESULT: Codec[UrlResult] = Codec(UrlResult)


@dataclass(frozen=True)
class UrlOptions:
    timeout: float = 10.0
    concurrency: int = 16
    host_concurrency: int = 4
    retries: int = 2
    retry_after_cap: float = 60.0
    accept: frozenset[int] = frozenset()
    exclude: tuple[str, ...] = ()
    cache_ttl: int = 86400

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> UrlOptions:
        return cls(
            timeout=float(options["url_timeout"]),
            concurrency=options["url_concurrency"],
            host_concurrency=options["url_host_concurrency"],
            retries=options["url_retries"],
            retry_after_cap=float(options["url_retry_after_cap"]),
            accept=frozenset(int(code) for code in options["url_accept"]),
            exclude=tuple(options["url_exclude"]),
            cache_ttl=options["url_cache_ttl"],
        )


def excluded(url: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(url, p) or url.startswith(p) for p in patterns)


def _retry_after(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    with contextlib.suppress(TypeError, ValueError):
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, min(when.timestamp() - time.time(), cap))
    return None


def _reason(exc: BaseException) -> str:
    """What went wrong, from the error the request raised (the first of a group:
    the connection attempts to each address of a host fail together)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return str(exc) or type(exc).__name__


def _describe(url: str, status: int, reason: str, final: str, content_type: str | None, attempts: int) -> str:
    where = f" (redirected to {final})" if final != url else ""
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if 200 <= status < 300:
        shown = content_type or "none"
        return f"image url answers {status} with content type {shown!r}, not an image{where}"
    return f"image url answers {status} {reason}{where}{tries}".rstrip()


class UrlCache:
    """Settled answers (not transient failures) with a time to live."""

    def __init__(self, db: sqlite3.Connection | None, ttl: int) -> None:
        self.db, self.ttl = db, ttl

    @classmethod
    def open(cls, cache_dir: Path | None, ttl: int) -> UrlCache:
        if cache_dir is None or ttl <= 0:
            return cls(None, ttl)
        schema = "CREATE TABLE IF NOT EXISTS answers (url TEXT PRIMARY KEY, checked REAL, format INTEGER, payload BLOB)"
        return cls(open_cache_db(cache_dir, "urls.sqlite3", schema), ttl)

    def get(self, url: str) -> UrlResult | None:
        if self.db is None:
            return None
        row = self.db.execute(
            "SELECT payload FROM answers WHERE url = ? AND checked > ? AND format = ?",
            (url, time.time() - self.ttl, URL_RESULT.version),
        ).fetchone()
        if row is None:
            return None
        try:
            return URL_RESULT.loads(row[0])
        except Exception:  # a damaged entry is a miss, never a crash
            return None

    def put(self, results: Iterable[UrlResult]) -> None:
        if self.db is None:
            return
        rows = [(r.url, time.time(), URL_RESULT.version, URL_RESULT.dumps(r)) for r in results if not r.transient]
        with contextlib.suppress(sqlite3.Error):
            self.db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", rows)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


class Checker:
    def __init__(self, options: UrlOptions, progress: Callable[[int, int], None] | None = None) -> None:
        self.options = options
        self.progress = progress
        self.hosts: dict[str, asyncio.Semaphore] = {}
        self.done = 0

    def _host(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.hosts:
            self.hosts[host] = asyncio.Semaphore(self.options.host_concurrency)
        return self.hosts[host]

    async def check_all(self, urls: list[str]) -> dict[str, UrlResult]:
        import httpx

        o = self.options
        limits = httpx.Limits(max_connections=o.concurrency, max_keepalive_connections=o.concurrency)
        timeout = httpx.Timeout(o.timeout)
        async with httpx.AsyncClient(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=timeout,
            limits=limits,
            headers={"User-Agent": USER_AGENT, "Accept": "image/*,*/*;q=0.5"},
        ) as client:
            overall = asyncio.Semaphore(o.concurrency)

            async def one(url: str) -> UrlResult:
                async with overall, self._host(url):
                    result = await self.check(client, url)
                self.done += 1
                if self.progress is not None:
                    self.progress(self.done, len(urls))
                return result

            results = await asyncio.gather(*(one(u) for u in urls))
        return {r.url: r for r in results}

    async def _request(self, client: Any, url: str) -> Any:
        """HEAD, or GET reading the headers only when HEAD is refused."""
        response = await client.head(url)
        if response.status_code in HEAD_REFUSED:
            async with client.stream("GET", url) as streamed:
                return streamed  # leaving the block closes it without reading the body
        return response

    async def check(self, client: Any, url: str) -> UrlResult:
        import httpx

        o = self.options
        attempts = o.retries + 1
        last: UrlResult | None = None
        for attempt in range(1, attempts + 1):
            wait = BACKOFF * 2 ** (attempt - 1)
            try:
                # The timeout bounds the whole attempt, not each read: a host that
                # trickles its headers a byte at a time held a run for hours.
                async with asyncio.timeout(o.timeout):
                    response = await self._request(client, url)
            except httpx.TooManyRedirects:
                return UrlResult(url, False, f"image url redirects more than {MAX_REDIRECTS} times")
            except (httpx.TimeoutException, TimeoutError):
                last = UrlResult(
                    url, False, f"image url did not answer within {o.timeout:g} s ({attempt} attempts)", transient=True
                )
            except httpx.HTTPError as exc:
                last = UrlResult(url, False, f"image url cannot be reached: {_reason(exc)}", transient=True)
            except Exception as exc:  # a redirect to port 99999 (OverflowError), a bad url...
                # One url's error is that url's finding, never the run's crash; not retried, not cached.
                return UrlResult(url, False, f"image url cannot be reached: {_reason(exc)}", transient=True)
            else:
                status = response.status_code
                final = str(response.url)
                content_type = response.headers.get("content-type")
                if status in o.accept:
                    return UrlResult(url, True, status=status, final_url=final)
                if 200 <= status < 300:
                    if (content_type or "").split(";")[0].strip().lower().startswith("image/"):
                        return UrlResult(url, True, status=status, final_url=final)
                    return UrlResult(url, False, _describe(url, status, "", final, content_type, 1), status, final)
                transient = status == 429 or status >= 500
                problem = _describe(url, status, response.reason_phrase, final, content_type, attempt)
                last = UrlResult(url, False, problem, status, final, transient)
                if not transient:
                    return last
                after = _retry_after(response.headers.get("retry-after"), o.retry_after_cap)
                if after is not None:
                    wait = after
            if attempt < attempts:
                await asyncio.sleep(min(wait, o.timeout))  # a Retry-After an hour ahead waits no longer than an answer
        assert last is not None
        return last


def check_urls(
    urls: Iterable[str],
    options: UrlOptions,
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, UrlResult]:
    """Check every distinct url once (cached answers first); url -> result.
    Excluded urls are left out."""
    wanted = sorted({u for u in urls if not excluded(u, options.exclude)})
    cache = UrlCache.open(cache_dir, options.cache_ttl)
    try:
        results: dict[str, UrlResult] = {}
        todo = []
        for url in wanted:
            hit = cache.get(url)
            if hit is not None:
                results[url] = hit
            else:
                todo.append(url)
        if todo:
            fresh = asyncio.run(Checker(options, progress).check_all(todo))
            cache.put(fresh.values())
            results.update(fresh)
        return results
    finally:
        cache.close()
