"""Peak resident memory of each process of a command: the main one and its workers.

    .venv/bin/python benchmarks/process_memory.py -- .venv/bin/lintkit check --format json --jobs 2 content

Runs the command (its output thrown away), reads VmRSS from /proc for it and
every process below it every 0.1 s, and prints the wall time, the exit
status, the main process's peak and the others' peaks, largest first (for a
cold lintkit run with `--jobs 2`: the stage B workers, then the stage A
workers). `/usr/bin/time -v` gives one peak for the whole run; docs/benchmarks.md
quotes these per process. Linux only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return found


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> int:
    command = sys.argv[1:]
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    start = time.time()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        todo, seen = [proc.pid], []
        while todo:
            pid = todo.pop()
            seen.append(pid)
            todo += _children(pid)
        for pid in seen:
            kb = _rss_kb(pid)
            if kb is not None:
                peaks[pid] = max(peaks.get(pid, 0), kb)
        time.sleep(0.1)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    others = sorted((kb // 1024 for pid, kb in peaks.items() if pid != proc.pid), reverse=True)
    print(f"wall {time.time() - start:.1f} s, exit {proc.returncode}")
    print(f"main {peaks.get(proc.pid, 0) // 1024} MB; others (MB): {others[:8]}")
    if stderr.strip():
        print(stderr.strip()[-500:], file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
