"""Clean text -> match words: tokens folded for matching, and where each stands in the text.

``clean`` (see clean.py) keeps the user's words as written; each word's place
in it is known, so extracted values come back exactly as typed.  Word *text*
is folded for matching: NFKC, casefold, straight quotes, contractions spelled out.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import NamedTuple

from .clean import LOG_PREFIX, MAX_MATCH_CHARS, WRAP_START, clean_paste, split_trailers, unwrapped
from .folds import Cuts

# Quote marks as typed by word processors and keyboards, folded to ASCII.  (A modifier-letter
# apostrophe and a prime stand in for the apostrophe too: "canʼt", "O′Neil".)
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u00b4": "'",
                         "\u0060": "'", "\u02bc": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
                         "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"', "\u2026": " "})
#: The first part of a long text that is matched ends at a line's end within this many characters of MAX_MATCH_CHARS.
LINE_CUT_ROOM = 2_000
MIN_REPEATED_WORDS = 4  # a text of at least this many words, twice over, is one text pasted twice
WORD = re.compile(r"\w+(?:['.@\-&+/]\w+)*")
_ELISION = re.compile(r"[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026")
_CONNECTORS = "'.@-&+/"  # what may join two runs of letters into one word (see WORD)
_WORD_PIECES = re.compile(f"({WORD.pattern})")
_EXPANSIONS = {"can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"),
               "shan't": ("shall", "not"), "cant": ("can", "not"), "wont": ("will", "not")} | {
    # Typed without the apostrophe: "didnt synchronize" is "did not synchronize".
    verb + "nt": (verb, "not") for verb in "did does do is was were has have had could should would are".split()}
# Any contraction written without an apostrophe ("cannot", "didnt"), found in one pass.
_BARE_CONTRACTION = re.compile("|".join(re.escape(word) for word in _EXPANSIONS if "'" not in word))


class Token(NamedTuple):
    """A match word and where it stands in the clean text (a tuple: millions are made)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalized:
    clean: str
    words: list[str]     # the match tokens' text: all that matching needs
    error_code: str | None = None  # after "Email Server Error Code:" ("" if cut off); None: no such line
    prefix_end: int = 0  # where the alert part starts in ``clean`` (log prefix cut)
    body_end: int = 0    # where the alert part ends in ``clean`` (trailers cut)
    fold_cuts: Cuts = ()  # (line, next line) at each break a hard fold's reading took out
    cuts: frozenset[int] = frozenset()  # before which words "..." marks left-out text (see elisions)

    @cached_property
    def spans(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of each word in ``clean``, worked out only when values are extracted."""
        return word_spans(self.clean[: self.body_end], self.prefix_end, len(self.words))

    @property
    def tokens(self) -> list[Token]:
        return [Token(*token) for token in zip(self.words, *self.spans)]


def fold(word: str) -> str:
    """The matching form of one word (one word still: NFKC may split "¼" into "1⁄4")."""
    if word.isascii():
        return word.lower()
    # Case folded between two NFKC passes, so that folding twice changes nothing ("İ" folds to
    # "i" and a combining dot, which is dropped: only letters, digits and joining marks stay).
    word = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", word).casefold()).translate(QUOTES)
    # NFKC may also leave a mark at an end ("⒈" is "1."): a word never starts or ends with one.
    word = "".join(ch for ch in word if ch.isalnum() or ch in "_'.@-&+/").strip(_CONNECTORS)
    return _latin_look_alikes(word)


# Cyrillic and Greek letters that look like Latin ones (lower-cased: "В" is "в", read as "b").  In a
# word that mixes them with Latin letters they were pasted or typed in place of those ("Emаil" with a
# Cyrillic "а"); a word all in one script ("Иван", "Ωmega" aside) is left as it is.
_LOOK_ALIKES = str.maketrans("аеорсхуіјѕԁӏвкмнтοαειρτχνμκ", "aeopcxyijsdlbkmhtoaeiptxvmk")
_LATIN_LETTER = re.compile(r"[a-z]")


def _latin_look_alikes(word: str) -> str:
    if not _LATIN_LETTER.search(word):
        return word
    latin = word.translate(_LOOK_ALIKES)
    return latin if latin.isascii() else word


def normalize(raw: str, join_folds: bool = True) -> Normalized:
    """Clean a raw message and split it into match words (see clean.clean_text for ``join_folds``)."""
    clean, fold_cuts = clean_paste(raw, join_folds)
    body, code = split_trailers(clean)
    if len(body) > MAX_MATCH_CHARS:
        body = cut_after_a_line(body)
    prefix = LOG_PREFIX.match(body)
    start = prefix.end() if prefix and prefix.end() < len(body) else 0
    if start and WRAP_START.match(body, start):  # a log's line that quotes the alert: '... ERROR "..."'
        inner = unwrapped(body[start:])
        start = body.index(inner, start)
        body = body[:start + len(inner)]
    words = match_words(body, start)
    half = len(words) // 2
    if half >= MIN_REPEATED_WORDS and words[:half] == words[half:]:  # the same text pasted twice: read it once
        body = body[: word_spans(body, start, len(words))[0][half]]
        words = words[:half]
    cuts = elisions(body, start, len(words)) if "..." in body or "\u2026" in body else frozenset()
    return Normalized(clean, words, code, start, len(body), fold_cuts, cuts)


def cut_after_a_line(body: str) -> str:
    """The first MAX_MATCH_CHARS characters of a longer text, to the end of their last whole line if one ends in the
    last LINE_CUT_ROOM of them: an alert on the line across the cut is then left whole to the next part that is read
    (see readings.PasteReadings._read_on), not read cut short here."""
    head = body[:MAX_MATCH_CHARS]
    line_end = head.rfind("\n", MAX_MATCH_CHARS - LINE_CUT_ROOM)
    return head[:line_end] if line_end > 0 else head


def elisions(body: str, start: int, word_count: int) -> frozenset[int]:
    """Where the text marks left-out words ("...", "…", "[...]") between two words: the number
    of words before each mark.  (At either end a mark is a cut-off end, not an elision.)"""
    starts = word_spans(body, start, word_count)[0]
    found = set()
    for mark in _ELISION.finditer(body, start):
        before = bisect_left(starts, mark.start())
        if 0 < before < word_count:
            found.add(before)
    return frozenset(found)


def match_words(text: str, start: int = 0) -> list[str]:
    """The match words of ``text[start:]`` (their places: word_spans), the regular expression
    doing most of the work in C: ASCII text is folded by lower-casing it whole."""
    if not text.isascii():
        text = text.translate(QUOTES)  # curly quotes are the usual reason a paste is not ASCII
    if text.isascii():
        lowered = text.lower()
        words = WORD.findall(lowered, start)
        if "'" not in lowered and not _BARE_CONTRACTION.search(lowered):
            return words  # no contraction to spell out
    else:
        words = [word for word in map(fold, WORD.findall(text, start)) if word]  # some fold to nothing
    spelled: list[str] = []
    for word in words:  # _spelled, written out: this loop runs for every word of many pastes
        if "'" in word or word in _EXPANSIONS:
            spelled.extend(_expand(word))
        else:
            spelled.append(word)
    return spelled


def word_spans(text: str, start: int = 0, word_count: int | None = None) -> tuple[list[int], list[int]]:
    """Where each word of ``match_words(text, start)`` stands in ``text``, as (starts, ends).

    Splitting on the word pattern and adding up the pieces' lengths keeps the
    work in C; a contraction spelled out as two words gives both its place.
    ``word_count`` is ``len(match_words(text, start))`` when the caller knows it.
    """
    if not text.isascii():
        text = text.translate(QUOTES)  # same length: offsets stay valid
    pieces = _WORD_PIECES.split(text[start:])  # [gap, word, gap, word, ..., gap]
    bounds = list(accumulate(map(len, pieces), initial=start))
    starts, ends = bounds[1:-1:2], bounds[2::2]
    words = pieces[1::2]
    if word_count is None:
        word_count = len(match_words(text, start))
    if word_count == len(words) and text.isascii():
        return starts, ends
    for k in reversed(range(len(words))):  # a contraction's place once more for each extra word; none
        word = words[k]                      # for a word that folds to nothing
        if "'" in word or not word.isascii() or word.lower() in _EXPANSIONS:
            folded = fold(word)
            count = len(_spelled(folded)) if folded else 0
            starts[k:k + 1] = [starts[k]] * count
            ends[k:k + 1] = [ends[k]] * count
    return starts, ends


def _spelled(word: str) -> tuple[str, ...]:
    return _expand(word) if "'" in word or word in _EXPANSIONS else (word,)


def _expand(word: str) -> tuple[str, ...]:
    """Spell contractions out so "can't", "cannot" and "can not" are the same words."""
    if word in _EXPANSIONS:
        return _EXPANSIONS[word]
    if word.endswith("n't") and len(word) > 3:
        return (word[:-3], "not")
    if word.endswith("'t") and len(word) > 2:
        return (word[:-2], "not")  # "did't": a slip in "didn't"
    return (word,)


def fold_text(text: str) -> list[str]:
    """The match tokens of a piece of text (template literals, symptoms, queries)."""
    return match_words(text)
