from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ALERT = ("Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox "
         "Jonas Berg is configured with another organization.")


class FakeStdin:
    def __init__(self, data: bytes, tty: bool = False):
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_explain_argument(run):
    code, out, err = run("explain", ALERT)
    assert code == 0 and err == ""
    assert out.startswith("Mailbox is set to synchronize with another organization\n")
    assert "mailbox_name: Jonas Berg" in out


def test_explain_reads_stdin_with_dash(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(ALERT.encode()))
    code, out, _ = run("explain", "-")
    assert code == 0 and "mailbox-configured-with-another-org" in out


def test_explain_reads_all_of_stdin_as_one_message(run, monkeypatch):
    wrapped = ALERT.replace(" because ", "\nbecause ").encode()
    monkeypatch.setattr(sys, "stdin", FakeStdin(wrapped))
    code, out, _ = run("explain")
    assert code == 0 and "mailbox-configured-with-another-org" in out


@pytest.mark.parametrize("fmt, marker", [("markdown", "# Mailbox is set"), ("html", "<!doctype html>"),
                                         ("json", '"rule_id": "mailbox-configured-with-another-org"')])
def test_explain_formats(run, fmt, marker):
    code, out, _ = run("explain", "--format", fmt, ALERT)
    assert code == 0 and marker in out


def test_empty_paste_is_a_one_line_error_with_exit_2(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"  \n\t\n"))
    code, out, err = run("explain", "-")
    assert code == 2 and out == ""
    assert err == "syncdoctor: error: the message is empty: paste an alert, or describe the problem in a few words\n"


def test_binary_input_is_refused(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(bytes(range(256)) * 40))
    code, _, err = run("explain", "-")
    assert code == 2 and err.count("\n") == 1 and "binary" in err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_paste_in_utf16_is_read(run, monkeypatch, encoding):
    # Windows' "Unicode" text (Notepad, PowerShell 5's ">"), with or without its byte-order mark.  Before, its zero
    # bytes were taken for binary data and the paste refused.
    monkeypatch.setattr(sys, "stdin", FakeStdin((ALERT + "\r\n").encode(encoding)))
    code, out, err = run("explain", "-")
    assert code == 0 and err == "" and "mailbox-configured-with-another-org" in out and "Jonas" in out


def test_binary_numbers_that_look_like_utf16_are_still_refused(run, monkeypatch):
    # Small 16-bit numbers have a zero byte every other byte, as UTF-16 text has; read so, they are control codes.
    monkeypatch.setattr(sys, "stdin", FakeStdin(bytes(b for k in range(4000) for b in (k % 28, 0))))
    code, _, err = run("explain", "-")
    assert code == 2 and err.count("\n") == 1 and "binary" in err


def test_invalid_utf8_is_answered_with_a_warning(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(ALERT.encode() + b"\xff\xfe"))
    code, out, err = run("explain", "-")
    assert code == 0 and "not valid UTF-8" in err and "mailbox-configured-with-another-org" in out


def test_a_paste_in_windows_1252_is_read_so(run, monkeypatch):
    # A file saved as "ANSI": before, each accented letter and curly quote became "\ufffd" in the values.
    paste = ALERT.replace("Jonas", "Zo\u00eb \u201cJonas\u201d").replace("can't", "can\u2019t")
    monkeypatch.setattr(sys, "stdin", FakeStdin(paste.encode("cp1252")))
    code, out, err = run("explain", "-", "--format", "json")
    assert code == 0 and "read as Windows-1252" in err
    assert json.loads(out)["match"]["params"] == {"mailbox_name": "Zo\u00eb \u201cJonas\u201d Berg"}


@pytest.mark.parametrize("code_page", ["cp850", "cp437"])
def test_a_paste_from_a_windows_console_is_read_in_its_code_page(run, monkeypatch, code_page):
    # A console program's output piped in: before, it was read as Windows-1252, and "Zoë Müller" came out "Zo‰ M" and
    # a control code, then "ller".
    paste = ALERT.replace("Jonas", "Zo\u00eb M\u00fcller")
    monkeypatch.setattr(sys, "stdin", FakeStdin(paste.encode(code_page)))
    code, out, err = run("explain", "-", "--format", "json")
    assert code == 0 and "read as code page 850" in err
    assert json.loads(out)["match"]["params"] == {"mailbox_name": "Zo\u00eb M\u00fcller Berg"}


def test_a_paste_longer_than_what_is_read_says_so(run, monkeypatch):
    # An alert past the first 32,000 characters is not found; before, the answer was a bare "no rule fits".
    paste = "noise " * 6_000 + ALERT
    monkeypatch.setattr(sys, "stdin", FakeStdin(paste.encode()))
    code, out, err = run("explain", "-")
    assert code == 0 and "No rule fits" in out
    assert err == f"syncdoctor: warning: the input is {len(paste):,} characters long; only its first 32,000 are read\n"


def test_nul_bytes_and_huge_pastes_answer_quickly(run, monkeypatch):
    data = (ALERT + "\x00").encode() + b"A" * 5_000_000
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    started = time.monotonic()
    code, out, _ = run("explain", "-")
    assert code == 0 and time.monotonic() - started < 5


def test_pathological_repetition_answers_quickly(run):
    started = time.monotonic()
    code, _, _ = run("explain", "the mailbox " * 20000)
    assert code == 0 and time.monotonic() - started < 5


@pytest.mark.parametrize("paste", ["x" + "\n" * 5_000_000 + "y", "&amp;" * 1_000_000, "\u00c3\u00a9" * 2_500_000,
                                   "\\u00e9" * 800_000, "x" + " \n" * 2_500_000, "Details:\n" * 500_000,
                                   "why" + " 'a" * 1_600_000, "_x000D_" * 700_000])
def test_huge_pastes_of_one_pattern_answer_quickly(run, monkeypatch, paste):
    monkeypatch.setattr(sys, "stdin", FakeStdin(paste.encode()))
    started = time.monotonic()
    code, _, _ = run("explain", "-")
    assert code == 0 and time.monotonic() - started < 5


def test_no_message_on_a_terminal_asks_for_a_paste_and_reads_it(run, monkeypatch):
    # An alert has quotes and apostrophes that a shell argument makes awkward: "syncdoctor explain", then paste.
    # Before, no message on a terminal was a usage error, though the contract reads stdin then.
    monkeypatch.setattr(sys, "stdin", FakeStdin(ALERT.encode() + b"\n", tty=True))
    code, out, err = run("explain")
    assert code == 0 and "mailbox_name: Jonas Berg" in out
    assert err.count("\n") == 1 and "Paste the alert" in err and "Ctrl-" in err


def test_nothing_pasted_on_a_terminal_is_a_usage_error(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"", tty=True))
    code, _, err = run("explain")
    assert code == 2 and "syncdoctor: error: the message is empty" in err


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is a POSIX thing")
def test_a_paste_into_a_real_terminal_ends_at_ctrl_d(tmp_path):
    import os
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "syncdoctor", "explain"], stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(terminal)
    os.write(controller, ALERT.encode() + b"\n\x04")  # the paste, then Ctrl-D on a line of its own
    try:
        out, err = process.communicate(timeout=30)
    finally:
        os.close(controller)
    assert process.returncode == 0, err
    assert b"mailbox_name: Jonas Berg" in out and b"Paste the alert" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's terminal cuts a line at 4,095 bytes")
@pytest.mark.parametrize("extra, warned", [(5000, True), (1000, False)])
def test_a_line_too_long_for_the_terminal_is_warned_of(tmp_path, extra, warned):
    # The terminal itself drops what a pasted line holds past 4,095 bytes: before, nothing said that the text read was
    # not all that was pasted.
    import os
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "syncdoctor", "explain"], stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(terminal)
    line = (ALERT + " " + "x" * extra).encode()
    for start in range(0, len(line), 512):  # as a terminal takes a paste: a piece at a time
        os.write(controller, line[start:start + 512])
    os.write(controller, b"\n\x04")
    try:
        out, err = process.communicate(timeout=30)
    finally:
        os.close(controller)
    assert process.returncode == 0, err
    assert (b"the most a terminal keeps of one line" in err) == warned


def test_unknown_option_is_a_usage_error(run):
    code, _, err = run("explain", "--colour", "x")
    assert code == 2 and err.count("\n") == 1 and err.startswith("syncdoctor: error:")


def test_broken_rules_folder_is_a_one_line_error(run, tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "x.yaml").write_text("id: [\n")
    code, _, err = run("explain", "--rules", str(tmp_path / "r"), ALERT)
    assert code == 1 and err.count("\n") == 1 and "r/x.yaml:" in err


def test_installed_script_runs_as_module_too():
    done = subprocess.run([sys.executable, "-m", "syncdoctor", "explain", ALERT], capture_output=True, text=True)
    assert done.returncode == 0 and "Jonas Berg" in done.stdout


def test_closed_pipe_is_quiet():
    script = f"import sys; sys.argv=['syncdoctor','explain',{ALERT!r}]; from syncdoctor.cli import main; raise SystemExit(main())"
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    _, err = proc.communicate()
    assert b"Traceback" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_a_one_line_error():
    # Before: "internal error: OSError: [Errno 28] No space left on device".
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "syncdoctor", "explain", ALERT], stdout=full, stderr=subprocess.PIPE,
                              text=True)
    assert done.returncode == 1
    assert done.stderr.startswith("syncdoctor: error: ") and "No space left on device" in done.stderr
    assert "internal" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_site_folder_that_cannot_be_made_is_a_one_line_error(run, tmp_path):
    (tmp_path / "file").write_text("")
    code, _, err = run("build-site", "--out", str(tmp_path / "file" / "site"))
    assert code == 1 and err.startswith("syncdoctor: error: cannot write the site") and "internal" not in err


@pytest.mark.parametrize("url", ["notaurl", "javascript:alert(1)", "ftp://help.example.org/", "https://"])
def test_a_sites_address_that_is_no_web_address_is_a_usage_error(run, tmp_path, url):
    # Before, any text was taken: the sitemap listed "notaurl/index.html", which no search engine reads.
    code, _, err = run("build-site", "--out", str(tmp_path / "site"), "--base-url", url)
    assert code == 2 and "--base-url" in err and not (tmp_path / "site").exists()


def test_a_negative_count_of_misses_is_a_usage_error(run):
    code, _, err = run("eval", "tests/corpus/own.jsonl", "--show-misses", "-5")
    assert code == 2 and "--show-misses" in err


def test_no_rule_fits_lists_the_closest_rules_and_how_to_read_one(run):
    code, out, _ = run("explain", "pending send")  # two words: too few to name a rule
    assert code == 0 and out.startswith("No rule fits this message.")
    assert "To read one: syncdoctor explain --rule email-pending-send" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_one_rules_page_by_its_id(run, fmt):
    code, out, _ = run("explain", "--rule", "email-pending-send", "--format", fmt)
    assert code == 0 and "Email stays in Pending Send" in out
    assert "sure" not in out  # no message was matched, so no confidence is claimed


@pytest.mark.parametrize("args, error", [
    (("--rule", "no-such-rule"), "syncdoctor: error: no rule 'no-such-rule'"),
    (("--rule", "email-pending-send", "a message"), "syncdoctor: error: give a message or --rule ID, not both"),
])
def test_a_wrong_rule_id_or_both_ways_is_a_one_line_usage_error(run, args, error):
    code, out, err = run("explain", *args)
    assert code == 2 and out == "" and err.startswith(error) and err.count("\n") == 1


def test_a_file_name_given_as_the_message_gets_a_hint(run, tmp_path, monkeypatch):
    # Before, "syncdoctor explain alert.txt" answered "No rule fits" about the words "alert.txt", and nothing more.
    (tmp_path / "alert.txt").write_text(ALERT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("explain", "alert.txt")
    assert code == 0 and "No rule fits" in out
    assert err == ("syncdoctor: note: 'alert.txt' is a file; to explain its text: syncdoctor explain - < alert.txt; "
                   "to report on the alerts an export holds: syncdoctor triage alert.txt\n")
    assert run("explain", ALERT)[2] == ""  # a message that names a rule is never taken for a file


def test_an_excel_workbook_piped_in_is_pointed_to_triage(run, monkeypatch):
    # Before: "No rule fits" about the workbook's few readable bytes, or "binary data" with no way forward.
    workbook = (Path(__file__).resolve().parents[1] / "fixtures" / "triage" / "mailbox-alerts.xlsx").read_bytes()
    monkeypatch.setattr(sys, "stdin", FakeStdin(workbook))
    code, out, err = run("explain", "-")
    assert code == 2 and out == "" and err.count("\n") == 1 and "syncdoctor triage reads a workbook" in err


def test_a_paste_of_several_alerts_is_explained_by_its_first_and_says_how_many(run, monkeypatch):
    alerts = [ALERT.replace("Jonas Berg", name) for name in ("Ops", "Sales", "HR")]
    monkeypatch.setattr(sys, "stdin", FakeStdin("\n".join(alerts).encode()))
    code, out, err = run("explain", "-")
    assert code == 0 and "mailbox_name: Ops" in out
    assert err == ("syncdoctor: note: the message lists 3 alerts; this is the first. To report on them all: "
                   "syncdoctor triage FILE\n")
    assert run("explain", ALERT.replace(" because", "\nbecause"))[2] == ""  # one alert over two lines: no note


@pytest.mark.parametrize("between", [" ", ""])
def test_alerts_pasted_one_after_another_on_one_line_say_how_many(run, between):
    # Before, only a paste of several lines was counted.
    alert = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile P1 has been notified.")
    code, out, err = run("explain", between.join(alert.format(name) for name in ("Ops", "Sales")))
    assert code == 0 and "mailbox_name: Ops" in out
    assert err.startswith("syncdoctor: note: the message lists 2 alerts; this is the first.")
    assert run("explain", alert.format("Ops") + " Thanks, Dana")[2] == ""


def test_a_list_that_starts_with_an_alert_no_rule_covers_counts_it_and_says_which_is_explained(run):
    # Before: "lists 2 alerts; this is the first", of a list of three whose first no rule covers.
    uncovered = ("Email can't be received because the license is invalid for the mailbox Ops. The mailbox has been "
                 "disabled for receiving email and the owner of the email server profile EWS has been notified.")
    alert = ("Email can't be received for the mailbox {} because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile P1 has been notified.")
    code, out, err = run("explain", "\n".join([uncovered, alert.format("Sales"), alert.format("HR")]))
    assert code == 0 and "mailbox_name: Sales" in out
    assert err == ("syncdoctor: note: the message lists 3 alerts (1 that no rule covers); this is the first a rule "
                   "covers. To report on them all: syncdoctor triage FILE\n")


def test_one_alert_with_its_error_code_line_says_nothing_of_a_list(run):
    # Its error-code line was counted as an alert no rule covers: "lists 2 alerts (1 that no rule covers)".
    alert = ("Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
             "connection to the email server.\nThe mailbox has been disabled for receiving email and the owner of the "
             "email server profile P1 has been notified.\nEmail Server Error Code: Exchange server returned "
             "ErrorServerBusy.\nDetails: The server cannot service this request right now.")
    code, out, err = run("explain", alert)
    assert code == 0 and "mailbox_name: Ops" in out and err == ""


def test_an_api_answer_with_several_alerts_says_how_many(run, monkeypatch):
    # Before, a JSON document on one line was never counted: no note, though it lists three alerts.
    rows = [{"text": ALERT.replace("Jonas Berg", name)} for name in ("Ops", "Sales", "HR")]
    monkeypatch.setattr(sys, "stdin", FakeStdin(json.dumps({"value": rows}).encode()))
    code, out, err = run("explain", "-")
    assert code == 0 and "mailbox_name: Ops" in out
    assert err.startswith("syncdoctor: note: the message lists 3 alerts; this is the first.")


@pytest.mark.parametrize("typed, meant", [("gmail", "gmail-sync-failure"), ("email-pending", "email-pending-send"),
                                          ("profile-credential-invalid", "profile-credentials-invalid")])
def test_a_rule_id_nearly_right_is_answered_with_the_ids_meant(run, typed, meant):
    code, out, err = run("explain", "--rule", typed)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"no rule '{typed}'" in err and f"did you mean {meant}" in err
