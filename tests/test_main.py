"""The entry point ends the process itself (lintkit.__main__.leave): the status,
the exit functions and the flushed streams must be what Python's own exit gives."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import SEEDS


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [
        ("None", 0, ""),
        ("0", 0, ""),
        ("1", 1, ""),
        ("2", 2, ""),
        ("'lintkit: no such file'", 1, "lintkit: no such file\n"),
    ],
)
def test_leave_ends_with_the_status_systemexit_would_give(code: str, status: int, stderr: str) -> None:
    done = _python(
        "import atexit, sys\n"
        "from lintkit.__main__ import leave\n"
        "atexit.register(lambda: print('exit function ran', file=sys.stderr))\n"
        "print('buffered', end='')\n"  # still in the buffer: leave flushes it
        f"leave({code})\n"
    )
    assert done.returncode == status
    assert done.stdout == "buffered"
    assert done.stderr == stderr + "exit function ran\n"


def test_leave_with_standard_output_gone_is_status_120_as_in_python() -> None:
    # A pipe whose reader has gone: the flush fails; Python's own exit then gives 120, and so does leave.
    done = _python(
        "import os, sys\n"
        "from lintkit.__main__ import leave\n"
        "r, w = os.pipe(); os.close(r)\n"
        "sys.stdout = os.fdopen(w, 'w', buffering=4096)\n"
        "print('lost')\n"
        "leave(0)\n"
    )
    assert done.returncode == 120


def test_a_report_cut_short_by_its_reader_ends_quietly() -> None:
    # `lintkit check ... | head -1`: the first line read, then the reader goes away.
    with subprocess.Popen(
        [sys.executable, "-m", "lintkit", "check", "--select", "ALL", "--no-cache", *map(str, sorted(SEEDS.iterdir()))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as run:
        assert run.stdout is not None and run.stderr is not None
        first = run.stdout.readline()
        run.stdout.close()
        errors = run.stderr.read()
        status = run.wait(timeout=60)
    assert first.strip()
    assert status in (0, 1), errors  # 1: the findings (or the report cut short), never a crash
    assert b"Traceback" not in errors and b"Exception ignored" not in errors, errors
