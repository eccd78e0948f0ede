from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import make_rule, write_rules

ROOT = Path(__file__).resolve().parents[2]


def test_lint_passes_on_the_bundled_rules(run):
    code, out, err = run("lint")
    assert (code, out, err) == (0, "22 rules, 13 alert wordings, 0 problems\n", "")


def test_lint_fails_with_file_line_problems(run, tmp_path):
    write_rules(tmp_path / "rules", make_rule(id="renamed"), names=["sample-alert"])
    code, out, _ = run("lint", "--rules", str(tmp_path / "rules"))
    assert code == 1
    assert out.splitlines()[0].startswith("rules/sample-alert.yaml:1: [id_matches_file_name]")
    assert out.splitlines()[-1].endswith("problem") or out.splitlines()[-1].endswith("problems")


def test_eval_reports_families_rules_and_values(run):
    code, out, _ = run("eval", str(ROOT / "tests" / "corpus" / "own.jsonl"), "--json")
    assert code == 0
    assert "family" in out and "most confused" in out or "value_accuracy" in out
    metrics = json.loads(out.splitlines()[-1])
    assert metrics["cases"] > 400


def test_eval_reads_a_corpus_saved_with_a_byte_order_mark(run, tmp_path):
    # Before: ":1: not JSON (Unexpected UTF-8 BOM ...)" and exit 2.
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"message": "hello", "expect": null}\n', encoding="utf-8-sig")
    code, out, err = run("eval", str(corpus), "--json")
    assert code == 0 and json.loads(out.splitlines()[-1])["cases"] == 1, err


def test_eval_refuses_a_missing_corpus(run, tmp_path):
    code, _, err = run("eval", str(tmp_path / "none.jsonl"))
    assert code == 2 and err.startswith("syncdoctor: error: cannot read corpus")


@pytest.mark.parametrize("content, error", [
    ("", "no cases"),  # before: accuracy 1.0 over no case at all
    ("\n\n", "no cases"),
    ('{"message": "x", "expect": 5}\n', ':1: "expect" must be a rule id or null'),  # before: counted as unlabelled
    ('{"message": "x"}\n{"message": "y", "params": ["a"]}\n', ':2: "params" must be an object or null'),
    ('{"message": "x"}\n{"message": "y", "family": 3}\n', ':2: "family" must be a string'),
    ('{"message": "x"}\n{broken\n', ":2: not JSON"),  # before: no line number
    ('{"message": "x"}\n' + "[" * 100_000 + "\n", ":2: not JSON"),  # before: an internal error, RecursionError
])
def test_eval_refuses_a_corpus_it_cannot_score_with_the_line(run, tmp_path, content, error):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(content, encoding="utf-8")
    code, out, err = run("eval", str(corpus))
    assert code == 2 and out == "" and err.startswith("syncdoctor: error: ") and error in err, err


def test_schema_command_prints_the_committed_schema(run):
    code, out, _ = run("schema")
    assert code == 0 and out == (ROOT / "rules" / "schema.json").read_text(encoding="utf-8")


def test_every_rule_file_points_editors_at_the_schema():
    for path in (ROOT / "rules").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=schema.json\n"), path


def test_every_subcommand_is_in_the_readme_and_has_help(run):
    from syncdoctor.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001 - the parser's own table
    for name, sub in commands.items():
        assert f"syncdoctor {name}" in readme, name
        assert sub.description and "xample" in sub.description, name


def test_readme_starts_with_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    assert "syncdoctor explain" in blocks[0] and "pytest" in blocks[1]


def test_version_is_printed_and_is_the_installed_packages(run, capsys):
    # Before, "--version" was an unknown argument.
    import importlib.metadata

    with pytest.raises(SystemExit) as stopped:
        run("--version")
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"syncdoctor {importlib.metadata.version('syncdoctor')}\n"


def test_triage_writes_its_report_and_says_what_it_counted(run, tmp_path):
    alert = ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile EXO has been notified.")
    log = tmp_path / "sync.log"
    other = "INFO [SSS] polling the mailbox queue, 0 items received, nothing new"
    log.write_text(f"2026-11-01 10:00:00 {other}\n2026-11-01 10:00:01 ERROR {alert}\n2026-11-01 10:00:02 {other}\n",
                   encoding="utf-8")
    code, out, err = run("triage", str(log), "--out", str(tmp_path / "report.md"))
    assert code == 0 and out == ""
    assert err == f"1 alert, 1 matched to 1 problem, 0 unmatched, 2 other lines skipped; report written to " \
                  f"{tmp_path / 'report.md'}\n"
    assert "email-receive-secure-connection-error" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_rules_lists_every_rule_by_kind_in_80_columns(run):
    code, out, err = run("rules")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Alerts" and "Known issues" in lines and "Guides" in lines
    assert "  email-pending-send" in lines and "      Email stays in Pending Send after Send is selected" in lines
    assert lines.index("  email-pending-send") > lines.index("Known issues")  # under its kind
    assert max(map(len, lines)) <= 80 and lines[-1].startswith("22 rules.")


def test_rules_of_a_folder_of_one_counts_it_in_the_singular(run, tmp_path):
    write_rules(tmp_path / "rules", make_rule(id="sample-alert"), names=["sample-alert"])
    code, out, _ = run("rules", "--rules", str(tmp_path / "rules"))
    assert code == 0 and out.splitlines()[-1].startswith("1 rule. To read one")


def test_rules_as_json_for_scripts(run, tmp_path):
    code, out, _ = run("rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and len(rules) == 22 and set(rules[0]) == {"id", "kind", "title", "summary"}
    write_rules(tmp_path / "rules", make_rule(id="sample-alert"), names=["sample-alert"])
    code, out, _ = run("rules", "--rules", str(tmp_path / "rules"), "--format", "json")
    assert [rule["id"] for rule in json.loads(out)] == ["sample-alert"]
