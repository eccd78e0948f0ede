"""Rendered pages: values filled in, everything escaped, rule markdown cannot run script."""
from __future__ import annotations

import json
import re
import unicodedata

import pytest

from syncdoctor import KnowledgeBase
from syncdoctor.render import render_match
from tests.helpers import make_rule, write_rules

ALERT = ('The mailbox location could not be determined while sending the email message "<script>alert(1)</script>". '
         "Mailbox Zoë & Co didn't synchronize. The owner of the associated email server profile EWS *Prod* has been notified.")


def test_text_fits_an_80_column_terminal(kb):
    page = render_match(kb, kb.classify(ALERT), "text")
    assert max(len(line) for line in page.splitlines() if not line.strip().startswith("https://")) <= 80
    assert "How to fix it" in page and "   1. " in page and "Zoë & Co" in page


def test_html_escapes_pasted_values(kb):
    page = render_match(kb, kb.classify(ALERT), "html", message=ALERT)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<span class="value" dir="auto">Zoë &amp; Co</span>' in page


def test_html_is_standalone_with_a_strict_policy(kb):
    page = render_match(kb, kb.classify(ALERT), "html")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<link" not in page and "http://" not in page.split("<main")[0]


def test_markdown_escapes_values(kb):
    page = render_match(kb, kb.classify(ALERT), "markdown")
    assert "EWS \\*Prod\\*" in page and "\\<script\\>" in page


def test_json_carries_match_rule_and_filled_explanation(kb):
    data = json.loads(render_match(kb, kb.classify(ALERT), "json"))
    assert data["match"]["rule_id"] == "mailbox-location-undetermined"
    assert data["rule"]["id"] == "mailbox-location-undetermined"
    assert "Zoë & Co" in data["explanation"]["meaning"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_the_name_an_alert_calls_mailbox_name_fills_the_text_that_quotes_user_name(kb, fmt):
    # One alert calls the mailbox's name <User Name>, its other wording <Mailbox Name>; the explanation quotes the
    # first.  Before, the second wording's name was left out: "The mailbox of the user is connected to...".
    text = ("Email cannot be received because the email address of the mailbox Ravi Patel requires an approval by an "
            "Office 365 administrator.")
    match = kb.classify(text)
    assert match.params == {"mailbox_name": "Ravi Patel"}
    page = render_match(kb, match, fmt)
    shown = json.loads(page)["explanation"]["meaning"] if fmt == "json" else page
    assert "mailbox of Ravi Patel" in " ".join(re.sub(r"<[^>]+>|\*\*", "", shown).split())


def test_no_match_page_lists_closest_rules(kb):
    match = kb.classify("Email can't be received because the license is invalid for the mailbox X.")
    page = render_match(kb, match)
    assert page.startswith("No rule fits this message.")
    # A closest rule may be fairly close (a statement needs 70 %): the page does not call them unlikely.
    assert "Closest rules, none sure enough to name:" in page
    assert match.alternatives and f"[{match.alternatives[0].rule_id}]" in page


UNCOVERED_ALERT = ("An unexpected error occurred while receiving email. Mailbox Sales Queue didn't synchronize. The owner "
                   "of the associated email server profile Gmail POP has been notified.")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_alert_no_rule_documents_is_called_one_with_what_to_do_meanwhile(kb, fmt):
    decision = kb.decide(UNCOVERED_ALERT)
    page = " ".join(render_match(kb, decision, fmt).split())
    assert decision.rule_id is None and decision.alert_like
    assert "reads as a server-side synchronization alert, but not one that a rule documents" in page
    assert "Test &amp; Enable Mailbox" in page if fmt == "html" else "Test & Enable Mailbox" in page
    assert "sss-failures-dashboard" in page
    assert "alert_like" not in json.dumps(decision.to_dict())  # the answer's JSON keeps the contract's shape


@pytest.mark.parametrize("alert", [
    "Email can't be received because the license is invalid for the mailbox HR.",
    "2026-11-02 10:00:01 ERROR Email cannot be sent because the mailbox Ops is deactivated.",
])
def test_a_short_alert_no_rule_documents_is_called_one_too(kb, alert):
    # One sentence of the product's, too few alert phrases to read as an alert by its words: before, the page asked
    # for "the whole alert text", which this is.
    decision = kb.decide(alert)
    page = " ".join(render_match(kb, decision).split())
    assert decision.rule_id is None and "reads as a server-side synchronization alert" in page


@pytest.mark.parametrize("alert", [
    "The mailbox Recepción Madrid can't be enabled because another mailbox already uses its email address.",
    'The email message "RE: PO 4471" can\'t be sent because the recipient address is invalid. Mailbox Intake didn\'t '
    "synchronize.",
    "Mailbox Ravi Shah was disabled because the email server profile Contoso EXO has been deleted.",
    "An unknown error occurred while synchronizing tasks for the mailbox Sales. Mailbox Sales didn't synchronize.",
    "Tasks can't be synchronized because the mailbox kiri@northwind.example has no security role.",
    # a question mark in a quoted subject is the subject's: the alert asks nothing
    'The email message "Can we meet?" was rejected because the recipient address is invalid. Mailbox Ops didn\'t '
    "synchronize.",
])
def test_an_alert_no_rule_documents_that_names_a_mailbox_failing_is_called_one(kb, alert):
    # The product's way of telling what failed: its object under the user's name ("the mailbox Ops", 'the email
    # message "Q3"'), what can't be done or was disabled, and why.  Before, such an alert that starts otherwise than
    # the documented ones was no alert: "paste the whole alert text", and triage skipped it.
    decision = kb.decide(alert)
    assert decision.rule_id is None and decision.alert_like


@pytest.mark.parametrize("text", [
    "Our mailbox Sales was disabled because the alert says the profile was deleted.",  # a person's
    "Why was the mailbox Sales disabled because of the profile?",  # a question
    "The mailbox Sales Team could not be found in the global address list.",  # another system's: no reason given
    "Check the mailbox Sales: it was disabled because of the profile",  # no sentence
])
def test_a_text_that_names_a_mailbox_failing_otherwise_is_no_alert(kb, text):
    assert not kb.decide(text).alert_like


@pytest.mark.parametrize("text", ["Email can't be sent from my mailbox since Monday", "email cant be received"])
def test_a_persons_words_that_start_as_an_alert_are_no_alert(kb, text):
    assert not kb.decide(text).alert_like


def test_a_refused_text_that_is_no_alert_gets_the_paste_hint(kb):
    decision = kb.decide("Plugin execution failed: NullReferenceException")
    page = render_match(kb, decision)
    assert not decision.alert_like and "reads as a server-side synchronization alert" not in page
    assert "Paste the whole alert text" in page


# The words two alerts share, with the words that tell them apart cut off: both fit alike.
SHARED_PIECE = ('while sending the email message "Hola!". Mailbox Press Office didn\'t synchronize. The owner of '
                "the associated email server profile EXO has been notified.")


@pytest.mark.parametrize("fmt, heading", [("text", "Several rules fit this message alike"),
                                          ("markdown", "# Several rules fit this message alike"),
                                          ("html", "<h1>Several rules fit this message alike</h1>")])
def test_a_message_that_fits_several_rules_alike_says_so_rather_than_that_none_fits(kb, fmt, heading):
    match = kb.classify(SHARED_PIECE)
    page = render_match(kb, match, fmt)
    assert match.rule_id is None and heading in page and "No rule fits" not in page
    assert "gmail-sync-failure" in page and "mailbox-location-undetermined" in page
    assert "email-address-not-approved" not in page  # a less likely rule would only blur the choice


def test_rule_markdown_cannot_inject_html(tmp_path):
    evil = make_rule(cause='<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))',
                     resolution=["<b onclick=alert(1)>click</b>"])
    kb = KnowledgeBase.load(write_rules(tmp_path / "rules", evil))
    page = render_match(kb, kb.classify(VALID_TEXT), "html")
    assert "<script>" not in page and "<img" not in page and "<b onclick" not in page
    assert 'href="javascript:' not in page


VALID_TEXT = "Email can't be received for the mailbox Ops because the sample broke."


def test_text_keeps_a_value_with_markdown_characters_as_written(kb):
    # The rule's markdown was stripped after the values were put in, so a profile named "EWS *Prod* `v2`" came
    # out as "EWS Prod v2" in the steps: a name the admin would not find.
    alert = ALERT.replace("EWS *Prod*", "EWS *Prod* `v2`")
    page = " ".join(render_match(kb, kb.classify(alert), "text").split())
    assert "owner of EWS *Prod* `v2` was alerted" in page
    assert "open EWS *Prod* `v2` and" in page


def test_text_does_not_break_a_short_value_over_two_lines(kb):
    alert = ("Email can't be received because the credentials specified in the associated email server profile are "
             "incorrect or have insufficient permissions for receiving email. The mailbox Tomás O’Brien has been "
             "disabled for receiving email and the owner of the email server profile EWS · Prod has been notified.")
    lines = render_match(kb, kb.classify(alert), "text").splitlines()
    steps = "\n".join(lines[lines.index("How to fix it"):])
    assert "open EWS · Prod" in " ".join(steps.split())
    assert any("EWS · Prod" in line for line in steps.splitlines()) and "EWS ·\n" not in steps
    assert max(len(line) for line in lines if not line.strip().startswith("https://")) <= 80


def test_text_still_wraps_a_value_too_long_for_one_line(kb):
    name = " ".join(["Regional"] * 14)  # 125 characters: no line could hold it
    alert = ALERT.replace("Zoë & Co", name)
    page = render_match(kb, kb.classify(alert), "text")
    assert max(len(line) for line in page.splitlines() if not line.strip().startswith(("https://", "mailbox_name"))) <= 80
    assert name in " ".join(page.split())


def test_a_name_in_a_right_to_left_script_does_not_reorder_the_html_around_it(kb):
    # "open قسم المبيعات (الرياض) and check": without isolation the browser's bidi algorithm moves the brackets and
    # the words next to an Arabic or Hebrew name.  Each value is set apart with its own direction.
    alert = ("Email can't be received for the mailbox قسم المبيعات (الرياض) because an error occurred while establishing "
             "a secure connection to the email server. The mailbox has been disabled for receiving email and the owner "
             "of the email server profile צוות EWS 2 has been notified.")
    page = render_match(kb, kb.classify(alert), "html")
    assert '<span class="value" dir="auto">צוות EWS 2</span>' in page
    assert '<td dir="auto">قسم المبيعات (الرياض)</td>' in page


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)


def _explained(kb, mailbox: str, profile: str) -> str:
    """The text page's explanation and steps for the secure-connection alert with these names, and whether its lines
    fit 80 columns of a terminal."""
    alert = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile {} has been notified.").format(mailbox, profile)
    lines = render_match(kb, kb.classify(alert), "text").splitlines()
    told = "\n".join(lines[lines.index("What it means"):])
    assert max(_columns(line) for line in told.splitlines() if not line.strip().startswith("https://")) <= 80
    return told


@pytest.mark.parametrize("mailbox, profile", [("東京本社営業部第一課国内法人営業チーム共有メールボックス", "本社ＥＸＣＨＡＮＧＥ接続プロファイル"),
                                              ("영업부 서울 본사 공유 사서함 팀", "EWS 프로파일"),
                                              ("Zoe\u0308 Ma\u0308ki\u0308nen Sales Team Nordics", "EWS")])
def test_text_fits_80_columns_with_wide_and_combining_letters_in_the_values(kb, mailbox, profile):
    # A Japanese, Chinese or Korean letter takes two columns of a terminal, a combining accent none.  Before, lines were
    # filled by characters, and a Japanese mailbox's name made them 105 columns wide.
    said = " ".join(_explained(kb, mailbox, profile).split())
    assert all(unicodedata.normalize("NFC", value) in said for value in (mailbox, profile))


def test_text_gives_a_values_ideographic_spaces_as_written(kb):
    # "営業部　東京" is the name as typed; the explanation and the steps said "営業部 東京", the values' list the name.
    told = _explained(kb, "営業部\u3000東京の共有メールボックス", "本社\u3000EXO")
    assert "営業部\u3000東京の共有メールボックス" in told and "本社\u3000EXO" in told
    assert "営業部 東京" not in told and "本社 EXO" not in told


def test_the_wrapper_fills_plain_text_as_textwrap_does():
    import random
    import textwrap

    from syncdoctor.render import wrap_text
    rng = random.Random(7)
    for _ in range(300):
        words = ["x" * rng.randint(1, 30) for _ in range(rng.randint(0, 40))]
        text, first = " ".join(words), rng.choice(["", "  ", "   1. "])
        indent = " " * len(first)
        expected = textwrap.fill(text, 80, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False)
        assert wrap_text(text, 80, indent, first) == expected


RECEIVING = ("Email can't be received because the credentials specified in the associated email server profile are "
             "incorrect or have insufficient permissions for receiving email. The mailbox Ana Ruiz has been disabled "
             "for receiving email and the owner of the email server profile EWS has been notified.")


def test_json_says_what_the_alert_disabled(kb):
    data = json.loads(render_match(kb, kb.classify(RECEIVING), "json"))
    assert data["explanation"]["disables"] == ["incoming email"]
    assert data["rule"]["effect"]["disables"] == ["incoming email", "outgoing email"]  # the rule's, as written


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_effect_names_the_direction_the_alert_disabled(kb, fmt):
    # The rule covers both directions; this alert disabled receiving only, and the page said "incoming email,
    # outgoing email" all the same.
    page = render_match(kb, kb.classify(RECEIVING), fmt)
    effect = next(line for line in page.splitlines() if "Effect:" in line)
    assert "incoming email" in effect and "outgoing email" not in effect
    sending = RECEIVING.replace("be received", "be sent").replace("receiving", "sending")
    effect = next(line for line in render_match(kb, kb.classify(sending), fmt).splitlines() if "Effect:" in line)
    assert "outgoing email" in effect and "incoming email" not in effect


def test_the_effect_of_a_described_problem_lists_every_direction_the_rule_covers(kb):
    match = kb.classify("wrong password in the email server profile")
    assert match.rule_id == "profile-credentials-invalid"
    page = render_match(kb, match, "text")
    assert "Effect: incoming email, outgoing email" in page


def test_a_piece_that_does_not_say_the_direction_is_not_given_one(kb):
    # The matcher made the choice for a piece from between the choices ("received" and "receiving", the first
    # variant), and the page would have said only incoming email was disabled.
    match = kb.classify("the credentials specified in the associated email server profile are incorrect or have "
                        "insufficient permissions")
    assert match.rule_id == "profile-credentials-invalid"
    assert "{received|sent}" in match.wording and "{receiving|sending}" in match.wording
    assert "Effect: incoming email, outgoing email" in render_match(kb, match, "text")
    told = kb.classify("credentials specified in the associated email server profile are incorrect or have "
                       "insufficient permissions for sending email")
    assert "can't be sent" in told.wording and "{" not in told.wording.replace("{mailbox_name}", "").replace(
        "{email_server_profile_name}", "")


_GERMAN = ("E-Mails können für das Postfach Vertrieb nicht empfangen werden, weil beim Herstellen einer sicheren "
           "Verbindung mit dem E-Mail-Server ein Fehler aufgetreten ist.")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_alert_in_another_language_is_told_how_to_get_it_in_english(kb, fmt):
    # The product shows alerts in the user's language; the rules know the English wordings.  Before, the page only
    # asked to "paste the whole alert text".
    match = kb.classify(_GERMAN)
    assert match.rule_id is None
    page = " ".join(render_match(kb, match, fmt, message=_GERMAN).split())
    assert "does not read as English" in page and "Personalization Settings" in page


@pytest.mark.parametrize("text", ["mailbox disabled after ssl error on our exchange server today",
                                  "npm ERR! code ERESOLVE unable to resolve dependency tree",
                                  "the mailbox of José de la Cruz keeps getting disabled every day"])
def test_english_without_its_little_words_is_not_taken_for_another_language(kb, text):
    from syncdoctor.language import reads_as_another_language

    assert not reads_as_another_language(text)
