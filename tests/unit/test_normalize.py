from __future__ import annotations

import base64

import pytest

from syncdoctor.clean import clean_text
from syncdoctor.normalize import match_words, normalize
from syncdoctor.terms import search_terms


def test_html_is_decoded_and_tags_dropped():
    assert clean_text("<p>Email can&#39;t <b>be</b> sent</p>").strip() == "Email can't be sent"


def test_unknown_angle_brackets_are_kept():
    assert "<Mailbox Name>" in clean_text("for the mailbox <Mailbox Name> because")


def test_contractions_and_quotes_fold_together():
    assert normalize("can\u2019t").words == normalize("cannot").words == normalize("can not").words == ["can", "not"]


def test_log_prefix_and_trailers_are_cut():
    message = normalize("2026-05-14T07:21:09Z ERROR [sync] Mailbox gone.\nEmail Server Error Code: X1\nDetails: trace")
    assert message.words == ["mailbox", "gone"]
    assert message.error_code == "X1"


def test_tokens_point_back_into_the_clean_text():
    message = normalize("<i>for the mailbox</i> Zoë & Co")
    assert [message.clean[t.start:t.end] for t in message.tokens][-2:] == ["Zoë", "Co"]


def test_huge_input_is_matched_on_its_start_only():
    message = normalize("word " * 1_000_000)
    assert len(message.tokens) <= 2000


def test_search_terms_fold_synonyms_and_stems():
    assert search_terms("Mailboxes keep getting disabled over and over") == search_terms("mailbox repeatedly disabled") + ["repeat"] or \
        set(search_terms("Mailboxes keep getting disabled over and over")) >= {"mailbox", "repeat", "disabl"}


def test_json_escapes_are_decoded_when_the_text_shows_them():
    logged = '{"message": "Email can\\u0027t be received for the mailbox \\u00c5ngstr\\u00f6m Lab \\"EU\\"\\n"}'
    assert "Email can't be received for the mailbox Ångström Lab \"EU\"\n" in clean_text(logged)


def test_a_backslash_name_is_kept_when_nothing_else_is_escaped():
    assert "CONTOSO\\nadia" in clean_text("for the mailbox CONTOSO\\nadia because")


def test_a_hard_fold_is_joined_even_inside_words():
    text = "The owner of the email server profile Contoso Ex" + "\r\n" + \
           "change Online has been notified. The mailbox Tea" + "\r\n" + "m Because was disabled."
    assert clean_text(text) == text.replace("\r\n", "")


def test_word_wrapped_lines_are_not_joined():
    wrapped = "The owner of the email server profile Contoso\nExchange Online has been notified. The mailbox\nSales was disabled."
    assert clean_text(wrapped) == wrapped


def test_html_encoded_twice_is_decoded_twice():
    assert clean_text("for the mailbox o&amp;#39;brien &amp;amp; co") == "for the mailbox o'brien & co"


@pytest.mark.parametrize("name", ["Sales&notes", "Billing &copy Team", "x&lt3", "Tom&amp", "AT&T&reg"])
def test_an_ampersand_in_a_name_is_no_entity_without_its_semicolon(name):
    # A page's source writes "&copy;"; a name such as "Sales&notes" is no "Sales¬es".
    assert clean_text(f"the mailbox {name} & the mailbox &lt;Ops&gt; &copy; R&amp;D") == \
        f"the mailbox {name} & the mailbox <Ops> © R&D"


def test_utf8_shown_as_windows_1252_is_repaired():
    assert clean_text("Email can\u00e2\u20ac\u2122t reach Jos\u00c3\u00a9 \u00e2\u20ac\u0153Q3\u00e2\u20ac\u009d") == \
        "Email can\u2019t reach Jos\u00e9 \u201cQ3\u201d"


def test_a_closing_quote_a_strict_decoder_could_not_show_is_repaired():
    # "”" ends in byte 0x9D, which Windows-1252 lacks: a strict decoder leaves a replacement character.
    assert clean_text("the email message \u00e2\u20ac\u0153Invoice 1042\u00e2\u20ac\ufffd. Mailbox") == \
        "the email message \u201cInvoice 1042\u201d. Mailbox"


@pytest.mark.parametrize("text", ["Email can\u2019t reach Zo\u00eb Berg \u201cQ3\u201d", "Caf\u00e9 \u2014 Z\u00fcrich \u2026"])
def test_utf8_shown_as_windows_1252_twice_over_is_repaired(text):
    # Read wrongly, saved, read wrongly again ("ZoÃƒÂ«", "canÃ¢â‚¬â„¢t"): before, one repair left "ZoÃ«" in a value.
    twice = text.encode("utf-8").decode("cp1252", "replace").encode("utf-8").decode("cp1252", "replace")
    assert clean_text(twice) == text


@pytest.mark.parametrize("code_page", ["cp437", "cp850"])
@pytest.mark.parametrize("text", ["Email can\u2019t reach Zo\u00eb \u00c5ngstr\u00f6m \u201cQ3\u201d",
                                  "Caf\u00e9 \u2014 Z\u00fcrich \u2026 \u0130stanbul \u0142\u0105 \U0001f600"])
def test_utf8_shown_in_a_consoles_code_page_is_repaired(code_page, text):
    # A log typed in cmd or PowerShell ("Zo\u251c\u00bd", "can\u0393\u00c7\u00d6t"): before, values kept the box characters; and
    # the curly quotes' "\u00c7\u00a3" was read as Windows-1252's UTF-8 for "\u01e3".
    assert clean_text(text.encode("utf-8").decode(code_page)) == text


@pytest.mark.parametrize("text", ["\u2554\u2550\u2550\u2557 \u2560\u2550\u2550\u2563 \u250c\u2500\u2500\u2510 \u251c\u2500\u2500\u2524",
                                  "Ma\u00df\u00e4nderung Stra\u00dfe \u00c7\u00e1 \u00d4\u00e9 \u03b1\u03b2\u0393",
                                  "Jos\u00e9 \u00c3 \u00e2 \u251c \u0393", "Ahmet K\u0131l\u0131\u00e7 V\u00ed\u00f0\u00e1ttan"])
def test_text_that_only_looks_like_a_misread_code_page_stays_as_written(text):
    # A box drawn in a console's code page ends in a run that spells UTF-8 ("\u2550\u2557"); so do Turkish and
    # Icelandic words in code page 850 ("\u0131\u00e7", "\u00f0\u00e1"), and German, Greek and accents next to each
    # other do not.
    assert clean_text(text) == text


@pytest.mark.parametrize("charset", ["utf-8", "cp1252"])
def test_a_mails_part_in_base64_is_read_as_its_text(charset):
    # A saved mail's source (".eml", "Show original"): before, its base64 was read as one long word.
    text = "Email can\u2019t be received for the mailbox Zo\u00eb Berg."
    encoded = base64.encodebytes(text.encode(charset)).decode().replace("\n", "\r\n")
    source = f"Subject: alert\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n{encoded}"
    assert text in clean_text(source)


def test_base64_that_is_not_whole_stays_as_written():
    source = "Content-Transfer-Encoding: base64\n\nRW1haWwgY2FuJ3Q\n"  # 15 characters: no multiple of four
    assert clean_text(source) == source


def test_a_spreadsheet_cells_escaped_line_breaks_are_line_breaks():
    # How some readers of an exported workbook give a cell's line breaks.
    assert clean_text("has been notified._x000D_\nEmail Server Error Code: X_x0009_Y") == \
        "has been notified.\r\nEmail Server Error Code: X\tY"
    assert clean_text("mailbox _x_ and _xD800_ stay") == "mailbox _x_ and _xD800_ stay"  # no character, or half of one


def test_latin_text_that_is_not_mojibake_is_kept():
    assert clean_text("\u00c5ngstr\u00f6m na\u00efve Fran\u00e7ois \u00c3 la carte") == \
        "\u00c5ngstr\u00f6m na\u00efve Fran\u00e7ois \u00c3 la carte"


def test_contractions_typed_without_the_apostrophe():
    assert normalize("Mailbox Ops didnt synchronize").words == normalize("Mailbox Ops didn't synchronize").words


def test_folding_twice_changes_nothing_for_letters_that_fold_oddly():
    # "İ" case-folds to "i" plus a combining dot, "⒈" is "1." under NFKC, "ͺ" folds to nothing.
    for text in ["İstanbul", "⒈ Zoë⒈", "x ͺ y", "tÄ°a"]:
        once = normalize(text).words
        assert "" not in once and normalize(" ".join(once)).words == once


def test_a_viewers_line_numbers_are_taken_off():
    assert clean_text("  9 | Email can't be\n 10 | received for Ops\n\n 11 | in time.") == (
        "Email can't be\nreceived for Ops\n\nin time.")


@pytest.mark.parametrize("text", ["     7\tEmail can't be\n     8\treceived for Ops", "  7  Email can't be\n  8  received for Ops"])
def test_numbers_that_count_up_by_one_with_a_blank_after_them_are_a_viewers_too(text):
    # cat -n and nl write a tab after the number; some viewers two spaces.
    assert clean_text(text) == "Email can't be\nreceived for Ops"


@pytest.mark.parametrize("text", ["12: the only numbered line", "1 | numbered\nnot numbered", "10:11:12 a\nb",
                                  "2016  Exchange servers\n2019  Exchange servers", "3\tmailboxes\n12\tqueues"])
def test_lines_that_are_not_all_numbered_are_kept(text):
    assert clean_text(text) == text


def test_a_time_stamp_in_front_of_every_line_of_a_log_is_taken_off():
    text = ("2026-11-02 10:00:00 ERROR [SSS] Email can't be received for the mailbox\n"
            "2026-11-02 10:00:01 ERROR [SSS] Kai Müller because an error occurred")
    assert clean_text(text) == "Email can't be received for the mailbox\nKai Müller because an error occurred"


@pytest.mark.parametrize("stamp", ["<11>Nov  3 10:00:03 crmhost AsyncService[4242]: ", "Fri Nov 20 10:00:03 2026 ",
                                   "20 Nov 2026 10:00:03 ", "November 20, 2026 10:00 AM ",
                                   "2026-11-20 10:00:03,123 [5] WARN Microsoft.Crm.Sss - "])
def test_syslog_and_month_named_stamps_and_a_loggers_name_are_taken_off_every_line(stamp):
    # Before, syslog's "Nov 3 10:00:03 host program[pid]:" and dates with the month's name were no log prefix.
    text = f"{stamp}Email can't be received for the mailbox\n{stamp}Kai M\u00fcller because an error occurred"
    assert clean_text(text) == "Email can't be received for the mailbox\nKai M\u00fcller because an error occurred"


def test_a_word_that_reads_as_a_level_after_a_logs_stamp_is_kept():
    # Before, the line "...ERROR [SSS] error occurred while" lost "error", read as a second level.
    text = ("2026-11-20 10:00:01 ERROR [SSS] Email can't be received for the mailbox Ops because an\n"
            "2026-11-20 10:00:01 ERROR [SSS] error occurred while establishing")
    assert clean_text(text) == "Email can't be received for the mailbox Ops because an\nerror occurred while establishing"


def test_a_months_name_before_no_time_nor_year_is_no_date():
    assert normalize("May 5 mailboxes can't receive email").words[:2] == ["may", "5"]


@pytest.mark.parametrize("text", ["ERROR Email can't be received\nERROR for the mailbox Ops",
                                  "10:00 Email can't be received\nfor the mailbox Ops"])
def test_lines_not_all_behind_a_time_stamp_are_kept(text):
    # A level alone is no time stamp; one stamped line may be followed by the message's own lines.
    assert clean_text(text) == text


@pytest.mark.parametrize("one, other", [("address", "addresses"), ("status", "statuses"), ("policy", "policies"),
                                        ("activity", "activities"), ("150 MB", "150MB")])
def test_a_word_and_its_plural_or_a_size_with_and_without_space_are_one_term(one, other):
    assert search_terms(one) == search_terms(other)


def test_a_json_log_line_shown_as_html_is_decoded_once():
    assert clean_text('{&quot;message&quot;: &quot;Subject \\&quot;Hi\\&quot; for CONTOSO\\\\nadia&quot;}') == (
        '{"message": "Subject "Hi" for CONTOSO\\nadia"}')


def test_a_possessive_is_the_word_itself():
    assert search_terms("the CEO's calendar and the attendee's meeting") == search_terms(
        "the CEO calendar and the attendee meeting")


@pytest.mark.parametrize("raw, clean", [
    ("Email%20can%27t%20be%20received%20for%20the%20mailbox%20%C3%85lesund%20Kontor.", "Email can't be received for the mailbox Ålesund Kontor."),
    ("Email+can%27t+be+received+for+the+mailbox+Ops.", "Email can't be received for the mailbox Ops."),
    ("The mailbox 100% Club has been disabled.", "The mailbox 100% Club has been disabled."),  # a space: not a URL
    ("Mailbox%20%FF%FE%20x", "Mailbox%20%FF%FE%20x"),  # not UTF-8: left as written
    ("sales%2Beu%40contoso.com", "sales%2Beu%40contoso.com"),  # neither %20 nor a form's +
])
def test_text_copied_out_of_a_url_is_decoded(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize("raw, clean", [
    ("Email_cant_be_received_for_the_mailbox_Sales_because_an_error_occurred.",
     "Email cant be received for the mailbox Sales because an error occurred."),
    ("  The_mailbox_has_been_disabled_for_receiving_email.\n", "The mailbox has been disabled for receiving email."),
    ("The mailbox svc_crm_sync_prod_eu_west has been disabled.", "The mailbox svc_crm_sync_prod_eu_west has been disabled."),
    ("svc_crm_sync_prod", "svc_crm_sync_prod"),  # too few words for a sentence: an identifier
    ("MAILBOX_DISABLED_FOR_INCOMING_EMAIL_SYNC", "MAILBOX_DISABLED_FOR_INCOMING_EMAIL_SYNC"),  # a constant's name
])
def test_a_text_with_every_blank_written_as_an_underscore_is_read_with_blanks(raw, clean):
    # A file's or a report's name made of an alert.  Before, it was one word, and no rule fit.
    assert clean_text(raw).strip() == clean


@pytest.mark.parametrize("raw", [
    "\x1b[31mERROR\x1b[0m Email can't be received for the mailbox \x1b[1;33mSales Queue\x1b[0m because...",
    "\x1b]0;tail -f sync.log\x07ERROR Email can't be received for the mailbox Sales Queue\x1b[K because...",
    "\x1b]8;;https://crm.example/mbx\x1b\\ERROR\x1b]8;;\x1b\\ Email can't be received for the mailbox Sales Queue because...",
])
def test_a_terminals_colour_and_title_codes_are_no_text(raw):
    # A coloured log copied or piped out of a terminal.  Before, only the escape character went, and "[31m" and
    # "[0m" stayed in the text, even in the name: "Sales Queue [0m".
    assert clean_text(raw) == "ERROR Email can't be received for the mailbox Sales Queue because..."


def _format_list(value: str, width: int, trim: bool = False) -> str:
    """What PowerShell's Format-List prints: the value cut at the console width, carried on at its column."""
    room = width - len("Description : ")
    pieces = [value[k:k + room] for k in range(0, len(value), room)]
    lines = ["Severity    : Error", "Description : " + pieces[0], *(" " * 14 + piece for piece in pieces[1:])]
    return "\n".join(line.rstrip() if trim else line for line in lines)


@pytest.mark.parametrize("trim", [False, True])
def test_a_value_cut_by_powershell_format_list_is_joined_again(trim):
    alert = ("Email can't be received for the mailbox it-helpdesk@fourthcoffee.example because an error occurred "
             "while establishing a secure connection to the email server.")
    cleaned = clean_text(_format_list(alert, 80, trim))  # a terminal may trim the spaces a cut line ends with
    assert cleaned == "Severity    : Error\nDescription : " + alert


def test_word_wrapped_lines_indented_like_a_list_are_read_both_ways(kb):
    # Two lines of the widest length by chance: joined as a cut, they glue words ("errorocurred"); the
    # classifier reads the lines apart as well and keeps the better reading.
    text = ("Severity : Error\nMessage  : Email can't be received for the mailbox Sales Queue because an error\n"
            "           occurred while establishing a secure connection to the email server.\n"
            "           The mailbox has been disabled for receiving email and the owner of\n"
            "           the email server profile Contoso EXO has been notified.")
    assert clean_text(text) != clean_text(text, join_folds=False)
    match = kb.classify(text)
    assert match.params == {"mailbox_name": "Sales Queue", "email_server_profile_name": "Contoso EXO"}


def test_a_hard_fold_whose_trailing_spaces_a_terminal_trimmed_is_joined_with_them():
    alert = ("Email can't be received for the mailbox Rooms & Resources because an error occurred while establishing "
             "a secure connection to the email server. The mailbox has been disabled for receiving email and the owner "
             "of the email server profile Legacy POP3 (2012) has been notified.")
    folded = "\n".join(alert[k:k + 51].rstrip() for k in range(0, len(alert), 51))  # "(2012) " lost its space
    assert clean_text(folded) == alert


def test_quote_marks_of_a_reply_are_no_part_of_a_fold(kb):
    # Three lines of one width by chance, and a shorter first one: read as a fold whose first line lost
    # a space, the next line's "> " used to end up inside the mailbox's name.
    text = ("> Email can't be receivsed for the mailbox Support-Desk (NA)\n"
            "> because an error occurred while establishing a secure connection\n"
            "> to the email servlr. The mailbox has been disabled for receiving\n"
            "> email and the owner of the email server profile Default has bene\n> notified.")
    assert kb.classify(text).params == {"mailbox_name": "Support-Desk (NA)", "email_server_profile_name": "Default"}


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u02bc", "\u2032", "\u00b4"])
def test_apostrophes_of_every_kind_spell_a_contraction_out(apostrophe):
    assert match_words(f"can{apostrophe}t") == ["can", "not"]


@pytest.mark.parametrize("mark", ["\u2068", "\u2069", "\u200e", "\u200f", "\u2060", "\u00ad", "\u202a", "\u202c",
                                  "\u200b", "\u200c", "\u200d", "\ufeff"])
def test_invisible_marks_a_web_page_puts_around_a_name_are_dropped(mark):
    # Web apps wrap user names in bidi isolates ("\u2068Dana\u2069"); soft hyphens, zero-width spaces and
    # joiners sit inside words, where a page may break a long one.  None of them is a letter the user typed,
    # nor a space they see.
    assert clean_text(f"mailbox {mark}Dana{mark} Lee because") == "mailbox Dana Lee because"
    assert normalize(f"Ex{mark}change").words == ["exchange"]


def test_a_zero_width_space_inside_a_name_is_not_in_the_value(kb):
    text = ("Email can't be received for the mailbox Billing & Co\u200bllections because an error occurred while "
            "establishing a secure connection to the email server. The mailbox has been disabled for receiving email "
            "and the owner of the email server profile Tailspin (D\u200bMZ) has been notified.")
    assert kb.classify(text).params == {"mailbox_name": "Billing & Collections", "email_server_profile_name": "Tailspin (DMZ)"}


def test_a_json_surrogate_pair_is_one_character():
    import json
    line = json.dumps({"message": "mailbox Zo\u00eb \U0001F680 Team"})
    assert clean_text("copied: " + line) == 'copied: {"message": "mailbox Zo\u00eb \U0001F680 Team"}'
    assert clean_text(line) == "mailbox Zo\u00eb \U0001F680 Team"  # a JSON document pasted whole: its message
    # A lone half of a pair spells no character: left as written.
    assert clean_text('{"message": "mailbox \\ud83d Team"}') == '{"message": "mailbox \\ud83d Team"}'


@pytest.mark.parametrize("raw, clean", [
    # Copied out of a mail's source: UTF-8 bytes as "=XX", lines cut at 76 with a "=" at the end.
    ("Email can=E2=80=99t be received for the mailbox Jos=C3=A9 because", "Email can\u2019t be received for the mailbox Jos\u00e9 because"),
    ("Email can't be received for the mailbox Ops because the email address of th=\ne mailbox is not approved.",
     "Email can't be received for the mailbox Ops because the email address of the mailbox is not approved."),
    ("profile a=3Db has been notified=\r\n.", "profile a=b has been notified."),
    # No sign of quoted-printable: an "=" and hex digits in a name stay as written.
    ("The mailbox Room=A1 has been disabled.", "The mailbox Room=A1 has been disabled."),
    ("Mailbox x=\n" + "y" * 90, "Mailbox x=\n" + "y" * 90),  # a line longer than quoted-printable allows
])
def test_quoted_printable_text_is_decoded(raw, clean):
    assert clean_text(raw) == clean


def test_a_json_string_inside_a_json_document_is_decoded_twice():
    import json
    inner = json.dumps({"message": 'mailbox Chlo\u00e9 "A" \U0001F680'})
    assert clean_text("copied: " + json.dumps({"log": inner})) == 'copied: {"log": "{"message": "mailbox Chlo\u00e9 "A" \U0001F680"}"}'
    assert clean_text(json.dumps({"log": inner})) == 'mailbox Chlo\u00e9 "A" \U0001F680'  # pasted whole: its message's message
    # Escaped once, a name's own backslash stays.
    assert clean_text(json.dumps({"message": "mailbox CONTOSO\\nadia"})) == "mailbox CONTOSO\\nadia"
    assert clean_text("copied: " + json.dumps({"message": "mailbox CONTOSO\\nadia"})) == \
        'copied: {"message": "mailbox CONTOSO\\nadia"}'


def test_cyrillic_or_greek_look_alikes_inside_latin_words_are_read_as_latin():
    # "Emаil" with a Cyrillic "а", "сan't" with a Cyrillic "с": pasted or typed in place of Latin letters.
    assert normalize("Em\u0430il \u0441an't b\u0435 received").words == ["email", "can", "not", "be", "received"]
    # A word all in one script is a word of that script.
    assert normalize("\u0418\u0432\u0430\u043d \u03a9mega").words == ["\u0438\u0432\u0430\u043d", "\u03c9mega"]
