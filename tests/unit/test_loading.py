"""Loading refuses every kind of broken rule with file:line, all problems at once."""
from __future__ import annotations

import pytest

from syncdoctor import KnowledgeBase
from syncdoctor.errors import InputError, RuleLoadError
from syncdoctor.lint import lint

from tests.helpers import make_rule, write_rules

BASE = """\
id: sample-alert
title: A sample alert
kind: alert
summary: A rule used by the tests.
alerts:
  - text: "Email can't be received for the mailbox {mailbox_name} because the sample broke."
meaning: "Nothing reaches **{mailbox_name}**."
cause: The sample broke.
resolution:
  - Mend the sample.
applies_to: [Any]
areas: [incoming email]
effect: {disables: [incoming email], persistence: permanent}
examples:
  - "Email can't be received for the mailbox Ops because the sample broke."
  - "Email can't be received for the mailbox Sales because the sample broke."
"""


def problems(folder) -> list[str]:
    return [str(issue) for issue in lint(folder).issues]


def test_bundled_rules_load_with_no_problem(kb):
    assert len(kb) == 22
    assert lint().issues == []


def test_duplicate_key_is_refused_with_its_line(tmp_path):
    write_rules(tmp_path / "rules", BASE + "title: Another title\n", names=["sample-alert"])
    assert problems(tmp_path / "rules") == [
        "rules/sample-alert.yaml:17: [duplicate_key] key 'title' appears twice (first on line 2)"]


def test_unknown_field_is_refused_with_its_line(tmp_path):
    write_rules(tmp_path / "rules", BASE + "severity: high\n", names=["sample-alert"])
    assert problems(tmp_path / "rules") == ["rules/sample-alert.yaml:17: [schema] unknown field 'severity'"]


def test_wrong_type_is_refused_with_its_line(tmp_path):
    write_rules(tmp_path / "rules", BASE.replace("resolution:\n  - Mend the sample.", "resolution: 12"),
                names=["sample-alert"])
    assert problems(tmp_path / "rules") == ["rules/sample-alert.yaml:9: [schema] 'resolution': Input should be a valid list"]


def test_empty_required_text_is_refused(tmp_path):
    write_rules(tmp_path / "rules", BASE.replace("cause: The sample broke.", "cause: '   '"), names=["sample-alert"])
    assert problems(tmp_path / "rules") == ["rules/sample-alert.yaml:8: [schema] 'cause' must not be empty"]


def test_missing_required_field_is_refused(tmp_path):
    write_rules(tmp_path / "rules", BASE.replace("cause: The sample broke.\n", ""), names=["sample-alert"])
    assert problems(tmp_path / "rules") == ["rules/sample-alert.yaml:1: [schema] missing required field 'cause'"]


def test_http_link_is_refused(tmp_path):
    text = BASE + "references:\n  - title: Docs\n    url: http://example.org/docs\n"
    write_rules(tmp_path / "rules", text, names=["sample-alert"])
    assert problems(tmp_path / "rules") == [
        "rules/sample-alert.yaml:19: [schema] 'references.0.url' must be an https:// link"]


def test_file_that_is_not_yaml_is_refused(tmp_path):
    write_rules(tmp_path / "rules", "id: [unclosed\n  title: x\n", names=["sample-alert"])
    (found,) = problems(tmp_path / "rules")
    assert found.startswith("rules/sample-alert.yaml:") and "[yaml] not valid YAML" in found


def test_yaml_that_is_not_a_mapping_is_refused(tmp_path):
    write_rules(tmp_path / "rules", "- just\n- a list\n", names=["sample-alert"])
    assert problems(tmp_path / "rules") == ["rules/sample-alert.yaml:1: [yaml] a rule file must be a YAML mapping of fields"]


def test_invalid_utf8_file_is_refused(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "sample-alert.yaml").write_bytes(b"id: caf\xe9\n")
    (found,) = problems(folder)
    assert found.startswith("rules/sample-alert.yaml:1: [yaml] cannot read the file as UTF-8")


def test_all_problems_are_reported_together(tmp_path):
    write_rules(tmp_path / "rules", BASE + "severity: high\n", BASE.replace("id: sample-alert", "id: other"),
                names=["sample-alert", "second"])
    found = problems(tmp_path / "rules")
    assert len(found) == 2
    assert any("unknown field 'severity'" in f for f in found)
    assert any("[id_matches_file_name]" in f for f in found)


def test_load_raises_one_error_holding_every_problem(tmp_path):
    write_rules(tmp_path / "rules", BASE + "severity: high\n", BASE + "colour: red\n", names=["sample-alert", "b"])
    with pytest.raises(RuleLoadError) as caught:
        KnowledgeBase.load(tmp_path / "rules")
    assert len(caught.value.issues) >= 2
    assert "run 'syncdoctor lint'" in str(caught.value)


def test_missing_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        KnowledgeBase.load(tmp_path / "nowhere")


def test_empty_directory_is_an_input_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no rule files"):
        KnowledgeBase.load(tmp_path / "empty")


def test_alias_bomb_is_read_quickly(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(12))
    write_rules(tmp_path / "rules", bomb, names=["sample-alert"])
    found = problems(tmp_path / "rules")
    assert found and all("unknown field" in f or "missing required" in f for f in found)


def test_a_valid_rule_from_the_factory_loads(tmp_path):
    write_rules(tmp_path / "rules", make_rule())
    kb = KnowledgeBase.load(tmp_path / "rules")
    assert [r.id for r in kb.rules] == ["sample-alert"]
