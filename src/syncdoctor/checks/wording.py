"""Checks on alert wordings and the text that quotes their placeholders."""
from __future__ import annotations

import re
from typing import Iterable

from ..errors import Location, TemplateSyntaxError
from ..template import PLACEHOLDERS, SAME_NAME, parse_template
from .base import Check, Issue

_BRACED = re.compile(r"\{([^{}]*)\}")
_WORD_BEFORE_PLACEHOLDER = re.compile(r"(\w+)[\s*_(\"'`]*\{(\w+)\}")


class AlertSyntaxCheck(Check):
    description = "Alert wordings follow the template syntax: {placeholder} and {a|b}, balanced, known names."

    def check(self, rule, source) -> Iterable[Issue]:
        for index, alert in enumerate(rule.alerts):
            try:
                parse_template(alert.text)
            except TemplateSyntaxError as exc:
                yield self.issue(source.at("alerts", index, "text"), f"alert wording: {exc.message}")


class MeaningPlaceholdersCheck(Check):
    description = "Placeholders quoted in 'meaning' are ones the rule's alerts fill in."

    def check(self, rule, source) -> Iterable[Issue]:
        filled: set[str] = set()
        for alert in rule.alerts:
            try:
                filled.update(parse_template(alert.text).slot_names)
            except TemplateSyntaxError:
                pass  # reported by AlertSyntaxCheck
        for name in _BRACED.findall(rule.meaning):
            if name not in filled:
                yield self.issue(source.at("meaning"), f"'meaning' uses {{{name}}}, which no alert of this rule fills in")


class ValuesShownCheck(Check):
    description = ("Each value an alert wording gives is shown in the text the user reads (meaning, cause or a "
                   "resolution step), under its own name or the same name's other label (template.SAME_NAME).")

    def check(self, rule, source) -> Iterable[Issue]:
        prose = " ".join([rule.meaning, rule.cause or "", *rule.resolution])
        quoted = set(_BRACED.findall(prose))
        for index, alert in enumerate(rule.alerts):
            try:
                names = parse_template(alert.text).slot_names
            except TemplateSyntaxError:
                continue  # reported by AlertSyntaxCheck
            for name in dict.fromkeys(names):
                if name not in quoted and SAME_NAME.get(name) not in quoted:
                    yield self.issue(source.at("alerts", index, "text"),
                                     f"this wording gives {{{name}}}, which no text of the explanation shows")


class ProseReadsWithoutValuesCheck(Check):
    description = ("Without a value, the text that gets the user's values (meaning, cause, resolution steps) "
                   "still reads: a placeholder does not follow the noun its stand-in ends with (\"the mailbox "
                   "{mailbox_name}\" would read \"the mailbox the mailbox\").")

    def check(self, rule, source) -> Iterable[Issue]:
        texts = [(("meaning",), rule.meaning), (("cause",), rule.cause)]
        texts += [(("resolution", index), step) for index, step in enumerate(rule.resolution)]
        for where, text in texts:
            for found in _WORD_BEFORE_PLACEHOLDER.finditer(text or ""):
                word, name = found.group(1), found.group(2)
                stand_in = PLACEHOLDERS.get(name, ("", ""))[1]
                if stand_in and word.casefold() == stand_in.split()[-1].casefold():
                    yield self.issue(source.at(*where), f"'{word} {{{name}}}' reads '{word} {stand_in}' when the "
                                                        "value is not known; leave out the noun before the placeholder")


class DuplicateWordingCheck(Check):
    description = "One alert wording belongs to one rule only."

    def __init__(self) -> None:
        self.owner: dict[str, tuple[str, Location]] = {}
        self.found: list[Issue] = []

    def check(self, rule, source) -> Iterable[Issue]:
        for index, alert in enumerate(rule.alerts):
            key = " ".join(alert.text.split()).casefold()
            where = source.at("alerts", index, "text")
            if key in self.owner:
                self.found.append(self.issue(where, f"this wording is also in {self.owner[key][1]}"))
            else:
                self.owner[key] = (rule.id, where)
        return ()

    def finalize(self) -> Iterable[Issue]:
        return self.found


class KindFieldsCheck(Check):
    description = "Alerts carry wordings, an effect and examples; issues and guides carry several symptoms."

    def check(self, rule, source) -> Iterable[Issue]:
        if rule.kind == "alert":
            if not rule.alerts:
                yield self.issue(source.at("kind"), "an alert rule needs at least one entry in 'alerts'")
            if rule.effect is None:
                yield self.issue(source.at("kind"), "an alert rule needs an 'effect'")
            if len(rule.examples) < 2:
                yield self.issue(source.at("examples"), "an alert rule needs at least two 'examples'")
        elif len(rule.symptoms) < 2:
            yield self.issue(source.at("symptoms"), f"an {rule.kind} rule needs at least two 'symptoms'")
