"""Checks on rule ids: equal to the file name, unique, and ``related`` pointing somewhere."""
from __future__ import annotations

from typing import Iterable

from ..errors import Location
from .base import Check, Issue


class IdMatchesFileNameCheck(Check):
    description = "A rule's id equals its file name, so links and ids never drift apart."

    def check(self, rule, source) -> Iterable[Issue]:
        if rule.id != source.path.stem:
            yield self.issue(source.at("id"), f"id '{rule.id}' differs from the file name '{source.path.name}'")


class DuplicateIdCheck(Check):
    description = "No two rules share an id."

    def __init__(self) -> None:
        self.first: dict[str, Location] = {}
        self.found: list[Issue] = []

    def check(self, rule, source) -> Iterable[Issue]:
        where = source.at("id")
        if rule.id in self.first:
            self.found.append(self.issue(where, f"id '{rule.id}' is already used by {self.first[rule.id]}"))
        else:
            self.first[rule.id] = where
        return ()

    def finalize(self) -> Iterable[Issue]:
        return self.found


class RelatedExistsCheck(Check):
    description = "Every id in 'related' names a rule of the knowledge base, and not the rule itself."

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.pending: list[tuple[str, str, Location]] = []

    def check(self, rule, source) -> Iterable[Issue]:
        self.ids.add(rule.id)
        for index, other in enumerate(rule.related):
            self.pending.append((rule.id, other, source.at("related", index)))
        return ()

    def finalize(self) -> Iterable[Issue]:
        for owner, other, where in self.pending:
            if other == owner:
                yield self.issue(where, f"'{owner}' lists itself as related")
            elif other not in self.ids:
                yield self.issue(where, f"related rule '{other}' does not exist")
