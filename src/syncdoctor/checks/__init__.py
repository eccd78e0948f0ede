"""The rules of the house.  Adding a check is adding a class to ``CHECKS``."""
from __future__ import annotations

from .base import Check, Issue, Severity
from .identity import DuplicateIdCheck, IdMatchesFileNameCheck, RelatedExistsCheck
from .wording import (AlertSyntaxCheck, DuplicateWordingCheck, KindFieldsCheck, MeaningPlaceholdersCheck,
                      ProseReadsWithoutValuesCheck, ValuesShownCheck)

#: Checks that need only the rule files.
CHECKS: tuple[type[Check], ...] = (
    IdMatchesFileNameCheck,
    DuplicateIdCheck,
    RelatedExistsCheck,
    AlertSyntaxCheck,
    MeaningPlaceholdersCheck,
    ProseReadsWithoutValuesCheck,
    DuplicateWordingCheck,
    KindFieldsCheck,
)

__all__ = ["CHECKS", "Check", "Issue", "Severity"]


def lint_checks() -> tuple[type[Check], ...]:
    """Every check lint runs: the structural ones (which loading runs too), one of the explanation's quality (a
    knowledge base that fails it still works), and those that use the classifier."""
    from .matching import ConfusableWordingsCheck, ExamplesClassifyCheck

    return CHECKS + (ValuesShownCheck, ExamplesClassifyCheck, ConfusableWordingsCheck)


def run_checks(rules, checks=CHECKS) -> list[Issue]:
    """Run each check over every ``(rule, source)`` pair, then its set-wide part."""
    instances = [cls() for cls in checks]
    found: list[Issue] = []
    for rule, source in rules:
        for check in instances:
            found.extend(check.check(rule, source))
    for check in instances:
        found.extend(check.finalize())
    return found


__all__ += ["lint_checks", "run_checks"]
