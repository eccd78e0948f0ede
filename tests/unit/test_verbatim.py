"""The verbatim path answers a clean alert fast, and always as the full path would."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncdoctor import KnowledgeBase
from tests.helpers import make_rule, write_rules
from tests.unit.test_properties import VALUES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLAIN = ["Sales Queue", "Zoë Åberg", "R&D/Ops-EU", "Team (West)", "info+crm@contoso.co.uk", "山田 太郎", "Q3 2026",
         "O'Brien, Seán", "v2.1", "Desk #4", "Re: Q3 plan"]
# Values the full path reads through or weighs: quotes, markdown, entities, invisible and decomposed characters,
# a sentence's stop, words left out, an alert's own words, and values as long as the rest of a sentence.
AWKWARD = ['"Priority" Queue', "**Sales**", "`ops`", "Sales\u00a0Queue", "Sales\u200bQueue", "Zoe\u0308", "Dr. A. Ng",
           "Inc.", "Ops ... Desk", "Sales &amp; Ops", "has been disabled", "the mailbox", "email server",
           "Ops because the server is down", "Then, enable it", "Contoso Exchange Online contact scope",
           "Mailbox has been disabled for sending email and", "x" * 90, " ".join(["word"] * 14), "<Mailbox Name>",
           "Recepci\u00c3\u00b3n Madrid", "Zo\u251c\u00bd Lee", "Pro\ufb01le 7"]


def _filled(wording, value: str) -> str:
    text = wording.text
    for slot in wording.slots:
        text = text.replace("{" + slot.name + "}", value)
    return text


def _both_paths(kb, text: str):
    fast, full = kb.classifier.classify(text), kb.classifier.classify(text, verbatim=False)
    return (fast.to_dict(), fast.alert_like), (full.to_dict(), full.alert_like)


@pytest.mark.parametrize("value", PLAIN)
def test_a_clean_alert_with_plain_names_takes_the_verbatim_path(kb, value):
    for wording in kb.classifier.index.wordings:
        text = _filled(wording, value)
        found = kb.classifier.verbatim.match(text)
        assert found is not None and found[0].rule_id == wording.rule_id, text
        assert found[1] == {slot.name: value for slot in wording.slots}
        fast, full = _both_paths(kb, text)
        assert fast == full


@pytest.mark.parametrize("value", AWKWARD)
def test_awkward_values_get_the_same_answer_on_either_path(kb, value):
    for wording in kb.classifier.index.wordings:
        fast, full = _both_paths(kb, _filled(wording, value))
        assert fast == full, value


def test_a_name_shown_in_another_code_page_comes_back_repaired_from_a_clean_alert(kb):
    # Only the name was misread ("Recepción" as Windows-1252 shows its UTF-8): the rest of the alert is ASCII, as
    # clean as the verbatim path wants, but the name must still be read again, as the full path reads it.
    for wording in kb.classifier.index.wordings:
        if wording.slots:
            match = kb.classify(_filled(wording, "Recepci\u00c3\u00b3n Madrid"))
            assert set(match.params.values()) == {"Recepci\u00f3n Madrid"}, wording.text


def test_a_value_that_could_end_in_two_places_is_left_to_the_full_path(kb):
    wording = next(w for w in kb.classifier.index.wordings if '"{message_subject}". Mailbox' in w.text)
    # The subject holds the words that follow it in the wording: where it ends is a guess.
    text = wording.text.replace("{message_subject}", 'Q3". Mailbox Ops').replace("{mailbox_name}", "Ops") \
        .replace("{email_server_profile_name}", "P")
    assert kb.classifier.verbatim.match(text) is None
    fast, full = _both_paths(kb, text)
    assert fast == full


def test_two_names_side_by_side_are_read_only_where_they_can_end_in_one_place(tmp_path):
    wording = "Mailbox {mailbox_name} {email_server_profile_name} failed to synchronize."
    kb = KnowledgeBase.load(write_rules(tmp_path / "rules", make_rule(
        alerts=[{"text": wording}], examples=["Mailbox Ops Contoso failed to synchronize.",
                                              "mailbox Ops Contoso failed to synchronise"])))
    found = kb.classifier.verbatim.match("Mailbox Ops Contoso failed to synchronize.")
    assert found is not None and found[1] == {"mailbox_name": "Ops", "email_server_profile_name": "Contoso"}
    # "Sales" + "Queue Contoso", or "Sales Queue" + "Contoso": only the full path may weigh that.
    assert kb.classifier.verbatim.match("Mailbox Sales Queue Contoso failed to synchronize.") is None


def test_damaged_or_surrounded_alerts_are_left_to_the_full_path(kb):
    wording = next(w for w in kb.classifier.index.wordings if w.rule_id == "email-receive-secure-connection-error")
    clean = _filled(wording, "Ops")
    for text in (clean.replace("can't", "can\u2019t"), clean.replace(" because", "\nbecause"), clean.lower(),
                 "Alert: " + clean, clean + "\nEmail Server Error Code: 0x80040", clean.replace("secure", "secrue")):
        assert kb.classifier.verbatim.match(text) is None, text
        assert kb.classify(text).rule_id == "email-receive-secure-connection-error"


def test_most_alerts_of_an_export_take_the_verbatim_path(kb):
    with open(FIXTURES / "triage" / "mailbox-alerts.csv", encoding="utf-8-sig", newline="") as handle:
        texts = [row["Text"] for row in csv.DictReader(handle) if row["Text"]]
    named = [text for text in texts if kb.classify(text).rule_id is not None]
    verbatim = [text for text in named if kb.classifier.verbatim.match(text) is not None]
    # Names such as "Fabrikam Exchange Online" in the alert that speaks of "the Exchange server", and subjects
    # such as "Re: delivery slot", are plain.
    assert verbatim == named


WORDING_WORDS = st.sampled_from(["has", "been", "disabled", "mailbox", "the", "email", "server", "profile", "because",
                                 "Then,", "enable", "Make", "sure", "...", ".", '"', "Sales", "Ops", "Exchange",
                                 "Online", "notified.", "owner", "of", "&amp;", "\u00a0"])
AWKWARD_VALUES = st.one_of(VALUES, st.lists(st.one_of(WORDING_WORDS, VALUES), min_size=1, max_size=6).map(" ".join))


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.data())
def test_any_filled_wording_gets_the_same_answer_on_either_path(kb, data):
    wording = data.draw(st.sampled_from(kb.classifier.index.wordings))
    text = wording.text
    for slot in wording.slots:
        text = text.replace("{" + slot.name + "}", data.draw(AWKWARD_VALUES, label=slot.name))
    fast, full = _both_paths(kb, text)
    assert fast == full
