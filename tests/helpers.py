"""Helpers for the tests: valid rule dicts and rule folders on disk."""
from __future__ import annotations

import copy
from pathlib import Path

import yaml

VALID_RULE = {
    "id": "sample-alert",
    "title": "A sample alert",
    "kind": "alert",
    "summary": "A rule used by the tests.",
    "alerts": [{"text": "Email can't be received for the mailbox {mailbox_name} because the sample broke."}],
    "meaning": "Nothing reaches **{mailbox_name}**.",
    "cause": "The sample broke.",
    "resolution": ["Mend the sample.", "Run **Test & Enable Mailbox**."],
    "applies_to": ["Any"],
    "areas": ["incoming email"],
    "effect": {"disables": ["incoming email"], "persistence": "permanent"},
    "references": [{"title": "Docs", "url": "https://example.org/docs"}],
    "examples": ["Email can't be received for the mailbox Ops because the sample broke.",
                 "email cant be received for the mailbox Ops because the sampel broke"],
}


def make_rule(**overrides) -> dict:
    rule = copy.deepcopy(VALID_RULE)
    rule.update(overrides)
    return rule


def write_rules(folder: Path, *rules: dict | str, names: list[str] | None = None) -> Path:
    """Write rules (dicts, or YAML text) as <id>.yaml files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, rule in enumerate(rules):
        if isinstance(rule, dict):
            name = names[index] if names else rule.get("id", f"rule-{index}")
            text = yaml.safe_dump(rule, sort_keys=False, allow_unicode=True)
        else:
            name = names[index] if names else f"rule-{index}"
            text = rule
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder
