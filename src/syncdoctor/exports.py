"""An export of many alerts read as rows: each row's message, date and mailbox, for triage.

An export is a stream: an Excel workbook (Dynamics 365's "Export to Excel", read through xlsx), CSV from Excel with or
without a byte-order mark, Excel's UTF-16 "Unicode text", JSON lines or one JSON document (a Web API answer, a
structured log), or plain text: blocks of lines, which records reads as the alerts they list.  The message column is
found by its name, else by its cells.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from itertools import islice
from typing import IO, TYPE_CHECKING, Iterable, Iterator

from .clean import MAX_READ_CHARS
from .dates import DateReader
from .errors import InputError
from .inputs import HEAD_BYTES, Prefixed, is_workbook, open_text

if TYPE_CHECKING:
    from .triage import TriageReport

MESSAGE_COLUMNS = ("text", "message", "alert", "alert text", "alerttext", "description", "error", "error message",
                   "errormessage", "details", "body")
#: What structured logs name the message and the time (Serilog's compact JSON writes "@m" and "@t"; Azure Monitor
#: "TimeGenerated"; PowerShell's Get-WinEvent "TimeCreated"; Go, pino and bunyan "msg" and "ts"/"time").
LOG_MESSAGE_KEYS = ("msg", "@m", "rendered message", "renderedmessage", "log")
DATE_COLUMNS = ("created on", "createdon", "created", "date", "timestamp", "time", "occurred on", "modified on",
                "logged on", "date created")
LOG_DATE_KEYS = ("@t", "@timestamp", "ts", "datetime", "timegenerated", "timecreated")
#: A row with a level (a JSON key, a table's column: Event Viewer's "Level") is a log's line, or a trace's, as
#: Dataverse's trace log keeps the product's alerts among its notes: a row that is no alert at all is one of its other
#: lines, not an alert no rule covers.  (The mailbox alerts view's "Alert Type" is no level: each of its rows is one.)
LOG_LEVEL_KEYS = ("level", "@l", "lvl", "loglevel", "log level", "log.level", "levelname", "severity", "severitytext",
                  "severitylevel")
MAILBOX_COLUMNS = ("regarding", "mailbox", "regarding (mailbox)", "mailbox name", "regardingobjectid",
                   "regarding object", "mailboxname")
MAX_HEADER_CHARS = 60  # longer than a column's name ("Regarding (Mailbox) (Mailbox)"), shorter than any alert
MAX_HEADER_WORDS = 5  # "Date Created (Local Time Zone)"
MAX_WORKBOOK_BYTES = 100 * 1024 * 1024
GUESS_ROWS = 50  # rows read to find the message column that no header names (see _wordiest)
GUESS_WORDS = 6  # words a message column's cells have on average, at least (an alert has 15 to 40)
GUESS_DATED_SHARE = 0.8
_NUMBER = re.compile(r"(?<![^\s(])[0-9]+(?:[.,:][0-9]+)*(?![^\s)])")  # a number of its own, as no column's name has
#: A cell may hold this many characters (Python's csv module stops at 131,072): an alert with a stack trace pasted
#: into it is still a row.  The classifier reads only the start of a long text.
MAX_CELL_CHARS = 64 * 1024 * 1024


@dataclass
class Row:
    message: str
    when: str | None = None
    mailbox: str | None = None
    lines: bool = False  # a block of plain text's lines, which may list several alerts (see records.alerts_listed)
    listed: bool = False  # such a block's record, or a block of lines: a log's line or lines, maybe no alert at all


def read_export(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror}") from None


def export_rows(stream: IO[bytes], column: str | None, report: TriageReport) -> Iterator[Row]:
    """An export's rows, whatever its kind: an Excel workbook (Dynamics 365's "Export to Excel"), else text (see
    read_rows)."""
    head = stream.read(HEAD_BYTES)  # (open_text reads as much again, through Prefixed: the same bytes in one read)
    if not is_workbook(head):
        yield from read_rows(open_text(Prefixed(head, stream)), column, report)
        return
    from .xlsx import workbook_rows  # (the zip and XML readers only for a workbook)

    data = head + stream.read(MAX_WORKBOOK_BYTES + 1)
    if len(data) > MAX_WORKBOOK_BYTES:
        raise InputError(f"the Excel workbook is larger than {MAX_WORKBOOK_BYTES // 2**20} MB; save it as CSV")
    yield from read_workbook_rows(workbook_rows(data), column, report)


def read_rows(text: IO[str], column: str | None, report: TriageReport) -> Iterator[Row]:
    first = _first_line(text)
    if first is None:
        return
    line, rest = first
    stripped = line.lstrip("\ufeff").strip()
    if stripped.startswith(("{", "[")):
        yield from _json_rows(line, rest, report, column)
        return
    delimiter = _delimiter(line)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    header = next(csv.reader([line], delimiter=delimiter))
    message_col = _find(header, (column,) if column else MESSAGE_COLUMNS)
    if message_col is not None and (column or _names_columns(header)):
        yield from _csv_rows(header, csv.reader(rest, delimiter=delimiter), message_col, report)
        return
    ahead = _lines_to_the_next_text(rest)
    if column is not None or _looks_like_header(header) and _tabular(ahead, delimiter):
        yield from _rows_by_their_cells(header, csv.reader(_chain(ahead, rest), delimiter=delimiter), column, report)
        return
    yield from _text_rows([line, *ahead], rest)


def read_workbook_rows(rows: Iterable[list[str]], column: str | None, report: TriageReport) -> Iterator[Row]:
    """An Excel sheet's rows (see xlsx): a table, its header the first row that is not empty."""
    cells = iter(rows)
    header = next((row for row in cells if any(cell.strip() for cell in row)), None)
    if header is None:
        return
    message_col = _find(header, (column,) if column else MESSAGE_COLUMNS)
    if message_col is not None:
        yield from _csv_rows(header, cells, message_col, report)
        return
    yield from _rows_by_their_cells(header, cells, column, report)


def _rows_by_their_cells(header: list[str], rows: Iterator[list[str]], column: str | None,
                         report: TriageReport) -> Iterator[Row]:
    """A table whose header names no message column: the wordiest column is the message (a header in another
    language, "Beschreibung", or a message with no name), unless ``column`` named one it lacks."""
    first_rows = list(islice(rows, GUESS_ROWS)) if column is None else []
    message_col = _wordiest(first_rows)
    if message_col is None:
        found = ", ".join(repr(h.strip()) for h in header)
        wanted = f"column '{column}'" if column else "message column (Text, Message, Alert, Description, ...)"
        raise InputError(f"no {wanted} among the columns found: {found}; name it with --column")
    yield from _csv_rows(header, _chain(first_rows, rows), message_col, report, _dated(first_rows))


def _lines_to_the_next_text(rest: IO[str]) -> list[str]:
    """The lines after the first, up to and with the next that is not blank (blank lines still part blocks)."""
    ahead = []
    for line in rest:
        ahead.append(line)
        if line.strip():
            break
    return ahead


def _tabular(ahead: list[str], delimiter: str) -> bool:
    """Whether the line after a header-like first line is a row of cells too: an alert wrapped after a comma
    ("Appointments, contacts, and tasks can't be synchronized" / "because the email address...") is no table."""
    return not ahead or not ahead[-1].strip() or len(next(csv.reader([ahead[-1]], delimiter=delimiter))) >= 2


def _first_line(text: IO[str]) -> tuple[str, IO[str]] | None:
    for line in text:
        if line.strip():
            return line, text
    return None


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _normal(name: str) -> str:
    return " ".join(name.lstrip("\ufeff").strip().strip('"').casefold().replace("_", " ").split())


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    wanted = [_normal(n) for n in names if n]
    normal = [_normal(h) for h in header]
    for name in wanted:
        if name in normal:
            return normal.index(name)
    return None


def _looks_like_header(header: list[str]) -> bool:
    """Whether a first line of cells names columns: short names ("Created On", "Regarding (Mailbox)", "Column1"), no
    sentence and no count ("mailbox box0 polled, 3 items received in 515 ms" is a log's line, not a header)."""
    return len(header) >= 2 and all(0 < len(h.strip()) <= 40 and not h.strip().endswith(".")
                                    and len(h.split()) <= MAX_HEADER_WORDS and not _NUMBER.search(h) for h in header)


def _names_columns(header: list[str]) -> bool:
    """Whether a first line that has a message column's name is a header: no cell is a sentence or as long as an alert
    ("Error<TAB>Email can't be received...<TAB>11/27/2026" is a row with no header, whose first cell says "Error")."""
    return all(len(h.strip()) <= MAX_HEADER_CHARS and not (h.strip().endswith((".", "!", "?")) and len(h.split()) >= 3)
               for h in header)  # ("No." names a column)


def _csv_rows(header: list[str], rows: Iterable[list[str]], message_col: int, report: TriageReport,
              date_col: int | None = None) -> Iterator[Row]:
    """A table's rows (its cells, after the header) as alerts, the message in ``message_col``; the date column by its
    name, else by its cells ("TimeGenerated [UTC]", "Erstellt am")."""
    date_col = _find(header, DATE_COLUMNS) if date_col is None else date_col
    if date_col is None:
        rows = iter(rows)
        first_rows = list(islice(rows, GUESS_ROWS))
        date_col = _dated(first_rows)
        rows = _chain(first_rows, rows)
    mailbox_col = _find(header, MAILBOX_COLUMNS)
    leveled = _find(header, LOG_LEVEL_KEYS) is not None
    report.columns = {"message": _name(header, message_col), "date": _name(header, date_col),
                      "mailbox": _name(header, mailbox_col)}
    for cells in rows:
        if not any(c.strip() for c in cells):
            continue
        yield Row(_cell(cells, message_col) or "", _cell(cells, date_col), _cell(cells, mailbox_col), listed=leveled)


def _wordiest(rows: list[list[str]]) -> int | None:
    """The column whose cells have the most words, if they are as wordy as a message is (GUESS_WORDS on average):
    the message, in a table whose header names it in another language or not at all (Event Viewer's)."""
    if not rows:
        return None
    width = max(len(cells) for cells in rows)
    words = [sum(len(cells[k].split()) for cells in rows if k < len(cells)) / len(rows) for k in range(width)]
    best = max(range(width), key=lambda k: words[k])
    return best if words[best] >= GUESS_WORDS else None


def _dated(rows: list[list[str]]) -> int | None:
    """The column whose cells are dates, in most rows: a table's date column in another language ("Erstellt am")."""
    reader = DateReader()
    width = max((len(cells) for cells in rows), default=0)
    dated = [sum(1 for cells in rows if k < len(cells) and reader.parse(cells[k])) for k in range(width)]
    best = max(range(width), key=lambda k: dated[k], default=None)
    return best if best is not None and dated[best] >= GUESS_DATED_SHARE * len(rows) else None


def _name(header: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return header[index].strip() if index < len(header) and header[index].strip() else f"column {index + 1}"


def _cell(cells: list[str], index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None  # a ragged row: the cell is missing, the row still counts
    return cells[index].strip() or None


def _json_rows(first: str, rest: IO[str], report: TriageReport, column: str | None = None) -> Iterator[Row]:
    """JSON lines, streamed; or, when the first line is no JSON of its own, one JSON document read whole: a Web API
    answer ({"value": [...]}) or a list of rows, as a flow or a script saves them.  Other text is read by line.
    ``column`` names the key of the message (else a known name's, else the longest text's: see _json_row)."""
    report.columns = {"message": column or "message", "date": None, "mailbox": None}
    if _parses(first):
        lines: Iterator[str] = _chain([first], rest)
    else:
        whole = first + rest.read()
        document = _document_rows(whole)
        if document is not None:
            yield from (_json_row(data, column) for data in document)
            return
        lines = iter(whole.splitlines())
    for line in lines:
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, RecursionError):  # (a JSON text nested too deep)
            yield Row(line.strip())  # not JSON: the line itself is the message
            continue
        yield from (_json_row(row, column) for row in _rows_of(data))


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _document_rows(text: str) -> list | None:
    """The rows of one JSON document (see _rows_of); None if the text is no JSON."""
    try:
        return _rows_of(json.loads(text))
    except (json.JSONDecodeError, RecursionError):
        return None


#: A text of a JSON row with this many words or more may hold an alert as well as its message does (a "details" beside
#: a short "message"); shorter ones are its date, level, ids and names.
WORDY_TEXT_WORDS = 4


def document_messages(text: str, other_texts: bool = True) -> list[str] | None:
    """The texts of a JSON document pasted whole (a log record, an API answer, a list of alerts), a row at a time: its
    message as triage reads it (see _json_row), then (unless not ``other_texts``) its other texts of WORDY_TEXT_WORDS
    words or more, which may hold the alert as well; a text in a list is its own.  None if the text is no JSON."""
    rows = _document_rows(text)
    return None if rows is None else _row_texts(rows, other_texts)


def _row_texts(rows: list, other_texts: bool = True) -> list[str]:
    """Each row's message, then its other texts of WORDY_TEXT_WORDS words or more (see document_messages)."""
    texts: list[str] = []
    for row in rows:
        if isinstance(row, str):
            texts.append(row)
        elif isinstance(row, dict):
            message = _json_row(row).message
            texts.append(message)
            texts.extend(value for _, value in _fields(row) if other_texts and isinstance(value, str)
                         and value != message and len(value.split()) >= WORDY_TEXT_WORDS)
    return [text for text in texts if text.strip()]


#: A logfmt record, as Go's, Heroku's and Loki's logs write them: key=value pairs, a value with blanks quoted, its
#: quotes and backslashes escaped ('ts=2026-11-27T10:00:01Z level=error msg="Email can\'t be received..."').
_LOGFMT_PAIR = re.compile(r'([A-Za-z_@][A-Za-z0-9_.@\-]*)=("(?:[^"\\]|\\[\s\S])*"|[^ \t"]*)(?:[ \t]+|$)')
_LOGFMT_ESCAPE = re.compile(r'\\(["\\nt])')
_LOGFMT_ESCAPED = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def logfmt_messages(text: str, other_texts: bool = True) -> list[str] | None:
    """The texts of logfmt records pasted whole, a line each, read as a JSON document's rows are (see
    document_messages): each field a key.  None unless every line is such a record, with a message (by its key's
    name, see MESSAGE_COLUMNS) or a quoted text among its fields: "a=1 b=2" holds no text to read."""
    rows = []
    for line in text.split("\n"):
        if line.strip(" \t\r"):
            row = _logfmt_row(line.strip(" \t\r"))
            if row is None:
                return None
            rows.append(row)
    return _row_texts(rows, other_texts) if rows else None


def _logfmt_row(line: str) -> dict[str, str] | None:
    """A line's fields, its values unquoted and unescaped; None if the line is no logfmt record."""
    row, at, quoted = {}, 0, False
    while at < len(line):
        pair = _LOGFMT_PAIR.match(line, at)
        if pair is None:
            return None
        key, value = pair.groups()
        if value.startswith('"'):
            value, quoted = _LOGFMT_ESCAPE.sub(lambda escape: _LOGFMT_ESCAPED[escape.group(1)], value[1:-1]), True
        row.setdefault(key, value)
        at = pair.end()
    return row if quoted or any(_normal(key) in MESSAGE_COLUMNS + LOG_MESSAGE_KEYS for key in row) else None


def _rows_of(data: object) -> list:
    """A JSON value's rows: a list's items, the list an OData answer holds in "value", or the value itself."""
    if isinstance(data, dict) and isinstance(data.get("value"), list):
        return data["value"]
    return data if isinstance(data, list) else [data]


#: Dataverse writes a lookup's shown name beside its id: "_regardingobjectid_value@<this>" is the mailbox's name.
_FORMATTED_VALUE = "@odata.community.display.v1.formattedvalue"


def _json_row(data: object, column: str | None = None) -> Row:
    """A JSON object's message, date and mailbox.  With no key of a known name for the message (nor the one
    ``column`` names), the longest text among its values is the message: a log's own schema ("event_text").  An
    object with a level is a log's line (see LOG_LEVEL_KEYS)."""
    if not isinstance(data, dict):
        return Row("")
    fields = {}
    for key, value in _fields(data):
        name = _normal(key)
        if name.endswith(_FORMATTED_VALUE):  # "_regardingobjectid_value@...FormattedValue" is the regarding's name
            fields[_normal(key[: -len(_FORMATTED_VALUE)].strip("_").removesuffix("_value"))] = value
        else:
            fields.setdefault(name, value)
    texts = {name: value for name, value in fields.items() if isinstance(value, str)}
    if column is not None:
        message = texts.get(_normal(column), "")
    else:
        named = (texts[n] for n in MESSAGE_COLUMNS + LOG_MESSAGE_KEYS if n in texts)
        message = next(named, None) or max(texts.values(), key=len, default="")
    when = next((str(fields[n]) for n in DATE_COLUMNS + LOG_DATE_KEYS if fields.get(n)), None)
    mailbox = next((str(fields[n]) for n in MAILBOX_COLUMNS if fields.get(n)), None)
    return Row(message, when, mailbox, listed=any(n in fields for n in LOG_LEVEL_KEYS))


#: How deep into a row's objects its fields are looked for, and how many: Application Insights writes a message as
#: {"data": {"baseData": {"message": ...}}}.
FIELD_DEPTH, MAX_FIELDS = 4, 500


def _fields(data: dict) -> Iterator[tuple[str, object]]:
    """A JSON object's keys and values, and those of the objects in it, a level at a time: a key of the row itself
    comes before a nested one of the same name."""
    level, seen = [data], 0
    for _ in range(FIELD_DEPTH):
        nested = []
        for item in level:
            for key, value in item.items():
                seen += 1
                if seen > MAX_FIELDS:
                    return
                yield key, value
                if isinstance(value, dict):
                    nested.append(value)
        level = nested
        if not level:
            return


def _text_rows(first: list[str], rest: IO[str]) -> Iterator[Row]:
    """Blocks of lines between blank lines; a block longer than what is read of a message (a log with no blank line)
    is cut at a line into blocks of that length, so memory stays flat."""
    block: list[str] = []
    size = 0
    for line in _chain(first, rest):
        if line.strip():
            block.append(line.rstrip("\r\n"))
            size += len(line)
            if size < MAX_READ_CHARS:
                continue
        if block:
            yield Row("\n".join(block), lines=True)
            block, size = [], 0
    if block:
        yield Row("\n".join(block), lines=True)


def _chain(first: list, rest: Iterable) -> Iterator:
    yield from first
    yield from rest
