"""Reading a source file: encoding and delimiter sniffing, and streamed rows of CSV or XLSX.

Nothing here holds more than a fixed-size buffer of the file: CSV rows come from
``csv.reader`` over a text stream and XLSX rows from openpyxl's read-only mode,
so a 200 MB export costs the same memory as a 2 kB one.

Encodings: what facility managers actually have is UTF-8 (with or without the
byte-order mark Excel writes) and Windows-1252 (Excel "CSV" on a Norwegian
Windows, with semicolons). The whole file is checked before anything is read as
rows — a fast streaming pass — so a file that is UTF-8 at the top and cp1252 in
row 900,000 is still recognised, and a file that is neither is refused with the
line and byte offset of the first byte that no candidate can read.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from officeplanner.imports.problems import file_problem

#: Delimiters tried, in order of preference when two fit equally well.
DELIMITERS: Final = (",", ";", "\t", "|")
_CHUNK: Final = 256 * 1024
_SAMPLE: Final = 64 * 1024
#: Bytes that Windows-1252 leaves undefined: a file holding one is not cp1252.
_CP1252_UNDEFINED: Final = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_XLSX_MAGIC: Final = b"PK\x03\x04"


@dataclass(frozen=True)
class SourceFormat:
    """How to read a file: ``csv`` with an encoding and delimiter, or ``xlsx``."""

    format: str
    encoding: str = ""
    delimiter: str = ""

    @property
    def is_spreadsheet(self) -> bool:
        return self.format == "xlsx"


def is_spreadsheet(path: Path) -> bool:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(4) == _XLSX_MAGIC
    except OSError:
        return False


def _line_of(path: Path, offset: int) -> int:
    """The 1-based line holding byte ``offset`` (counted in a streaming pass)."""
    line = 1
    done = 0
    with path.open("rb") as fh:
        while done < offset:
            chunk = fh.read(min(_CHUNK, offset - done))
            if not chunk:
                break
            line += chunk.count(b"\n")
            done += len(chunk)
    return line


def _first_bad_utf8(path: Path) -> int | None:
    """Byte offset of the first byte that is not UTF-8, or None when the file is UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # The decoder may hold up to 3 bytes of an unfinished character from
                # the previous chunk; exc.start counts from those held bytes.
                held = len(exc.object) - len(chunk)
                return offset + exc.start - held
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return max(0, offset - 3)
    return None


def _first_cp1252_undefined(path: Path) -> tuple[int, int] | None:
    """(offset, byte) of the first byte undefined in Windows-1252, or None."""
    offset = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            found = _CP1252_UNDEFINED.search(chunk)
            if found:
                return offset + found.start(), chunk[found.start()]
            offset += len(chunk)
    return None


def detect_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-16``, ``utf-8`` or ``cp1252``; ImportFailed when it is none.

    The check reads the whole file in 256 KiB chunks (fast: the decoders are C) so the
    answer holds for every row, not just the first screenful.
    """
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        bad = _first_bad_utf8(path)
        if bad is not None:
            raise _not_text(path, bad, "starts with a UTF-8 mark but is not UTF-8")
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _first_bad_utf8(path) is None:
        return "utf-8"
    undefined = _first_cp1252_undefined(path)
    if undefined is None:
        return "cp1252"
    offset, byte = undefined
    raise _not_text(
        path,
        offset,
        f"is neither UTF-8 nor Windows-1252 text: byte 0x{byte:02X} at byte offset "
        f"{offset:,} cannot be read in either; save the file as UTF-8 (CSV UTF-8 in Excel) "
        "and import it again",
    )


def _not_text(path: Path, offset: int, reason: str) -> Exception:
    return file_problem(path, f"the file {reason}", line=_line_of(path, offset))


def check_encoding(path: Path, encoding: str) -> None:
    """Raise ImportFailed (naming the line) when ``path`` cannot be read as ``encoding``.

    Any codec error counts as "cannot be read", not only UnicodeDecodeError: UTF-16
    without a byte-order mark raises a plain UnicodeError, and Python's bytes-to-bytes
    codecs (hex, base64, zlib, …) are refused up front, as they are not text.
    """
    try:
        info = codecs.lookup(encoding)
        decoder = codecs.getincrementaldecoder(encoding)()
    except (LookupError, ValueError):
        raise file_problem(path, f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise file_problem(path, f"{encoding!r} is not a text encoding")
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        bad = _first_bad_utf8(path)
        if bad is not None:
            raise _not_text(path, bad, f"is not {encoding} text (byte offset {bad:,})")
        return
    offset = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                at = offset + max(0, exc.start - (len(exc.object) - len(chunk)))
                raise _not_text(path, at, f"is not {encoding} text (byte offset {at:,})") from None
            except Exception as exc:  # codecs raise what they like
                raise _not_text(path, offset, f"is not {encoding} text ({exc})") from None
            offset += len(chunk)


def _sample_text(path: Path, encoding: str) -> str:
    """The first few KiB as text, cut at the last complete line."""
    with path.open("rb") as fh:
        raw = fh.read(_SAMPLE)
    text = raw.decode(encoding, errors="replace")
    if len(raw) == _SAMPLE and "\n" in text:
        text = text[: text.rindex("\n")]
    return text.lstrip("\ufeff")


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the header into the most columns, consistently.

    Each candidate parses the sample; it scores by how many rows have the header's
    width, then by that width. A single-column file reads as comma-separated.
    """
    lines = sample.splitlines()[:50]
    best = (0.0, 1, ",")
    for delimiter in DELIMITERS:
        rows = [r for r in csv.reader(lines, delimiter=delimiter) if r]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(len(r) == width for r in rows) / len(rows)
        if (consistent, width) > best[:2]:
            best = (consistent, width, delimiter)
    return best[2]


def excel_separator_hint(sample: str) -> str | None:
    """The delimiter named by a first line ``sep=;``, which Excel writes (and obeys) so
    that a CSV opens right whatever the reader's list separator; None when absent."""
    first = sample.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if len(first) == 5 and first.startswith("sep=") and first[4] not in '"':
        return first[4]
    return None


def detect_format(
    path: Path, *, encoding: str | None = None, delimiter: str | None = None
) -> SourceFormat:
    """How to read ``path``: given overrides win, the rest is sniffed."""
    if is_spreadsheet(path):
        return SourceFormat("xlsx")
    if encoding:
        check_encoding(path, encoding)
    else:
        encoding = detect_encoding(path)
    if not delimiter:
        sample = _sample_text(path, encoding)
        delimiter = excel_separator_hint(sample) or detect_delimiter(sample)
    elif len(delimiter) != 1 or delimiter in '\r\n"':
        raise file_problem(
            path,
            f"the delimiter must be one character, not a quote or a line break (got {delimiter!r})",
        )
    return SourceFormat("csv", encoding, delimiter)


class RowStream:
    """The rows of a source file as lists of strings, each with its line number.

    Use as a context manager. ``headers`` is the first non-empty row; iterating
    yields ``(line, cells)`` for the rows under it, blank rows skipped.
    ``fraction_read()`` tells how far through the file the stream is, for progress.
    """

    def __init__(self, path: Path, fmt: SourceFormat) -> None:
        self.path = path
        self.format = fmt
        self.headers: list[str] = []
        self.header_line = 0
        self._close: list[object] = []
        self._rows: Iterator[tuple[int, list[str]]] = iter(())
        self._binary: io.BufferedReader | None = None
        self._size = 1
        self._xlsx_rows = 1
        self._xlsx_done = 0

    def __enter__(self) -> RowStream:
        try:
            if self.format.is_spreadsheet:
                self._rows = self._open_xlsx()
            else:
                self._rows = self._open_csv()
            for line, cells in self._rows:
                if self._is_separator_hint(line, cells):
                    continue
                if any(c.strip() for c in cells):
                    self.headers = [c.strip().lstrip("\ufeff") for c in cells]
                    self.header_line = line
                    break
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _is_separator_hint(self, line: int, cells: list[str]) -> bool:
        """Excel's ``sep=;`` first line: not the header, just how to split the rest."""
        if line != 1 or self.format.is_spreadsheet:
            return False
        text = self.format.delimiter.join(cells).strip().lstrip("\ufeff")
        return text == f"sep={self.format.delimiter}"

    def close(self) -> None:
        for thing in self._close:
            close = getattr(thing, "close", None)
            if close is not None:
                close()
        self._close.clear()

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        for line, cells in self._rows:
            if cells and any(cells):
                yield line, cells

    def fraction_read(self) -> float:
        if self._binary is not None:
            return min(1.0, self._binary.tell() / self._size)
        return min(1.0, self._xlsx_done / self._xlsx_rows)

    # -- CSV ---------------------------------------------------------------------------

    def _open_csv(self) -> Iterator[tuple[int, list[str]]]:
        binary = self.path.open("rb")
        self._close.append(binary)
        self._binary = binary
        self._size = max(1, self.path.stat().st_size)
        text = io.TextIOWrapper(binary, encoding=self.format.encoding, newline="")
        self._close.insert(0, text)
        return self._csv_rows(text)

    def _csv_rows(self, text: io.TextIOWrapper) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(text, delimiter=self.format.delimiter, strict=False)
        previous = 0
        try:
            for cells in reader:
                yield previous + 1, cells
                previous = reader.line_num
        except csv.Error as exc:
            raise file_problem(
                self.path, f"cannot be read as CSV ({exc})", line=previous + 1
            ) from None
        except UnicodeDecodeError:  # checked up front; only if the file changed since
            raise file_problem(
                self.path, f"is not {self.format.encoding} text", line=previous + 1
            ) from None

    # -- XLSX --------------------------------------------------------------------------

    def _open_xlsx(self) -> Iterator[tuple[int, list[str]]]:
        import openpyxl  # imported here: a CSV-only import should not pay for it

        try:
            book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
            raise file_problem(self.path, f"cannot be read as an Excel workbook ({exc})") from None
        self._close.append(book)
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise file_problem(self.path, "the workbook has no worksheet")
        self._xlsx_rows = max(1, int(sheet.max_row or 1))
        # Read every row there is, not the size the sheet declares: some exporters
        # write a dimension smaller than the data, and the rows past it were dropped.
        sheet.reset_dimensions()
        return self._xlsx_row_iter(sheet)

    def _xlsx_row_iter(self, sheet: object) -> Iterator[tuple[int, list[str]]]:
        """The rows as text; the sheet's XML is parsed as it is read, so a damaged
        workbook can fail here, at any row, with whatever openpyxl, XML or zip raise."""
        rows = iter(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
        line = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # a damaged workbook raises many kinds
                raise file_problem(
                    self.path, f"cannot be read as an Excel workbook ({exc})", line=line + 1
                ) from None
            line += 1
            self._xlsx_done = line
            yield line, [cell_text(v) for v in values]


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
