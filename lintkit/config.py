"""Configuration: `[tool.lintkit]` in pyproject.toml, or lintkit.toml, into one frozen Config.

The nearest `lintkit.toml`, or `pyproject.toml` with a `[tool.lintkit]`
table, found walking up from the current folder is used, unless `--config`
names a file. In a folder holding both, `lintkit.toml` wins. Keys may be
written in kebab-case or snake_case (`fail-on` = `fail_on`). Every key is
checked: an unknown key or a value of the wrong type is a `ConfigError`
naming the file and the key, which the CLI turns into exit code 2.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import field, replace
from pathlib import Path
from typing import Any

from lintkit.formats import FORMATS
from lintkit.model import Severity
from lintkit.rules import all_options, default_options, registry
from lintkit.scoring_config import FRESHNESS_KEYS, ScoringConfig
from lintkit.selection import PerFileIgnore, Selection, check_selectors, glob_match
from lintkit.structs import dataclass


class ConfigError(Exception):
    """A configuration or usage problem; the message says what and where."""


@dataclass(frozen=True)
class Setting:
    """An engine setting (not a rule option): its default and help line."""

    default: Any
    help: str


# The default of `max_findings_per_code`: more than anyone reads, few enough to hold.
MAX_FINDINGS_PER_CODE = 1000

SETTINGS: dict[str, Setting] = {
    "select": Setting(("ALL",), "rule codes or prefixes to run (ALL for every rule)"),
    "ignore": Setting((), "rule codes or prefixes not to run"),
    "extend_select": Setting((), "codes or prefixes to run in addition to `select`"),
    "extend_ignore": Setting((), "codes or prefixes to skip in addition to `ignore`"),
    "per_file_ignores": Setting({}, "glob -> codes to skip in the files it matches"),
    "severity": Setting({}, "code -> error | warning | info, overriding the default severity"),
    "fail_on": Setting("error", "lowest severity that makes the exit code 1"),
    "exclude": Setting((), "globs of files and folders to skip when walking a folder"),
    "scoring": Setting({}, "constants of the score formulas (docs/scoring.md)"),
    "corpus": Setting((), "folders (or files) that make up the whole corpus, for DUP004, DUP006 and META017"),
    "formats": Setting({}, 'glob -> input format, before the formats\' own suffixes (`"*.text" = "alphanode"`)'),
    "overrides": Setting(
        [], "[[overrides]] tables: `files` (globs), and rule options and a `scoring` table of freshness constants"
    ),
    "cache_dir": Setting("", "the cache folder, relative to the config file's folder [default: .lintkit_cache]"),
    "max_findings_per_code": Setting(
        MAX_FINDINGS_PER_CODE, "findings of one code listed per file, the rest counted and said (0: no limit)"
    ),
}


@dataclass(frozen=True)
class Override:
    """Rule options, and how fast pages age (freshness constants), for the files
    some globs match (`[[tool.lintkit.overrides]]`)."""

    files: tuple[str, ...]
    options: Mapping[str, Any]
    scoring: Mapping[str, Any] = field(default_factory=dict)

    def matches(self, path: str) -> bool:
        return any(glob_match(path, pattern) for pattern in self.files)


@dataclass(frozen=True)
class Config:
    """The settings of a run: [tool.lintkit] or lintkit.toml, then the command line's options."""

    selection: Selection = field(default_factory=Selection)
    per_file_ignores: tuple[PerFileIgnore, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    exclude: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=default_options)
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    # The whole corpus, relative to `root`; empty: the files linted are the corpus.
    corpus: tuple[str, ...] = ()
    # (glob, format name), in the order written: the first that matches a file picks its format.
    formats: tuple[tuple[str, str], ...] = ()
    # (globs, rule options) in the order written: each that matches a file sets its options, later ones last.
    overrides: tuple[Override, ...] = ()
    # Folder that relative paths in the config are relative to.
    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    # The `cache_dir` key as written ("": the default, beside the config file).
    cache_dir: str = ""
    # The config file's own selection when the command line changed it: the
    # findings quality counts are those of the config's rules (docs/scoring.md).
    file_selection: Selection | None = None
    # Findings of one code a file lists; the others are counted (0: no limit).
    max_findings_per_code: int = MAX_FINDINGS_PER_CODE

    @property
    def scored_selection(self) -> Selection:
        """The selection whose findings quality counts: the config file's, not the command line's."""
        return self.selection if self.file_selection is None else self.file_selection

    def with_cli(
        self,
        *,
        select: tuple[str, ...] | None = None,
        ignore: tuple[str, ...] | None = None,
        fail_on: str | None = None,
        min_scores: dict[str, int] | None = None,
        options: Mapping[str, Any] | None = None,
        max_findings_per_code: int | None = None,
    ) -> Config:
        """Command-line options override the file: --select replaces `select`,
        --ignore adds to `ignore`."""
        where = "--select"
        sel = self.selection
        if select is not None:
            _check_codes(select, where)
            sel = replace(sel, select=select, extend_select=())
        if ignore is not None:
            _check_codes(ignore, "--ignore")
            sel = replace(sel, ignore=sel.ignore + ignore)
        out = replace(self, selection=sel, file_selection=self.scored_selection)
        if fail_on is not None:
            out = replace(out, fail_on=Severity.parse(fail_on))
        if min_scores:
            out = replace(out, options={**out.options, "min_scores": {**out.options["min_scores"], **min_scores}})
        if options:
            out = replace(out, options={**out.options, **options})
        if max_findings_per_code is not None:
            out = replace(out, max_findings_per_code=max_findings_per_code)
        return out


def check_no_scores(config: Config, no_scores: bool, from_cli: bool) -> None:
    """`--no-scores` beside a minimum score would gate nothing, silently: a usage error."""
    if no_scores and config.options.get("min_scores") and config.selection.enabled("SCORE001"):
        where = "--min-score" if from_cli else f"key 'min_scores' of {config.source or 'the config'}"
        raise ConfigError(f"--no-scores: {where} needs the scores; drop one of them")


def parse_min_scores(pairs: tuple[str, ...]) -> dict[str, int]:
    """`--min-score quality=60` (repeatable) -> {'quality': 60}; ConfigError on a bad pair."""
    from lintkit.rules.scores import MIN_SCORES

    raw: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not (value.strip().isascii() and value.strip().isdigit()):
            raise ConfigError(f"--min-score: expected NAME=INTEGER such as quality=60, got {pair!r}")
        raw[name.strip()] = int(value)
    try:
        return MIN_SCORES.validate(raw)
    except ValueError as exc:
        raise ConfigError(f"--min-score: {exc}") from None


CACHE_DIR_NAME = ".lintkit_cache"
# The cache folder's environment variable (as ruff's RUFF_CACHE_DIR).
CACHE_DIR_VARIABLE = "LINTKIT_CACHE_DIR"


def cache_folder(config: Config, given: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The cache folder: `--cache-dir` (`given`), else $LINTKIT_CACHE_DIR
    (both relative to the current folder), else the config's `cache_dir`
    (relative to the config file's folder), else `.lintkit_cache` beside the
    config file, or in the current folder when there is none (as ruff does)."""
    if given is not None:
        return given.absolute()
    variable = (os.environ if environ is None else environ).get(CACHE_DIR_VARIABLE, "")
    if variable:
        return Path(variable).absolute()
    return config.root / (config.cache_dir or CACHE_DIR_NAME)


def split_codes(text: str) -> tuple[str, ...]:
    """`DUP001,IMG` (command line) -> ('DUP001', 'IMG')."""
    return tuple(c.strip().upper() for c in text.split(",") if c.strip())


def _check_codes(codes: tuple[str, ...], where: str) -> None:
    bad = check_selectors(codes, registry().keys())
    if bad:
        raise ConfigError(f"{where}: unknown rule code or prefix {', '.join(map(repr, bad))}")


def find_config(start: Path) -> Path | None:
    """The nearest lintkit.toml, or pyproject.toml with [tool.lintkit], upward from `start`."""
    for folder in (start, *start.parents):
        own = folder / "lintkit.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file():
            try:
                data = tomllib.loads(project.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue  # somebody else's broken pyproject is not our config
            tool = data.get("tool")
            if isinstance(tool, dict) and "lintkit" in tool:  # another tool's pyproject may have anything else
                return project
    return None


def load_config(path: Path | None = None, cwd: Path | None = None) -> Config:
    """Load the given config file, or discover one; defaults when there is none."""
    cwd = cwd or Path.cwd()
    if path is None:
        path = find_config(cwd)
        if path is None:
            return Config(root=cwd)
    elif not path.is_file():
        raise ConfigError(f"--config: no such file {str(path)!r}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    tool = data.get("tool")
    if tool is not None and not isinstance(tool, dict):
        raise ConfigError(f"{path}: key 'tool' must be a table")
    if path.name == "pyproject.toml":
        table = (tool or {}).get("lintkit", {})
        where = f"{path}: [tool.lintkit]"
    else:
        table = (tool or {}).get("lintkit", data)
        where = f"{path}:"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    return parse_table(table, where, path.parent.resolve(), path)


def _key(name: str) -> str:
    return name.replace("-", "_")


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} key {key!r}: expected a list of strings, got {value!r}")
    return tuple(value)


def _codes(value: Any, where: str, key: str) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for c in _str_list(value, where, key))
    _check_codes(codes, f"{where} key {key!r}")
    return codes


def _load_schema(value: Any, root: Path, where: str) -> Any:
    """`front_matter_schema`: the JSON Schema the file holds (so that editing
    it changes the settings cached results depend on); "" when none is set."""
    if not isinstance(value, str) or not value:
        return value
    import json  # only a configured schema needs it

    path = root / value
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where} key 'front_matter_schema': cannot read {str(path)!r}: {exc}") from None
    except ValueError as exc:
        raise ConfigError(f"{where} key 'front_matter_schema': {str(path)!r} is not JSON: {exc}") from None
    import jsonschema

    try:
        if not isinstance(schema, dict):
            raise jsonschema.SchemaError("a schema is a JSON object")
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise ConfigError(
            f"{where} key 'front_matter_schema': {str(path)!r} is no JSON Schema: {exc.message}"
        ) from None
    return schema


def _overrides(raw: Any, where: str, spec: Mapping[str, Any], root: Path) -> tuple[Override, ...]:
    """`[[overrides]]`: each a table of `files` (globs) and rule options, checked as the top-level ones."""
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise ConfigError(f"{where} key 'overrides': expected [[overrides]] tables")
    out = []
    for n, table in enumerate(raw, 1):
        at = f"{where} [[overrides]] #{n}"
        files = table.get("files")
        if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
            raise ConfigError(f"{at} key 'files': expected a list of globs, got {files!r}")
        options: dict[str, Any] = {}
        scoring: dict[str, Any] = {}
        for raw_key, value in table.items():
            key = _key(raw_key)
            if key == "files":
                continue
            if key == "scoring":
                scoring = _freshness_table(value, at)
                continue
            if key not in spec:
                import difflib  # only to word an error

                hint = difflib.get_close_matches(key, sorted(spec), n=1)
                extra = f" (did you mean {hint[0]!r}?)" if hint else ""
                raise ConfigError(f"{at} unknown key {raw_key!r}{extra}: an override sets rule options only")
            try:
                options[key] = spec[key].validate(value)
            except ValueError as exc:
                raise ConfigError(f"{at} key {key!r}: {exc}") from None
        if "front_matter_schema" in options:
            options["front_matter_schema"] = _load_schema(options["front_matter_schema"], root, at)
        out.append(Override(tuple(files), options, scoring))
    return tuple(out)


def _freshness_table(value: Any, where: str) -> dict[str, Any]:
    """An override's `scoring` table: the freshness constants it sets, checked as `[scoring]`'s."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where} key 'scoring': expected a table of {', '.join(FRESHNESS_KEYS)}")
    try:
        checked = ScoringConfig.from_table(value, where, only=FRESHNESS_KEYS)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    out = {}
    for raw_key, raw in value.items():
        key = _key(raw_key)
        # a table (status_factor) keeps only what it names: the file's other constants fill it in
        out[key] = {k: float(v) for k, v in raw.items()} if isinstance(raw, dict) else getattr(checked, key)
    return out


def parse_table(table: Mapping[str, Any], where: str, root: Path, source: Path | None) -> Config:
    """Validate a config table and build the Config (also used by the tests)."""
    options_spec = all_options()
    known = set(SETTINGS) | set(options_spec)
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = _key(raw_key)
        if key not in known:
            import difflib  # only to word an error

            hint = difflib.get_close_matches(key, sorted(known), n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise ConfigError(f"{where} unknown key {raw_key!r}{extra}")
        if key in values:
            raise ConfigError(f"{where} key {raw_key!r} is given twice (as kebab-case and snake_case)")
        values[key] = value

    selection = Selection(
        select=_codes(values.get("select", ["ALL"]), where, "select"),
        ignore=_codes(values.get("ignore", []), where, "ignore")
        + _codes(values.get("extend_ignore", []), where, "extend-ignore"),
        extend_select=_codes(values.get("extend_select", []), where, "extend-select"),
    )
    pfi_raw = values.get("per_file_ignores", {})
    if not isinstance(pfi_raw, dict):
        raise ConfigError(f"{where} key 'per-file-ignores': expected a table of glob = [codes]")
    per_file = tuple(
        PerFileIgnore(pattern, _codes(codes, where, f"per-file-ignores.{pattern}"))
        for pattern, codes in pfi_raw.items()
    )
    sev_raw = values.get("severity", {})
    if not isinstance(sev_raw, dict):
        raise ConfigError(f"{where} key 'severity': expected a table of CODE = \"error\"")
    severity: dict[str, Severity] = {}
    for code, level in sev_raw.items():
        if code.upper() not in registry():
            raise ConfigError(f"{where} key 'severity.{code}': unknown rule code")
        if not isinstance(level, str):
            raise ConfigError(f"{where} key 'severity.{code}': expected a string, got {level!r}")
        try:
            severity[code.upper()] = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{where} key 'severity.{code}': {exc}") from None
    fail_on_raw = values.get("fail_on", "error")
    try:
        fail_on = Severity.parse(fail_on_raw) if isinstance(fail_on_raw, str) else None
    except ValueError:
        fail_on = None
    if fail_on is None:
        raise ConfigError(f"{where} key 'fail-on': expected error, warning or info, got {fail_on_raw!r}")
    options = default_options()
    for name, spec in options_spec.items():
        if name in values:
            try:
                options[name] = spec.validate(values[name])
            except ValueError as exc:
                raise ConfigError(f"{where} key {name!r}: {exc}") from None
    formats_raw = values.get("formats", {})
    if not isinstance(formats_raw, dict):
        raise ConfigError(f"{where} key 'formats': expected a table of glob = \"format\"")
    for pattern, name in formats_raw.items():
        if name not in FORMATS:
            known = ", ".join(FORMATS)
            raise ConfigError(f"{where} key 'formats.{pattern}': unknown format {name!r} (known: {known})")
    options["front_matter_schema"] = _load_schema(options["front_matter_schema"], root, where)
    overrides = _overrides(values.get("overrides", []), where, options_spec, root)
    scoring_raw = values.get("scoring", {})
    if not isinstance(scoring_raw, dict):
        raise ConfigError(f"{where} key 'scoring': expected a table")
    try:
        scoring = ScoringConfig.from_table(scoring_raw, where)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return Config(
        corpus=_str_list(values.get("corpus", []), where, "corpus"),
        scoring=scoring,
        selection=selection,
        per_file_ignores=per_file,
        severity=severity,
        fail_on=fail_on,
        exclude=_str_list(values.get("exclude", []), where, "exclude"),
        formats=tuple(formats_raw.items()),
        overrides=overrides,
        options=options,
        root=root,
        source=source,
        cache_dir=_str(values.get("cache_dir", ""), where, "cache-dir"),
        max_findings_per_code=_count(values.get("max_findings_per_code", MAX_FINDINGS_PER_CODE), where),
    )


def _count(value: Any, where: str) -> int:
    """`max_findings_per_code`: an integer, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(
            f"{where} key 'max-findings-per-code': expected an integer of at least 0 (0: no limit), got {value!r}"
        )
    return value


def _str(value: Any, where: str, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where} key {key!r}: expected a string, got {value!r}")
    return value
