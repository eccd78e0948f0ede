from __future__ import annotations

import json
import sys

import pytest

from tests.cli.test_cli_explain import ALERT, FakeStdin


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_answers_in_order_and_skips_blank_lines(run, monkeypatch):
    data = "\n".join([json.dumps({"message": ALERT}), "", "   ", json.dumps({"message": "hello"})]) + "\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin(data.encode()))
    code, out, err = run("classify", "--jsonl")
    assert code == 0 and err == ""
    first, second = lines(out)
    assert first["rule_id"] == "mailbox-configured-with-another-org" and first["params"] == {"mailbox_name": "Jonas Berg"}
    assert second["rule_id"] is None and 0 <= second["confidence"] <= 1 and isinstance(second["alternatives"], list)


@pytest.mark.parametrize("encoding, newline", [("utf-16", "\r\n"), ("utf-16-le", "\n"), ("utf-16-be", "\n")])
def test_jsonl_in_utf16_is_read(run, monkeypatch, encoding, newline):
    # PowerShell 5's Out-File writes UTF-16; before, every line was "not valid JSON".
    data = newline.join([json.dumps({"message": ALERT.replace("Jonas", "Zo\u00eb")}, ensure_ascii=False), "",
                         json.dumps({"message": "hello"})]) + newline
    monkeypatch.setattr(sys, "stdin", FakeStdin(data.encode(encoding)))
    code, out, err = run("classify", "--jsonl")
    assert code == 0 and err == ""
    first, second = lines(out)
    assert first["rule_id"] == "mailbox-configured-with-another-org" and first["params"] == {"mailbox_name": "Zo\u00eb Berg"}
    assert second["rule_id"] is None


@pytest.mark.parametrize("encode", [lambda line: b"\xef\xbb\xbf" + line.encode(), lambda line: line.encode("cp1252")])
def test_jsonl_with_a_byte_order_mark_or_in_windows_1252_is_read(run, monkeypatch, encode):
    # Notepad's "UTF-8 with BOM": before, the first line was "not valid JSON".  An "ANSI" file's "Zo\xeb": before "Zo\ufffd".
    line = json.dumps({"message": ALERT.replace("Jonas", "Zo\u00eb")}, ensure_ascii=False)
    monkeypatch.setattr(sys, "stdin", FakeStdin(encode(line) + b"\n"))
    code, out, _ = run("classify", "--jsonl")
    assert code == 0 and lines(out)[0]["params"] == {"mailbox_name": "Zo\u00eb Berg"}


def test_malformed_lines_get_an_error_in_place_and_exit_1(run, monkeypatch):
    data = b'{"message": "hello"}\nnot json\n{"text": "x"}\n[1]\n{"message": 5}\n{"message": "hello"}\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    code, out, err = run("classify", "--jsonl")
    got = lines(out)
    assert code == 1 and len(got) == 6
    assert [g.get("error") for g in got] == [None, "line 2: not valid JSON",
                                              'line 3: "message" must be a string',
                                              'line 4: expected a JSON object with a "message" string',
                                              'line 5: "message" must be a string', None]
    assert err == 'syncdoctor: error: 4 of 6 lines were malformed (see their "error")\n'


def test_one_malformed_line_is_told_in_the_singular(run, monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"not json\n"))
    code, _, err = run("classify", "--jsonl")
    assert code == 1 and err == 'syncdoctor: error: 1 of 1 line was malformed (see its "error")\n'


def test_single_message_prints_one_object(run):
    code, out, _ = run("classify", ALERT)
    assert code == 0 and lines(out)[0]["rule_id"] == "mailbox-configured-with-another-org"


def test_jsonl_with_a_message_argument_is_a_usage_error(run):
    code, _, err = run("classify", "--jsonl", "x")
    assert code == 2 and "--jsonl reads stdin" in err


def test_jsonl_streams_with_constant_memory(monkeypatch, capsys):
    """A long input is read line by line: nothing holds all the lines."""
    from syncdoctor.stream import classify_lines

    seen = []

    def source():
        for number in range(5000):
            seen.append(number)
            yield b'{"message": "hello"}\n'

    produced = classify_lines(source(), lambda text: {"rule_id": None})
    next(produced)
    assert len(seen) == 1  # the first answer came before the second line was read


def test_a_repeated_line_is_answered_from_memory_with_the_same_answer():
    """A log repeats its alerts: each distinct message is classified once, the answers are unchanged."""
    from syncdoctor.stream import classify_lines

    calls = []

    def classify(text):
        calls.append(text)
        return {"rule_id": text.upper()}

    lines = [b'{"message": "a"}', b'{"message": "b"}', b'{"message": "a"}', b"", b'{"message": "a"}']
    produced = [line for line, _ in classify_lines(iter(lines), classify)]
    assert produced == ['{"rule_id": "A"}', '{"rule_id": "B"}', '{"rule_id": "A"}', '{"rule_id": "A"}']
    assert calls == ["a", "b"]


def test_the_memory_of_answers_is_bounded():
    from syncdoctor.stream import REMEMBERED_CHARS, classify_lines

    calls = []

    def classify(text):
        calls.append(text)
        return {"rule_id": None}

    cycle = [b'{"message": "a"}', b'{"message": "b"}', b'{"message": "c"}'] * 3
    list(classify_lines(iter(cycle), classify, remember=2))
    assert len(calls) == 9  # three messages in turn never fit in a memory of two
    huge = ('{"message": "%s"}' % ("x" * (REMEMBERED_CHARS + 1))).encode()
    calls.clear()
    list(classify_lines(iter([huge, huge]), classify))
    assert len(calls) == 2  # a huge message is not kept


def test_jsonl_answers_repeats_exactly_as_the_first_time(run, monkeypatch):
    data = "\n".join(json.dumps({"message": m}) for m in [ALERT, "hello", ALERT, ALERT]) + "\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin(data.encode()))
    code, out, _ = run("classify", "--jsonl")
    answers = out.splitlines()
    assert code == 0 and answers[0] == answers[2] == answers[3] and answers[0] != answers[1]
    assert lines(out)[3]["params"] == {"mailbox_name": "Jonas Berg"}
