"""An Excel workbook's first sheet as rows of cell texts: what Dynamics 365's "Export to Excel" gives for the mailbox
alerts, read with the standard library (a workbook is a zip of XML parts).

Cells are read as Excel shows them where it matters here: shared and inline strings as written, numbers in a
date's format as an ISO date and time, other numbers as written.  Bounded: a part larger than MAX_PART_BYTES once
unpacked (a zip bomb) is refused, and XML is read without entities from outside (ElementTree resolves none).
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from datetime import datetime, timedelta
from typing import Iterator
from xml.etree import ElementTree

from .errors import InputError

MAX_PART_BYTES = 256 * 1024 * 1024
MAX_COLUMNS = 16_384  # Excel's last column, XFD
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: Excel's own number formats that show a date or a time (ids 14 to 22, 45 to 47).
_DATE_FORMAT_IDS = frozenset(range(14, 23)) | {45, 46, 47}
# A custom format shows a date if it has a day, month, year or hour code outside quotes and brackets ("[Red]").
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_DATE_CODES = re.compile(r"[dmyhs]", re.IGNORECASE)
_EXCEL_EPOCH = datetime(1899, 12, 30)  # day 0 of the 1900 date system, as Excel counts (its 1900-02-29 included)
_MAC_EPOCH = datetime(1904, 1, 1)  # day 0 of the 1904 date system, a workbook's choice (workbookPr date1904)
_COLUMN = re.compile(r"[A-Z]+")


def workbook_rows(data: bytes) -> Iterator[list[str]]:
    """The first sheet's rows, one by one, each a list of its cells' texts ("" for an empty cell)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            workbook = ElementTree.fromstring(_part(book, "xl/workbook.xml"))
            strings = _shared_strings(book)
            dates = _Dates(_date_styles(book), _epoch(workbook))
            yield from _rows(_part(book, _first_sheet(book, workbook)), strings, dates)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,  # (damaged, encrypted parts)
            ElementTree.ParseError, KeyError, ValueError, IndexError) as exc:
        raise InputError(f"cannot read the Excel workbook ({type(exc).__name__}: {exc}); save it as CSV") from None


def _part(book: zipfile.ZipFile, name: str) -> bytes:
    info = book.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise InputError(f"the Excel workbook's part {name} is larger than {MAX_PART_BYTES // 2**20} MB once unpacked")
    with book.open(info) as part:
        data = part.read(MAX_PART_BYTES + 1)  # (the size a zip states may lie)
    if len(data) > MAX_PART_BYTES:
        raise InputError(f"the Excel workbook's part {name} is larger than {MAX_PART_BYTES // 2**20} MB once unpacked")
    return data


def _epoch(workbook: ElementTree.Element) -> datetime:
    properties = workbook.find(f"{_NS}workbookPr")
    flag = properties.get("date1904", "") if properties is not None else ""
    return _MAC_EPOCH if flag.lower() in ("1", "true") else _EXCEL_EPOCH


def _first_sheet(book: zipfile.ZipFile, workbook: ElementTree.Element) -> str:
    """The part of the workbook's first sheet, as the workbook lists its sheets."""
    first = workbook.find(f"{_NS}sheets/{_NS}sheet")
    if first is None:
        raise InputError("the Excel workbook has no sheet")
    relation = first.get(f"{_REL_NS}id")
    relations = ElementTree.fromstring(_part(book, "xl/_rels/workbook.xml.rels"))
    for link in relations.iter(f"{_PACKAGE_REL_NS}Relationship"):
        if link.get("Id") == relation:
            target = link.get("Target", "").lstrip("/")
            return target if target.startswith("xl/") else "xl/" + target
    raise InputError("the Excel workbook's first sheet is missing")


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    table = ElementTree.fromstring(_part(book, "xl/sharedStrings.xml"))
    return [_text(item) for item in table.iter(f"{_NS}si")]


def _text(item: ElementTree.Element) -> str:
    """A string item's text: its own, or its rich-text runs' joined (not the phonetic guides beside them)."""
    runs = [run.findtext(f"{_NS}t") or "" for run in item.findall(f"{_NS}r")]
    return (item.findtext(f"{_NS}t") or "") + "".join(runs)


def _date_styles(book: zipfile.ZipFile) -> frozenset[int]:
    """The cell styles (their index) whose number format shows a date or a time."""
    if "xl/styles.xml" not in book.namelist():
        return frozenset()
    styles = ElementTree.fromstring(_part(book, "xl/styles.xml"))
    custom = {int(fmt.get("numFmtId", -1)): fmt.get("formatCode", "") for fmt in styles.iter(f"{_NS}numFmt")}
    dated = {number for number, code in custom.items() if _DATE_CODES.search(_FORMAT_NOISE.sub("", code))}
    cell_formats = styles.find(f"{_NS}cellXfs")
    if cell_formats is None:
        return frozenset()
    return frozenset(index for index, style in enumerate(cell_formats.findall(f"{_NS}xf"))
                     if int(style.get("numFmtId", 0)) in _DATE_FORMAT_IDS | dated)


class _Dates:
    """Which cell styles show a date, and the day the workbook counts dates from."""

    def __init__(self, styles: frozenset[int], epoch: datetime) -> None:
        self.styles, self.epoch = styles, epoch

    def text(self, serial: str) -> str:
        """A date's serial number (days since the epoch, the time as a fraction) as ISO; as written if out of range."""
        try:
            moment = self.epoch + timedelta(seconds=round(float(serial) * 86_400))
        except (ValueError, OverflowError):
            return serial
        return moment.isoformat(sep=" ") if moment.year > 1900 else serial


def _rows(sheet: bytes, strings: list[str], dates: _Dates) -> Iterator[list[str]]:
    for _, row in ElementTree.iterparse(io.BytesIO(sheet)):
        if row.tag != f"{_NS}row":
            continue
        cells: list[str] = []
        for cell in row.iter(f"{_NS}c"):
            position = _COLUMN.match(cell.get("r", ""))
            column = _column_index(position.group()) if position else len(cells)
            if column > MAX_COLUMNS:
                raise InputError(f"the Excel workbook has a cell past column {MAX_COLUMNS}")
            cells.extend([""] * (column - len(cells)))
            cells.append(_cell_text(cell, strings, dates))
        row.clear()  # (a sheet's rows are read one by one)
        yield cells


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _cell_text(cell: ElementTree.Element, strings: list[str], dates: _Dates) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_NS}is")
        return _text(inline) if inline is not None else ""
    value = cell.findtext(f"{_NS}v") or ""
    if kind == "s":
        return strings[int(value)] if value else ""
    if kind == "n" and value and int(cell.get("s", 0)) in dates.styles:
        return dates.text(value)
    return value
