"""IMG rules: failing and passing fixtures, asserted exactly."""

from __future__ import annotations

import pytest
from helpers import lint, lint_findings, replace_once, seed

from lintkit.analysis import url_problem

S0, S3 = seed("000"), seed("003")
URL = "https://images.unsplash.com/photo-1555066931-4365d14bab8c?auto=format&fit=crop&w=1200&q=80"


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("htps://images.unsplash.com/photo-1", "unknown scheme 'htps'"),
        ("https//images.unsplash.com/photo-1", "the scheme has no ':'"),
        ("https://images.unsplash .com/photo-1", "contains a space"),
        ("https:///photo-1", "the host is empty"),
        ("images.unsplash.com/photo-1", "no scheme"),
        ("https:images.unsplash.com/photo-1", "not followed by '//'"),
        ("https://images_unsplash/photo-1", "not a valid host name"),
    ],
)
def test_img001_malformed_url(bad: str, why: str) -> None:
    findings = lint_findings(replace_once(S0, URL, bad), ["IMG001"])
    assert [(f.code, f.line) for f in findings] == [("IMG001", 90)]
    assert why in findings[0].message
    assert url_problem(URL) is None


def test_img001_passes_good_urls() -> None:
    assert lint(S0, ["IMG001"]) == [] and lint(S3, ["IMG001"]) == []


def test_img002_insecure_url() -> None:
    assert lint(replace_once(S0, URL, URL.replace("https", "http")), ["IMG002"]) == [("IMG002", 90)]
    assert lint(S0, ["IMG002"]) == []


def test_img003_host_mismatch() -> None:
    text = replace_once(S0, URL, "https://picsum.photos/seed/anp-025014/1200/630")
    findings = lint_findings(text, ["IMG003"])
    assert [(f.code, f.line) for f in findings] == [("IMG003", 90)]
    assert findings[0].message == (
        "image source says 'unsplash' but the url host is 'picsum.photos' "
        "(expected images.unsplash.com or unsplash.com)"
    )
    assert lint(S0, ["IMG003"]) == [] and lint(S3, ["IMG003"]) == []


def test_img003_body_source_differs_from_meta() -> None:
    text = replace_once(S0, "image source: unsplash", "image source: picsum.photos")
    findings = lint_findings(text, ["IMG003"])
    assert [(f.code, f.line) for f in findings] == [("IMG003", 8)]
    assert "body says image source 'picsum.photos' but the meta image record says 'unsplash'" in findings[0].message


def test_img004_incomplete_record() -> None:
    text = replace_once(S0, f"    • url: {URL}\n", "")
    findings = lint_findings(text, ["IMG004"])
    assert [(f.code, f.line) for f in findings] == [("IMG004", 89)]
    assert "missing 'url'" in findings[0].message
    assert lint(S0, ["IMG004"]) == []


def test_img005_caption_mismatch() -> None:
    text = replace_once(
        S0,
        "    • caption: reducing build time with python services visual reference 1",
        "    • caption: reducing build time with python services visual reference 2",
    )
    assert lint(text, ["IMG005"]) == [("IMG005", 7)]
    assert lint(S0, ["IMG005"]) == []


def test_img007_unknown_source() -> None:
    text = S0.replace("unsplash", "pexels").replace("images.pexels.com/photo", "images.pexels.com/photos")
    findings = lint_findings(text, ["IMG007", "IMG003"])
    assert [(f.code, f.line) for f in findings] == [("IMG007", 89)]
    assert findings[0].message == "unknown image source 'pexels' (known: picsum.photos, unsplash)"
    extra = {"unsplash": ["images.unsplash.com"], "pexels": ["images.pexels.com"]}
    assert lint(text, ["IMG007", "IMG003"], options={"image_sources": extra}) == []
    assert lint(S0, ["IMG007"]) == []


def test_img006_unreachable_image(server: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Against a local image host (tests/urlserver.py): a url answering 404 is
    reported on its line, one answering with an image is not."""
    from urlserver import run_check

    (tmp_path / "missing.txt").write_text(S0.replace(URL, server + "/missing.png"))
    (tmp_path / "ok.txt").write_text(S0.replace(URL, server + "/ok.png"))
    doc = run_check(tmp_path, "--no-cache")
    found = {
        f["path"].rsplit("/", 1)[-1]: [(x["code"], x["line"], x["message"]) for x in f["findings"]]
        for f in doc["files"]
    }
    assert found == {"missing.txt": [("IMG006", 90, "image url answers 404 Not Found")], "ok.txt": []}
