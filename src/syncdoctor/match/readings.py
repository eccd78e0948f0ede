"""Other readings of a paste that fits no wording as a whole: the alert it holds is found in a part of it.

A paste may hold more than one alert's text, or an alert among other words: a structured record's message beside its
other fields, a long log read past its first part, a question under a mail's header lines, an alert cited in quotes
or after "says", several alerts on lines or on one line (the first whole one, or the first of a list cut short), an
alert cut short in a paragraph or a grid's cell of its own, or before an aside in brackets.
The readings are tried when the paste as a whole is refused (see _read_otherwise and decide.Classifier.classify), and
an alert found in the part is the answer; the asker's question over or under an alert is read apart first
(apart_from_a_question); a list of alerts is also read when its whole text names one (the first
listed may be another).  Triage cuts a line into its alerts with the same places (alert_stretches,
cut_alerts_on_a_line).  The methods are the classifier's (a mixin): they read each part with its ``classify`` and
``_decide``.
"""
from __future__ import annotations

import contextvars
import re
from itertools import chain
from typing import TYPE_CHECKING

from ..clean import (CELL_BREAK, MAX_MATCH_CHARS, PARAGRAPH_BREAK, PARAGRAPH_END, holds_cells, record_text,
                     split_trailers)
from ..compile import ALERT_START_WORDS
from ..normalize import LINE_CUT_ROOM, QUOTES, Normalized, cut_after_a_line, normalize
from .context import REPORTING_WORDS
from .symptoms import is_asking, without_headers

if TYPE_CHECKING:
    from .decide import Decision

RECORD_MIN_WORDS = 8   # a line this long may hold a whole alert of its own (see _first_whole_alert)
MAX_RECORD_LINES = 20  # lines read one by one at most: a huge paste costs no more
MAX_RECORD_PIECES = 40  # records tried at most, over all lines (see _first_whole_alert)
JOINED_STRETCHES = 3  # stretches between two such marks read together at most
# A quoted stretch: a quote mark after a blank (or at the start) and the same mark before a blank or a
# stop ("'Email can't be received...'", not the "'" of "can't"), no longer than an alert can be (so a
# text of many unclosed quotes costs little).  Curly quotes are read straight.
_QUOTED = re.compile(r"(?<![^\s(:])(['\"])(?=\S)([^\n]{1,800}?)(?<=\S)\1(?![A-Za-z0-9])")
_QUOTED_WHOLE = re.compile(r"(?<![^\s(:])(['\"])(?=\S)([^\n]{1,800})(?<=\S)\1(?![A-Za-z0-9])")  # to the line's last quote
MAX_CITING_WORDS = 6  # words before "says" that may introduce a cited alert ("the mailbox record says")
_BLANK_SEPARATED = re.compile(r"[^ \t\r\f\v]+")
MAX_PARTS = 8  # paragraphs or cells read alone at most (see _parts_alone)
# A part that starts as a wording does, with this many words, may hold an alert cut short ("Appointments can't be
# synchronized because the Organizer"): the classifier tells whether they name one.
PART_MIN_WORDS = 5
# An aside in brackets at the paste's end ("...The owner of the assoc (this started after we moved tenants)"), closed
# or cut short itself, with a stop after it or none; of ASIDE_MIN_WORDS words or more (a name's own brackets hold
# fewer: "Help Desk (EMEA)"), looked for in the paste's last ASIDE_MAX_CHARS characters.
ASIDE_AT_END = re.compile(r"[^\S\n]+[(\[][^()\[\]\n]*(?:[)\]][.!?]?)?[^\S\n]*\Z")  # (any blank: a page's NBSP too)
_WORD_OF_ASIDE = re.compile(r"\S+")
ASIDE_MIN_WORDS = 3
ASIDE_MAX_CHARS = 300


#: The readings read a part with the whole classifier, whose readings may read a part of that part: past this many
#: readings inside readings, a part is read as it is.  Each reading is shorter, so they end; this bounds how deep they
#: go (a paste of a thousand question lines would otherwise be read a line shorter a thousand times over).
MAX_READING_DEPTH = 4
_reading_depth = contextvars.ContextVar("reading_depth", default=0)  # (per thread: the HTTP API serves in threads)


class PasteReadings:
    """The readings of a paste's parts, for the classifier (see the module's docstring)."""

    def deeper(self, reading, *args) -> Decision | None:
        """``reading(*args)``, one reading deeper; None past MAX_READING_DEPTH."""
        depth = _reading_depth.get()
        if depth >= MAX_READING_DEPTH:
            return None
        token = _reading_depth.set(depth + 1)
        try:
            return reading(*args)
        finally:
            _reading_depth.reset(token)

    def _read_otherwise(self, pasted: str, text: str, message: Normalized) -> Decision | None:
        """The alert a part of a refused paste holds, by the first reading that finds one.  ``pasted`` is the paste,
        ``text`` the paste with a record read as its messages (see clean.record_text), ``message`` that normalised."""
        return self._cited_alert(message) or self._first_whole_alert(text) or self.first_listed_alert(text) \
            or self._unheaded(message) or self._quoted_alert(message) or self._read_on(message) \
            or self._first_of_alerts_on_a_line(text, message) or self._record_message(pasted, text) \
            or self._parts_alone(message) or self._without_an_aside(message)

    def apart_from_a_question(self, message: Normalized) -> Decision | None:
        """An alert, and the asker's question in a paragraph or on a line of its own under it ("...profile Main
        Exchange Profile\n\nWhat does this mean?", see _question_under) or over it ("Any idea?\nKiri Te Whare because
        the email address...", see _question_over): the question is no part of the alert, though its words may look
        like the alert's ("mean" a typo away from "been") or a name's.  The text without it is read alone; only an
        alert found there is the answer."""
        body = message.clean[:message.body_end]
        if "\n" not in body:
            return None  # (a cheap look first)
        under = _question_under(body)
        found = self._alert_alone(body[:under]) if under is not None else None
        if found is None and (over := _question_over(body)) is not None:
            found = self._alert_alone(body[over:])
        return found

    def _alert_alone(self, text: str) -> Decision | None:
        """The alert that ``text``, a part of the paste, names read alone (with every reading: each part is shorter,
        so the readings end); None if it names none."""
        decision = self.classify(text)
        return decision if decision.method == "alert" else None

    def _parts_alone(self, message: Normalized) -> Decision | None:
        """A paste of paragraphs, or a grid's row of cells: an alert cut short (as a dashboard's column cuts it) in
        one, the asker's words or the row's other cells in others ("...and the mailbox has been disab\n\nCan anyone
        help?", "Error<tab>11/24/2026<tab>...requires an approval by an Offic<tab>Active").  As one text, the words
        after the cut seem to go on otherwise than the alert does; but an alert does not run over a blank line or a
        cell's end.  Each part that starts as a wording does is read alone (MAX_PARTS at most): the first alert
        found is the answer, if no other fits the part as well (a piece that two alerts share, in a mail, is none).
        (A part that starts inside a sentence is no alert's: tabs put for some blanks part a sentence, not cells.)"""
        body = message.clean[:message.body_end]
        if "\n" not in body and "\t" not in body:
            return None  # (a cheap look first)
        parts = [cell for paragraph in PARAGRAPH_BREAK.split(body) for cell in _cells(paragraph)]
        if len(parts) < 2:
            return None
        long_enough = [part for part in parts if len(_BLANK_SEPARATED.findall(part)) >= PART_MIN_WORDS]
        for part in long_enough[:MAX_PARTS]:
            if not self._starts_as_an_alert(normalize(part)):
                continue
            decision = self.classify(part)  # each reading is shorter: this ends
            if decision.method == "alert" and not _rivalled(decision):
                return decision
        return None

    def _without_an_aside(self, message: Normalized) -> Decision | None:
        """An alert cut short, and the asker's aside in brackets after it (see ASIDE_AT_END): as one text, the aside
        seems to be the alert going on otherwise than it does.  The text before the aside is read alone; only an
        alert found there is the answer."""
        body = message.clean[:message.body_end]
        tail_start = max(0, len(body) - ASIDE_MAX_CHARS)
        if "(" not in body[tail_start:] and "[" not in body[tail_start:]:
            return None  # (a cheap look first)
        aside = ASIDE_AT_END.search(body, tail_start)
        if aside is None or len(_WORD_OF_ASIDE.findall(aside.group())) < ASIDE_MIN_WORDS:
            return None
        return self._alert_alone(body[:aside.start()])

    def _record_message(self, pasted: str, read: str) -> Decision | None:
        """A structured record's message read alone: its other fields ('"error": "x509: certificate has expired"')
        are texts of their own, and after them a message cut short (the alert's first sentence) seems to go on
        otherwise than the alert does.  An alert found in the message alone is the answer."""
        alone = record_text(pasted, other_texts=False)
        if alone == read:
            return None  # no record, or one with no other texts
        return self._alert_alone(alone)

    def _read_on(self, message: Normalized) -> Decision | None:
        """A long paste whose alert stands past the part that is matched (MAX_MATCH_CHARS), as in a log of a
        few hundred lines: the rest is read as a paste of its own, from LINE_CUT_ROOM characters before the
        cut (an alert across a cut within a line is whole there), and so on to the end of what is read at all
        (clean.MAX_READ_CHARS).  Only an alert found there is the answer: the words of a long log, read in
        parts, describe nothing."""
        if len(message.clean) <= MAX_MATCH_CHARS:
            return None  # (a cheap look first: the alert's part is shorter still)
        body = split_trailers(message.clean)[0]
        if len(body) <= MAX_MATCH_CHARS:
            return None
        # Where the first part ended, from the text (message.body_end is shorter if that part was a paste doubled).
        return self._alert_alone(message.clean[len(cut_after_a_line(body)) - LINE_CUT_ROOM:])

    def _unheaded(self, message: Normalized) -> Decision | None:
        """A question that cites a piece of an alert, in a mail or a chat: the header lines above it (see
        symptoms.without_headers) stand where the cited piece was cut, as another message's words would.
        Without them, an alert found is the answer.  (Only for a question: an alert forwarded as it is
        reads as a whole, and a piece of one under a subject line would take the subject as a value.)"""
        body = message.clean[:message.body_end]
        if "\n" not in body:
            return None
        unheaded = without_headers(body)
        if unheaded == body or not is_asking(unheaded):
            return None
        return self._alert_alone(unheaded)

    def _quoted_alert(self, message: Normalized) -> Decision | None:
        """A piece of an alert that a question cites in quotes ("Users report 'The mailbox location could
        not be determined while receiving the email message'. What should we check first?"): the closing
        quote ends the citation, so the question after it is no value the piece was cut in.  Each quoted
        stretch long enough to hold an alert is read alone: an alert found there is the answer."""
        body = message.clean[:message.body_end]
        if not is_asking(body):
            return None
        for quoted in long_quotes(body):
            decision = self._decide(normalize(quoted), False)
            if decision.method == "alert":
                return decision
        return None

    def _cited_alert(self, message: Normalized) -> Decision | None:
        """"our mailbox says an error occurred while establishing ..., how to fix?": the question's
        own words before "says" may be read as the alert's ("mailbox"), and then the cited piece
        seems to start otherwise.  What follows the first reporting word is read alone (a question
        after it still counts as asked around it): an alert found there is the answer."""
        words = message.words
        for k in range(1, min(len(words), MAX_CITING_WORDS + 1)):
            if words[k] in REPORTING_WORDS:
                if len(words) - k - 1 < RECORD_MIN_WORDS:
                    return None
                cited = normalize(message.clean[message.spans[0][k + 1]:message.body_end])
                decision = self._decide(cited, False)
                return decision if decision.method == "alert" else None
        return None

    def _first_whole_alert(self, text: str) -> Decision | None:
        """Several alerts pasted together ("...the mailbox Ops... / ...the mailbox Sales...") fit no
        wording as one text; the first record that holds a whole alert is that alert.  Records are
        the lines, and in a line the stretches from one place where a wording starts to another
        (alerts pasted one after the other on one line); then, for lines wrapped shorter than a
        record, the same stretches of the whole text."""
        head = text[:MAX_MATCH_CHARS]
        lines = head.split("\n")
        records = [line for line in lines if len(_BLANK_SEPARATED.findall(line)) >= RECORD_MIN_WORDS]
        readings = [self._records(line, whole=len(lines) > 1) for line in records[:MAX_RECORD_LINES]]
        if len(lines) > 1:
            readings.append(self._records(head, whole=False))
        pieces = 0
        for record in chain.from_iterable(readings):
            message = normalize(record)
            if self._holds_whole_alert(message):
                return self._decide(message, False)
            pieces += 1
            if pieces >= MAX_RECORD_PIECES:
                return None
        return None

    def first_listed_alert(self, text: str) -> Decision | None:
        """Several alerts, none whole, one a line (a dashboard's rows copied, each cut off): when two lines or more
        start as alerts do and each reads as an alert on its own, the first is the answer.  (A line of an alert no
        rule covers that reads as a covered one's start is no list: the lines after it do not start as alerts.)"""
        lines = [line for line in text[:MAX_MATCH_CHARS].split("\n") if line.strip()][:MAX_RECORD_LINES]
        return self._first_listed(list(map(normalize, lines)))

    def _first_of_alerts_on_a_line(self, text: str, message: Normalized) -> Decision | None:
        """Alerts cut short one after another on one line (a dashboard's rows pasted into a field of one line), read
        as lines of them are (see first_listed_alert).  Only where the first wording's first words come again ("Email
        can't be received for the mailbox Ops because... Email can't be received for the mailbox HR because..."),
        and the line is cut at those places only: a later sentence of many an alert starts as a wording does ("The
        mailbox has been disabled..."), and is no alert of its own.  (``message`` is ``text`` normalised.)"""
        listed = self._cut_alerts_listed(text, message)
        return listed and listed[1]

    def cut_alerts_on_a_line(self, text: str) -> list[str] | None:
        """A line of alerts cut short one after another (see _first_of_alerts_on_a_line) as those alerts, for a caller
        that splits a paste into the alerts it lists (triage); None for any other text."""
        listed = self._cut_alerts_listed(text, normalize(text))
        return listed and listed[0]

    def _cut_alerts_listed(self, text: str, message: Normalized) -> tuple[list[str], Decision] | None:
        """The stretches of a line of alerts cut short, and the first one's reading (see _first_of_alerts_on_a_line)."""
        lines = [line for line in text[:MAX_MATCH_CHARS].split("\n") if line.strip()]
        if len(lines) != 1:
            return None
        found = self._starts_in(message)
        again = [place for place, head in found[1:] if head == found[0][1]]
        if not again:
            return None
        places = [0, *again, len(message.clean)]
        stretches = [message.clean[start:end] for start, end in zip(places, places[1:])]
        first = self._first_listed([normalize(stretch) for stretch in stretches])
        return (stretches, first) if first else None

    def _first_listed(self, messages: list[Normalized]) -> Decision | None:
        """The first of the texts that start as alerts do, if two or more do and each reads as an alert."""
        starting = [message for message in messages if self._starts_as_an_alert(message)]
        if len(starting) < 2:
            return None
        decisions = [self._decide(message, False) for message in starting]
        return decisions[0] if all(decision.method == "alert" for decision in decisions) else None

    def _records(self, line: str, whole: bool):
        """The line (if ``whole``), then its stretches from a wording's start to the next one's, or
        to the one after (a wording's first words may also stand inside another alert)."""
        if whole:
            yield line
        message = normalize(line)
        if not message.words:
            return
        places = [message.spans[0][0], *self._start_places(message), message.body_end]
        if len(places) < 3:
            return
        for first in range(len(places) - 1):
            for last in range(first + 1, min(first + 1 + JOINED_STRETCHES, len(places))):
                if first == 0 and last == len(places) - 1:
                    continue  # the whole line: read already
                yield message.clean[places[first]:places[last]]

    def alert_stretches(self, text: str) -> list[str]:
        """``text`` cleaned, cut where an alert wording starts (see _start_places), for a caller that reads a line as
        the alerts it holds one after another (triage).  Nothing is left out: the first stretch keeps what stands
        before the first wording (a log's prefix), the last what stands after the last."""
        message = normalize(text)
        places = [0, *self._start_places(message), len(message.clean)]
        return [message.clean[start:end] for start, end in zip(places, places[1:])]

    def _start_places(self, message: Normalized) -> list[int]:
        """Where in the clean text, past its first word, a stretch starts as some alert wording does (see
        _starts_in)."""
        return [place for place, _ in self._starts_in(message) if place > message.spans[0][0]]

    def _starts_in(self, message: Normalized) -> list[tuple[int, tuple[str, ...]]]:
        """(place in the clean text, first words) of each wording that starts in the text: at a word, or inside one
        after a period whose space was lost ("...has been notified.Email can't be sent...": one word to the
        tokenizer)."""
        words, (starts, ends) = message.words, message.spans
        found = []
        for k, word in enumerate(words):
            head = tuple(words[k:k + ALERT_START_WORDS])
            if head in self.index.starts:
                found.append((starts[k], head))
            elif "." in word:
                head = (word.rsplit(".", 1)[1], *words[k + 1:k + ALERT_START_WORDS])
                if head in self.index.starts:
                    found.append((message.clean.rfind(".", starts[k], ends[k]) + 1, head))
        return found


def long_quotes(body: str):
    """The quoted stretches of a text long enough to hold an alert (see _QUOTED, RECORD_MIN_WORDS); then, from
    a line's first quote to its last, a quoted alert that quotes a subject of its own ('we get "The email
    message "Q3" couldn't be sent because..." daily')."""
    straight, found = body.translate(QUOTES), set()
    for pattern in (_QUOTED, _QUOTED_WHOLE):
        for quoted in pattern.finditer(straight):
            if len(_BLANK_SEPARATED.findall(quoted.group(2))) >= RECORD_MIN_WORDS and quoted.span(2) not in found:
                found.add(quoted.span(2))
                yield body[quoted.start(2):quoted.end(2)]


def _question_under(body: str) -> int | None:
    """Where the asker's question under a text starts: its last line, if that is a question with its mark ("...Main
    Exchange Profile\nWhat does this mean?": a line wrapped out of an alert asks nothing), or else its last paragraph,
    if that asks something.  None if there is no such question."""
    line = body.rstrip().rfind("\n")
    if line > 0 and body.rstrip().endswith("?") and is_asking(body[line + 1:]):
        return line
    last = None
    for last in PARAGRAPH_END.finditer(body):
        pass
    if last is not None and body[last.end():].strip() and is_asking(body[last.end():]):
        return last.start()
    return None


def _question_over(body: str) -> int | None:
    """Where the text under the asker's question starts: after its first paragraph, if that asks something, or after
    its first line, if that is a question with its mark ("Any idea?\n...").  None if there is no such question."""
    first = PARAGRAPH_END.search(body)
    if first is not None and body[:first.start()].strip() and is_asking(body[:first.start()]) \
            and body[first.end():].strip():
        return first.end()
    line = body.find("\n")
    if line > 0 and body[:line].rstrip().endswith("?") and is_asking(body[:line]) and body[line + 1:].strip():
        return line + 1
    return None


def _cells(paragraph: str) -> list[str]:
    """A paragraph's grid cells: its lines parted at tabs where tabs part cells (see clean.holds_cells); a paragraph
    with no such line is one part."""
    if "\t" not in paragraph:
        return [paragraph]
    lines = paragraph.split("\n")
    if not any(holds_cells(line) for line in lines):
        return [paragraph]
    return [cell for line in lines for cell in (CELL_BREAK.split(line) if holds_cells(line) else [line])]


def _rivalled(decision: Decision) -> bool:
    """Whether another rule fits as well as the one named (its confidence is shown no higher than the named one's)."""
    return bool(decision.alternatives) and decision.alternatives[0].confidence >= decision.confidence
