"""A block of plain text's lines read as the alerts it lists: a list of alerts one a line (each maybe wrapped over
lines), a log's records with their dates in front, or one alert wrapped over all of them.  Triage reads plain text so.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .clean import LOG_PREFIX, MONTH, clean_text, split_trailers
from .compile import ALERT_START_WORDS
from .normalize import match_words
from .template import parse_template

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .match.decide import Decision


def alerts_listed(block: str, kb: "KnowledgeBase", decide: Callable[[str], "Decision"]) -> list[str]:
    """A block of lines as the alerts it lists (a list of alerts, a log's records), or as itself if it is one alert
    wrapped over its lines (an alert that reads it all) or lists fewer than two.  A record starts at a line with a
    date in front (a log's), or one that starts as an alert does (a list's, each alert maybe wrapped over lines);
    failing that, at any line after a sentence's end.  An alert among lines that are no part of it is split from
    them (see _trimmed)."""
    lines = block.split("\n")
    if len(lines) == 1:
        return _alerts_on_a_line(block, kb, decide)
    if len(lines) <= ONE_ALERT_LINES:  # (more lines are no one alert: the block's own reading is not looked at)
        reading = decide(block)
        if reading.method == "alert" and _is_one_alert(reading, block, kb) \
                and kb.classifier.first_listed_alert(block) is None:
            return [block]  # (a list of alerts cut off has about as many words as one whole alert)
    alert_starts = [kb.classifier.where_an_alert_starts(line) for line in lines]
    alertish = [start == 0 for start in alert_starts]
    holds_a_start = [start is not None for start in alert_starts]
    stamps = [_stamp(line) for line in lines]
    stamped = [stamp is not None for stamp in stamps]
    wrapped = [k > 0 and _same_stamp(stamps[k - 1], stamps[k]) for k in range(len(lines))]
    starts = _record_starts(lines, alertish, holds_a_start, stamped, wrapped, kb)
    for starts_record in (lambda k: starts[k], lambda k: starts[k] or bool(_SENTENCE_END.search(lines[k - 1]))):
        records = _rejoined(_split_lines(lines, starts_record), stamped, wrapped, kb)
        alerts = _alerts_among(records, holds_a_start, decide)
        # Two alerts or more; or one among a log's dated records, whose other lines are then no part of it.
        if alerts >= 2 or alerts and sum(1 for first, _ in records if stamped[first]) >= 2:
            return [piece for _, record in records for piece in _trimmed(record, kb, decide)]
    return _trimmed(block, kb, decide)


def _is_one_alert(reading: "Decision", block: str, kb: "KnowledgeBase") -> bool:
    """Whether the alert read is all of the block, alone or with its error-code line and trace under it."""
    return _reads_it_all(reading, block) or _one_alert_and_its_trailers(reading, block, kb)


def _one_alert_and_its_trailers(reading: "Decision", block: str, kb: "KnowledgeBase") -> bool:
    """Whether a block is one alert (wrapped over lines, maybe) and then its error-code line and trace, in which no
    alert starts: those lines are the alert's own, not another alert or another line of a log."""
    clean = clean_text(block)
    body = split_trailers(clean)[0]
    return len(body) < len(clean.rstrip()) and _reads_it_all(reading, body) \
        and kb.classifier.where_an_alert_starts(clean[len(body):]) is None


def _alerts_on_a_line(line: str, kb: "KnowledgeBase", decide: Callable[[str], "Decision"]) -> list[str]:
    """A line that holds alerts one after another ("...has been notified. Email can't be sent...", as a page's text
    or a program that joins a list's texts writes them) as each alert, and what follows the last whole one where
    another wording starts (an alert cut short, another line of a log); else the line as it is.  From the first
    stretch (see Classifier.alert_stretches), as few stretches as hold a whole alert and no more: a wording's first
    words may stand inside another alert ("...to the email server. The mailbox has been..."), and an alert's first
    sentence alone reads as that alert cut short.  A line of alerts all cut short is each of them (see
    Classifier.cut_alerts_on_a_line)."""
    reading = decide(line)
    if reading.method != "alert":
        return [line]
    if _starts_again(reading, line):
        cut = kb.classifier.cut_alerts_on_a_line(line)
        if cut is not None:
            return [stretch.strip() for stretch in cut]
    if _reads_it_all(reading, _unprefixed(line)):
        return [line]
    stretches = kb.classifier.alert_stretches(line)
    alerts, at = [], 0
    while at < len(stretches) and len(alerts) < MAX_ALERTS_ON_A_LINE:
        for end in range(at + 1, min(len(stretches), at + STRETCHES_IN_AN_ALERT) + 1):
            piece = "".join(stretches[at:end])
            reading = decide(piece)
            if reading.method == "alert" and _reads_it_all(reading, _unprefixed(piece)) \
                    and kb.classifier.holds_whole_alert(piece):
                alerts.append(piece.strip())
                at = end
                break
        else:
            break
    rest = "".join(stretches[at:]).strip()
    if not alerts or len(alerts) == 1 and not rest:
        return [line]
    return alerts + [rest] if rest else alerts


def _starts_again(reading: "Decision", line: str) -> bool:
    """Whether the words the alert read starts with stand in the line more than once: a cheap look before reading it
    as a list of alerts."""
    head = tuple(match_words(reading.wording or "")[:ALERT_START_WORDS])
    if not head:
        return False
    words = match_words(line)
    return sum(1 for k in range(len(words)) if tuple(words[k:k + len(head)]) == head) >= 2


def _unprefixed(line: str) -> str:
    """A line without its log's prefix: a date and a level are no words of a second alert."""
    prefix = LOG_PREFIX.match(line)
    return line[prefix.end():] if prefix else line


def _trimmed(record: str, kb: "KnowledgeBase", decide: Callable[[str], "Decision"]) -> list[str]:
    """A record that reads as an alert among lines that are no part of it (a log's lines with no date before or after
    an alert) as those lines before it (one record), the alert, and each line after it: they are counted, not lost
    in the alert.  Its error-code line and trace stay with what follows the lines after it."""
    lines = record.split("\n")
    if len(lines) == 1:
        return _alerts_on_a_line(record, kb, decide)
    reading = decide(record)
    if reading.method != "alert" or _reads_it_all(reading, record):
        return [record]
    body_lines = split_trailers(record)[0].rstrip().count("\n") + 1  # the lines before an error code or a trace
    found = _whole_alert_lines(lines[:body_lines], kb)
    if found is None:
        return [record]
    start, end = found
    while end < body_lines and _reads_it_all(decide(alert := "\n".join(lines[start:end + 1])), alert):
        end += 1  # the alert's last words on a line of their own ("notified."), which it holds whole without
    if (start, end) == (0, body_lines):
        return [record]
    before = ["\n".join(lines[:start])] if start else []
    trailers = ["\n".join(lines[body_lines:])] if body_lines < len(lines) else []
    return [*before, "\n".join(lines[start:end]), *lines[end:body_lines], *trailers]


def _whole_alert_lines(lines: list[str], kb: "KnowledgeBase") -> tuple[int, int] | None:
    """The first run of lines (first, past the last) that holds a whole alert: from a line where one starts, as few
    lines as hold it whole; ALERT_STARTS_TRIED such lines at most."""
    starts = [k for k, line in enumerate(lines) if kb.classifier.where_an_alert_starts(line) is not None]
    for start in starts[:ALERT_STARTS_TRIED]:
        for end in range(start + 1, min(len(lines), start + ONE_ALERT_LINES) + 1):
            if kb.classifier.holds_whole_alert("\n".join(lines[start:end])):
                return start, end
    return None


def _record_starts(lines: list[str], alertish: list[bool], holds_a_start: list[bool], stamped: list[bool],
                   wrapped: list[bool], kb: "KnowledgeBase") -> list[bool]:
    """Whether each line starts a record: a log's record starts at its date, a list's where an alert starts.  A line
    with the very same stamp as the one before (``wrapped``) is the same record's, as a logger that wraps a long
    message writes it, unless an alert starts in it and the record before holds no alert's start (another line
    of the log, in the same second) or is a whole alert (two alerts in a second): a wrapped alert's line can start
    as another's ("appointments, contacts, and tasks for the mailbox")."""
    starts, first = [], 0
    for k in range(len(lines)):
        if wrapped[k]:
            begins = holds_a_start[k] and (not any(holds_a_start[first:k])
                                           or kb.classifier.holds_whole_alert("\n".join(lines[first:k])))
        else:
            begins = alertish[k] or stamped[k]
        first = k if begins else first
        starts.append(begins)
    return starts


def _rejoined(records: list[tuple[int, str]], stamped: list[bool], wrapped: list[bool],
              kb: "KnowledgeBase") -> list[tuple[int, str]]:
    """The records, each joined to the one before when neither is a whole alert and the two are one (an alert
    wrapped where its next sentence starts as another alert does: "...to the email server.\nThe mailbox has been
    disabled...").  A log's record, with its date in front, is never the rest of another, unless its stamp is the
    very same as the line's before (``wrapped``: a logger's wrap)."""
    joined = records[:1]
    for first, record in records[1:]:
        before_first, before = joined[-1]
        if (not stamped[first] or wrapped[first]) and not kb.classifier.holds_whole_alert(before) \
                and not kb.classifier.holds_whole_alert(record) and kb.classifier.holds_whole_alert(before + "\n" + record):
            joined[-1] = (before_first, before + "\n" + record)
        else:
            joined.append((first, record))
    return joined


def _alerts_among(records: list[tuple[int, str]], holds_a_start: list[bool], decide: Callable[[str], "Decision"]) -> int:
    """How many records read as alerts, covered or not, up to two: those whose first line holds an alert's start
    first (a log's other lines are many; a logger may write an alert after a prefix of its own), then the others,
    RECORDS_LOOKED_AT of them at most."""
    likely = [record for first, record in records if holds_a_start[first]]
    others = [record for first, record in records if not holds_a_start[first]][:RECORDS_LOOKED_AT]
    found = 0
    for record in likely + others:
        reading = decide(record)
        found += reading.method == "alert" or reading.alert_like  # (an alert no rule covers is one of the list too)
        if found >= 2:
            break
    return found


def _reads_it_all(reading: "Decision", block: str) -> bool:
    """Whether the alert read from a block is all of it (one alert wrapped over lines), not its first of several: the
    block has about as many words as the wording filled with the values read."""
    template = parse_template(reading.wording or "")
    alert_words = len(match_words(template.fill({name: reading.params.get(name, "") for name in template.slot_names})))
    return len(match_words(clean_text(block))) <= ONE_ALERT_SHARE * alert_words  # (a trace under it counts too)


def _split_lines(lines: list[str], starts_record: Callable[[int], bool]) -> list[tuple[int, str]]:
    """The lines joined into records, a record starting at each line k (after the first) where starts_record(k):
    (its first line's number, its text)."""
    records, first = [], 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or starts_record(k):
            records.append((first, "\n".join(lines[first:k])))
            first = k
    return records


def stamp_date(record: str) -> str | None:
    """The date (and time) in front of a log's record, as written; None if there is none."""
    stamp = _STAMP_DATE.match(record)
    return stamp.group(1) if stamp else None


def _same_stamp(before: str | None, stamp: str | None) -> bool:
    """Whether two lines' stamps are the very same: one may have taken a word of its line for a level ("ERROR [SSS]
    error occurred while...", a wrapped message's line that starts with "error")."""
    if before is None or stamp is None:
        return False
    return stamp.startswith(before.rstrip()) or before.startswith(stamp.rstrip())


def _stamp(line: str) -> str | None:
    """A log line's whole stamp in front (date, time and the rest of its prefix), or None for a line with no date."""
    date = _STAMP_DATE.match(line)
    if not date:
        return None
    prefix = LOG_PREFIX.match(line)
    return line[:max(prefix.end() if prefix else 0, date.end())]  # (logfmt's "ts=..." is no prefix the matcher takes off)


ONE_ALERT_LINES = 40  # the most lines one alert is wrapped over (six characters a line)
MAX_ALERTS_ON_A_LINE = 100  # alerts read one after another on one line at most; the rest of the line is one record
STRETCHES_IN_AN_ALERT = 4  # places where a wording starts in one alert, its own start among them, at most
RECORDS_LOOKED_AT = 20  # records that do not start as an alert, read to see whether a block lists alerts
ALERT_STARTS_TRIED = 5  # lines where an alert starts, tried in a record that goes on past its alert (see _trimmed)
#: A block whose words are at most this many times its alert's (the wording filled with the values) is that alert
#: (wrapped over lines, with a log's stamps), not its first of several: a short alert after it adds a tenth or more.
ONE_ALERT_SHARE = 1.1
#: How a record of a list or a log ends, and how a log's record starts: a sentence's end (a quote or a bracket may
#: close after it) at the end of a line; a date (and time) in front of a line, as a log writes it.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?[ \t]*\Z")
_TIME = "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AP]M)?"
_STAMP_DATE = re.compile(
    r"[ \t]*(?:<[0-9]{1,3}>[0-9]?[ \t]*|[A-Za-z_@.]{1,20}=\"?)?\[?("  # (a syslog priority, "<11>", or logfmt's "ts=")
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"  # ISO, as logs write it
    rf"|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{4}}(?: {_TIME})?"  # as the US or Europe do (see dates.DATE_FORMATS)
    rf"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}},? )?{MONTH} +[0-9]{{1,2}}"  # with the month's name first:
    rf"(?:, [0-9]{{4}}(?: {_TIME})?| {_TIME}(?: [0-9]{{4}})?)"  # "Nov 20, 2026", syslog's "Nov 20 10:00:03"
    rf"|[0-9]{{1,2}}[ /-]{MONTH}[ /-][0-9]{{4}}(?:[ :]{_TIME})?"  # "20 Nov 2026", "20/Nov/2026:10:00:03"
    r")(?![0-9])", re.IGNORECASE)  # (see dates.DateReader)
