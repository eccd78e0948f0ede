"""Reading rule files: safe YAML, duplicate keys, line numbers, pydantic.

Every problem is collected as an ``Issue`` with ``file:line`` so that lint
can report all of them together.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .checks.base import Issue
from .errors import Location, RuleSource
from .models import Rule
from .paths import rule_files

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_FILE_BYTES = 1_000_000


@dataclass
class LoadResult:
    rules: list[tuple[Rule, RuleSource]]
    issues: list[Issue]


def load_directory(directory: Path) -> LoadResult:
    """Read every ``*.yaml`` rule file of a directory; never raises for bad content."""
    result = LoadResult([], [])
    for path in rule_files(directory):
        source = RuleSource(path, f"{directory.name}/{path.name}")
        rule, issues = load_file(path, source)
        result.issues.extend(issues)
        if rule is not None:
            result.rules.append((rule, source))
    return result


def load_file(path: Path, source: RuleSource) -> tuple[Rule | None, list[Issue]]:
    try:
        raw = path.read_bytes()
        if len(raw) > _MAX_FILE_BYTES:
            return None, [Issue("yaml", source.at(), "file is larger than 1 MB")]
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Issue("yaml", source.at(), f"cannot read the file as UTF-8 ({exc.__class__.__name__})")]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [Issue("yaml", Location(source.display, line), f"not valid YAML: {problem}")]
    if not isinstance(node, yaml.MappingNode):
        return None, [Issue("yaml", source.at(), "a rule file must be a YAML mapping of fields")]
    issues = _index_lines(node, (), source)
    if issues:
        return None, issues
    data = _construct(node)
    try:
        return Rule.model_validate(data), []
    except ValidationError as exc:
        return None, [_schema_issue(err, source) for err in exc.errors()]


def _construct(node: yaml.Node) -> Any:
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _index_lines(node: yaml.Node, path: tuple, source: RuleSource, seen_nodes: set[int] | None = None) -> list[Issue]:
    """Record the line of every field path; report duplicate keys (YAML keeps the last silently)."""
    seen_nodes = set() if seen_nodes is None else seen_nodes
    if id(node) in seen_nodes:  # an alias: walked once already (and no alias bombs)
        return []
    seen_nodes.add(id(node))
    source.lines[path] = node.start_mark.line + 1
    issues: list[Issue] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                issues.append(Issue("duplicate_key", Location(source.display, line),
                                    f"key '{key}' appears twice (first on line {seen[key]})"))
                continue
            seen[key] = line
            issues += _index_lines(value_node, path + (key,), source, seen_nodes)
            source.lines[path + (key,)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            issues += _index_lines(item, path + (index,), source, seen_nodes)
    return issues


def _schema_issue(err: dict, source: RuleSource) -> Issue:
    loc = tuple(p for p in err["loc"])
    field_name = ".".join(str(p) for p in loc) or "(file)"
    if err["type"] == "extra_forbidden":
        message = f"unknown field '{field_name}'"
    elif err["type"] == "missing":
        message = f"missing required field '{field_name}'"
    elif err["type"] == "string_pattern_mismatch" and loc and loc[-1] == "url":
        message = f"'{field_name}' must be an https:// link"
    elif err["type"] == "string_too_short":
        message = f"'{field_name}' must not be empty"
    else:
        message = f"'{field_name}': {err['msg']}"
    return Issue("schema", source.at(*loc), message)
