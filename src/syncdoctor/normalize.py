"""The only text normaliser: raw paste -> clean text -> match tokens.

``clean`` keeps the user's words as written (HTML decoded, tags and control
characters removed); each token remembers where it stands in ``clean`` so the
extracted values come back exactly as typed.  Token *text* is folded for
matching: NFKC, casefold, straight quotes, contractions spelled out.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import NamedTuple

#: Longest text that is matched; alerts are a few hundred characters, and
#: everything past this is a stack trace or another paste.
MAX_MATCH_CHARS = 8_000

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u00b4": "'",
                         "\u0060": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2026": " "})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b-\u200d]")
_TAG = re.compile(
    r"</?(?:p|br|div|span|b|i|u|em|strong|a|li|ul|ol|td|tr|th|table|tbody|thead|font|pre|code|h[1-6]|hr|"
    r"blockquote|section|article|label|small|sup|sub|mark|img|body|html|head|tt)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_JSON_EVIDENCE = re.compile(r'\\u[0-9a-fA-F]{4}|\\"[\s\S]*?\\"')  # an escaped character, or quotes escaped in pairs
_JSON_ESCAPE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|(["\\/nrt]))')
_JSON_SIMPLE = {"n": "\n", "r": "\r", "t": "\t"}
FOLD_MIN_LINES = 3
MIN_REPEATED_WORDS = 4  # a text of at least this many words, twice over, is one text pasted twice
FOLD_MIN_WIDTH = 40
# UTF-8 read as Windows-1252 ("canâ€™t", "JosÃ©"): the characters of bytes 0x80..0x9F in that
# code page (undefined ones stay C1 controls, as lenient decoders leave them), then 0xA0..0xFF.
CP1252_HIGH = ("\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
               "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178")
_CP1252_BYTE = {ch: 0x80 + k for k, ch in enumerate(CP1252_HIGH)} | {chr(b): b for b in range(0xA0, 0x100)}
_CONTINUATION = "[" + CP1252_HIGH + "\u00a0-\u00bf]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")  # "> " of a quoted email reply
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/tr|/td|/th|hr)\b[^<>]{0,500}>", re.IGNORECASE)  # end a line or a cell
# What the product appends to an alert record: the error code line and the
# "Details:" trace.  They are cut before matching (the code is kept).
_ERROR_CODE = re.compile(r"(?:^|\s)Email\s+Server\s+Error\s+Code\s*:\s*([A-Za-z0-9_.\-]+)?", re.IGNORECASE)
# (Blanks, not \s, after the line break: \s* would run over every following line break, a
# quadratic search on a paste of many empty lines.)
_DETAILS = re.compile(r"(?:^|\n)[ \t]*(?:Details|Exception|Stack\s*trace)\s*:|\n[ \t]+at\s+[\w.]+\(", re.IGNORECASE)
# Log prefixes in front of an alert: timestamps, levels, bracketed tags, "Alert:".
_PREFIX = re.compile(
    r"""^(?:\s*(?:
        \d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?
      | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?
      | \d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[AP]M)?
      | \[[^\]\n]{0,40}\]
      | (?:error|err|warning|warn|info|information|informational|critical|crit|fatal|debug|trace|notice|alert|severity)
        (?=[\s:\-|\]]) \s*[:\-|]?
      | [A-Za-z][\w ]{0,30}?\balert\s*[:\-]
      | [:\-|>]+
    ))+""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"\w+(?:['.@\-&+/]\w+)*")
_ELISION = re.compile(r"[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026")
_CONNECTORS = "'.@-&+/"  # what may join two runs of letters into one word (see _WORD)
_WORD_PIECES = re.compile(f"({_WORD.pattern})")
_EXPANSIONS = {"can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"),
               "shan't": ("shall", "not"), "cant": ("can", "not"), "wont": ("will", "not")} | {
    # Typed without the apostrophe: "didnt synchronize" is "did not synchronize".
    verb + "nt": (verb, "not") for verb in "did does do is was were has have had could should would are".split()}
_BARE_CONTRACTIONS = tuple(word for word in _EXPANSIONS if "'" not in word)  # "cannot", "cant"


class Token(NamedTuple):
    """A match word and where it stands in the clean text (a tuple: millions are made)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalized:
    clean: str
    words: list[str]     # the match tokens' text: all that matching needs
    error_code: str | None = None
    prefix_end: int = 0  # where the alert part starts in ``clean`` (log prefix cut)
    body_end: int = 0    # where the alert part ends in ``clean`` (trailers cut)
    joined_lines: bool = False  # lines of one width were joined as a hard fold
    cuts: frozenset[int] = frozenset()  # before which words "..." marks left-out text (see elisions)

    @cached_property
    def spans(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of each word in ``clean``, worked out only when values are extracted."""
        return word_spans(self.clean[: self.body_end], self.prefix_end, len(self.words))

    @property
    def tokens(self) -> list[Token]:
        return [Token(*token) for token in zip(self.words, *self.spans)]


def clean_text(raw: str, join_folds: bool = True) -> str:
    """Decode HTML and JSON escapes and UTF-8 shown as Windows-1252, undo a hard fold (unless
    ``join_folds`` is false), drop tags and control characters; keep everything else as written."""
    return _clean(raw, join_folds)[0]


def _clean(raw: str, join_folds: bool) -> tuple[str, bool]:
    """clean_text, and whether lines were joined as a hard fold."""
    joined = False
    text = raw[: MAX_MATCH_CHARS * 4]
    if "\\" in text:
        text = unescape_json(text)
    if not text.isascii():
        text = _MOJIBAKE.sub(_redecode, text)
    text = _CONTROL.sub(" ", text)
    if join_folds and "\n" in text:
        unfolded = unfold(text)
        joined, text = unfolded != text, unfolded
    if ">" in text:
        text = _QUOTE_MARKS.sub("", text)
    if "<" in text:
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        twice = "&amp;" in text.lower()
        text = html.unescape(text)
        if twice and _ENTITY.search(text):  # encoded twice, as in "o&amp;#39;brien"
            text = html.unescape(text)
        if "<" in text:  # entities that hid tags, as in "&lt;p&gt;"
            text = _TAG.sub("", text)
    return text, joined


def unescape_json(text: str) -> str:
    """Text copied out of a JSON document (a log line, an API answer) with its escapes decoded.

    Only text that shows a JSON escape of a character, or of two quotes, is decoded, so
    that a name such as ``CONTOSO\\nadia`` keeps its backslash otherwise.
    Surrogate escapes are left alone.
    """
    if not _JSON_EVIDENCE.search(text):
        return text
    return _JSON_ESCAPE.sub(_json_escape_value, text)


def _json_escape_value(found: re.Match) -> str:
    code, char = found.group(1), found.group(2)
    if code is not None:
        value = int(code, 16)
        return found.group() if 0xD800 <= value <= 0xDFFF else chr(value)
    return _JSON_SIMPLE.get(char, char)


def _redecode(found: re.Match) -> str:
    """One character's UTF-8 bytes that were shown as Windows-1252, decoded again (if they are UTF-8)."""
    try:
        return bytes(_CP1252_BYTE[ch] for ch in found.group()).decode("utf-8")
    except UnicodeDecodeError:
        return found.group()


def unfold(text: str) -> str:
    """Join the lines of a hard fold (every line cut at the same width, even inside a word).

    Word-wrapped lines end where a word does and vary in length, so they are
    left as they are; only three or more lines of which all but the last have
    the same length (of at least 40 characters) are taken for a fold.
    """
    lines = text.split("\n")
    if len(lines) < FOLD_MIN_LINES:
        return text
    widths = {len(line.rstrip("\r")) for line in lines[:-1]}
    if len(widths) != 1 or min(widths) < FOLD_MIN_WIDTH or len(lines[-1].rstrip("\r")) > min(widths):
        return text
    return "".join(line.rstrip("\r") for line in lines)


def fold(word: str) -> str:
    """The matching form of one word (one word still: NFKC may split "¼" into "1⁄4")."""
    if word.isascii():
        return word.lower()
    # Case folded between two NFKC passes, so that folding twice changes nothing ("İ" folds to
    # "i" and a combining dot, which is dropped: only letters, digits and joining marks stay).
    word = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", word).casefold()).translate(QUOTES)
    # NFKC may also leave a mark at an end ("⒈" is "1."): a word never starts or ends with one.
    return "".join(ch for ch in word if ch.isalnum() or ch in "_'.@-&+/").strip(_CONNECTORS)


def split_trailers(clean: str) -> tuple[str, str | None]:
    """Cut the error-code line and any trace after the alert; return (alert part, error code)."""
    code = None
    found = _ERROR_CODE.search(clean) if "code" in clean.lower() else None  # (a cheap test first)
    if found:
        code = found.group(1)
        clean = clean[: found.start()]
    # Without a line break a trace could only match at the very start, which is never cut.
    details = _DETAILS.search(clean) if "\n" in clean else None
    if details and details.start() > 0:
        clean = clean[: details.start()]
    return clean, code


def normalize(raw: str, join_folds: bool = True) -> Normalized:
    """Clean a raw message and split it into match words (see clean_text for ``join_folds``)."""
    clean, joined = _clean(raw, join_folds)
    body, code = split_trailers(clean)
    body = body[:MAX_MATCH_CHARS]
    prefix = _PREFIX.match(body)
    start = prefix.end() if prefix and prefix.end() < len(body) else 0
    words = match_words(body, start)
    half = len(words) // 2
    if half >= MIN_REPEATED_WORDS and words[:half] == words[half:]:  # the same text pasted twice: read it once
        body = body[: word_spans(body, start, len(words))[0][half]]
        words = words[:half]
    cuts = elisions(body, start, len(words)) if "..." in body or "\u2026" in body else frozenset()
    return Normalized(clean, words, code, start, len(body), joined, cuts)


def elisions(body: str, start: int, word_count: int) -> frozenset[int]:
    """Where the text marks left-out words ("...", "…", "[...]") between two words: the number
    of words before each mark.  (At either end a mark is a cut-off end, not an elision.)"""
    found = set()
    for mark in _ELISION.finditer(body, start):
        before = len(match_words(body[: mark.start()], start))
        if 0 < before < word_count:
            found.add(before)
    return frozenset(found)


def match_words(text: str, start: int = 0) -> list[str]:
    """``[t.text for t in tokenize(text, start)]`` without the offsets, the regular expression
    doing most of the work in C: ASCII text is folded by lower-casing it whole."""
    if not text.isascii():
        text = text.translate(QUOTES)  # curly quotes are the usual reason a paste is not ASCII
    if text.isascii():
        lowered = text.lower()
        words = _WORD.findall(lowered, start)
        if "'" not in lowered and not any(bare in lowered for bare in _BARE_CONTRACTIONS):
            return words  # no contraction to spell out
    else:
        words = [word for word in map(fold, _WORD.findall(text, start)) if word]  # some fold to nothing
    spelled: list[str] = []
    for word in words:
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


def tokenize(text: str, start: int = 0) -> list[Token]:
    """The match words of ``text[start:]`` with their places in ``text``."""
    return [Token(*token) for token in zip(match_words(text, start), *word_spans(text, start))]


def _spelled(word: str) -> tuple[str, ...]:
    return _expand(word) if "'" in word or word in _EXPANSIONS else (word,)


def _expand(word: str) -> tuple[str, ...]:
    """Spell contractions out so "can't", "cannot" and "can not" are the same words."""
    if word in _EXPANSIONS:
        return _EXPANSIONS[word]
    if word.endswith("n't") and len(word) > 3:
        return (word[:-3], "not")
    return (word,)


def fold_text(text: str) -> list[str]:
    """The match tokens of a piece of text (template literals, symptoms, queries)."""
    return match_words(text)


# --- plain-language search terms -------------------------------------------------
# Questions are compared by meaning-bearing stems, with the product's many names
# for the same thing folded together.
_SYNONYMS = {
    "e-mail": "email", "emails": "email", "mail": "email", "mails": "email", "message": "email",
    "messages": "email",
    "synchronize": "sync", "synchronise": "sync", "synchronization": "sync", "synchronisation": "sync",
    "synchronizing": "sync", "synchronising": "sync", "synchronized": "sync", "synchronised": "sync",
    "syncing": "sync", "synced": "sync", "syncs": "sync", "sss": "sync",
    "on-prem": "onprem", "on-premises": "onprem", "on-premise": "onprem", "premises": "onprem", "prem": "onprem",
    "o365": "m365", "office": "m365", "365": "m365", "microsoft": "m365",
    "crm": "dynamics", "d365": "dynamics", "dataverse": "dynamics", "app": "dynamics", "application": "dynamics",
    "admin": "administrator", "organiser": "organizer", "attendee": "invitee", "attendees": "invitee",
    "meeting": "appointment", "meetings": "appointment", "calendar": "appointment", "appt": "appointment",
    "logs": "sign", "log": "sign", "signs": "sign",
    "mailboxes": "mailbox", "stays": "stuck", "remains": "stuck", "remain": "stuck", "stay": "stuck",
    "pending": "pending", "tracked": "track", "tracking": "track", "tracks": "track",
    "direction": "direction", "incoming": "incoming", "received": "incoming", "inbound": "incoming",
    "outgoing": "outgoing", "outbound": "outgoing", "sent": "send", "sending": "send", "sends": "send",
    "mb": "megabyte", "size": "large", "big": "large", "huge": "large", "larger": "large", "bigger": "large",
    "throttled": "limit", "throttling": "limit", "limits": "limit", "quota": "limit",
    "retried": "retry", "retries": "retry", "retrying": "retry", "again": "repeat", "repeatedly": "repeat",
    "keeps": "repeat", "keep": "repeat", "often": "repeat", "frequently": "repeat", "constantly": "repeat",
    "repeated": "repeat", "recurring": "repeat",
    "fail": "fail", "fails": "fail", "failed": "fail", "failing": "fail", "failure": "fail", "failures": "fail",
    "error": "fail", "errors": "fail",
    "another": "different", "other": "different", "separate": "different", "second": "different",
    "connect": "connect", "connecting": "connect", "connection": "connect", "connections": "connect",
    "connectivity": "connect", "connected": "connect", "reach": "connect", "reachable": "connect",
    "supported": "support", "supports": "support", "unsupported": "support",
    "verify": "test", "check": "test", "checking": "test", "tested": "test", "testing": "test", "tests": "test",
    "bulk": "mass", "marketing": "mass", "campaign": "mass", "campaigns": "mass", "newsletter": "mass",
    "credentials": "credential",
    "org": "organization", "orgs": "organization", "environment": "organization", "environments": "organization",
    "instance": "organization", "sandbox": "organization", "production": "organization",
}
# Phrases folded before the words are split.
_PHRASES = (
    (re.compile(r"\b(?:over and over|again and again|time after time|all the time|every time)\b", re.I),
     " repeatedly "),
    (re.compile(r"\bserver[- ]side[- ]sync(?:hroni[sz]ation)?\b", re.I), " sss "),
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "al")
SEARCH_STOPWORDS = frozenset(
    "a an the of to for and or in on at by with from is are be been has have had was were this that it its "
    "because their your my our i we you they he she me us them can could will would should do does did not no how "
    "what why which when where who there here so as if then than also just but get got gets getting any all "
    "some one is isn't doesn't don't didn't dont use used using into out up about after before only even "
    "same other others shows show showing appear appears won't don't doesn't isn't aren't can't cannot wont dont "
    "didn't wasn't weren't hasn't haven't please help anyone still".split()
) | frozenset(
    # Everyday filler of a question told as a story: when, how often, how sure.  ("never" and
    # "again" stay: they describe symptoms.)
    "now nothing anything something everything since anymore today yesterday tomorrow morning evening night "
    "always sometimes usually suddenly already yet ever though although while until seem seems seemed really "
    "very quite just like lot lots much these those there they them it's i'm we're they're let's hi hello thanks "
    "thank guys team folks someone somebody everyone anybody think know want need needs tried try trying".split()
)


_SYNONYM_TARGETS = frozenset(_SYNONYMS.values())


def stem(word: str) -> str:
    word = _SYNONYMS.get(word, word)
    if word in _SYNONYM_TARGETS:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # "approve", "approved", "approval" -> "approv"; "disable", "disabled" -> "disabl"
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def search_terms(text: str) -> list[str]:
    """Content-word stems of a plain-language text, in order."""
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    terms = []
    for token in _WORD.finditer(text):
        word = fold(token.group())
        for part in re.split(r"[\-/]", word) if word not in _SYNONYMS else [word]:
            if part and part not in SEARCH_STOPWORDS:
                terms.append(stem(part))
    return terms
