"""The compiled-KB cache: used when fresh, rebuilt when a rule changes, ignored when damaged."""
from __future__ import annotations

from syncdoctor import KnowledgeBase, cache
from tests.helpers import make_rule, write_rules

TEXT = "Email can't be received for the mailbox Ops because the sample broke."


def test_second_load_comes_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path / "cache"))
    folder = write_rules(tmp_path / "rules", make_rule())
    KnowledgeBase.load(folder).classify(TEXT)
    assert list((tmp_path / "cache").glob("kb-*.pickle"))
    monkeypatch.setattr("syncdoctor.loading.load_directory", lambda *_: (_ for _ in ()).throw(AssertionError("parsed")))
    assert KnowledgeBase.load(folder).classify(TEXT).rule_id == "sample-alert"


def test_a_changed_rule_is_seen_at_once(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path / "cache"))
    folder = write_rules(tmp_path / "rules", make_rule())
    assert KnowledgeBase.load(folder).get("sample-alert").title == "A sample alert"
    write_rules(folder, make_rule(title="A renamed alert"))
    assert KnowledgeBase.load(folder).get("sample-alert").title == "A renamed alert"


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path / "cache"))
    folder = write_rules(tmp_path / "rules", make_rule())
    KnowledgeBase.load(folder)
    for path in (tmp_path / "cache").glob("kb-*.pickle"):
        path.write_bytes(b"\x80\x05garbage")
    assert KnowledgeBase.load(folder).classify(TEXT).rule_id == "sample-alert"


def test_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SYNCDOCTOR_NO_CACHE", "1")
    KnowledgeBase.load(write_rules(tmp_path / "rules", make_rule()))
    assert cache.cache_dir() is None and not (tmp_path / "cache").exists()


def test_a_cache_others_can_write_is_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_CACHE_DIR", str(tmp_path / "cache"))
    cache.write("k1", {"x": 1})
    path = tmp_path / "cache" / "kb-k1.pickle"
    assert cache.read("k1") == {"x": 1}
    path.chmod(0o666)
    assert cache.read("k1") is None
