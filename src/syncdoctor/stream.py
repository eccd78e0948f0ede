"""``classify --jsonl``: one JSON object a line in, one answer a line out, in order.

Memory stays constant however long the input; a malformed line gets an
error object in its place and the rest go on.  A message that came lately
is answered from memory (see REMEMBERED).
"""
from __future__ import annotations

import io
import json
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator, TextIO

from .inputs import Prefixed, utf16_encoding, utf8_or_cp1252


@dataclass
class StreamResult:
    lines: int = 0
    errors: int = 0


#: A log's lines repeat (the same alert for the same mailbox at every sync cycle): the answers to
#: the last REMEMBERED distinct messages are kept, and a repeat costs a lookup.  Bounded, so memory
#: stays constant; a message longer than REMEMBERED_CHARS is not kept.
REMEMBERED = 1024
REMEMBERED_CHARS = 4000


def classify_lines(lines: Iterator[bytes], classify: Callable[[str], dict],
                   remember: int = REMEMBERED) -> Iterator[tuple[str, bool]]:
    """Yield (output line, ok) for every non-blank input line."""
    answers: OrderedDict[str, str] = OrderedDict()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        message, problem = _message_of(raw, number)
        if problem:
            yield json.dumps({"rule_id": None, "error": problem}), False
        else:
            yield _answer(message, classify, answers, remember), True


def _answer(message: str, classify: Callable[[str], dict], answers: OrderedDict[str, str], remember: int) -> str:
    """The output line for a message: remembered if it came lately, else classified (and remembered)."""
    line = answers.get(message)
    if line is not None:
        answers.move_to_end(message)
        return line
    line = json.dumps(classify(message), ensure_ascii=False)
    if remember and len(message) <= REMEMBERED_CHARS:
        answers[message] = line
        if len(answers) > remember:
            answers.popitem(last=False)
    return line


def _message_of(raw: bytes, number: int) -> tuple[str, str | None]:
    try:
        data = json.loads(utf8_or_cp1252(raw)[0])
    except (json.JSONDecodeError, RecursionError):
        return "", f"line {number}: not valid JSON"
    if not isinstance(data, dict):
        return "", f"line {number}: expected a JSON object with a \"message\" string"
    message = data.get("message")
    if not isinstance(message, str):
        return "", f"line {number}: \"message\" must be a string"
    return message, None


def _utf8_lines(source: BinaryIO) -> Iterator[bytes]:
    """The input's lines in UTF-8, as they come (each answered before the next is read).  Lines in UTF-16 (PowerShell
    5's ``Out-File``), told by the first one, are read through a decoder, which reads ahead."""
    first = source.readline()
    encoding = utf16_encoding(first)
    if encoding is None:
        yield first
        yield from iter(source.readline, b"")
        return
    for line in io.TextIOWrapper(Prefixed(first, source), encoding=encoding, errors="replace"):
        yield line.encode("utf-8", errors="replace")


def run_stream(source: BinaryIO, sink: TextIO, classify: Callable[[str], dict],
               progress: TextIO | None = None) -> StreamResult:
    result = StreamResult()
    started = time.monotonic()
    next_report = started + 1.0
    interactive = sys.stdin.isatty() if source is sys.stdin.buffer else False
    for line, ok in classify_lines(_utf8_lines(source), classify):
        sink.write(line + "\n")
        if interactive:
            sink.flush()
        result.lines += 1
        result.errors += not ok
        if progress is not None and time.monotonic() >= next_report:
            rate = result.lines / (time.monotonic() - started)
            progress.write(f"\rsyncdoctor: {result.lines} lines ({rate:.0f}/s)")
            progress.flush()
            next_report += 1.0
    if progress is not None and time.monotonic() >= started + 1.0:
        progress.write("\n")
    return result
