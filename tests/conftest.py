"""Shared fixtures: the bundled knowledge base, valid rule dicts, rule folders on disk."""
from __future__ import annotations

import pytest

from syncdoctor import KnowledgeBase
from syncdoctor.cli import main

@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test session writes its own cache, never the user's."""
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def run(capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    def invoke(*argv: str):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return invoke
