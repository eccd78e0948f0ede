"""Lines cut at a fixed width, joined again.

A terminal or a fixed-width log cuts every line at one width, wherever that
falls, even inside a word or a name; PowerShell's Format-List does the same to a
long value and carries it on at the value's column.  Word-wrapped lines, which
end where a word does, are left alone.  Each join is reported as a cut (the line
and the next), so that the classifier can also read the lines apart and keep
the reading that fits better (see match.decide).
"""
from __future__ import annotations

import re

Cuts = tuple[tuple[str, str], ...]

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


def join_folds(text: str) -> tuple[str, Cuts]:
    """The text with Format-List values and hard-folded lines joined, and the cuts taken out."""
    text, cuts = join_list_values(text)
    folded = _fold_paragraphs(text)
    if folded:
        paragraphs, width = folded
        cuts += tuple(cut for lines in paragraphs for cut in _cuts(lines, width))
        text = "\n".join(_join_cut_lines(lines, width) for lines in paragraphs)
    return text, cuts


def join_list_values(text: str) -> tuple[str, Cuts]:
    """PowerShell's Format-List output, its long values joined again; and the (line, next line's
    value) at each cut, for the classifier to weigh against word-wrapped lines.

    Each property is a ``Name  : value`` line, names padded so that every value starts in one
    column; a value longer than the console is cut at its width, wherever that falls, and goes on
    in lines indented to that column.  Only when two or more lines, and most of them, were cut at one
    width (word-wrapped lines differ) are the pieces joined, without the indent (see _join_cut_lines).
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
    cuts = tuple(cut for group in groups for cut in _cuts(group, width, column))
    return "\n".join(_join_cut_lines(group, width, column) for group in groups), cuts


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


def _join_cut_lines(lines: list[str], width: int, indent: int = 0) -> str:
    """A line cut at the width goes on without a space; a shorter one lost the spaces it ended with
    (a terminal trims them when copying), so one stands for them.  The lines after the first lose
    ``indent`` characters (Format-List's column)."""
    joined = lines[0]
    for before, line in zip(lines, lines[1:]):
        joined += ("" if len(before) == width else " ") + line[indent:]
    return joined


def _cuts(lines: list[str], width: int, indent: int = 0) -> Cuts:
    """(line, next line) at each break where a line was cut at the width."""
    return tuple((before, line[indent:]) for before, line in zip(lines, lines[1:]) if len(before) == width)


def breaks_start_words(text: str) -> bool:
    """Whether a line break falls where a new word visibly starts ("Test|Message", "notes|(draft)",
    "Re:|Hello"): a sign of word-wrapped lines rather than a hard fold."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    return any(_WORD_START.match(before[-1:] + after[:1]) for before, after in zip(lines, lines[1:]))
