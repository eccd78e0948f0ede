"""The classifier's figures on syncdoctor's own corpus (tests/corpus/own.jsonl) hold the issue's bars.

The corpus is written by tests/corpus/build_corpus.py with its own names and noise; this
test keeps it in step with the rules and holds the figures.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from syncdoctor.evaluation import evaluate, read_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_corpus_file_is_what_the_builder_writes(tmp_path):
    before = (CORPUS / "own.jsonl").read_bytes()
    subprocess.run([sys.executable, str(CORPUS / "build_corpus.py")], check=True, capture_output=True)
    assert (CORPUS / "own.jsonl").read_bytes() == before, "run tests/corpus/build_corpus.py and commit the result"


def test_figures_on_the_own_corpus(kb):
    report = evaluate(kb, read_corpus(CORPUS / "own.jsonl"))
    figures = report.metrics()
    print(json.dumps(figures))
    assert figures["alert_accuracy"] >= 0.99
    assert figures["symptom_accuracy"] >= 0.90
    assert figures["unknown_alert_abstention"] >= 0.90
    assert figures["unrelated_abstention"] == 1.0
    assert figures["value_accuracy"] >= 0.98


def test_named_answers_are_right_at_least_99_percent(kb):
    """Above the threshold a named rule is the right one (the meaning of the confidence)."""
    cases = read_corpus(CORPUS / "own.jsonl")
    named = [(case, kb.classify(case["message"])) for case in cases]
    named = [(case, match) for case, match in named if match.rule_id is not None]
    right = sum(match.rule_id == case["expect"] for case, match in named)
    assert right / len(named) >= 0.99


def test_vectors_file_is_what_python_answers_now():
    """The JS port is held to tests/vectors/vectors.jsonl: it must be Python's current answers."""
    vectors = Path(__file__).resolve().parent / "vectors"
    before = (vectors / "vectors.jsonl").read_bytes()
    subprocess.run([sys.executable, str(vectors / "build_vectors.py")], check=True, capture_output=True)
    assert (vectors / "vectors.jsonl").read_bytes() == before, "run tests/vectors/build_vectors.py and commit"
