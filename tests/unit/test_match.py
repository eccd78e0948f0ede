"""What a user notices about the classifier: right rule, their values, and honest refusals."""
from __future__ import annotations

import json

import pytest

from syncdoctor.match.decide import ALERT_THRESHOLD
from syncdoctor.match.symptoms import is_asking
from syncdoctor.render import render_match

RECEIVE = ("Email can't be received for the mailbox {m} because an error occurred while establishing a secure "
           "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
           "email server profile {p} has been notified.")
UNKNOWN_SEND = ('An unknown error occurred while sending the email message "{s}". Mailbox {m} didn\'t synchronize. '
                "The owner of the associated email server profile {p} has been notified.")


@pytest.mark.parametrize("mark", ["Page 2 of 3", "page 2/3", "  Page 12  ", "- 2 -"])
def test_a_page_mark_between_the_lines_of_a_pdf_is_no_part_of_the_alert(kb, mark):
    text = RECEIVE.format(m="HR Inbox (UK)", p="Wingtip EXO").replace(" the mailbox ", f" the mailbox\n{mark}\n", 1)
    match = kb.classify(text)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "HR Inbox (UK)", "email_server_profile_name": "Wingtip EXO"}


def test_exact_alert_gives_rule_and_values(kb):
    match = kb.classify(RECEIVE.format(m="Northwind Orders", p="Northwind POP3"))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.confidence >= 0.99
    assert match.params == {"mailbox_name": "Northwind Orders", "email_server_profile_name": "Northwind POP3"}


@pytest.mark.parametrize("name", ["O'Neil, Pat", "Zoë Ångström", "Sales (EMEA).", "R&D Team", "Just Because Ltd",
                                  "山田 太郎", "a.b+c@example.co.uk", "because", "Sales&notes", "Billing &copy Team"])
def test_values_come_back_exactly_as_written(kb, name):
    # (a plain name in a clean alert takes the verbatim path; wrapped, the same alert takes the full one)
    wrapped = kb.classify(RECEIVE.format(m=name, p="EWS - Tier 1").replace(" because", "\nbecause"))
    assert wrapped.params == {"mailbox_name": name, "email_server_profile_name": "EWS - Tier 1"}
    match = kb.classify(RECEIVE.format(m=name, p="EWS - Tier 1"))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params["mailbox_name"] == name
    assert match.params["email_server_profile_name"] == "EWS - Tier 1"


def test_a_name_written_in_decomposed_letters_comes_back_composed(kb):
    # "Zoe" and a combining diaeresis, as macOS writes "Zoë": the same name, but it did not compare equal to it.
    import unicodedata
    match = kb.classify(unicodedata.normalize("NFD", RECEIVE.format(m="Zoë Ångström", p="Café POP")))
    assert match.params == {"mailbox_name": "Zoë Ångström", "email_server_profile_name": "Café POP"}


def test_a_ligature_from_a_pdf_is_its_letters_in_a_value(kb):
    match = kb.classify(RECEIVE.format(m="O\ufb03ce Team", p="Pro\ufb01le 7").replace("notified", "noti\ufb01ed"))
    assert match.params == {"mailbox_name": "Office Team", "email_server_profile_name": "Profile 7"}


@pytest.mark.parametrize("linked", ["[Ravi Shah](https://contoso.crm.dynamics.com/main.aspx?etn=mailbox&id=42)",
                                    "[Ravi\nShah](https://contoso.crm.dynamics.com/main.aspx?etn=mailbox&id=42)"])
def test_a_name_pasted_as_a_markdown_link_is_its_text(kb, linked):
    # A web page's linked name pasted into a chat comes as "[Ravi](https://...)": the link was kept in the value;
    # also when a line was wrapped inside the link's text.
    match = kb.classify(RECEIVE.format(m=linked, p="Profile 7"))
    assert match.params == {"mailbox_name": "Ravi Shah", "email_server_profile_name": "Profile 7"}


def test_a_quoted_reply_shown_as_html_loses_its_quote_marks(kb):
    # "&gt; " at the start of each line of a quoted reply in a web page's HTML: the marks were decoded after they are
    # taken off, and the one inside the profile's name stayed in it ("Fabrikam > EU").
    text = ('<div>&gt; Email can&#39;t be received for the mailbox Ops because an error occurred while establishing a '
            'secure connection to the email server.<br>&gt; The mailbox has been disabled for receiving email and the '
            'owner of the email server profile Fabrikam<br>&gt; EU has been notified.</div>')
    assert kb.classify(text).params == {"mailbox_name": "Ops", "email_server_profile_name": "Fabrikam EU"}


def test_a_table_row_hidden_in_entities_keeps_its_cells_apart(kb):
    # "&lt;td&gt;Error&lt;/td&gt;&lt;td&gt;The mailbox...": the hidden tags were dropped with nothing in their place, and
    # "ErrorThe" and "notified.11/26/2026" glued the cells to the alert, which was refused.
    alert = ('The mailbox location could not be determined while sending the email message "Q3". Mailbox Kim, Ji-woo '
             "didn't synchronize. The owner of the associated email server profile Tailspin (DMZ) has been notified.")
    text = f"<div>&lt;tr&gt;&lt;td&gt;Error&lt;/td&gt;&lt;td&gt;{alert}&lt;/td&gt;&lt;td&gt;11/26/2026&lt;/td&gt;&lt;/tr&gt;</div>"
    match = kb.classify(text)
    assert match.rule_id == "mailbox-location-undetermined"
    assert match.params == {"message_subject": "Q3", "mailbox_name": "Kim, Ji-woo",
                            "email_server_profile_name": "Tailspin (DMZ)"}


@pytest.mark.parametrize("stamp", ["11/26/2026 10:15 AM", "2026-11-26 10:15:02", "10:15"])
def test_a_time_stamp_between_two_sentences_of_an_alert_is_no_word_of_it(kb, stamp):
    # A grid's or a log's field inside the paste counted as several inserted words, and the alert was refused.
    text = ("One or more mailboxes have been disabled for receiving email because their email addresses haven't been "
            f"approved. {stamp} Approve the email addresses, and then enable the mailboxes for receiving email.")
    assert kb.classify(text).rule_id == "email-address-not-approved"


def test_an_alert_pasted_twice_and_wrapped_short_is_read_by_its_first_copy(kb):
    # Lines of 40 characters hold no record of their own, and the two copies fit no wording as one text: refused.
    text = ("Email can't be sent because the cre-\n"
            'dentials specified in the associated\n'
            'email server profile are incorrect or\n'
            'have insufficient permissions for sen-\n'
            'ding email. The mailbox Lab [test] has\n'
            'been disabled for sending email and the\n'
            'owner of the email server profile Nor-\n'
            'thwind EXO has been notified. Email\n'
            "can't be sent because the credentials spe-\n"
            'cified in the associated email server pro-\n'
            'file are incorrect or have insufficient per-\n'
            'missions for sending email. The mailbox\n'
            'Lab [test] has been disabled for sending\n'
            'email and the owner of the email server pro-\n'
            'file Northwind EXO has been notified.')
    match = kb.classify(text)
    assert match.rule_id == "profile-credentials-invalid"
    assert match.params == {"mailbox_name": "Lab [test]", "email_server_profile_name": "Northwind EXO"}


def test_a_json_log_line_with_unicode_escapes_shown_as_html_loses_its_escaped_quotes(kb):
    # The "\u0027" made the line read as JSON before the page's entities were decoded; the '\"' those entities hid
    # stayed, and the subject came back as '\"Q3\'.
    text = ('<Message>{&quot;message&quot;: &quot;The mailbox location could not be determined while sending the '
            'email message \\&quot;Q3\\&quot;. Mailbox Ops didn\\u0027t synchronize. The owner of the associated '
            'email server profile Main has been notified.&quot;}</Message>')
    assert kb.classify(text).params == {"message_subject": "Q3", "mailbox_name": "Ops",
                                        "email_server_profile_name": "Main"}


@pytest.mark.parametrize("mark", [" -", " \u2014", " |"])
def test_a_quoted_subject_with_a_mark_after_its_closing_quote_loses_the_quote(kb, mark):
    # 'message "FW: invoice" - Mailbox Ops': the template's '". ' was read as far as the dash, and the closing
    # quote stayed on the subject.
    text = UNKNOWN_SEND.format(s="FW: invoice", m="Ops", p="P").replace('".', '"' + mark)
    assert kb.classify(text).params["message_subject"] == "FW: invoice"


@pytest.mark.parametrize("after, subject", [('"..', "Invoice 88-A"), ('\u201d..', "Invoice 88-A"),
                                            ('" ..', "Invoice 88-A"), ('"!.', 'Invoice 88-A"!'), ('..', "Invoice 88-A.")])
def test_a_period_typed_twice_after_a_quoted_subject_leaves_the_closing_quote_out(kb, after, subject):
    # '"Invoice 88-A"..': one period was read as the template's, the closing quote behind the other stayed on the
    # subject ('Invoice 88-A".').  Without the closing quote the periods are the subject's own, less the template's.
    text = UNKNOWN_SEND.format(s="Invoice 88-A", m="Ops", p="P").replace('".', after)
    assert kb.classify(text).params["message_subject"] == subject


@pytest.mark.parametrize("piece", ['sending the email message "Quote 2291". Mailbox Ravi didn\'t synchronize.',
                                   'sending the email message "FW: invoice". Mailbox The Support Queue didn\'t synchronize.'])
def test_a_piece_of_an_alert_with_its_values_is_no_description(kb, piece):
    # Two rules' wordings hold this piece, so no alert is named; too short to count as an alert by its weighted
    # words, it was searched as a person's description and named the sending limits (0.65) or Pending Send (0.56).
    assert kb.classify(piece).rule_id is None


def test_the_ending_many_alerts_share_names_none_of_them(kb):
    # Only the first six of the wordings that end so were aligned, and of those one fit best: it was named at 0.71.
    assert kb.classify("and the owner of the email server profile EXO/Prod has been notified.").rule_id is None


def test_only_the_alert_answer_looks_past_the_candidates_limit_at_tied_wordings(kb):
    # The look for a whole alert in a record asks for two candidates; it got every tied wording too, and the sample
    # export cost 13 % more alignments.
    from syncdoctor.match.candidates import TIED_ROOM, select_candidates
    from syncdoctor.normalize import normalize
    index = kb.classifier.index
    words = normalize("and the owner of the email server profile EXO/Prod has been notified.").words
    assert len(select_candidates(index, words, 2)) == 2
    assert 2 < len(select_candidates(index, words, 2, ties=True)) <= 2 * TIED_ROOM


def test_a_person_who_names_one_mailbox_is_still_understood(kb):
    assert kb.classify("email stuck in pending send for the mailbox Sales").rule_id == "email-pending-send"


def test_value_that_repeats_the_word_before_it(kb):
    match = kb.classify(RECEIVE.format(m="Ops", p="Profile Profile"))
    assert match.params["email_server_profile_name"] == "Profile Profile"


def test_quoted_subject_loses_the_templates_quotes_only(kb):
    match = kb.classify(UNKNOWN_SEND.format(s='Re: "Q3" numbers', m="Ops", p="Gmail"))
    assert match.rule_id == "gmail-sync-failure"
    assert match.params["message_subject"] == 'Re: "Q3" numbers'


@pytest.mark.parametrize("damage", [
    lambda t: t.replace("established", "estbalished").replace("secure", "secrue").replace("receiving", "recieving"),
    lambda t: "<p>" + t.replace("'", "&#39;") + "</p>",
    lambda t: t.replace("'", "\u2019"),
    lambda t: "2026-01-02T03:04:05Z ERROR " + t,
    lambda t: "> " + t.replace("because", "because\n> "),
    lambda t: t.upper(),
    lambda t: t.replace(" ", "   "),
    lambda t: t + "\nEmail Server Error Code: Something\nDetails: T:1 >Exception: boom\n   at Foo.Bar()",
    lambda t: t.replace("establishing", "estab-\nlishing"),
    lambda t: t.replace("to the email", "t othe email"),
])
def test_damaged_alert_still_matches(kb, damage):
    match = kb.classify(damage(RECEIVE.format(m="Field Team", p="Tailspin EWS")))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params.get("mailbox_name", "").casefold() == "field team"


def test_truncated_alert_still_matches(kb):
    text = RECEIVE.format(m="Field Team", p="x")[:110] + "…"
    assert kb.classify(text).rule_id == "email-receive-secure-connection-error"


ANOTHER_ORG = ("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Ops "
               "is configured with another {} organization.")
RECEIVING = ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving {}")


@pytest.mark.parametrize("text, rule_id", [
    # Another version's wording names the product, and the dashboard cut the text right after it.
    (ANOTHER_ORG.format("Microsoft Dynamics 365"), "mailbox-configured-with-another-org"),
    (ANOTHER_ORG.format("Dynamics CRM"), "mailbox-configured-with-another-org"),
    # Words after a cut are read as the rest of another message; the product's name alone is not one.
    (RECEIVING.format("Microsoft Dynamics 365"), "email-receive-secure-connection-error"),
    (RECEIVING.format("#dynamics365 #crm"), "email-receive-secure-connection-error"),
])
def test_the_products_name_at_a_cut_is_no_sign_of_another_message(kb, text, rule_id):
    match = kb.classify(text)
    assert match.rule_id == rule_id
    assert match.params == {"mailbox_name": "Ops"}


def test_fragment_from_the_middle_matches(kb):
    text = "secure connection to the email server. The mailbox has been disabled for receiving email and the owner"
    assert kb.classify(text).rule_id == "email-receive-secure-connection-error"


def test_documentation_placeholders_match_without_values(kb):
    match = kb.classify(RECEIVE.format(m="<Mailbox Name>", p="<Email Server Profile Name>"))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {}


@pytest.mark.parametrize("text", [
    # One key word changed: another alert of the product, not a typo of this one.
    UNKNOWN_SEND.replace("unknown", "unexpected").format(s="Hi", m="Ops", p="Gmail"),
    "Email can't be received because the license is invalid for the mailbox Ops.",
    RECEIVE.replace("an error occurred while establishing a secure connection to", "the mailbox is full on")
           .format(m="Ops", p="P1"),
    "Appointments can't be synchronized because the Start Time field isn't present.",
    # "receiving" where the wording has "sending the": a word of its own, not a copy of the little word "the".
    "An unknown error occurred while receiving email. Mailbox Ops didn't synchronize. The owner of the associated "
    "email server profile P1 has been notified.",
    # "closing" for "establishing a": a word lost and another gained in one place is a word replaced.
    RECEIVE.replace("establishing a secure", "closing secure").format(m="Ops", p="P1"),
    # The second half of a known alert after another alert's first half.
    'An unexpected error occurred while sending the email message "Hi". Mailbox Ops didn\'t synchronize. '
    "The owner of the associated email server profile P1 has been notified.",
])
def test_other_alerts_of_the_product_are_refused(kb, text):
    match = kb.classify(text)
    assert match.rule_id is None, match


@pytest.mark.parametrize("text", [
    # Each clause is some alert's, but no one wording has them together: another alert of the product.
    "Appointments, contacts, and tasks can't be synchronized for the mailbox Ops because the mailbox has been "
    "disabled for synchronizing appointments, contacts, and tasks.",
    "Appointments, contacts, and tasks can't be synchronized because the mailbox Lina Ortiz has been disabled for "
    "synchronizing appointments, contacts, and tasks.",
])
def test_an_alert_stitched_of_the_products_phrases_is_not_read_as_a_question(kb, text):
    match = kb.classify(text)
    assert match.rule_id is None, match


@pytest.mark.parametrize("subject", [
    "RE: FW: Quarterly business review for the EMEA region and the follow-up actions from last week",
    "Your invoice #4471 from Contoso Ltd is ready to view and pay online before the end of the month",
])
def test_a_long_subject_is_the_senders_own_text_not_the_rest_of_the_message(kb, subject):
    match = kb.classify(f'An unknown error occurred while sending the email message "{subject}". Mailbox Sales '
                        "didn't synchronize. The owner of the associated email server profile Contoso has been notified.")
    assert match.rule_id == "gmail-sync-failure" and match.confidence >= 0.9
    assert match.params["message_subject"] == subject


# A subject line as long as Exchange keeps one (255 characters): 50 words of it.  Its quotes frame it, so its words
# are no measure; before, past 40 words it was taken for the rest of the text (half as sure), past 64 no rule fit.
_LONG_SUBJECT = ("RE: FW: RE: Q3 plan - budget, hiring, the new office in Lyon, travel for the team offsite in May, "
                 "and the open items from the 12 Oct review (see notes) - please read by Fri and add your part if "
                 "you own one of the items, or ask Ana or me")


def test_a_subject_as_long_as_a_subject_line_gets_is_read_whole_between_its_quotes(kb):
    assert len(_LONG_SUBJECT) <= 255 and len(_LONG_SUBJECT.split()) >= 50
    match = kb.classify(f'An unknown error occurred while sending the email message "{_LONG_SUBJECT}". Mailbox Sales '
                        "didn't synchronize. The owner of the associated email server profile Contoso has been notified.")
    assert match.rule_id == "gmail-sync-failure" and match.confidence >= 0.9
    assert match.params == {"message_subject": _LONG_SUBJECT, "mailbox_name": "Sales",
                            "email_server_profile_name": "Contoso"}


def test_a_longer_subject_still_names_the_alert_and_gives_it_back(kb):
    subject = " ".join([_LONG_SUBJECT] * 2)  # no subject line holds this much, but the alert around it is whole
    match = kb.classify(f'An unknown error occurred while sending the email message "{subject}". Mailbox Sales '
                        "didn't synchronize. The owner of the associated email server profile Contoso has been notified.")
    assert match.rule_id == "gmail-sync-failure" and match.params["message_subject"] == subject


def test_the_product_named_where_the_wording_does_not_is_the_same_alert(kb):
    # An alert of another version: "another Dynamics 365 organization" for "another organization".
    match = kb.classify("Appointments, contacts, and tasks can't be synchronized because the email address of the "
                        "mailbox Dana Park is configured with another Dynamics 365 organization.")
    assert match.rule_id == "mailbox-configured-with-another-org" and match.confidence >= 0.9
    assert match.params == {"mailbox_name": "Dana Park"}


@pytest.mark.parametrize("text", [
    "Appointments can't be synchronized because the Organizer field is read-only.",
    "Appointments can't be synchronized because the Organizer field is locked.",
    "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
    "to the email relay.",
    "Email cannot be sent because the email address of the mailbox Ops requires an approval by an Office 365 partner.",
    "Contacts can't be synchronized because the Organizer field isn't present.",
    # A value that runs into the last full stop where the alert's sentence goes on took another ending.
    "The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops didn't reconnect.",
    "The mailbox Omar Ali has been disabled for receiving email because the email server profile Old POP is deactivated.",
])
def test_an_alert_that_starts_or_ends_with_another_word_is_another_alert(kb, text):
    # Cut off by a column, a text stops anywhere; not on a word the alert lacks and a full stop.
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("text, rule_id", [
    ("Appointments can't be synchronized because the Organizer field isn't presnet.", "appointment-organizer-missing"),
    ("Appointments can't be synchronized because the Organizer field isn't pre", "appointment-organizer-missing"),
    ("ointments can't be synchronized because the Organizer field isn't present.", "appointment-organizer-missing"),
    ("The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops didn't "
     "synchronize.", "mailbox-location-undetermined"),
    ("The mailbox location could not be determined while sending the email message Quarterly report.",
     "mailbox-location-undetermined"),
    ("Emails can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
     "to the email server.", "email-receive-secure-connection-error"),
    ("The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops didn't "
     "synchronize. The owner of the associated email server profile EXO has been nutifi.", "mailbox-location-undetermined"),
    ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
     "to the email server. Thanks.", "email-receive-secure-connection-error"),
    # A few words of the sender's own after the alert's sentence, none of them an alert's word.
    ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
     "to the email server. Please help!", "email-receive-secure-connection-error"),
    ("Email can't be sent because the credentials specified in the associated email server profile are incorrect or "
     "have insufficient permissions for sending email. Thanks in advance!", "profile-credentials-invalid"),
    ("The mailbox location could not be determined while sending the email message \"Hi\". Happens every day.",
     "mailbox-location-undetermined"),
])
def test_a_damaged_or_cut_word_at_an_end_or_a_new_sentence_after_the_alert_is_not_another_alert(kb, text, rule_id):
    assert kb.classify(text).rule_id == rule_id


@pytest.mark.parametrize("question, rule_id", [
    ("it says the email address of the mailbox is configured with another organization, what does that mean?",
     "mailbox-configured-with-another-org"),
    ("I see the credentials specified in the associated email server profile are incorrect or have insufficient "
     "permissions. How do I fix it?", "profile-credentials-invalid"),
    ("our admin sees an error occurred while establishing a secure connection to the Exchange server. what should "
     "we check?", "act-sync-disabled-secure-connection"),
    # The question's own words before "says" are the alert's too ("mailbox"): the cited piece is read alone.
    ("our mailbox says an error occurred while establishing a secure connection to the email server, how to fix?",
     "email-receive-secure-connection-error"),
    ("the mailbox record says the email address of the mailbox is not approved and the mailbox has been disabled, "
     "what do I do?", "email-address-not-approved"),
])
def test_an_alert_cited_without_quotes_in_a_question_is_found(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("question", [
    "I see email can't be sent because the license is invalid for the mailbox. How do I fix it?",
    "the mailbox says email can't be received because the mailbox is full on the server, how do I fix it?",
    "we see the mailbox doesn't have an email server profile associated with it. any idea?",
    "our mailbox says an error occurred while connecting to the email server because the certificate expired, how to fix?",
])
def test_another_alert_cited_so_is_still_refused(kb, question):
    assert kb.classify(question).rule_id is None


@pytest.mark.parametrize("text", [
    "hello", "Plugin execution failed: NullReferenceException", "550 5.1.1 Recipient not found",
    "Your mailbox is almost full.", "?", "12345",
    # Long questions on other subjects (a long question is measured as a short one's terms).
    "Quick question about our Power BI reports: the dataset that reads from Dataverse fails to refresh every night "
    "since the service account password changed. Where do I update the gateway credentials?",
    "Our Outlook on the web asks every user to register for MFA again each morning since we moved tenants. "
    "Is that expected, and how do we stop it?",
    # A system's long message asks nothing: it is measured on all its words.
    "We couldn't save the email server profile because the credentials you entered are not valid. Check the user "
    "name and password and try again."])
def test_unrelated_messages_are_refused(kb, text):
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("question, rule_id", [
    ("we got an alert that our mailbox is configured with another organization", "mailbox-configured-with-another-org"),
    ("We added new users and their mailboxes are disabled with a warning that the email addresses need approval. "
     "How do we approve them?", "email-address-not-approved"),
])
def test_how_the_problem_was_shown_is_no_part_of_the_problem(kb, question, rule_id):
    # "an alert", "a warning", "a notification": every rule's problem is shown so; the words say nothing of which.
    assert kb.classify(question).rule_id == rule_id


def test_says_is_no_slip_of_stays_and_says_no_more_than_shows(kb):
    # "says" lost no letter of "stays" (read as "stuck", the Pending Send rule's word); it reports, as "shows" does.
    assert kb.classify("outlook says email sent").rule_id is None
    assert kb.classify("Test and enable says success but emails still don't come in for the Gmail mailbox").rule_id \
        == "gmail-sync-failure"


MAIL = ("From: Kevin Lee <kevin.lee@contoso.com>\nSent: Tuesday, November 24, 2026 10:42 AM\nTo: IT Support\n"
        "Subject: help needed\n\nHi,\n\n{}\n\nThanks,\nKevin")


@pytest.mark.parametrize("question, rule_id", [
    ("I keep getting 'The mailbox location could not be determined while sending the email message' - what now?",
     "mailbox-location-undetermined"),
    ("our mailbox says an error occurred while establishing a secure connection to the email server, how to fix?",
     "email-receive-secure-connection-error")])
def test_a_question_citing_an_alert_reads_the_same_in_a_mail(kb, question, rule_id):
    # The mail's header lines stand where the cited piece was cut, as another message's words would.
    assert kb.classify(question).rule_id == rule_id
    assert kb.classify(MAIL.format(question)).rule_id == rule_id


def test_a_long_question_in_a_mail_is_measured_without_the_mails_header_lines(kb):
    # 41 words alone; the header lines would make it longer than a question is (MAX_QUESTION_WORDS).
    question = ("Hi all, we migrated to Exchange Online last month and since then every time one of our sales people "
                "sends an email from Dynamics it just sits there with status Pending Send. Outlook itself works fine. "
                "Any idea what could cause this?")
    assert kb.classify(MAIL.format(question)).rule_id == "email-pending-send"


def test_we_d_and_we_re_tell_a_persons_own_story_as_we_does(kb):
    # A long account with no question mark is measured as a question when a person tells it of their own.
    text = ("We'd like to connect Dynamics to Exchange Online in a different tenant of a sister company. Is that "
            "allowed with server-side sync")
    assert kb.classify(text).rule_id == "exchange-online-unsupported-config"


def test_a_piece_of_another_alert_forwarded_in_a_mail_is_still_refused(kb):
    # Read without the headers, the subject line and the greeting would be taken for the message's subject.
    piece = "The mailbox Ops has been disabled for receiving email and the owner of the email server profile EXO has " \
            "been notified."
    assert kb.classify(MAIL.format(piece)).rule_id is None


def test_a_status_display_of_labelled_fields_reads_as_a_systems_message(kb):
    # The mailbox's test results share the rules' words ("appointments, contacts, and tasks") but describe
    # nothing: a display of "Label: value" fields is a system's, named only on strong evidence.
    text = "Incoming Email: Failure. Outgoing Email: Not Run. Appointments, Contacts, and Tasks: Not Run."
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("statement", ["The IMAP server does not support IDLE.",
                                       "The attachment exceeds the maximum file size of 25 MB."])
def test_a_whole_sentence_no_person_tells_needs_more_than_a_persons_words(kb, statement):
    # Other systems' statements: they shared a rule's words well enough for a person's description (0.37 and 0.38).
    assert kb.classify(statement).rule_id is None


def test_a_persons_words_or_a_question_name_what_the_same_whole_sentence_does_not(kb):
    sentence = "Approve Email is greyed out for the Dynamics system administrator."
    assert kb.classify(sentence).rule_id is None  # 0.41: as likely another system's statement
    assert kb.classify("approve Email is greyed out for the Dynamics system administrator").rule_id \
        == kb.classify(sentence + " Any ideas?").rule_id == "email-address-requires-m365-approval"


@pytest.mark.parametrize("request_", [", how do I fix this?", " - any idea?", " \u2014 what does this mean?"])
def test_a_question_joined_to_another_systems_message_by_a_comma_or_a_dash_is_a_request_after_it(kb, request_):
    # Read as one question, the whole became a person's, and the message's words named a rule at 0.35; the
    # message alone reads as a system's (see reads_as_a_system), and names a rule only on strong evidence.
    for message in ["The Exchange Web Services endpoint returned HTTP 401",
                    "Gmail blocked a sign-in attempt to your account from a less secure app"]:
        assert kb.classify(message + request_).rule_id is None


@pytest.mark.parametrize("question", ["is pop3 supported for appointments contacts and tasks",
                                      "contacts and tasks not syncing for a pop3 mailbox"])
def test_appointments_contacts_and_tasks_with_pop3_are_an_unsupported_configuration(kb, question):
    assert kb.classify(question).rule_id == "unsupported-email-configuration"


@pytest.mark.parametrize("text", ["Security alert: unusual sign-in activity detected on your account",
                                  "Warning: the certificate for the website will expire in 10 days"])
def test_another_systems_alert_or_warning_is_still_refused(kb, text):
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("question, rule_id", [
    ("emails are stuck in pending send", "email-pending-send"),
    ("is exchange 2007 supported", "unsupported-email-configuration"),
    ("a sent email shows direction incoming", "sent-email-direction-incoming"),
    ("dashboard of server-side sync failures", "sss-failures-dashboard"),
    ("EWS impersonation not working with Exchange Online", "exchange-online-unsupported-config"),  # EWS is Exchange
])
def test_plain_language_questions_find_their_rule(kb, question, rule_id):
    match = kb.classify(question)
    assert match.rule_id == rule_id and match.method == "symptom"


@pytest.mark.parametrize("question, rule_id", [
    ("Our Exchange 2016 server sits behind a firewall and server-side sync can't get to it", "exchange-onprem-connectivity"),
    ("autodiscover can't locate the mailbox, is a DNS record missing?", "mailbox-location-undetermined"),
    ("what causes server-side sync to disable mailboxes by itself?", "mailbox-repeatedly-disabled"),
    ("an employee who is no longer with the company still shows as an active user", "mailbox-updated-by-inactive-user"),
])
def test_the_rules_know_more_ways_people_tell_their_problem(kb, question, rule_id):
    # Each in words the rules' symptoms lacked: a firewall, a DNS record, "causes", a former employee.
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("question", ["how does server-side sync decide to disable a mailbox",
                                      "what decides whether an error disables the mailbox"])
def test_to_decide_what_an_error_is_is_to_classify_it(kb, question):
    # The rule tells how errors are classified; before, the first read as the direction an email is given.
    assert kb.classify(question).rule_id == "mailbox-repeatedly-disabled"


def test_a_preposition_says_nothing_of_the_problem(kb):
    # "across" was a rare word of the failures dashboard's "errors across the organization".
    assert kb.classify("dashboard of the mailbox sync status across the organization").rule_id == "sss-monitoring-dashboard"


@pytest.mark.parametrize("question", [
    "Users report 'The mailbox location could not be determined while receiving the email message'. What should we check first?",
    "Users report \u201cThe mailbox location could not be determined while receiving the email message\u201d - what now?"])
def test_a_piece_of_an_alert_cited_in_quotes_ends_at_the_closing_quote(kb, question):
    # Before, the question after the piece was read as the message subject the piece was cut in.
    assert kb.classify(question).rule_id == "mailbox-location-undetermined"


def test_a_question_quoting_an_alert_no_rule_covers_is_not_named_from_its_words(kb):
    # "quota" is a word of the sending limits, but the question is about the alert it quotes.
    question = ("we get 'Email can't be received for the mailbox Ops because the mailbox quota is exceeded on the "
                "server'. how to fix?")
    assert kb.classify(question).rule_id is None


def test_how_a_forum_question_refers_to_its_thread_says_nothing_of_the_problem(kb):
    assert kb.classify("Following this forum thread, where is the dashboard of server-side sync failures").rule_id == \
        "sss-failures-dashboard"


@pytest.mark.parametrize("context, bare", [
    ("(Dynamics 365 Sales, version 9.2.24)", ""), ("we run D365 Customer Service Hub v9.2", ""), ("we use Dynamics 365 online", ""),
    ("Quick question:", ""), ("EDIT:", ""), ("Update:", ""), ("P.S.", ""), ("Customer says:", ""),
    ("for some of our users", ""), ("with a few users", ""), ("build 16.0.1234", ""), ("only for one user", ""),
    ("for the last 3 days", ""), ("two weeks ago", ""), ("since Monday", ""), ("since the upgrade", ""),
    ("after the 2024 release wave 2 update", ""), ("It worked fine until last week.", ""),
    ("on Dynamics 365 online", "on Dynamics 365"), ("for a couple of users since yesterday's update", ""),
    ("this morning, in the Customer Service Hub", ""), ("in our prod environment", ""), ("in one of our orgs", ""),
    ("in our tenant", ""), ("- opened a case with Microsoft", ""), ("started after Tuesday's update", "started"),
    ("We already tried test and enable.", ""), ("I've tried re-entering the password;", ""),
    ("Already tried: approving the address again.", ""), ("Re-running test and enable did not help.", ""),
    ("Restarting the service didn't fix it.", ""), ("P1 production incident:", ""), ("Priority: High.", ""),
    ("Severity 2 -", ""), ("Good afternoon team,", ""), ("Incident INC0012345:", ""), ("Screenshots attached.", ""),
    ("Let me know if you need more details.", ""), ("Environment: Production (EU).", ""),
    ("This is business-critical and blocking go-live.", "This is and"), ("Hiya,", ""), ("FYI", ""),
    ("As discussed on the call,", ""), ("Following up on my earlier email -", ""), ("Quick one:", ""),
    ("Attached: screenshot.png.", ""), ("(reported by 3 users)", ""), ("Impact: all sales reps.", ""),
    ("This affects about 50 users.", ""), ("Other mailboxes work fine.", ""), ("Logs available on request.", ""),
    ("Waiting for your reply.", ""), ("Posted this on the community forum as well.", ""),
    ("- ticket raised by the finance department", ""), ("-- excuse typos", ""), ("Sorry for my English.", ""),
    ("(pardon the brevity)", "()"), ("I am new to Dynamics administration.", "."), ("We're fairly new to D365.", "."),
    ("(D365 CE, EU region)", ""), ("(EMEA tenant)", ""), ("in the US datacenter", "in the"),
    ("sry for bad english", ""), ("Long time reader, first post.", ", ."), ("(sorry, long time no post)", "(sorry, )"),
    ("Longtime lurker, first time poster here:", ", :"), ("Ticket summary:", ""), ("Problem description:", ""),
    ("User reports that", ""), ("The customer says", ""), ("Sales rep noticed that", ""), ("Our admin tells us", ""),
    ("End user complains", "")])
def test_what_a_question_tells_around_its_problem_is_no_search_term(context, bare):
    # The product's version and app, how a post labels its parts, whom the problem reaches.
    from syncdoctor.terms import search_terms
    assert search_terms(f"{context} emails stuck in pending send") == search_terms(f"{bare} emails stuck in pending send")


@pytest.mark.parametrize("question, rule_id", [
    ("emails stuck in pending send (Dynamics 365 Sales, version 9.2.24)", "email-pending-send"),
    ("Customer says: the dashboard of server-side sync failures is empty", "sss-failures-dashboard"),
    # a ticket's frame: who reports it is no user of the rule of users who never sign in
    ("User reports that emails he sends appear as incoming in Dynamics", "sent-email-direction-incoming"),
    ("Sales rep reports that outgoing emails from CRM are stuck with status Pending Send.", "email-pending-send")])
def test_a_question_with_its_context_around_it_still_finds_its_rule(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("text, rule_id", [
    ("emails I sent are showing as incoming. We already tried test and enable.", "sent-email-direction-incoming"),
    ("autodiscover fails so the mailbox gets disabled (already tried re-entering the password)",
     "mailbox-location-undetermined"),
    ("Your password will expire in 14 days. We already tried test and enable.", None),
    ("Why are my Gmail emails going to spam? Test and enable didn't help.", None),
    # a comma and what happened then end the remedy as "and" does: the whole text was taken out, and no rule was near
    ("Tried your suggestions, the mailbox keeps getting disabled every day.", "mailbox-repeatedly-disabled"),
    # advice followed is a remedy tried; "your troubleshooting guide" is the vendor's, no reader's thing
    ("Followed your troubleshooting guide but emails still sit in Pending Send.", "email-pending-send")])
def test_what_the_asker_already_tried_does_not_change_the_answer(kb, text, rule_id):
    # A remedy that did not help names the rules' own steps ("test and enable"), not the problem.
    assert kb.classify(text).rule_id == rule_id


@pytest.mark.parametrize("context", ["This affects about 50 users.", "Posted this on the community forum as well.",
                                     "Screenshot attached.", "We followed the documentation step by step."])
def test_a_sentence_of_context_around_a_clear_description_does_not_hide_it(kb, context):
    # Before, the context's words, which no rule uses, made the whole text read as another subject.
    assert kb.classify(f"mailbox keeps getting disabled. {context}").rule_id == "mailbox-repeatedly-disabled"
    assert kb.classify(f"{context} mailbox keeps getting disabled.").rule_id == "mailbox-repeatedly-disabled"


@pytest.mark.parametrize("context", ["Weirdly it worked yesterday.", "Happy holidays!", "Been chasing this all morning.",
                                     "Not sure if this is the right forum.", "Management is breathing down my neck.",
                                     "(typing on mobile)", "(on behalf of a client)"])
def test_a_sentence_no_rule_has_a_word_of_changes_nothing(kb, context):
    # Its words weighed as much as the rarest and made the description read as another subject (refused).
    bare = kb.classify("Outlook.com POP3 is not FIPS 140-2 compliant.")
    for text in (f"Outlook.com POP3 is not FIPS 140-2 compliant. {context}", f"{context} Outlook.com POP3 is not FIPS 140-2 compliant."):
        framed = kb.classify(text)
        assert (framed.rule_id, framed.confidence) == (bare.rule_id, bare.confidence)
    assert bare.rule_id == "unsupported-email-configuration"


def test_a_persons_aside_does_not_make_another_systems_message_a_description(kb):
    # Before, "my" made the message a person's and its words a description of mail stuck unsent.
    assert kb.classify("Email can't be delivered because the recipient's mailbox is disabled. "
                       "Management is breathing down my neck.").rule_id is None


def test_the_known_part_leaves_out_sentences_no_rule_has_a_word_of(kb):
    from syncdoctor.match.symptoms import known_part
    index = kb.classifier.symptoms
    assert known_part(index, "mailbox keeps getting disabled. Happy holidays!") == ("mailbox keeps getting disabled.", False)
    # A question among them asks about the rest: the rest is read as a person's.
    assert known_part(index, "emails stay in pending send. Is that normal?") == ("emails stay in pending send.", True)
    assert known_part(index, "emails stay in pending send.") == ("emails stay in pending send.", False)
    assert known_part(index, "Happy holidays!") == ("Happy holidays!", False)  # nothing left: the text as it is
    # An aside in brackets too, unless it holds a code (another system's: it tells what the message is).
    assert known_part(index, "emails stay in pending send (typing on mobile)")[0].split() == "emails stay in pending send".split()
    assert known_part(index, "Try again later (ErrorServerBusy)") == ("Try again later (ErrorServerBusy)", False)
    assert known_part(index, "Try again later (Error 0x80070057)") == ("Try again later (Error 0x80070057)", False)
    # A phrase across a full stop goes whole before the sentences are told apart.
    assert known_part(index, "emails stay in pending send. Affects approx. 15 users.") == ("emails stay in pending send.", False)


def test_a_sentence_about_another_rule_does_not_outweigh_the_whole_question(kb):
    # "keeps failing" alone reads as a mailbox disabled again and again; the question is about Gmail.
    text = "can server-side sync use a gmail account for a queue? test & enable keeps failing"
    assert kb.classify(text).rule_id != "mailbox-repeatedly-disabled"


def test_a_sentence_that_only_shares_a_rules_words_is_not_read_alone(kb):
    text = "We have updated the terms of service for Dynamics 365. The new terms apply to all environments from next month."
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("sign_off", ["BR, Tom", "Cheers, Raj", "Kind regards, IT Service Desk", "Thanks, Priya",
                                      "Regards, Jan de Vries (Contoso IT)", "Sent from Outlook for iOS", "TIA", "Thx!",
                                      "Cheers"])
def test_a_sign_off_with_a_name_is_no_search_term(sign_off):
    from syncdoctor.terms import search_terms
    assert search_terms(f"emails stuck in pending send. {sign_off}") == search_terms("emails stuck in pending send.")


def test_words_after_thanks_that_tell_the_problem_stay():
    # A sign-off ends the text with a name; "thanks to the sandbox copy" tells the cause.
    from syncdoctor.terms import search_terms
    assert {"copy", "organization"} <= set(search_terms("the prod mailbox stopped syncing thanks to the sandbox copy"))


@pytest.mark.parametrize("text", [
    "This appointment can't be tracked because the organizer is not a Dynamics 365 user. Any ideas?",
    "Email can't be delivered because the recipient's mailbox is disabled. Could you please advise on next steps?",
    "Exchange connection test succeeded. What should we do?"])
def test_a_request_after_another_systems_message_does_not_make_it_a_description(kb, text):
    # The request asks about the message; read alone, the message names no rule, so neither does the text.
    assert kb.classify(text.rsplit(". ", 1)[0] + ".").rule_id is None
    assert kb.classify(text).rule_id is None


def test_what_was_being_done_when_it_failed_still_counts(kb):
    # "tried to <do>" tells the problem, unlike "tried <a remedy>".
    from syncdoctor.terms import search_terms
    assert {"track", "invitee"} <= set(search_terms("I tried to track the meeting as an invitee but no record was created"))


def test_words_only_a_person_writes_say_nothing_in_a_description(kb):
    # Not in sentences, as a person writes a description: "bunch" and "nobody" are no other subject.
    assert kb.classify("a bunch of mailboxes got disabled because nobody approved their email addresses").rule_id == \
        "email-address-not-approved"


def test_a_modal_verb_is_no_search_term(kb):
    # "must" is the title's word of the rule of the Microsoft 365 administrator's approval, not a subject of it.
    assert kb.classify("mailbox email address must be approved before it can be enabled").rule_id == \
        "email-address-not-approved"


def test_a_systems_sentence_with_everyday_words_is_still_refused(kb):
    assert kb.classify("Exchange Online is the default email server profile for new mailboxes").rule_id is None


def test_everyday_words_are_no_slips_and_the_nth_time_is_repeatedly():
    from syncdoctor.terms import search_terms
    assert "permission" not in search_terms("appointments stopped syncing right after we changed the form")  # not "rights"
    assert search_terms("it never showed up") == ["never"]
    assert search_terms("disabled for the third time") == search_terms("disabled repeatedly")


def test_a_typo_is_no_slip_of_type(kb):
    # "typos" is one letter from the rules' "type": read as that, a short description read as another subject.
    from syncdoctor.match.symptoms import corrected_terms
    assert "type" not in corrected_terms("mailbox keeps getting disabled, excuse the typos", kb.classifier.symptoms)
    assert kb.classify("mailbox keeps getting disabled -- sent from my phone, excuse typos").rule_id == \
        "mailbox-repeatedly-disabled"


def test_the_words_only_a_person_writes_are_everyday_words():
    from syncdoctor.terms import EVERYDAY_WORDS, PERSONAL_WORDS
    assert PERSONAL_WORDS <= EVERYDAY_WORDS  # left out of a question too


def test_bulk_is_mass_email_only_when_it_is_email():
    from syncdoctor.terms import search_terms
    assert "mass" in search_terms("send bulk email") and "mass" in search_terms("bulk-mail campaign")
    assert "mass" not in search_terms("how do I bulk approve mailboxes")


def test_approving_mailboxes_in_bulk_is_about_approval_not_mass_email(kb):
    assert kb.classify("how do I bulk approve the email addresses of our users' mailboxes").rule_id == \
        "email-address-not-approved"


def test_to_view_is_to_see(kb):
    # Before, "view" was a word of another subject and the errors' list read as mailboxes disabled again.
    assert kb.classify("where do I view the synchronization errors of every mailbox").rule_id == "sss-failures-dashboard"


@pytest.mark.parametrize("written", ["`Sales Queue`", "**Sales Queue**", '"Sales Queue"', "\u201cSales Queue\u201d",
                                     "*Sales Queue*", "__Sales Queue__", "_Sales Queue_"])
def test_quotes_or_markdown_around_a_value_are_not_part_of_it(kb, written):
    match = kb.classify(RECEIVE.format(m=written, p="Contoso EXO"))
    assert match.params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


@pytest.mark.parametrize("written", ["_svc_crm_", "_Sales_Queue_", "Sales_", "_Sales"])
def test_underscores_that_are_not_a_pair_around_a_whole_name_stay_in_it(kb, written):
    # "_Sales Queue_" is markdown's (or Slack's) italics; a name with "_" of its own inside, or at one end only, is the
    # name as written.
    match = kb.classify(RECEIVE.format(m=written, p="Contoso EXO"))
    assert match.params == {"mailbox_name": written, "email_server_profile_name": "Contoso EXO"}


def test_a_name_in_italics_once_and_plain_once_is_one_name(kb):
    # The alert names the mailbox twice; a chat put only the first in italics.  Before, the two copies differed and the
    # match was only half sure.
    text = ("Email can't be received for the mailbox _Aroha Ngata_ because the email address of the mailbox Aroha "
            "Ngata is not approved and the mailbox has been disabled. The owner of the associated email server profile "
            "Gmail POP has been notified.")
    match = kb.classify(text)
    assert (match.rule_id, match.confidence) == ("email-address-not-approved", 1.0)
    assert match.params == {"mailbox_name": "Aroha Ngata", "email_server_profile_name": "Gmail POP"}


@pytest.mark.parametrize("written", ['"Main Exchange Profile', "**Main Exchange Profile*", "**Main Exchange Profile",
                                     "`Main Exchange Profile", "_Main Exchange Profile", "\u201cMain Exchange Profile",
                                     '"Main Exchange Profile...', "**Main Exchange Profile\u2026"])
def test_a_name_cut_off_inside_the_marks_around_it_loses_the_opening_mark(kb, written):
    # A dashboard's column cut the paste inside the quotes or markdown the writer put around the last name: before, the
    # name came back as '"Main Exchange Profile' or '**Main Exchange Profile*'.
    match = kb.classify(RECEIVE.format(m="Ops", p=written).removesuffix(" has been notified."))
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "Main Exchange Profile"}


@pytest.mark.parametrize("written", ["_svc_crm_sync", '"Q3" Team', "*Ops* Desk"])
def test_a_name_cut_off_with_the_closing_mark_inside_keeps_its_marks(kb, written):
    match = kb.classify(RECEIVE.format(m="Ops", p=written).removesuffix(" has been notified."))
    assert match.params["email_server_profile_name"] == written


@pytest.mark.parametrize("written, value", [("Sales\\_Queue", "Sales_Queue"), ("EXO\\-Prod \\#2", "EXO-Prod #2"),
                                            ("\\[EU\\] Support\\*", "[EU] Support*")])
def test_a_value_pasted_from_markdown_source_loses_its_escapes(kb, written, value):
    # A wiki page or ticket kept as markdown escapes "_", "*", "#", "[": the name is the one shown.
    match = kb.classify(RECEIVE.format(m=written, p="Contoso EXO"))
    assert match.params == {"mailbox_name": value, "email_server_profile_name": "Contoso EXO"}


@pytest.mark.parametrize("cut, values", [
    ("Hello world. The mailbox Procurement has been dis", {"message_subject": "Hello world", "mailbox_name": "Procurement"}),
    ("Fwd: pricing. The mailbo", {"message_subject": "Fwd: pricing"}),
    ("PO 77-12. The mailbox Support Tier 2 has been d", {"message_subject": "PO 77-12", "mailbox_name": "Support Tier 2"}),
])
def test_a_text_cut_off_where_two_wordings_of_its_rule_fit_gets_the_values_of_the_one_that_explains_more(kb, cut, values):
    # The quoted-subject wording ('message "{s}". Mailbox {m} didn't...') is shorter, so surer of a text cut off early,
    # and it read "The" into the subject and "has been" into the name.  The other wording reads them as its own words.
    match = kb.classify("The mailbox location could not be determined while sending the email message " + cut)
    assert match.rule_id == "mailbox-location-undetermined"
    assert match.params == values


@pytest.mark.parametrize("fragment, name", [
    ("lbox Procurement because the email address of the mailbox Procurement is not approved and the mailbox has been "
     "disabled. The owner of the associated email server profile Fabrikam Gmail has been notified.", "Procurement"),
    ("ilbox Lars Berg. Make sure that the credentials specified in the mailbox are correct and have sufficient "
     "permissions for receiving email. Then, enable the mailbox for email processing.", "Lars Berg"),
])
def test_a_fragment_cut_inside_the_word_before_its_first_value_keeps_that_word_out_of_the_value(kb, fragment, name):
    # As a text cut inside its last word ("...has been dis"), a piece cut inside its first: "lbox" ends "mailbox".
    # Before, the name came back as "lbox Procurement", "ilbox Lars Berg".  (Not a tail of one or two letters: "e",
    # "le" end too many words to tell anything.)
    assert kb.classify(fragment).params["mailbox_name"] == name


def test_a_fragment_that_starts_with_a_name_keeps_its_first_word(kb):
    # "Box" ends "mailbox" too, but a word cut there would start small: this is the name's own first word.
    text = ("Box Office Team. Make sure that the credentials specified in the mailbox are correct and have sufficient "
            "permissions for receiving email. Then, enable the mailbox for email processing.")
    assert kb.classify(text).params == {"mailbox_name": "Box Office Team"}


@pytest.mark.parametrize("start", ["rement", "thwind.example", "t", "box (UK)"])
def test_a_fragment_that_starts_inside_a_name_written_twice_takes_the_whole_copy(kb, start):
    # "Email can't be received for the mailbox {m} because the email address of the mailbox {m} is not approved...":
    # cut inside the first copy of the name, the second is whole.  Before, the first was taken ("rement"); "box"
    # ends "mailbox" as well as "Inbox".
    name = {"rement": "Procurement", "thwind.example": "intake@northwind.example", "t": "Team Rocket",
            "box (UK)": "HR Inbox (UK)"}[start]
    text = (f"{start} because the email address of the mailbox {name} is not approved and the mailbox has been disabled. "
            "The owner of the associated email server profile Default has been notified.")
    assert kb.classify(text).params["mailbox_name"] == name


@pytest.mark.parametrize("written", ["kevin.lee@fabrikam.com<mailto:kevin.lee@fabrikam.com>",
                                     "kevin.lee@fabrikam.com <mailto:kevin.lee@fabrikam.com>",
                                     "kevin.lee@fabrikam.com [mailto:kevin.lee@fabrikam.com]",
                                     "kevin.lee@fabrikam.com<https://nam02.safelinks.protection.outlook.com/?url=mailto%3Akevin>"])
def test_the_link_target_a_mail_client_writes_after_an_address_is_not_part_of_it(kb, written):
    # Outlook's plain text (a forwarded alert mail) writes each link's target after its text.
    assert kb.classify(RECEIVE.format(m=written, p="Contoso EXO")).params["mailbox_name"] == "kevin.lee@fabrikam.com"


def test_a_mails_inline_image_marks_are_not_read(kb):
    text = "[cid:image001.png@01DA1B2C.3D4E5F60]\n" + RECEIVE.format(m="Sales [cid:image002.png@01DA1B2C.3D4E5F60]", p="P")
    assert kb.classify(text).params == {"mailbox_name": "Sales", "email_server_profile_name": "P"}


def test_windows_1252_text_read_as_latin_1_gives_its_quotes_and_dashes_back(kb):
    # A log or a form that read Windows-1252 bytes as Latin-1 shows C1 controls for the curly quotes and dashes.
    # Before, the values came back holding them: 'O\x92Brien', 'P \x96 EU'.
    text = UNKNOWN_SEND.format(s="Q3 plan", m="O\u2019Brien", p="P \u2013 EU").replace("'", "\u2019")
    match = kb.classify(text.encode("cp1252").decode("latin-1"))
    assert match.params == {"message_subject": "Q3 plan", "mailbox_name": "O\u2019Brien", "email_server_profile_name": "P \u2013 EU"}


def test_utf_8_read_as_latin_1_is_read_as_utf_8(kb):
    text = RECEIVE.format(m="Jos\u00e9 Garc\u00eda", p="Contoso \u2013 EXO").replace("can't", "can\u2019t")
    match = kb.classify(text.encode("utf-8").decode("latin-1"))
    assert match.params == {"mailbox_name": "Jos\u00e9 Garc\u00eda", "email_server_profile_name": "Contoso \u2013 EXO"}


@pytest.mark.parametrize("code_page", ["cp437", "cp850"])
def test_utf_8_read_in_a_consoles_code_page_gives_its_values_back(kb, code_page):
    # Before, the rule was found but the values were "Jos\u251c\u2310 Garc\u251c\u00a1" and "Contoso \u0393\u00c7\u00f4 EXO".
    text = RECEIVE.format(m="Jos\u00e9 Garc\u00eda", p="Contoso \u2013 EXO").replace("can't", "can\u2019t")
    match = kb.classify(text.encode("utf-8").decode(code_page))
    assert match.params == {"mailbox_name": "Jos\u00e9 Garc\u00eda", "email_server_profile_name": "Contoso \u2013 EXO"}


def test_no_c1_control_of_a_paste_reaches_the_terminal(kb):
    # "\x9b" is a terminal's one-character escape (CSI); the undefined "\x90" is no character at all.
    match = kb.classify(RECEIVE.format(m="Ops\x9b31mRED\x90x", p="P"))
    page = render_match(kb, match, "text")
    assert match.rule_id and not any("\x80" <= c <= "\x9f" for c in page + "".join(match.params.values()))


def test_an_apostrophe_escaped_in_a_programs_string_is_an_apostrophe(kb):
    # Python's repr of a text that holds both quotes, or a script's single-quoted string, writes "\\'".
    text = "['" + UNKNOWN_SEND.format(s="Q3", m="M. O'Brien", p="EXO").replace("'", "\\'") + "']"
    assert kb.classify(text).params == {"message_subject": "Q3", "mailbox_name": "M. O'Brien",
                                        "email_server_profile_name": "EXO"}


@pytest.mark.parametrize("name", ["M. O''Brien", "D''Angelo Ops"])
def test_an_apostrophe_doubled_inside_a_word_as_sql_writes_it_is_one(kb, name):
    # A text copied out of a SQL string: "can''t", "O''Brien".  The name is the one the admin gave.
    text = RECEIVE.format(m=name, p="Contoso EXO").replace("can't", "can''t")
    assert kb.classify(text).params["mailbox_name"] == name.replace("''", "'")
    assert kb.classify(RECEIVE.format(m=name, p="Contoso EXO")).params["mailbox_name"] == name.replace("''", "'")


def test_a_value_ending_in_a_backslash_before_the_alerts_full_stop_keeps_it(kb):
    # Found by the property test: "\." was read as markdown's escape of the alert's own full stop.
    text = ("The mailbox location could not be determined while sending the email message Q3\\. The mailbox Ops has "
            "been disabled for sending email and the owner of the associated email server profile EXO has been notified.")
    assert kb.classify(text).params["message_subject"] == "Q3\\"


@pytest.mark.parametrize("name", ["CONTOSO\\svc-crm", "\\\\fs01\\sales", "Ops\\\\_Archive", "Q3\\"])
def test_a_backslash_that_escapes_nothing_stays_in_the_value(kb, name):
    # A domain account, a network share, an escaped backslash: the backslash before a letter or another one is the name's.
    assert kb.classify(RECEIVE.format(m=name, p="Contoso EXO")).params["mailbox_name"] == name


@pytest.mark.parametrize("before, after", [(": ", " - "), (" - ", " - "), (" \u2014 ", " \u2014 "), (" | ", " ; "),
                                           (" ", " ("), (" / ", " / ")])
def test_a_mark_put_between_the_alerts_words_and_a_value_is_not_part_of_it(kb, before, after):
    # "for the mailbox - Sales Queue - because ...": the writer's marks, not the name's.
    text = RECEIVE.format(m="{m}", p="Contoso EXO").replace(" {m} ", before + "{m}" + after).format(m="Sales Queue")
    assert kb.classify(text).params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


@pytest.mark.parametrize("name", ["Queue - Returns (DE)", "D'Angelo, Mia", "Sales (EMEA).", "Ops: Night", "Support:",
                                  "Kim,", "-Ops-"])
def test_marks_on_a_names_own_words_stay(kb, name):
    assert kb.classify(RECEIVE.format(m=name, p="Contoso EXO")).params["mailbox_name"] == name


def test_a_question_told_as_a_story_still_finds_its_rule(kb):
    # Everyday words around the problem ("never leave", "just sit there") do not drown it.
    match = kb.classify("emails we send from CRM never leave, they just sit there as pending send")
    assert match.rule_id == "email-pending-send" and match.method == "symptom"


@pytest.mark.parametrize("text, asking", [
    ("why won't my emails leave pending send", True), ("Can we use POP3", True), ("is this supported?", True),
    ("Email can't be sent because the mailbox Ops is not approved.", False),
    ("Mailbox database 'DB01' is dismounted.", False),
    # A link's question mark asks nothing; one after the link does.
    ("The recipient mailbox is disabled. Visit https://support.contoso.com/kb?id=4411 for more information.", False),
    ("Mailbox disabled, see www.contoso.com/kb?a=1&b=2", False),
    ("is this explained at https://learn.microsoft.com/power-platform/admin/?", True),
])
def test_a_person_asking_is_told_from_a_system_message(text, asking):
    assert is_asking(text) is asking


def test_no_match_still_names_the_closest_rules(kb):
    match = kb.classify(UNKNOWN_SEND.replace("unknown", "unexpected").format(s="Hi", m="Ops", p="Gmail"))
    assert match.rule_id is None and match.confidence == 0.0
    assert match.alternatives and match.alternatives[0].confidence < ALERT_THRESHOLD


def test_ambiguous_fragment_is_not_guessed(kb):
    # These words stand in two wordings (Gmail's unknown error and the observed mailbox-location one).
    match = kb.classify('the email message "Hello". Mailbox Ops didn\'t synchronize. The owner of the associated')
    assert match.rule_id is None
    assert {a.rule_id for a in match.alternatives[:2]} == {"gmail-sync-failure", "mailbox-location-undetermined"}


def test_match_dump_is_the_jsonl_contract(kb):
    dumped = kb.classify(RECEIVE.format(m="Ops", p="P")).model_dump()
    assert {"rule_id", "confidence", "params", "alternatives"} <= set(dumped)
    assert all(set(a) == {"rule_id", "confidence"} for a in dumped["alternatives"])


def test_classify_refuses_non_text(kb):
    from syncdoctor.errors import InputError

    with pytest.raises(InputError):
        kb.classify(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [RECEIVE.format(m="Ops", p="P"), "hello", "email stuck in pending send"])
def test_cli_answers_equal_the_python_api(kb, text):
    """The CLI prints Decision.to_dict(); the API returns Match: the same object."""
    assert kb.decide(text).to_dict() == kb.classify(text).model_dump()


def test_an_alert_pasted_twice_is_read_once(kb):
    match = kb.classify("\n".join([RECEIVE.format(m="Sales Queue", p="Contoso EXO")] * 2))
    assert match.confidence == 1.0 and match.params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


def test_a_value_at_a_cut_start_loses_the_cut_mark(kb):
    match = kb.classify("..." + RECEIVE.format(m="Sales Queue", p="Contoso EXO").split("mailbox ", 1)[1])
    assert match.params["mailbox_name"] == "Sales Queue"


def test_table_cells_are_kept_apart(kb):
    row = "<table><tr><td>Sales Queue</td><td>" + RECEIVE.format(m="Sales Queue", p="Contoso EXO") + "</td></tr></table>"
    assert kb.classify(row).params["mailbox_name"] == "Sales Queue"


def test_two_slips_in_a_short_word_are_still_a_typo(kb):
    damaged = (RECEIVE.format(m="Sales Queue", p="Contoso EXO").replace("email server.", "eamol server.")
               .replace("error", "errro").replace("while", "whtel").replace("owner", "ownre").replace("been", "bene"))
    match = kb.classify(damaged)
    assert match.rule_id == "email-receive-secure-connection-error" and match.params["mailbox_name"] == "Sales Queue"


def test_word_wrapped_lines_of_one_width_by_chance_keep_their_words_apart(kb):
    # Three lines of 77 characters look like a hard fold; read as lines, the alert fits better.
    wrapped = ('The mailbox location could not be determined while sending the email message\n'
               '"Quarterly results for the board". Mailbox Customer Care Queue North America\n'
               "didn't synchronize. The owner of the associated email server profile Contoso\n"
               'Exchange Online Production EU has been notified.')
    assert len({len(line) for line in wrapped.split("\n")[:-1]}) == 1
    assert kb.classify(wrapped).params == {"message_subject": "Quarterly results for the board",
                                           "mailbox_name": "Customer Care Queue North America",
                                           "email_server_profile_name": "Contoso Exchange Online Production EU"}


@pytest.mark.parametrize("text", ["Error", "Sent", "Sending...", "Retry", "Unknown error", "Please wait, then try again.",
                                  "Failed to send email.", "Calendar sync failed.", "Quota exceeded.",
                                  "Message could not be delivered.", "Approved by administrator.",
                                  "Sync error: please try again.", "Sync failed. Retry later."])
def test_a_few_common_words_of_another_system_name_no_rule(kb, text):
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("mark", ["...", "[...]", "(…)", "\u2026"])
def test_words_left_out_in_the_middle_are_not_held_against_the_alert(kb, mark):
    full = RECEIVE.format(m="Sales Queue", p="Contoso EXO")
    quoted = full[:full.index(" while")] + f" {mark} " + full[full.index("The mailbox has"):]
    match = kb.classify(quoted)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


@pytest.mark.parametrize("mark", ["...", "[...]", "\u2026"])
@pytest.mark.parametrize("before, after", [("FW:", "Accounts Payable (NL)"), ("Quote 2291 -", "Ops")])
def test_a_mark_of_words_left_out_after_a_values_punctuation_is_no_part_of_the_next_value(kb, mark, before, after):
    # "...the email message FW: [...] Accounts Payable (NL) has been...": the mark stood after the subject's colon, so
    # it was not at the start of the text between the two, and the mailbox came back as "[...] Accounts Payable (NL)".
    text = ("The mailbox location could not be determined while receiving the email message {} {} {} has been disabled "
            "for receiving email and the owner of the associated email server profile Northwind EXO has been notified.")
    match = kb.classify(text.format(before, mark, after))
    assert match.rule_id == "mailbox-location-undetermined" and match.params["mailbox_name"] == after


@pytest.mark.parametrize("mark", ["...", "[...]", "\u2026"])
def test_a_sentences_full_stop_before_a_mark_of_words_left_out_is_no_part_of_the_next_value(kb, mark):
    # "...insufficient permissions for sending email. … Ngata has been disabled...": "The mailbox Aroha" was left out,
    # and the name came back as ". … Ngata".
    text = ("Email can't be sent because the credentials specified in the associated email server profile are incorrect "
            "or have insufficient permissions for sending email. {} Ngata has been disabled for sending email and the "
            "owner of the email server profile Gmail POP has been notified.")
    match = kb.classify(text.format(mark))
    assert match.rule_id == "profile-credentials-invalid"
    assert match.params == {"mailbox_name": "Ngata", "email_server_profile_name": "Gmail POP"}


@pytest.mark.parametrize("mark", ["...", "[...]"])
def test_words_left_out_before_a_word_the_alert_repeats_are_not_held_against_it(kb, mark):
    # "sending ... email addresses": the "email" after the mark is the alert's second one; it used to be paired
    # with the first ("sending email because their email"), and "because their email" counted as lost words.
    text = ("One or more mailboxes have been disabled for sending email because their email addresses haven't been "
            "approved. Approve the email addresses, and then enable the mailboxes for sending email.")
    assert kb.classify(text.replace("email because their ", f"{mark} ")).rule_id == "email-address-not-approved"


def test_a_break_where_a_new_word_starts_is_read_as_a_word_wrap(kb):
    # Lines of 83 characters could be a hard fold; both readings fit, and "Test|Message" shows a wrap.
    wrapped = ('The mailbox location could not be determined while sending the email message "Test\n'
               "Message\". Mailbox Ops didn't synchronize. The owner of the associated email server\n"
               "profile Exchange Online (Prod) has been notified.")
    assert kb.classify(wrapped).params["message_subject"] == "Test Message"


def test_a_typo_in_the_word_that_picks_a_variant_still_finds_the_alert(kb):
    # "{received|sent}": with "sent" misspelt, both variants get the same votes; both are aligned.
    match = kb.classify("Email cannot be setn because the email address of the mailbox Ops requires an approval by "
                        "an Office 365 administrator.")
    assert match.rule_id == "email-address-requires-m365-approval" and match.params == {"mailbox_name": "Ops"}


def test_a_slip_in_a_contraction_stays_out_of_the_value(kb):
    match = kb.classify('An unknown error occurred while sending the email message "Hi". Mailbox José Muñoz did\'t '
                        "synchronize. The owner of the associated email server profile P has been notified.")
    assert match.params["mailbox_name"] == "José Muñoz"


CREDENTIALS = ("Email can't be received for the mailbox {m}. Make sure that the credentials specified in the mailbox "
               "are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email "
               "processing.")


@pytest.mark.parametrize("name", ["i.ivanova@adatum.ru", "Ünal Yılmaz", "Sales",
                                  # a short last word ("K.Make" is no typo of "Make"), and a first word that looks
                                  # like a typo of "Make" ("Mateo")
                                  "Søren K", "Ops 2", "Mateo Lopez", "Mateo López", "Mako Ito"])
def test_a_lost_space_after_the_values_period_keeps_the_next_word_out_of_it(kb, name):
    match = kb.classify(CREDENTIALS.format(m=name).replace(". Make", ".Make"))
    assert match.rule_id == "gmail-sync-failure"
    assert match.params == {"mailbox_name": name}


PERMISSIONS = ("Email can't be sent because the credentials specified in the associated email server profile are "
               "incorrect or have insufficient permissions for sending email. The mailbox {m} has been disabled for "
               "sending email and the owner of the associated email server profile {p} has been notified.")


@pytest.mark.parametrize("joined", ["insufficientpermissionsfor", "insufficientpermissionsforsending",
                                    "becausethecredentials", "incorrectorhave"])
def test_several_spaces_lost_in_a_row_as_from_a_pdf_still_read_as_the_alert(kb, joined):
    words = {"insufficientpermissionsfor": "insufficient permissions for",
             "insufficientpermissionsforsending": "insufficient permissions for sending",
             "becausethecredentials": "because the credentials", "incorrectorhave": "incorrect or have"}[joined]
    match = kb.classify(PERMISSIONS.format(m="Ops", p="Contoso").replace(words, joined, 1))
    assert match.rule_id == "profile-credentials-invalid"
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "Contoso"}


@pytest.mark.parametrize("word, written", [("present", "pre se nt"), ("Organizer", "Or gan iz er"),
                                           ("synchronized", "synch roni zed")])
def test_a_word_broken_by_several_spaces_still_reads_as_the_word(kb, word, written):
    match = kb.classify("Appointments can't be synchronized because the Organizer field isn't present.".replace(word, written))
    assert match.rule_id == "appointment-organizer-missing"
    assert match.confidence >= ALERT_THRESHOLD


APPROVAL = ("Email can't be received because the email address of the mailbox {m} requires an approval by a Microsoft "
            "365 administrator. The mailbox has been disabled for receiving email and the owner of the associated email "
            "server profile Exchange Online has been notified.")


@pytest.mark.parametrize("name, written", [("John Smith", "John Smithrequires an"),
                                           ("kevin.lee@fabrikam.com", "kevin.lee@fabrikam.comrequiresan")])
def test_a_space_lost_after_a_value_glues_no_word_onto_it(kb, name, written):
    match = kb.classify(APPROVAL.format(m=name).replace(name + " requires an", written, 1))
    assert match.rule_id == "email-address-requires-m365-approval"
    assert match.confidence >= ALERT_THRESHOLD
    assert match.params == {"user_name": name}


@pytest.mark.parametrize("written", ["Björn Þórssondidn't", "Björn Þórssondidn’t", "Björn Þórsson\ndidn't"])
def test_a_space_lost_before_a_contraction_after_a_value_glues_no_word_onto_it(kb, written):
    # "Þórssondidn't": the name and the alert's "didn't" are one written word, split into "þórssondid" and "not" at
    # one place.  Before, the value ended where that word started and lost its last name: "Björn".
    text = ('An unknown error occurred while sending the email message "Q4". Mailbox Björn Þórsson didn\'t synchronize. '
            "The owner of the associated email server profile EWS on-prem has been notified.")
    match = kb.classify(text.replace("Björn Þórsson didn't", written))
    assert match.rule_id == "gmail-sync-failure"
    assert match.params == {"message_subject": "Q4", "mailbox_name": "Björn Þórsson",
                            "email_server_profile_name": "EWS on-prem"}


_PIECE_FROM_A_NAME = ("Sales Team because an error occurred while establishing a secure connection to the email server. "
                      "The mailbox has been disabled for receiving email and the owner of the associated email server "
                      "profile EWS has been notified.")


@pytest.mark.parametrize("wrapped", ['"{}"', "'{}'", "“{}”", "‘{}’", "`{}`", "({})", "[{}]", "«{}»",
                                     "**{}**", "* {}", "• {}", "```\n{}\n```", "```text\n{}\n```", '> "{}"',
                                     '"**{}**"'])
def test_a_piece_quoted_as_a_whole_gives_its_first_name_without_the_quote(kb, wrapped):
    # A piece of an alert that starts with a name, quoted in a chat or put in a code block as a whole.  Before, the
    # opening mark was read as the name's: '"Sales Team', '```Sales Team'.
    match = kb.classify(wrapped.format(_PIECE_FROM_A_NAME))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


@pytest.mark.parametrize("wrapped", ["{{code}}{}{{code}}", "{{noformat}}\n{}\n{{noformat}}", "{{quote}}{}{{quote}}",
                                     "{{{{{}}}}}", "[code]{}[/code]", "[quote]\n{}\n[/quote]", "``{}``",
                                     "[code]<pre>{}</pre>[/code]"])
def test_a_piece_in_a_tickets_code_or_quote_marks_gives_its_names_without_them(kb, wrapped):
    # Jira's {code}, {noformat}, {quote} and {{monospace}}, a forum's [code] and [quote], markdown's double backticks.
    # Before, they were read as the first and the last name's: '{code}Sales Team', 'EWS{code}'.
    match = kb.classify(wrapped.format(_PIECE_FROM_A_NAME.removesuffix(" has been notified.")))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


@pytest.mark.parametrize("marked", ["{{{{{}}}}}", "``{}``"])
def test_a_name_in_monospace_marks_is_given_back_without_them(kb, marked):
    text = RECEIVE.format(m=marked.format("Sales Team"), p=marked.format("EWS 2"))
    assert kb.classify(text).params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS 2"}


@pytest.mark.parametrize("quoted", ["\u201e{}\u201c", "\u201e{}\u201d", "\u00bb{}\u00ab", "\u00bb{}\u00bb", "\u2039{}\u203a",
                                    "\u201d{}\u201d", "\u201a{}\u2018", "\u300c{}\u300d", "\u300e{}\u300f", "\uff02{}\uff02"])
def test_a_name_in_another_languages_quotes_is_given_back_without_them(kb, quoted):
    # German „...“ and »...«, Swedish ”...” and »...», French ‹...›, Japanese 「...」 and 『...』, a full-width quote:
    # before, only English quotes and «...» were taken off a name.
    text = RECEIVE.format(m=quoted.format("Vertrieb Nord"), p=quoted.format("\u55b6\u696d EWS"))
    assert kb.classify(text).params == {"mailbox_name": "Vertrieb Nord", "email_server_profile_name": "\u55b6\u696d EWS"}


@pytest.mark.parametrize("wrapped", ['"{}"', "'{}'", "`{}`", "({})", "```\n{}\n```"])
def test_a_piece_quoted_as_a_whole_gives_its_last_value_without_the_quote(kb, wrapped):
    piece = "The mailbox location could not be determined while sending the email message Q3 plan"
    match = kb.classify(wrapped.format(piece))
    assert match.rule_id == "mailbox-location-undetermined" and match.params == {"message_subject": "Q3 plan"}


@pytest.mark.parametrize("document", [
    {"message": "{}"}, {"level": "Error", "message": "{}"}, {"@t": "2026-11-28T10:00:00Z", "@m": "{}", "@l": "Error"},
    {"error": "{}", "code": 500}, {"value": [{"text": "{}", "createdon": "2026-11-28"}]}, ["{}"],
    {"TimeGenerated": "2026-11-28", "event_text": "{}"},
    # Application Insights: the message two objects down, and the top level's longest text is the telemetry's name.
    # (Read by the longest top-level text, it was "Microsoft.ApplicationInsights.Message": no rule.)
    {"name": "Microsoft.ApplicationInsights.Message", "time": "2026-11-28T10:00:00Z",
     "data": {"baseType": "MessageData", "baseData": {"message": "{}", "severityLevel": 3}}},
])
def test_a_piece_pasted_as_a_json_document_is_read_as_its_message(kb, document):
    # A log record or an API answer, pasted whole, whose message was cut at a name.  Before, the JSON around it was read
    # as the name's: '{"message": "Sales Team', 'Gmail IMAP "}'; with a level in front no rule was named at all.
    piece = _PIECE_FROM_A_NAME.removesuffix(" has been notified.")
    text = json.dumps(document).replace('"{}"', json.dumps(piece))
    match = kb.classify(text)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


@pytest.mark.parametrize("label", ["Error message: ", "Message: ", "Text: ", "Description - ", "Alert text -> ",
                                   'Error message: "{}"'])
def test_a_piece_after_a_tickets_label_gives_its_first_name_without_the_label(kb, label):
    # Before, the label was read as the first name's: "message: Sales Team", "Text: Sales Team".
    piece = _PIECE_FROM_A_NAME.removesuffix(" has been notified.")
    match = kb.classify(label.format(piece) if "{}" in label else label + piece)
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}
    assert kb.classify(piece.replace("Sales Team", "Text-Team")).params["mailbox_name"] == "Text-Team"


@pytest.mark.parametrize("line", ['2026-11-28 10:00:01 ERROR "{}"', '[2026-11-28 10:00:01] `{}`',
                                  "Nov 28 10:00:01 crm01 sss[412]: '{}'"])
def test_a_piece_quoted_after_a_logs_prefix_gives_its_names_without_the_quotes(kb, line):
    # Before, the quotes after the log's date and level were read as the first and the last name's.
    match = kb.classify(line.format(_PIECE_FROM_A_NAME.removesuffix(" has been notified.")))
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


@pytest.mark.parametrize("prefix", ["2026-11-28T10:00:00.123Z stdout F ", "WARN  | ", "[2026-11-28 10:00:01] ERROR "])
def test_a_json_record_after_a_logs_prefix_is_read_as_its_message(kb, prefix):
    # A container's or a logger's line: its date and level, then the record.  Before, the record's closing '"}' was
    # read as the last name's: 'EWS"}'.
    piece = "Email can't be received for the mailbox Ops because " + _PIECE_FROM_A_NAME.split(" because ", 1)[1]
    match = kb.classify(prefix + json.dumps({"level": "error", "message": piece.removesuffix(" has been notified.")}))
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "EWS"}


@pytest.mark.parametrize("rows", [2, 3, 5])
def test_an_api_answer_with_several_alerts_cut_short_is_read_by_its_first(kb, rows):
    # Dataverse's Web API answers with rows; an alert in a row may be cut short.  Before, the rows were read as one
    # text, and identical rows as lines of a fold, glued together: no rule fit.
    cut = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
           "connection to the email server.")
    answer = {"value": [{"text": cut.format(name)} for name in ["Ops", "HR", "Ops", "Ops", "HR"][:rows]]}
    match = kb.classify(json.dumps(answer))
    assert match.rule_id == "email-receive-secure-connection-error" and match.params == {"mailbox_name": "Ops"}


@pytest.mark.parametrize("record", [
    {"level": "error", "message": "Mailbox check failed", "details": "{}"},
    {"msg": "poll failed", "err": "{}", "ts": "2026-11-28T10:00:00Z"},
    {"summary": "{}", "trace": " ".join(["at Microsoft.Crm.Asynchronous.EmailConnector.ExchangeServiceProvider.Send() "
                                         "in EmailConnector.cs:line 412"] * 4)},
])
def test_an_alert_in_a_json_records_other_field_is_still_read(kb, record):
    # Read only as its message (a short note) or its longest text (a stack trace), the record lost the alert that the
    # JSON text as a whole still held: every text of some words in it is read, the message first.
    text = json.dumps(record).replace('"{}"', json.dumps(RECEIVE.format(m="Ops", p="EWS")))
    match = kb.classify(text)
    assert match.rule_id == "email-receive-secure-connection-error" and match.params["mailbox_name"] == "Ops"


@pytest.mark.parametrize("alert", [
    "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox {} is configured "
    "with another organization.",
    "Email can't be received for the mailbox {} because an error occurred while establishing a secure connection to "
    "the email...",
    # Each with the start of its second sentence, which starts as another wording does.
    "Email can't be received for the mailbox {} because an error occurred while establishing a secure connection to "
    "the email server. The mailbox has been...",
    "The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox {} because an "
    "error occurred while...",
])
def test_alerts_cut_short_one_after_another_on_one_line_are_read_by_the_first(kb, alert):
    # A dashboard's rows pasted into a field of one line: before, no rule fitted, as if one alert went on otherwise.
    match = kb.classify(" ".join(alert.format(name) for name in ["Ops", "HR", "Ops"]))
    assert match.rule_id is not None and match.params == {"mailbox_name": "Ops"}


def test_an_alert_no_rule_covers_before_a_cut_one_on_one_line_is_no_list(kb):
    line = ("Email can't be received for the mailbox Ops because the license is invalid. Email can't be received for "
            "the mailbox HR because an error occurred while establishing a secure connection to the email...")
    assert kb.classify(line).rule_id is None


_FIRST_SENTENCE = ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
                   "connection to the email server.")


@pytest.mark.parametrize("record", [
    json.dumps({"level": "error", "message": _FIRST_SENTENCE, "error": "x509: certificate has expired"}),
    "2026-11-28T10:00:00Z " + json.dumps({"msg": _FIRST_SENTENCE, "details": "The remote certificate is invalid."}),
    f'level=error msg="{_FIRST_SENTENCE}" err="x509: certificate has expired"',
])
def test_a_records_message_cut_short_is_read_without_its_other_fields(kb, record):
    # Read after the message, the error field seemed to be the alert going on otherwise than it does: no rule fitted.
    match = kb.classify(record)
    assert match.rule_id == "email-receive-secure-connection-error" and match.params == {"mailbox_name": "Ops"}


def test_a_records_message_no_rule_covers_stays_unanswered_without_its_other_fields(kb):
    record = {"message": "Email can't be received because the license is invalid for the mailbox Ops.",
              "details": "The remote certificate is invalid according to the validation procedure."}
    assert kb.classify(json.dumps(record)).rule_id is None


def _logfmt(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.mark.parametrize("line", [
    "ts=2026-11-28T10:00:01Z level=error msg={}",
    "time=2026-11-28T10:00:01Z level=error msg={} mailbox=Sales caller=sync.go:42",
    "Nov 28 10:00:01 crm01 sss[412]: level=error msg={}",
    "msg={}",
])
def test_a_piece_in_a_logfmt_record_is_read_as_its_message(kb, line):
    # A Go or Heroku log's record, its message cut at a name.  Before, the fields in front were read as the first
    # name's ('time=2026-11-28T10:00:01Z level=error msg="Sales Team') and the confidence halved.
    match = kb.classify(line.format(_logfmt(_PIECE_FROM_A_NAME.removesuffix(" has been notified."))))
    assert match.rule_id == "email-receive-secure-connection-error" and match.confidence >= 0.9
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


def test_a_logfmt_records_escaped_quotes_are_the_subjects_own(kb):
    alert = UNKNOWN_SEND.format(s='Re: "Q3" \\ draft', m="Ops", p="P")
    match = kb.classify(f"level=warn msg={_logfmt(alert)} attempt=3")
    assert match.rule_id == "gmail-sync-failure" and match.params["message_subject"] == 'Re: "Q3" \\ draft'


def test_logfmt_records_pasted_together_are_read_by_the_first_alert(kb):
    cut = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
           "connection to the email server.")
    lines = [f"ts=2026-11-28T10:0{k}:00Z level=error msg={_logfmt(cut.format(name))} retry=true"
             for k, name in enumerate(["Ops", "HR", "Ops"])]
    match = kb.classify("\n".join(lines))
    assert match.rule_id == "email-receive-secure-connection-error" and match.params == {"mailbox_name": "Ops"}


@pytest.mark.parametrize("text", [
    "Set level=error to see why the mailbox was disabled",  # prose with a field in it
    "level=error msg=\"unclosed quote",
    "a=1 b=2",  # fields, no text: read as it is
])
def test_text_that_is_no_logfmt_record_is_read_as_it_is(text):
    from syncdoctor.clean import record_text
    assert record_text(text) == text


def test_a_json_list_of_alerts_is_read_by_its_first(kb):
    first = _PIECE_FROM_A_NAME.replace("Sales Team", "Email can't be received for the mailbox Ops")
    second = "Appointments can't be synchronized because the Organizer field isn't present."
    match = kb.classify(json.dumps([first, second]))
    assert match.rule_id == "email-receive-secure-connection-error" and match.params["mailbox_name"] == "Ops"


def test_names_in_quotes_at_both_ends_of_a_piece_keep_them_as_the_names_own(kb):
    # The first and the last quote are the names', not a pair around the piece: each name is given back unquoted.
    match = kb.classify("'Sales Team' because an error occurred while establishing a secure connection to the email "
                        "server. The mailbox has been disabled for receiving email and the owner of the associated "
                        "email server profile 'EWS'")
    assert match.params == {"mailbox_name": "Sales Team", "email_server_profile_name": "EWS"}


def test_a_space_lost_before_a_value_glues_no_word_onto_it(kb):
    match = kb.classify(RECEIVE.format(m="Billing Team", p="Contoso").replace("mailbox Billing", "mailboxBilling"))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params["mailbox_name"] == "Billing Team"


def test_a_short_word_that_ends_a_name_is_no_glued_word(kb):
    # "Travis" ends with the alert's "is", which a lost space could have glued on: too short to tell.
    text = ("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Travis "
            "configured with another organization.")
    assert kb.classify(text).params.get("mailbox_name", "Travis") == "Travis"


def test_a_name_written_twice_with_a_space_lost_in_one_copy_is_one_name(kb):
    text = ("Email can't be received for the mailbox Sales Queue because the email address of the mailbox SalesQueue "
            "is not approved and the mailbox has been disabled. The owner of the associated email server profile "
            "Contoso has been notified.")
    match = kb.classify(text)
    assert match.rule_id == "email-address-not-approved"
    assert match.confidence >= 0.99
    assert match.params["mailbox_name"] == "Sales Queue"


def test_a_name_with_a_period_inside_is_kept_whole(kb):
    match = kb.classify(CREDENTIALS.format(m="Queue.Make"))
    assert match.params == {"mailbox_name": "Queue.Make"}


def test_a_line_copied_out_of_a_csv_file_gives_the_subject_with_single_quotes(kb):
    alert = UNKNOWN_SEND.format(s='Q4 "final" numbers', m="Ops", p="Gmail IMAP")
    match = kb.classify('2026-03-04T10:11:12Z,Error,"' + alert.replace('"', '""') + '",Mailbox')
    assert match.rule_id == "gmail-sync-failure"
    assert match.params == {"message_subject": 'Q4 "final" numbers', "mailbox_name": "Ops",
                            "email_server_profile_name": "Gmail IMAP"}


def test_an_empty_pair_of_quotes_is_left_alone(kb):
    match = kb.classify(UNKNOWN_SEND.format(s="", m="Ops", p="Gmail IMAP"))
    assert match.rule_id == "gmail-sync-failure"
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "Gmail IMAP"}


ANOTHER_ORG_LINES = ("Appointments, contacts, and tasks can't be synchronized",
                     "because the email address of the mailbox Björk",
                     "Guðmundsdóttir is configured with another organization.")


@pytest.mark.parametrize("marks", [
    ["  1 | ", "  2 | ", "  3 | "],  # a viewer's line numbers
    ["2026-11-02 10:00:00.125 ERROR [SSS] ", "2026-11-02 10:00:00.126 ERROR [SSS] ",
     "2026-11-02 10:00:00.127 ERROR [SSS] "],  # a log that wrote the alert over several time-stamped lines
])
def test_what_stands_in_front_of_every_line_is_no_part_of_the_alert(kb, marks):
    match = kb.classify("\n".join(mark + line for mark, line in zip(marks, ANOTHER_ORG_LINES)))
    assert match.rule_id == "mailbox-configured-with-another-org"
    assert match.params == {"mailbox_name": "Björk Guðmundsdóttir"}


@pytest.mark.parametrize("question, rule_id", [
    ("mailboxes were disabled because the email addresses were never approved", "email-address-not-approved"),
    ("appointments contacts and tasks stopped syncing after a secure connection error to exchange",
     "act-sync-disabled-secure-connection")])
def test_an_alert_retold_in_a_persons_own_words_finds_its_rule(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_another_alert_is_not_read_as_a_fragment_that_starts_inside_a_long_value(kb):
    match = kb.classify("An unexpected error occurred while testing the mailbox. The owner of the associated email "
                        "server profile Contoso EXO has been notified.")
    assert match.rule_id is None


@pytest.mark.parametrize("written, value", [("Support-\nDesk (NA)", "Support-Desk (NA)"),
                                            ("Anne-\nMarie Lee", "Anne-Marie Lee"),
                                            ("Helpdesk -\nTier 2", "Helpdesk - Tier 2")])
def test_a_line_wrapped_after_a_names_hyphen_keeps_the_name_whole(kb, written, value):
    assert kb.classify(RECEIVE.format(m=written, p="P")).params["mailbox_name"] == value


@pytest.mark.parametrize("written, value", [("Acc-\nounts Payable", "Accounts Payable"),
                                            ("m.kowalski@-\nnorthwind.pl", "m.kowalski@northwind.pl"),
                                            ("Anne-\nMarie Lee", "Anne-Marie Lee")])
def test_in_a_text_that_hyphenates_the_alerts_words_a_names_word_broken_before_a_small_letter_is_one_word(
        kb, written, value):
    # "estab-|lishing": the page was typeset, and hyphenated the name as it did the alert's words.
    text = RECEIVE.format(m=written, p="P").replace("establishing", "estab-\nlishing")
    assert kb.classify(text).params["mailbox_name"] == value
    # Without that sign, a hyphen at a line's end is the name's own, as mail clients wrap at it.
    assert kb.classify(RECEIVE.format(m=written, p="P")).params["mailbox_name"] == written.replace("\n", "")


@pytest.mark.parametrize("question, rule_id", [
    ("emails sit in pending send and never go out", "email-pending-send"),
    ("why does my mailbox keep being disabled", "mailbox-repeatedly-disabled"),
    # Admins' shorthand: "EXO" for Exchange Online, "creds", "perms", "mbx", "srv" (before, these named nothing).
    ("service account has no perms on the mbx", "profile-credentials-invalid"),
    ("creds expired in email srv profile", "profile-credentials-invalid"),
    ("EXO throttles our mails", "exchange-online-limits"),
    ("impersonation with EXO supported?", "exchange-online-unsupported-config")])
def test_everyday_verbs_of_a_question_are_understood(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("subject", ['Re: "Q3"', '0"', '"Hi", he said'])
def test_a_subject_that_ends_or_starts_with_a_quote_keeps_it(kb, subject):
    match = kb.classify(UNKNOWN_SEND.format(s=subject, m="Ops", p="Gmail IMAP"))
    assert match.params["message_subject"] == subject


@pytest.mark.parametrize("subject", ["Mailbox full?", "Your mailbox", "0%MAILBOX", "Welcome to the mailbox"])
def test_a_subject_with_the_word_that_follows_it_keeps_that_word(kb, subject):
    match = kb.classify(UNKNOWN_SEND.format(s=subject, m="Dana", p="P"))
    assert match.params == {"message_subject": subject, "mailbox_name": "Dana", "email_server_profile_name": "P"}


def test_two_template_words_between_values_are_found_by_their_punctuation(kb):
    match = kb.classify("The mailbox location could not be determined while sending the email message Check the mailbox. "
                        "The mailbox Ops has been disabled for sending email and the owner of the associated email "
                        "server profile P has been notified.")
    assert match.params == {"message_subject": "Check the mailbox", "mailbox_name": "Ops", "email_server_profile_name": "P"}


@pytest.mark.parametrize("question", ["mailbox syncing to the wrong environment", "the mailbox is connected to the wrong org"])
def test_the_wrong_organization_is_another_organization(kb, question):
    # "wrong" weighed as the word of a wrong password or a wrong direction: four rules fit alike and none was named.
    assert kb.classify(question).rule_id == "mailbox-configured-with-another-org"


@pytest.mark.parametrize("question", ["why are my emails not being sent from dynamics", "emails are not being sent"])
def test_mail_not_sent_is_undelivered_not_a_sent_email(kb, question):
    # "not" says nothing to the search: "emails not sent" read as "emails sent", as near the rule of a sent email
    # recorded as incoming as the Pending Send rule, and named neither.
    assert kb.classify(question).rule_id == "email-pending-send"


@pytest.mark.parametrize("question", ["is exchange 2010 supported for server-side sync",
                                      "can we use exchange 2013 with dynamics 365 online"])
def test_exchange_by_its_year_is_a_version_of_exchange(kb, question):
    # A year no rule names was left out as a number: "is exchange supported" named the Exchange Online rule.
    assert kb.classify(question).rule_id == "unsupported-email-configuration"


@pytest.mark.parametrize("question", ["google workspace mailbox stopped receiving email",
                                      "G Suite account fails the test of the mailbox"])
def test_google_workspace_is_gmail(kb, question):
    # Google's business mail by its own names shared no term with the Gmail rule, which was ranked first at 0.28.
    assert kb.classify(question).rule_id == "gmail-sync-failure"


@pytest.mark.parametrize("question", ["Bulk email from Dynamics hits the Exchange Online sending limits.",
                                      "we send thousands of marketing emails an hour through Exchange Online and some get "
                                      "throttled"])
def test_bulk_email_that_hits_exchange_online_limits_is_the_limits_rule(kb, question):
    # Mass email was only the unsupported-configuration rule's word: both fit about alike and neither was named.
    assert kb.classify(question).rule_id == "exchange-online-limits"
    assert kb.classify("can I send mass email campaigns with server-side synchronization").rule_id \
        == "unsupported-email-configuration"


def test_outlook_com_over_pop3_is_an_unsupported_configuration(kb):
    # The rule named Outlook.com only in a resolution step, which is not searched: the question shared one term with it.
    assert kb.classify("is outlook.com pop3 supported").rule_id == "unsupported-email-configuration"


def test_the_autodiscover_rule_does_not_speak_of_a_direction(kb):
    # Its summary said the mailbox "was disabled for that direction": "direction" is the word of the rule of a sent
    # email recorded as incoming, and the autodiscover rule ranked second for it at 0.69.
    alternatives = {a.rule_id: a.confidence for a in kb.classify("sent email direction incoming").alternatives}
    assert alternatives.get("mailbox-location-undetermined", 0.0) < 0.5
    assert kb.classify("The email direction could not be determined.").rule_id is None


def test_a_sync_that_cannot_figure_out_where_the_mailbox_is_cannot_determine_its_location(kb):
    text = ("Server-side sync can't figure out where the mailbox is. I think autodiscover is broken for our domain. "
            "How can I confirm?")
    assert kb.classify(text).rule_id == "mailbox-location-undetermined"
    from syncdoctor.terms import search_terms
    assert "determin" not in search_terms("I can't figure out how to approve the email address")


def test_the_timeline_is_where_activities_are_seen_not_a_contact_to_sync(kb):
    # "contact's" was read as the contacts that server-side sync synchronizes, and the rule of a sent email recorded
    # as incoming lost to the rule of mixed incoming and outgoing servers.
    from syncdoctor.terms import search_terms
    assert "contact" not in search_terms("Outgoing emails show up as received emails on the contact's timeline.")
    assert kb.classify("outgoing messages show up as received emails in the timeline").rule_id \
        == "sent-email-direction-incoming"


@pytest.mark.parametrize("note, rule_id", [
    ("incoming email got disabled on the queue mailbox - error while establishing a secure connection with the email server",
     "email-receive-secure-connection-error"),
    ("cannot receive email for mailbox, error establishing secure connection to the email server",
     "email-receive-secure-connection-error"),
])
def test_an_alert_retold_in_a_note_names_its_rule(kb, note, rule_id):
    # A note that shares the alert's clauses was read as an alert no rule covers, and was refused; only a retelling in
    # the first person was searched.  No system writes a note with no capital and no full stop.
    assert kb.classify(note).rule_id == rule_id


@pytest.mark.parametrize("account", [
    "Since Monday my mailbox is disabled for syncing appointments, contacts and tasks; the alert blames a secure "
    "connection error with our Exchange.",
    "We had our mailbox disabled for synchronizing appointments, contacts and tasks, the alert says a secure connection "
    "to the Exchange server failed.",
])
def test_an_alert_retold_in_the_first_person_names_the_rule_whose_wording_it_holds_most_of(kb, account):
    # A retelling fits every wording far below the threshold.  The surest of those fits had to be the rule the
    # description names; here that was another rule's (on "secure connection" alone), and the text was refused.
    assert kb.classify(account).rule_id == "act-sync-disabled-secure-connection"


@pytest.mark.parametrize("account, rule_id", [
    ("We keep seeing that email can't be received for our shared mailbox because of an error establishing a secure "
     "connection to the POP3 server.", "email-receive-secure-connection-error"),
    ("I was told email can't be received for my mailbox because the credentials in the email server profile are "
     "incorrect.", "profile-credentials-invalid"),
    ("email can't be sent because the mailbox email address needs approval from a microsoft 365 admin",
     "email-address-requires-m365-approval"),
    ("Since the move to EXO I see email can't be received because the email address of my mailbox must be approved by "
     "an Office 365 administrator.", "email-address-requires-m365-approval"),
])
def test_an_alert_retold_with_its_first_words_is_still_a_retelling(kb, account, rule_id):
    # "email can't be received for" are an alert's first six words, and were read as a paste: a paste has all the
    # words before the mailbox's name ("...for the mailbox X"); a person writes "for our mailbox".
    assert kb.classify(account).rule_id == rule_id


def test_an_uncovered_alert_retold_with_its_first_words_is_still_refused(kb):
    assert kb.classify("we are getting email can't be received for our mailbox because the mailbox is full on the "
                       "email server").rule_id is None


@pytest.mark.parametrize("account", [
    "Contacts and tasks don't sync for my mailbox; the alert says the Exchange server is being patched.",
    "My appointments, contacts and tasks stopped syncing and the alert says the impersonation right is missing.",
])
def test_what_an_alert_said_must_fit_the_rule_a_description_names(kb, account):
    # What stopped fits the rule of secure connections to Exchange; what the alert said is another reason, which no
    # rule documents.
    assert kb.classify(account).rule_id is None


@pytest.mark.parametrize("account, rule_id", [
    ("Appointments, contacts and tasks stopped syncing for my mailbox and the alert says a secure connection to "
     "Exchange could not be made.", "act-sync-disabled-secure-connection"),
    ("our help desk mailbox is disabled for email now, the alert says there were too many timeouts",
     "mailbox-repeatedly-disabled"),
])
def test_what_an_alert_said_that_fits_the_rule_still_names_it(kb, account, rule_id):
    assert kb.classify(account).rule_id == rule_id


@pytest.mark.parametrize("cut", ["Mailbox Ops Desk has been disabled for synchronizing appointments, contacts, and tasks because\u2026",
                                 "mailbox ops desk has been disabled for synchronizing appointments, contacts, and tasks because..."])
def test_an_alert_cut_before_its_reason_is_no_note(kb, cut):
    # What a column cut off is a system's text, whose reason is gone: no rule is named from its first words.
    assert kb.classify(cut).rule_id is None


def test_the_email_router_is_a_tool_not_an_email(kb):
    # Its "email" and a "different" solution made a question about moving off the Email Router name the rule of a
    # mailbox whose location could not be determined (0.46).
    from syncdoctor.terms import search_terms
    assert "email" not in search_terms("We need to move off the Email Router")
    assert kb.classify("We need to migrate from the Email Router to a different solution, how?").rule_id is None


def test_mail_that_does_not_arrive_is_not_received(kb):
    # "arrive" was no word of any rule: it weighed as the rarest, and the description was refused.
    assert kb.classify("email from customers doesn't arrive in the queue anymore, the mailbox shows a secure "
                       "connection error").rule_id == "email-receive-secure-connection-error"


def test_a_mail_address_is_one_value_not_words():
    # "crm-sync@contoso.com" was split at its hyphen, and its "crm" read as the product.
    from syncdoctor.terms import search_terms
    terms = search_terms("the password of crm-sync@contoso.com changed")
    assert "dynamics" not in terms and "crm-sync@contoso.com" in terms


def test_too_says_how_much_not_what(kb):
    # "too" was a term of the 150 MB rule ("email too big to be tracked"), and the rarest of words: another system's
    # two-word complaint, "The message is too large.", named the rule at 0.86.
    assert kb.classify("The message is too large.").rule_id is None
    assert kb.classify("email too big to be tracked").rule_id == "incoming-email-over-150mb"


@pytest.mark.parametrize("text", [
    "We refreshed our test org from production on Friday. How do we hide customer phone numbers in the test org?",
    "Our mailboxes are on Exchange Online in the same tenant as Dynamics. How do we give the sales team access to "
    "the Customer Service app?",
])
def test_a_sentence_of_context_does_not_make_a_question_about_another_thing_a_rules(kb, text):
    # The first sentence alone fits a rule surely and lifted it, though the text tells of no trouble at all and asks
    # about something else (named the copied-organization rule at 0.85).
    assert kb.classify(text).rule_id is None


def test_a_sentence_that_tells_the_trouble_still_lifts_its_rule(kb):
    assert kb.classify("Hello team. Our queue mailbox keeps getting disabled again and again, every few days. "
                       "We are on Dynamics 365 online. Any idea?").rule_id == "mailbox-repeatedly-disabled"


def test_an_email_promoted_to_dynamics_is_tracked(kb):
    # "promoted", the product's word for an email made an activity, was no word of any rule and weighed as the rarest.
    assert kb.classify("email of 400 MB was not promoted, why?").rule_id == "incoming-email-over-150mb"


def test_auto_disabled_is_disabled_automatically(kb):
    # "auto" was no word of any rule and weighed as the rarest: the description was refused.
    assert kb.classify("The mailbox was auto-disabled after too many errors").rule_id == "mailbox-repeatedly-disabled"


def test_to_run_a_test_is_no_word_of_a_rule(kb):
    # "run" was a term of one rule ("runs as the mailbox's user") and weighed as the rarest, so "we have to run Test &
    # Enable again" made a ticket about a mailbox disabled again and again read as half another subject.
    ticket = ("Hello team,\nwe have an ongoing issue with our shared mailbox billing@northwind.example. Every few days it "
              "ends up disabled and we have to run Test & Enable again. The alerts show different errors each time, "
              "mostly timeouts. Is there a setting that controls how many failures are tolerated before the mailbox is "
              "disabled?\nBest regards\nJoost")
    assert kb.classify(ticket).rule_id == "mailbox-repeatedly-disabled"


def test_a_way_to_do_something_is_no_one_way_sync(kb):
    # "way" was a term of the one-way sync rule and weighed as the rarest, so every "is there a way to..." leaned to
    # service appointments.  What syncs "one way" still says so.
    assert kb.classify("what is the best way to monitor sync for 500 mailboxes").rule_id == "sss-monitoring-dashboard"
    assert kb.classify("Do service appointments sync one-way only?").rule_id == "service-appointments-one-way"


def test_per_and_less_say_how_not_what(kb):
    # Each was one rule's term ("messages per minute", "less secure apps") and weighed as the rarest.
    assert kb.classify("google less secure apps turned off, gmail sync blocked").rule_id == "gmail-sync-failure"
    assert kb.classify("Per Microsoft, sent email should have direction outgoing; ours is incoming.").rule_id \
        == "sent-email-direction-incoming"


def test_two_environments_are_two_though_one_is_misspelled(kb):
    # "produuction" was read as the organization it is a slip of, but not as a second kind of environment: the
    # question lost "different" and named the failures dashboard.
    assert kb.classify("mailbox syncing with sandbox not produuction").rule_id == "mailbox-configured-with-another-org"


def test_a_status_reason_is_the_status(kb):
    # "reason" weighed as the rarest of words, no rule's: the field's name made the description read as half unknown,
    # and an email stuck in Pending Send was refused.
    from syncdoctor.terms import search_terms
    assert "reason" not in search_terms("The status reason of sent emails never changes from Pending Send to Sent.")
    assert kb.classify("The status reason of sent emails never changes from Pending Send to Sent.").rule_id \
        == "email-pending-send"


@pytest.mark.parametrize("question", ["our main queue mailbox disables itself at least twice a day lately",
                                      "The shared mailbox for invoices disables itself a few times a week; we re-enable "
                                      "it and it works for a while."])
def test_a_mailbox_that_disables_itself_keeps_getting_disabled(kb, question):
    # "itself" weighed as the rarest of words, no rule's: the description was measured as half unknown.
    assert kb.classify(question).rule_id == "mailbox-repeatedly-disabled"


def test_a_dev_environment_is_an_organization(kb):
    assert kb.classify("The same user's mailbox is enabled in both dev and production and only one of them syncs.") \
        .rule_id == "mailbox-configured-with-another-org"


def test_ones_is_a_pronoun_not_a_search_term():
    # "transient ones are retried" gave one rule the word: "smaller ones come through fine" leaned to it.
    from syncdoctor.terms import search_terms
    assert "ones" not in search_terms("Large emails are missing while smaller ones come through fine")


def test_people_in_the_field_are_no_field_of_a_form():
    # "field" is the Organizer field's word: "our field technicians" leaned to the rule of the appointment form.
    from syncdoctor.terms import search_terms
    assert "field" not in search_terms("our field technicians move service appointments in Outlook")
    assert "field" not in search_terms("Field Service appointments")
    assert "field" in search_terms("the organizer field is missing from the form")


def test_rejected_is_refused():
    # "google mailbox credentials rejected" had a word no rule uses where the Gmail rule says "refuses".
    from syncdoctor.terms import search_terms
    assert search_terms("credentials rejected") == search_terms("credentials refused")
    assert search_terms("rejects") == search_terms("refuses")


@pytest.mark.parametrize("question, rule_id", [
    ("Large emails over 150MB are missing in CRM", "incoming-email-over-150mb"),
    ("Who needs to approve email addresses when using Exchange Online?", "email-address-requires-m365-approval")])
def test_sizes_and_plurals_in_a_question_are_understood(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("question, rule_id", [
    ("emial stuck in pendign send", "email-pending-send"),
    ("sent emial shows as incomming", "sent-email-direction-incoming"),
    ("dashbaord for server side sync failures", "sss-failures-dashboard"),
    # The first two letters swapped: before, a slip had to keep its first letter, and these named nothing.
    ("the profile apssword is wrong", "profile-credentials-invalid")])
def test_a_slip_in_a_questions_word_is_read_as_the_word_meant(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_a_short_word_or_a_real_word_two_letters_off_is_not_read_as_another(kb):
    from syncdoctor.match.symptoms import corrected_terms
    from syncdoctor.terms import search_terms
    assert corrected_terms("read the fld", kb.classifier.symptoms) == ["read", "fld"]
    # Four letters: only a letter lost is read as a slip ("fiel" for "field"), not a letter changed.
    assert corrected_terms("read the fiel", kb.classifier.symptoms) == ["read", "field"]
    assert corrected_terms("read the fiek", kb.classifier.symptoms) == ["read", "fiek"]
    for text in ("our approach", "the contract setting was thanked", "weather started"):
        assert corrected_terms(text, kb.classifier.symptoms) == search_terms(text)


def test_an_alert_copied_from_an_exported_workbook_is_read(kb):
    text = RECEIVE.format(m="Sales Queue", p="Contoso EXO").replace(". ", "._x000D_\n")
    match = kb.classify(text)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


@pytest.mark.parametrize("mailbox, profile", [("[Mailbox Name]", "[Email Server Profile Name]"),
                                              ("{Mailbox Name}", "{email_server_profile_name}"),
                                              ("{{mailbox_name}}", "{{Email Server Profile}}"),  # a mail template's
                                              ("%MailboxName%", "%ProfileName%"), ("MAILBOX_NAME", "PROFILE_NAME"),
                                              ("_____", "___ ___")])  # blanks of a form or a redacted copy
def test_placeholders_written_other_ways_are_no_values(kb, mailbox, profile):
    match = kb.classify(RECEIVE.format(m=mailbox, p=profile))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {}


@pytest.mark.parametrize("name", ["[Sales]", "SALES_TEAM", "{Support Mailbox}"])
def test_a_bracketed_name_of_the_users_is_kept(kb, name):
    assert kb.classify(RECEIVE.format(m=name, p="P")).params["mailbox_name"] == name


def test_a_json_log_line_with_only_line_break_escapes_is_decoded(kb):
    import json
    alert = RECEIVE.format(m="\nDana Lee", p="\nContoso POP") + "\nEmail Server Error Code: X"
    match = kb.classify(json.dumps({"level": "Error", "message": alert}))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Dana Lee", "email_server_profile_name": "Contoso POP"}


def _fold(text: str, width: int) -> str:
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


def test_a_fixed_width_log_that_folds_each_record_line_gives_whole_values(kb):
    alert = UNKNOWN_SEND.format(s="Hi", m="Kwame Mensah", p="Contoso POP")
    match = kb.classify(_fold(alert, 40) + "\n" + _fold("Email Server Error Code: MailboxDisabled", 40))
    assert match.rule_id == "gmail-sync-failure"
    assert match.params == {"message_subject": "Hi", "mailbox_name": "Kwame Mensah", "email_server_profile_name": "Contoso POP"}


def test_word_wrapped_lines_of_one_width_by_chance_are_not_glued_together(kb):
    match = kb.classify("The mailbox location could not be determined while sending the email message Because\nyou "
                        "asked. The mailbox Support-Desk (NA) has been disabled for sending email and the\nowner of "
                        "the associated email server profile Litware Hybrid has been notified.\n"
                        "Email Server Error Code: MailboxDisabled")
    assert match.params["message_subject"] == "Because you asked"


@pytest.mark.parametrize("question, rule_id", [
    ("<p>why is my sent email marked as incoming in dynamics</p>", "sent-email-direction-incoming"),
    ("<p>emails I send don&#39;t leave, they stay in pending send</p>", "email-pending-send"),
    ("Ticket 88213: mailbox is configured for another organization", "mailbox-configured-with-another-org"),
    ("Question: how can I see the sync status of all mailboxes in one place?", "sss-monitoring-dashboard"),
    ("mailbox email addresses waiting for approval. Thanks in advance, any help appreciated!",
     "email-address-not-approved")])
def test_a_question_in_a_ticket_a_web_page_or_with_a_sign_off_is_still_understood(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_an_alert_record_no_rule_covers_is_not_answered_as_a_question(kb):
    match = kb.classify("The mailbox Ops can't be synchronized because the mailbox quota in Exchange has been exceeded.\n"
                        "Email Server Error Code: ErrorX")
    assert match.rule_id is None


@pytest.mark.parametrize("written, value", [("<john@contoso.com>", "john@contoso.com"),
                                            ("&lt;john@contoso.com&gt;", "john@contoso.com"),
                                            ("John Smith <john@contoso.com>", "John Smith <john@contoso.com>")])
def test_an_address_in_angle_brackets_is_a_value_not_a_placeholder(kb, written, value):
    assert kb.classify(RECEIVE.format(m=written, p="P")).params["mailbox_name"] == value


def test_a_placeholder_in_quotes_is_no_value(kb):
    assert "mailbox_name" not in kb.classify(RECEIVE.format(m='"[Mailbox Name]"', p="P")).params


@pytest.mark.parametrize("mailbox, profile", [("Ops", "Contoso Email Server Profile"), ("Because An Error Team", "P"),
                                              ("The Mailbox Team", "Server Profile Has Been")])
def test_a_name_that_repeats_the_alerts_own_words_is_read_whole(kb, mailbox, profile):
    match = kb.classify(RECEIVE.format(m=mailbox, p=profile))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": mailbox, "email_server_profile_name": profile}


def test_a_fold_that_cuts_a_name_after_a_little_word_keeps_the_name_whole(kb):
    alert = UNKNOWN_SEND.format(s="50% off!!", m="Ünal Yılmaz", p="Litware Hybrid")
    assert "50% of\r\nf!!" in _fold(alert, 65).replace("\n", "\r\n")  # the cut falls after "of"
    match = kb.classify(_fold(alert, 65).replace("\n", "\r\n"))
    assert match.params["message_subject"] == "50% off!!"


def test_a_fold_that_falls_before_a_hyphen_in_a_name_keeps_the_name_whole(kb):
    # A console 80 columns wide cut "Ops|-EU" and "Gmail P|OP3": two cuts only, inside names, so the lines were read
    # as word-wrapped, and the values came back "Ops -EU" and "Gmail P OP3".  A wrapper never breaks before a hyphen.
    alert = UNKNOWN_SEND.format(s="Q3 plan", m="Ops-EU", p="Gmail POP3")
    cut = "\n".join(alert[k:k + 80] for k in range(0, len(alert), 80))
    assert "Ops\n-EU" in cut and "Gmail P\nOP3" in cut
    assert kb.classify(cut).params == {"message_subject": "Q3 plan", "mailbox_name": "Ops-EU",
                                       "email_server_profile_name": "Gmail POP3"}


@pytest.mark.parametrize("text", [
    'An error occurred while sending the email message "Hello". Mailbox Ops didn\'t synchronize.',
    'An error occurred while sending the email message "Hello". Mailbox Ops didn\'t synchronize. The owner of the '
    "associated email server profile P has been notified."])
def test_an_alert_without_the_word_only_its_rule_uses_is_another_alert(kb, text):
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("doubled", ["An unknown unknown error occurred", "An An unknown error occurred",
                                     "An unknown error error occurred", "An unknown error occurred occurred"])
def test_a_word_typed_twice_near_the_start_is_one_extra_word_not_a_cut(kb, doubled):
    # The first used to read as a fragment cut after the doubled word, with stray words before it.
    match = kb.classify(UNKNOWN_SEND.format(s="Hello", m="Ops", p="P").replace("An unknown error occurred", doubled, 1))
    assert (match.rule_id, match.params) == ("gmail-sync-failure", {"message_subject": "Hello", "mailbox_name": "Ops",
                                                                    "email_server_profile_name": "P"})


@pytest.mark.parametrize("name", ["mailbox 0", "Ops because", "profile EWS"])
def test_a_name_that_starts_or_ends_with_the_templates_word_next_to_it_is_given_back_whole(kb, name):
    # "the mailbox mailbox 0" may be a word typed twice before "0", or the name "mailbox 0": the text cannot tell, and a
    # filled template must give its values back (a word typed twice next to a name stays in it; see the README).
    text = ("Email can't be received for the mailbox {m} because an error occurred while establishing a secure "
            "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
            "email server profile {m} has been notified.").format(m=name)
    assert kb.classify(text).params == {"mailbox_name": name, "email_server_profile_name": name}


def test_a_doubled_word_at_the_start_does_not_stand_for_a_changed_one(kb):
    text = UNKNOWN_SEND.format(s="Hello", m="Ops", p="P").replace("An unknown error", "An error error", 1)
    assert kb.classify(text).rule_id is None


def test_an_alert_retold_without_two_common_words_is_still_that_alert(kb):
    # "specified" and "associated" left out, nothing added or changed: before, two lost words halved the confidence
    # (0.40) and nothing was named.
    text = ("email can't be sent because the credentials in the email server profile are incorrect or have "
            "insufficient permissions")
    assert kb.classify(text).rule_id == "profile-credentials-invalid"
    # With a word added as well, two lost words are one too many (see the near-miss refusals).
    assert kb.classify(text.replace("the credentials in", "the stored credentials in")).rule_id is None


def test_a_common_word_lost_in_copying_is_forgiven(kb):
    match = kb.classify(UNKNOWN_SEND.format(s="Hello", m="Ops", p="P").replace("associated ", ""))
    assert match.rule_id == "gmail-sync-failure"


@pytest.mark.parametrize("question, rule_id", [
    ("Hey folks, since Monday every email we send out of Dynamics just hangs in Pending Send. Any idea?",
     "email-pending-send"),
    ("We moved to a new Dynamics environment and the mailbox still syncs with the old one",
     "mailbox-configured-with-another-org"),
    ("our CEO's calendar invites that he tracks as attendee never turn into appointments in CRM",
     "invitee-tracked-appointment-not-created"),
    # The problem's words are a small share of a long question: before, each of these ranked its rule
    # first at 0.25 to 0.34, under the threshold, and named nothing.
    ("Hi, our IT department rotated the service account password last night and since this morning every mailbox "
     "fails to sync. Which setting in the email server profile holds that password?", "profile-credentials-invalid"),
    ("Hello, after the certificate on our on-premises Exchange server was renewed, appointments and tasks stopped "
     "synchronizing for everyone while email keeps working. What should we check first?",
     "act-sync-disabled-secure-connection"),
    ("We copied production into a new test environment last week and now some mailboxes sync their Outlook items "
     "into the test copy instead of production. How do we point them back?", "mailbox-configured-with-another-org"),
    ("Hi team, a former colleague who has not logged in since spring still counts as an active user in the admin "
     "center reports, and only her mailbox seems to touch her record. Why is that?",
     "mailbox-updated-by-inactive-user")])
def test_a_question_told_as_a_long_story_finds_its_rule(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_a_question_about_a_cited_alert_no_rule_covers_is_not_named_from_its_other_words(kb):
    question = ("Our queue keeps showing 'Email can't be sent because the size of the email message exceeds the limit "
                "configured on the email server.' What is the limit for Exchange Online and can we raise it?")
    # Before, "limit", "Exchange Online" and "queue" named exchange-online-limits at 0.71.
    match = kb.classify(question)
    assert match.rule_id is None and match.alternatives[0].rule_id == "exchange-online-limits"


@pytest.mark.parametrize("question, rule_id", [
    # It cites an alert's words, but no reason ("because ..."): it is about the mailbox.
    ("Every few days the queue mailbox has been disabled for receiving email and we have to enable it again. Why "
     "does it keep happening?", "mailbox-repeatedly-disabled"),
    # It cites the rule's own alert.
    ("the alert reads email can't be received because the email address of the mailbox is not approved, what now?",
     "email-address-not-approved")])
def test_a_question_citing_an_alert_may_still_name_its_rule(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_a_whole_forum_post_names_nothing_but_lists_its_closest_rule_first(kb):
    post = ("Hi all, first post here. We run a small helpdesk with one queue mailbox that gets a few hundred emails "
            "every day. Every few days that mailbox is disabled and we only find out when customers chase us. Running "
            "Test and Enable fixes it for a while, then it happens again. Our Exchange is online, the profile looks "
            "fine and the credentials are right. Does server-side sync give up on a mailbox after some number of "
            "errors, and can we change that?")
    match = kb.classify(post)
    # Before, a text of more than 60 words was not searched at all: no rule was listed.
    assert match.rule_id is None
    assert match.alternatives[0].rule_id == "mailbox-repeatedly-disabled"


def test_everyday_words_in_a_systems_statement_still_count_against_it(kb):
    assert kb.classify("Exchange Online is the default email server profile for new mailboxes.").rule_id is None


def test_contractions_and_everyday_words_of_a_long_question_say_nothing(kb):
    match = kb.classify("I'd like to track how well server-side synchronization is performing overall. Is there a "
                        "monitoring dashboard?")
    assert match.rule_id == "sss-monitoring-dashboard"


def test_every_synonym_reaches_the_search():
    # "other" was both a stopword and a synonym of "different": "the other org" lost the word.
    from syncdoctor.terms import _SYNONYMS, SEARCH_STOPWORDS, search_terms
    assert not [word for word in _SYNONYMS if word in SEARCH_STOPWORDS]
    assert "different" in search_terms("the mailbox syncs with the other org")
    # A synonym stands for the term the word itself gives ("cert" for "certificat", the stem of
    # "certificate"): written as "certificate", it would match no rule's word.
    assert not [term for term in _SYNONYMS.values() if search_terms(term) != [term]]


@pytest.mark.parametrize("plural, singular", [("organizations", "organization"), ("invitees", "invitee"),
                                               ("approvals", "approval"), ("megabytes", "megabyte"),
                                               ("admins", "admin"), ("calendars", "calendar"),
                                               ("sandboxes", "sandbox"), ("settings", "setting")])
def test_a_plural_is_the_same_search_term_as_its_word(plural, singular):
    # "organizations" was "organiz" and "organization" "organization": a rule that says one
    # shared nothing with a question that says the other.
    from syncdoctor.terms import search_terms
    assert search_terms(plural) == search_terms(singular)


def test_seconds_are_time_not_a_second_organization(kb):
    from syncdoctor.match.symptoms import corrected_terms
    from syncdoctor.terms import search_terms
    assert "different" not in search_terms("processed 24 items in 3 seconds")
    assert "different" not in corrected_terms("processed 24 items in 3 seconsd", kb.classifier.symptoms)


def test_settings_are_not_the_verb_set():
    from syncdoctor.terms import search_terms
    assert search_terms("the sync settings") != search_terms("the sync is set")


def test_a_short_word_that_lost_a_letter_is_read_as_the_word(kb):
    # "gmal", "emal": four letters, too short to correct before; a letter lost is the commonest slip.
    assert kb.classify("test and enable fails for a gmal mailbox").rule_id == "gmail-sync-failure"
    assert kb.classify("how do I approve emal addresses for new user mailboxes").rule_id == "email-address-not-approved"


def test_a_short_name_is_not_read_as_a_slip(kb):
    # "Gail" is one letter from "gmail", but written as a name is written.
    assert kb.classify("Gail from accounting says her mail is stuck in pending send").rule_id == "email-pending-send"


@pytest.mark.parametrize("written", ["sever-side sync", "servver side synchronisation", "server side syncronization",
                                     "serverside syncing", "server-side sycnhronization"])
def test_server_side_sync_with_a_slip_is_still_server_side_sync(kb, written):
    from syncdoctor.terms import search_terms
    assert search_terms(written) == search_terms("server-side synchronization")
    assert kb.classify(f"pending send emails not processed by {written}").rule_id == "email-pending-send"


def test_two_kinds_of_environment_are_another_organization(kb):
    from syncdoctor.terms import search_terms
    assert "different" in search_terms("our sandbox steals the mailbox sync from the production org")
    assert "different" not in search_terms("the production org")
    assert "different" not in search_terms("prod and production")  # one kind, twice
    assert kb.classify("our sandbox steals the mailbox sync from the production org").rule_id == \
        "mailbox-configured-with-another-org"


@pytest.mark.parametrize("report", ["Message delivered to the recipient's mailbox.",
                                    "Connection to the email server was established successfully.",
                                    "Exchange connection test succeeded.",
                                    # an approval done is no approval missing (named at 1.0 before)
                                    "Your Microsoft 365 global administrator approved the email address.",
                                    "The mailbox was approved by the administrator.",
                                    # a thing found or there that a rule is about the lack of; a job done
                                    "Autodiscover located the mailbox on outlook.office365.com.",
                                    "The Organizer field is present on the appointment form.",
                                    "The environment copy from Production to Test finished at 04:12.",
                                    "The mailbox location was determined: outlook.office365.com."])
def test_a_report_of_success_names_no_rule(kb, report):
    assert kb.classify(report).rule_id is None


@pytest.mark.parametrize("text, rule_id", [
    ("the mailbox says its email address has to be approved by a Microsoft 365 global admin",
     "email-address-requires-m365-approval"),
    ("mailboxes of new users are disabled until their email addresses are approved", "email-address-not-approved"),
    ("we approved the email address but the mailbox is still disabled", "email-address-not-approved"),
    ("the organizer field is present on the form but appointments still don't sync", "appointment-organizer-missing"),
])
def test_an_approval_still_to_come_or_that_did_not_help_is_a_symptom(kb, text, rule_id):
    assert kb.classify(text).rule_id == rule_id


@pytest.mark.parametrize("text", [
    # a mail app's or a service's message: it tells the reader what to do, or carries a hexadecimal error number
    "The server could not be reached. Check your internet connection.",
    "Sending reported error (0x800CCC0E): 'Outlook cannot synchronize subscribed folders for user@contoso.com. "
    "Error: Cannot connect to the server.'",
    "Unable to sync. Couldn't sign in to your account. Check your password and try again.",
    "Connection error: Unable to connect to the mail server at pop.contoso.com:995.",  # a server and its port
    "The Exchange Web Services endpoint returned HTTP 401.",  # a web server's status: named the on-premises guide at 0.42
])
def test_another_systems_instruction_or_error_number_names_no_rule(kb, text):
    from syncdoctor.match.symptoms import reads_as_a_system
    assert reads_as_a_system(text)
    assert kb.classify(text).rule_id is None


def test_a_person_quoting_an_instruction_still_describes_a_symptom(kb):
    from syncdoctor.match.symptoms import reads_as_a_system
    assert not reads_as_a_system("the mailbox was disabled, it says check your email server profile credentials")
    assert kb.classify("Gmail test and enable fails. Verify your settings, says the alert, but the app password is "
                       "right.").rule_id == "gmail-sync-failure"


def test_a_success_with_trouble_is_still_a_symptom():
    from syncdoctor.match.symptoms import reports_success
    assert reports_success("The test email was delivered successfully.")
    assert not reports_success("Test and enable completed successfully but the mailbox was disabled again.")
    assert not reports_success("The email was delivered successfully, it doesn't show in Dynamics.")
    assert not reports_success("Why was it delivered successfully?")  # a question


def test_curly_apostrophes_read_as_straight_ones_in_a_question(kb):
    # "doesn’t work" (as phones and word processors write it) missed the phrase for "doesn't work".
    from syncdoctor.terms import search_terms
    assert search_terms("the sync doesn’t work, it isn’t valid") == search_terms("the sync doesn't work, it isn't valid")
    assert kb.classify("email server profile password doesn’t work anymore").rule_id == "profile-credentials-invalid"


def test_no_longer_valid_is_wrong():
    from syncdoctor.terms import search_terms
    assert search_terms("the password is no longer valid") == search_terms("the password is wrong")
    assert search_terms("it no longer syncs") == search_terms("it syncs")


@pytest.mark.parametrize("written", ["server\u00a0side sync", "server\u2013side sync", "server\u2011side sync",
                                     "server  side\tsync", "server\nside sync", "server side\u200b sync"])
def test_blanks_and_dashes_of_any_kind_read_as_plain_ones(kb, written):
    # A no-break space, an en dash or a line's wrap inside "server-side sync" lost its phrase.
    from syncdoctor.terms import search_terms
    assert search_terms(written) == search_terms("server-side sync")
    assert kb.classify(f"pending send emails not processed by {written}").rule_id == "email-pending-send"


def test_a_system_message_with_no_break_spaces_still_reads_as_one(kb):
    assert kb.classify("Sign-in blocked:\u00a0your account has been disabled by an administrator.").rule_id is None


def test_a_long_account_in_the_first_person_is_measured_as_a_question_is(kb):
    # Without a question mark, the story's own words buried the problem's.
    account = ("Our security team rotated the password of the service account we use in the email server profile "
               "and since then every mailbox fails Test and Enable with an error about the credentials.")
    assert kb.classify(account).rule_id == "profile-credentials-invalid"
    # A system's long message speaks of "your" account, and stays measured as it is.
    assert kb.classify("We couldn't save the email server profile because the credentials you entered are not "
                       "valid. Check the user name and password and try again.").rule_id is None


@pytest.mark.parametrize("question, rule_id", [("outboud emails never leave dynamics, they just say pending send", "email-pending-send"),
                                               ("exchange online is throttilng dynamics mass emails", "exchange-online-limits")])
def test_a_slip_in_a_synonyms_word_is_read_as_the_word(kb, question, rule_id):
    # "outboud" is one letter from "outbound", a word the lexicon reads as outgoing, not a rule's word.
    assert kb.classify(question).rule_id == rule_id


def test_a_word_the_lexicon_knows_is_no_slip(kb):
    # "setting" is one letter from "sitting" (read as stuck): it is a word of its own.
    from syncdoctor.match.symptoms import corrected_terms
    assert "stuck" not in corrected_terms("some special setting", kb.classifier.symptoms)


def test_a_long_account_told_as_we_is_a_persons_unless_it_speaks_to_you(kb):
    account = ("We set up a shared mailbox for the help desk queue and it gets disabled every few days, each time "
               "after Exchange Online had a short outage, and we have to test and enable it again.")
    assert kb.classify(account).rule_id == "mailbox-repeatedly-disabled"
    from syncdoctor.match.symptoms import in_the_first_person
    assert in_the_first_person(account)
    assert not in_the_first_person("We couldn't save the profile because the credentials you entered are not valid.")


def test_who_opens_a_question(kb):
    assert kb.classify("Who is allowed to approve mailbox email addresses in Office 365").rule_id == \
        "email-address-requires-m365-approval"


@pytest.mark.parametrize("wrapped", [
    "@Dana Smith {q}", "{q} #dynamics365 #crm", "{q} https://learn.microsoft.com/en-us/power-platform/admin/x",
    "RE: [EXTERNAL] {q}", "Q: {q}", "{q}\n\nBest regards,\nKevin Lee\nIT Operations | Contoso Ltd.\n+1 555 0100",
    "{q}\n\nSent from my iPhone"])
def test_what_a_question_carries_around_it_says_nothing(kb, wrapped):
    # A mention, tags, a link, a reply's marker or a signature buried the problem's words.
    question = "why does server side sync keep disabling the queue mailbox"
    assert kb.classify(wrapped.format(q=question)).rule_id == "mailbox-repeatedly-disabled"


def test_a_mails_legal_notice_is_cut(kb):
    # Its hundred words of "confidential", "intended recipient", "prohibited" buried the question.
    notice = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
              "the intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
              "review, use, disclosure or distribution is prohibited.")
    assert kb.classify("Why are my outgoing emails stuck as Pending Send?\n\nThanks,\nKevin" + notice).rule_id == \
        "email-pending-send"
    from syncdoctor.clean import split_trailers
    assert split_trailers("Hi\n\nour confidential HR queue mailbox keeps getting disabled")[0].endswith("disabled")


def test_a_link_is_left_out_but_not_the_question_mark_after_it():
    # The link's pattern took the sentence's "?" with it, and the question no longer asked.
    from syncdoctor.terms import without_asides
    assert without_asides("is this the fix https://learn.microsoft.com/x?").endswith("fix ?")


def test_a_mail_address_in_a_systems_message_is_kept(kb):
    # In a system's message the address is what it is about: without it "admin" alone was left.
    assert kb.classify("Test Message sent to admin@contoso.com.").rule_id is None


def test_the_forms_of_a_stopword_verb_are_stopwords_too():
    # "Subject: help needed" made "needed" a rare word of the question.
    from syncdoctor.terms import search_terms
    assert search_terms("help needed, we wanted and tried") == []


def test_politeness_is_not_a_search_term():
    # "kindly check" is the "please" of many a ticket: as a word no rule uses it weighed as a rare one.
    from syncdoctor.terms import search_terms
    assert search_terms("kindly check the mailbox pls") == search_terms("check the mailbox")


def test_a_setup_is_a_configuration(kb):
    # The rule says "Supported and unsupported Exchange Online configurations" and "set-ups".
    from syncdoctor.terms import search_terms
    assert search_terms("setups") == search_terms("set-up") == search_terms("configuration")
    assert search_terms("set up the mailbox") != search_terms("setup mailbox")
    assert kb.classify("Which Exchange Online setups are supported with server-side sync? We use a hybrid "
                       "deployment.").rule_id == "exchange-online-unsupported-config"


def test_a_question_in_plurals_finds_its_rule(kb):
    # Named only once "calendars" read as "calendar", and "megabytes" as "megabyte".
    assert kb.classify("calendars of our sales reps stopped syncing because of the organizer field").rule_id == \
        "appointment-organizer-missing"
    assert kb.classify("emails over 150 megabytes never arrive in CRM").rule_id == "incoming-email-over-150mb"


@pytest.mark.parametrize("one, other", [("copied", "copy"), ("copies", "copying"), ("tried", "try"),
                                        ("stopped", "stops"), ("stopping", "stop"), ("planned", "plan")])
def test_a_verb_and_its_forms_are_one_search_term(one, other):
    from syncdoctor.terms import search_terms
    assert search_terms(one) == search_terms(other)


def test_unable_is_not_read_as_a_slip_of_enable(kb):
    # One letter from "enable", and its opposite: a word of its own, like "cannot".
    from syncdoctor.match.symptoms import corrected_terms
    assert "enabl" not in corrected_terms("unable to send emails, they stay in pending send", kb.classifier.symptoms)


@pytest.mark.parametrize("text, not_read_as", [("sufficient rights", "insufficient"), ("the ending of a mail", "pending"),
                                               ("an older item", "folder"), ("paused", "caus")])
def test_a_word_that_differs_in_its_first_letter_is_another_word_not_a_slip(kb, text, not_read_as):
    from syncdoctor.match.symptoms import corrected_terms
    assert not_read_as not in corrected_terms(text, kb.classifier.symptoms)


def test_a_slip_inside_a_word_is_still_read_as_the_rules_word(kb):
    from syncdoctor.match.symptoms import corrected_terms
    assert corrected_terms("mialbox dissabled", kb.classifier.symptoms) == ["mailbox", "disabl"]


def test_a_slip_of_a_word_that_says_nothing_is_left_out_as_that_word(kb):
    # "stlil", "thier", "beign" weighed as the rarest words of the domain, so the description named nothing.
    from syncdoctor.match.symptoms import corrected_terms
    index = kb.classifier.symptoms
    assert corrected_terms("appointments stlil don't sync", index) == corrected_terms("appointments still don't sync", index)
    assert corrected_terms("thier email addresses beign approved", index) == ["email", "address", "approv"]
    assert kb.classify("the sent emails stil show as incoming").rule_id == "sent-email-direction-incoming"
    assert kb.classify("Wheer do I find the dashboard with server-side sync failures?").rule_id == "sss-failures-dashboard"


def test_a_real_word_one_letter_from_a_tickets_word_stays(kb):
    # "printer" is one letter from "pointer", "tickets" from "ticket", "event" from "even": words of another subject.
    from syncdoctor.match.symptoms import corrected_terms
    index = kb.classifier.symptoms
    assert len(corrected_terms("printer tickets event issued", index)) == 4


@pytest.mark.parametrize("one, other", [
    ("the mailbox turns itself off", "the mailbox is disabled"), ("mailbox switched off", "mailbox disabled"),
    ("mailbox deactivated", "mailbox disabled"), ("it fails twice a week", "it fails repeatedly"),
    ("TLS error", "SSL error"), ("emails hang", "emails stuck"), ("prod", "production"),
    ("replies I send", "emails I send"), ("where the mailbox is located", "the mailbox location"),
    ("sync stopped working", "sync fails"), ("sync isn't working", "sync fails"), ("sync is broken", "sync fails"),
    ("it does not work", "it fails"), ("gmail not working", "gmail fails"), ("it won't work", "it fails"),
    ("it doesn't seem to work", "it fails"), ("we could not work out why", "we could work out why"),
    ("the mailbox won't stay enabled", "the mailbox is disabled repeatedly"),
    ("keep an eye on sync health", "monitor sync health"), ("less secure apps", "less secure applications"),
    ("sent email shows incoming, kindly check", "sent email shows incoming"),
    ("mailbox disabled, please look into this and revert", "mailbox disabled"), ("do the needful", ""),
    ("emails coming as incoming", "emails shown as incoming"),
    ("mailbox location undetermined", "mailbox location not determined"), ("unapproved addresses", "not approved addresses"),
    ("users who never logged in", "users who never signed in"), ("emails logged as incoming", "emails recorded as incoming"),
    ("we logged a case with Microsoft, emails stuck", "emails stuck"),  # what was done about it, not "recorded"
    ("email marked incoming", "email recorded incoming"),
    ("check which mailboxes fail", "see which mailboxes fail"), ("check whether it is reachable", "test whether it is reachable"),
    ("emails aren't delivered", "emails undelivered"), ("the email doesn't get delivered", "the email undelivered"),
    ("sent emails were delivered, shown as incoming", "sent emails shown as incoming"),
    ("emails never go out", "emails undelivered"), ("nothing goes out", "undelivered"),
    ("a gmail.com mailbox", "a Gmail mailbox"),
    ("mailbox storage quota exceeded", "mailbox quota exceeded"), ("mailbox size limit", "mailbox size"),
    ("can't impersonate users", "no impersonation of users"),
    ("it never turned into an email activity", "it never created as an email activity"),
    ("stuck in pending send after an hour", "stuck in pending send"), ("emails stuck for hours", "emails stuck"),
    ("untracked emails", "not tracked emails"), ("unsent emails", "not sent emails"),
    ("basic auth", "basic authentication"), ("has no rights", "has no permissions"),
    ("not enough permission", "insufficient permissions"), ("lacks privileges", "insufficient permissions"),
    ("a combination of POP3 and Exchange", "a mix of POP3 and Exchange"), ("mixed set-up", "mix set-up"),
    ("the sandbox was refreshed from production", "the sandbox was copied from production"),
    ("sync turns the queue mailbox off", "sync disables the queue mailbox"), ("switched our two mailboxes off", "disabled our two mailboxes"),
    ("the support queue mailbox", "the queue mailbox"), ("our customer support team", "our team"),
    ("sandbox and production both sync the same mailbox", "sandbox and production sync the mailbox"),
])
def test_everyday_ways_of_saying_a_thing_are_one_search_term(one, other):
    from syncdoctor.terms import search_terms
    assert search_terms(one) == search_terms(other)


@pytest.mark.parametrize("question, rule_id", [
    ("the shared mailbox gets switched off by server side sync like twice a week, why?", "mailbox-repeatedly-disabled"),
    ("TLS handshake fails when receiving email from our mail server", "email-receive-secure-connection-error"),
    ("secure connection error when receiving email over POP3", "email-receive-secure-connection-error"),
    ("Emails hang in Pending Send after we switched to server-side sync", "email-pending-send"),
    ("server-side sync cannot find where the exchange mailbox is located", "mailbox-location-undetermined"),
    ("the credentials in the email server profile stopped working after a password change", "profile-credentials-invalid"),
    ("appointments without an organizer fail to sync", "appointment-organizer-missing"),
    ("ACT synchronization stopped because of an SSL error with Exchange", "act-sync-disabled-secure-connection"),
    ("cannot use basic auth with exchange online for sss", "exchange-online-unsupported-config"),
    ("the user in email server profile has not enough permission", "profile-credentials-invalid"),
    ("we refreshed the sandbox from production and now the mailboxes sync with the wrong org",
     "mailbox-configured-with-another-org"),
    ("direction is wrong on emails I send", "sent-email-direction-incoming"),
    ("unsupported combination of POP3 and Exchange", "unsupported-email-configuration"),
    ("app password for gmail in server-side sync", "gmail-sync-failure"),
    ("server side sync with gmail not working", "gmail-sync-failure"),  # a title's "not working", no verb before it
    ("the mailbox won't stay enabled", "mailbox-repeatedly-disabled"),  # not "stays pending send"
    ("how can I keep an eye on server-side sync health across all mailboxes?", "sss-monitoring-dashboard"),
    ("the sent mails are coming as incoming in CRM timeline, kindly check", "sent-email-direction-incoming"),
    ("mailbox location undetermined when receiving email", "mailbox-location-undetermined"),  # "un-" done: not done
    # who sends and where it shows are the story, not the problem (terms.EVERYDAY_WORDS)
    ("the emails our agents send appear as incoming on the timeline", "sent-email-direction-incoming"),
    ("Our sales reps' emails never go out, they stay Pending Send", "email-pending-send"),
    ("messages our agents send from Outlook get tracked as incoming emails, started after the migration",
     "sent-email-direction-incoming"),
    ("what counts as a permanent error for server-side sync? trying to understand why our mailbox got disabled",
     "mailbox-repeatedly-disabled"),
    # the alert's own words, as a person quotes them (a symptom of the rule in its words)
    ("mailbox error says it is configured to sync with another organization", "mailbox-configured-with-another-org"),
    # to check which is to see, not a test of a mailbox (named Gmail's "fails test and enable" at 0.60 before)
    ("I need a place to check which mailboxes are failing to sync", "sss-failures-dashboard"),
    # mail delivered went well: no sign of mail that never arrives (named pending send at 0.57 before)
    ("Sent emails were delivered but show up in CRM as incoming", "sent-email-direction-incoming"),
    ("outgoing emails are never delivered to the recipient", "email-pending-send"),
    ("a 160 MB email from a supplier never became an activity", "incoming-email-over-150mb"),
    ("test & enable for a gmail.com mailbox keeps failing", "gmail-sync-failure"),  # not a mailbox disabled again
    ("email from a contact record never sent, still pending send after an hour", "email-pending-send"),
])
def test_questions_in_everyday_words_find_their_rule(kb, question, rule_id):
    match = kb.classify(question)
    assert match.rule_id == rule_id and match.method == "symptom", match


@pytest.mark.parametrize("text", [
    "TLS 1.0 will be turned off on 1 March for all tenants.", "Outlook hangs when opening a shared calendar",
    "The user account was deactivated in Entra ID.", "The backup job fails several times a week.",
    "How do I switch off read receipts in Outlook?", "My keyboard stopped working after the update.",
    "Outlook search isn't working for older emails.", "Signature images are broken in emails sent from Outlook.",
    "Out of office replies not working in Exchange Online",  # an absence, not Office 365
    "Outlook is very slow while opening attachments, kindly check",
    "The timeline doesn't show notes older than a year.", "Our agents can't see the Omnichannel conversation panel.",
    "The email server profile was saved.", "Unable to save the email server profile: the server URL is not valid.",
    "Mailbox storage quota exceeded in Exchange Online.",  # how much a mailbox holds, no limit of mail flow
])
def test_those_everyday_words_about_other_things_name_no_rule(kb, text):
    assert kb.classify(text).rule_id is None


def test_a_double_letter_of_the_word_itself_stays():
    from syncdoctor.terms import search_terms
    assert search_terms("installed passed called") == search_terms("install pass call")


@pytest.mark.parametrize("text", [
    "The mailbox Kim Lee has been disabled for sending email because the email address of the mailbox is not approved.",
    "Email cannot be received because the email address of the mailbox Dana Park requires an approval by the mailbox owner.",
])
def test_an_alert_that_names_the_mailbox_once_is_not_one_that_names_it_twice(kb, text):
    # email-address-not-approved names the mailbox twice; these other alerts name it once.
    assert kb.classify(text).rule_id is None


def test_an_alert_with_both_copies_of_a_name_left_out_still_matches(kb):
    match = kb.classify("Email can't be received for the mailbox because the email address of the mailbox is not "
                        "approved and the mailbox has been disabled.")
    assert match.rule_id == "email-address-not-approved"


def test_a_value_that_swallowed_another_alerts_sentence_is_not_a_match(kb):
    # "Mailbox {mailbox_name} didn't synchronize." read as "Mailbox [Ops has been disabled for sending email and]".
    text = ('An unknown error occurred while sending the email message "Hi". The mailbox Ops has been disabled for '
            'sending email and the owner of the associated email server profile EXO has been notified.')
    assert kb.classify(text).rule_id is None


def test_a_space_inside_the_templates_punctuation_after_a_value_is_not_the_values(kb):
    # '"{message_subject}". Mailbox' written with a space before the period: the closing quote was kept.
    text = ('The mailbox location could not be determined while sending the email message "Invoice 1042" . Mailbox '
            'Support didn\'t synchronize. The owner of the associated email server profile EXO has been notified.')
    assert kb.classify(text).params["message_subject"] == "Invoice 1042"


def test_a_quoted_subject_may_hold_alert_words(kb):
    text = ('The mailbox location could not be determined while sending the email message "RE: the owner of the email '
            'server". Mailbox Dana didn\'t synchronize. The owner of the associated email server profile EXO has been notified.')
    match = kb.classify(text)
    assert match.rule_id == "mailbox-location-undetermined" and match.confidence == 1.0
    assert match.params["message_subject"] == "RE: the owner of the email server"


@pytest.mark.parametrize("question, rule_id", [
    ('what is "the email address of the mailbox requires an approval by a Microsoft 365 administrator"',
     "email-address-requires-m365-approval"),
    ("error: the credentials specified in the associated email server profile are incorrect - what now?",
     "profile-credentials-invalid"),
    ('Getting "One or more mailboxes have been disabled for sending email" every morning, why?',
     "email-address-not-approved"),
])
def test_a_question_around_a_cited_piece_of_an_alert_names_it(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_the_question_around_a_cited_alert_is_no_stray_word_and_costs_no_confidence(kb):
    # The asker's words at the cut are explained; only an unexplained word there makes the reading less sure.
    alone = kb.classify("the email address of the mailbox is configured with another organization")
    asked = kb.classify("it says the email address of the mailbox is configured with another organization, what does "
                        "that mean?")
    assert asked.rule_id == alone.rule_id == "mailbox-configured-with-another-org"
    assert asked.confidence >= alone.confidence - 0.01


@pytest.mark.parametrize("question", [
    'What does "An unexpected error occurred while receiving email" mean?',
    'How do I fix "Email can\'t be received because the license is invalid for the mailbox"?',
])
def test_a_question_around_another_alerts_words_is_still_refused(kb, question):
    assert kb.classify(question).rule_id is None


def test_what_the_asker_wants_done_says_nothing_about_the_problem(kb):
    # "fix" and "mean" weighed as words no rule uses, and drowned a short question.
    assert kb.classify("mailbox is configured with another organization - how do I fix?").rule_id == \
        "mailbox-configured-with-another-org"
    from syncdoctor.terms import search_terms
    assert search_terms("how do I fix it, what does it mean, any ideas?") == []


@pytest.mark.parametrize("question, rule_id", [
    ("[10:42 AM] Dana Smith\nemails stuck in pending send since this morning", "email-pending-send"),
    ("Dana Smith 10:42\nour sent emails show direction incoming", "sent-email-direction-incoming"),
    ("From: Kevin Lee\nSent: Tuesday\nSubject: CRM issue\n\nemail stuck in pending send status", "email-pending-send"),
])
def test_the_header_lines_of_a_mail_or_a_chat_say_nothing_about_the_problem(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


def test_a_line_that_only_ends_with_a_time_is_not_a_header():
    from syncdoctor.match.symptoms import without_headers
    assert without_headers("mailbox keeps getting disabled since 10:42\nany ideas?").startswith("mailbox keeps")
    assert without_headers("From: Kevin\nSubject: pending send\n\nhelp") == "pending send\n\nhelp"
    assert without_headers("Summary: pending send\nPriority: P2\nStatus: Pending Send") == "pending send\nStatus: Pending Send"


@pytest.mark.parametrize("question, rule_id", [
    ("Summary: emails stay in Pending Send and never go out\nPriority: P2\nComponent: CRM", "email-pending-send"),
    ("Ahmed Khan  11:05 AM\nwhere is the dashboard that lists server-side sync failures", "sss-failures-dashboard"),
])
def test_a_tickets_fields_and_a_chats_sender_line_say_nothing_about_the_problem(kb, question, rule_id):
    assert kb.classify(question).rule_id == rule_id


@pytest.mark.parametrize("reply", [
    "Any update on this?\n\nOn Tue, Nov 26, 2026 at 10:02 AM Dana Smith <dana@contoso.com> wrote:\n> {}",
    "Thanks Lee, that didn't help.\n-----Original Message-----\nFrom: Dana Smith\nSent: Tuesday, November 26, 2026 "
    "10:02 AM\nTo: IT Help\n\n{}",
    "Still happening.\n________________________________\nFrom: Dana Smith\nSent: Tuesday\n\n{}",
])
def test_a_reply_quoting_the_question_reads_it_without_the_quoted_mails_headers(kb, reply):
    # The headers of the message a reply quotes stand in the middle, not above it: before, their names, dates and
    # addresses were read as the problem's words, and the question they quote named nothing (0.17).
    question = "Our emails from Dynamics have been stuck in Pending Send since Monday. Workflow emails and manual ones alike."
    assert kb.classify(reply.format(question)).rule_id == "email-pending-send"


def test_a_chat_threads_sender_lines_say_nothing_wherever_they_stand(kb):
    # A thread has a line of who wrote when before each message.  Before, only those above the first were taken out:
    # the names of the others were read as the problem's words, and the pending-send question below named nothing.
    thread = ("[9:02 AM] Dana Smith\nanyone else seeing emails stuck in pending send since this morning?\n"
              "[9:03 AM] Lee Chen\nyes, our queue too\n[9:05 AM] Dana Smith\nworkflow emails especially")
    assert kb.classify(thread).rule_id == "email-pending-send"
    from syncdoctor.match.symptoms import without_headers
    assert without_headers(thread) == ("anyone else seeing emails stuck in pending send since this morning?\n"
                                       "yes, our queue too\nworkflow emails especially")


def test_several_alerts_pasted_one_per_line_are_read_as_the_first(kb):
    alert = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile EXO has been notified.")
    match = kb.classify(alert.format("Ops") + "\n" + alert.format("Sales"))
    assert match.rule_id == "email-receive-secure-connection-error" and match.params["mailbox_name"] == "Ops"


@pytest.mark.parametrize("separator", [" ", "  ", "\t", " | ", ""])
def test_several_alerts_pasted_one_after_another_on_one_line_are_read_as_the_first(kb, separator):
    # With no separator at all ("...has been notified.Email can't be..."), as a program that joins a list's texts
    # writes them, the period glued the two alerts into one word: no rule fit.
    alert = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile EXO has been notified.")
    match = kb.classify(alert.format("Ops") + separator + alert.format("Sales"))
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "EXO"}


_SENDING = ('An unknown error occurred while sending the email message "Q3 plan". Mailbox Ops didn\'t synchronize. The '
            'owner of the associated email server profile EXO has been notified.')
_ORGANIZER = "Appointments can't be synchronized because the Organizer field isn't present."


@pytest.mark.parametrize("first, second, rule_id", [
    (_SENDING, RECEIVE.format(m="Sales", p="P"), "gmail-sync-failure"),
    (RECEIVE.format(m="Sales", p="P"), _SENDING, "email-receive-secure-connection-error"),
    (_ORGANIZER, RECEIVE.format(m="Sales", p="P"), "appointment-organizer-missing"),
])
@pytest.mark.parametrize("joined", ["{} {}", "{}{}", "{}\n{}", "{}; {}",
                                    '{{"value": [{{"description": {}}}, {{"description": {}}}]}}'])
def test_two_different_alerts_pasted_together_are_read_as_the_first(kb, first, second, rule_id, joined):
    # Before, the second was named whenever its wording was aligned first: an alert's text before a whole wording
    # reads as a log's prefix, which costs nothing.
    quoted = joined.startswith("{{")
    text = joined.format(*(json.dumps(alert) if quoted else alert for alert in (first, second)))
    assert kb.classify(text).rule_id == rule_id


def test_an_unknown_alert_with_a_wordings_first_words_inside_is_still_refused(kb):
    # "The mailbox has..." starts a wording; the stretches around it hold no whole alert.
    assert kb.classify("Email can't be received for the mailbox Ops because the mailbox is full on the email server. "
                       "The mailbox has been disabled for receiving email.").rule_id is None


def test_many_starts_of_wordings_on_one_line_are_read_in_bounded_time(kb):
    import time
    started = time.perf_counter()
    assert kb.classify("the mailbox has been disabled for " * 20000).rule_id is None
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("paste", [
    RECEIVE.format(m="Ops", p="EWS") + "\n" + "Why?\n" * 3000,
    "Why?\n" * 3000 + "Ops because an error occurred while establishing a secure connection to the email server.",
    "Any idea?\n\n" * 2000 + RECEIVE.format(m="Ops", p="EWS") + "\n\nAny idea?" * 2000,
])
def test_a_paste_of_thousands_of_questions_is_answered_in_bounded_time(kb, paste):
    # Each question was read apart by a reading inside the last one: a RecursionError (a traceback in the CLI).
    import time
    started = time.perf_counter()
    match = kb.classify(paste)
    assert 0.0 <= match.confidence <= 1.0
    assert time.perf_counter() - started < 5


def test_an_unknown_alert_on_two_lines_is_not_read_line_by_line(kb):
    # Its second line alone is the tail of two covered wordings; no line holds a whole alert.
    assert kb.classify("An unexpected error occurred while receiving email.\nMailbox Ops didn't synchronize. The owner "
                       "of the associated email server profile EXO has been notified.").rule_id is None


def test_an_alert_copied_out_of_a_mails_source_gives_the_names_as_written(kb):
    import quopri
    alert = RECEIVE.format(m="M\u00fcller & S\u00f6hne GmbH", p="EWS \u2013 Primary")
    source = quopri.encodestring(alert.encode("utf-8")).decode("ascii")
    assert "=\n" in source and "=C3=BC" in source
    match = kb.classify(source)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "M\u00fcller & S\u00f6hne GmbH", "email_server_profile_name": "EWS \u2013 Primary"}


def test_a_name_a_web_app_wrapped_in_direction_marks_comes_back_bare(kb):
    match = kb.classify(RECEIVE.format(m="\u2068\u0645\u062d\u0645\u062f \u0639\u0644\u064a\u2069", p="\u2068Contoso POP\u2069"))
    assert match.params == {"mailbox_name": "\u0645\u062d\u0645\u062f \u0639\u0644\u064a", "email_server_profile_name": "Contoso POP"}


@pytest.mark.parametrize("statement", [
    "This email can't be sent because it has no recipients.",
    "This appointment can't be tracked because the organizer is not a Dynamics 365 user.",
    "This contact can't be synchronized because the contact is inactive.",
    # ...what has been done and why, as the product's alerts say it...
    "The mailbox kim.lee@contoso.com is disabled for email processing because the email address was changed.",
    # ...or one that addresses the reader.
    "You can't track this item because tracking is disabled for your mailbox.",
    "Sign-in blocked: your account has been disabled by an administrator.",
    "The mailbox quota has been exceeded. You can't send or receive messages until you free up space.",
    # ...or a service that tells its user, as "we", of "your" things: "we" is a person's word, but not with
    # "your mailbox" and nothing of the writer's own (symptoms.in_service_voice).
    "We can't connect to your Exchange server right now. Try again later.",
    "We couldn't establish a secure connection to your email server.",
    "We've stopped syncing appointments, contacts, and tasks for your account because of an error.",
    "We couldn't sign you in to Gmail. Use an app password for your account.",
])
def test_another_systems_statement_is_no_symptom(kb, statement):
    # Shaped like the product's alerts ("... can't be sent because ..."), fitting none of their
    # wordings, and sharing only a few words with a rule's symptoms: another system's message.
    match = kb.classify(statement)
    assert match.rule_id is None and match.alternatives


@pytest.mark.parametrize("text", ["We could not establish a secure connection to your email server.",
                                  "We could not sign you in to Gmail. Use an app password for your account."])
def test_a_service_telling_its_user_names_no_rule_however_well_its_words_fit(kb, text):
    # A service's "we" with "your" things is another system's message (decide._symptom_threshold), not a description
    # read at a higher threshold only: the first named the receiving alert's rule at 0.84.
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("description, rule_id", [
    ("outgoing emails can't be delivered because they are stuck in pending send", "email-pending-send"),
    ("email activity can't be created because the attachment is bigger than 150 MB", "incoming-email-over-150mb"),
    ("the mailbox can't be approved because I'm not a global admin", "email-address-requires-m365-approval"),
    # Search words, not sentences: a person's, however they put it.
    ("sent emails are tracked as incoming because they were in the inbox", "sent-email-direction-incoming"),
    ("the mailbox was disabled because of too many transient errors", "mailbox-repeatedly-disabled"),
])
def test_a_person_who_says_it_in_the_alerts_form_is_still_understood(kb, description, rule_id):
    assert kb.classify(description).rule_id == rule_id


@pytest.mark.parametrize("description, rule_id", [
    ("We tried your workaround but sent emails are still tracked as incoming.", "sent-email-direction-incoming"),
    ("We applied your fix for pending send, emails still don't go out.", "email-pending-send"),
    ("Thanks for your help, we still see the secure connection error on incoming email.",
     "email-receive-secure-connection-error"),
])
def test_a_person_who_writes_we_and_your_to_a_vendor_is_still_understood(kb, description, rule_id):
    # "your" of what the vendor gave (a fix, a workaround, help) is a person's, not a service's, voice.
    assert kb.classify(description).rule_id == rule_id


@pytest.mark.parametrize("description", ["Emails are stuck in Pending Send since Monday. Thanks for your help.",
                                         "emails stuck in pending send since monday. Thank you"])
def test_a_person_who_thanks_the_reader_is_not_a_system_addressing_them(kb, description):
    assert kb.classify(description).rule_id == "email-pending-send"


@pytest.mark.parametrize("sign_off", ["\n\nSent from my iPhone", "\n\nGet Outlook for Android", "\n-- \nDana Smith\nIT | Contoso",
                                      "\n\nKind regards,\nDana Smith\nIT Administrator", "\nThanks!\nDana",
                                      "\n\nthanks in advance\nKim", "\nThank you in advance!", "\n\nThx,\nKim"])
def test_a_mails_sign_off_under_a_pasted_alert_is_no_part_of_it(kb, sign_off):
    # The alert's first sentence only, so that words after it would count as another alert's rest.
    alert = ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
             "connection to the email server.")
    match = kb.classify(alert + sign_off)
    assert match.rule_id == "email-receive-secure-connection-error" and match.params == {"mailbox_name": "Ops"}


@pytest.mark.parametrize("description, rule_id", [
    ("we tried your steps and emails are still stuck in pending send", "email-pending-send"),
    ("We tried clearing the cache and emails remain in pending send", "email-pending-send"),
    ("tried fixing autodiscover and the mailbox location still can't be determined", "mailbox-location-undetermined")])
def test_what_happened_after_a_remedy_was_tried_is_read(kb, description, rule_id):
    # Before, "tried ..." ran to the end of a short sentence without "but": the whole problem was taken out.
    assert kb.classify(description).rule_id == rule_id


@pytest.mark.parametrize("description, rule_id", [
    ("mailbox keeps getting disabled for email processing", "mailbox-repeatedly-disabled"),
    ("Why is my mailbox disabled for email processing again and again?", "mailbox-repeatedly-disabled"),
    ("How do I enable a mailbox for email processing?", None)])
def test_disabled_for_email_processing_is_disabled(kb, description, rule_id):
    # Before, "processing" matched "processes email" in the summary of the unapproved-address rule, which was named.
    assert kb.classify(description).rule_id == rule_id


def test_asking_how_to_find_something_is_no_mailbox_that_cannot_be_found(kb):
    # Before, "find" matched the autodiscover rule's "cannot find the mailbox", named at 0.70.
    assert kb.classify("How do I find all mailboxes with sync errors in one place?").rule_id in (None, "sss-failures-dashboard")
    assert kb.classify("where can I find the server-side synchronization failures dashboard").rule_id == "sss-failures-dashboard"
    assert kb.classify("autodiscover can't find the mailbox").rule_id == "mailbox-location-undetermined"


@pytest.mark.parametrize("description", ["Emails from CRM never leave the outbox, they just say pending send",
                                         "outgoing emails not leaving Dynamics 365"])
def test_mail_that_does_not_leave_is_not_sent(kb, description):
    # Before, "leave" was a word no rule uses, and it weighed the description down until no rule was named.
    assert kb.classify(description).rule_id == "email-pending-send"


def test_the_words_sent_from_outlook_in_a_description_are_no_mail_apps_sign_off(kb):
    # Before, "sent from Outlook" was taken out as "Sent from my iPhone" is, and with it the description's verb.
    assert kb.classify("replies I sent from Outlook show up as incoming emails").rule_id == "sent-email-direction-incoming"
    assert kb.classify("Sent email shows up as incoming.\nSent from my iPhone").rule_id == "sent-email-direction-incoming"


@pytest.mark.parametrize("link", ["... Show more", "\u2026 See more", "...Read more.", "...\nShow more"])
def test_a_lists_show_more_link_after_a_cut_alert_is_no_part_of_it(kb, link):
    # Before, the link's two words after the cut read as the rest of another alert: no rule fitted.
    match = kb.classify("Email can't be received for the mailbox Ops Team because an error occurred while establish" + link)
    assert match.rule_id == "email-receive-secure-connection-error" and match.params == {"mailbox_name": "Ops Team"}


def test_show_more_inside_an_alert_is_the_alerts(kb):
    match = kb.classify("Email can't be received for the mailbox Show more because an error occurred while establishing "
                        "a secure connection to the email server.")
    assert match.params == {"mailbox_name": "Show more"}


def test_a_thanks_line_above_what_the_person_says_is_no_sign_off(kb):
    # A sign-off has a signature under it at most (a name, a title): fewer words than above it.
    text = "Hi team,\nThanks\nemails stay in pending send\nsince monday\nfor all users\nfrom the web app\nany idea?\nDana"
    assert kb.classify(text).rule_id == "email-pending-send"


def test_a_name_whose_punctuation_splits_it_into_many_match_words_is_still_a_name(kb):
    # Found by the property test: thirteen match words, three words as written.  Only a value of more
    # words than a name has (the rest of a text) costs confidence.
    name = "0\ud7fc0?0\u09f20\ud7fc0 0\ud7fc0%0 0:0\u09f20\ud7fc0\ud7fc0"
    text = ("Email can't be sent because the credentials specified in the associated email server profile are "
            "incorrect or have insufficient permissions for sending email. The mailbox " + name + " has been disabled "
            "for sending email and the owner of the email server profile 0 has been notified.")
    match = kb.classify(text)
    assert match.rule_id == "profile-credentials-invalid" and match.params["mailbox_name"] == name


def test_no_alternative_reads_as_likelier_than_the_answer(kb):
    # Two approval rules fit this description about as well: the answer's confidence is lowered for
    # it, and the rival, listed as an alternative, shares that doubt rather than outranking it.
    match = kb.classify("emails are not sent because the mailbox is not approved")
    assert match.rule_id and match.alternatives
    assert all(alternative.confidence <= match.confidence for alternative in match.alternatives)


def test_the_generic_message_of_an_unreachable_host_is_refused_and_the_tool_it_shares_words_with_still_found(kb):
    # "remote" was the rule's word only through the name of the Remote Connectivity Analyzer.
    assert kb.classify("Unable to connect to the remote server").rule_id is None
    assert kb.classify("how do I use the remote connectivity analyzer").rule_id == "exchange-onprem-connectivity"


@pytest.mark.parametrize("text", ["Mailbox size limit exceeded", "ErrorQuotaExceeded: The mailbox quota has been exceeded.",
                                  "our queue mailbox is full and nothing arrives"])
def test_how_much_a_mailbox_may_hold_is_no_limit_of_mail_flow(kb, text):
    assert kb.classify(text).rule_id is None


def test_a_mail_flow_limit_is_still_one(kb):
    assert kb.classify("mailbox exceeded the recipient rate limit").rule_id == "exchange-online-limits"


@pytest.mark.parametrize("context", [" in our tenant", " in one of our orgs", " for some of our users"])
def test_where_or_for_whom_said_in_passing_makes_no_statement_a_question(kb, context):
    # "our" in the context said nothing of the problem, yet made any text a person's question.
    statement = "Exchange Online is the default email server profile for new mailboxes"
    assert kb.classify(statement).rule_id is None
    assert kb.classify(statement + context).rule_id is None
    assert kb.classify("emails stay in pending send" + context).rule_id == "email-pending-send"


@pytest.mark.parametrize("context", [" in our tenant", " (we use Dynamics 365 online)", "\nP.S. we are on version 9.2",
                                     ", only for one user"])
def test_a_systems_message_with_the_askers_context_after_it_is_still_a_systems(kb, context):
    # Refused as a system's statement; the context's "our" or "we" made it a person's question.
    message = "This appointment can't be tracked because the organizer is not a Dynamics 365 user."
    assert kb.classify(message).rule_id is None
    assert kb.classify(message + context).rule_id is None


def test_a_success_reported_for_one_user_is_still_a_success(kb):
    # "only" is a word of trouble ("only the first email is sent"), but not in the context "only for one user".
    assert kb.classify("Message delivered to the recipient's mailbox.").rule_id is None
    assert kb.classify("Message delivered to the recipient's mailbox, only for one user").rule_id is None


def test_answers_do_not_depend_on_what_was_read_before(kb):
    # The merge steps of a stretch are memoised (damage.merge_steps); a reading must not change them.
    from syncdoctor.match.align import clear_memos

    damaged = RECEIVE.format(m="Sales Queue", p="Contoso EXO").replace("secure connection", "secureconnection") \
        .replace("has been", "has be en")
    clear_memos()
    first = kb.decide(damaged).to_dict()
    assert first["rule_id"] == "email-receive-secure-connection-error"
    for _ in range(2):
        kb.decide(damaged.replace("Sales Queue", "Ops"))
        assert kb.decide(damaged).to_dict() == first
    clear_memos()
    assert kb.decide(damaged).to_dict() == first


def test_a_description_that_fits_three_rules_alike_names_none(kb):
    # Each close rival lowers the leader's confidence in turn (decide._discount_rivals): with only the
    # runner-up counted this named the receiving alert at 0.37, though both secure-connection alerts and
    # the on-premises connection guide fit it as well.
    match = kb.classify("The connection to the server failed.")
    assert match.rule_id is None
    assert {a.rule_id for a in match.alternatives} == {"email-receive-secure-connection-error",
                                                       "act-sync-disabled-secure-connection",
                                                       "exchange-onprem-connectivity"}
    # A description that tells them apart is still named.
    assert kb.classify("Incoming email fails: error while establishing a secure connection to the POP3 server") \
        .rule_id == "email-receive-secure-connection-error"


@pytest.mark.parametrize("message", ["This message is too large to send. Remove attachments and try again.",
                                     "Message rate limit exceeded for sender. Please wait and try again.",
                                     "A connection to the server could not be established. Verify the SMTP server "
                                     "settings and try again."])
def test_a_message_that_tells_the_reader_to_try_again_is_a_systems(kb, message):
    # "Try again" is a service's instruction (symptoms.INSTRUCTING_THE_READER): such a text is named only on
    # strong evidence; both were named (the 150 MB limit at 0.58, the sending limits at 0.40).
    assert kb.classify(message).rule_id is None


UNCOVERED_SENDER = ("Email can't be sent for the mailbox Support Queue because the mailbox doesn't have a sender "
                    "configured. Configure the sender and then enable the mailbox.")


@pytest.mark.parametrize("dressed", ["**{}**", "\u26a0\ufe0f {}", "```\n{}\n```", "<Message>{}</Message>", "\u201c{}\u201d"])
def test_a_systems_sentence_dressed_in_markup_is_still_a_systems(kb, dressed):
    # The marks before the capital made it no sentence, so the alert no rule covers was read as a person's
    # description and named Pending Send at 0.50.
    assert kb.classify(UNCOVERED_SENDER).rule_id is None
    assert kb.classify(dressed.format(UNCOVERED_SENDER)).rule_id is None


@pytest.mark.parametrize("dressed", ["**{}**", "`{}`", '"{}"', '{{"msg": "{}"}}', "```\n{}\n```"])
def test_an_alert_that_ends_otherwise_still_does_when_markup_closes_it(kb, dressed):
    # "...is read-only." ends where the covered alert says "isn't present.": another alert.  After the full stop
    # a closing "**" or quote hid that the sentence ended there, and the Organizer alert was named at 0.90.
    other_ending = "Appointments can't be synchronized because the Organizer field is read-only."
    assert kb.classify(other_ending).rule_id is None
    assert kb.classify(dressed.format(other_ending)).rule_id is None


def test_a_quoted_subject_that_goes_on_past_its_quote_is_another_alert(kb):
    # The subject swallowed another alert's reason ('Invoice 4471" couldn't be delivered because...'): with a
    # question around the quoted alert, the unknown-error alert was named at 0.52.
    other = ('The email message "Invoice 4471" couldn\'t be delivered because the recipient\'s address is invalid. '
             "Mailbox Accounts didn't synchronize.")
    assert kb.classify(f'Hi all, we keep getting "{other}" on one of our queues - what does it mean and how do we '
                       "fix it?").rule_id is None
    # Nor, quoted so, is it a person's description: the whole quote, its subject's quotes and all, is a system's
    # message that names no rule (Pending Send was named at 0.50 from its "couldn't be delivered").
    assert kb.classify(f'Hi all, we keep getting "{other}" on one of our queues - what does it mean?').rule_id is None
    subject = kb.classify(UNKNOWN_SEND.format(s='Re: "Q3" notes', m="Ops", p="P")).params["message_subject"]
    assert subject == 'Re: "Q3" notes'


@pytest.mark.parametrize("lead_in", ["we keep getting this on our queue: ", "hey all, seeing this on two mailboxes:\n"])
def test_a_systems_message_after_a_lead_in_is_still_a_systems(kb, lead_in):
    # "...: Email can't be sent ... because the mailbox doesn't have a sender configured." read as the person's own
    # words needed only 0.35, and named Pending Send at 0.56.
    assert kb.classify(lead_in + UNCOVERED_SENDER).rule_id is None
    assert kb.classify(lead_in + "emails stuck in pending send").rule_id == "email-pending-send"


@pytest.mark.parametrize("retold", [
    "When I click Approve Email on a mailbox I get a message that the email address requires approval by a Microsoft "
    "365 global administrator. I'm the Dynamics system administrator but not a global admin. What are my options?",
    "Approve Email on the mailbox fails: needs approval by a Microsoft 365 admin. We use Exchange Online."])
def test_an_alert_a_person_retells_in_their_own_words_names_its_rule(kb, retold):
    # Its clause is the alert's, so it read as an alert (perhaps one no rule covers) and was never searched.
    assert kb.classify(retold).rule_id == "email-address-requires-m365-approval"


def test_a_retelling_may_share_the_first_words_of_a_wording(kb):
    # "appointments, contacts and ..." starts a wording too; a pasted alert has six of its first words in a row.
    assert kb.classify("Email works for the user, but appointments, contacts and tasks stopped syncing. The mailbox "
                       "alert says it was disabled because of an error establishing a secure connection to the "
                       "Exchange server. Our Exchange is on-premises.").rule_id == "act-sync-disabled-secure-connection"


def test_an_alert_no_rule_covers_pasted_by_a_person_is_still_refused(kb):
    # A pasted alert starts as the product's wordings do: it is no retelling, whoever pastes it.
    assert kb.classify("our mailbox shows The mailbox has been disabled for synchronizing appointments, contacts, and "
                       "tasks for the mailbox Ann because the Exchange server is in maintenance mode.").rule_id is None


def test_a_person_who_tried_again_still_describes_a_symptom(kb):
    assert kb.classify("Our 200 MB email never showed up in Dynamics. We removed attachments and tried again.") \
        .rule_id == "incoming-email-over-150mb"
    assert kb.classify("Our 200 MB email never showed up in Dynamics. We removed all of the attachments from it and "
                       "tried again.").rule_id == "incoming-email-over-150mb"


@pytest.mark.parametrize("message", ["ACT sync for a mailbox disabled because a secure connection couldn't be established",
                                     "synchronization of ACT disabled for the mailbox after a secure connection error"])
def test_act_is_appointments_contacts_and_tasks(kb, message):
    # The product's short name (terms.phrase_patterns): read as a word of no rule, "ACT sync ... secure connection" named
    # the incoming-email alert's rule at 0.41.
    assert kb.classify(message).rule_id == "act-sync-disabled-secure-connection"


@pytest.mark.parametrize("message", ["Check your internet connection.", "Check your internet connection. Please help"])
def test_a_text_that_only_tells_the_reader_what_to_do_names_no_rule(kb, message):
    # Its words fit the on-premises connection guide (test, internet, connection), but it tells of no problem
    # (symptoms.only_instructs); it was named at 0.77.
    assert kb.classify(message).rule_id is None


def test_an_instruction_with_the_problem_it_follows_is_read_as_before(kb):
    assert kb.classify("ACT sync failed with a secure connection error. Check your Exchange server certificate.") \
        .rule_id == "act-sync-disabled-secure-connection"


@pytest.mark.parametrize("text", [
    # mail servers' replies
    "535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
    "POP3 server responded: -ERR authentication failed",
    # mail apps
    "Mail could not connect to the server. Verify your account settings.",
    "Outlook cannot log on. Verify you are connected to the network and are using the proper server and mailbox name.",
    "Task 'user@contoso.com - Receiving' reported error (0x800CCC0F): 'The connection to the server was interrupted.'",
    "Thunderbird failed to find the settings for your email account.",
    # sign-in, certificates and the Exchange Web Services client
    "AADSTS50126: Error validating credentials due to invalid username or password.",
    "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.",
    "ErrorImpersonateUserDenied: The account does not have permission to impersonate the requested user.",
    "Microsoft.Exchange.WebServices.Data.AutodiscoverLocalException: The Autodiscover service couldn't be located.",
    "The HTTP service located at https://mail.contoso.com/EWS/Exchange.asmx is unavailable.",
    # Dataverse and the Power Platform
    "The plug-in execution failed because the operation has timed-out at the Sandbox Host.",
    "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
    "The Dynamics 365 App for Outlook has been deployed to the selected users.",
    "Incoming Email Status: Success. Outgoing Email Status: Success. Appointments, Contacts, and Tasks Status: Not Run.",
    "Forward mailbox processing failed because the email server profile is not set.",
    "The appointment owner does not have a mailbox.",
    "Basic authentication is disabled for Exchange Web Services in this tenant.",
])
def test_messages_of_neighbouring_systems_name_no_rule(kb, text):
    # A guard (these were refused before it was written): each shares words with a rule (credentials, secure
    # connection, autodiscover, impersonation, limits, mailbox status), and none is an alert or a description of
    # what a rule documents.
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("framing", ["Long story short: {}", "TL;DR {}", "As a new CRM admin, {}",
                                     "{}. Fairly new to the admin role.", "Throwaway account. {}", "{} (CE 9.2, NA region)",
                                     "{}. Can't share screenshots due to policy.", "{}. Each user is affected.",
                                     "To cut a long story short, {}", "In short: {}", "Junior admin here, {}",
                                     "Not sure if this is the right forum, but {}", "{}. Using a burner account for this."])
def test_how_the_asker_frames_a_description_changes_nothing(kb, framing):
    # A story's marker, the asker's role, a forum's meta, the version, what cannot be attached, how widely
    # (terms.phrase_patterns): their words ("story", "admin", "ce", "policy", "each user", "forum") diluted the description's, and
    # "Long story short: emails stuck in pending send" was refused at 0.29.
    bare = kb.classify("emails stuck in pending send")
    framed = kb.classify(framing.format("emails stuck in pending send"))
    assert bare.rule_id == "email-pending-send"
    assert (framed.rule_id, framed.confidence) == (bare.rule_id, bare.confidence)


@pytest.mark.parametrize("text", ["Outlook cannot connect to your outgoing (SMTP) e-mail server.",
                                  "Gmail blocked a sign-in attempt to your account from a less secure app.",
                                  "A message you sent could not be delivered to one or more of your recipients."])
def test_a_program_telling_its_user_of_their_things_names_no_rule(kb, text):
    # "your" mid-sentence, and no "I", "my" or "our": a program's message (symptoms.tells_of_the_readers_things), read as
    # a symptom only on strong evidence.  The first named the unsupported-configuration guide at 0.38.
    assert kb.classify(text).rule_id is None


@pytest.mark.parametrize("text", ["the mailbox flips back to disabled", "the mailbox reverts to disabled",
                                  "the same mailbox went back to disabled after test and enable"])
def test_a_mailbox_back_in_its_disabled_state_is_disabled_again(kb, text):
    # "back to" a state is that state again (terms.phrase_patterns): the first two named no rule.
    assert kb.classify(text).rule_id == "mailbox-repeatedly-disabled"


@pytest.mark.parametrize("text, rule_id", [
    ("Rate limit is exceeded. Try again in 26 seconds.", None),
    ("Too many requests. The rate limit has been exceeded.", None),
    ("The message rate limit has been exceeded.", "exchange-online-limits"),
    ("Exceeded the recipient rate limit.", "exchange-online-limits"),
    ("are there rate limits for server-side sync with exchange online?", "exchange-online-limits")])
def test_a_bare_rate_limit_is_any_services_throttling(kb, text, rule_id):
    # Exchange's limits are the message rate and the recipient rate; a bare "rate limit" is read as a limit only
    # (terms.phrase_patterns).  The first named the Exchange Online limits guide at 0.90.
    assert kb.classify(text).rule_id == rule_id


@pytest.mark.parametrize("text, terms", [("the log says the mailbox is disabled", ["mailbox", "disabl"]),
                                         ("in the logs: mailbox disabled", ["mailbox", "disabl"]),
                                         ("user never logs in", ["user", "never", "sign"]),
                                         ("I can't log on to Dynamics", ["sign", "dynamics"])])
def test_a_log_is_where_the_asker_saw_it_not_signing_in(text, terms):
    # "log" was read as "sign" everywhere: "the log says..." asked about signing in.
    from syncdoctor.terms import search_terms
    assert search_terms(text) == terms


@pytest.mark.parametrize("text, terms", [("couldn't be determined", ["determin"]), ("shouldn't be disabled", ["disabl"]),
                                         ("a user whose mailbox moved", ["user", "mailbox", "moved"]),
                                         ("the largest email", ["large", "email"]), ("the biggest email", ["large", "email"])])
def test_contractions_and_superlatives_read_as_their_plain_words(text, terms):
    # "couldn't" and "whose" were search terms of their own (as "could not" and "who" are not); "largest" was no "large".
    from syncdoctor.terms import search_terms
    assert search_terms(text) == terms


def test_the_way_mail_goes_is_no_search_term():
    # "through" counted as a word of the problem: "emails sent through Dataverse" leaned to the rules whose
    # texts say "mail flow through server-side synchronization".
    from syncdoctor.terms import search_terms
    assert search_terms("emails sent through the connector") == search_terms("emails sent thru the connector") \
        == search_terms("emails sent the connector")
    # Nor is "between": "the difference between a queue and a team mailbox" is no question about errors.
    assert search_terms("the difference between a queue and a team mailbox") == ["differenc", "queu", "mailbox"]
    # Nor the other prepositions and conjunctions no rule uses ("during", "despite", "however"): as words no rule
    # uses they weighed as the rarest words of the domain.
    assert search_terms("mailboxes moved during a migration despite the warning, however") \
        == search_terms("mailboxes moved a migration the warning")
    # Nor a modal: "may" was a term of the rules whose texts say what may happen.
    assert search_terms("the password may have expired") == search_terms("the password might have expired") \
        == search_terms("the password have expired")


@pytest.mark.parametrize("framing", ["my users get {}", "we keep getting this on our queue: {}"])
@pytest.mark.parametrize("alert", ["Appointments can't be synchronized because the Organizer field is read-only.",
                                   "The mailbox location could not be determined while synchronizing appointments"])
def test_an_alert_no_rule_covers_is_no_description_for_what_a_person_puts_before_it(kb, framing, alert):
    # Alone, each is made of the alerts' phrases and read as an alert; "my users get" before it made the phrases a
    # smaller share of the text, and the rule whose words it shares was named as if a person had described it.
    assert kb.classify(framing.format(alert)).rule_id is None


@pytest.mark.parametrize("text, rule_id", [
    ("Test and Enable keeps failing for a Gmail-based queue mailbox. Any ideas?", "gmail-sync-failure"),
    ("what counts as a permanent error that disables a mailbox immediately?", "mailbox-repeatedly-disabled")])
def test_words_that_only_join_a_description_say_nothing(kb, text, rule_id):
    # "-based", "counts as", "immediately" were search terms (terms.FUNCTION_WORDS, STORY_WORDS, phrase_patterns): both were
    # refused, at 0.34 and 0.27.
    assert kb.classify(text).rule_id == rule_id


@pytest.mark.parametrize("text, rule_id", [
    ("ugh, emails just sit there in pending send. nothing goes out. restarted browser, no difference", "email-pending-send"),
    ("using gmail with server-side sync: receiving fails, credentials are definitely correct", "gmail-sync-failure")])
def test_a_remedy_done_and_the_askers_certainty_say_nothing(kb, text, rule_id):
    # "restarted browser", "no difference", "definitely" were search terms no rule uses: both were refused.
    assert kb.classify(text).rule_id == rule_id


def test_a_number_in_words_says_no_more_than_one_in_digits(kb):
    # "twenty new users" weighed as the rarest word no rule uses; "20 new users" says nothing (symptoms._search_text).
    from syncdoctor.match.symptoms import SymptomIndex, search_symptoms
    index: SymptomIndex = kb.classifier.symptoms
    in_words = search_symptoms(index, "twenty mailboxes keep getting disabled").scores
    in_digits = search_symptoms(index, "20 mailboxes keep getting disabled").scores
    assert in_words == in_digits


@pytest.mark.parametrize("british, american", [
    ("appointments stopped syncing after we customised the appointment form",
     "appointments stopped syncing after we customized the appointment form"),
    ("mailbox syncs with another organisation", "mailbox syncs with another organization"),
    ("service account not authorised for impersonation", "service account not authorized for impersonation")])
def test_british_spelling_reads_as_the_american(kb, british, american):
    # "customised" was a word no rule uses (the rules say "customizing"); "premises", "promise", "enterprise" stay.
    from syncdoctor.terms import search_terms
    assert search_terms(british) == search_terms(american)
    assert kb.classify(british) == kb.classify(american)
    assert search_terms("Exchange on premises") == ["exchange", "onprem"]


@pytest.mark.parametrize("said, plainly", [
    ("Dynamics can't talk to our Exchange server", "Dynamics can't connect to our Exchange server"),
    ("the Organizer field isn't present on the form", "the Organizer field missing on the form")])
def test_everyday_ways_of_saying_a_rules_word_read_as_that_word(said, plainly):
    from syncdoctor.terms import search_terms
    assert search_terms(said) == search_terms(plainly)


def test_how_many_is_no_search_term(kb):
    # "several" was read as "sever", a word no rule uses that weighs as the rarest.
    from syncdoctor.terms import search_terms
    assert search_terms("several mailboxes disabled") == search_terms("multiple mailboxes disabled") == \
        search_terms("mailboxes disabled")


@pytest.mark.parametrize("text", [
    "Our new hires can't receive emails in CRM, their mailboxes say the email address isn't approved.",
    "Several mailboxes were disabled for receiving because their addresses still need approval."])
def test_mailboxes_not_approved_for_sending_or_receiving_name_the_general_approval_rule(kb, text):
    # The rule's summary said "disabled" but not for what: the Microsoft 365 approval rule, whose summary says "send or
    # receive", fit as well or better without any of its own words (a global administrator, Microsoft 365).
    assert kb.classify(text).rule_id == "email-address-not-approved"


def test_a_mailing_is_email(kb):
    from syncdoctor.terms import search_terms
    assert search_terms("mass mailing over the sending limits") == search_terms("mass email over the sending limits")


def test_what_comes_out_of_the_box_is_no_subject(kb):
    # "out-of-the-box" left "box" as a word no rule uses, and "quick" another: the question was refused at 0.33.
    assert kb.classify("Need a quick overview of which mailboxes are failing to sync, any out-of-the-box monitoring?") \
        .rule_id == "sss-monitoring-dashboard"


def test_everyday_verbs_around_a_description_say_nothing(kb):
    # "works for a while", "went disabled": words no rule uses that a person wraps a problem in (terms.EVERYDAY_WORDS).
    # The first was refused at 0.22.
    assert kb.classify("The shared mailbox disables itself a few times a week; we re-enable it and it works for a "
                       "while.").rule_id == "mailbox-repeatedly-disabled"


def test_the_web_client_is_the_product_not_another_subject(kb):
    # "web" was a word of one rule only (the failures dashboard's "legacy web client"): the description was refused at 0.28.
    assert kb.classify("emails composed in the web client never leave Dynamics, the status just says pending send") \
        .rule_id == "email-pending-send"


def test_mailboxes_pending_approval_are_no_email_pending_send(kb):
    # "pending approval" waits for an approval (terms.phrase_patterns): it named the pending-send rule at 0.42.
    match = kb.classify("where is the approve email button for a mailbox, all new mailboxes are stuck because of "
                        "pending approval")
    assert match.rule_id != "email-pending-send"
    assert kb.classify("email address approval pending, so the mailbox is disabled").rule_id == "email-address-not-approved"


def test_a_person_who_reports_what_the_system_told_them_still_describes_a_symptom(kb):
    # "it says check your ...": the system's "your", told by a person.
    assert kb.classify("the mailbox was disabled, it says check your email server profile credentials").rule_id == \
        "profile-credentials-invalid"


def test_a_system_or_global_admin_asking_is_still_a_clue(kb):
    # Who may approve an address is what the two approval rules tell apart: that role is no framing.
    assert kb.classify("As a global admin I can't approve the email address").rule_id == \
        "email-address-requires-m365-approval"


def test_a_success_after_the_askers_doubt_is_still_a_success(kb):
    # "Not sure if this is the right forum, but" goes whole: its "but" left alone made the success a trouble.
    message = "The appointment was tracked in Dynamics 365."
    framed = kb.classify("Not sure if this is the right forum, but " + message)
    assert (framed.rule_id, framed.confidence) == (kb.classify(message).rule_id, kb.classify(message).confidence)


def test_a_services_message_after_the_askers_role_is_still_a_services(kb):
    # Without the framing the service's "We ... your" starts the text (symptoms.in_service_voice reads the phrased
    # text too); else removing the framing named the receiving alert at 0.62.
    assert kb.classify("As a new CRM admin, We couldn't establish a secure connection to your email server.") \
        .rule_id is None


def _service_log(lines: int) -> str:
    return "".join(f"2026-03-02 09:{k % 60:02d}:{k % 60:02d} INFO [SSS] Mailbox {k} processed: 3 items received, "
                   f"0 errors.\n" for k in range(lines))


@pytest.mark.parametrize("before, after", [(200, 0), (200, 100), (300, 0), (250, 5)])
def test_an_alert_deep_in_a_long_log_is_found_with_its_values(kb, before, after):
    # Before, only the first 8,000 characters of a paste were matched: a log of a few hundred lines lost its alert.
    alert = RECEIVE.format(m="Kim Lee", p="EXO Prod")
    text = _service_log(before) + "2026-03-02 10:00:00 ERROR [SSS] " + alert + "\n" + _service_log(after)
    match = kb.classify(text)
    assert match.rule_id == "email-receive-secure-connection-error"
    assert match.params == {"mailbox_name": "Kim Lee", "email_server_profile_name": "EXO Prod"}


def test_a_long_log_without_an_alert_is_still_refused_in_bounded_time(kb):
    import time
    started = time.perf_counter()
    assert kb.classify(_service_log(2000)).rule_id is None
    assert kb.classify("the mailbox has been disabled for " * 20000 + "\n" + _service_log(400)).rule_id is None
    assert kb.classify("Content-Transfer-Encoding: base64\n" * 2000).rule_id is None  # no part's blank line anywhere
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("cut_inside", [20, 120, 230])
def test_an_alert_on_the_line_where_a_long_paste_is_cut_is_read_whole(kb, cut_inside):
    # The part of a long paste that is matched ends at a line's end now, not in the middle of the alert's line,
    # whose values (cut short: "EXO P") were taken from the first part.
    line = "Mailbox queue polled, 3 items received and 0 errors in this cycle of the service.\n"
    before = 8_000 - cut_inside
    head = line * (before // len(line))
    head += "x" * (before - len(head) - 1) + "\n"
    match = kb.classify(head + RECEIVE.format(m="Kim Lee", p="EXO Prod") + "\n" + line * 100)
    assert match.params == {"mailbox_name": "Kim Lee", "email_server_profile_name": "EXO Prod"}


@pytest.mark.parametrize("text, values", [
    ('An unknown err0r occurred vvhile sendlng the emaiI rnessage "Status update". Mailbox Claims Desk didn\'t '
     "synchronizc. The owner of the associated email server profile Legacy POP has been notified.",
     {"message_subject": "Status update", "mailbox_name": "Claims Desk", "email_server_profile_name": "Legacy POP"}),
])
def test_an_alert_whose_first_words_are_right_and_next_ones_badly_typed_is_read_from_its_start(kb, text, values):
    # OCR of a screenshot: "err0r", "vvhile", "emaiI".  Before, the first two words ("An unknown") were too weak a run
    # to anchor, the first anchor came late, and the words before it were read as text before the alert.
    match = kb.classify(text)
    assert match.rule_id == "gmail-sync-failure" and match.params == values


@pytest.mark.parametrize("lines", [94, 95, 96, 97])
def test_an_alert_after_many_equal_lines_across_the_cut_of_a_long_paste_is_found(kb, lines):
    # The first part, equal lines only, reads as a paste doubled and is halved: the rest was read on from its half's
    # end, not from where the part was cut, and no further part was read at all.
    line = "Mailbox queue polled, 3 items received and 0 errors in this cycle of the service.\n"
    match = kb.classify(line * lines + RECEIVE.format(m="Kim Lee", p="EXO Prod") + "\n" + line * 20)
    assert match.params == {"mailbox_name": "Kim Lee", "email_server_profile_name": "EXO Prod"}


@pytest.mark.parametrize("before, after", [
    ("[Error] Email Server Error Code: Crm.80044151 | ", ""),
    ("ERROR; Email Server Error Code: X; ", "; Email Server Error Code: Y"),
    ("2026-11-27 10:00:00 ERROR Email Server Error Code: Crm.1 - ", ""),
])
def test_an_error_code_field_before_the_alert_on_its_line_leaves_the_alert_whole(kb, before, after):
    # A log line that joins its fields.  Before, the text was cut at the first code, and only "[Error]" was read.
    match = kb.classify(before + RECEIVE.format(m="Harbor Ops", p="Tailspin EXO") + after)
    assert match.params == {"mailbox_name": "Harbor Ops", "email_server_profile_name": "Tailspin EXO"}


_ANOTHER_ORG = "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox {} is " \
               "configured with another organization."


@pytest.mark.parametrize("lines, rule_id, values", [
    # Copied rows of a dashboard, each cut off: before, no rule (none is whole), or the later, fuller one.
    ([_ANOTHER_ORG.format("Ops"), _ANOTHER_ORG.format("Sales"), _ANOTHER_ORG.format("HR")],
     "mailbox-configured-with-another-org", {"mailbox_name": "Ops"}),
    (["Appointments can't be synchronized because the Organizer", "Email can't be received because the credentials "
      "specified in the associated email server profile are incorrect or have insufficient permissions for"],
     "appointment-organizer-missing", {}),
])
def test_a_list_of_alerts_cut_off_one_a_line_is_read_as_its_first(kb, lines, rule_id, values):
    match = kb.classify("\n".join(lines))
    assert match.rule_id == rule_id and match.params == values


def test_one_alert_wrapped_over_lines_keeps_the_values_of_all_its_lines(kb):
    # Its first line alone is an alert cut off, with fewer values: the whole reading stands.
    match = kb.classify(RECEIVE.format(m="Ops", p="EXO Prod").replace("server. The", "server.\nThe"))
    assert match.params == {"mailbox_name": "Ops", "email_server_profile_name": "EXO Prod"}


@pytest.mark.parametrize("name", ["営業部\u3000東京", "山田\u3000太郎", "サポート\u3000\u3000窓口"])
def test_an_ideographic_space_in_a_name_is_kept_as_written(kb, name):
    # A Japanese input method types the full-width space between a name's parts: it is the name's own, as a
    # letter is.  Before, every run of blanks came back as one plain space: "営業部 東京".
    match = kb.classify(APPROVAL.format(m=name))
    assert match.rule_id == "email-address-requires-m365-approval"
    assert match.params == {"user_name": name}


@pytest.mark.parametrize("written, name", [("Sales\u00a0Queue", "Sales Queue"), ("Sales \u3000Queue", "Sales Queue"),
                                           ("Sales\n\u3000Queue", "Sales Queue"), ("Sales  Queue", "Sales Queue")])
def test_other_blanks_in_a_name_are_one_space(kb, written, name):
    # A page's no-break space, a wrapped line's indent, a doubled space: the layout's, not the name's.
    match = kb.classify(APPROVAL.format(m=written))
    assert match.params == {"user_name": name}



_SENDING_UNDETERMINED = ("The mailbox location could not be determined while sending the email message {s} The mailbox "
                         "Sales has been disabled for sending email and the owner of the associated email server profile "
                         "EXO has been notified.")


@pytest.mark.parametrize("written, subject", [("Q3 report. ⚠️", "Q3 report"), ("Q3 report. 🔥🔥", "Q3 report"),
                                              ('"Q3 report". 👉', "Q3 report"), ("Q3 report? ⚠️", "Q3 report?"),
                                              ("Launch 🚀.", "Launch 🚀"), ("🚀 Launch.", "🚀 Launch"),
                                              ("Q3. Report.", "Q3. Report")])
def test_an_emoji_after_a_sentences_end_is_no_part_of_the_value_before_it(kb, written, subject):
    # "...message Q3 report. ⚠️ The mailbox...": the writer's emoji stands after the full stop, so the sentence and
    # its value ended there.  Before, it came back as the subject's: "Q3 report. ⚠️".  A name's own emoji stands
    # before the full stop ("Launch 🚀.") and stays.
    match = kb.classify(_SENDING_UNDETERMINED.format(s=written))
    assert match.rule_id == "mailbox-location-undetermined"
    assert match.params["message_subject"] == subject


_CUT_AT_A_NAME = ("Email can't be received for the mailbox Kiri Te Whare because the email address of the mailbox Kiri Te "
                  "Whare is not approved and the mailbox has been disabled. The owner of the associated email server "
                  "profile Main Exchange Profile")


@pytest.mark.parametrize("paste", [
    _CUT_AT_A_NAME + "\n\nCan anyone help me figure out what this means for our team?",
    "Hi all,\n\n" + _CUT_AT_A_NAME + "\n\nCan anyone help me figure out what this means for our team? Thanks",
    _CUT_AT_A_NAME + "\n\nAny idea?",
    _CUT_AT_A_NAME + "\n  \nthis started after we moved to the new tenant",
    "Hi, we get this:\n```\n" + _CUT_AT_A_NAME + "\n```\nAny idea?",
    "Any idea?\n\n> ```text\n> " + _CUT_AT_A_NAME + "\n> ```",
    "We see this:\n{code}\n" + _CUT_AT_A_NAME + "\n{code}",
])
def test_a_paragraph_or_a_code_block_ends_an_alert_cut_at_a_name(kb, paste):
    # An alert cut short (as a dashboard's column cuts it) right after a name, and the asker's words in a paragraph of
    # their own, or the code block's closing fence.  Before, the paste was refused (the words after the cut seemed to
    # go on otherwise than the alert does), or the name ran on: "Main Exchange Profile ``` Any idea?".
    match = kb.classify(paste)
    assert match.rule_id == "email-address-not-approved"
    assert match.params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}


@pytest.mark.parametrize("paste", [_CUT_AT_A_NAME + "\n\nAny idea?", _CUT_AT_A_NAME + "\n\nCan anyone explain this?",
                                   "We see this:\n```\n" + _CUT_AT_A_NAME + "\n```\nAny idea?"])
def test_a_short_question_after_an_alert_cut_at_a_name_leaves_it_sure(kb, paste):
    # A question in a paragraph of its own is the asker's, so its words are no part of the name: before, the right
    # name came with 50 % ("Main Exchange Profile Any idea" read as a value that is the rest of the text).
    match = kb.classify(paste)
    assert match.rule_id == "email-address-not-approved" and match.confidence >= 0.95
    assert match.params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}


@pytest.mark.parametrize("question", ["Any idea?\n", "What does this mean?\n\n"])
def test_a_question_over_an_alert_cut_at_a_name_leaves_it_sure(kb, question):
    # The question's words on a line (or in a paragraph) of their own above a piece that starts with a name are no part
    # of it: before, "Any idea Kiri Te Whare" was read as an open name, and the piece named at 50 %.
    piece = ("Kiri Te Whare because the email address of the mailbox Kiri Te Whare is not approved and the mailbox has "
             "been disabled. The owner of the associated email server profile Main Exchange Profile has been notified.")
    match = kb.classify(question + piece)
    assert match.rule_id == "email-address-not-approved" and match.confidence >= 0.95
    assert match.params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}


@pytest.mark.parametrize("question", ["\n\nWhat does this mean?", "\n\nWhat does it mean, and how do we fix it?",
                                      "\n\nIs this been fixed in a later release?", "\nWhat does this mean?",
                                      "\nAny idea?", "\n\n\nWhat does this mean?\nThanks, Kim"])
def test_a_question_after_an_alert_is_read_apart_even_when_its_words_look_like_the_alerts(kb, question):
    # "mean" is a typo away from the alert's "been": before, the profile came back as "Main Exchange Profile What does
    # this", the question's words read into the name; on a line of its own, "Any idea?" too.
    match = kb.classify(_CUT_AT_A_NAME + question)
    assert match.rule_id == "email-address-not-approved" and match.confidence >= 0.95
    assert match.params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}


_CUT_AFTER_DIDNT = ('The mailbox location could not be determined while sending the email message "Welcome aboard!". '
                    "Mailbox Sales (EMEA) didn't")


@pytest.mark.parametrize("after", ["\n\nAny idea?", "\tMailbox\tActive", "\n\nWhat does it mean?"])
def test_an_alert_cut_after_the_word_that_follows_a_name_keeps_that_word_out_of_it(kb, after):
    # Read as the other wording of the rule, the name ran on: "Sales (EMEA) didn't".
    match = kb.classify(_CUT_AFTER_DIDNT + after)
    assert match.rule_id == "mailbox-location-undetermined"
    assert match.params == {"message_subject": "Welcome aboard!", "mailbox_name": "Sales (EMEA)"}


@pytest.mark.parametrize("greeting", ["Hello team,\n", "Hi all,\n\n", "Good morning!\n"])
def test_a_question_under_an_alert_after_a_greeting_is_read_apart(kb, greeting):
    # Before, with a greeting over it, a cut alert and a question under it were refused.
    match = kb.classify(greeting + _CUT_AT_A_NAME + "\nHow do I fix this?\n\nThanks,\nKim")
    assert match.rule_id == "email-address-not-approved"
    assert match.params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}


def test_a_wrapped_alert_whose_last_line_asks_nothing_is_read_whole(kb):
    # A line wrapped out of the alert is no question: only a last line with a question mark is set apart.
    text = _CUT_AT_A_NAME.replace(" server profile Main Exchange", " server profile Main\nExchange")
    assert kb.classify(text).params["email_server_profile_name"] == "Main Exchange Profile"
    assert kb.classify("Email can't be received for the mailbox Ops because\nthe license is invalid.\nAny idea?").rule_id \
        is None


def test_a_statement_in_a_paragraph_after_a_cut_alert_still_weighs_against_it(kb):
    # Only a question is set apart as the asker's: a double-spaced paste of an alert no rule covers, with its own
    # reason in the next paragraph, is still refused.
    text = "Email can't be received for the mailbox Ops because\n\nthe license is invalid.\n\nAny idea?"
    assert kb.classify(text).rule_id is None


def test_an_alert_cut_short_and_a_remark_in_its_own_paragraph_is_read_as_the_alert(kb):
    cut = ("Email can't be received for the mailbox Kiri Te Whare because the email address of the mailbox Kiri Te "
           "Whare is not approved and the mailbox has been disab")
    match = kb.classify(cut + "...\n\nthis started after we moved tenants, can anyone help me understand it?")
    assert match.rule_id == "email-address-not-approved" and match.params == {"mailbox_name": "Kiri Te Whare"}


_CUT_LOCATION = ('The mailbox location could not be determined while receiving the email message "RE: PO 4471". Mailbox '
                 "Team 7 - Intake didn't synchronize. The owner of the assoc")


@pytest.mark.parametrize("aside", [" (this started after we moved to the new tenant)", "... (started after the move!)",
                                   " [seen on all our sandbox orgs since Monday]", " (this started after we moved t",
                                   " (any idea what changed?)."])
def test_an_alert_cut_short_and_an_aside_in_brackets_after_it_is_read_as_the_alert(kb, aside):
    # Before, the words in brackets seemed to be the alert going on otherwise than it does, and it was refused.
    for blank in (" ", "\u00a0"):  # a page's no-break spaces for every blank, too
        match = kb.classify((_CUT_LOCATION + aside).replace(" ", blank))
        assert match.rule_id == "mailbox-location-undetermined"
        assert match.params == {"message_subject": "RE: PO 4471", "mailbox_name": "Team 7 - Intake"}


def test_an_aside_in_brackets_does_not_make_an_alert_no_rule_covers_a_documented_one(kb):
    text = ('An unexpected error occurred while sending the email message "Invoice 7". Mailbox Ops didn\'t synchronize. '
            "The owner of the assoc (this started after we moved to the new tenant)")
    assert kb.classify(text).rule_id is None


_CUT_APPROVAL = "Email cannot be sent because the email address of the mailbox Zoë Van Dyke requires an approval by an Offic"


@pytest.mark.parametrize("paste", [
    "Error\t11/24/2026 9:12 AM\t" + _CUT_APPROVAL + "\tMailbox\tActive",
    "Severity\tDescription\tRegarding\nError\t" + _CUT_APPROVAL + "\tZoë Van Dyke",
])
def test_an_alert_cut_short_in_a_grid_cell_is_read_as_the_alert(kb, paste):
    # A grid's row copied with its other cells: the words of the cells after the cut seemed to go on otherwise than
    # the alert does, and the paste was refused.  Each cell is read alone.
    match = kb.classify(paste)
    assert match.rule_id == "email-address-requires-m365-approval"
    assert match.params == {"mailbox_name": "Zoë Van Dyke"}


def test_a_value_the_paste_ends_with_ends_at_its_grid_cell(kb):
    # Before: "Main Exchange Profile Mailbox Active".
    row = ("Error\t11/24/2026 9:12 AM\tEmail can't be received for the mailbox Kiri Te Whare because the email address of "
           "the mailbox Kiri Te Whare is not approved and the mailbox has been disabled. The owner of the associated "
           "email server profile Main Exchange Profile\tMailbox\tActive")
    assert kb.classify(row).params == {"mailbox_name": "Kiri Te Whare", "email_server_profile_name": "Main Exchange Profile"}
    # Tabs for every blank are blanks, not cells: the name keeps its words.
    tabbed = row.split("\t")[2].replace(" ", "\t")
    assert kb.classify(tabbed).params["email_server_profile_name"] == "Main Exchange Profile"


def test_tabs_for_some_blanks_part_no_cells_of_an_alert_no_rule_covers(kb):
    # A sentence with tabs for its first blanks is no grid row: read apart, "error occurred while sending the email
    # message..." would be the documented alert's piece, without the "unexpected" that makes this another alert.
    text = ('An\tunexpected\terror\toccurred while sending the email message "Invoice 7". Mailbox Ops didn\'t '
            "synchronize. The owner of the associated email server profile EXO has been notified.")
    assert kb.classify(text).rule_id is None


def test_a_short_alert_cut_short_in_a_grid_cell_is_read_as_the_alert(kb):
    # Seven words of the cell start as the wording does: too few for a line that holds a whole alert, enough for one cut.
    row = "Error\t05/14/2026 07:21\tAppointments can't be synchronized because the Organizer\tMailbox\tActive"
    assert kb.classify(row).rule_id == "appointment-organizer-missing"
