"""syncdoctor benchmark (not a test): ratios against baselines run in the same process.

    python benchmarks/bench.py [--corpus tests/corpus/own.jsonl] [--rules 2000] [--runs 15]

1. Throughput: ``kb.classify`` against ``rapidfuzz.process.extractOne(message,
   alert_texts, scorer=WRatio)`` over the same rules' alert texts, same messages;
   the sample export's alerts, all of them, those a rule covers (clean: most take the verbatim path) and
   those no rule covers; and ``classify --jsonl`` over the sample export as a log, in order with its
   repeats (a repeat is answered from memory, so this is no figure for unique messages); and ``triage`` of a
   plain-text log (the export's alerts among other dated lines) against reading each line alone.
2. Scale: the cost per message with the bundled 22 rules and with a generated
   knowledge base of N rules (alert wordings built from the product's phrases).
3. Cold start: ``syncdoctor explain MSG`` against ``python -c "import pydantic,
   yaml, jinja2, rapidfuzz, markdown_it"`` (median of several runs, warm cache).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from syncdoctor import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
OPENINGS = ["Email can't be received for the mailbox {mailbox_name} because",
            "Email can't be sent for the mailbox {mailbox_name} because",
            "Appointments, contacts, and tasks can't be synchronized for the mailbox {mailbox_name} because",
            "The mailbox {mailbox_name} has been disabled because"]
ENDINGS = ["The owner of the email server profile {email_server_profile_name} has been notified.",
           "The mailbox has been disabled and the owner of the associated email server profile "
           "{email_server_profile_name} has been notified.", "Then, enable the mailbox for email processing."]
WORDS = ("quota certificate license token tenant relay gateway header attachment folder calendar contact task "
         "archive journal transport connector throttling policy domain forest replica database index schema "
         "proxy firewall timeout handshake cipher protocol endpoint redirect session cookie retention hold "
         "litigation migration batch queue sender recipient alias forwarding delegate permission role scope").split()


def timed(function, items) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - started


def alert_texts(kb: KnowledgeBase) -> list[str]:
    return [alert.text for rule in kb.rules for alert in rule.alerts]


def baseline(texts: list[str]):
    """What the ratios are against: ``extractOne(message, texts, scorer=WRatio)``, one message at a time."""
    return lambda message: process.extractOne(message, texts, scorer=fuzz.WRatio)


def best_of(runs: int, run, items) -> float:
    return min(run(items) for _ in range(runs))


def export_messages() -> list[str]:
    """The alert texts of the sample export: what a real alert stream looks like (clean, names vary)."""
    import csv

    with open(ROOT / "tests" / "fixtures" / "triage" / "mailbox-alerts.csv", encoding="utf-8-sig", newline="") as handle:
        return [row["Text"] for row in csv.DictReader(handle) if row["Text"]]


def throughput(kb: KnowledgeBase, messages: list[str]) -> None:
    texts = alert_texts(kb)
    from syncdoctor.match.align import clear_memos

    kb.classify("warm up")

    def cold(function):  # each run starts cold: no memo of these very messages' typos, merge steps or names
        def run(items):
            clear_memos()
            kb.classifier.verbatim.forget()
            return timed(function, items)
        return run

    # The best of three runs of each, so that a busy machine does not decide the ratio.
    ours = best_of(3, cold(kb.classify), messages)
    plain = best_of(3, cold(kb.decide), messages)
    base = best_of(3, lambda items: timed(baseline(texts), items), messages)
    print(f"throughput: kb.classify {len(messages) / ours:,.0f} msg/s (kb.decide, as the CLI streams: "
          f"{len(messages) / plain:,.0f}), extractOne(WRatio) over {len(texts)} "
          f"alert texts {len(messages) / base:,.0f} msg/s -> ratio {base / ours:.2f}x")


def by_family(kb: KnowledgeBase, rows: list[dict]) -> None:
    """Where the time goes: the cost per message of each family of the corpus, ours against the baseline's.

    A ratio for the whole corpus hides that the families cost very differently (a clean alert is one
    alignment; an alert no rule covers is aligned against every close wording before it is refused)."""
    from syncdoctor.match.align import clear_memos

    extract_one = baseline(alert_texts(kb))
    groups: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        groups[row.get("family") or "unlabelled"].append(row["message"])
    clear_memos()
    ours = {family: timed(kb.classify, messages) for family, messages in groups.items()}
    base = {family: timed(extract_one, messages) for family, messages in groups.items()}
    total = sum(ours.values())
    print(f"{'family':<16}{'n':>5}{'ours us/msg':>13}{'extractOne':>12}{'ratio':>7}{'share of our time':>19}")
    for family in sorted(groups, key=lambda name: -ours[name]):
        count = len(groups[family])
        print(f"{family:<16}{count:>5}{ours[family] / count * 1e6:>13,.0f}{base[family] / count * 1e6:>12,.0f}"
              f"{base[family] / ours[family]:>7.2f}{ours[family] / total:>19.0%}")


def stream(kb: KnowledgeBase, messages: list[str]) -> None:
    """``classify --jsonl`` over a log in its order, repeats and all: a repeat is answered from memory."""
    from syncdoctor.match.align import clear_memos
    from syncdoctor.stream import classify_lines

    lines = [json.dumps({"message": m}).encode() for m in messages]
    to_dict = lambda text: kb.decide(text).to_dict()  # noqa: E731 - as the CLI passes it

    def run(items):
        clear_memos()
        return timed(lambda _: None, classify_lines(iter(items), to_dict))

    texts = alert_texts(kb)
    ours = best_of(3, run, lines)
    base = best_of(3, lambda items: timed(baseline(texts), items), messages)
    print(f"stream: classify --jsonl over the {len(messages)} lines in order ({len(set(messages))} distinct) "
          f"{len(messages) / ours:,.0f} msg/s, extractOne(WRatio) {len(messages) / base:,.0f} msg/s "
          f"-> ratio {base / ours:.2f}x")


def log_triage(kb: KnowledgeBase, alerts: list[str], other_lines: int = 9) -> None:
    """``triage`` of a plain-text log: each alert of the export among other dated lines, against reading every line
    alone with ``kb.decide`` (what a script that knows a log's lines would do), in the same process."""
    import io

    from syncdoctor.match.align import clear_memos
    from syncdoctor.triage import triage

    lines = []
    for k, alert in enumerate(alerts):
        lines += [f"2026-11-{k % 28 + 1:02d} 10:{n:02d}:00 INFO [SSS] mailbox {k}-{n} polled, {n} items received"
                  for n in range(other_lines)]
        lines.append(f"2026-11-{k % 28 + 1:02d} 11:00:00 ERROR [SSS] {alert}")
    data = "\n".join(lines).encode()

    def ours(_):
        clear_memos()
        started = time.perf_counter()
        triage(kb, io.BytesIO(data), "bench")
        return time.perf_counter() - started

    def each_line(_):
        clear_memos()
        return timed(kb.decide, lines)

    mine, base = min(ours(k) for k in range(2)), min(each_line(k) for k in range(2))
    print(f"log triage: {len(lines):,} lines ({len(alerts)} alerts) {len(lines) / mine:,.0f} lines/s, every line read "
          f"alone {len(lines) / base:,.0f} lines/s -> ratio {base / mine:.2f}x")


def generated_rules(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        reason = " ".join(rng.sample(WORDS, 4))
        text = f"{rng.choice(OPENINGS)} the {reason} failed with code {number}. {rng.choice(ENDINGS)}"
        rule = {"id": f"generated-{number}", "title": f"Generated alert {number}", "kind": "alert",
                "summary": "A generated rule for the scale benchmark.", "alerts": [{"text": text}],
                "meaning": "Generated.", "cause": "Generated.", "resolution": ["Nothing to do."],
                "applies_to": ["Any"], "areas": ["configuration"],
                "effect": {"disables": [], "persistence": "none"},
                "examples": [text.format(mailbox_name="Ops", email_server_profile_name="P"),
                             text.format(mailbox_name="Sales", email_server_profile_name="Q")]}
        (folder / f"generated-{number}.yaml").write_text(yaml.safe_dump(rule), encoding="utf-8")


def scale(kb: KnowledgeBase, messages: list[str], count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "rules"
        generated_rules(folder, count)
        for path in (ROOT / "rules").glob("*.yaml"):
            (folder / path.name).write_bytes(path.read_bytes())
        started = time.perf_counter()
        big = KnowledgeBase.load(folder)
        big.classify("warm up")
        load = time.perf_counter() - started
        small = timed(kb.classify, messages)
        large = timed(big.classify, messages)
        # The baseline at this size too: extractOne is one C call per alert text, so it grows with them.
        texts = alert_texts(big)
        sample = messages[:100]
        base = timed(baseline(texts), sample) / len(sample)
    agree = sum(kb.classify(m).rule_id == big.classify(m).rule_id for m in messages[:200])
    print(f"scale: {len(kb)} rules {small / len(messages) * 1e6:,.0f} us/msg, {len(big)} rules "
          f"{large / len(messages) * 1e6:,.0f} us/msg -> {large / small:.2f}x the time "
          f"(load+compile {load:.1f}s; same answer on {agree}/200)")
    print(f"scale: extractOne(WRatio) over the {len(texts):,} alert texts of {len(big)} rules "
          f"{base * 1e6:,.0f} us/msg -> kb.classify is {base / (large / len(messages)):.1f}x its speed there")


def cold_start(runs: int) -> None:
    script = Path(sys.executable).with_name("syncdoctor")
    message = "Appointments can't be synchronized because the Organizer field isn't present."

    def median(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    subprocess.run([str(script), "explain", message], stdout=subprocess.DEVNULL, check=True)  # fill the cache
    base = median([sys.executable, "-c", "import pydantic, yaml, jinja2, rapidfuzz, markdown_it"])
    ours = median([str(script), "explain", message])
    print(f"cold start: syncdoctor explain {ours * 1000:.0f} ms, bare import of the dependencies "
          f"{base * 1000:.0f} ms -> ratio {ours / base:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus" / "own.jsonl"))
    parser.add_argument("--rules", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    messages = [row["message"] for row in rows]
    kb = KnowledgeBase.load()
    print(f"-- {len(messages)} messages of {args.corpus} (every family of damage):")
    throughput(kb, messages)
    print("-- the same messages by family (one run each, so rougher than the lines above):")
    by_family(kb, rows)
    print("-- the alert texts of the sample export (clean alerts, other names):")
    export = export_messages()
    throughput(kb, export)
    covered = [text for text in export if kb.decide(text).rule_id is not None]
    print(f"-- of them, the {len(covered)} that a rule covers (the verbatim path answers most of them):")
    throughput(kb, covered)
    print(f"-- and the {len(export) - len(covered)} that no rule covers (aligned against every close wording, refused):")
    throughput(kb, [text for text in export if kb.decide(text).rule_id is None])
    stream(kb, export_messages())
    log_triage(kb, export)
    scale(kb, messages, args.rules)
    cold_start(args.runs)


if __name__ == "__main__":
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    main()
