"""Properties that hold for any input (hypothesis)."""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncdoctor.compile import compile_index
from syncdoctor.match.extract import _unwrap
from syncdoctor.clean import clean_text
from syncdoctor.normalize import _EXPANSIONS, WORD, QUOTES, _expand, fold, match_words, normalize, word_spans

NAME_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="<>{}\u2026")
# A value as admins name mailboxes and profiles: words of letters, digits and punctuation.
# Values the normaliser reads as encoded (an HTML entity, a JSON escape, UTF-8 shown as Windows-1252; a backslash
# before a quote is JSON's escape once the text holds two, as a wording with two such values does)
# or as quoted ("`Ops`") are decoded on purpose, so they are not values given back as written.  Each
# word, between any blanks, has a letter or a digit: a word of marks only at a value's end is read as
# the writer's separator ("Ops - because", see extract._SEPARATOR_AFTER).  Marks read as quotes count as
# marks: the modifier letter apostrophe "ʼ" is a letter to Python, and an apostrophe to the reader.
VALUES = st.lists(st.text(NAME_CHARS, min_size=1, max_size=12).filter(
                      lambda w: w.strip() == w and all(any(c.isalnum() for c in piece.translate(QUOTES))
                                                       for piece in w.split())),
                  min_size=1, max_size=4).map(" ".join).filter(
                      lambda v: clean_text(v) == v and _unwrap(v) == v and '\\"' not in v)


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
        # Given back in composed form (extract.extract_values): "e" and a combining accent come back as "é".
        written = unicodedata.normalize("NFC", value)
        assert " ".join(match.params.get(name, "").split()) == " ".join(written.split()), (name, value, match.params)


@given(st.text(max_size=300))
def test_normalizing_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(" ".join(once.words)).words == once.words


# Contractions, punctuation inside words, case and the odd non-ASCII letter, joined by spaces or symbols.
WORDY = st.lists(st.sampled_from(["can't", "Cannot", "CANT", "cant", "won't", "isn\u2019t", "o'neil", "mailbox",
                                  "a.b@c.d", "x-y", "Zo\u00eb", "\u00bd", "rock&roll", "it's", "'", "--", "\t"]),
                 max_size=30).map(" ".join)


def _tokens_one_by_one(text: str, start: int) -> list[tuple[str, int, int]]:
    """The obvious tokenizer, one regular-expression match at a time: the oracle for the fast one."""
    text = text.translate(QUOTES)
    found = []
    for hit in WORD.finditer(text, start):
        word = fold(hit.group())
        if not word:
            continue  # "\u037a" folds to nothing
        parts = _expand(word) if "'" in word or word in _EXPANSIONS else (word,)
        found += [(part, hit.start(), hit.end()) for part in parts]
    return found


@given(st.one_of(st.text(max_size=300), WORDY), st.integers(min_value=0, max_value=20))
def test_words_and_their_places_are_those_of_the_obvious_tokenizer(text, start):
    # Matching reads match_words(); values are cut out with word_spans(): both must agree with the oracle.
    expected = _tokens_one_by_one(text, start)
    assert match_words(text, start) == [word for word, _, _ in expected]
    assert word_spans(text, start) == ([s for _, s, _ in expected], [e for _, _, e in expected])
