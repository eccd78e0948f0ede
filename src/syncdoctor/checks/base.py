"""What a check is and what it finds.

A check looks at one rule at a time (``check``) and may report set-wide
problems once every rule was seen (``finalize``).  Findings are data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, ClassVar, Iterable

from ..errors import Location

if TYPE_CHECKING:
    from ..models import Rule
    from ..errors import RuleSource


class Severity(str, Enum):
    ERROR = "error"      # the knowledge base must not ship with it
    WARNING = "warning"  # worth fixing; lint still fails on it


@dataclass(frozen=True)
class Issue:
    code: str
    location: Location
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: [{self.code}] {self.message}"


def code_of(cls: type) -> str:
    """``DuplicateIdCheck`` -> ``duplicate_id``."""
    name = cls.__name__.removesuffix("Check")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Check:
    """One rule of the house.  Subclasses override ``check`` and/or ``finalize``."""

    description: ClassVar[str] = ""

    @classmethod
    def code(cls) -> str:
        return code_of(cls)

    def check(self, rule: "Rule", source: "RuleSource") -> Iterable[Issue]:
        return ()

    def finalize(self) -> Iterable[Issue]:
        return ()

    def issue(self, location: Location, message: str) -> Issue:
        return Issue(self.code(), location, message)
