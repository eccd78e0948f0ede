"""The verbatim path: an alert exactly as the product wrote it, answered without aligning anything.

Most alerts in an export or a log are clean: the wording letter for letter, with plain names in its
placeholders.  Such a text is found through one of its rarest words, read against the wording's literal pieces, and
answered as the full path (decide.Classifier) would answer it: the rule, confidence 1, the values as written.

Anything less plain goes the full path: damage of any kind, a name with quotes, markup, escapes or invisible
characters in it, a value that could end in two places, a value of more words than a name has or with an alert's
own words in it, or a text that two wordings fit.  The answers are the same either way; tests hold them equal over
every wording with awkward and random values.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import NamedTuple

from .. import mojibake
from ..compile import Index, Wording
from ..normalize import match_words
from ..template import PLACEHOLDER
from .extract import LIGATURES
from .score import OPEN_VALUE_TOKENS

#: Longer texts are no single clean alert (the longest wording with long names is well under this); the full path
#: reads them, and the look-ups here stay cheap for a huge paste.
MAX_VERBATIM_CHARS = 1200
NEAR_SLOT = 3
MEMO_SIZE = 8192  # values remembered as plain or not, per wording
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+")
#: A plain name: letters and digits of any script with the punctuation names carry, single spaces between words,
#: starting with a letter or a digit and ending with one or a bracket; a period only inside a word ("v2.1",
#: "a.b@c.d").  A period before a space ("Dr. A. Ng", "Inc.") reads as a sentence's end, "..." as words left out;
#: quotes, markdown, escapes, a doubled apostrophe, entities, blanks other than a space, invisible characters, line
#: breaks, ligatures and letters that may be misread UTF-8 are read through by the full path: such values are left
#: to it.
_PLAIN_VALUE = re.compile(r"[^\W_](?:[^\W_]|\.(?=[^\W_])|[,&@+/()#:-]|'(?!')| (?! ))*(?<=[^\W_]|\))")


class _Pieces(NamedTuple):
    """A wording cut at its placeholders: the text before the first, the texts between, the text after the last."""
    head: str
    middles: tuple[str, ...]
    tail: str
    names: tuple[str, ...]  # the placeholders in order (a name may come twice)


class VerbatimIndex:
    """Each wording with placeholders by its rarest word; those without placeholders, by their whole text."""

    def __init__(self, index: Index) -> None:
        self._wordings = index.wordings
        self._pieces = [_cut(wording.text) for wording in index.wordings]
        self._own_words = [_near_slots(wording) for wording in index.wordings]
        self._triples = {triple for wording in index.wordings
                         for triple in zip(wording.tokens, wording.tokens[1:], wording.tokens[2:])}
        self._openers = {tuple(match_words(sentence)[:2]) for wording in index.wordings
                         for sentence in _SENTENCE_START.split(PLACEHOLDER.sub(" ", wording.text))}
        self._exact: dict[str, int] = {}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._plain_memo: dict[tuple[str, int], bool] = {}
        # Words as the blanks cut them ("approved.", "can't"), placeholders and what touches them left out: a text
        # of the wording has each of them as it is, so one look-up of the text's own pieces finds them.
        words_of = [{word for word in wording.text.split() if "{" not in word and "}" not in word}
                    for wording in index.wordings]
        frequency: dict[str, int] = defaultdict(int)
        for words in words_of:
            for word in words:
                frequency[word] += 1
        for number, (wording, words) in enumerate(zip(index.wordings, words_of)):
            if not wording.slots:
                self._exact.setdefault(wording.text, number)
            elif words:
                self._by_word[min(sorted(words), key=lambda word: (frequency[word], -len(word)))].append(number)

    def match(self, text: str) -> tuple[Wording, dict[str, str]] | None:
        """The one wording ``text`` is, letter for letter, and its plain values; None if not exactly one."""
        if len(text) > MAX_VERBATIM_CHARS or "\n" in text:
            return None
        exact = self._exact.get(text)
        if exact is not None:
            return self._wordings[exact], {}
        found = None
        for word in set(text.split()):
            for number in self._by_word.get(word, ()):
                values = self._values(number, text)
                if values is not None:
                    if found is not None:
                        return None
                    found = self._wordings[number], values
        return found

    def forget(self) -> None:
        """Forget which values were plain (the benchmark starts each run cold)."""
        self._plain_memo.clear()

    def _values(self, number: int, text: str) -> dict[str, str] | None:
        """The values of the one way ``text`` reads as this wording with plain values in it."""
        pieces = self._pieces[number]
        if not (text.startswith(pieces.head) and text.endswith(pieces.tail)):
            return None
        places = _only_places(pieces, text)
        if places is None:
            return None
        values: dict[str, str] = {}
        for name, (start, end) in zip(pieces.names, places):
            value = text[start:end]
            if values.setdefault(name, value) != value or not self._plain_in(value, number):
                return None
        return values

    def _plain_in(self, value: str, number: int) -> bool:
        """Whether ``value`` is plain in wording ``number`` (remembered: a log names the same mailboxes again)."""
        known = self._plain_memo.get((value, number))
        if known is None:
            if len(self._plain_memo) >= MEMO_SIZE:
                self._plain_memo.clear()
            known = self._plain_memo[value, number] = self._plain(value, self._own_words[number])
        return known

    def _plain(self, value: str, own_words: frozenset[str]) -> bool:
        """A name the full path reads as it is written (see _PLAIN_VALUE), of no more words than a name has (see
        score.OPEN_VALUE_TOKENS), and none of them words of its own wording ("Ops the mailbox": the full path weighs
        whether "the mailbox" is the name's or the wording's) nor of an alert's phrases (see _holds_alert_words)."""
        if _PLAIN_VALUE.fullmatch(value) is None or not unicodedata.is_normalized("NFC", value) \
                or _read_again(value):
            return False
        words = match_words(value)
        return len(words) <= OPEN_VALUE_TOKENS and not any(word in own_words for word in words) \
            and not self._holds_alert_words(words)

    def _holds_alert_words(self, words: list[str]) -> bool:
        """Three words in a row that some wording has ("has been disabled"), or the two words a wording's sentence
        starts with ("Then, enable"): the full path weighs whether they are the name's or the rest of an alert."""
        return any(triple in self._triples for triple in zip(words, words[1:], words[2:])) \
            or any(pair in self._openers for pair in zip(words, words[1:]))


def _read_again(value: str) -> bool:
    """Letters the full path reads as other letters: a typeset page's ligature ("Pro\ufb01le": "fi"), or what could
    be UTF-8 shown in another code page ("RecepciÃ³n": "Ã³" is "ó"; the full path weighs whether it is)."""
    return not value.isascii() and (value.translate(LIGATURES) != value
                                    or any(misreading.runs.search(value) for misreading in mojibake.misreadings()))


def _near_slots(wording: Wording) -> frozenset[str]:
    """The wording's words next to its placeholders, NEAR_SLOT on each side."""
    return frozenset(word for slot in wording.slots
                     for word in wording.tokens[max(0, slot.position - NEAR_SLOT):slot.position + NEAR_SLOT])


def _cut(text: str) -> _Pieces:
    """A wording's text cut at its placeholders (see _Pieces)."""
    parts = PLACEHOLDER.split(text)
    return _Pieces(parts[0], tuple(parts[2:-1:2]), parts[-1], tuple(parts[1::2]))


def _only_places(pieces: _Pieces, text: str) -> list[tuple[int, int]] | None:
    """Where each value stands, if there is only one way: each middle piece placed as early as it can be (from the
    left) and as late as it can be (from the right) in the same place.  Every value has a character at least."""
    early, start = [], len(pieces.head)
    for middle in pieces.middles:
        found = text.find(middle, start + 1)
        if found < 0:
            return None
        early.append(found)
        start = found + len(middle)
    end = len(text) - len(pieces.tail)
    if end <= start:
        return None
    late, stop = [], end
    for middle in reversed(pieces.middles):
        found = text.rfind(middle, 0, stop - 1)
        late.append(found)
        stop = found
    if early != late[::-1]:
        return None
    bounds = [len(pieces.head)] + [at + len(middle) for at, middle in zip(early, pieces.middles)]
    return list(zip(bounds, early + [end]))
