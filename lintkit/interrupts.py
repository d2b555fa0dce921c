"""Ctrl-C and SIGTERM: a run stopped either way ends the same way, quietly.

The entry point (`lintkit.__main__.main`) calls `quiet_until_ready` before it
imports anything else, so that a signal while lintkit is still importing ends
the process at once, with no traceback (nothing is written yet); once the
command line is ready, `stop_by_exception` makes both signals raise `Stopped`,
a KeyboardInterrupt, so that every `finally` runs: a half-written report is
removed, worker pools and cache transactions end. The exit code is 128 plus
the signal's number (130 for Ctrl-C, 143 for SIGTERM), as a shell reports it.
Imports only the standard library: it runs before the rest of lintkit.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(KeyboardInterrupt):
    """The run was stopped by a signal (SIGINT or SIGTERM)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_code(exc: BaseException) -> int:
    """The shell's code for a run stopped by `exc`: 128 + the signal's number."""
    return 128 + (exc.signum if isinstance(exc, Stopped) else signal.SIGINT)


def _exit_now(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"lintkit: interrupted\n")
    os._exit(128 + signum)


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


def _install(handler: signal.Handlers | object) -> None:
    for signum in SIGNALS:
        # A signal the caller chose to ignore (nohup, a background job) stays ignored.
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, handler)  # type: ignore[arg-type]


def quiet_until_ready() -> None:
    """While lintkit imports: a signal ends the process at once, without a traceback."""
    _install(_exit_now)


def stop_by_exception() -> None:
    """From now on: a signal raises Stopped where the run is, and it unwinds."""
    _install(_raise)


def default_in_worker() -> None:
    """In a worker process: SIGINT ignored (the main process handles Ctrl-C and
    stops the pool) and SIGTERM, which the pool uses to stop it, as by default."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
