"""8 concurrent clients x 250 requests against a real server on loopback: zero errors."""
from __future__ import annotations

import pytest

pytest.importorskip("uvicorn")
from benchmarks.bench_server import free_port, run_load, start_server  # noqa: E402


def test_eight_clients_times_250_requests_without_errors():
    port = free_port()
    server = start_server(port)
    try:
        result = run_load(port, clients=8, requests=250)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result["requests"] == 2000 and result["errors"] == 0, result
