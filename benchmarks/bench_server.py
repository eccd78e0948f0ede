"""HTTP API load benchmark (not a test): 8 concurrent clients x 250 requests on loopback.

    python benchmarks/bench_server.py [--clients 8] [--requests 250]

Starts `syncdoctor serve` on a free loopback port, sends POST /v1/classify from
keep-alive connections with messages from tests/corpus/own.jsonl, and prints
requests per second, the latency percentiles and the number of errors.
Bounded in count and time; it stops the server itself.
"""
from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "syncdoctor", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start within 30 s")


def client(port: int, messages: list[str], count: int, latencies: list[float], errors: list[str]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for number in range(count):
        body = json.dumps({"message": messages[number % len(messages)]})
        started = time.perf_counter()
        try:
            connection.request("POST", "/v1/classify", body, {"content-type": "application/json"})
            response = connection.getresponse()
            payload = response.read()
            if response.status != 200 or "rule_id" not in json.loads(payload):
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException, ValueError) as exc:
            errors.append(repr(exc))
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        latencies.append(time.perf_counter() - started)


def run_load(port: int, clients: int, requests: int) -> dict:
    messages = [json.loads(line)["message"] for line in (ROOT / "tests" / "corpus" / "own.jsonl").open(encoding="utf-8")]
    latencies: list[float] = []
    errors: list[str] = []
    threads = [threading.Thread(target=client, args=(port, messages[k::clients], requests, latencies, errors))
               for k in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {"requests": len(latencies), "errors": len(errors), "seconds": round(elapsed, 2),
            "requests_per_second": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=250)
    args = parser.parse_args()
    port = free_port()
    server = start_server(port)
    try:
        result = run_load(port, args.clients, args.requests)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{args.clients} clients x {args.requests} requests: {result['requests_per_second']} req/s, "
          f"p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, {result['errors']} errors")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
