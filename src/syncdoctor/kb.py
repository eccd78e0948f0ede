"""KnowledgeBase: the rules, loaded and checked, and the classifier over them.

A facade: loading, checking, compiling and matching live in their own modules.
"""
from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from .errors import InputError, RuleLoadError
from .paths import bundled_rules_dir, rule_files

if TYPE_CHECKING:
    from .checks.base import Issue
    from .errors import RuleSource
    from .models import Match, Rule


class KnowledgeBase:
    """The rules of one directory, checked for structural problems."""

    def __init__(self, rules: list[tuple[Rule, RuleSource]], directory: Path) -> None:
        self.directory = directory
        self._sources = {rule.id: source for rule, source in rules}
        self.rules: list[Rule] = [rule for rule, _ in rules]
        self._by_id = {rule.id: rule for rule in self.rules}
        self._index = None

    @classmethod
    def load(cls, path: str | Path | None = None) -> "KnowledgeBase":
        """Load the bundled rules, or those of ``path``.

        Raises:
            InputError: the directory does not exist or holds no rule file.
            RuleLoadError: any rule file is broken; ``.issues`` lists every problem.
        """
        from . import cache

        directory = Path(path) if path is not None else bundled_rules_dir()
        if not directory.is_dir():
            raise InputError(f"rules directory '{directory}' does not exist")
        try:
            key = cache.content_key(rule_files(directory))
        except OSError:
            key = None
        cached = cache.read(key) if key else None
        if cached is not None:
            rules, classifier = cached
            kb = cls(rules, directory)
            kb._index = classifier
            return kb
        kb, issues = cls.load_with_issues(directory)
        if issues:
            raise RuleLoadError(issues)
        if key:
            cache.write(key, ([(rule, kb._sources[rule.id]) for rule in kb.rules], kb.classifier))
        return kb

    @classmethod
    def load_with_issues(cls, path: str | Path | None = None, checks=None) -> tuple["KnowledgeBase", list[Issue]]:
        """Load what can be loaded and return it with every problem found (for lint)."""
        from .checks import CHECKS, run_checks
        from .loading import load_directory

        directory = Path(path) if path is not None else bundled_rules_dir()
        if not directory.is_dir():
            raise InputError(f"rules directory '{directory}' does not exist")
        loaded = load_directory(directory)
        if not loaded.rules and not loaded.issues:
            raise InputError(f"no rule files (*.yaml) in '{directory}'")
        issues = loaded.issues + run_checks(loaded.rules, checks or CHECKS)
        return cls(loaded.rules, directory), issues

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def source(self, rule_id: str) -> RuleSource:
        return self._sources[rule_id]

    def __len__(self) -> int:
        return len(self.rules)

    # -- classifying ---------------------------------------------------------------
    @property
    def classifier(self):
        if self._index is None:
            from .compile import compile_index
            from .match.decide import Classifier
            from .match.symptoms import compile_symptoms

            self._index = Classifier(compile_index(self.rules), compile_symptoms(self.rules))
        return self._index

    def classify(self, text: str) -> "Match":
        """The best-matching rule for a raw message, or ``rule_id=None`` when no rule fits."""
        if not isinstance(text, str):
            raise InputError(f"a message must be text, not {type(text).__name__}")
        return self.classifier.classify(text)
