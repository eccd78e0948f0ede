"""``syncdoctor triage``: an export of many alerts -> what is wrong across the organisation.

Reads the export's rows (see exports), classifies each distinct text once, and groups the rows by rule: how many,
which mailboxes and email server profiles, first and last seen; the alerts no rule covers are grouped by shape.
Every row is counted: matched, unmatched or empty; a log's lines that are no alert are counted apart.
"""
from __future__ import annotations

import re
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Callable, Iterator

from .clean import MAX_READ_CHARS
from .dates import DateReader
from .exports import Row, export_rows
from .records import alerts_listed, stamp_date

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .match.decide import Decision

CACHE_SIZE = 16_384       # distinct texts remembered (a few MB): memory stays flat however long the export
UNMATCHED_GROUPS = 200    # distinct unmatched shapes kept; the rest are counted as "other"


@dataclass
class RuleGroup:
    rule_id: str
    count: int = 0
    mailboxes: dict[str, int] = field(default_factory=dict)
    profiles: dict[str, int] = field(default_factory=dict)  # email server profiles the alerts name
    first_seen: date | datetime | None = None
    last_seen: date | datetime | None = None
    days: dict[str, int] = field(default_factory=dict)
    wordings: set[str | None] = field(default_factory=set)  # the wordings its alerts were read by (see render)

    @property
    def shared_values(self) -> dict[str, str]:
        """The values every alert of the group has (one mailbox, one profile): what its fix's steps can name."""
        shared = {}
        if len(self.mailboxes) == 1:
            shared["mailbox_name"] = next(iter(self.mailboxes))
        if len(self.profiles) == 1 and sum(self.profiles.values()) == self.count:
            shared["email_server_profile_name"] = next(iter(self.profiles))
        return shared


@dataclass
class UnmatchedGroup:
    example: str
    count: int = 0


@dataclass
class TriageReport:
    source: str
    total: int = 0
    matched: int = 0
    unmatched: int = 0
    empty: int = 0
    classified: int = 0        # distinct texts actually classified
    groups: dict[str, RuleGroup] = field(default_factory=dict)
    unmatched_groups: list[UnmatchedGroup] = field(default_factory=list)
    other_unmatched: int = 0
    other_lines: int = 0       # a log's lines that are no alert: not counted as alerts
    days: dict[str, int] = field(default_factory=dict)
    columns: dict[str, str | None] = field(default_factory=dict)

    @property
    def mailboxes(self) -> set[str]:
        return {m for g in self.groups.values() for m in g.mailboxes}

    def ordered_groups(self) -> list[RuleGroup]:
        return sorted(self.groups.values(), key=lambda g: (-g.count, g.rule_id))

    def to_json(self) -> dict:
        return {
            "total": self.total, "matched": self.matched, "unmatched": self.unmatched, "empty": self.empty,
            "other_lines": self.other_lines,
            "mailboxes_affected": len(self.mailboxes),
            "groups": [{"rule_id": g.rule_id, "count": g.count, "mailboxes": sorted(g.mailboxes),
                        "profiles": sorted(g.profiles), "first_seen": _iso(g.first_seen), "last_seen": _iso(g.last_seen)}
                       for g in self.ordered_groups()],
            "unmatched_groups": [{"example": u.example, "count": u.count}
                                 for u in sorted(self.unmatched_groups, key=lambda u: -u.count)]
                                + ([{"example": "(other unmatched messages)", "count": self.other_unmatched}]
                                   if self.other_unmatched else []),
            "alerts_per_day": dict(sorted(self.days.items())),
        }


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def triage(kb: "KnowledgeBase", stream: IO[bytes], source: str, column: str | None = None,
           progress: IO[str] | None = None, cache_size: int = CACHE_SIZE) -> TriageReport:
    report = TriageReport(source)
    cache: OrderedDict[str, "Decision"] = OrderedDict()
    dates = DateReader()
    shapes: dict[str, UnmatchedGroup] = {}
    started = time.monotonic()
    next_report = started + 1.0
    def decide(message: str) -> "Decision":
        return _decide(kb, message, cache, report, cache_size)

    for row in _each_record(export_rows(stream, column, report), kb, decide):
        if not row.message.strip():
            report.total += 1
            report.empty += 1
            continue
        decision = decide(row.message)
        if row.listed and decision.method != "alert" and not decision.alert_like:
            # A log's lines that are no alert ("INFO polling..."), and a person's words around one, even when they
            # describe a rule's problem ("our mailbox stopped receiving email"): no alert was raised there.
            report.other_lines += row.message.count("\n") + 1
            continue
        report.total += 1
        if decision.rule_id is None:
            report.unmatched += 1
            _add_unmatched(report, shapes, row.message)
        else:
            report.matched += 1
            _add_match(report, decision, row, dates.parse(row.when))
        if progress is not None and time.monotonic() >= next_report:
            progress.write(f"\rsyncdoctor: {report.total} rows ({report.classified} distinct texts)")
            progress.flush()
            next_report += 1.0
    if progress is not None and time.monotonic() >= started + 1.0:
        progress.write("\n")
    report.unmatched_groups = list(shapes.values())
    return report


def _each_record(rows: Iterator[Row], kb: "KnowledgeBase", decide: Callable[[str], "Decision"]) -> Iterator[Row]:
    """The rows, a block of plain text's lines read as the alerts it lists (see records.alerts_listed)."""
    for row in rows:
        if not row.lines:
            yield row
            continue
        records = alerts_listed(row.message, kb, decide)
        when = None
        for record in records:
            # Its date in front; a record with none after one with a date is of that time: the next alert on the
            # same line of a log (see records._alerts_on_a_line), or a log's line its logger wrote without one.
            when = stamp_date(record) or when
            yield Row(record, when, listed=len(records) > 1 or "\n" in record)


def _decide(kb: "KnowledgeBase", message: str, cache: OrderedDict, report: TriageReport, size: int) -> "Decision":
    key = " ".join(message[:MAX_READ_CHARS].split())  # all the classifier reads: memory stays flat with huge rows
    decision = cache.get(key)
    if decision is None:
        decision = kb.decide(message)
        report.classified += 1
        cache[key] = decision
        if len(cache) > size:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return decision


def _add_match(report: TriageReport, decision: "Decision", row: Row, when: datetime | None) -> None:
    group = report.groups.setdefault(decision.rule_id, RuleGroup(decision.rule_id))
    group.count += 1
    group.wordings.add(decision.wording)
    mailbox = row.mailbox or decision.params.get("mailbox_name") or decision.params.get("user_name")
    if mailbox:
        group.mailboxes[mailbox] = group.mailboxes.get(mailbox, 0) + 1
    profile = decision.params.get("email_server_profile_name")
    if profile:
        group.profiles[profile] = group.profiles.get(profile, 0) + 1
    if when is not None:
        group.first_seen = when if group.first_seen is None else min(group.first_seen, when)
        group.last_seen = when if group.last_seen is None else max(group.last_seen, when)
        day = when.date().isoformat()
        report.days[day] = report.days.get(day, 0) + 1


_NAMEISH = re.compile(r"(?<!\S)\S+@\S+|\d+|\"[^\"]{0,80}\"")
SHAPE_WORDS, SHAPE_WORD_CHARS = 40, 100  # an unknown alert's shape: its first words, each cut (one huge word is no name)


def _shape(message: str) -> str:
    """What stays of an unknown alert when names, numbers and quoted subjects are taken out."""
    first = " ".join(word[:SHAPE_WORD_CHARS] for word in message[:SHAPE_WORDS * SHAPE_WORD_CHARS].split()[:SHAPE_WORDS])
    words = _NAMEISH.sub(" ", first).casefold().split()
    return " ".join(w for w in words if len(w) > 3)[:200]


def _add_unmatched(report: TriageReport, shapes: dict[str, UnmatchedGroup], message: str) -> None:
    from rapidfuzz import fuzz, process

    shape = _shape(message)
    group = shapes.get(shape)
    if group is None and shapes:
        found = process.extractOne(shape, list(shapes), scorer=fuzz.token_set_ratio, score_cutoff=85)
        group = shapes[found[0]] if found else None
    if group is None:
        if len(shapes) >= UNMATCHED_GROUPS:
            report.other_unmatched += 1
            return
        group = shapes[shape] = UnmatchedGroup(" ".join(message.split())[:500])
    group.count += 1
