"""Benchmark of the CSV import of bookings into a new office file, beside plain executemany.

Run: ``.venv/bin/python benchmarks/bench_import.py [--sizes 1000x104 5000x104] [--runs 3]
[--floor-order file|key] [--profile] [--json]``

For each size (people x weeks) a demo office (``create_demo_file``, seed 1) is
generated once into ``benchmarks/out/import/`` and its desks, people and bookings
are exported there to CSV (``export_csv``); later runs reuse them. Every
measurement then runs in a fresh Python process, so that its peak RSS
(Linux's ``VmHWM``; ``ru_maxrss`` elsewhere) is its own:

* **baseline** — a process that only imported the packages the other two use;
* **import** — a new office file is created, the desks and people CSVs are
  imported (not timed), then ``import_file(doc, bookings.csv, DataKind.BOOKINGS)``
  is timed: reading, converting, staging, the whole-file checks, the upsert
  into ``bookings`` and the commit;
* **floor** — the same new file with the same desks and people, then the same
  booking rows, already resolved to desk and person ids and held in a list in
  memory before the clock starts, go into the real ``bookings`` table (with its
  three indexes and foreign keys on) by one ``executemany`` in one transaction,
  commit included. No importer can be faster than this.

Import and floor runs alternate (ABAB…, then BA on odd runs), ``--runs`` times per
size, and medians are reported. After the first pair of runs of each size the
bookings the two wrote are compared (by names, not ids) with each other and with
the demo office's, and the script stops if they differ.

``--profile`` additionally runs one import of the largest size under cProfile and
prints the functions that take the most time.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from officeplanner.domain import DataKind
from officeplanner.imports import ImportOptions, import_file
from officeplanner.imports.importer import _CACHE_KIB
from officeplanner.imports.lookups import clean_name
from officeplanner.store import OfficeFile
from officeplanner.store.entities import name_to_id
from officeplanner.store.holder import lock_path

OUT = Path(__file__).resolve().parent / "out" / "import"
KINDS = (DataKind.DESKS, DataKind.PEOPLE, DataKind.BOOKINGS)
#: What the importer writes per booking (officeplanner/store/schema.py, table bookings).
INSERT_BOOKINGS = (
    "INSERT INTO bookings(date, desk_id, person_id, status, start_time, end_time, "
    "checked_in_at, source, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
#: The bookings by names, in one order, for the check that both wrote the same rows.
_CONTENT_SQL = (
    "SELECT b.date, d.name, p.name, b.status, b.start_time, b.end_time, b.checked_in_at "
    "FROM bookings b JOIN desks d ON d.id = b.desk_id JOIN people p ON p.id = b.person_id "
    "ORDER BY d.name, b.date, p.name, b.start_time"
)


# -- the data ----------------------------------------------------------------------------


def demo_files(people: int, weeks: int) -> tuple[Path, dict[DataKind, Path]]:
    """The demo office of this size and its CSVs, made once into OUT."""
    from officeplanner.demo.files import create_demo_file
    from officeplanner.exports import export_csv

    OUT.mkdir(parents=True, exist_ok=True)
    stem = f"demo-{people}x{weeks}"
    demo = OUT / f"{stem}.officeplan"
    if not demo.exists():
        print(f"generating the demo office {demo.name} (once) …", flush=True)
        create_demo_file(demo, people=people, weeks=weeks, seed=1)
    csvs = {kind: OUT / f"{stem}-{kind.value}.csv" for kind in KINDS}
    missing = [kind for kind, path in csvs.items() if not path.exists()]
    if missing:
        with OfficeFile.open(demo, read_only=True) as doc:
            for kind in missing:
                print(f"exporting {csvs[kind].name} (once) …", flush=True)
                export_csv(doc, kind, csvs[kind])
    return demo, csvs


def content_digest(doc: OfficeFile) -> str:
    """SHA-256 of every booking by names: equal digests = the same bookings."""
    digest = hashlib.sha256()
    cursor = doc.conn.execute(_CONTENT_SQL)
    while rows := cursor.fetchmany(10_000):
        digest.update(repr(rows).encode())
    return digest.hexdigest()


# -- the child processes -------------------------------------------------------------------


def _rss_mib() -> float:
    """Current resident set size (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_mib() -> float:
    """This process's peak resident set size.

    Linux's ``VmHWM`` belongs to the process image, so it starts afresh at ``exec``;
    ``ru_maxrss`` does not (a child would report the parent's peak if that was
    higher, which made every child here read the parent's 355 MiB), so it is only the
    fallback for other systems.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS


def _remove(target: Path) -> None:
    """An office file a run made, and its lock file (a killed run may leave both)."""
    target.unlink(missing_ok=True)
    lock_path(target).unlink(missing_ok=True)


def _fresh_target(work: Path, what: str) -> Path:
    target = work / f"{what}-{os.getpid()}.officeplan"
    _remove(target)
    return target


def _with_desks_and_people(target: Path, csvs: dict[DataKind, Path]) -> OfficeFile:
    doc = OfficeFile.create(target)
    for kind in (DataKind.DESKS, DataKind.PEOPLE):
        import_file(doc, csvs[kind], kind, options=ImportOptions(create_missing=True))
    return doc


def child_baseline() -> dict[str, Any]:
    return {"peak_mib": _peak_mib(), "rss_mib": _rss_mib()}


def child_import(csvs: dict[DataKind, Path], verify: bool, profile: bool) -> dict[str, Any]:
    target = _fresh_target(OUT, "import-target")
    try:
        doc = _with_desks_and_people(target, csvs)
        before = _rss_mib()
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started = time.perf_counter()
        result = import_file(doc, csvs[DataKind.BOOKINGS], DataKind.BOOKINGS)
        seconds = time.perf_counter() - started
        if profiler is not None:
            profiler.disable()
        out = {
            "seconds": seconds,
            "rows": result.rows_written,
            "rows_read": result.rows_read,
            "rss_before_mib": before,
            "peak_mib": _peak_mib(),
        }
        if profiler is not None:
            import io
            import pstats

            text = io.StringIO()
            stats = pstats.Stats(profiler, stream=text)
            stats.sort_stats("tottime").print_stats(22)
            stats.sort_stats("cumulative").print_stats(28)
            out["profile"] = text.getvalue()
        if verify:
            out["digest"] = content_digest(doc)
        doc.close()
        return out
    finally:
        _remove(target)


def floor_rows(doc: OfficeFile, path: Path, import_id: int, order: str) -> list[tuple[Any, ...]]:
    """The bookings CSV's rows as the importer writes them: names resolved to ids."""
    desks = name_to_id(doc.conn, "desks")
    people = name_to_id(doc.conn, "people")

    def lookup(ids: dict[str, int], cell: str) -> int:
        found = ids.get(cell)
        return found if found is not None else ids[clean_name(cell)]

    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        i = {name: header.index(name) for name in header}
        i_date, i_desk, i_person, i_status = i["date"], i["desk"], i["person"], i["status"]
        i_start, i_end, i_checked = i["start"], i["end"], i["checked_in_at"]
        for cells in reader:
            rows.append(
                (
                    cells[i_date],
                    lookup(desks, cells[i_desk]),
                    lookup(people, cells[i_person]),
                    cells[i_status],
                    cells[i_start],
                    cells[i_end],
                    cells[i_checked],
                    "import",
                    import_id,
                )
            )
    if order == "key":  # the natural key's order, as the importer's final INSERT … SELECT
        rows.sort(key=lambda r: (r[1], r[0], r[2], r[4]))
    return rows


def child_floor(csvs: dict[DataKind, Path], verify: bool, order: str) -> dict[str, Any]:
    target = _fresh_target(OUT, "floor-target")
    try:
        doc = _with_desks_and_people(target, csvs)
        before = _rss_mib()
        import_id = 1 + int(doc.scalar("SELECT coalesce(max(id), 0) FROM imports"))
        rows = floor_rows(doc, csvs[DataKind.BOOKINGS], import_id, order)
        # The same page cache as the importer's connection gets while it runs.
        doc.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        started = time.perf_counter()
        with doc.write() as conn:
            conn.execute(
                "INSERT INTO imports(id, kind, source, imported_at, rows_written, rows_skipped) "
                "VALUES (?, 'bookings', 'floor', '', ?, 0)",
                (import_id, len(rows)),
            )
            conn.executemany(INSERT_BOOKINGS, rows)
        seconds = time.perf_counter() - started
        out = {
            "seconds": seconds,
            "rows": len(rows),
            "rss_before_mib": before,
            "peak_mib": _peak_mib(),
        }
        del rows
        if verify:
            out["digest"] = content_digest(doc)
        doc.close()
        return out
    finally:
        _remove(target)


def run_child(what: str, csvs: dict[DataKind, Path], *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", what, *extra]
    for kind in KINDS:
        cmd += [f"--{kind.value}", str(csvs[kind])]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the {what} child failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


# -- the parent ----------------------------------------------------------------------------


def _size(text: str) -> tuple[int, int]:
    people, _, weeks = text.partition("x")
    return int(people), int(weeks)


def bench_size(people: int, weeks: int, runs: int, order: str, verify: bool) -> dict[str, Any]:
    demo, csvs = demo_files(people, weeks)
    imports: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    floor_args = ["--floor-order", order]
    for run in range(runs):
        check = ["--verify"] if verify and run == 0 else []
        if run % 2 == 0:
            imports.append(run_child("import", csvs, *check))
            floors.append(run_child("floor", csvs, *check, *floor_args))
        else:
            floors.append(run_child("floor", csvs, *floor_args))
            imports.append(run_child("import", csvs))
        print(
            f"  {people}x{weeks} run {run + 1}/{runs}: import {imports[-1]['seconds']:.2f} s, "
            f"executemany {floors[-1]['seconds']:.2f} s",
            flush=True,
        )
        if check:
            with OfficeFile.open(demo, read_only=True) as doc:
                expected = content_digest(doc)
            if not imports[0]["digest"] == floors[0]["digest"] == expected:
                sys.exit(
                    f"{people}x{weeks}: the import, the executemany floor and the demo office "
                    "hold different bookings"
                )
    rows = imports[0]["rows"]
    if any(r["rows"] != rows for r in imports + floors):
        sys.exit(f"{people}x{weeks}: the runs wrote different numbers of rows")
    imp = statistics.median(r["seconds"] for r in imports)
    flo = statistics.median(r["seconds"] for r in floors)
    return {
        "size": f"{people}x{weeks}",
        "people": people,
        "weeks": weeks,
        "rows": rows,
        "csv_mib": round(csvs[DataKind.BOOKINGS].stat().st_size / 2**20, 1),
        "runs": runs,
        "import_s": round(imp, 2),
        "import_rows_per_s": round(rows / imp),
        "floor_s": round(flo, 2),
        "floor_rows_per_s": round(rows / flo),
        "import_vs_floor": round(flo / imp, 3),
        "import_peak_mib": round(statistics.median(r["peak_mib"] for r in imports), 1),
        "import_rss_before_mib": round(statistics.median(r["rss_before_mib"] for r in imports), 1),
        "floor_peak_mib": round(statistics.median(r["peak_mib"] for r in floors), 1),
        "import_seconds": [round(r["seconds"], 2) for r in imports],
        "floor_seconds": [round(r["seconds"], 2) for r in floors],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", nargs="+", default=["1000x104", "5000x104"], help="people x weeks"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per size (medians)")
    parser.add_argument(
        "--floor-order",
        choices=("file", "key"),
        default="file",
        help="order of the floor's rows: the CSV's (date) or the natural key's",
    )
    parser.add_argument("--no-verify", action="store_true", help="skip the content check")
    parser.add_argument("--profile", action="store_true", help="cProfile one large import")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--child", choices=("baseline", "import", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--verify", action="store_true", help=argparse.SUPPRESS)
    for kind in KINDS:
        parser.add_argument(f"--{kind.value}", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        csvs = {kind: getattr(args, kind.value) for kind in KINDS}
        if args.child == "baseline":
            out = child_baseline()
        elif args.child == "import":
            out = child_import(csvs, args.verify, args.profile)
        else:
            out = child_floor(csvs, args.verify, args.floor_order)
        print(json.dumps(out))
        return 0

    sizes = [_size(s) for s in args.sizes]
    for people, weeks in sizes:  # generate everything first, so timing runs back to back
        demo_files(people, weeks)
    load_start = os.getloadavg()
    any_csvs = demo_files(*sizes[0])[1]
    baseline = [run_child("baseline", any_csvs) for _ in range(3)]
    results: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
        "python": sys.version.split()[0],
        "floor_order": args.floor_order,
        "baseline_peak_mib": round(statistics.median(b["peak_mib"] for b in baseline), 1),
        "sizes": [
            bench_size(p, w, args.runs, args.floor_order, not args.no_verify) for p, w in sizes
        ],
    }
    if args.profile:
        largest = max(sizes, key=lambda s: s[0] * s[1])
        print(f"profiling one import of {largest[0]}x{largest[1]} …", flush=True)
        results["profile"] = run_child("import", demo_files(*largest)[1], "--profile")
    results["load_average"] = {"start": load_start, "end": os.getloadavg()}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print()
    print(
        f"Python {results['python']}, SQLite {results['sqlite']}, {results['cpus']} CPUs; "
        f"load average at start {load_start[0]:.2f}, at end {os.getloadavg()[0]:.2f}; "
        f"floor rows in {args.floor_order} order"
    )
    print(
        f"baseline (packages imported, nothing done): peak RSS {results['baseline_peak_mib']} MiB"
    )
    print()
    print(
        "| people × weeks | bookings | CSV MiB | import s | import rows/s | executemany s "
        "| executemany rows/s | import ÷ floor rate | import peak RSS MiB | floor peak RSS MiB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results["sizes"]:
        print(
            f"| {r['people']:,} × {r['weeks']} | {r['rows']:,} | {r['csv_mib']} "
            f"| {r['import_s']:.2f} | {r['import_rows_per_s']:,} | {r['floor_s']:.2f} "
            f"| {r['floor_rows_per_s']:,} | {r['import_vs_floor']:.2f} "
            f"| {r['import_peak_mib']} | {r['floor_peak_mib']} |"
        )
    print()
    for r in results["sizes"]:
        print(
            f"{r['size']}: import runs {r['import_seconds']} s, executemany runs "
            f"{r['floor_seconds']} s; import RSS before the bookings "
            f"{r['import_rss_before_mib']} MiB"
        )
    if args.profile:
        print()
        print(results["profile"]["profile"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
