"""Triage: counts equal the truth, every row is counted, any export format, fast and flat."""
from __future__ import annotations

import codecs
import csv
import html
import io
import json
import random
import re
import textwrap
import time
import tracemalloc
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from syncdoctor import xlsx
from syncdoctor.errors import InputError
from syncdoctor.render import render_triage
from syncdoctor.triage import triage

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "triage"
TRUTH = json.loads((SAMPLE / "mailbox-alerts.truth.json").read_text())
ALERT = ("Email can't be received for the mailbox {m} because an error occurred while establishing a secure connection "
         "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
         "profile P1 has been notified.")


def run(kb, data: bytes, column=None, **options):
    return triage(kb, io.BytesIO(data), "test", column, **options)


def sample_rows() -> list[list[str]]:
    with open(SAMPLE / "mailbox-alerts.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_counts_per_rule_equal_the_truth(kb):
    report = run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes())
    assert {g.rule_id: g.count for g in report.groups.values()} == TRUTH["rules"]
    assert (report.total, report.unmatched, report.empty) == (TRUTH["total"], TRUTH["unmatched"], TRUTH["empty"])
    assert report.total == report.matched + report.unmatched + report.empty


def test_columns_dates_and_mailboxes_are_used(kb):
    report = run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes())
    assert report.columns == {"message": "Text", "date": "Created On", "mailbox": "Regarding"}
    group = report.groups["gmail-sync-failure"]
    assert group.first_seen.year == 2026 and group.first_seen <= group.last_seen
    assert report.days and sum(report.days.values()) == report.matched


def test_same_text_is_classified_once(kb):
    data = ("Text\n" + "\n".join([json.dumps(ALERT.format(m="Ops"))] * 500) + "\n").encode()
    report = run(kb, data)
    assert report.matched == 500 and report.classified == 1


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),
    lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    lambda text: text.encode("cp1252", errors="replace"),
    lambda text: text.replace(",", "\t").encode("utf-16"),  # Excel's "Unicode text"
    lambda text: text.encode("utf-16-le"),  # UTF-16 without a byte-order mark (a script's output); before: read as UTF-8
    lambda text: text.encode("utf-16-be"),
])
def test_excel_encodings_are_read(kb, encode):
    text = 'Regarding,Text\r\nOps,"' + ALERT.format(m="Ops").replace(",", ";") + '"\r\n'
    report = run(kb, encode(text))
    assert report.matched == 1 and list(report.groups) == ["email-receive-secure-connection-error"]


def test_json_lines_are_read(kb):
    lines = [{"message": ALERT.format(m="A"), "createdon": "2026-11-03T10:00:00Z", "regarding": "A"},
             {"message": "hello"}, {"text": ALERT.format(m="B")}, {"nothing": 1}]
    report = run(kb, "\n".join(json.dumps(x) for x in lines).encode())
    assert (report.total, report.matched, report.unmatched, report.empty) == (4, 2, 1, 1)


@pytest.mark.parametrize("keys", [("msg", "ts", "level"), ("@m", "@t", "@l"), ("RenderedMessage", "Timestamp", "Level")])
def test_a_json_log_is_read_by_its_message_and_time_and_its_other_lines_are_skipped(kb, keys):
    # pino, Go and bunyan write "msg" and "ts"; Serilog's compact JSON "@m", "@t" and "@l".  Before, every row of
    # such a log was empty: no alert was found.
    message, when, level = keys
    lines = [{when: "2026-11-20T10:00:00Z", level: "Information", message: "polled the mailbox queue, 3 items"},
             {when: "2026-11-21T10:00:00Z", level: "Error", message: ALERT.format(m="Ops")},
             {when: "2026-11-22T10:00:00Z", level: "Information", message: "polled the mailbox queue, 0 items"}]
    report = run(kb, "\n".join(json.dumps(x) for x in lines).encode())
    assert (report.total, report.matched, report.unmatched, report.other_lines) == (1, 1, 0, 2)
    assert report.to_json()["groups"][0]["first_seen"].startswith("2026-11-21")


def test_a_json_row_with_no_known_message_key_is_read_by_its_longest_text_or_the_named_one(kb):
    lines = [{"kind": "sync", "event_text": ALERT.format(m="Ops"), "note": "x"}, {"kind": "sync", "note": ALERT.format(m="HR")}]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    assert run(kb, data).matched == 2
    named = run(kb, data, "event_text")
    assert (named.matched, named.empty, named.columns["message"]) == (1, 1, "event_text")


_FORMATTED = "@OData.Community.Display.V1.FormattedValue"


@pytest.mark.parametrize("document", [
    lambda rows: {"@odata.context": "https://org.crm.dynamics.com/api/data/v9.2/$metadata#activitypointers", "value": rows},
    lambda rows: rows,
])
@pytest.mark.parametrize("indent", [2, None])  # pretty-printed, or on one line
def test_a_json_document_of_alerts_is_read_row_by_row(kb, document, indent):
    # A Web API answer or a flow's "List rows" output, saved as it comes (pretty-printed).  Before, each of its
    # lines was read as an alert of its own: 18 rows, 16 of them "no rule fits", and no dates.
    rows = [{"@odata.etag": 'W/"1"', "description": ALERT.format(m="A"), "createdon": "2026-11-27T10:00:00Z",
             "_regardingobjectid_value": "3fa1c2e4-0b7d-4d0e-9a1f-5c2b8e7d9a10", "_regardingobjectid_value" + _FORMATTED: "Front Desk"},
            {"description": ALERT.format(m="B"), "createdon": "2026-11-28T09:00:00Z"}]
    report = run(kb, json.dumps(document(rows), indent=indent).encode())
    assert (report.total, report.matched, report.unmatched) == (2, 2, 0)
    group = report.groups["email-receive-secure-connection-error"]
    assert "Front Desk" in group.mailboxes and "3fa1c2e4-0b7d-4d0e-9a1f-5c2b8e7d9a10" not in group.mailboxes
    assert report.to_json()["groups"][0]["first_seen"].startswith("2026-11-27")


@pytest.mark.parametrize("data", [b"[" * 100_000 + b"]" * 100_000, b'{"message": "x"}\n' + b"[" * 100_000 + b"\n"])
def test_json_nested_too_deep_gives_a_report(kb, data):
    # Before: an internal error, RecursionError.
    assert run(kb, data).total >= 1


def test_text_that_only_starts_like_json_is_read_line_by_line(kb):
    report = run(kb, ("{ broken\n" + ALERT.format(m="A") + "\n").encode())
    assert report.matched == 1


def test_plain_text_blocks_are_read(kb):
    text = ALERT.format(m="A").replace(" because", "\nbecause") + "\n\n\n" + ALERT.format(m="B") + "\n\nhello\n"
    report = run(kb, text.encode())
    assert (report.total, report.matched, report.unmatched) == (3, 2, 1)


def test_no_message_column_names_the_columns_found(kb):
    with pytest.raises(InputError) as caught:
        run(kb, b"Owner,When,Severity\nOps,today,high\n")
    assert "no message column (Text" in str(caught.value)  # (before: "no a message column")
    assert "'Owner', 'When', 'Severity'" in str(caught.value) and caught.value.exit_code == 2


def test_column_option_picks_the_column(kb):
    data = ("Owner,Body Text\nOps," + json.dumps(ALERT.format(m="Ops")) + "\n").encode()
    assert run(kb, data, column="Body Text").matched == 1
    with pytest.raises(InputError, match="no column 'Nope' among"):
        run(kb, data, column="Nope")


def _table(header: list[str], rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def test_a_header_in_another_language_finds_the_message_and_date_by_their_cells(kb):
    # A German export ("Beschreibung", "Erstellt am"): before, "no message column" and exit 2.
    rows = [[ALERT.format(m=f"Box {k}"), f"2{k}.11.2026 10:00", f"Box {k}"] for k in range(4)]
    report = run(kb, _table(["Beschreibung", "Erstellt am", "Bezug"], rows, ";"))
    assert report.columns["message"] == "Beschreibung" and report.columns["date"] == "Erstellt am"
    assert report.matched == 4 and report.to_json()["groups"][0]["first_seen"] == "2026-11-20T10:00:00"


def test_a_tables_rows_with_a_level_that_are_no_alert_are_other_lines(kb):
    # Event Viewer's CSV holds every event of its log: before, each that is no alert was "an alert no rule covers".
    rows = [["Error", "11/20/2026 10:00:00 AM", "MSCRMAsyncService", ALERT.format(m="Ops")],
            ["Information", "11/20/2026 10:01:00 AM", "MSCRMAsyncService", "The service polled 12 mailboxes."],
            ["Error", "11/20/2026 10:02:00 AM", "MSCRMAsyncService",
             "An unexpected error occurred while receiving email. Mailbox Ops didn't synchronize. The owner of the "
             "associated email server profile P1 has been notified."]]
    report = run(kb, _table(["Level", "Date and Time", "Source", "Message"], rows))
    assert (report.matched, report.unmatched, report.other_lines) == (1, 1, 1)  # an alert no rule covers still counts
    assert run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes()).other_lines == 0  # its "Alert Type" is no level


@pytest.mark.parametrize("level", ["log.level", "severityLevel"])
def test_a_json_rows_level_under_other_names_marks_a_logs_line(kb, level):
    # Elastic's common schema ("log.level") and Application Insights ("severityLevel").
    lines = [{"message": "polled 12 mailboxes", level: "info"}, {"message": ALERT.format(m="Ops"), level: "error"}]
    report = run(kb, "\n".join(json.dumps(x) for x in lines).encode())
    assert (report.matched, report.unmatched, report.other_lines) == (1, 0, 1)


def test_a_date_column_of_another_name_is_found_by_its_cells(kb):
    # Log Analytics' export: "TimeGenerated [UTC]" and "11/20/2026, 10:30:00.000 AM".  Before, no first or last seen.
    rows = [[f"11/2{k}/2026, 10:30:00.000 AM", ALERT.format(m="Ops")] for k in range(3)]
    report = run(kb, _table(["TimeGenerated [UTC]", "Message"], rows))
    assert report.columns["date"] == "TimeGenerated [UTC]"
    group = report.to_json()["groups"][0]
    assert (group["first_seen"], group["last_seen"]) == ("2026-11-20T10:30:00", "2026-11-22T10:30:00")


def test_a_message_under_no_name_is_found_in_its_column(kb):
    # Event Viewer's CSV names five columns; each row's sixth cell is the message.
    rows = [["Error", f"11/2{k}/2026 10:00:00 AM", "MSCRMAsyncService", "17972", "None", ALERT.format(m="Ops")]
            for k in range(3)]
    report = run(kb, _table(["Level", "Date and Time", "Source", "Event ID", "Task Category"], rows))
    assert (report.matched, report.columns["message"], report.columns["date"]) == (3, "column 6", "Date and Time")


@pytest.mark.parametrize("data", [
    random.Random(7).randbytes(3000),  # random bytes: a tenth are control codes
    bytes(b for k in range(2000) for b in (k % 28, 0)),  # small 16-bit numbers, which look like UTF-16
])
def test_binary_data_is_refused(kb, data):
    # Before, its bytes were read as Windows-1252 text and reported as an alert no rule covers.
    with pytest.raises(InputError, match="binary"):
        run(kb, data)


def test_a_utf16_mark_before_bytes_that_are_no_utf16_gives_a_report(kb):
    # Before: an internal error (UnicodeDecodeError) from the file's odd last byte.
    report = run(kb, codecs.BOM_UTF16_LE + b"\x00\x00garbage")
    assert report.matched == 0


@pytest.mark.parametrize("export", ['Regarding,Text\nOps,"{}"\n', "{}\n"])  # a cell; a first line read as a header
def test_a_cell_larger_than_pythons_csv_limit_is_read(kb, export):
    # Before: an internal error, "field larger than field limit (131072)".  The alert is read, the rest cut.
    default = csv.field_size_limit(131_072)  # Python's own limit, whatever an earlier test left
    try:
        report = run(kb, export.format(ALERT.format(m="Ops") + " " + "x" * 300_000).encode())
    finally:
        csv.field_size_limit(default)
    assert report.total == 1 and report.matched == 1


@pytest.mark.parametrize("row", ["x" * 3_000_000, "<html><body>" * 10_000, "a@" * 50_000])
def test_a_huge_row_no_rule_covers_is_grouped_in_bounded_time(kb, row):
    # Before: the unknown alert's shape was read with a pattern that backtracked over the whole of one long
    # word, 12 s for 120 kB and minutes for 3 MB.
    started = time.perf_counter()
    report = run(kb, json.dumps({"message": row}).encode())
    assert report.unmatched == 1 and time.perf_counter() - started < 5


def test_ragged_rows_empty_cells_and_empty_files_give_a_report(kb):
    data = ('Regarding,Created On,Text\nOps\nOps,,\n,,"' + ALERT.format(m="X") + '",extra,cells\n').encode()
    report = run(kb, data)
    assert (report.total, report.empty, report.matched) == (3, 2, 1)
    empty = run(kb, b"")
    assert empty.total == 0 and "0" in render_triage(kb, empty, "markdown")


def test_html_report_is_self_contained_with_charts(kb):
    html = render_triage(kb, run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes()), "html")
    assert html.count("<svg") == 2 and "<script" not in html and "<link" not in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_the_html_report_sets_each_name_apart_so_a_right_to_left_one_does_not_reorder_its_count(kb):
    # "قسم المبيعات (2)": the count's brackets would be drawn on the wrong side of an Arabic name without isolation.
    text = "\n".join(ALERT.format(m=name) for name in ("قسم المبيعات", "قسم المبيعات", "Ops"))
    html = render_triage(kb, run(kb, text.encode()), "html")
    assert "<bdi>قسم المبيعات</bdi> (2)" in html and "<bdi>Ops</bdi> (1)" in html and "<bdi>P1</bdi> (3)" in html


def test_json_report_shape(kb):
    data = json.loads(render_triage(kb, run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes()), "json"))
    assert {"total", "matched", "unmatched", "groups", "unmatched_groups"} <= set(data)
    assert set(data["groups"][0]) == {"rule_id", "count", "mailboxes", "profiles", "first_seen", "last_seen", "disables"}
    assert sum(u["count"] for u in data["unmatched_groups"]) == data["unmatched"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_reports_steps_name_a_groups_one_profile_and_never_show_a_placeholder(kb, fmt):
    # Before, the markdown report's steps read "open **{email_server_profile_name}**".
    text = "\n".join(ALERT.replace("P1", profile).format(m=name) for name, profile in
                     [("Ops", "Contoso EXO"), ("HR", "Contoso EXO"), ("Ops", "Contoso EXO")])
    report = run(kb, text.encode())
    page = render_triage(kb, report, fmt)
    assert "{email_server_profile_name}" not in page and "{mailbox_name}" not in page
    assert ("Contoso EXO (3)" if fmt == "markdown" else "<bdi>Contoso EXO</bdi> (3)") in page
    assert report.to_json()["groups"][0]["profiles"] == ["Contoso EXO"]
    assert ("open **Contoso EXO**" if fmt == "markdown" else '<span class="value" dir="auto">Contoso EXO</span>') in page
    mixed = render_triage(kb, run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes()), fmt)
    assert "{email_server_profile_name}" not in mixed and "the email server profile" in mixed


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_summary_counts_one_of_a_thing_in_the_singular(kb, fmt):
    # Before: "1 alerts, 1 mailboxes affected, 1 distinct known problems, 1 alerts no rule covers".
    one = ALERT.format(m="Ops") + "\n\nEmail can't be received because the license is invalid for the mailbox HR."
    page = " ".join(html.unescape(re.sub(r"<[^>]+>", "", render_triage(kb, run(kb, one.encode()), fmt)))
                    .replace("*", "").split())
    assert "2 alerts, 1 mailbox affected, 1 distinct known problem, 1 alert " in page
    page = " ".join(render_triage(kb, run(kb, ALERT.format(m="Ops").encode()), "markdown").replace("*", "").split())
    assert "1 alert, 1 mailbox affected, 1 distinct known problem, 0 alerts no rule covers" in page


def big_export(rows: int) -> bytes:
    base = sample_rows()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(base[0])
    for number in range(rows):
        row = list(base[1 + number % (len(base) - 1)])
        # Other names, as real exports have, and the same alert again for a mailbox now and then:
        # 50,000 rows hold about 8,000 distinct texts.
        row[0] = f"{row[0]} {number % 19}"
        row[3] = row[3].replace(row[0].rsplit(" ", 1)[0], row[0], 2)
        writer.writerow(row)
    return out.getvalue().encode()


def test_fifty_thousand_rows_in_under_twenty_seconds(kb):
    data = big_export(50_000)
    started = time.perf_counter()
    report = run(kb, data)
    assert report.total == 50_000
    assert time.perf_counter() - started < 20


def test_memory_stays_flat_as_rows_grow(kb):
    peaks = []
    for rows in (800, 3_200):  # a small cache, so that both runs go past it
        data = big_export(rows)
        tracemalloc.start()
        run(kb, data, cache_size=200)
        peaks.append(tracemalloc.get_traced_memory()[1] - len(data))
        tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5, peaks


def test_plain_text_with_one_alert_a_line_is_read_alert_by_alert(kb):
    # Before, lines without a blank line between were one block, and only its first alert was counted.
    text = "\n".join(ALERT.format(m=name) for name in ("Ops", "Sales", "HR")) + "\n"
    report = run(kb, text.encode())
    assert (report.total, report.matched) == (3, 3)
    assert report.groups["email-receive-secure-connection-error"].mailboxes == {"Ops": 1, "Sales": 1, "HR": 1}


def test_a_logs_records_are_read_one_by_one_with_their_dates(kb):
    lines = []
    for day, name in enumerate(("Ops", "Sales"), start=1):
        lines += [f"2026-11-0{day} 10:00:00 INFO [SSS] polling the mailbox {name}",
                  f"2026-11-0{day} 10:00:01 ERROR [SSS] {ALERT.format(m=name)}", "   at Contoso.Sync.Poll()"]
    report = run(kb, "\n".join(lines).encode())
    group = report.groups["email-receive-secure-connection-error"]
    assert group.count == 2 and (group.first_seen.day, group.last_seen.day) == (1, 2)


@pytest.mark.parametrize("wrap", [lambda text: textwrap.fill(text, 70), lambda text: text.replace("server. The", "server.\nThe")])
def test_one_alert_wrapped_over_lines_is_still_one_alert(kb, wrap):
    report = run(kb, wrap(ALERT.format(m="Ops")).encode())
    assert (report.total, report.matched) == (1, 1)


def test_alerts_wrapped_over_lines_with_no_blank_line_between_are_read_alert_by_alert(kb):
    # The second sentence of each ("The mailbox has been disabled...") starts as an alert does, on a line of its own.
    text = "\n".join(ALERT.format(m=name).replace("server. The", "server.\nThe") for name in ("Ops", "Sales"))
    report = run(kb, text.encode())
    assert (report.total, report.matched) == (2, 2)
    assert report.groups["email-receive-secure-connection-error"].mailboxes == {"Ops": 1, "Sales": 1}


@pytest.mark.parametrize("wrap", [lambda text: text, lambda text: text.replace("server. The", "server.\nThe")])
def test_an_alert_with_its_error_code_line_and_trace_under_it_is_one_alert(kb, wrap):
    # As the product's mail or a copied dialog shows it.  Before, the error-code line was counted apart, as an alert
    # no rule covers.
    block = (wrap(ALERT.format(m="Ops")) + "\nEmail Server Error Code: Exchange server returned ErrorServerBusy.\n"
             "Details: The server cannot service this request right now. Try again later.")
    report = run(kb, block.encode())
    assert (report.total, report.matched, report.unmatched, report.other_lines) == (1, 1, 0, 0)
    listed = "\n".join(ALERT.format(m=name) + "\nEmail Server Error Code: ErrorServerBusy" for name in ("Ops", "HR"))
    report = run(kb, listed.encode())
    assert (report.total, report.matched, report.unmatched) == (2, 2, 0)


@pytest.mark.parametrize("between", [" ", "", " | "])
def test_alerts_one_after_another_on_one_line_are_each_counted_with_the_lines_date(kb, between):
    # A page's text or a program that joins a list writes them so.  Before, the line was one alert: the first.
    second = ("Email can't be sent because the credentials specified in the associated email server profile are "
              "incorrect or have insufficient permissions for sending email. The mailbox HR has been disabled for "
              "sending email and the owner of the email server profile SMTP has been notified.")
    lines = [f"2026-11-02 10:00:01 ERROR {ALERT.format(m='Ops')}{between}{second}{between}{ALERT.format(m='Sales')}",
             f"2026-11-03 10:00:01 ERROR {ALERT.format(m='HR')}", f"2026-11-04 10:00:01 ERROR {ALERT.format(m='HR')} "
             + second[:90]]  # a whole alert, then one cut short
    report = run(kb, "\n".join(lines).encode())
    assert (report.total, report.matched, report.unmatched) == (6, 6, 0)
    assert report.groups["email-receive-secure-connection-error"].mailboxes == {"Ops": 1, "Sales": 1, "HR": 2}
    credentials = report.groups["profile-credentials-invalid"]
    assert credentials.count == 2 and (credentials.first_seen.day, credentials.last_seen.day) == (2, 4)


def test_alerts_cut_short_one_after_another_on_one_line_are_each_counted(kb):
    # A dashboard's rows pasted into a field of one line.  Before, the line was one alert no rule covers; then, once
    # the first was read, one alert: the others were lost.
    cut = ("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox {} is "
           "configured with another organization.")
    line = " ".join(cut.format(name) for name in ("Ops", "HR", "Ops"))
    report = run(kb, f"2026-11-02 10:00:01 ERROR {line}\n".encode())
    assert (report.total, report.matched, report.unmatched) == (3, 3, 0)
    assert report.groups["mailbox-configured-with-another-org"].mailboxes == {"Ops": 2, "HR": 1}


def test_a_short_alert_no_rule_covers_in_a_log_is_counted_as_one(kb):
    # One sentence of the product's ("Email can't be received because..."), too short to read as an alert by its
    # words alone (decide._states_an_alert): before, it was skipped as a line that is no alert.  A person's line that
    # starts so stays skipped.
    lines = ["2026-11-02 10:00:00 INFO polling mailbox Ops",
             "2026-11-02 10:00:01 ERROR Email can't be received because the license is invalid for the mailbox HR.",
             "2026-11-02 10:00:02 WARN Email can't be sent from my mailbox since Monday",
             "2026-11-02 10:00:03 ERROR " + ALERT.format(m="Ops")]
    report = run(kb, "\n".join(lines).encode())
    assert (report.total, report.matched, report.unmatched, report.other_lines) == (2, 1, 1, 2)


def test_an_alert_no_rule_covers_that_names_a_mailbox_failing_in_a_log_is_counted_as_one(kb):
    # Before, it was skipped as a line that is no alert, and the report did not show it.
    lines = ["2026-11-02 10:00:00 INFO polling mailbox Ops",
             "2026-11-02 10:00:01 ERROR The mailbox Finance couldn't be tested because the profile is disabled.",
             "2026-11-02 10:00:02 ERROR The mailbox database is temporarily unavailable."]
    report = run(kb, "\n".join(lines).encode())
    assert (report.total, report.unmatched, report.other_lines) == (1, 1, 2)


def test_a_coloured_log_out_of_a_terminal_is_read_without_its_colour_codes(kb):
    # Before, "[31m" and "[0m" stayed in the text and the alert was one no rule covers.
    line = "\x1b[32m2026-11-26 10:00:00\x1b[0m \x1b[31mERROR\x1b[0m " + ALERT.format(m="\x1b[1mSales Queue\x1b[0m")
    report = run(kb, line.encode())
    assert (report.total, report.matched) == (1, 1)
    assert report.groups["email-receive-secure-connection-error"].mailboxes == {"Sales Queue": 1}


def test_an_alert_with_words_after_it_on_its_line_is_one_alert(kb):
    report = run(kb, (ALERT.format(m="Ops") + " Thanks, Dana").encode())
    assert (report.total, report.matched) == (1, 1)


def test_a_long_log_without_blank_lines_is_read_to_its_end_in_flat_memory(kb):
    # Before, the whole file was one block held in memory, and only its first 32,000 characters were read: an alert
    # further down was lost.
    noise = "".join(f"2026-11-27 10:00:00 INFO [SSS] mailbox {k} polled, nothing new\n" for k in range(3_000))
    peaks = []
    for copies in (1, 4):
        data = (noise * copies + "2026-11-27 11:00:00 ERROR " + ALERT.format(m="Ops") + "\n").encode()
        tracemalloc.start()
        report = run(kb, data, cache_size=50)
        peaks.append(tracemalloc.get_traced_memory()[1] - len(data))
        tracemalloc.stop()
        assert report.groups["email-receive-secure-connection-error"].count == 1
    assert peaks[1] < peaks[0] * 1.5, peaks


def test_a_list_of_alerts_cut_short_or_behind_a_name_is_read_alert_by_alert(kb):
    # Not whole alerts (cut by a dashboard's column), or behind a mailbox's name: each line is still one alert.
    alerts = [ALERT.format(m=name) for name in ("Ops", "Sales", "HR")]
    for text in ("\n".join(alert[:90] for alert in alerts), "\n".join(f"Box {k}: {alert}" for k, alert in enumerate(alerts))):
        report = run(kb, text.encode())
        assert (report.total, report.matched) == (3, 3), text


@pytest.mark.parametrize("stamp", ["2026-11-05 09:00:00", "11/05/2026 9:00 AM", "05.11.2026 09:00"])
def test_a_single_log_line_gets_its_date(kb, stamp):
    report = run(kb, f"{stamp} ERROR {ALERT.format(m='Ops')}\n".encode())
    seen = report.groups["email-receive-secure-connection-error"].first_seen
    assert (seen.month, seen.day, seen.hour) == (11, 5, 9)


def test_an_alert_wrapped_after_its_commas_is_no_table_header(kb):
    # Before: "no message column among the columns found: 'Appointments', 'contacts', ..." and exit 2.
    text = ("Appointments, contacts, and tasks can't be synchronized\nbecause the email address of the mailbox Ops is "
            "configured with another organization.\n")
    report = run(kb, text.encode())
    assert list(report.groups) == ["mailbox-configured-with-another-org"]


def test_a_short_alert_on_the_line_after_a_long_one_is_counted_too(kb):
    # The short one added under a third to the block's words, and the block was read as the long alert alone.
    text = ('The mailbox location could not be determined while sending the email message "Renewal". The mailbox Intake '
            "has been disabled for sending email and the owner of the email server profile Legacy POP has been notified."
            "\r\nAppointments can't be synchronized because the Organizer field isn't present.\r\n")
    report = run(kb, text.encode())
    assert {rule: group.count for rule, group in report.groups.items()} == {
        "mailbox-location-undetermined": 1, "appointment-organizer-missing": 1}


def test_rows_with_no_header_whose_first_cell_says_error_are_rows(kb):
    # Before, "Error" was taken for the message column's name, and no alert was found.
    text = "\n".join(f"Error\t{ALERT.format(m=name)}\t11/2{k}/2026" for k, name in enumerate(("Ops", "Sales"))) + "\n"
    report = run(kb, text.encode())
    assert report.groups["email-receive-secure-connection-error"].count == 2


def test_a_logs_alerts_wrapped_with_the_same_stamp_on_each_line_are_one_each(kb):
    lines = [f"2026-11-20 10:00:{k:02d} ERROR [SSS] {piece}" for k, name in enumerate(("Ops", "Sales", "HR"))
             for piece in textwrap.wrap(ALERT.format(m=name), 70)]
    report = run(kb, "\n".join(lines).encode())
    group = report.groups["email-receive-secure-connection-error"]
    assert group.count == 3 and group.mailboxes == {"Ops": 1, "Sales": 1, "HR": 1}


@pytest.mark.parametrize("width", [50, 60, 70, 80])
def test_a_logs_wrapped_alert_is_one_even_where_a_line_of_it_starts_as_an_alert_or_with_error(kb, width):
    # Before, at a width of 60 one alert was counted twice: its line "error occurred while..." had a stamp of its own
    # (the word "error" read as a level), and "The mailbox has been disabled..." starts as another alert does.
    # And a line "appointments, contacts, and tasks for the mailbox" of the first, wrapped so, starts as one too.
    first = ("The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox Ops "
             "because an error occurred while establishing a secure connection to the Exchange server. The owner of the "
             "email server profile P1 has been notified.")
    lines = [f"2026-11-20 10:00:{k:02d} ERROR [SSS] {piece}" for k, alert in enumerate((first, ALERT.format(m="Sales")))
             for piece in textwrap.wrap(alert, width)]
    report = run(kb, "\n".join(lines).encode())
    assert {rule: group.count for rule, group in report.groups.items()} == \
        {"act-sync-disabled-secure-connection": 1, "email-receive-secure-connection-error": 1}


_LOG_LINES = {
    "syslog": lambda k, level, text: f"Nov {k % 28 + 1:2d} 10:{k % 60:02d}:{k % 57:02d} crmhost AsyncService[4242]: {level} {text}",
    "log4net": lambda k, level, text: f"2026-11-{k % 28 + 1:02d} 10:{k % 60:02d}:{k % 57:02d},{k:03d} [{k % 8}] {level} "
                                      f"Microsoft.Crm.Sss - {text}",
    "logfmt": lambda k, level, text: f'ts=2026-11-{k % 28 + 1:02d}T10:{k % 60:02d}:{k % 57:02d}Z level={level.lower()} '
                                     f'msg="{text}"',
    "bare": lambda k, level, text: text,
}


@pytest.mark.parametrize("layout", list(_LOG_LINES))
def test_every_line_of_a_log_is_counted_as_an_alert_or_another_line(kb, layout):
    # 600 lines (two blocks of what is read at once), an alert after each hundred, on the same second as the line
    # before it.  Before: syslog's lines had no date, so an alert's record ran on to the next alert and its lines
    # were lost (70 of 400 counted); an alert after a logger's name was not looked for past 20 lines, so the block
    # was read as that one alert; logfmt's alert took the line before it; and bare lines with a comma were taken
    # for a table's header ("no message column").
    line = _LOG_LINES[layout]
    lines = []
    for k in range(600):
        lines.append(line(k, "INFO", f"mailbox box{k} polled, {k % 13} items received in {k * 7 % 1000} ms"))
        if k % 100 == 42:
            lines.append(line(k, "ERROR", ALERT.format(m=f"Box {k}")))
    report = run(kb, "\n".join(lines).encode())
    assert (report.matched, report.unmatched, report.other_lines) == (6, 0, 600)
    assert report.groups["email-receive-secure-connection-error"].count == 6


def test_one_wrapped_alert_among_a_logs_undated_lines_is_one_alert_and_the_lines_are_counted(kb):
    # Before, the block was read as that one alert and its six other lines were lost.  The alert's last word, on a
    # line of its own, stays the alert's; a line that tells a rule's problem in words is no alert raised.
    alert = textwrap.wrap(ALERT.format(m="Harbor Ops"), 60)
    alert[-1:] = [alert[-1].removesuffix(" notified."), "notified."]
    lines = ["INFO polling the mailbox queue, 3 items", "DEBUG cycle finished in 82 ms", *alert,
             "WARN the mailbox stopped receiving email", "INFO polling the mailbox queue, 0 items",
             "mailbox box7 polled, 7 items", "INFO done"]
    report = run(kb, "\n".join(lines).encode())
    assert (report.matched, report.unmatched, report.other_lines) == (1, 0, 6)
    assert report.groups["email-receive-secure-connection-error"].mailboxes == {"Harbor Ops": 1}


def test_a_logs_dates_with_the_months_name_are_read(kb):
    lines = [f"{stamp} ERROR {ALERT.format(m='Ops')}" for stamp in ("Fri Nov 20 10:00:03 2026", "21 Nov 2026 09:00:00")]
    lines.append(f"November 22, 2026 1:30 PM ERROR {ALERT.format(m='HR')}")
    group = run(kb, "\n".join(lines).encode()).to_json()["groups"][0]
    assert (group["first_seen"], group["last_seen"]) == ("2026-11-20T10:00:03", "2026-11-22T13:30:00")


@pytest.mark.parametrize("stamp, read", [("Dec 31 23:59:00", datetime(2026, 12, 31, 23, 59)),
                                         ("Jan  2 08:00:00", datetime(2027, 1, 2, 8, 0)),
                                         ("Jan  3 08:00:00", datetime(2027, 1, 3, 8, 0))])
def test_a_syslog_date_with_no_year_is_of_the_past(stamp, read):
    # Syslog writes no year.  Read on 2 January, "Dec 31" was taken as this year's: a date ten months ahead.
    from syncdoctor.dates import DateReader

    assert DateReader(now=datetime(2027, 1, 2, 9, 0)).parse(stamp) == read


def test_a_header_with_a_column_named_no_dot_is_a_header(kb):
    text = f'No.,Text,Created On\n1,"{ALERT.format(m="Ops")}",11/27/2026 10:00 AM\n'
    report = run(kb, text.encode())
    assert report.columns["message"] == "Text" and report.matched == 1


def test_a_logs_lines_that_are_no_alert_are_skipped_not_reported_as_alerts(kb):
    # Before, each "INFO" line was an "alert no rule covers", and a log with no alert was reported as alerts.
    lines = [f"2026-11-0{k} 10:00:00 INFO [SSS] polling the mailbox queue, nothing new" for k in range(1, 4)]
    lines.insert(1, f"2026-11-01 10:00:01 ERROR [SSS] {ALERT.format(m='Ops')}")
    report = run(kb, "\n".join(lines).encode())
    assert (report.total, report.matched, report.unmatched, report.other_lines) == (1, 1, 0, 3)
    assert "3 other lines (no alert) skipped" in render_triage(kb, report, "markdown")
    quiet = run(kb, "\n".join(lines[:1] + lines[2:]).encode())
    assert (quiet.total, quiet.other_lines) == (0, 3) and quiet.to_json()["other_lines"] == 3


def test_an_alert_no_rule_covers_in_a_log_is_still_reported(kb):
    uncovered = ("Email can't be received for the mailbox Ops because the mailbox is full on the email server. The "
                 "owner of the associated email server profile EXO has been notified.")
    lines = ["2026-11-01 10:00:00 INFO [SSS] polling", f"2026-11-01 10:00:01 ERROR [SSS] {uncovered}",
             f"2026-11-01 10:00:02 ERROR [SSS] {ALERT.format(m='Sales')}"]
    report = run(kb, "\n".join(lines).encode())
    assert (report.total, report.matched, report.unmatched, report.other_lines) == (2, 1, 1, 1)


# -- Excel workbooks ----------------------------------------------------------------------------------------------

def test_an_excel_export_is_read_as_its_csv_is(kb):
    # Dynamics 365's "Export to Excel" gives a workbook (written here by openpyxl, see build_workbook.py): before,
    # it was refused as binary data.  Its hidden "(Do Not Modify)" columns come first; "Created On" is a date cell.
    workbook = run(kb, (SAMPLE / "mailbox-alerts.xlsx").read_bytes()).to_json()
    export = run(kb, (SAMPLE / "mailbox-alerts.csv").read_bytes()).to_json()
    assert workbook == export and workbook["total"] == TRUTH["total"]


_SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook(sheet_rows: str, strings: list[str] = (), styles: str | None = None, properties: str = "") -> bytes:
    """A minimal workbook: its first sheet's rows as XML, its shared strings, its styles part, its properties."""
    relations = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "xl/workbook.xml": f'<workbook {_SHEET_NS} {relations}>{properties}<sheets><sheet name="A" sheetId="1" '
                           'r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                      'relationships"><Relationship Id="rId7" Target="worksheets/data.xml" '
                                      'Type="x"/></Relationships>',
        "xl/worksheets/data.xml": f"<worksheet {_SHEET_NS}><sheetData>{sheet_rows}</sheetData></worksheet>",
        "xl/sharedStrings.xml": f"<sst {_SHEET_NS}>" + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
    }
    if styles is not None:
        parts["xl/styles.xml"] = f"<styleSheet {_SHEET_NS}>{styles}</styleSheet>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        for name, text in parts.items():
            book.writestr(name, text)
    return out.getvalue()


def test_a_workbooks_inline_and_rich_strings_custom_dates_and_unnamed_message_are_read(kb):
    alert = html.escape(ALERT.format(m="Ops"))
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Erstellt am</t></is></c></row>'
            f'<row r="2"><c r="B2" t="inlineStr"><is><r><t>{alert[:30]}</t></r><r><t>{alert[30:]}</t></r></is></c>'
            '<c r="C2" s="1"><v>46346.4375</v></c></row>')
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-407]dd.mm.yyyy\\ hh:mm"/></numFmts>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>')
    report = run(kb, _workbook(rows, ["Zeile"], styles))
    assert report.matched == 1 and report.columns == {"message": "column 2", "date": "Erstellt am", "mailbox": None}
    assert report.to_json()["groups"][0]["first_seen"] == "2026-11-20T10:30:00"
    # A workbook that counts dates from 1904 (a Mac's choice): the same day is 1,462 days fewer.
    mac = run(kb, _workbook(rows.replace("46346.4375", "44884.4375"), ["Zeile"], styles, '<workbookPr date1904="1"/>'))
    assert mac.to_json()["groups"][0]["first_seen"] == "2026-11-20T10:30:00"


@pytest.mark.parametrize("data", [
    b"PK\x03\x04 not a zip at all",
    _workbook("<row><c><v>1</v></c></row>")[:-40],  # cut short
    _workbook("<row><c t=\"s\"><v>5</v></c></row>"),  # a shared string that is not there
    _workbook('<row><c r="ZZZZZZZ1"><v>1</v></c></row>'),  # a column past Excel's last
    _workbook("<row><c><v>1</v></row>"),  # broken XML
])
def test_a_damaged_workbook_is_a_one_line_error(kb, data):
    with pytest.raises(InputError) as caught:
        run(kb, data)
    assert "\n" not in str(caught.value) and "Excel workbook" in str(caught.value)


def test_a_workbook_part_too_large_once_unpacked_is_refused(kb, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_PART_BYTES", 1000)
    with pytest.raises(InputError, match="larger than"):
        run(kb, _workbook("<row><c t=\"inlineStr\"><is><t>" + "x" * 5000 + "</t></is></c></row>"))


def test_a_workbook_with_damaged_bytes_gives_a_report_or_a_one_line_error(kb):
    base = (SAMPLE / "mailbox-alerts.xlsx").read_bytes()
    rng = random.Random(7)
    for _ in range(40):
        data = bytearray(base)
        for _ in range(rng.randrange(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            run(kb, bytes(data))
        except InputError as error:
            assert "\n" not in str(error)


RECEIVING = ("Email can't be received because the credentials specified in the associated email server profile are "
             "incorrect or have insufficient permissions for receiving email. The mailbox {m} has been disabled for "
             "receiving email and the owner of the email server profile EWS has been notified.")


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_a_problem_says_what_its_alerts_disabled(kb, fmt):
    # Before, a problem whose alerts all said "can't be received" was said to disable outgoing email too.
    only_receiving = "\n".join(RECEIVING.format(m=name) for name in ("Ops", "HR"))
    both = only_receiving + "\n" + RECEIVING.format(m="Sales").replace("be received", "be sent").replace(
        "receiving", "sending")

    def disables(text: str) -> str:
        page = render_triage(kb, run(kb, text.encode()), fmt)
        if fmt == "json":
            return ", ".join(json.loads(page)["groups"][0]["disables"])
        return next(line for line in page.splitlines() if "incoming email" in line)

    assert "incoming email" in disables(only_receiving) and "outgoing email" not in disables(only_receiving)
    assert "incoming email" in disables(both) and "outgoing email" in disables(both)


def test_the_chart_of_alerts_per_day_writes_its_counts():
    # Before, the columns had no scale: a count showed only in a tooltip.
    from syncdoctor.charts import COUNTED_COLUMNS, column_chart

    few = column_chart([("2026-11-01", 3), ("2026-11-02", 12), ("2026-11-03", 7)], "Alerts per day")
    assert [text for text in ("3", "12", "7") if f'class="value">{text}</text>' in few] == ["3", "12", "7"]
    days = [(f"day {k}", k % 9 + 1) for k in range(COUNTED_COLUMNS + 9)]
    many = column_chart(days, "Alerts per day")
    assert many.count('class="value">') == 1 and 'class="value">9</text>' in many  # the highest: the scale


def test_application_insights_records_are_read_by_their_message_inside(kb):
    # Its telemetry nests the message and the level: {"data": {"baseData": {"message": ..., "severityLevel": ...}}}.
    def record(message: str, level: int) -> str:
        return json.dumps({"name": "Microsoft.ApplicationInsights.Message", "time": "2026-11-28T10:00:00Z",
                           "data": {"baseType": "MessageData", "baseData": {"message": message, "severityLevel": level}}})

    lines = [record(ALERT.format(m="Ops"), 3), record("Poll finished in 212 ms", 1), record(ALERT.format(m="HR"), 3)]
    data = run(kb, "\n".join(lines).encode()).to_json()
    assert data["matched"] == 2 and data["other_lines"] == 1 and data["groups"][0]["mailboxes"] == ["HR", "Ops"]
