"""A process killed (SIGKILL) in the middle of a large import leaves a healthy file.

The child runs the real importer on a large file. Its ``cancel`` callback, which
SQLite's progress handler calls while the import's SQL runs, tells the parent
(one line on stdout) once the transaction is in the middle of writing: the
rollback journal exists and pages have been spilled into the office file itself
(a tiny page cache makes that happen early). The child then waits, and the
parent kills it with SIGKILL. Afterwards the file must open, pass
``PRAGMA integrity_check`` and hold none of that import; importing again then
gives all of it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from officeplanner.imports import import_file
from officeplanner.store import OfficeFile
from tests.core.import_support import bookings_csv, fill_office

ROWS = 40_000

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import officeplanner.imports.importer as importer
    from officeplanner.imports import import_file
    from officeplanner.store import OfficeFile

    office, source = Path(sys.argv[1]), Path(sys.argv[2])
    journal = office.with_name(office.name + "-journal")
    size_before = office.stat().st_size
    importer._CACHE_KIB = 64  # spill dirty pages into the file early

    def cancel() -> bool:
        if journal.exists() and office.stat().st_size > size_before:
            print("mid-transaction", flush=True)
            sys.stdin.read()  # wait to be killed
        return False

    with OfficeFile.open(office) as doc:
        import_file(doc, source, cancel=cancel)
    print("committed", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_none_of_it(tmp_path: Path) -> None:
    office = tmp_path / "office.officeplan"
    with OfficeFile.create(office) as doc:
        fill_office(doc)
        before = doc.counts()
    source = bookings_csv(tmp_path / "big.csv", ROWS)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(office), str(source)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        try:
            assert child.stdout.readline() == "mid-transaction\n"
            assert office.with_name(office.name + "-journal").exists()
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=60) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
            child.stdin.close()
    # the killed process left its hot journal behind: SQLite rolls it back on open
    assert office.with_name(office.name + "-journal").exists()
    with OfficeFile.open(office) as doc:
        assert doc.integrity_problems() == []
        assert doc.counts() == before
        assert doc.scalar("SELECT count(*) FROM imports") == 0
        result = import_file(doc, source)
        assert result.rows_written == ROWS
        assert doc.counts()["bookings"] == ROWS
        assert doc.integrity_problems() == []
