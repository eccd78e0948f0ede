"""Every exception syncdoctor raises, under one base, and where a problem is."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A place in a rule file: the path as shown to the user, and a 1-based line."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class RuleSource:
    """Where a rule came from, with the line of each field path for messages."""

    path: "Path"
    display: str
    lines: dict[tuple, int] = field(default_factory=dict)

    def at(self, *loc: Any) -> Location:
        """The location of a field path such as ``("alerts", 0, "text")``, or its closest parent."""
        key = tuple(loc)
        while key and key not in self.lines:
            key = key[:-1]
        return Location(self.display, self.lines.get(key, 1))



class SyncdoctorError(Exception):
    """Base of every error syncdoctor raises on purpose; carries the CLI exit code."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(f"{location}: {message}" if location else message)


class UsageError(SyncdoctorError):
    """The command was called wrongly (exit 2)."""

    exit_code = 2


class InputError(SyncdoctorError):
    """The input could not be read or is empty (exit 2)."""

    exit_code = 2


class TemplateSyntaxError(SyncdoctorError):
    """An alert wording does not follow the template syntax; ``column`` is 1-based."""

    def __init__(self, message: str, column: int) -> None:
        self.column = column
        super().__init__(f"{message} (column {column})")


class RuleLoadError(SyncdoctorError):
    """The knowledge base has problems; ``issues`` holds every one of them."""

    def __init__(self, issues: list) -> None:  # list[checks.base.Issue]
        self.issues = issues
        first = str(issues[0]) if issues else "no problems"
        more = f" (and {len(issues) - 1} more; run 'syncdoctor lint')" if len(issues) > 1 else ""
        super().__init__(first + more)
