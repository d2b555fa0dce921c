"""`check --show-settings`: which config file a run uses and what it resolves
to, the cache folder and the files it would lint, as TOML-like text (ruff's
`--show-settings`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lintkit.config import Config
from lintkit.files import Target
from lintkit.pipeline.settings import Settings

# The files listed; the rest are counted (a corpus has thousands).
SHOW_FILES = 20


def _value(value: Any) -> str:
    """A value as TOML would write it (near enough: JSON's lists, strings and numbers)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list | frozenset | set):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{json.dumps(str(k))} = {_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, Path):
        return json.dumps(str(value))
    if hasattr(value, "label"):
        return json.dumps(value.label)
    if isinstance(value, int | float):
        return json.dumps(value)
    return json.dumps(value if isinstance(value, str) else repr(value))


def describe(
    config: Config,
    cache_dir: Path | None,
    files: Sequence[tuple[str, str]],
    as_of: dt.date,
    cwd: Path,
) -> str:
    """The resolved settings of a run (`files`: each file to lint, as named, with its input format)."""
    if config.source is not None:
        source = str(config.source.resolve())
    else:
        source = f"none: no lintkit.toml, nor pyproject.toml with [tool.lintkit], in {cwd} or above (defaults)"
    lines = [
        f"# config file: {source}",
        f"# project root: {config.root}",
        f"# cache folder: {cache_dir if cache_dir is not None else 'none (--no-cache)'}",
        f"# as of: {as_of.isoformat()}",
        f"# files: {len(files)}",
    ]
    lines += [f"#   {name} ({fmt})" for name, fmt in files[:SHOW_FILES]]
    if len(files) > SHOW_FILES:
        lines.append(f"#   … and {len(files) - SHOW_FILES} more")
    sel = config.selection
    lines += [
        "",
        f"select = {_value(sel.select)}",
        f"extend-select = {_value(sel.extend_select)}",
        f"ignore = {_value(sel.ignore)}",
        f"fail-on = {_value(config.fail_on)}",
        f"exclude = {_value(config.exclude)}",
        f"corpus = {_value(config.corpus)}",
        f"cache-dir = {_value(config.cache_dir)}",
        f"max-findings-per-code = {config.max_findings_per_code}",
    ]
    lines += [f"{name} = {_value(value)}" for name, value in sorted(config.options.items())]
    lines += ["", "[per-file-ignores]"]
    lines += [f"{json.dumps(p.pattern)} = {_value(p.codes)}" for p in config.per_file_ignores]
    lines += ["", "[severity]"]
    lines += [f"{code} = {_value(level)}" for code, level in sorted(config.severity.items())]
    lines += ["", "[formats]"]
    lines += [f"{json.dumps(glob)} = {json.dumps(name)}" for glob, name in config.formats]
    lines += ["", "[scoring]"]
    lines += [f"{f.name} = {_value(getattr(config.scoring, f.name))}" for f in dataclasses.fields(config.scoring)]
    for override in config.overrides:
        lines += ["", "[[overrides]]", f"files = {_value(override.files)}"]
        lines += [f"{name} = {_value(value)}" for name, value in override.options.items()]
    return "\n".join(lines) + "\n"


def show_settings(settings: Settings, targets: Sequence[Target], stdin_name: str | None) -> str:
    """The text of `--show-settings` for a run of `settings` over `targets` (or standard input named `stdin_name`)."""
    from lintkit.files import file_key
    from lintkit.pipeline.stages import Stages
    from lintkit.syllables import Syllables

    format_of = Stages(settings, [], False, Syllables(None)).format_of
    files = [(t.display, format_of(t.key).name) for t in targets]
    if stdin_name is not None:
        files = [(f"{stdin_name} (standard input)", format_of(file_key(stdin_name, settings.cwd)).name)]
    return describe(settings.config, settings.cache_dir, files, settings.as_of, Path(settings.cwd))
