"""The one codec (lintkit.records): every recorded type survives a round trip through marshal,
and the format number follows the shape of the record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import marshal
from dataclasses import field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit.corpus.sketch import ParagraphPrint, Prints
from lintkit.model import Finding, Location, Severity
from lintkit.pipeline.workers import PRINTS
from lintkit.records import GIVEN, NOT_STORED, Codec
from lintkit.results import Analysis, FileResult
from lintkit.scoring import Clarity, Depth, DepthBasis, Freshness, Quality, ScoreInputs, Scores
from lintkit.store.results import ANALYSIS, FILE_RESULT
from lintkit.urls import URL_RESULT, UrlResult

PATH = "content/a.txt"
text = st.text(max_size=12)
small = st.integers(min_value=-(2**40), max_value=2**40)
number = st.floats(allow_nan=False, allow_infinity=False, width=64)
names = st.sampled_from(["quality", "freshness", "depth", "clarity"])

locations = st.builds(Location, st.one_of(st.just(PATH), text), small, small)
findings = st.builds(
    Finding,
    code=text,
    name=text,
    category=text,
    severity=st.sampled_from(list(Severity)),
    message=text,
    path=st.just(PATH),
    line=small,
    column=small,
    end_line=st.none() | small,
    related=st.lists(locations, max_size=3).map(tuple),
    anchor=text,
)
clarities = st.builds(
    Clarity,
    *([small] * 2),
    number,
    small,
    number,
    number,
    small,
    small,
    number,
    number,
    small,
    number,
    number,
    number,
    small,
)
freshnesses = st.builds(
    Freshness,
    st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.none() | small,
    st.none() | text,
    number,
    small,
    text,
    number,
    number,
)
declared = st.dictionaries(names, st.tuples(small, small))
inputs = st.builds(
    ScoreInputs,
    clarities,
    freshnesses,
    st.builds(
        DepthBasis,
        st.lists(st.tuples(small, small, st.booleans()), max_size=3).map(tuple),
        small,
        small,
        small,
        small,
    ),
    declared,
    small,
)
bands = st.lists(small, max_size=8).map(tuple)
stored_prints = st.builds(
    Prints,
    st.lists(st.builds(ParagraphPrint, small, small, st.none(), bands), max_size=3).map(tuple),
    st.lists(st.tuples(small, text), max_size=3).map(tuple),
)
analyses = st.builds(
    Analysis,
    display=st.just(PATH),
    key=text,
    format=text,
    readable=st.booleans(),
    findings=st.lists(findings, max_size=3).map(tuple),
    errors=st.lists(text, max_size=2).map(tuple),
    inputs=st.none() | inputs,
    prints=st.none() | stored_prints,
    digest=text,
    size=small,
    stamp=small,
    urls=st.lists(st.tuples(small, text), max_size=3).map(tuple),
)
breakdowns = st.builds(
    Scores,
    clarities,
    freshnesses,
    st.builds(Depth, small, small, small, small, small, small, st.dictionaries(text, number), small),
    st.builds(Quality, number, st.dictionaries(text, small), number, number, small, small),
    declared,
    small,
)
score_maps = st.none() | st.fixed_dictionaries(
    {"computed": st.dictionaries(names, small), "declared": st.none() | st.dictionaries(names, small)}
)
file_results = st.builds(
    FileResult,
    path=st.just(PATH),
    format=text,
    findings=st.lists(findings, max_size=3).map(tuple),
    scores=score_maps,
    errors=st.lists(text, max_size=2).map(tuple),
    breakdown=st.none() | breakdowns,
)
url_results = st.builds(UrlResult, text, st.booleans(), text, st.none() | small, st.none() | text, st.just(False))


def every_field(value: Any) -> Any:
    """A value's fields, compare=False ones included (dataclasses' == skips them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value), tuple(every_field(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, tuple):
        return tuple(every_field(v) for v in value)
    if isinstance(value, dict):
        return {k: every_field(v) for k, v in value.items()}
    return value


def round_trip(codec: Codec[Any], value: Any) -> Any:
    return codec.decode(marshal.loads(marshal.dumps(codec.encode(value, PATH))), PATH)


@pytest.mark.parametrize(
    ("codec", "values"),
    [(ANALYSIS, analyses), (FILE_RESULT, file_results), (URL_RESULT, url_results)],
    ids=["analysis", "final result", "url answer"],
)
def test_every_recorded_type_survives_a_round_trip(codec: Codec[Any], values: st.SearchStrategy[Any]) -> None:
    @settings(max_examples=150, deadline=None)
    @given(values)
    def survives(value: Any) -> None:
        assert every_field(round_trip(codec, value)) == every_field(value)

    survives()


@settings(max_examples=100, deadline=None)
@given(stored_prints)
def test_fingerprints_survive_a_round_trip_without_their_texts(prints: Prints) -> None:
    with_texts = Prints(tuple(dataclasses.replace(p, text="folded text") for p in prints.paragraphs), prints.images)
    assert every_field(round_trip(PRINTS, with_texts)) == every_field(prints)  # texts travel beside the record


def test_a_finding_is_stored_without_its_path_and_takes_the_one_given() -> None:
    finding = Finding("DUP001", "n", "c", Severity.ERROR, "m", PATH, 3, 1, None, (Location(PATH, 1), Location("b", 2)))
    record = FILE_RESULT.encode(FileResult(PATH, "alphanode", (finding,)), PATH)
    assert PATH not in repr(record)  # neither the finding's path nor its related place in the same file
    renamed = FILE_RESULT.decode(record, "./a.txt").findings[0]
    assert renamed.path == "./a.txt" and renamed.related == (Location("./a.txt", 1), Location("b", 2))


def test_a_reader_can_skip_fields_it_does_not_need() -> None:
    finding = Finding("DUP001", "n", "c", Severity.ERROR, "m", PATH, 3)
    analysis = Analysis(PATH, "/k", "alphanode", True, (finding,), (), None, None, "d", 1, 2)
    light = ANALYSIS.decoder(findings=(), inputs=None)(ANALYSIS.encode(analysis, PATH), PATH)
    assert light == dataclasses.replace(analysis, findings=())


def _shape(*fields: tuple[str, type, Any]) -> type:
    """A dataclass with these (name, type, field) fields, as a stored type would be declared."""
    return dataclasses.make_dataclass("Record", fields, frozen=True)


PATH_FIELD = ("path", str, field(metadata=GIVEN))
SIZE, LINES = ("size", int, field(default=0)), ("lines", int, field(default=0))
_A = _shape(PATH_FIELD, SIZE, LINES)
_SWAPPED = _shape(PATH_FIELD, LINES, SIZE)
_RETYPED = _shape(PATH_FIELD, SIZE, ("lines", float, field(default=0)))
_DROPPED = _shape(("path", str, field(default="", metadata=NOT_STORED)), SIZE, LINES)


def test_the_format_number_follows_the_shape() -> None:
    versions = {Codec(cls).version for cls in (_A, _SWAPPED, _RETYPED, _DROPPED)}
    assert len(versions) == 4  # two fields swapped, a type changed, a policy changed: another format each
    assert Codec(_A).version == Codec(_A).version  # and nothing else moves it
    assert "path=given" in Codec(_A).shape
    assert "related:tuple[Location(path:str@file,line:int,column:int)]" in Codec(Finding).shape
