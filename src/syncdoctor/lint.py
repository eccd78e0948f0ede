"""Lint: every problem of a knowledge base, from loading to set-wide checks."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checks.base import Issue


@dataclass
class LintReport:
    rule_count: int
    wording_count: int
    issues: list[Issue]

    def summary(self) -> str:
        problems = len(self.issues)
        return (f"{self.rule_count} rules, {self.wording_count} alert wordings, "
                f"{problems} problem{'s' if problems != 1 else ''}")


def lint(path: str | Path | None = None) -> LintReport:
    from .checks import lint_checks
    from .kb import KnowledgeBase

    kb, issues = KnowledgeBase.load_with_issues(path, lint_checks())
    wordings = sum(len(rule.alerts) for rule in kb.rules)
    issues = sorted(issues, key=lambda i: (i.location.path, i.location.line or 0, i.code))
    return LintReport(len(kb.rules), wordings, issues)
