"""The HTTP API: endpoints, limits, clean errors, and the same answers as the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from syncdoctor import KnowledgeBase  # noqa: E402
from syncdoctor.server import MAX_BATCH, asgi_app  # noqa: E402
from syncdoctor.site import build_site  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ALERT = "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Jonas Berg is configured with another organization."


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = tmp_path_factory.mktemp("site") / "site"
    kb = KnowledgeBase.load()
    build_site(kb, site)
    with TestClient(asgi_app(kb, site), raise_server_exceptions=False) as test_client:
        yield test_client


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok", "rules": 22}


def test_classify_returns_the_match_object(client):
    answer = client.post("/v1/classify", json={"message": ALERT}).json()
    assert answer["rule_id"] == "mailbox-configured-with-another-org"
    assert answer["params"] == {"mailbox_name": "Jonas Berg"}
    assert {"rule_id", "confidence", "params", "alternatives"} <= set(answer)


def test_batch_answers_in_order(client):
    answers = client.post("/v1/classify/batch", json={"messages": [ALERT, "hello"]}).json()["results"]
    assert [a["rule_id"] for a in answers] == ["mailbox-configured-with-another-org", None]


def test_batch_over_the_cap_is_413(client):
    response = client.post("/v1/classify/batch", json={"messages": ["x"] * (MAX_BATCH + 1)})
    assert response.status_code == 413 and "at most 1000" in response.json()["error"]


def test_body_over_one_megabyte_is_413(client):
    body = json.dumps({"message": "a" * 1_100_000})
    assert client.post("/v1/classify", content=body, headers={"content-type": "application/json"}).status_code == 413


def test_chunked_body_over_one_megabyte_is_413(client):
    def chunks():
        for _ in range(12):
            yield b"a" * 100_000
    response = client.post("/v1/classify", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize("body, where", [(b"{bad json", "body"), (b'{"message": 5}', "body.message"),
                                         (b'{"text": "x"}', "body"), (b"[]", "body")])
def test_malformed_requests_are_422_with_a_clear_message(client, body, where):
    response = client.post("/v1/classify", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"].startswith(where) and "Traceback" not in response.text


def test_rules_and_unknown_rule(client):
    ids = [r["id"] for r in client.get("/v1/rules").json()["rules"]]
    assert len(ids) == 22 and "gmail-sync-failure" in ids
    assert client.get("/v1/rules/gmail-sync-failure").json()["kind"] == "alert"
    missing = client.get("/v1/rules/no-such-rule")
    assert missing.status_code == 404 and missing.json() == {"error": "no rule 'no-such-rule'"}
    near = client.get("/v1/rules/gmail")
    assert near.status_code == 404 and near.json() == {"error": "no rule 'gmail': did you mean gmail-sync-failure?"}


@pytest.mark.parametrize("fmt, media, marker", [("html", "text/html", "<!doctype html>"),
                                                ("markdown", "text/markdown", "# Mailbox is set"),
                                                ("json", "application/json", '"rule_id": "mailbox-configured')])
def test_explain_in_each_format(client, fmt, media, marker):
    response = client.get("/v1/explain", params={"message": ALERT, "format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert marker in response.text


def test_explain_escapes_values_in_html(client):
    response = client.get("/v1/explain", params={"message": ALERT.replace("Jonas Berg", "<script>x</script>"),
                                                 "format": "html"})
    assert "<script>x</script>" not in response.text


def test_openapi_and_docs_load_nothing_from_another_host(client):
    assert client.get("/openapi.json").json()["info"]["title"] == "syncdoctor"
    docs = client.get("/docs").text
    assert "/_docs/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/_docs/swagger-ui-bundle.js").status_code == 200


def test_the_help_site_is_served_at_the_root(client):
    assert "Paste a server-side synchronization error" in client.get("/").text
    assert client.get("/rules/gmail-sync-failure.html").status_code == 200


def test_answers_equal_the_clis(client):
    messages = [json.loads(line)["message"] for line in
                (ROOT / "tests" / "corpus" / "own.jsonl").read_text(encoding="utf-8").splitlines()[::7]]
    stdin = "".join(json.dumps({"message": m}) + "\n" for m in messages)
    done = subprocess.run([sys.executable, "-m", "syncdoctor", "classify", "--jsonl"], input=stdin,
                          capture_output=True, text=True, check=True)
    cli = [json.loads(line) for line in done.stdout.splitlines()]
    api = client.post("/v1/classify/batch", json={"messages": messages}).json()["results"]
    assert api == cli


def test_serve_without_the_extra_names_the_fix(run, monkeypatch):
    monkeypatch.setitem(sys.modules, "syncdoctor.server", None)
    code, _, err = run("serve")
    assert code == 2 and "pip install 'syncdoctor[server]'" in err


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_that_cannot_be_is_a_usage_error(run, port):
    # Before, 99999 reached the socket: a traceback from the server's log and "internal error: OverflowError".
    code, _, err = run("serve", "--port", port)
    assert code == 2 and "--port" in err and "Traceback" not in err


def test_a_port_in_use_is_a_one_line_error(run):
    # Before, the server logged the failure and the process ended with exit code 3, which the CLI does not define.
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        code, _, err = run("serve", "--port", str(taken.getsockname()[1]))
    assert code == 1 and err.startswith("syncdoctor: error: cannot listen on 127.0.0.1:") and len(err.splitlines()) == 1

