"""The opt-in online url check (lintkit.urls, IMG006), against a local server (tests/urlserver.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from helpers import SEEDS, seed
from urlserver import CASES, URL, Handler, run_check, write_articles

from lintkit.cli import main


def test_the_seven_cases_and_one_request_per_url(server: str, tmp_path: Path) -> None:
    write_articles(tmp_path, server)
    doc = run_check(tmp_path, "--no-cache")
    found = {Path(f["path"]).stem: [(x["line"], x["message"]) for x in f["findings"]] for f in doc["files"]}
    for name, (_, message) in CASES.items():
        expected = [] if message is None else [(90, message)]
        assert found[name] == expected, (name, found[name])
    assert all(found[f"shared{i:02d}"] == [] for i in range(50))
    requests = Handler.requests
    assert requests[("HEAD", "/counted.png")] == 1 and requests[("GET", "/counted.png")] == 0
    assert requests[("HEAD", "/limited.png")] == 2  # 429, then after Retry-After: 200
    assert requests[("HEAD", "/error.png")] == 3  # retried, then reported
    assert requests[("HEAD", "/nohead.png")] == 1 and requests[("GET", "/nohead.png")] == 1


def test_redirects_are_followed_at_most_five_times(server: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(seed("000").replace(URL, server + "/loop"))
    doc = run_check(tmp_path, "--no-cache")
    assert [x["message"] for x in doc["files"][0]["findings"]] == ["image url redirects more than 5 times"]


def test_answers_are_cached_but_transient_failures_are_not(server: str, tmp_path: Path, monkeypatch) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name in ("ok", "missing", "error"):
        path = CASES[name][0]
        (content / f"{name}.txt").write_text(seed("000").replace(URL, server + path))
    monkeypatch.chdir(tmp_path)
    first = run_check(Path("content"))
    assert (tmp_path / ".lintkit_cache" / "urls.sqlite3").exists()
    before = Counter(Handler.requests)
    second = run_check(Path("content"))
    assert first == second
    asked = Handler.requests - before
    assert asked == Counter({("HEAD", "/error.png"): 3})  # 404 and 200 came from the cache


def test_accept_and_exclude(server: str, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(seed("000").replace(URL, server + "/missing.png"))
    (tmp_path / "b.txt").write_text(seed("000").replace(URL, server + "/error.png"))
    (tmp_path / "lintkit.toml").write_text(f'url_accept = [404]\nurl_exclude = ["{server}/error*"]\n')
    monkeypatch.chdir(tmp_path)
    doc = run_check(Path("."), "--no-cache")
    assert [f["findings"] for f in doc["files"]] == [[], []]
    assert ("HEAD", "/error.png") not in Handler.requests


def test_no_socket_without_check_urls(monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "__init__", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = CliRunner().invoke(main, ["check", "--as-of", "2026-11-24", "--jobs", "1", "--no-cache", str(SEEDS)])
    assert result.exit_code == 0, result.output


def test_no_http_client_is_even_imported_without_check_urls() -> None:
    code = (
        "import sys\nfrom lintkit.cli import main\n"
        f"try:\n    main(['check', '--no-cache', '--jobs', '1', {str(SEEDS)!r}])\nexcept SystemExit:\n    pass\n"
        "print('httpx' in sys.modules, 'lintkit.urls' in sys.modules, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "False False"


def test_img006_is_off_by_default_and_in_the_catalogue() -> None:
    from lintkit.config import Config
    from lintkit.pipeline.settings import enabled_rules
    from lintkit.rules import registry

    assert "IMG006" in registry()
    assert "IMG006" not in {r.code for r in enabled_rules(Config())}
