"""The classifier: candidates -> alignments -> scores -> one decision.

``ALERT_THRESHOLD``, ``SYMPTOM_THRESHOLD``, ``STATEMENT_SYMPTOM_THRESHOLD`` and ``STATED_SYMPTOM_THRESHOLD`` are the
documented cut-offs: a rule is named only when its confidence reaches them; otherwise the answer is
``rule_id: null`` with the closest rules as alternatives.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..clean import record_text
from ..compile import ALERT_PHRASE_WORDS, ALERT_START_WORDS, Index, Wording, token_weight
from ..folds import breaks_start_words
from ..normalize import Normalized, match_words, normalize
from ..terms import phrased, without_asides
from .align import Alignment, align
from .candidates import select_candidates
from .context import alert_phrases_from, asked_around, otherwise_at_an_end, value_holds_alert_text, value_runs_long
from .extract import extract_values
from .readings import PasteReadings, long_quotes
from .score import WordingScore, score_alignment
from .symptoms import (FIRST_PERSON, MAX_QUESTION_WORDS, WE_WORDS, SymptomIndex, SymptomSearch, in_service_voice,
                       in_the_first_person, is_a_whole_sentence, is_asking, only_instructs, reads_as_a_system,
                       reported_words, reports_success, score_for_rule, search_symptoms, shaped_as_a_sentence,
                       states_impersonally, without_headers)
from .verbatim import VerbatimIndex

ALERT_THRESHOLD = 0.5
SYMPTOM_THRESHOLD = 0.35
#: A text that reads as a system's message ("This email can't be sent because it has no recipients.",
#: "You can't track this item...", see symptoms.reads_as_a_system) is most often another system's
#: message or an alert no rule covers: it is read as a symptom only on strong evidence.
STATED_SYMPTOM_THRESHOLD = 0.7
#: A whole sentence that no person tells nor asks ("The IMAP server does not support IDLE.", see
#: symptoms.states_impersonally) is as often another system's statement as a description: it needs more than
#: a person's words do.  (A request after it, "Any ideas?", is the person's: then it is read as theirs.)
STATEMENT_SYMPTOM_THRESHOLD = 0.45
CANDIDATES = 6
SURE_FOLD_CUTS = 3  # lines of one width cut this often are a hard fold, not a wrap by chance (see _wrapped)
ALTERNATIVES = 3
AMBIGUITY_MARGIN = 0.12
RIVAL_VOTES = 0.5  # candidates with fewer word-pair votes than this share of the leader's are not aligned
WHOLE_ALERT_CANDIDATES = 2  # wordings aligned to see whether a record holds a whole alert


#: Weighted words a text must share, in order, with an alert wording to count
#: as an alert itself: such text is never answered by plain-language search.
#: (A person retelling an alert in their own words, "mailboxes were disabled because
#: the email addresses were never approved", shares up to about seven.)
ALERT_LIKE_EVIDENCE = 8.0
#: Words a text must have in runs of the alerts' own phrases (any wordings', see
#: context.alert_phrase_words) to count as an alert too.  Questions that cite an
#: alert hold up to about eight such words; alerts built of the same phrases, many more.
ALERT_LIKE_PHRASE_WORDS = 12
#: ...or at least this many, and this share of its words from the first of them on (a short alert such as
#: "Appointments can't be synchronized because the Organizer field is read-only.", also after "my users get").
SHORT_ALERT_PHRASE_WORDS = 8
ALERT_PHRASE_SHARE = 0.75
#: A piece of an alert with the sender's values in it ('sending the email message "Q3". Mailbox Ravi didn't
#: synchronize.') is an alert too, though a short one shares fewer weighted words: it needs this many, and all its
#: words are the wording's or the values of FRAGMENT_VALUES of its placeholders.  (A person names a mailbox, not
#: a mailbox and a subject and a profile in the places an alert puts them.)
FRAGMENT_EVIDENCE = 4.0
FRAGMENT_VALUES = 2
#: An alert a person retells in their own words (see Classifier._retells_an_alert) names the rule its description
#: names only as surely as a system's message does, and only if the text also holds most of that rule's wording (see
#: _retold_most).
RETOLD_ALERT_THRESHOLD = STATED_SYMPTOM_THRESHOLD
#: A pasted alert has a wording's first words in a row, all of them before its first name ("Email can't be received
#: for the mailbox X"), and at least six.  A person retelling one may share its first few: "appointments, contacts and
#: tasks stopped syncing", "email can't be received for our mailbox", "email can't be received because the email
#: address of my mailbox needs approval".
PASTED_START_WORDS = 6
#: What the product's alerts say can't be done ("Email can't be received because..."; see _states_an_alert).
CANT_BE = re.compile(r"\b(?:can't|can\u2019t|cannot|can not|couldn't|couldn\u2019t|could not)\s+be\b", re.IGNORECASE)
#: How the product's alerts name what failed: the object, then the user's name for it ("the mailbox Orders", 'the
#: email message "Q3"', "email server profile EXO", "Mailbox kevin@contoso.com"): a capital, a digit, a quote or an
#: address right after the noun (see _tells_of_a_named_object_failing).  ("Łukasz" starts with a capital too: any
#: letter but a small ASCII one.)
NAMES_AN_OBJECT = re.compile(r"\b(?:[Mm]ailbox|[Ee]mail message|[Ee]mail server profile)[ \t]+"
                             r"(?:[\x22\u201c\u201e'\u2018][^\x22\u201c\u201d'\u2019\n]{1,80}[\x22\u201d'\u2019]|(?![a-z])\w|[^\s@]{1,64}@)")
#: ...what failed: what can't be or wasn't done, or a state the product puts a mailbox in...
FAILING = re.compile(r"\b(?:can't|can\u2019t|cannot|can not|couldn't|couldn\u2019t|could not|didn't|didn\u2019t|did not|"
                     r"wasn't|wasn\u2019t|was not|isn't|isn\u2019t|is not|won't|won\u2019t)\b|"
                     r"\b(?:is|was|were|are|has been|have been|had been)[ \t]+"
                     r"(?:disabled|deactivated|suspended|rejected|stopped|paused|blocked)\b|\b(?:failed|stopped)\b",
                     re.IGNORECASE)
#: ...and why, after it; or the product's own sentence for it ("Mailbox Ops didn't synchronize.").
REASON = re.compile(r"\b(?:because|since|so|due to|as a result)\b", re.IGNORECASE)
#: A name in double quotes ('the email message "Can we meet?"'): its marks are the name's, not what the text says.
QUOTED_NAME = re.compile(r"[\x22\u201c\u201e][^\x22\u201c\u201d\n]{1,80}[\x22\u201d]")
DID_NOT_SYNCHRONIZE = re.compile(r"\b(?:didn't|didn\u2019t|did not)[ \t]+synchroni[sz]e\b", re.IGNORECASE)
#: What a description reports an alert said must describe the rule's problem at least this well, read alone (see
#: Classifier._reports_another_reason): "a secure connection error to Exchange" does (0.8), "the impersonation right
#: is missing" does not for the rule of secure connections (0.0).
REPORTED_FIT = 0.15
_PERSONS_WORDS = FIRST_PERSON | WE_WORDS
#: A text cut off where a column or a preview ended ("...has been disabled because…") is a system's, however it
#: starts: it tells no person's note (see Classifier._retells_an_alert).
_CUT_OFF = re.compile(r"(?:\u2026|\.\.\.)[ \t\r\n\"'\u201d]*\Z")
#: A question with this many words in runs of the alerts' phrases cites an alert (see _cites_another_alert).
CITED_ALERT_WORDS = 5


class Ranked(NamedTuple):
    rule_id: str
    confidence: float


@dataclass(frozen=True)
class Decision:
    """The classifier's answer as plain data; ``KnowledgeBase.classify`` turns it into a ``Match``."""

    rule_id: str | None
    confidence: float
    params: dict[str, str]
    alternatives: tuple[Ranked, ...]
    method: str
    wording: str | None
    #: No rule named, and the text reads as an alert (the product's error-code line, or an alert's phrases): an
    #: alert no rule documents.  Not part of the answer's JSON; the resolution page says so.
    alert_like: bool = False

    def to_dict(self) -> dict:
        """Exactly ``Match.model_dump()``: one line of ``classify --jsonl``."""
        return {"rule_id": self.rule_id, "confidence": self.confidence, "params": dict(self.params),
                "alternatives": [{"rule_id": a.rule_id, "confidence": a.confidence} for a in self.alternatives],
                "method": self.method, "wording": self.wording}


@dataclass
class _Best:
    confidence: float
    alignment: Alignment  # values are extracted from it only if this rule wins (and its wording is shown)
    evidence: float
    piece: bool = False  # a piece of one of its wordings with values in it and nothing else (see FRAGMENT_EVIDENCE)
    read: float = 0.0  # how much of the message this alignment's own wording explains (see _explained)


class Classifier(PasteReadings):
    def __init__(self, index: Index, symptoms: SymptomIndex) -> None:
        self.index = index
        self.symptoms = symptoms
        self.vocabulary = frozenset(token for wording in index.wordings for token in wording.tokens)
        #: Fewer words than this before a wording found cannot hold another whole alert (see _whole_alert_before).
        self.shortest_wording = min((len(wording.tokens) for wording in index.wordings), default=0)
        self.pasted_heads = frozenset(_pasted_head(wording) for wording in index.wordings
                                      if len(wording.tokens) >= PASTED_START_WORDS)
        self.pasted_firsts = frozenset(head[0] for head in self.pasted_heads)  # (a cheap look before each tuple)
        self.pasted_lengths = sorted({len(head) for head in self.pasted_heads})

    @cached_property
    def telling_places(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """For each wording of a template with choices ("Email can't be {received|sent}..."), the places of its words
        that its other variants do not share: the words that show which choice the product printed."""
        variants: dict[str, list[tuple[str, ...]]] = {}
        for wording in self.index.wordings:
            variants.setdefault(wording.template, []).append(wording.tokens)
        places = {}
        for wording in self.index.wordings:
            others = [tokens for tokens in variants[wording.template] if tokens != wording.tokens]
            if others and all(len(tokens) == len(wording.tokens) for tokens in others):
                places[wording.template, wording.text] = tuple(
                    k for k, token in enumerate(wording.tokens) if any(tokens[k] != token for tokens in others))
        return places

    def _shown_wording(self, alignment: Alignment) -> str:
        """The wording read, its choices made, if the message holds a word that shows the choice; else the template as
        the rule writes it: a piece from between the choices ("...the credentials specified in the associated email
        server profile are incorrect...") does not tell whether email was received or sent."""
        wording = alignment.wording
        telling = self.telling_places.get((wording.template, wording.text))
        if telling is None or any(alignment.matched[k] > 0 for k in telling):
            return wording.text
        return wording.template

    @cached_property
    def verbatim(self) -> VerbatimIndex:
        return VerbatimIndex(self.index)

    def classify(self, text: str, exhaustive: bool = False, verbatim: bool = True) -> Decision:
        """The decision for one message; ``exhaustive`` aligns every candidate (for lint).  An alert exactly as the
        product wrote it is answered on the ``verbatim`` path (the same answer, without aligning anything)."""
        pasted, text = text, record_text(text)  # a JSON document's or logfmt's records: read as a list's lines
        if verbatim and not exhaustive:
            found = self.verbatim.match(text.strip())
            if found is not None:
                wording, values = found
                return Decision(wording.rule_id, 1.0, values, (), "alert", wording.text)
        message = normalize(text)
        if not exhaustive:
            asked_apart = self.deeper(self.apart_from_a_question, message)  # the alert, without the asker's question
            if asked_apart is not None:
                return asked_apart
        decision = self._read(text, message, exhaustive)
        if decision.method == "alert" and not exhaustive and "\n" in text:
            first = self.first_listed_alert(text)
            if first is not None and _another_alert(first, decision):
                return first  # a list of alerts cut off, read by a later, fuller one
        if decision.rule_id is None and not exhaustive:
            return self.deeper(self._read_otherwise, pasted, text, message) or decision  # the alert a part holds
        return decision

    def _quotes_another_alert(self, message: Normalized) -> bool:
        """Whether the text quotes an alert (a stretch that starts as a wording does) that, read alone, is
        no rule's: "we get 'Email can't be received for the mailbox Ops because the mailbox quota is
        exceeded on the server'. how to fix?" asks about that alert, whatever rule its words describe.  So
        does a question that quotes a system's message (see symptoms.reads_as_a_system) that, read alone,
        names no rule: 'we keep getting "The email message "Q3" couldn't be delivered because the
        recipient's address is invalid."'."""
        for quoted in long_quotes(message.clean[:message.body_end]):
            cited = normalize(quoted)
            if self._starts_as_an_alert(cited):
                return self._decide(cited, False).method != "alert"
            if reads_as_a_system(quoted):
                return self._decide(cited, False).rule_id is None
        return False

    def _read(self, text: str, message: Normalized, exhaustive: bool) -> Decision:
        """``message`` is ``text`` normalised; a hard fold's lines are read as lines too."""
        decision = self._decide(message, exhaustive)
        if message.fold_cuts:
            # Lines of one width were read as a hard fold; word-wrapped lines can have one width by
            # chance.  Read them as lines too and keep the reading that fits better.  When both fit
            # alike, the lines were wrapped if a break falls where a new word visibly starts, or if
            # only two lines were cut: two lines of one width happen by chance, three seldom do.
            lines = normalize(text, join_folds=False)
            as_lines = self._decide(lines, exhaustive)
            if as_lines.confidence > decision.confidence or (
                    as_lines.confidence == decision.confidence and self._wrapped(message, lines)):
                return as_lines
        return decision

    def _wrapped(self, folded: Normalized, lines: Normalized) -> bool:
        """Whether lines that fit as well read apart as joined were word-wrapped rather than cut.

        The breaks tell first: one inside an alert word ("assoc|iated"), or one that kept its
        space, was a cut; one right after an alert word, with no space left ("because|you"),
        was a wrap.  Breaks inside names tell nothing; then a new word visibly starting at a
        break says wrapped, and so do two cuts only (two lines of one width happen by chance,
        three seldom do).
        """
        votes = sum(_fold_vote(line, following, self.vocabulary) for line, following in folded.fold_cuts)
        if votes:
            return votes < 0
        return len(folded.fold_cuts) < SURE_FOLD_CUTS or breaks_start_words(lines.clean)

    def _decide(self, message: Normalized, exhaustive: bool, alerts: dict[str, _Best] | None = None) -> Decision:
        words = message.words
        if alerts is None:
            alerts = self._alert_scores(message, words, exhaustive)
        ranked = sorted(alerts.items(), key=lambda item: -item[1].confidence)
        if ranked:
            best_id, best = ranked[0]
            runner_up = ranked[1][1].confidence if len(ranked) > 1 else 0.0
            confidence = _discount_ambiguity(best.confidence, runner_up)
            if confidence >= ALERT_THRESHOLD:
                first = None if exhaustive else self._whole_alert_before(message, best.alignment)
                if first is not None:
                    return first
                others = {rid: s.confidence for rid, s in ranked[1:]}
                params = extract_values(best.alignment, message)
                return _match(best_id, confidence, params, others, "alert", self._shown_wording(best.alignment))
        # Text that shares a clause with an alert wording, or carries the product's error-code line,
        # is an alert itself (perhaps one no rule covers), not a question.
        question = _question(message)
        phrase_words, from_first_phrase = alert_phrases_from(words, self.index.phrases)
        alert_like = message.error_code is not None or any(b.evidence >= ALERT_LIKE_EVIDENCE for b in alerts.values()) \
            or _made_of_alert_phrases(phrase_words, from_first_phrase) \
            or any(b.piece for b in alerts.values())
        if alert_like and ranked and self._retells_an_alert(message, question):
            search = search_symptoms(self.symptoms, question)
            described = _described(question, search, RETOLD_ALERT_THRESHOLD)
            if described is not None and described[0] == _retold_most(alerts) \
                    and not self._reports_another_reason(question, described[0]):
                return _match(*described, {}, _merged(alerts, search.scores), "symptom", None)
        search = SymptomSearch({}, False) if alert_like else search_symptoms(self.symptoms, question)
        merged = _merged(alerts, search.scores)
        described = _described(question, search)
        if described is not None \
                and not (phrase_words >= CITED_ALERT_WORDS and self._cites_another_alert(words, described[0])) \
                and not self._quotes_another_alert(message) and not self._reports_another_reason(question, described[0]):
            return _match(*described, {}, merged, "symptom", None)
        alert_like = alert_like or self._states_an_alert(message, question)
        return _match(None, 0.0, {}, merged, "none", None, alert_like=alert_like)

    def _states_an_alert(self, message: Normalized, question: str) -> bool:
        """Whether a refused text starts as a wording does and states, as a system does, what can't be done and why
        ("Email can't be received because the license is invalid for the mailbox Ops."): an alert no rule covers,
        though too short to read as one by its phrases (alert_like).  A person's text that starts so ("Email can't be
        sent from my mailbox since Monday") is none.  So is one that names a mailbox or a message failing, as the
        product's alerts do, however it starts (see _tells_of_a_named_object_failing).  (Asked only of a refusal: it
        names nothing.)"""
        return (self._starts_as_an_alert(message) and CANT_BE.search(question) is not None
                and reads_as_a_system(question)) or _tells_of_a_named_object_failing(question)

    def _whole_alert_before(self, message: Normalized, alignment: Alignment) -> Decision | None:
        """Alerts pasted together ("<alert> <alert>", a JSON list of them): the text before the wording found reads
        as a log's prefix, which costs nothing, so the last alert may be found first.  If the text before it holds
        a whole alert, that one, the first, is the answer (each reading is shorter: this ends)."""
        if alignment.lead_junk < self.shortest_wording:
            return None  # too few words before it for another alert
        before = normalize(message.clean[:message.spans[0][alignment.lead_junk]])
        if not self._holds_whole_alert(before):
            return None
        decision = self._decide(before, False)
        return decision if decision.method == "alert" else None

    def _retells_an_alert(self, message: Normalized, question: str) -> bool:
        """Whether a person tells, in their own words, of an alert they saw, with no error-code line and no wording's
        first words (PASTED_START_WORDS) in a row, as a pasted alert has them: in the first person ("When I click
        Approve Email I get a message that the email address requires approval by a Microsoft 365 global
        administrator."), or in a note that is no whole sentence, as no system writes one ("incoming email disabled
        for the mailbox, error while establishing a secure connection with the email server")."""
        words, heads, firsts = message.words, self.pasted_heads, self.pasted_firsts
        if message.error_code is not None \
                or any(word in firsts and any(tuple(words[k:k + size]) in heads for size in self.pasted_lengths)
                       for k, word in enumerate(words)):
            return False
        if not (shaped_as_a_sentence(question) or _CUT_OFF.search(question)):
            return True  # a note or a question: no system writes one (no phrase is folded: a cheap look)
        # (the phrases' cost only for a text with "I" or "we" in it)
        return not _PERSONS_WORDS.isdisjoint(words) and in_the_first_person(phrased(question))

    def _reports_another_reason(self, question: str, rule_id: str) -> bool:
        """Whether the text reports what an alert said ("...stopped syncing and the alert says the Exchange server is
        being upgraded") in words that hardly describe the problem of ``rule_id`` (below REPORTED_FIT): the rest of
        the text tells what failed, which many alerts share; what the alert said tells why, and that is another
        alert's reason, one no rule documents."""
        reported = reported_words(question)
        return reported is not None and score_for_rule(self.symptoms, reported, rule_id) < REPORTED_FIT

    def _wording_starts(self, words: list[str]) -> list[int]:
        """Where in the words a stretch starts as some alert wording does."""
        return [k for k in range(len(words)) if tuple(words[k:k + ALERT_START_WORDS]) in self.index.starts]

    def _cites_another_alert(self, words: list[str], rule_id: str) -> bool:
        """"In the mailbox alerts I see 'Email can't be sent because the email message exceeds the size
        limit...'. What is the limit?": a question about the alert it cites, which no wording fits.  Its
        words may well fit a rule's description (sending limits), but the alert is another one: a rule
        is named from a question that cites an alert's reason ("...can't be sent because the...") only if
        the cited words are in that rule's own wordings.  (Asked only of a text with CITED_ALERT_WORDS or
        more words in runs of the alerts' phrases.)"""
        runs = [tuple(words[k:k + ALERT_PHRASE_WORDS]) for k in range(len(words) - ALERT_PHRASE_WORDS + 1)]
        if not any("because" in run and run in self.index.phrases for run in runs):
            return False  # no alert's reason is cited ("the mailbox has been disabled for receiving email")
        own = self.index.rule_phrases.get(rule_id, frozenset())
        return not any(run in own for run in runs)

    def holds_whole_alert(self, text: str) -> bool:
        """Whether ``text`` holds one of the likeliest wordings whole: for a caller that splits a paste into the alerts
        it lists (triage), a cheap look before a full reading."""
        return self._holds_whole_alert(normalize(text))

    def starts_as_an_alert(self, text: str) -> bool:
        """Whether ``text`` (past a log's prefix) starts as some alert wording does: where a record of a list starts."""
        return self._starts_as_an_alert(normalize(text))

    def where_an_alert_starts(self, text: str) -> int | None:
        """The number of words of ``text`` (past a log's prefix) before the first place where some alert wording
        starts: 0 if it starts as an alert; None if no wording starts in it (a cheap look before a full reading)."""
        starts = self._wording_starts(normalize(text).words)
        return starts[0] if starts else None

    def _starts_as_an_alert(self, message: Normalized) -> bool:
        return tuple(message.words[:ALERT_START_WORDS]) in self.index.starts

    def _holds_whole_alert(self, message: Normalized) -> bool:
        """Whether one of the few likeliest wordings is there whole (a cheap look before a full reading)."""
        candidates = select_candidates(self.index, message.words, WHOLE_ALERT_CANDIDATES) if message.words else []
        return any(_complete(*self._scored(message, self.index.wordings[number])) for number, _ in candidates)

    def _scored(self, message: Normalized, wording) -> tuple[Alignment, WordingScore]:
        """One wording aligned with the message, with what only the whole message tells (see context)."""
        words = message.words
        alignment = align(wording, words, message.cuts, _starts_inside_a_word(message))
        alignment.value_holds_alert_text = value_holds_alert_text(alignment, words, self.index.phrases)
        alignment.asked_around = asked_around(alignment, message, self.vocabulary)
        alignment.otherwise_at_an_end = otherwise_at_an_end(alignment, message)
        alignment.value_runs_long = value_runs_long(alignment, message)
        return alignment, score_alignment(alignment)

    def _alert_scores(self, message, words: list[str], exhaustive: bool) -> dict[str, _Best]:
        best: dict[str, _Best] = {}
        if not words:
            return best
        candidates = select_candidates(self.index, words, CANDIDATES, ties=True)
        for place, (number, votes) in enumerate(candidates):
            if not exhaustive and votes < RIVAL_VOTES * candidates[0][1]:
                break  # shares too few word pairs to rival the leader
            if not exhaustive and place >= CANDIDATES and not any(_a_named_piece(b) for b in best.values()):
                break  # the wordings tied with the last (candidates.TIED_ROOM) matter only as rivals of a piece named
            wording = self.index.wordings[number]
            alignment, score = self._scored(message, wording)
            piece = _a_piece_with_values(alignment, score.evidence)
            if not exhaustive and _complete(alignment, score):
                # The whole wording is there, barely damaged: no other wording can tie with it.
                best[wording.rule_id] = _Best(score.confidence, alignment, score.evidence, piece)
                return best
            current = best.get(wording.rule_id)
            if current is None or _reads_better(score, current):
                evidence = max(score.evidence, current.evidence if current else 0.0)
                piece = piece or current is not None and current.piece
                best[wording.rule_id] = _Best(score.confidence, alignment, evidence, piece, _explained(score))
        return best


def _starts_inside_a_word(message: Normalized) -> bool:
    """Whether the text starts with a small letter, as a piece cut inside a word does ("lbox Procurement because..."),
    and a name, like a sentence, does not ("Box Office. Make sure...")."""
    return bool(message.words) and message.clean[message.spans[0][0]].islower()


def _another_alert(first: Decision, found: Decision) -> bool:
    """Whether a list's first line is another alert than the one a reading of the whole text found: another rule, or
    a value that differs (a line cut off has fewer values, not other ones)."""
    return first.rule_id != found.rule_id or any(found.params.get(name, value) != value
                                                 for name, value in first.params.items())


def _reads_better(score: WordingScore, current: _Best) -> bool:
    """Whether a wording reads the message better than another wording of the same rule: the surer fit, but of two
    that both fit, the one that explains more of it (see _explained).  A value's word is cheap, so a shorter wording
    (surer of a text cut off early) may read the alert's own words into its values: "message Q3. The mailbo" as
    the subject "Q3. The" before a cut "Mailbox", where the other wording reads "The mailbo[x]"."""
    explained = _explained(score)
    if score.confidence >= ALERT_THRESHOLD and current.confidence >= ALERT_THRESHOLD and explained != current.read:
        return explained > current.read
    return score.confidence > current.confidence


def _explained(score: WordingScore) -> float:
    """The weight of the wording's words the message matches, less what its span leaves unmatched (words missed,
    changed or added): a reading that pairs a word cut off with a far one, and so misses two, explains less."""
    if score.accuracy <= 0:
        return 0.0
    return score.evidence - (score.evidence / score.accuracy - score.evidence)


def _pasted_head(wording: Wording) -> tuple[str, ...]:
    """The first words of ``wording`` that a paste of it has in a row (see PASTED_START_WORDS)."""
    first_slot = min((slot.position for slot in wording.slots), default=len(wording.tokens))
    return wording.tokens[:max(PASTED_START_WORDS, first_slot)]


def _retold_most(alerts: dict[str, _Best]) -> str:
    """The rule whose wording a retelling holds most of: the most evidence, then the surer fit.  Not the surest
    fit alone: a retold alert fits every wording far below the threshold, and near zero the order is noise."""
    return max(alerts, key=lambda rule_id: (alerts[rule_id].evidence, alerts[rule_id].confidence))


def _described(question: str, search: SymptomSearch, floor: float = 0.0) -> tuple[str, float] | None:
    """The rule a description names and how surely, if it reaches its threshold (see _symptom_threshold) and
    ``floor``.  A question's length is the question's own: a mail's header lines around it do not count.  A
    request after a text ("Could you please advise?") asks about what the rest tells: a system's message, or a
    success, is read as one still (symptoms.told_part)."""
    told = search.told or question
    if not search.scores or not search.nameable or len(match_words(question)) > MAX_QUESTION_WORDS \
            or reports_success(question) or told != question and reports_success(told) or only_instructs(told):
        return None
    best_id = max(search.scores, key=search.scores.get)
    confidence = _discount_rivals(sorted(search.scores.values(), reverse=True))
    if confidence < max(floor, _symptom_threshold(question, told)):
        return None
    return best_id, min(1.0, confidence)


def _merged(alerts: dict[str, _Best], symptom_scores: dict[str, float]) -> dict[str, float]:
    """Every rule's best confidence, as an alert or as a description (the alternatives an answer lists)."""
    merged = {rule_id: best.confidence for rule_id, best in alerts.items()}
    for rule_id, score in symptom_scores.items():
        merged[rule_id] = max(merged.get(rule_id, 0.0), score)
    return merged


def _symptom_threshold(question: str, told: str) -> float:
    """The confidence a description must reach to name a rule: more for a text that reads as a system's message
    (STATED_SYMPTOM_THRESHOLD), also after a lead-in ("getting this on our queue: ..."), and for a whole sentence no
    person tells (STATEMENT_SYMPTOM_THRESHOLD); and a service telling its user of "your" things ("We couldn't sign
    you in to Gmail.", see symptoms.in_service_voice) is no person's description at all: it names no rule, however
    well its words fit."""
    pasted = _after_a_lead_in(told)
    def either(test) -> bool:
        return test(question) or told != question and test(told) or pasted is not None and test(pasted)
    if either(in_service_voice):
        return math.inf
    if either(reads_as_a_system):
        return STATED_SYMPTOM_THRESHOLD
    return STATEMENT_SYMPTOM_THRESHOLD if states_impersonally(question) else SYMPTOM_THRESHOLD


#: What introduces a pasted message: a few words and a colon ("hey all, getting this on a couple of mailboxes:",
#: "Error:"), then the message.
_LEAD_IN = re.compile(r"\A[^.!?:\n]{1,80}?:\s+(?=\S)")
LEAD_IN_WORDS = 10


def _after_a_lead_in(question: str) -> str | None:
    """The message after a short lead-in that ends in a colon, if there is one (see _LEAD_IN)."""
    lead_in = _LEAD_IN.match(question)
    if lead_in is None or len(lead_in.group().split()) > LEAD_IN_WORDS:
        return None
    return question[lead_in.end():]


def _question(message: Normalized) -> str:
    """A question is read as an alert is: decoded, without a log prefix or a trailer; and without
    what a mail, a chat or a ticket puts around it (symptoms.without_headers), nor the links,
    mentions and tags it carries (terms.without_asides).  Its blanks are plain spaces: a web
    page's no-break spaces do not change how it reads."""
    body = message.clean[:message.body_end]
    if "\n" in body:
        unheaded = without_headers(body)
        if unheaded != body:
            return without_asides(unheaded)
    return without_asides(body[message.prefix_end:])


def _tells_of_a_named_object_failing(text: str) -> bool:
    """Whether a text tells, in sentences and as a system does, that an object it names as the product's alerts do
    failed, and why ("The mailbox Orders can't be enabled because its address is in use.", 'The email message "Q3"
    couldn't be sent... Mailbox Ops didn't synchronize.'): an alert no rule covers, however it starts.  A person's
    account ("our mailbox Ops was disabled because..."), a question, or a message that gives no reason ("The mailbox
    Sales could not be found in the address list.", another system's) is none."""
    failing = FAILING.search(text)
    if failing is None or NAMES_AN_OBJECT.search(text) is None:
        return False
    if REASON.search(text, failing.end()) is None and DID_NOT_SYNCHRONIZE.search(text) is None:
        return False
    said = QUOTED_NAME.sub('""', text)
    return not is_asking(said) and not in_the_first_person(phrased(said)) and is_a_whole_sentence(said)


def _made_of_alert_phrases(covered: int, length: int) -> bool:
    """Many words in runs of the alerts' own phrases (``covered`` of the ``length`` words from the first of them
    on), or a short text of little else."""
    return covered >= ALERT_LIKE_PHRASE_WORDS or covered >= SHORT_ALERT_PHRASE_WORDS and \
        covered >= ALERT_PHRASE_SHARE * length


def _fold_vote(line: str, following: str, vocabulary: frozenset[str]) -> int:
    """+1 if the break between these lines was a cut: it split one of the alerts' words, kept a
    space (wrapping drops the space it breaks at) or fell before a hyphen; -1 if it came right after one of
    the alerts' words; 0 if it says nothing (a break inside a name, or at punctuation)."""
    if line[-1:].isspace() or following[:1].isspace():
        return 1
    if following[:1] == "-" and following[1:2].isalnum():
        return 1  # a wrapper breaks after a hyphen, never before one: "Ops|-EU" was cut
    if not line[-1:].isalnum() or not following[:1].isalnum():
        return 0
    before, after = match_words(line), match_words(following)
    if not before or not after:
        return 0
    joined = before[-1] + after[0]
    if joined in vocabulary and not (before[-1] in vocabulary and after[0] in vocabulary):
        return 1
    # A little word ("of") is as often the start of a name's word ("of|f!!") as a word of its own.
    whole = [word for word in (before[-1], after[0]) if word in vocabulary and token_weight(word) == 1.0]
    return -1 if whole else 0


def _a_piece_with_values(alignment: Alignment, evidence: float) -> bool:
    """Whether the text is a piece of this wording with values in it and nothing else (see FRAGMENT_EVIDENCE)."""
    filled = sum(1 for tokens in alignment.slot_tokens.values() if tokens)
    return evidence >= FRAGMENT_EVIDENCE and filled >= FRAGMENT_VALUES and not (
        alignment.inserted or alignment.hard_subs or alignment.missing or alignment.lead_junk or alignment.trail_junk)


def _a_named_piece(best: _Best) -> bool:
    """Whether an answer is a piece of its wording (cut at a start or an end), which other wordings may hold too."""
    return best.confidence >= ALERT_THRESHOLD and (best.alignment.lead_skipped > 0 or best.alignment.trail_skipped > 0)


def _complete(alignment, score) -> bool:
    return (score.confidence >= 0.9 and score.coverage >= 0.95 and not alignment.hard_subs
            and alignment.deleted == 0 and alignment.inserted == 0)


def _discount_ambiguity(best: float, runner_up: float) -> float:
    """Two rules that fit almost equally well make neither a confident answer."""
    return best * _rival_factor(best, runner_up)


def _rival_factor(best: float, rival: float) -> float:
    gap = best - rival
    return 1.0 if gap >= AMBIGUITY_MARGIN else 0.45 + 0.55 * gap / AMBIGUITY_MARGIN


def _discount_rivals(ordered: list[float]) -> float:
    """A description that fits three rules alike tells them apart less than one that fits two: each rival
    within the margin lowers the leader's confidence in turn ("The connection to the server failed." fits
    both secure-connection alerts and the on-premises connection guide, and names none of them)."""
    confidence = ordered[0]
    for rival in ordered[1:]:
        confidence *= _rival_factor(ordered[0], rival)
    return confidence


def _match(rule_id, confidence, params, others: dict[str, float], method, wording, alert_like: bool = False) -> Decision:
    # No alternative reads as likelier than the answer: a rival that fits about as well is why the
    # answer's confidence was lowered (see _discount_ambiguity), and it shares that doubt.
    ceiling = confidence if rule_id is not None else 1.0
    alternatives = tuple(Ranked(rid, round(min(score, ceiling), 4))
                         for rid, score in sorted(others.items(), key=lambda item: -item[1])
                         if rid != rule_id and score > 0.05)[:ALTERNATIVES]
    return Decision(rule_id, round(confidence, 4), params, alternatives, method, wording, alert_like)
