"""Checks that need the classifier: examples classify as promised, wordings stay apart.

They collect the rules, then classify in ``finalize`` with an index built from
exactly those rules, so lint judges the knowledge base being linted.
"""
from __future__ import annotations

from typing import Iterable

from ..errors import Location
from .base import Check, Issue

#: Sample values that look like nothing in any wording.
SAMPLE_VALUES = {"mailbox_name": "Qx Mailbox", "user_name": "qx.user@example.org",
                 "email_server_profile_name": "Qx Profile", "message_subject": "Qx Subject"}


class _CollectingCheck(Check):
    def __init__(self) -> None:
        self.rules: list = []
        self.sources: dict[str, object] = {}

    def check(self, rule, source) -> Iterable[Issue]:
        if rule.id not in self.sources and _wordings_parse(rule):  # the others are reported elsewhere
            self.rules.append(rule)
            self.sources[rule.id] = source
        return ()

    def classifier(self):
        from ..compile import compile_index
        from ..match.decide import Classifier
        from ..match.symptoms import compile_symptoms

        return Classifier(compile_index(self.rules), compile_symptoms(self.rules))


class ExamplesClassifyCheck(_CollectingCheck):
    description = "Each rule's examples classify to it; its counter-examples do not."

    def finalize(self) -> Iterable[Issue]:
        classifier = self.classifier()
        for rule in self.rules:
            source = self.sources[rule.id]
            for index, example in enumerate(rule.examples):
                got = classifier.classify(example)
                if got.rule_id != rule.id:
                    yield self.issue(source.at("examples", index),
                                     f"example {index + 1} classifies to {got.rule_id or 'no rule'} "
                                     f"({got.confidence:.2f}), not to this rule")
            for index, counter in enumerate(rule.counter_examples):
                got = classifier.classify(counter)
                if got.rule_id == rule.id:
                    yield self.issue(source.at("counter_examples", index),
                                     f"counter-example {index + 1} classifies to this rule ({got.confidence:.2f})")


class ConfusableWordingsCheck(_CollectingCheck):
    description = "No two rules' alert wordings are so alike that the matcher cannot tell them apart."

    def finalize(self) -> Iterable[Issue]:
        from ..match.decide import ALERT_THRESHOLD

        classifier = self.classifier()
        for wording in classifier.index.wordings:
            text = _filled(wording.text)
            got = classifier.classify(text, exhaustive=True)
            rivals = [a for a in got.alternatives if a.rule_id != wording.rule_id]
            where = self._where(wording)
            if got.rule_id != wording.rule_id:
                yield self.issue(where, f"wording \"{_short(wording.text)}\" classifies to "
                                        f"{got.rule_id or 'no rule'}: the rules cannot be told apart")
            elif rivals and rivals[0].confidence >= ALERT_THRESHOLD:
                yield self.issue(where, f"wording \"{_short(wording.text)}\" is too close to rule "
                                        f"{rivals[0].rule_id} (score {rivals[0].confidence:.2f})")

    def _where(self, wording) -> Location:
        source = self.sources[wording.rule_id]
        rule = next(r for r in self.rules if r.id == wording.rule_id)
        index = next((i for i, a in enumerate(rule.alerts) if a.text == wording.template), 0)
        return source.at("alerts", index, "text")


def _wordings_parse(rule) -> bool:
    from ..errors import TemplateSyntaxError
    from ..template import parse_template

    try:
        for alert in rule.alerts:
            parse_template(alert.text)
    except TemplateSyntaxError:
        return False
    return True


def _filled(text: str) -> str:
    for name, value in SAMPLE_VALUES.items():
        text = text.replace("{" + name + "}", value)
    return text


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
