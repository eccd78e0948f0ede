"""Properties that hold for any input (hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncdoctor.compile import compile_index
from syncdoctor.normalize import normalize

NAME_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="<>{}\u2026")
# A value as admins name mailboxes and profiles: words of letters, digits and punctuation.
VALUES = st.lists(st.text(NAME_CHARS, min_size=1, max_size=12).filter(lambda w: w.strip() == w and any(c.isalnum() for c in w)),
                  min_size=1, max_size=4).map(" ".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_classify_never_raises(kb, text):
    match = kb.classify(text)
    assert 0.0 <= match.confidence <= 1.0


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.data())
def test_a_filled_template_gives_its_rule_and_values_back(kb, data):
    wordings = compile_index(kb.rules).wordings
    wording = data.draw(st.sampled_from(wordings))
    values = {slot.name: data.draw(VALUES, label=slot.name) for slot in wording.slots}
    text = wording.text
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    match = kb.classify(text)
    assert match.rule_id == wording.rule_id
    for name, value in values.items():
        assert " ".join(match.params.get(name, "").split()) == " ".join(value.split()), (name, value, match.params)


@given(st.text(max_size=300))
def test_normalizing_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(" ".join(once.words)).words == once.words
