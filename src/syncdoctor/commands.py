"""One handler per subcommand (``cmd_<verb>(args) -> int``) and how each is declared.

Handlers parse nothing themselves and format nothing themselves: they call the
library and print what it returns.  Heavy modules are imported inside them.
"""
from __future__ import annotations

import argparse
import functools
import os
import shlex
import sys
from typing import Callable

from .errors import UsageError

MAX_PATH_CHARS = 4096  # longer than any file's path: a message, not a name (see _hint_at_a_file)


def _add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="DIR", help="use the rules of DIR instead of the bundled ones")


def cmd_lint(args: argparse.Namespace) -> int:
    """Check every rule file and print each problem as file:line: [code] message.

    Example: syncdoctor lint --rules my-rules/
    """
    from .lint import lint

    report = lint(args.rules)
    for issue in report.issues:
        print(issue)
    print(report.summary())
    return 1 if report.issues else 0


def _register_lint(sub) -> None:
    p = sub.add_parser("lint", help="check the rule files", description=cmd_lint.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_rules_option(p)
    p.set_defaults(handler=cmd_lint)


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a rule file (the one committed at rules/schema.json).

    Example: syncdoctor schema > rules/schema.json
    """
    from .schema import rule_schema_text

    sys.stdout.write(rule_schema_text())
    return 0


def _register_schema(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of rule files", description=cmd_schema.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(handler=cmd_schema)


def _load_kb(args: argparse.Namespace):
    from .kb import KnowledgeBase

    return KnowledgeBase.load(args.rules)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"syncdoctor: warning: {warning}", file=sys.stderr)


PASTE_PROMPT = ("Paste the alert (or describe the problem), then press "
                + ("Ctrl-Z and Enter" if os.name == "nt" else "Ctrl-D") + " on a new line:")


#: Linux's terminal keeps at most this many bytes of a line typed or pasted at a prompt, and drops the rest of it.
TERMINAL_LINE_BYTES = 4095


def counted(number: int, noun: str) -> str:
    """ "1 alert", "2 alerts": a count and its noun, in the singular for one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _read_message(value: str | None) -> str:
    from .inputs import argument_text, read_paste

    if value is None or value == "-":
        at_a_terminal = sys.stdin.isatty()
        if at_a_terminal:  # someone at a terminal: say what to do, and how to end (an alert has many lines)
            print(PASTE_PROMPT, file=sys.stderr, flush=True)
        text, warnings = read_paste(sys.stdin.buffer)
        if at_a_terminal and _cut_by_the_terminal(text):
            warnings.append(f"a line of the paste is {TERMINAL_LINE_BYTES:,} bytes long, the most a terminal keeps of "
                            "one line: its end may be lost. Give a longer text through a pipe or a file "
                            "(syncdoctor explain - < alert.txt)")
    else:
        text, warnings = argument_text(value)
    _warn(warnings)
    return text


def _cut_by_the_terminal(text: str) -> bool:
    """Whether a line pasted at a Linux terminal reached TERMINAL_LINE_BYTES, where the terminal cut it.  (Other
    systems' terminals cut elsewhere, or not at all: nothing is said there.)"""
    return sys.platform.startswith("linux") and any(
        len(line.encode("utf-8", "surrogatepass")) == TERMINAL_LINE_BYTES for line in text.split("\n"))


def cmd_explain(args: argparse.Namespace) -> int:
    """Explain an alert: what it means, why it happened and how to fix it, with your names filled in.

    Examples:
      syncdoctor explain "Email can't be received for the mailbox Sales because ..."
      pbpaste | syncdoctor explain            (or: syncdoctor explain - < alert.txt)
      syncdoctor explain --format html "..." > fix.html
      syncdoctor explain --rule email-pending-send    (one rule's page, e.g. one of the closest listed)
    """
    from .render import render_match

    if args.rule is not None:
        return _explain_rule(args)
    message = _read_message(args.message)
    kb = _load_kb(args)
    decision = kb.decide(message)  # plain data: no pydantic model needed to print an answer
    if decision.rule_id is None:
        _hint_at_a_file(args.message)
    elif decision.method == "alert":
        _hint_at_more_alerts(kb, message)
    sys.stdout.write(render_match(kb, decision, args.format, message=message[:4000]))
    return 0


def _hint_at_more_alerts(kb, message: str) -> None:
    """A paste of several alerts (a list, a log) is explained by its first that a rule covers: say how many it lists,
    those no rule covers among them (as triage counts them), and what reads them all."""
    from .clean import MAX_READ_CHARS, record_text
    from .records import alerts_listed

    message = record_text(message)  # a JSON document's or a structured log's records, a paragraph each
    decide = functools.lru_cache(maxsize=None)(kb.decide)  # (a record is read to list it, then to count it)
    readings = [decide(record) for record in alerts_listed(message[:MAX_READ_CHARS], kb, decide)]
    covered = sum(1 for reading in readings if reading.method == "alert")
    uncovered = sum(1 for reading in readings if reading.method != "alert" and reading.alert_like)
    if covered + uncovered >= 2:
        listed = f"{covered + uncovered} alerts ({uncovered} that no rule covers); this is the first a rule covers" \
            if uncovered else f"{covered} alerts; this is the first"
        print(f"syncdoctor: note: the message lists {listed}. To report on them all: syncdoctor triage FILE",
              file=sys.stderr)


def _hint_at_a_file(value: str | None) -> None:
    """A message that names no rule and is the name of a file ("syncdoctor explain alert.txt") was meant as its text:
    say how to give that (the argument stays the message: a short text may well be a file's name by chance)."""
    if value is None or value == "-" or len(value) > MAX_PATH_CHARS or "\n" in value:
        return
    try:
        is_file = os.path.isfile(value)
    except (OSError, ValueError):  # a name the system cannot hold
        return
    if is_file:
        print(f"syncdoctor: note: '{value}' is a file; to explain its text: syncdoctor explain - < {shlex.quote(value)}; "
              f"to report on the alerts an export holds: syncdoctor triage {shlex.quote(value)}", file=sys.stderr)


def _explain_rule(args: argparse.Namespace) -> int:
    """One rule's page by its id, with no message: what "no rule fits" lists as the closest rules."""
    from .match.decide import Decision
    from .render import render_match

    if args.message is not None:
        raise UsageError("give a message or --rule ID, not both")
    kb = _load_kb(args)
    if kb.get(args.rule) is None:
        meant = kb.ids_meant(args.rule)
        raise UsageError(f"no rule '{args.rule}': " + (f"did you mean {' or '.join(meant)}?" if meant else
                                                       "the ids are the file names in rules/ (e.g. email-pending-send)"))
    chosen = Decision(args.rule, 1.0, {}, (), "rule", None)
    sys.stdout.write(render_match(kb, chosen, args.format))
    return 0


def _register_explain(sub) -> None:
    p = sub.add_parser("explain", help="explain one alert (the main command)", description=cmd_explain.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("message", nargs="?", help="the alert text; '-' or nothing to read it from stdin")
    p.add_argument("--format", choices=("text", "markdown", "html", "json"), default="text")
    p.add_argument("--rule", metavar="ID", help="show one rule's page by its id instead (no message)")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_explain)


def cmd_rules(args: argparse.Namespace) -> int:
    """List the rules of the knowledge base by kind: each one's id and title.

    Examples:
      syncdoctor rules
      syncdoctor rules --format json      (id, kind, title and summary of each, for scripts)
      syncdoctor explain --rule ID        (one rule's page)
    """
    from .render import render_rules

    sys.stdout.write(render_rules(_load_kb(args), args.format))
    return 0


def _register_rules(sub) -> None:
    p = sub.add_parser("rules", help="list the rules by kind", description=cmd_rules.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", choices=("text", "json"), default="text")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_rules)


def cmd_classify(args: argparse.Namespace) -> int:
    """Classify messages for scripts: JSON out, one object per message.

    With --jsonl, stdin is JSON lines {"message": "..."} and stdout one answer a
    line, in the same order; a malformed line gets {"rule_id": null, "error": ...}
    and the exit status is then 1.

    Examples:
      syncdoctor classify "Email can't be received ..."
      syncdoctor classify --jsonl < messages.jsonl > answers.jsonl
    """
    import json

    kb = _load_kb(args)
    if not args.jsonl:
        decision = kb.decide(_read_message(args.message))
        print(json.dumps(decision.to_dict(), ensure_ascii=False))
        return 0
    if args.message is not None:
        raise UsageError("--jsonl reads stdin; do not give a message too")
    from .stream import run_stream

    progress = sys.stderr if sys.stderr.isatty() else None
    result = run_stream(sys.stdin.buffer, sys.stdout, lambda text: kb.decide(text).to_dict(), progress)
    sys.stdout.flush()
    if result.errors:
        print(f"syncdoctor: error: {result.errors} of {counted(result.lines, 'line')} "
              f"{'was' if result.errors == 1 else 'were'} malformed (see {'its' if result.errors == 1 else 'their'} "
              f"\"error\")", file=sys.stderr)
        return 1
    return 0


def _register_classify(sub) -> None:
    p = sub.add_parser("classify", help="classify messages, JSON out (for scripts)", description=cmd_classify.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("message", nargs="?", help="one message; '-' for stdin (without --jsonl)")
    p.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin, write one answer a line")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_classify)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the classifier on a labelled corpus (JSON lines: message, expect, params, family).

    Example: syncdoctor eval tests/corpus/own.jsonl --show-misses 10
    """
    import json

    from .evaluation import evaluate, format_report, read_corpus

    kb = _load_kb(args)
    report = evaluate(kb, read_corpus(args.corpus))
    print(format_report(report, args.show_misses))
    if args.json:
        print(json.dumps(report.metrics()))
    return 0


def _register_eval(sub) -> None:
    p = sub.add_parser("eval", help="score the classifier on a labelled corpus", description=cmd_eval.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", help="JSON lines file")
    p.add_argument("--show-misses", type=_whole_number(0), default=0, metavar="N", help="list up to N wrong answers")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line last")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_eval)


def cmd_build_site(args: argparse.Namespace) -> int:
    """Build the static help site: a page per rule, search, and a paste box that classifies offline.

    Open build/site/index.html from disk, or serve the folder (python -m http.server -d build/site).
    Example: syncdoctor build-site --out build/site --base-url https://help.example.org/sync/
    """
    from pathlib import Path

    from .site import build_site

    report = build_site(_load_kb(args), Path(args.out), args.base_url)
    print(f"{report.pages} pages written to {report.out} in {report.seconds:.2f} s")
    return 0


def _register_build_site(sub) -> None:
    p = sub.add_parser("build-site", help="build the static help site", description=cmd_build_site.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="build/site", metavar="DIR", help="output folder (default: build/site)")
    p.add_argument("--base-url", metavar="URL", type=_web_address, help="the site's public address, for sitemap.xml")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_build_site)


def cmd_triage(args: argparse.Namespace) -> int:
    """Turn an export of many alerts into a report: which problems, how many, which mailboxes, since when.

    Reads CSV (as Excel saves it, with or without a byte-order mark; also Excel's UTF-16
    "Unicode text"), JSON lines, a JSON document (a Web API answer or a flow's list of rows, read
    whole), or plain text: one alert per blank-line-separated block, or one a line (a list, or a log,
    whose dates are read and whose lines that are no alert are counted apart).
    Examples:
      syncdoctor triage "Mailbox Alerts.csv" --out report.html
      syncdoctor triage alerts.jsonl --format markdown
      some-script | syncdoctor triage - --format json
    """
    from .render import render_triage
    from .exports import read_export
    from .triage import triage

    fmt = args.format or _format_from_name(args.out)
    kb = _load_kb(args)
    stream = read_export(args.file)
    try:
        progress = sys.stderr if sys.stderr.isatty() else None
        report = triage(kb, stream, "stdin" if args.file == "-" else args.file, args.column, progress)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    text = render_triage(kb, report, fmt)
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write '{args.out}': {exc.strerror}") from None
        skipped = f", {counted(report.other_lines, 'other line')} skipped" if report.other_lines else ""
        print(f"{counted(report.total, 'alert')}, {report.matched} matched to {counted(len(report.groups), 'problem')}, "
              f"{report.unmatched} unmatched{skipped}; report written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _format_from_name(out: str | None) -> str:
    if out and out.lower().endswith((".md", ".markdown")):
        return "markdown"
    if out and out.lower().endswith(".json"):
        return "json"
    return "html" if out else "markdown"


def _register_triage(sub) -> None:
    p = sub.add_parser("triage", help="report on an export of many alerts", description=cmd_triage.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", help="the export; '-' for stdin")
    p.add_argument("--column", metavar="NAME", help="the column (or JSON key) that holds the alert text")
    p.add_argument("--format", choices=("html", "markdown", "json"),
                   help="default: from --out's extension, html for a file, markdown on the terminal")
    p.add_argument("--out", metavar="FILE", help="write the report here instead of stdout")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_triage)


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the classifier over HTTP, with the help site at / when it has been built.

    Needs the optional extra: pip install 'syncdoctor[server]'.
    Example: syncdoctor serve --port 8000  then
      curl -s localhost:8000/v1/classify -H 'content-type: application/json' -d '{"message": "..."}'
    """
    from pathlib import Path

    try:
        from .server import serve
    except ImportError as exc:
        raise UsageError(f"the server needs the optional extra ({exc.name} is missing): "
                         "pip install 'syncdoctor[server]'") from None
    site = Path(args.site) if args.site else None
    if site is not None and not (site / "index.html").is_file():
        raise UsageError(f"no built site in '{site}': run 'syncdoctor build-site --out {site}' first")
    serve(_load_kb(args), args.host, args.port, site)
    return 0


def _whole_number(low: int, high: int | None = None) -> Callable[[str], int]:
    """An option's type: a whole number from ``low`` to ``high`` (no end if None), or a usage error that says so."""
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is no whole number") from None
        if number < low or high is not None and number > high:
            bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"{number} is out of range: {bounds}")
        return number
    return parse


def _web_address(text: str) -> str:
    """An http(s) address with a host: what a sitemap's entries must start with."""
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"'{text}' is no web address (https://host/path/)")
    return text


def _register_serve(sub) -> None:
    p = sub.add_parser("serve", help="the HTTP API (optional extra 'server')", description=cmd_serve.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=_whole_number(0, 65535), default=8000, help="port, 0 to 65535 (default: 8000)")
    p.add_argument("--site", metavar="DIR", help="a built help site to serve at / (e.g. build/site)")
    _add_rules_option(p)
    p.set_defaults(handler=cmd_serve)


REGISTRY: list[Callable] = [_register_explain, _register_classify, _register_triage, _register_rules,
                            _register_build_site, _register_serve, _register_eval, _register_lint, _register_schema]
