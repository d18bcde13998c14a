"""Two programs opening one office file at the same moment: exactly one may write.

Found by review: reading the lock record and writing it were separate steps, with one
temporary name for every process, so two instances starting together could both
become writers, or one failed with FileNotFoundError (and kept a lock record naming
itself until it exited).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from officeplanner.store import OfficeFile
from officeplanner.store.holder import lock_path

_CLAIMER = r"""
import sys, time
from officeplanner.store import FileInUseError, OfficeFile
start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    doc = OfficeFile.open(sys.argv[1])
except FileInUseError:
    print("reader", flush=True)
else:
    print("writer", flush=True)
    sys.stdin.readline()  # hold the file until the test has counted
    doc.close()
"""


@pytest.mark.parametrize("stale", [False, True], ids=["no-record", "stale-record"])
def test_only_one_of_several_simultaneous_openers_writes(tmp_path: Path, stale: bool) -> None:
    path = tmp_path / "office.officeplan"
    OfficeFile.create(path).close()
    root = Path(__file__).resolve().parents[2]
    for _ in range(3):
        if stale:  # left by a program that crashed on this machine (no such process)
            import json
            import socket

            record = {"user": "x", "host": socket.gethostname(), "pid": 2**22 + 17,
                      "since": "2020-01-01T00:00:00+00:00"}  # fmt: skip
            lock_path(path).write_text(json.dumps(record), encoding="utf-8")
        start = time.time() + 1.0
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _CLAIMER, str(path), str(start)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=root,
            )
            for _ in range(3)
        ]
        assert all(p.stdout is not None for p in procs)
        roles = [p.stdout.readline().strip() for p in procs if p.stdout is not None]
        for p in procs:
            _, err = p.communicate("\n", timeout=60)
            assert p.returncode == 0, err
        assert sorted(roles) == ["reader", "reader", "writer"]
        assert not lock_path(path).exists()  # the writer removed its record on close
        assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".tmp", ".old")]
