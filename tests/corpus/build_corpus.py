"""Build tests/corpus/own.jsonl: syncdoctor's own labelled evaluation corpus.

Alerts are the catalog's wordings filled with this file's own names and
damaged by this file's own noise; uncovered alerts, unrelated messages and
plain-language questions are written by hand below.  Seeded, so the output
is the same on every run:  python tests/corpus/build_corpus.py
"""
from __future__ import annotations

import html
import json
import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RULES = HERE.parents[1] / "rules"
SEED = 20261126

MAILBOXES = ["Zoë Ångström", "José Muñoz", "O'Neil, Pat", "R&D Team", "Sales (EMEA)", "dr.a.smith+crm@tailspin.io",
             "Just Because Florists", "山田 太郎", "Helpdesk - Tier 2", "m.kowalski@northwind.pl", "Queue.Support",
             "Ops", "Grace Hopper Jr.", "billing@wide-world-importers.com", "Chloé D'Arcy"]
PROFILES = ["Exchange Online (Prod)", "EWS - Tier 1", "Litware POP3/SMTP", "Fourth Coffee Exchange 2019",
            "Default Profile", "gmail.com SMTP", "Tailspin EWS #2", "Adventure Works On-Premises"]
SUBJECTS = ['Re: "Q3" numbers', "Invoice #88-120", "Welcome aboard!", "FW: meeting notes (draft)",
            "Ihre Bestellung 4711", "Test Message", "Password reset", "Ticket CAS-01234-X9Y8Z7"]

UNCOVERED = [  # plausible product alerts that no rule of the catalog covers
    "The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox {m} because the Exchange server did not respond in time. The owner of the email server profile {p} has been notified.",
    "Email can't be received for the mailbox {m} because the email address of the mailbox {m} is not valid. The owner of the associated email server profile {p} has been notified.",
    "Email can't be received for the mailbox {m}. Make sure that the email server profile is active and the server is reachable. Then, enable the mailbox for email processing.",
    "An unexpected error occurred while receiving the email message \"{s}\". Mailbox {m} didn't synchronize. The owner of the associated email server profile {p} has been notified.",
    "The email message \"{s}\" couldn't be sent because the recipient address is not valid.",
    "Email can't be sent because the mailbox {m} has exceeded the sending limit of the email server. The owner of the email server profile {p} has been notified.",
    "Appointments, contacts, and tasks can't be synchronized because the mailbox {m} isn't enabled for synchronization of appointments, contacts, and tasks.",
    "Email can't be received because the mailbox {m} is full. The mailbox has been disabled for receiving email and the owner of the email server profile {p} has been notified.",
    "The mailbox {m} can't be synchronized because the user isn't licensed for the application.",
    "Email can't be received for the mailbox {m} because the email server returned an authentication error. The owner of the associated email server profile {p} has been notified.",
    "The email server profile {p} has been disabled because the server certificate has expired.",
    "Appointments can't be synchronized because the Start Time field isn't present.",
    "Email cannot be sent because the email address of the mailbox {m} is not verified by the Exchange administrator.",
    "The mailbox location could not be determined for the mailbox {m} because autodiscover is disabled in the email server profile {p}.",
    "Contacts can't be synchronized for the mailbox {m} because the contact limit of the Exchange mailbox was reached.",
    "An unknown error occurred while receiving email for the mailbox {m}. The owner of the associated email server profile {p} has been notified.",
    "Email can't be sent because the connection to the SMTP server timed out. The mailbox {m} will be retried.",
    "The mailbox {m} is disabled for email processing because the email address was changed.",
]
UNRELATED = [
    "550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup",
    "Your mailbox is almost full. You can reduce the size of your mailbox by deleting items you don't need.",
    "The connection to Microsoft Exchange is unavailable. Outlook must be online or connected to complete this action.",
    "Business Process Error: The record could not be saved because the required field Account Name is empty.",
    "SQL Server error 1205: Transaction was deadlocked on lock resources with another process.",
    "HTTP 429 Too Many Requests: the request was throttled by the Dataverse service protection limits.",
    "TypeError: Cannot read properties of undefined (reading 'length') at main.js:42",
    "Power Automate: The trigger condition was not met, so the flow did not run.",
    "Please can someone reset my password, I am locked out of Teams",
    "The SharePoint site could not be created because the document location is invalid.",
    "ERROR 403: You do not have permission to read the contact record.",
    "disk quota exceeded on /var/log",
    "Thank you for your order. Your package will arrive on Monday.",
    "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
    "The Outlook add-in could not be loaded. Contact your administrator.",
    "Your subscription expires in 7 days. Renew now to keep your data.",
    "thanks!",
    "Exchange Online PowerShell: The term 'Get-Mailbox' is not recognized as the name of a cmdlet.",
]
QUESTIONS = {
    "email-pending-send": ["why won't my emails leave pending send", "status pending send for hours, email not delivered"],
    "exchange-onprem-connectivity": ["how to test EWS connectivity to our on prem exchange", "is it our on-premises exchange connection that is broken"],
    "exchange-online-unsupported-config": ["exchange online mailbox in another tenant, is that supported", "what authentication does exchange online need for server side sync"],
    "mailbox-repeatedly-disabled": ["mailbox disabled again and again", "what is the retry policy for transient errors"],
    "unsupported-email-configuration": ["can we use exchange 2003 with server-side synchronization", "pop3 for incoming and exchange for outgoing, supported?"],
    "invitee-tracked-appointment-not-created": ["attendee tracked a meeting but no appointment was created"],
    "service-appointments-one-way": ["edits to service appointments in outlook are lost"],
    "exchange-online-limits": ["sending limit in exchange online for a busy queue mailbox"],
    "sent-email-direction-incoming": ["emails i send are saved as incoming"],
    "incoming-email-over-150mb": ["big attachments email never tracked in dynamics"],
    "mailbox-updated-by-inactive-user": ["user who never logs in shows as active in usage reports"],
    "sss-failures-dashboard": ["where is the dashboard of server-side synchronization failures"],
    "sss-monitoring-dashboard": ["dashboard to monitor mailbox sync health"],
    "appointment-organizer-missing": ["organizer field removed from appointment form, sync stopped"],
    "mailbox-configured-with-another-org": ["mailbox is syncing with our sandbox org instead of production"],
}


def fill(template: str, values: dict[str, str], rng: random.Random) -> str:
    """One concrete wording: choices picked consistently, placeholders filled."""
    pick = rng.randrange(2)
    text = re.sub(r"\{([^{}|]+\|[^{}]+)\}", lambda m: m.group(1).split("|")[min(pick, m.group(1).count("|"))], template)
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), ""), text)


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeiourstnl") + word[i + 1:]


def damage_literals(text: str, values: dict[str, str], rng: random.Random, edit) -> str:
    """Apply ``edit`` to words outside the filled-in values, so the values stay checkable."""
    protected = [v for v in values.values() if v]
    parts = re.split("(" + "|".join(re.escape(v) for v in sorted(protected, key=len, reverse=True)) + ")", text) if protected else [text]
    return "".join(p if p in protected else edit(p, rng) for p in parts)


def typos(n: int):
    def edit(part: str, rng: random.Random) -> str:
        words = part.split(" ")
        for _ in range(n):
            k = rng.randrange(len(words))
            words[k] = typo(words[k], rng)
        return " ".join(words)
    return edit


def swap_words(part: str, rng: random.Random) -> str:
    words = part.split(" ")
    inner = [k for k in range(1, len(words) - 2) if words[k] and words[k + 1]]
    if inner:
        k = rng.choice(inner)
        words[k], words[k + 1] = words[k + 1], words[k]
    return " ".join(words)


def wrap(text: str, rng: random.Random, width: int | None = None, quote: str = "", hyphen: bool = False) -> str:
    width = width or rng.randrange(38, 78)
    lines, line = [], ""
    for word in text.split(" "):
        if len(line) + len(word) + 1 > width and line:
            if hyphen and len(word) > 9:
                cut = len(word) // 2
                lines.append(line + " " + word[:cut] + "-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(quote + l for l in lines)


PREFIXES = ["2026-05-14T07:21:09.113Z ERROR ", "[WARN] ", "Alert: ", "May 14 07:21:09 crm-sync: ", "ERROR | ",
            "Hi team, we get this error since this morning:\n", "Mailbox alert: ", "12/05/2026 08:15 Error "]
RECORD = ("\nEmail Server Error Code: {code}\nDetails: T:311 ActivityId: 0b9c2a6e-1f3d-4c7b-8e21-9d0f6a5b4c3e "
          ">Microsoft.Crm.Asynchronous.EmailConnector.ExchangeSyncException\n   at Microsoft.Crm.Asynchronous.EmailConnector.Run()")

FAMILIES = {
    "exact": lambda t, v, r: t,
    "curly": lambda t, v, r: t.replace("'", "\u2019").replace('"', "\u201c", 1).replace('"', "\u201d", 1),
    "html": lambda t, v, r: "<div><span>" + t.replace("'", "&#39;").replace("&", "&amp;").replace("&amp;#39;", "&#39;") + "</span></div>",
    "quoted-reply": lambda t, v, r: wrap(t, r, quote="> "),
    "hyphen-wrap": lambda t, v, r: wrap(t, r, width=50, hyphen=True),
    "spaces": lambda t, v, r: t.replace(" ", "  ").replace(". ", ".\u00a0 ", 2),
    "prefix": lambda t, v, r: r.choice(PREFIXES) + t,
    "record": lambda t, v, r: t + RECORD.format(code=r.choice(["MailboxDisabled", "ExchangeError", "Unknown"])),
    "typo2": lambda t, v, r: damage_literals(t, v, r, typos(2)),
    "typo4": lambda t, v, r: damage_literals(t, v, r, typos(4)),
    "swap": lambda t, v, r: damage_literals(t, v, r, swap_words),
    "upper": lambda t, v, r: t.upper(),
    "title": lambda t, v, r: t.title(),
    "fragment": lambda t, v, r: " ".join(t.split(" ")[len(t.split(" ")) // 4: len(t.split(" ")) * 3 // 4 + 2]),
    "truncate": lambda t, v, r: t[: max(60, int(len(t) * r.uniform(0.45, 0.8)))].rstrip() + r.choice(["…", "...", ""]),
    "combo": lambda t, v, r: r.choice(PREFIXES[:5]) + wrap(damage_literals(t, v, r, typos(2)), r).replace("'", "\u2019"),
}
# Families added later draw from their own random stream, so the cases above stay as they were.
LATER_FAMILIES = {
    # A log line or API answer in JSON: quotes and every non-ASCII letter escaped.
    "json": lambda t, v, r: json.dumps({"level": "Error", "source": "EmailConnector", "message": t}),
    # A terminal or fixed-width log cuts every line at the same column, inside words too.
    "hard-fold": lambda t, v, r: hard_fold(t, r.randrange(48, 80), r.choice(["\n", "\r\n"])),
    "double-html": lambda t, v, r: html.escape(html.escape(t)),
}
# ...and from a third stream, the families of the stop that read them (so the cases above stay as they were).
NEWER_FAMILIES = {
    # A structured log's record: its message cut short, and an error of its own in another field.
    "record-cut": lambda t, v, r: json.dumps({"level": "error", "message": cut_short(t, r),
                                              "error": r.choice(ERRORS)}),
    # A dashboard's rows, each cut short, pasted into a field of one line.
    "cut-on-a-line": lambda t, v, r: " ".join(cut_short(t.replace(v.get("mailbox_name") or "\0", name), r)
                                              for name in ("Ops", "HR", "Ops")),
}
# ...and from a fourth stream, the families of the stop that read them.
NEWEST_FAMILIES = {
    # A coloured log copied out of a terminal: its level and a word here and there in colour codes.
    "terminal-colour": lambda t, v, r: "\x1b[31mERROR\x1b[0m " + re.sub(
        r"(?<= )([A-Za-z]+)(?= )", lambda w: f"\x1b[1m{w.group(1)}\x1b[0m" if r.random() < 0.15 else w.group(1), t),
    # A chat's emoji after each sentence's end, next to the value the sentence ends with.
    "emoji-after": lambda t, v, r: re.sub(r"(?<=[.!?])(?= )", lambda _: " " + r.choice(["\u26a0\ufe0f", "\U0001f525", "\U0001f440"]), t),
    # A file's name made of the alert, every blank an "_".
    "underscored": lambda t, v, r: t.replace(" ", "_"),
}
# ...and from a fifth stream, the alert cut short among other parts of a paste.
PARTS_FAMILIES = {
    # A forum post: a greeting, the alert cut short in a paragraph of its own, the question in another.
    "cut-paragraph": lambda t, v, r: r.choice(["", "Hi all,\n\n"]) + cut_short(t, r) + "\n\n" + r.choice(QUESTIONS_AFTER),
    # A grid's row: the alert cut short in its column, between the row's other cells.
    "cut-grid-row": lambda t, v, r: "Error\t05/14/2026 07:21\t" + cut_short(t, r).rstrip(".") + "\tMailbox\tActive",
}
# ...and from a sixth stream: a chat's markup, sentences glued together, an aside after an alert cut short.
CHAT_FAMILIES = {
    # Markdown's or a chat's italics around each name.
    "chat-italics": lambda t, v, r: italicised(t, v),
    # The blank after each sentence's full stop lost (as text taken from a page's paragraphs without their breaks).
    "glued-sentences": lambda t, v, r: damage_literals(t, v, r, lambda part, _: part.replace(". ", ".")),
    # An alert cut short, and the asker's aside in brackets after it.
    "cut-aside": lambda t, v, r: cut_short(t, r) + r.choice(ASIDES),
}
# ...and from a seventh stream: an alert (cut short), and a short question in a paragraph or on a line of its own after it.
QUESTION_FAMILIES = {
    "cut-short-question": lambda t, v, r: cut_short(t, r).removesuffix("...") + "\n\n" + r.choice(SHORT_QUESTIONS),
    # ...or on the next line, and after a whole alert.
    "question-line": lambda t, v, r: r.choice([cut_short(t, r).removesuffix("..."), t]) + "\n" + r.choice(SHORT_QUESTIONS),
}
SHORT_QUESTIONS = ["Any idea?", "Can anyone explain this?", "How do I fix it?", "Thoughts?"]
# ...and from an eighth stream: a forum post, a greeting over the alert (cut short or whole), a question and a sign-off
# under it.
POST_FAMILIES = {
    "forum-post": lambda t, v, r: r.choice(GREETINGS) + r.choice([cut_short(t, r).removesuffix("..."), t])
    + r.choice(["\n", "\n\n"]) + r.choice(SHORT_QUESTIONS) + r.choice(SIGN_OFFS),
}
GREETINGS = ["Hello team,\n", "Hi all,\n\n", "Good morning!\n", ""]
SIGN_OFFS = ["", "\n\nThanks,\nKim", "\nThanks in advance!", "\n\nBest regards,\nKim Lee\nIT Ops"]
ASIDES = [" (this started after we moved to the new tenant)", " [happens on every sandbox since Monday]",
          " (any idea what changed?)"]
QUESTIONS_AFTER = ["Can anyone help me figure out what this means?", "We moved to a new tenant last week, could that be it?",
                   "Any idea what to check first? Thanks in advance"]
ERRORS = ["x509: certificate has expired or is not yet valid", "dial tcp 10.0.0.5:993: i/o timeout after 30s",
          "The remote server returned an error: (401) Unauthorized."]
KEEPS_VALUES = {"exact", "curly", "html", "quoted-reply", "spaces", "prefix", "record", "typo2", "typo4", "swap",
                "upper", "title", "combo", "json", "hard-fold", "double-html", "terminal-colour", "emoji-after",
                "underscored", "chat-italics", "glued-sentences"}


def italicised(text: str, values: dict[str, str]) -> str:
    """Each value in "_" marks, where it stands on its own (not inside a longer value)."""
    for value in sorted({v for v in values.values() if v}, key=len, reverse=True):
        text = re.sub(r"(?<![\w_])" + re.escape(value) + r"(?![\w_])", lambda _: "_" + value + "_", text)
    return text


def cut_short(text: str, rng: random.Random) -> str:
    """The text cut as a dashboard's column cuts it (as the truncate family does), at a word's end."""
    return text[: max(60, int(len(text) * rng.uniform(0.45, 0.8)))].rsplit(" ", 1)[0] + "..."


def hard_fold(text: str, width: int, newline: str) -> str:
    return newline.join(text[k:k + width] for k in range(0, len(text), width))


def shared_elsewhere(fragment: str, values: dict[str, str], rule_id: str, wordings: list[tuple[str, str]]) -> bool:
    words = fragment
    for value in sorted((v for v in values.values() if v), key=len, reverse=True):
        words = words.replace(value, " ")
    pieces = [p.strip() for p in re.split(r"\s{2,}", words) if p.strip()]
    for other_id, text in wordings:
        if other_id != rule_id:
            flat = re.sub(r"\{[^{}]*\}", "  ", text)
            if all(any(piece in re.sub(r"\{([^{}|]*)\|[^{}]*\}", r"\1", flat).replace("  ", " ") or
                       piece in re.sub(r"\{[^{}|]*\|([^{}]*)\}", r"\1", flat).replace("  ", " ") for _ in [0])
                   for piece in pieces):
                return True
    return False


def covered_cases(rng: random.Random, families: dict) -> list[dict]:
    cases = []
    wordings = []
    for path in sorted(RULES.glob("*.yaml")):
        rule = yaml.safe_load(path.read_text(encoding="utf-8"))
        wordings += [(rule["id"], alert["text"]) for alert in rule.get("alerts", [])]
    for path in sorted(RULES.glob("*.yaml")):
        rule = yaml.safe_load(path.read_text(encoding="utf-8"))
        for alert in rule.get("alerts", []):
            for family, damage in families.items():
                for _ in range(2):
                    values = {"mailbox_name": rng.choice(MAILBOXES), "user_name": rng.choice(MAILBOXES),
                              "email_server_profile_name": rng.choice(PROFILES), "message_subject": rng.choice(SUBJECTS)}
                    text = fill(alert["text"], values, rng)
                    used = {k: v for k, v in values.items() if "{" + k + "}" in alert["text"]}
                    message = damage(text, used, rng)
                    expect = rule["id"]
                    if family == "fragment" and shared_elsewhere(message, used, rule["id"], wordings):
                        expect = None  # the same words stand in another rule's wording: no rule can be named
                    cases.append({"message": message, "expect": expect, "family": family,
                                  "params": used if family in KEEPS_VALUES else None})
    return cases


def other_cases(rng: random.Random) -> list[dict]:
    cases = []
    for template in UNCOVERED:
        for _ in range(2):
            values = {"m": rng.choice(MAILBOXES), "p": rng.choice(PROFILES), "s": rng.choice(SUBJECTS)}
            cases.append({"message": template.format(**values), "expect": None, "family": "real-other", "params": None})
    cases += [{"message": text, "expect": None, "family": "out-of-scope", "params": None} for text in UNRELATED]
    for rule_id, questions in QUESTIONS.items():
        cases += [{"message": q, "expect": rule_id, "family": "symptom", "params": None} for q in questions]
    return cases


def main() -> None:
    rng = random.Random(SEED)
    cases = covered_cases(rng, FAMILIES) + other_cases(rng) + covered_cases(random.Random(SEED + 1), LATER_FAMILIES) \
        + covered_cases(random.Random(SEED + 2), NEWER_FAMILIES) + covered_cases(random.Random(SEED + 3), NEWEST_FAMILIES) \
        + covered_cases(random.Random(SEED + 4), PARTS_FAMILIES) + covered_cases(random.Random(SEED + 5), CHAT_FAMILIES) \
        + covered_cases(random.Random(SEED + 6), QUESTION_FAMILIES) + covered_cases(random.Random(SEED + 7), POST_FAMILIES)
    with open(HERE / "own.jsonl", "w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases written to {HERE / 'own.jsonl'}")


if __name__ == "__main__":
    main()
