"""KnowledgeBase: the rules, loaded and checked, and the classifier over them.

A facade: loading, checking, compiling and matching live in their own modules.
Rules are kept as plain records (what the cache holds) and become pydantic
``Rule`` objects when asked for, so the CLI never waits for pydantic's machinery.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, RuleLoadError, RuleSource
from .paths import bundled_rules_dir, rule_files

if TYPE_CHECKING:
    from .checks.base import Issue
    from .match.decide import Classifier, Decision
    from .models import Match, Rule


class KnowledgeBase:
    """The rules of one directory, checked for structural problems."""

    def __init__(self, records: list[tuple[dict[str, Any], RuleSource]], directory: Path,
                 rules: list["Rule"] | None = None, classifier: "Classifier | None" = None) -> None:
        self.directory = directory
        self._records = {record["id"]: record for record, _ in records}
        self._sources = {record["id"]: source for record, source in records}
        self._rules = rules
        self._classifier = classifier

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
            records, classifier = cached
            return cls(records, directory, classifier=classifier)
        kb, issues = cls.load_with_issues(directory)
        if issues:
            raise RuleLoadError(issues)
        if key:
            cache.write(key, ([(kb._records[i], kb._sources[i]) for i in kb._records], kb.classifier))
        return kb

    @classmethod
    def load_with_issues(cls, path: str | Path | None = None, checks=None) -> tuple["KnowledgeBase", list["Issue"]]:
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
        unique = {rule.id: (rule, source) for rule, source in loaded.rules}
        records = [(rule.model_dump(mode="json"), source) for rule, source in unique.values()]
        return cls(records, directory, rules=[rule for rule, _ in unique.values()]), issues

    @property
    def rules(self) -> list["Rule"]:
        """Every rule, as validated pydantic models."""
        if self._rules is None:
            from .models import Rule

            self._rules = [Rule.model_validate(record) for record in self._records.values()]
        return self._rules

    def get(self, rule_id: str) -> "Rule | None":
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    @property
    def ids(self) -> list[str]:
        """Every rule id, sorted."""
        return sorted(self._records)

    def ids_meant(self, typed: str) -> list[str]:
        """The rule ids a mistyped or shortened one may mean: those that hold it ("gmail"), else the likest by
        spelling ("profile-credential-invalid"); at most three."""
        import difflib

        typed = typed.strip().lower()
        holding = [rule_id for rule_id in self.ids if typed and typed in rule_id]
        return holding[:3] or difflib.get_close_matches(typed, self.ids, n=3, cutoff=0.6)

    def record(self, rule_id: str) -> dict[str, Any] | None:
        """A rule as plain data (what the templates and JSON output read)."""
        return self._records.get(rule_id)

    def source(self, rule_id: str) -> RuleSource:
        return self._sources[rule_id]

    def __len__(self) -> int:
        return len(self._records)

    # -- classifying ---------------------------------------------------------------
    @property
    def classifier(self) -> "Classifier":
        if self._classifier is None:
            from .compile import compile_index
            from .match.decide import Classifier
            from .match.symptoms import compile_symptoms

            self._classifier = Classifier(compile_index(self.rules), compile_symptoms(self.rules))
        return self._classifier

    def decide(self, text: str) -> "Decision":
        """The classifier's answer as plain data (what ``classify`` wraps)."""
        if not isinstance(text, str):
            raise InputError(f"a message must be text, not {type(text).__name__}")
        return self.classifier.classify(text)

    def classify(self, text: str) -> "Match":
        """The best-matching rule for a raw message, or ``rule_id=None`` when no rule fits."""
        from .models import Match

        return Match.model_validate(self.decide(text).to_dict())
