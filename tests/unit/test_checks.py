"""Each rule of the house trips on its own kind of broken rule, with file:line."""
from __future__ import annotations

import pytest

from syncdoctor.checks import CHECKS, lint_checks
from syncdoctor.lint import lint
from tests.helpers import make_rule, write_rules

OTHER = make_rule(id="other-alert", title="Another alert",
                  alerts=[{"text": "Appointments can't be synchronized because the sample calendar is missing."}],
                  examples=["Appointments can't be synchronized because the sample calendar is missing.",
                            "appointments cant be synchronized because the sample calendar is missing"])

#: For every check code: rules that trip it, and the start of the expected line.
BROKEN = {
    "id_matches_file_name": ([make_rule(id="renamed")], ["sample-alert"],
                             "rules/sample-alert.yaml:1: [id_matches_file_name] id 'renamed' differs"),
    "duplicate_id": ([make_rule(), make_rule()], ["sample-alert", "sample-alert-copy"],
                     "rules/sample-alert.yaml:1: [duplicate_id] id 'sample-alert' is already used by rules/sample-alert-copy.yaml:1"),
    "related_exists": ([make_rule(related=["no-such-rule"])], None,
                       "rules/sample-alert.yaml:28: [related_exists] related rule 'no-such-rule' does not exist"),
    "alert_syntax": ([make_rule(alerts=[{"text": "Mailbox {mailbox_name broke."}])], None,
                     "rules/sample-alert.yaml:6: [alert_syntax] alert wording: '{' is never closed (column 9)"),
    "meaning_placeholders": ([make_rule(meaning="Nothing reaches {user_name}.")], None,
                             "rules/sample-alert.yaml:8: [meaning_placeholders] 'meaning' uses {user_name}"),
    "prose_reads_without_values": ([make_rule(meaning="Nothing reaches the mailbox **{mailbox_name}**.")], None,
                                   "rules/sample-alert.yaml:8: [prose_reads_without_values] 'mailbox {mailbox_name}' "
                                   "reads 'mailbox the mailbox'"),
    "values_shown": ([make_rule(meaning="Nothing reaches the mailbox.")], None,
                     "rules/sample-alert.yaml:6: [values_shown] this wording gives {mailbox_name}, which no text of the "
                     "explanation shows"),
    "duplicate_wording": ([make_rule(), make_rule(id="other-alert", examples=[])], None,
                          "rules/sample-alert.yaml:6: [duplicate_wording] this wording is also in rules/other-alert.yaml:6"),
    "kind_fields": ([make_rule(effect=None)], None,
                    "rules/sample-alert.yaml:3: [kind_fields] an alert rule needs an 'effect'"),
    "examples_classify": ([make_rule(examples=["Appointments can't be synchronized because the sample calendar is missing.",
                                               "Email can't be received for the mailbox Ops because the sample broke."]),
                           OTHER], None,
                          "rules/sample-alert.yaml:25: [examples_classify] example 1 classifies to other-alert"),
    "confusable_wordings": ([make_rule(), make_rule(id="other-alert", examples=[], alerts=[
        {"text": "Email can't be received for the mailbox {mailbox_name} because the sample broke down."}])], None,
        "rules/sample-alert.yaml:6: [confusable_wordings] wording \"Email can't be received for the mailbox {mailbox_name} be...\" classifies to no rule: the rules cannot be told apart"),
}


def _clean(rule: dict) -> dict:
    return {k: v for k, v in rule.items() if v is not None}


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_broken_rule_trips_its_check(tmp_path, code):
    rules, names, expected = BROKEN[code]
    write_rules(tmp_path / "rules", *[_clean(r) for r in rules], names=names)
    found = [str(issue) for issue in lint(tmp_path / "rules").issues]
    mine = [line for line in found if f"[{code}]" in line]
    assert mine, f"{code} did not trip; lint said {found}"
    assert any(line.startswith(expected) for line in mine), mine


def test_every_check_has_a_broken_rule_that_trips_it():
    codes = {check.code() for check in lint_checks()}
    assert codes == set(BROKEN)


def test_check_codes_come_from_class_names():
    assert [c.code() for c in CHECKS][:2] == ["id_matches_file_name", "duplicate_id"]


def test_a_resolution_step_must_read_without_values_too(tmp_path):
    # "give it full access to the mailbox **{mailbox_name}**" read "...the mailbox the mailbox" in explain.
    rule = make_rule(resolution=["Give the account full access to the mailbox **{mailbox_name}**."])
    write_rules(tmp_path / "rules", _clean(rule))
    found = [str(i) for i in lint(tmp_path / "rules").issues if i.code == "prose_reads_without_values"]
    assert found and "'mailbox {mailbox_name}' reads 'mailbox the mailbox'" in found[0]


def test_template_error_names_the_column(tmp_path):
    write_rules(tmp_path / "rules", make_rule(alerts=[{"text": "Mailbox {mailbox_name} {a|} broke."}]))
    found = [str(i) for i in lint(tmp_path / "rules").issues if i.code == "alert_syntax"]
    assert found == ["rules/sample-alert.yaml:6: [alert_syntax] alert wording: a choice has an empty alternative (column 24)"]


def test_unknown_placeholder_is_refused(tmp_path):
    write_rules(tmp_path / "rules", make_rule(alerts=[{"text": "Mailbox {tenant_name} broke."}]))
    found = [str(i) for i in lint(tmp_path / "rules").issues if i.code == "alert_syntax"]
    assert len(found) == 1 and "unknown placeholder 'tenant_name'" in found[0]
