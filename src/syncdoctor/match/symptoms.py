"""Plain-language search over titles, summaries and symptoms.

Each rule is a set of short documents (its title, summary and each symptom).
A question matches a rule when its rare words are found together in one of
them, most of the question's words are found somewhere in the rule, and it
shares enough terms with the rule (see MIN_SHARED_TERMS).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..normalize import match_words
from ..terms import (ENVIRONMENT_KINDS, EVERYDAY_WORDS, FUNCTION_WORDS, NUMBER_WORDS, PERSONAL_WORDS, STORY_WORDS,
                     WEB_ADDRESS, phrased, search_words, synonym_words)

if TYPE_CHECKING:
    from ..models import Rule

#: A text of more terms than this (or of more words than MAX_QUESTION_WORDS) is a document, a whole
#: forum post or a log, rather than a question: its closest rules are listed, none is named.
MAX_QUESTION_TERMS = 30
MAX_QUESTION_WORDS = 60
#: A description that shares fewer terms than this with a rule ("Error", "Sent", "Please wait,
#: then try again", "Quota exceeded.") says too little to name it: its score is scaled down, but
#: it still counts as a rival that makes another rule's answer less sure.  The price: a two-word
#: query ("pending send") names nothing either.
MIN_SHARED_TERMS = 3
FEW_SHARED_TERMS = 0.4
#: Nor does one whose shared terms are all used by more than a quarter of the rules ("Failed to
#: send email": email, send, fail): one of them must be at least this rare (idf of a quarter).
SPECIFIC_IDF = math.log(1 + 4)
MAX_QUESTION_CHARS = 2_000  # longer than any question: not looked at (a huge paste costs nothing)
#: A person asking wraps the problem in everyday words ("they just sit there"); a system's
#: message does not, so there a word no rule uses is a name or another subject and weighs as
#: the rarest word of the domain.  In a question it weighs as a word of one rule in this many.
ASKING_UNKNOWN_SHARE = 3.0
#: A slip in a question's word ("emial", "incomming", "dashbaord") is read as the word of the rules
#: it is one edit from (two from a word of nine letters or more).  Shorter words are too easily
#: another word, and only plain letters are corrected (not "365", not names with marks).
MIN_CORRECTED_LETTERS = 5
#: A word one letter shorter may be such a word with a letter lost ("emal", "gmal", "qeue"): it is read
#: as a rules' word it lacks one letter of, and as no other; and only if written in lower case, as a
#: slip is ("Gail from accounting" is a name).
LOST_LETTER_MIN = MIN_CORRECTED_LETTERS - 1
#: A long question tells its problem among words of its own ("Hi all, since we moved to Exchange
#: Online last month every email our sales people send just sits in Pending Send. Any idea what to
#: check?"): the problem's words are a smaller share of it than of a short description, though the
#: rule they point to is as clear.  So a question (with a question mark: a system's long message
#: seldom asks one), or a person's account of their own problem (in the first person, FIRST_PERSON:
#: "my mailbox", "our queue"; or "we", unless the text speaks to the reader, READER_WORDS, as a
#: system's "We couldn't save... the credentials you entered" does), of more terms
#: than a short description has is measured as if it had that many, in proportion to its length up
#: to LONG_QUESTION_TERMS.
SHORT_QUESTION_TERMS = 8
LONG_QUESTION_TERMS = 12
FIRST_PERSON = frozenset("i me my our us i'm i've i'd i'll".split())
WE_WORDS = frozenset("we we're we've we'd we'll".split())  # "We'd like to connect...", as "we"
READER_WORDS = frozenset("you your".split())
_NUMBER = re.compile(r"[0-9]+\Z")


@lru_cache(maxsize=1)
def number_terms() -> frozenset[str]:
    """The terms of the number words ("twenty", "hundred"...): how many, not what.  Worked out on first use, as the
    phrases they are read through are (terms.phrase_patterns)."""
    return frozenset(term for word in NUMBER_WORDS for _, term in search_words(word))


#: The words the lexicon knows, and their terms; and the everyday words of a story ("says" is no
#: slip of "stays"): no slips of other words (see _may_be_a_slip).
_SYNONYM_WORDS = synonym_words()
KNOWN_WORDS = frozenset(_SYNONYM_WORDS) | frozenset(_SYNONYM_WORDS.values()) | EVERYDAY_WORDS
_CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp][Mm])?"
_NAME = r"[A-Z][A-Za-z0-9_.'\-]*(?:,?[ \t][A-Z][A-Za-z0-9_.'\-]*){0,3}"  # "Dana Smith", "Lee, Min-jun"
# A mail's header lines, and a chat's line of who wrote when, above a question (see without_headers).
_MAIL_HEADER = re.compile(r"(?:from|sent|to|cc|bcc|date|subject|importance)[ \t]?:[^\n]*", re.IGNORECASE)
_CHAT_LINE = re.compile(rf"\[?{_CLOCK}\]?(?:[ \t]+{_NAME})?|{_NAME},?[ \t]+{_CLOCK}")
# Where a mail's reply quotes the message it answers: Outlook's "-----Original Message-----" or its line of
# underscores, another client's "On Tue, Nov 26, 2026, Dana Smith <dana@...> wrote:".  That message's header lines
# follow.
_REPLY_START = re.compile(r"-{2,} ?original message ?-{2,}|_{10,}|on\b.{4,160}\bwrote:", re.IGNORECASE)
# A ticket's fields: the title and the description hold the question, the others say nothing of it.
_TITLE_LINE = re.compile(r"(?:subject|summary|title|description|short description)[ \t]?:[ \t]*([^\n]*)", re.IGNORECASE)
# (Not "Status:", which may well be "Pending Send".)
_FIELD_LINE = re.compile(r"(?:priority|severity|impact|urgency|components?|assignee|assigned to|reporter|reported by|"
                         r"labels?|environment|created|updated|due|ticket|case|incident|id|issue type)[ \t]?:[^\n]*",
                         re.IGNORECASE)
ASKING_ANYWHERE = frozenset("i we my our us me how why what which he she him his her "
                            "i'm i've i'd i'll we're we've we'd we'll".split())
ASKING_OPENERS = frozenset("can could does do is are should will would when where who".split())
#: The product's alert sentence: "<something> can't be <done> ... because <reason>", "The mailbox
#: <name> has been disabled because <reason>" (see reads_as_a_system).  The reason follows the
#: participle within this many words.
REASON_WITHIN = 12
PASSIVE_BE = frozenset("be is are was were been".split())
#: Written as a system writes: a sentence that starts with a capital and ends with a full stop.
_SENTENCE = re.compile(r"\A[ \t\r\n]*[A-Z][\s\S]*[.!][ \t\r\n]*\Z")
#: ...once the marks a removed ticket label leaves around it are gone (see reads_as_a_system), and what decorates
#: a pasted line: markdown's "**" and "```", a warning sign, the tag of a log's XML ("<Message>...</Message>").
_LEFT_BY_LABELS = re.compile(r"\A(?:<[^<>\n]{1,40}>|[^A-Za-z0-9])+|(?:<[^<>\n]{1,40}>|[^A-Za-z0-9.!?])+\Z")
#: Where a question's sentences end (its blanks are single spaces by now): see told_part and SENTENCE_ALONE.
_SENTENCE_END = re.compile(r"(?<=[.!?;]) +")
#: An aside in brackets ("(typing on mobile)", "(on behalf of a client)"): see known_part.  One with a digit or a
#: word with a capital inside ("(Error 0x80070057)", "(ErrorServerBusy)") is another system's code and stays.
_ASIDE = re.compile(r"\(([^()]{1,60})\)")
_CODE_LIKE = re.compile(r"[0-9]|[a-z][A-Z]")
#: A sentence that starts by addressing the reader ("You can't...", "...exceeded. Your account..."); not
#: a person's "thank you" or "thanks for your help".
_ADDRESSING_THE_READER = re.compile(r"(?:^[ \t\r\n]*|[.:;!][ \t\r\n]+)(?:you|your)(?![A-Za-z0-9_])", re.IGNORECASE)
#: ...or that tells the reader what to do with their things ("Check your internet connection.", "Verify your account
#: settings.", "Contact your administrator."): a service's instruction, where a person would say "my" or "our";
#: or to try again ("Try again later.", "Remove attachments and try again.", "Verify the SMTP server settings and try
#: again.": up to seven words of what to do first), where a person says they tried ("we tried again", "Outlook will
#: try again" is no instruction).
INSTRUCTING_THE_READER = re.compile(
    r"(?:^[ \t\r\n]*|[.:;!][ \t\r\n]+)(?:please[ \t]+)?(?:"
    r"(?:check|verify|make[ \t]+sure|ensure|confirm|contact|update|enter|re-?enter|restart|reconnect|sign[ \t]+in|"
    r"review|go[ \t]+to)(?![A-Za-z0-9_])[^.!?\n]{0,60}?(?<![A-Za-z0-9_'])your(?![A-Za-z0-9_])|"
    r"(?:try|retry)[ \t]+(?:again|later|sending)(?![A-Za-z0-9_])|"
    r"(?!(?:i|we|they|he|she|it|you)(?![A-Za-z]))[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,6}?[ \t]+and[ \t]+(?:then[ \t]+)?"
    r"(?:try|retry)[ \t]+again(?![A-Za-z0-9_]))", re.IGNORECASE)
#: What is pasted from a system, not a person's words: a program's error number in hexadecimal ("0x800CCC0E"), a
#: server's name or address with its port ("pop.contoso.com:995", "10.0.0.5:993"), a web server's status ("returned
#: HTTP 401", "HTTP/1.1 503").
SYSTEM_MARK = re.compile(r"(?<![A-Za-z0-9_])0x[0-9A-Fa-f]{6,8}(?![A-Za-z0-9_])|"
                         r"(?<![A-Za-z0-9_.\-])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+:[0-9]{2,5}(?![0-9])|"
                         r"(?<![A-Za-z0-9_])HTTP(?:/[0-9](?:\.[0-9])?)?[ \t]+(?:status[ \t]+)?[1-5][0-9]{2}(?![0-9])")
#: A service speaking to its user ("We couldn't sync your calendar.", "We can't connect to your Exchange server right
#: now."): a sentence that starts with "we", the reader's things ("your mailbox"), and no word of the writer's own
#: ("I", "my", "our", "us", see WRITERS_OWN).  A person writing to a vendor says "your" of what the vendor gave
#: ("we followed your guide", "your troubleshooting guide", "we tried your workaround"): that is no service's voice.
WE_START = re.compile(r"(?:^|[.:;!][ \t\r\n]+)[ \t\r\n]*we(?:'re|'ve|'ll|'d)?(?![A-Za-z0-9_'])", re.IGNORECASE)
READERS_THING = re.compile(
    r"(?<![A-Za-z0-9_'])your(?![ \t]+(?:[A-Za-z\-]+[ \t]+)?(?:guides?|docs?|documentation|articles?|posts?|blogs?|tips?|"
    r"advice|suggestions?|recommendations?|instructions|steps|fix(?:es)?|workarounds?|answers?|repl(?:y|ies)|responses?|help|support|"
    r"assistance|team|engineers?|colleagues?|site|website|forums?|videos?|tools?|products?|comments?|notes?|time|"
    r"patience|input|feedback|kb|links?|pages?)(?![A-Za-z0-9_]))(?![A-Za-z0-9_])", re.IGNORECASE)
WRITERS_OWN = frozenset("i me my mine our ours us i'm i've i'd i'll".split())
#: Words that introduce what someone saw, without a mark ("the mailbox says an error occurred...", "it says check
#: your credentials": what follows is the system's, told by a person).
REPORTING_WORDS = frozenset("says say said saying shows show showed showing reads states stating displays displayed "
                            "get gets got getting see sees saw seeing".split())


#: What a person reports an alert or an error said ("...and the alert says the Exchange server is being upgraded", "I got
#: an alert that the time zone of my mailbox is not set"): the words after the alert's noun and a verb of saying, up to
#: the sentence's end.  Not "shows up" (what arrives), and not "logs" (a person "logs in").
_REPORTED = re.compile(
    r"\b(?:alerts?|errors?|messages?|warnings?|notifications?)\b[^.;!?\n]{0,40}?\b(?:says?|said|saying|reads?|states?|"
    r"stating|mentions?|mentioning|blames?|blaming|shows?(?![ \t]+up\b)|showing(?![ \t]+up\b)|tells?|complains?|"
    r"talks[ \t]+about|is[ \t]+about)\b(?:[ \t]+that)?[ \t]+([^.;!?\n]+)|"
    r"\b(?:an?|the)[ \t]+(?:alert|error|message|warning)[ \t]+(?:that|saying)[ \t]+([^.;!?\n]+)",
    re.IGNORECASE | re.ASCII)  # (ASCII: the site's port reads "\b" and case as JavaScript does)


def reported_words(text: str) -> str | None:
    """What the text reports an alert or an error said, if it reports one (see _REPORTED)."""
    reported = _REPORTED.search(text)
    return None if reported is None else reported.group(1) or reported.group(2)


def score_for_rule(index: SymptomIndex, text: str, rule_id: str) -> float:
    """How well ``text``, read as a system's words, describes the problem of one rule (the others are not looked at)."""
    return _search_text(index, text, False, False, (index.rule_ids.index(rule_id),)).scores.get(rule_id, 0.0)


#: A statement that something went well ("Connection to the email server was established
#: successfully.", "Message delivered to the recipient's mailbox.") describes no problem, however
#: many of a rule's words it shares; unless it also tells what went wrong ("Test and enable completed
#: successfully but the mailbox was disabled again"), no rule is named from it.  An approval done ("Your global
#: administrator approved the email address.") is such a success; one still to come ("disabled until their
#: addresses are approved", "needs to be approved") is the trouble itself.  So is a thing found, or there, that a rule
#: is about the lack of ("Autodiscover located the mailbox...", "The Organizer field is present on the form.").
SUCCESS_WORDS = frozenset("success successful successfully succeeded delivered approved completed finished located "
                          "determined present".split())
TROUBLE_WORDS = frozenset("not no never nothing nobody cannot fail fails failed failing failure error errors unable "
                          "but still again however although though yet stuck instead wrong only without anymore "
                          "until unless before need needs needed must require requires required pending waiting awaiting".split())


@dataclass
class SymptomIndex:
    rule_ids: list[str]
    docs: list[list[frozenset[str]]]      # per rule: the term sets of its short documents
    vocab: list[frozenset[str]]           # per rule: every term of the rule
    idf: dict[str, float]
    default_idf: float
    asking_idf: float = 0.0
    spellings: dict[str, str] = field(default_factory=dict)  # words of the rules -> their terms
    doc_weights: list[list[float]] = field(default_factory=list)  # per rule: the idf sum of each document


def compile_symptoms(rules: list[Rule]) -> SymptomIndex:
    rule_ids, docs, vocab = [], [], []
    frequency: dict[str, int] = {}
    spellings: dict[str, str] = {}
    for rule in rules:
        texts = [rule.title, rule.summary, *rule.symptoms]
        words = [search_words(t) for t in texts]
        term_sets = [frozenset(term for _, term in pairs) for pairs in words]
        spellings.update((word, term) for pairs in words for word, term in pairs if _correctable(word))
        everything = frozenset().union(*term_sets)
        rule_ids.append(rule.id)
        docs.append(term_sets)
        vocab.append(everything)
        for term in sorted(everything):  # in order: the same index, whatever the hash seed
            frequency[term] = frequency.get(term, 0) + 1
    total = max(len(rules), 1)
    idf = {term: math.log(1 + total / count) for term, count in frequency.items()}
    for word, term in _SYNONYM_WORDS.items():
        if _correctable(word) and term in idf:
            spellings.setdefault(word, term)
    # Each document's weight, summed once here (in sorted order, as the site's port sums it).
    doc_weights = [[sum(idf[term] for term in sorted(doc)) for doc in term_sets] for term_sets in docs]
    # A word no rule uses weighs as much as the rarest word of the domain: a text about something
    # else is not matched on the few domain words it happens to share.
    return SymptomIndex(rule_ids, docs, vocab, idf, math.log(1 + total), math.log(1 + total / ASKING_UNKNOWN_SHARE),
                        dict(sorted(spellings.items())), doc_weights)


def _correctable(word: str, least: int = MIN_CORRECTED_LETTERS) -> bool:
    return len(word) >= least and word.isascii() and word.isalpha()


#: The words of a sentence's frame and of a story that a search leaves out, as targets of a slip (see
#: corrected_terms): a slip of one of them ("stil", "thier", "beign", "becuase") is no word of another subject, to
#: weigh as the rarest words of the domain.  Each reads as "" when found.  Only words of five letters or more: shorter
#: ones are one letter from too many real words ("even" and "event", "team" and "teams"); and not a ticket's own
#: words ("ticket", "issues", "pointer"), nouns one letter from other nouns ("tickets", "issued", "printer").
FILLER_SPELLINGS = {word: "" for word in sorted(FUNCTION_WORDS | STORY_WORDS)
                    if len(word) >= MIN_CORRECTED_LETTERS and word.isascii() and word.isalpha()}


def corrected_terms(text: str, index: SymptomIndex, asking: bool = False) -> list[str]:
    """The text's search terms; a word whose term no rule uses is read as the rules' word it is a
    slip of, if one is near.  Everyday words that no rule uses are left out of a question, and the
    words only a person writes (PERSONAL_WORDS) out of a description not written in sentences.  Two
    kinds of environment named, one of them through a slip ("sandbox, not produuction"), are two
    environments, as when both are spelled right (see terms.ENVIRONMENT_KINDS)."""
    left_out = EVERYDAY_WORDS if asking else frozenset() if _SENTENCE.search(text) else PERSONAL_WORDS
    terms = []
    pairs = search_words(text)
    written = {ENVIRONMENT_KINDS[word] for word, _ in pairs if word in ENVIRONMENT_KINDS}
    kinds = set(written)
    for word, term in pairs:
        if word in left_out and term not in index.idf:
            continue
        if term in index.idf or not _correctable(word, LOST_LETTER_MIN) or not _may_be_a_slip(word, term, text):
            terms.append(term)
            continue
        spelling = _nearest_spelling(word, index.spellings)
        if spelling is None and _nearest_spelling(word, FILLER_SPELLINGS) is not None:
            continue  # a slip of a word that says nothing ("stil", "thier", "beign"), as that word: left out
        if spelling in ENVIRONMENT_KINDS:
            kinds.add(ENVIRONMENT_KINDS[spelling])
        terms.append(term if spelling is None else index.spellings[spelling])
    if len(kinds) > 1 and len(written) < 2:
        terms.append("different")
    return terms


def _may_be_a_slip(word: str, term: str, text: str) -> bool:
    """A word of MIN_CORRECTED_LETTERS or more letters, or a shorter one written in lower case (see
    LOST_LETTER_MIN); not a word the lexicon knows, nor a form of one ("setting" is no slip of
    "sitting", "seconds" none of "second")."""
    if word in KNOWN_WORDS or term in KNOWN_WORDS:
        return False
    return len(word) >= MIN_CORRECTED_LETTERS or re.search(rf"(?<!\w){word}(?!\w)", text) is not None


def _nearest_spelling(word: str, spellings: dict[str, str]) -> str | None:
    """The rules' word this one is a slip of, if one is near.  A slip keeps the first letter, or swaps it with the
    second ("amilbox", "dadress"): a word that differs there is another word ("sufficient" and "insufficient",
    "ending" and "pending", "older" and "folder")."""
    allowed = 1 if len(word) < 9 else 2
    found = process.extract(word, list(spellings), scorer=OSA.distance, score_cutoff=allowed, limit=None)
    found = [hit for hit in found if _same_start(hit[0], word)
             and (len(word) >= MIN_CORRECTED_LETTERS or len(hit[0]) > len(word))]
    if not found:
        return None
    return min(found, key=lambda hit: (hit[1], hit[2]))[0]  # on a tie, the first in order


def _same_start(spelling: str, word: str) -> bool:
    return spelling[0] == word[0] or spelling[:2] == word[1::-1]


def asks_a_question(text: str) -> bool:
    """A question mark outside a web address (a link's "?id=4411" asks nothing)."""
    return "?" in text and "?" in WEB_ADDRESS.sub(" ", text)


@lru_cache(maxsize=16)
def _words_of(text: str) -> tuple[str, ...]:
    """A question's match words: how it reads is asked of them several times a decision."""
    return tuple(match_words(text))


def is_asking(text: str) -> bool:
    """A question mark, "I", "we", "how", or a question's first word: a person wrote this.  Not in the
    context that says nothing of the problem ("in our tenant", "we use Dynamics 365 online"; see
    terms.phrase_patterns): a system's message with that after it is still a system's."""
    return _asks(text) and _asks(phrased(text))  # the phrases take words out, never put an asking word in


def _asks(text: str) -> bool:
    if asks_a_question(text):
        return True
    words = _words_of(text)
    return bool(words) and words[0] in ASKING_OPENERS or any(word in ASKING_ANYWHERE for word in words)


#: A status display ("Incoming Email: Failure. Outgoing Email: Not Run.") is a system's: fields of a
#: label of a few words, a colon and a value, each at the start or after a sentence's end.
_LABELLED_FIELD = re.compile(r"(?:^|[.;|][ \t]+|\n)[ \t]*[A-Z][A-Za-z]*(?:[ ,]+[A-Za-z]+){0,4}:[ \t]+\S", re.M)
LABELLED_FIELDS = 2


def reads_as_a_system(text: str) -> bool:
    """Whether a text that asks nothing reads as a system's message rather than a person's account:
    it states in sentences, as the product's alerts do, what can't be done or has been done and why
    ("This appointment can't be tracked because the organizer is not a user.", "The mailbox Ops is
    disabled for email processing because the address was changed."), or a sentence of it starts
    by addressing the reader ("You can't track this item...", "Sign-in blocked: your account has
    been disabled") or by telling the reader what to do with their things ("Check your internet connection.", see
    INSTRUCTING_THE_READER), or it holds what is pasted from a system ("0x800CCC0E", "pop.contoso.com:995", see
    SYSTEM_MARK), or it is a status display of labelled fields (see _LABELLED_FIELD).
    A person describing a problem says "I" or "we", or asks; not the "we" of a service that tells the reader of
    "your" mailbox (see in_service_voice: "We couldn't sync your calendar.").  Such a text that no alert wording fits
    is another system's message or an alert no rule covers more often than a description of a symptom."""
    if in_service_voice(text):
        return True
    if is_asking(text):
        return False
    if _ADDRESSING_THE_READER.search(text) or INSTRUCTING_THE_READER.search(text) or SYSTEM_MARK.search(text) \
            or len(_LABELLED_FIELD.findall(text)) >= LABELLED_FIELDS or tells_of_the_readers_things(text):
        return True
    if not is_a_whole_sentence(text):  # a person's search words keep 0.35 ("emails are not sent because ...")
        return False
    words = _words_of(text)
    return "because" in words and any(word in PASSIVE_BE and "because" in words[k + 2:k + 2 + REASON_WITHIN]
                                      for k, word in enumerate(words))


def states_impersonally(text: str) -> bool:
    """Whether a text is a whole sentence (a capital, a full stop) with no person in it and no question:
    "The IMAP server does not support IDLE.", "Sent emails are recorded as incoming." (a person's search words,
    "sent emails recorded as incoming", are no whole sentence; "we", "my" or a question is a person's)."""
    return not is_asking(text) and is_a_whole_sentence(text)


def is_a_whole_sentence(text: str) -> bool:
    """A capital first and a full stop last, once the phrases are folded; the marks a ticket's label leaves around
    it ("P1 incident: ", "Priority: High. ", " - screenshots attached") do not count.  A sentence, though the
    asker's context after it has no stop: "...user.\nP.S. we are on 9.2"."""
    return shaped_as_a_sentence(phrased(text))


def shaped_as_a_sentence(text: str) -> bool:
    """A capital first and a full stop last, the marks a ticket's label leaves around it aside (see
    is_a_whole_sentence); as written: a cheap look, with no phrase folded."""
    return _SENTENCE.search(_LEFT_BY_LABELS.sub("", text)) is not None


def tells_of_the_readers_things(text: str) -> bool:
    """Whether a text speaks of the reader's things (see READERS_THING) with no word of the writer's own: "Outlook
    cannot connect to your outgoing (SMTP) e-mail server." is a program telling its user; a person telling of their
    own problem says "my" or "our" mailbox, not "your" (and "your" of what a vendor gave, "your guide", is no such thing).
    A person who tells what a system said ("the mailbox was disabled, it says check your credentials") still tells
    their own problem: a reporting word before "your" makes it theirs."""
    readers = READERS_THING.search(text)
    return readers is not None and WRITERS_OWN.isdisjoint(_words_of(text)) \
        and REPORTING_WORDS.isdisjoint(match_words(text[:readers.start()]))


def only_instructs(text: str) -> bool:
    """Whether every sentence of a text tells the reader what to do (see INSTRUCTING_THE_READER): "Check your
    internet connection." tells of no problem, so it names no rule however well its words fit one."""
    sentences = [sentence for sentence in _SENTENCE_END.split(text.strip()) if sentence]
    return bool(sentences) and all(INSTRUCTING_THE_READER.match(sentence) for sentence in sentences)


def in_service_voice(text: str) -> bool:
    """Whether a service tells its user, asking nothing, of the user's things (see WE_START): "we" is then no
    person's, however the text reads otherwise.  Also after what an asker puts before a pasted message and the
    phrases take out ("Dear support team, We couldn't sync your calendar.", "As a new CRM admin, We ...")."""
    return not asks_a_question(text) and READERS_THING.search(text) is not None \
        and (WE_START.search(text) or WE_START.search(phrased(text))) is not None \
        and WRITERS_OWN.isdisjoint(_words_of(text))


#: A question joined to the end of a text by a comma or a dash ("..., how do I fix this?", "... - any idea?").
_TRAILING_REQUEST = re.compile(r"(?:,|[ \t]+[-\u2013\u2014])[ \t]+([^,\u2013\u2014]*\?)[ \t]*\Z")


def told_part(index: SymptomIndex, text: str) -> str:
    """The text without its sentences that hold no search term ("Could you please advise on next steps?", "Any
    ideas?"), nor such a question joined to its end by a comma or a dash ("..., how do I fix this?"): a request
    asks about what the rest tells, so a system's message with one after it is still read as a system's (see
    reads_as_a_system).  The text as it is when it has one sentence, or nothing else."""
    request = _TRAILING_REQUEST.search(text)
    if request and not corrected_terms(request.group(1), index, asking=True):
        return text[:request.start()]
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2:
        return text
    told = [sentence for sentence in sentences if corrected_terms(sentence, index, asking=True)]
    return " ".join(told) if told else text


def known_part(index: SymptomIndex, text: str) -> tuple[str, bool]:
    """The text without its sentences and bracketed asides that hold no word any rule uses ("Happens since the
    October release wave.", "Management is breathing down my neck.", "(typing on mobile)"), and whether one of
    those sentences asks a question.

    Such a sentence says nothing of the problem, but its words, unknown to every rule, weigh as much as the
    rarest: kept, they make a clear description read as another subject.  The text is read as if it were
    not there, a person's or a system's as the rest reads.  A question among them ("Is that expected?",
    "Why?") asks about the rest, which is then read as a person's, as before.  The sentences are found
    once the phrases are folded, so a phrase across a full stop ("Affects approx. 15 users.") goes whole.
    The text as it is when nothing is left out, or nothing would be left."""
    folded = phrased(text)
    bare = _without_empty_asides(index, folded)
    sentences = _SENTENCE_END.split(bare)
    if len(sentences) < 2 and bare == folded:
        return text, False  # (most questions: nothing to read word by word)
    known, asks = [], False
    for sentence in sentences:
        if _holds_a_rules_word(index, sentence):
            known.append(sentence)
        else:
            asks = asks or asks_a_question(sentence)
    if not known or len(known) == len(sentences) and bare == folded:
        return text, False
    return " ".join(known), asks


def _without_empty_asides(index: SymptomIndex, text: str) -> str:
    """The text without its bracketed asides that hold no word any rule uses (see _ASIDE)."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda aside: aside.group(0) if _CODE_LIKE.search(aside.group(1))
                      or _holds_a_rules_word(index, aside.group(1)) else " ", text)


def _holds_a_rules_word(index: SymptomIndex, text: str) -> bool:
    return not index.idf.keys().isdisjoint(corrected_terms(text, index, asking=True))


def reports_success(text: str) -> bool:
    """Whether a text that asks nothing tells of a success and of no trouble (see SUCCESS_WORDS), the
    asker's context aside (the "only" of "only for one user" is no trouble)."""
    if is_asking(text):
        return False
    words = set(_words_of(phrased(text)))
    return bool(words & SUCCESS_WORDS) and not words & TROUBLE_WORDS


def without_headers(text: str) -> str:
    """The question without what a mail, a chat or a ticket puts around it: a mail's header lines above it
    ("From: Kevin Lee", "Sent: Tuesday") or above the message a reply quotes, with the line that starts it
    ("-----Original Message-----", "On Tue, Nov 26, 2026, Dana Smith wrote:"); a chat's line of who wrote when,
    wherever it stands ("[10:42 AM] Dana Smith", "Dana Smith 10:42": a thread has one before each message); and a
    ticket's fields ("Priority: P2").  Names, days and fields say nothing about the problem; a subject, title or
    description keeps its text, which often names it."""
    kept, heading = [], True
    for line in text.split("\n"):
        bare = line.strip(" \t\r")
        title = _TITLE_LINE.fullmatch(bare)
        if title:
            kept.append(title.group(1))
        elif _REPLY_START.fullmatch(bare):
            heading = True  # the quoted message's header lines come next
        elif not (_FIELD_LINE.fullmatch(bare) or _CHAT_LINE.fullmatch(bare)
                  or heading and _MAIL_HEADER.fullmatch(bare)):
            kept.append(line)
            heading = heading and not bare
    return "\n".join(kept)


#: A person tells the problem in one sentence and wraps it in others ("This affects about 50 users.",
#: "Screenshot attached.", "Sorry for my English."), whose words no rule uses and so make the whole text
#: read as another subject.  A sentence of at least SENTENCE_MIN_WORDS words that on its own names the
#: rule the whole text leans to this surely (SENTENCE_ALONE) lifts that rule to SENTENCE_SHARE of the
#: sentence's score (a sentence says less than the text it stands in).  Only that rule: a sentence
#: about another ("test & enable keeps failing", in a question about Gmail) does not outweigh the
#: whole; and only a sure sentence: one that merely shares a rule's words is no surer for being alone.
#: And only in a text that tells of trouble (TROUBLE_WORDS): "We refreshed our sandbox from production. How do we
#: mask personal data in it?" asks about another thing, and its first sentence is context, not the problem.
SENTENCE_ALONE = 0.6
SENTENCE_SHARE = 0.9
SENTENCE_MIN_WORDS = 3


class SymptomSearch(NamedTuple):
    scores: dict[str, float]  # confidence per rule that the text describes its problem (rules above zero)
    nameable: bool            # short enough to be a question (see MAX_QUESTION_TERMS)
    told: str = ""            # the text without its requests (see told_part) or its sentences no rule's words are
    #                           in (see known_part); "" when it was not searched


def search_symptoms(index: SymptomIndex, text: str) -> SymptomSearch:
    """Confidence per rule that the text describes its problem, and whether it is short enough to name one.

    The text reads as what it tells reads (see told_part): a system's message with "Any ideas?" after it is
    no person's description.  Its sentences that hold no word any rule uses are left out (see known_part).  A
    sentence of it that names the likeliest rule surely on its own lifts it (see SENTENCE_ALONE)."""
    if len(text) > MAX_QUESTION_CHARS:
        return SymptomSearch({}, False, text)
    told = told_part(index, text)
    as_written = told == text or is_asking(told)  # else a request after a text that is no person's
    asking, asks = as_written and is_asking(text), as_written and asks_a_question(text)
    known, asked_about_it = known_part(index, text)
    if known != text:
        if not asked_about_it:
            asking, asks = is_asking(known), asks_a_question(known)
        text = told = known
    whole = _search_text(index, text, asking, asks)
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2 or not whole.scores or TROUBLE_WORDS.isdisjoint(_words_of(phrased(text))):  # (see SENTENCE_ALONE)
        return whole._replace(told=told)
    scores = dict(whole.scores)
    best = max(scores, key=scores.get)
    only = (index.rule_ids.index(best),)  # one rule is looked at: thousands of rules cost no more
    for sentence in sentences:
        if len(sentence.split()) < SENTENCE_MIN_WORDS:
            continue
        score = _search_text(index, sentence, is_asking(sentence), asks_a_question(sentence), only).scores.get(best, 0.0)
        if score >= SENTENCE_ALONE and score * SENTENCE_SHARE > scores[best]:
            scores[best] = score * SENTENCE_SHARE
    return SymptomSearch(scores, whole.nameable, told)


def _search_text(index: SymptomIndex, text: str, asking: bool, asks: bool,
                 only: tuple[int, ...] | None = None) -> SymptomSearch:
    """The scores of the text read whole (as a person's if ``asking``, as a question if ``asks``), for every
    rule or ``only`` the rules at these places."""
    # A number no rule uses (a ticket's, an order's; in digits or in words) says nothing about the problem.
    terms = [term for term in corrected_terms(text, index, asking)
             if term in index.idf or not (_NUMBER.match(term) or term in number_terms())]
    nameable = len(terms) <= MAX_QUESTION_TERMS
    if not terms:
        return SymptomSearch({}, nameable)
    query = set(terms)
    unknown = index.asking_idf if asking else index.default_idf
    weight = {t: index.idf.get(t, unknown) for t in query}
    total = sum(weight.values())
    measured = total * _short_share(len(query)) if asks or in_the_first_person(phrased(text)) else total
    scores: dict[str, float] = {}
    for place in range(len(index.rule_ids)) if only is None else only:
        rule_id, everything = index.rule_ids[place], index.vocab[place]
        known = query & everything
        if len(known) < min(2, len(query)):
            continue
        coverage = min(1.0, sum(weight[t] for t in known) / measured)
        closest = max(_closeness(query, doc, doc_weight, weight, total)
                      for doc, doc_weight in zip(index.docs[place], index.doc_weights[place]))
        says_enough = len(known) >= MIN_SHARED_TERMS and any(index.idf[t] >= SPECIFIC_IDF for t in known)
        scores[rule_id] = coverage ** 1.3 * (0.35 + 0.65 * closest) * (1.0 if says_enough else FEW_SHARED_TERMS)
    return SymptomSearch(scores, nameable)


def in_the_first_person(text: str) -> bool:
    """Whether a person tells of their own problem ("my", "our", "we"; see SHORT_QUESTION_TERMS)."""
    words = set(_words_of(text))
    return not FIRST_PERSON.isdisjoint(words) or not WE_WORDS.isdisjoint(words) and not READER_WORDS & words


def _short_share(terms: int) -> float:
    """The share of a question's weight its problem's words are measured against (see SHORT_QUESTION_TERMS)."""
    return SHORT_QUESTION_TERMS / min(max(terms, SHORT_QUESTION_TERMS), LONG_QUESTION_TERMS)


def _closeness(query: set[str], doc: frozenset[str], doc_weight: float, weight: dict[str, float], total: float) -> float:
    """How much of one document the query is, and of the query the document (a cosine of idf weights)."""
    shared = query & doc
    if not shared:
        return 0.0
    return sum(weight[t] for t in shared) / math.sqrt(total * doc_weight)
