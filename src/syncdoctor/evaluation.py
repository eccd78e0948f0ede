"""``syncdoctor eval``: how well the classifier does on a labelled corpus.

A corpus is JSON lines with ``message``, ``expect`` (rule id or null),
``params`` (expected values or null) and ``family`` (how it was damaged), as
in ``../shared/eval/dev.jsonl``.  Families ``symptom``, ``real-other`` and
``out-of-scope`` are scored on their own; every other family is a covered
alert in some disguise.
"""
from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .kb import KnowledgeBase

NON_ALERT_FAMILIES = ("symptom", "real-other", "out-of-scope")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def same_value(a: object, b: object) -> bool:
    """Values compare without regard to case, spacing or quote style."""
    def norm(v: object) -> str:
        return " ".join(unicodedata.normalize("NFKC", str(v)).translate(_QUOTES).split()).casefold()
    return norm(a) == norm(b)


@dataclass
class EvalReport:
    cases: int = 0
    seconds: float = 0.0
    families: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    rules: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confusions: Counter = field(default_factory=Counter)
    values: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[tuple[str, str | None, str | None, str]] = field(default_factory=list)

    def rate(self, families) -> float:
        hit = sum(self.families[f][0] for f in families if f in self.families)
        total = sum(self.families[f][1] for f in families if f in self.families)
        return hit / total if total else 1.0

    def metrics(self) -> dict[str, float]:
        alert_families = [f for f in self.families if f not in NON_ALERT_FAMILIES]
        return {
            "cases": self.cases,
            "alert_accuracy": round(self.rate(alert_families), 4),
            "symptom_accuracy": round(self.rate(["symptom"]), 4),
            "unknown_alert_abstention": round(self.rate(["real-other"]), 4),
            "unrelated_abstention": round(self.rate(["out-of-scope"]), 4),
            "overall_accuracy": round(self.rate(list(self.families)), 4),
            "value_accuracy": round(self.values[0] / self.values[1], 4) if self.values[1] else 1.0,
            "messages_per_second": round(self.cases / self.seconds, 1) if self.seconds else 0.0,
        }


def read_corpus(path: str | Path) -> list[dict]:
    """The cases of a corpus file, each line checked: a problem is an InputError that names its line."""
    cases = []
    try:
        with open(path, encoding="utf-8-sig") as handle:  # (Notepad's "UTF-8 with BOM" too)
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    cases.append(_case(line, f"{path}:{number}"))
    except OSError as exc:
        raise InputError(f"cannot read corpus '{path}': {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not cases:
        raise InputError(f"{path}: no cases (JSON lines, each with a \"message\")")
    return cases


def _case(line: str, where: str) -> dict:
    """One labelled case, in the shape ``eval`` scores: a message, and an expected rule, values and family if any."""
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: not JSON (nested too deep)") from None
    if not isinstance(case, dict) or not isinstance(case.get("message"), str):
        raise InputError(f"{where}: each line needs a \"message\" string")
    if case.get("expect") is not None and not isinstance(case["expect"], str):
        raise InputError(f"{where}: \"expect\" must be a rule id or null")
    if case.get("params") is not None and not isinstance(case["params"], dict):
        raise InputError(f"{where}: \"params\" must be an object or null")
    if case.get("family") is not None and not isinstance(case["family"], str):
        raise InputError(f"{where}: \"family\" must be a string or null")
    return case


def evaluate(kb: "KnowledgeBase", cases: list[dict]) -> EvalReport:
    report = EvalReport(cases=len(cases))
    started = time.perf_counter()
    answers = [kb.classify(case["message"]) for case in cases]
    report.seconds = time.perf_counter() - started
    for case, match in zip(cases, answers):
        _score_case(report, case, match)
    return report


def _score_case(report: EvalReport, case: dict, match) -> None:
    expect, family = case.get("expect"), case.get("family") or "unlabelled"
    ok = match.rule_id == expect
    report.families[family][0] += ok
    report.families[family][1] += 1
    rule_key = expect or "(none)"
    report.rules[rule_key][0] += ok
    report.rules[rule_key][1] += 1
    if not ok:
        report.confusions[(expect, match.rule_id)] += 1
        report.misses.append((family, expect, match.rule_id, case["message"]))
    for name, value in (case.get("params") or {}).items():
        report.values[1] += 1
        report.values[0] += ok and same_value(match.params.get(name, ""), value)


def format_report(report: EvalReport, show_misses: int = 0) -> str:
    lines = [f"{'family':<20}{'right':>7}{'of':>6}{'rate':>8}"]
    for name in sorted(report.families):
        hit, total = report.families[name]
        lines.append(f"{name:<20}{hit:>7}{total:>6}{hit / total:>8.3f}")
    lines.append("")
    lines.append(f"{'rule':<44}{'right':>7}{'of':>6}{'rate':>8}")
    for name in sorted(report.rules):
        hit, total = report.rules[name]
        lines.append(f"{name:<44}{hit:>7}{total:>6}{hit / total:>8.3f}")
    if report.confusions:
        lines.append("")
        lines.append("most confused (expected -> answered):")
        for (expect, got), count in report.confusions.most_common(5):
            lines.append(f"  {count:>4}  {expect} -> {got}")
    lines.append("")
    lines += [f"{key}: {value}" for key, value in report.metrics().items()]
    for family, expect, got, message in report.misses[:show_misses]:
        lines.append(f"MISS [{family}] expect={expect} got={got}: {message[:150]!r}")
    return "\n".join(lines)
