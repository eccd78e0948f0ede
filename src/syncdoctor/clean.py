"""Raw paste -> clean text: the encodings and damage that copying adds, undone.

HTML (tags, entities, even encoded twice), JSON escapes from a log line, CSV's
doubled quotes, UTF-8 shown as Windows-1252, control characters, "> " reply
marks, a viewer's line numbers, hard-folded lines; and the product's own
trailers (the error-code line, the "Details:" trace) are found.  Everything
else stays as the user wrote it.
"""
from __future__ import annotations

import html
import re

#: Longest text that is matched; alerts are a few hundred characters, and
#: everything past this is a stack trace or another paste.
MAX_MATCH_CHARS = 8_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b-\u200d]")
_TAG = re.compile(
    r"</?(?:p|br|div|span|b|i|u|em|strong|a|li|ul|ol|td|tr|th|table|tbody|thead|font|pre|code|h[1-6]|hr|"
    r"blockquote|section|article|label|small|sup|sub|mark|img|body|html|head|tt)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An escaped character, quotes escaped in pairs, or a JSON key with a string value ('"message": "').
_JSON_EVIDENCE = re.compile(r'\\u[0-9a-fA-F]{4}|\\"[\s\S]*?\\"|"[A-Za-z_][A-Za-z0-9_.\-]{0,40}"[ \t]*:[ \t]*"')
_JSON_ESCAPE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|(["\\/nrt]))')
_JSON_SIMPLE = {"n": "\n", "r": "\r", "t": "\t"}
FOLD_MIN_LINES = 3
# Two characters on either side of a line break that show a new word starting there: a capital
# after a small letter, a bracket after a letter or digit, anything but a space after a comma,
# colon, semicolon, "!" or "?".  (Not a digit after a letter: names such as "POP3" have those.)
_WORD_START = re.compile(r"[a-z][A-Z]|[^\W_][(\[{]|[,:;!?]\S")
FOLD_MIN_WIDTH = 40
#: "Message  : ..." of PowerShell's Format-List: a name of a few words, padding, a colon, a space.
_PROPERTY = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*(?: [A-Za-z0-9_.\-]+){0,2} *: ")
LIST_MIN_CUTS = 2  # one line of the widest length could be a wrap by chance; two, and most, are a cut
# The lines a record adds after the alert: each starts a line of its own in a fixed-width log.
_RECORD_LINE = re.compile(r"[ \t]*(?:Email[ \t]+Server[ \t]+Error[ \t]+Code|Details|Exception|Stack[ \t]*trace)[ \t]*:",
                          re.IGNORECASE)
# UTF-8 read as Windows-1252 ("canâ€™t", "JosÃ©"): the characters of bytes 0x80..0x9F in that
# code page (undefined ones stay C1 controls, as lenient decoders leave them), then 0xA0..0xFF.
CP1252_HIGH = ("\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
               "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178")
_CP1252_BYTE = {ch: 0x80 + k for k, ch in enumerate(CP1252_HIGH)} | {chr(b): b for b in range(0xA0, 0x100)}
_CONTINUATION = "[" + CP1252_HIGH + "\u00a0-\u00bf]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
_CSV_DELIMITERS = ",;\t\n"
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")  # "> " of a quoted email reply
# A viewer's line numbers ("  3 | text", "12: text"), taken off only when every line has one.
_URL_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")  # a run of them: one character may take several bytes
_LINE_NUMBER = re.compile(r"[ \t]*[0-9]{1,6}[ \t]*[|:\u2502][ \t]?")
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/tr|/td|/th|hr)\b[^<>]{0,500}>", re.IGNORECASE)  # end a line or a cell
# What the product appends to an alert record: the error code line and the
# "Details:" trace.  They are cut before matching (the code is kept).
_ERROR_CODE = re.compile(r"(?:^|\s)Email\s+Server\s+Error\s+Code\s*:\s*([A-Za-z0-9_.\-]+)?", re.IGNORECASE)
# (Blanks, not \s, after the line break: \s* would run over every following line break, a
# quadratic search on a paste of many empty lines.)
_DETAILS = re.compile(r"(?:^|\n)[ \t]*(?:Details|Exception|Stack\s*trace)\s*:|\n[ \t]+at\s+[\w.]+\(", re.IGNORECASE)


def clean_text(raw: str, join_folds: bool = True) -> str:
    """Decode HTML and JSON escapes and UTF-8 shown as Windows-1252, undo a hard fold (unless
    ``join_folds`` is false), drop tags and control characters; keep everything else as written."""
    return clean_paste(raw, join_folds)[0]


def clean_paste(raw: str, join_folds: bool = True) -> tuple[str, tuple[tuple[str, str], ...]]:
    """clean_text, and the (line, next line) at each break taken out as the cut of a hard fold."""
    cuts: tuple[tuple[str, str], ...] = ()
    json_decoded = False
    text = raw[: MAX_MATCH_CHARS * 4]
    if "%" in text:
        text = unquote_url(text)
    if "\\" in text:
        decoded = unescape_json(text)
        json_decoded, text = decoded != text, decoded
    if not text.isascii():
        text = _MOJIBAKE.sub(_redecode, text)
    text = _CONTROL.sub(" ", text)
    if "\n" in text:
        text = strip_line_numbers(text)
    if ">" in text:  # before the folds: a quoted line's marks are no part of what was cut
        text = _QUOTE_MARKS.sub("", text)
    if join_folds and "\n" in text:
        text, cuts = join_list_values(text)
        folded = _fold_paragraphs(text)
        if folded:
            paragraphs, width = folded
            cuts += tuple((lines[k], lines[k + 1]) for lines in paragraphs for k in range(len(lines) - 1)
                          if len(lines[k]) == width)
            text = "\n".join(_join_cut_lines(lines, width) for lines in paragraphs)
    if "<" in text:
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        twice = "&amp;" in text.lower()
        text = html.unescape(text)
        if twice and _ENTITY.search(text):  # encoded twice, as in "o&amp;#39;brien"
            text = html.unescape(text)
        if "<" in text:  # entities that hid tags, as in "&lt;p&gt;"
            text = _TAG.sub("", text)
        if not json_decoded and "\\" in text:  # a JSON log line shown as HTML ('\&quot;Hi\&quot;')
            text = unescape_json(text)
    if '""' in text:
        text = unquote_csv_field(text)
    return text, cuts


def unquote_url(text: str) -> str:
    """Text copied out of a URL ("Email%20can%27t%20be%20received..."): its escapes decoded.

    Only text without a space is read so, and only when it shows "%20" and another escape, or
    a form's "+" between words (three or more) and an escape; a name such as "100% Club" in a
    normal text stays.  Escapes that do not spell UTF-8 leave the text as it is.
    """
    if " " in text or "\n" in text:
        return text
    escapes = sum(len(run) for run in _URL_ESCAPES.findall(text)) // 3
    form = "%20" not in text
    if escapes < 1 or (form and text.count("+") < 3) or (not form and escapes < 2):
        return text
    try:
        decoded = _URL_ESCAPES.sub(_url_bytes, text)
    except UnicodeDecodeError:
        return text
    return decoded.replace("+", " ") if form else decoded


def _url_bytes(found: re.Match) -> str:
    return bytes.fromhex(found.group().replace("%", "")).decode("utf-8")


def strip_line_numbers(text: str) -> str:
    """Lines copied with a viewer's numbers in front of each: the numbers taken off (two lines or more)."""
    kept = []
    for line in text.split("\n"):
        found = _LINE_NUMBER.match(line)
        if found:
            kept.append(line[found.end():])
        elif line.strip():
            return text  # a line without a number: these are not numbered lines
        else:
            kept.append(line)
    return "\n".join(kept) if sum(1 for line in kept if line.strip()) >= 2 else text


def unquote_csv_field(text: str) -> str:
    """A line copied out of a CSV file ('2026-03-04,Error,"The email message ""Hi"" can't be sent",x'):
    the quoted field's own quotes taken off and its doubled quotes read as one.

    Only a field that opens with the text's first quote (at the start, or after a delimiter),
    closes before a delimiter or the end, and doubles a quote inside is read so; an alert whose
    subject ends with a quote ('message "Re: "Q3"". Mailbox') is left as it is.
    """
    opening = text.find('"')
    if text[:opening].rstrip(" ")[-1:] not in ("", *_CSV_DELIMITERS):
        return text
    field, k, doubled = [], opening + 1, False
    while k < len(text):
        if text[k] == '"':
            if text[k + 1:k + 2] != '"':
                break
            doubled = True
            k += 1
        field.append(text[k])
        k += 1
    rest = text[k + 1:]
    if k >= len(text) or not doubled or rest.lstrip(" ")[:1] not in ("", *_CSV_DELIMITERS):
        return text
    return text[:opening] + "".join(field) + rest


def unescape_json(text: str) -> str:
    """Text copied out of a JSON document (a log line, an API answer) with its escapes decoded.

    Only text that shows a JSON escape of a character, or of two quotes, or a JSON key with a
    string value is decoded, so that a name such as ``CONTOSO\\nadia`` keeps its backslash otherwise.
    Surrogate escapes are left alone.
    """
    if not _JSON_EVIDENCE.search(text):
        return text
    return _JSON_ESCAPE.sub(_json_escape_value, text)


def _json_escape_value(found: re.Match) -> str:
    code, char = found.group(1), found.group(2)
    if code is not None:
        value = int(code, 16)
        return found.group() if 0xD800 <= value <= 0xDFFF else chr(value)
    return _JSON_SIMPLE.get(char, char)


def _redecode(found: re.Match) -> str:
    """One character's UTF-8 bytes that were shown as Windows-1252, decoded again (if they are UTF-8)."""
    try:
        return bytes(_CP1252_BYTE[ch] for ch in found.group()).decode("utf-8")
    except UnicodeDecodeError:
        return found.group()


def join_list_values(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """PowerShell's Format-List output, its long values joined again; and the (line, next line's
    value) at each cut, for the classifier to weigh against word-wrapped lines (see clean_paste).

    Each property is a ``Name  : value`` line, names padded so that every value starts in one
    column; a value longer than the console is cut at its width, wherever that falls, and goes on
    in lines indented to that column.  Only when two or more lines, and most of them, were cut at one
    width (word-wrapped lines differ) are the pieces joined, without the indent (see _join_value).
    """
    lines = [line.rstrip("\r") for line in text.split("\n")]
    column = _value_column(lines)
    if column is None:
        return text, ()
    groups: list[list[str]] = []
    for line in lines:
        if groups and _continues_value(line, column) and _PROPERTY.match(groups[-1][0]):
            groups[-1].append(line)
        else:
            groups.append([line])
    cut = [line for group in groups for line in group[:-1]]
    width = max(map(len, cut), default=0)
    full = sum(1 for line in cut if len(line) == width)
    if width < FOLD_MIN_WIDTH or full < LIST_MIN_CUTS or 2 * full <= len(cut):
        return text, ()
    cuts = tuple((before, line[column:]) for group in groups for before, line in zip(group, group[1:])
                 if len(before) == width)
    return "\n".join(_join_value(group, column, width) for group in groups), cuts


def _join_value(group: list[str], column: int, width: int) -> str:
    """A line cut at the console's width goes on without a space; a shorter one lost the spaces it
    ended with (a terminal trims them when copying), so one stands for them."""
    joined = group[0]
    for before, line in zip(group, group[1:]):
        joined += ("" if len(before) == width else " ") + line[column:]
    return joined


def _value_column(lines: list[str]) -> int | None:
    """The column where every property's value starts, if the lines are a Format-List with a value carried on."""
    columns = {found.end() for found in map(_PROPERTY.match, lines) if found}
    if len(columns) != 1:
        return None
    column = columns.pop()
    return column if any(_continues_value(line, column) for line in lines) else None


def _continues_value(line: str, column: int) -> bool:
    """Indented to the value's column; the value's own space may follow, if the cut fell before it."""
    return line[:column].strip(" ") == "" and line[column:].strip(" ") != ""


def _fold_paragraphs(text: str) -> tuple[list[list[str]], int] | None:
    """The lines of a hard fold, grouped by the record line they were cut from, and the width they
    were cut at; None if no fold.

    Word-wrapped lines end where a word does and vary in length, so they are
    left as they are; only three or more lines of which all but the last have
    the same length (of at least 40 characters) are taken for a fold (the
    classifier reads them as lines too).  A line that was cut just after a space
    is shorter when a terminal trimmed that space in copying; such lines may stand
    among the cut ones as long as at least two, and two in three, have the width.
    A record's own lines ("Email Server Error Code: X", "Details: ...") are folded
    on their own, as a terminal folds each line: then the alert's lines end in a
    shorter one before them, and every line cut anywhere has that same length.
    """
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if len(lines) < FOLD_MIN_LINES:
        return None
    starts = [0] + [k for k in range(1, len(lines)) if _RECORD_LINE.match(lines[k])]
    paragraphs = [lines[start:end] for start, end in zip(starts, starts[1:] + [len(lines)])]
    width = max(map(len, lines))
    cut = [line for paragraph in paragraphs for line in paragraph[:-1]]
    full = sum(1 for line in cut if len(line) == width)
    longest = max(len(paragraph) for paragraph in paragraphs)
    if width < FOLD_MIN_WIDTH or longest < FOLD_MIN_LINES or full < len(cut) and (full < 2 or 3 * full < 2 * len(cut)):
        return None
    return paragraphs, width


def _join_cut_lines(lines: list[str], width: int) -> str:
    """A line cut at the width goes on without a space; a shorter one lost the spaces it ended with."""
    return "".join(line if len(line) == width or k == len(lines) - 1 else line + " " for k, line in enumerate(lines))


def breaks_start_words(text: str) -> bool:
    """Whether a line break falls where a new word visibly starts ("Test|Message", "notes|(draft)",
    "Re:|Hello"): a sign of word-wrapped lines rather than a hard fold."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    return any(_WORD_START.match(before[-1:] + after[:1]) for before, after in zip(lines, lines[1:]))


def split_trailers(clean: str) -> tuple[str, str | None]:
    """Cut the error-code line and any trace after the alert; return (alert part, error code)."""
    code = None
    found = _ERROR_CODE.search(clean) if "code" in clean.lower() else None  # (a cheap test first)
    if found:
        code = found.group(1) or ""  # the line is there, its code cut off
        clean = clean[: found.start()]
    # Without a line break a trace could only match at the very start, which is never cut.
    details = _DETAILS.search(clean) if "\n" in clean else None
    if details and details.start() > 0:
        clean = clean[: details.start()]
    return clean, code
