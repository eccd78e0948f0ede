from __future__ import annotations

from syncdoctor.normalize import clean_text, normalize, search_terms


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
