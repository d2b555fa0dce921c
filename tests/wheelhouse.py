"""Wheels of lintkit's dependencies made from the distributions installed in
the test environment, so that pre-commit installs its hook environment with
`pip install --no-index` in seconds instead of from the index in minutes
(tests/test_precommit.py). A wheel is the distribution's files as its RECORD
lists them, less the compiled bytecode and the installer's own files, with a
new RECORD; the environment runs the same Python, so its binary wheels fit."""

from __future__ import annotations

import base64
import glob
import hashlib
import importlib.metadata as metadata
import os
import re
import shutil
import sys
import zipfile
from pathlib import Path

from packaging.requirements import Requirement

# The installer's files: pip writes its own when it installs the wheel.
_INSTALLER_FILES = {"INSTALLER", "REQUESTED", "direct_url.json", "RECORD"}


def _closure(name: str) -> list[metadata.Distribution]:
    """The distribution `name` needs (without extras), recursively, itself excluded."""
    seen: dict[str, metadata.Distribution] = {}
    todo = list(metadata.distribution(name).requires or [])
    while todo:
        req = Requirement(todo.pop())
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key in seen:
            continue
        dist = metadata.distribution(req.name)
        seen[key] = dist
        todo += dist.requires or []
    return list(seen.values())


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def wheel_from_installed(dist: metadata.Distribution, out: Path) -> Path:
    info = Path(str(dist._path))  # type: ignore[attr-defined]  # the .dist-info folder
    site = info.parent
    tags = [
        line.split(":", 1)[1].strip() for line in (info / "WHEEL").read_text().splitlines() if line.startswith("Tag:")
    ]
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    wheel = out / f"{name}-{dist.version}-{tags[0] if tags else 'py3-none-any'}.whl"
    record = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as zf:
        for file in dist.files or []:
            rel = file.as_posix()
            if rel.startswith("../") or "__pycache__/" in rel or rel.endswith(".pyc"):
                continue  # console scripts (pip makes them from entry_points.txt) and bytecode
            if rel.startswith(info.name + "/") and rel.split("/", 1)[1] in _INSTALLER_FILES:
                continue
            data = (site / rel).read_bytes()
            zf.writestr(rel, data)
            record.append(f"{rel},{_digest(data)},{len(data)}")
        record.append(f"{info.name}/RECORD,,")
        zf.writestr(f"{info.name}/RECORD", "\n".join(record) + "\n")
    return wheel


def build_wheelhouse(out: Path) -> Path:
    """Wheels of every dependency of lintkit, and of setuptools to build lintkit
    itself (the one virtualenv seeds environments with)."""
    out.mkdir(parents=True, exist_ok=True)
    for dist in _closure("lintkit"):
        wheel_from_installed(dist, out)
    import virtualenv

    embedded = Path(virtualenv.__file__).parent / "seed" / "wheels" / "embed"
    for wheel in glob.glob(str(embedded / "setuptools-*.whl")):
        shutil.copy(wheel, out)
    return out


def offline_pip(wheelhouse: Path) -> dict[str, str]:
    """The environment variables that make pip install from the wheelhouse
    alone, quickly: no index; lintkit built with the setuptools virtualenv
    seeds the environment with (no isolated build environment to install
    first); no bytecode compiled ahead (the hook compiles what it imports).
    pip reads `PIP_NO_<OPTION>=0` as the option `--no-<option>` given."""
    env = {
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheelhouse),
        "PIP_NO_COMPILE": "0",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    if sys.version_info < (3, 12):  # virtualenv seeds setuptools only up to 3.11; later, the wheelhouse's
        env["PIP_NO_BUILD_ISOLATION"] = "0"
    return env


if __name__ == "__main__":  # pragma: no cover
    print(build_wheelhouse(Path(sys.argv[1] if len(sys.argv) > 1 else os.getcwd())))
