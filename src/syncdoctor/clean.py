"""Raw paste -> clean text: the encodings and damage that copying adds, undone.

HTML (tags, entities, even encoded twice), JSON escapes from a log line, CSV's
doubled quotes, URL escapes, UTF-8 shown in another code page (see mojibake),
control characters, "> " reply marks, a viewer's line numbers, lines cut at a width (see folds);
and the product's own trailers (the error-code line, the "Details:" trace) are
found.  Everything else stays as the user wrote it.
"""
from __future__ import annotations

import binascii
import html
import html.entities
import re

from . import folds, mojibake

#: Longest text that is matched; alerts are a few hundred characters, and
#: everything past this is a stack trace or another paste.
MAX_MATCH_CHARS = 8_000
#: How far a paste is read at all: room for the escapes and markup that decoding takes out.
MAX_READ_CHARS = MAX_MATCH_CHARS * 4

# Control characters, read as a space: C0 but tab and line breaks, DEL, and C1 (a terminal's escapes among them,
# "\x9b" its CSI) that is left once Windows-1252 read as Latin-1 is read again (see mojibake.C1_AS_CP1252).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A terminal's codes, as a coloured log copied or piped out of one holds them: no text, taken out whole before the
# control characters are (else "[31m" stays).  A colour or a cursor move (CSI: "\x1b[1;31m"), a window's title or a
# link (OSC: "\x1b]0;title\x07", "\x1b]8;;url\x1b\\"), a character set ("\x1b(B").
_TERMINAL_CODE = re.compile(r"\x1b(?:\[[0-9;:<=>?]{0,40}[ -/]{0,4}[@-~]|\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\)|[()][0-9A-Za-z])")
# Marks that are no letter and take no room, dropped: a soft hyphen, a zero-width space or joiner (where a
# page may break a long word: "Co\u200bllections" shows as "Collections"), a word joiner or byte-order mark,
# and the direction marks and isolates that web apps put around names ("\u2068Dana Lee\u2069").
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_TAG = re.compile(
    r"</?(?:p|br|div|span|b|i|u|em|strong|a|li|ul|ol|td|tr|th|table|tbody|thead|font|pre|code|h[1-6]|hr|"
    r"blockquote|section|article|label|small|sup|sub|mark|img|body|html|head|tt)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An escaped character, quotes escaped in pairs, or a JSON key with a string value ('"message": "').
_JSON_EVIDENCE = re.compile(r'\\u[0-9a-fA-F]{4}|\\"[\s\S]*?\\"|"[A-Za-z_][A-Za-z0-9_.\-]{0,40}"[ \t]*:[ \t]*"')
_JSON_ESCAPE = re.compile(r'\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(["\\/nrt]))')
_JSON_SIMPLE = {"n": "\n", "r": "\r", "t": "\t"}
# What still shows after one decoding when the text was escaped twice (not a name's own "\n").
_ESCAPED_AGAIN = re.compile(r'\\u[0-9a-fA-F]{4}|\\"')
# Markdown source (a wiki page, a ticket kept as markdown) escapes the marks that would format: "Sales\_Queue" is
# shown, and meant, as "Sales_Queue"; so are "\*", "\[", "\#", "\-", "\(", "\|" and the like.  Not a backslash
# before a letter ("CONTOSO\svc"), before another backslash ("\\fs01\share"), escaped itself ("Ops\\_Archive"),
# nor before a full stop or a quote, which the alert's own text puts after a value: a name "Q3\" stays as written
# in 'message Q3\. The mailbox'.
_MARKDOWN_ESCAPE = re.compile(r"(?<!\\)\\([_*#\[\]`~|<>\-+!(){}])")
# A program's string writes an apostrophe as "\'" (Python's repr of a text that holds both quotes, a script's
# single-quoted string); SQL's doubles it inside a word ("can''t", "O''Brien").  No name is written so.
_ESCAPED_APOSTROPHE = re.compile(r"(?<!\\)\\'")
_DOUBLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])''(?=[A-Za-z])")
_CSV_DELIMITERS = ",;\t\n"
# A spreadsheet's cell as some readers of its file give it: a character its XML may not hold written as
# "_xHHHH_" ("...has been notified._x000D_" for the line break of an exported alert's description).
_SPREADSHEET_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Quoted-printable, as a mail's source shows it: bytes as "=XX", lines of at most 76 characters
# cut with a "=" at the end (a soft break, which is no space).
_QP_ESCAPES = re.compile(r"(?:=[0-9A-F]{2})+")
_QP_SOFT_BREAK = re.compile(r"=[ \t]*\r?\n")
QP_LINE = 76
# A mail's part in base64, as its source shows it (a saved ".eml", "Show original"): the part's transfer-encoding
# header, its other headers (eight at most), a blank line, then lines of base64 of at most 76 characters, the last
# one padded.  (With no bound on the headers, each of many such lines would look down the whole text for a blank one.)
_BASE64_PART = re.compile(r"(?<![^\n])(content-transfer-encoding:[ \t]*base64[ \t]*\r?\n(?:[^\r\n]+\r?\n){0,8}?\r?\n)"
                          r"((?:[A-Za-z0-9+/]{4,76}\r?\n)*[A-Za-z0-9+/]*={0,2})", re.IGNORECASE)
# Log prefixes in front of an alert: timestamps, levels, bracketed tags, a logger's dotted name before " - " (log4net's
# and NLog's layouts: "ERROR Microsoft.Crm.Sss - Email..."), a container runtime's stream and tag ("stdout F"),
# "Alert:", a ticket's or a chat's label ("Error message:", "Text:", "Description -", "Alert text ->": not "Text-Team").
# Dates as ISO, the US or Europe write them, or with the month's name: syslog's "Nov 20 10:00:03" (after its
# priority, "<11>", and before its host and program, "crmhost AsyncService[4242]:"), a C library's
# "Fri Nov 20 10:00:03 2026", "20 Nov 2026", "November 20, 2026".  A month's name is a date only before a time or a
# year ("May 5 mailboxes" is no date).
MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?"
LOG_PREFIX = re.compile(
    r"""^(?:\s*(?:
        [0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T\s][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?)?\s*(?:Z|UTC|[+-][0-9]{2}:?[0-9]{2})?
      | [0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[AP]M)?)?
      | <[0-9]{1,3}>[0-9]?
      | (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?""" + MONTH + r"""\s+[0-9]{1,2}
        (?=\s+[0-9]{1,2}:[0-9]{2}|,\s*[0-9]{4})(?:,\s*[0-9]{4})?
      | [0-9]{1,2}[\s/\-]""" + MONTH + r"""[\s/\-][0-9]{4}
      | [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?(?:\s*[AP]M)?(?:\s+(?:19|20)[0-9]{2}(?![0-9:]))?
        (?:\s+[A-Za-z0-9._\-]+\s+[A-Za-z0-9._/\-]+(?:\[[0-9]+\])?:(?=\s))?
      | \[[^\]\n]{0,40}\]
      | (?:stdout|stderr)\s+[FP](?=\s)
      | (?:error|err|warning|warn|info|information|informational|critical|crit|fatal|debug|trace|notice|alert|severity)
        (?=[\s:\-|\]]) \s*[:\-|]?
      | [A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\s+-(?=\s)
      | [A-Za-z][A-Za-z0-9_ ]{0,30}?\balert\s*[:\-]
      | (?:message|text|description)\s*(?::|-+>?)(?=\s)
      | [:\-|>]+
    ))+""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT = re.compile(r"[0-9]")
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")  # "> " of a quoted email reply
_BLANKS = re.compile(r"\s+")
UNDERSCORED_WORDS = 8  # the fewest words of a sentence written with "_" for blanks (see underscored_blanks)
_URL_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")  # a run of them: one character may take several bytes
# A link written in markdown, "[Ravi](https://contoso.crm.dynamics.com/...)", as a web page's linked name pastes into a
# chat or a ticket: its text (wrapped over lines, maybe), as a tag's (see _TAG).
# A mail client's plain text (Outlook's, forwarding an alert's mail) writes each link's target after its text
# ("kevin.lee@fabrikam.com<mailto:kevin.lee@fabrikam.com>", "[mailto:...]", "<https://...>") and a mark for each inline
# image ("[cid:image001.png@01DA...]"): no part of what the text says.
_LINK_TARGET = re.compile(r"[ \t]?(?:<(?:mailto:|https?://)[^<>\s]{1,2000}>|\[(?:mailto:|cid:)[^\[\]\s]{1,2000}\])",
                          re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,200})\]\((?:https?://|mailto:)[^()\s]{0,2000}\)")
# A time stamp between two sentences of a line ("...haven't been approved. 11/26/2026 10:15 AM Approve the..."), where
# a grid's or a log's field fell inside the paste: a field, no word of the alert, taken out.
_STAMP_BETWEEN_SENTENCES = re.compile(
    r"(?<=[.!?\"\u201d])([ \t]+)(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|"
    r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?:[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp][Mm])?)?|"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp][Mm])?)[ \t]+(?=[A-Z])")
#: A line of its own between two lines that only marks a printed page ("Page 2 of 3", "page 2/3", "- 2 -"): a text
#: copied out of a PDF across a page break.
_PAGE_MARK = re.compile(r"\n[ \t]*(?:page[ \t]+[0-9]{1,4}(?:[ \t]*(?:of|/)[ \t]*[0-9]{1,4})?|-[ \t]*[0-9]{1,4}[ \t]*-)[ \t]*(?=\n)",
                        re.IGNORECASE)
# A viewer's line numbers ("  3 | text", "12: text"), taken off only when every line has one.
#: "12 | text", "12: text"; or "12<tab>text", "  12  text" (cat -n, nl), whose numbers must count up one by one.
_LINE_NUMBER = re.compile(r"[ \t]*([0-9]{1,6})(?:[ \t]*[|:\u2502][ \t]?|(\t|[ ]{2,}))")
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/tr|/td|/th|hr)\b[^<>]{0,500}>", re.IGNORECASE)  # end a line or a cell
# What the product appends to an alert record: the error code line and the
# "Details:" trace.  They are cut before matching (the code is kept).
_ERROR_CODE = re.compile(r"(?:^|\s)Email\s+Server\s+Error\s+Code\s*:\s*([A-Za-z0-9_.\-]+)?", re.IGNORECASE)
# The error code may also come first, as a field of a log line that joins its fields ("[Error] Email Server Error Code:
# Crm.80044151 | Email can't be received..."): then fewer words than CODE_FIRST_WORDS stand before it, and the alert
# after it; the text is cut at the next code only.
CODE_FIRST_WORDS = 3
_FIELD_WORD = re.compile(r"[A-Za-z]{2,}")
# (Blanks, not \s, after the line break: \s* would run over every following line break, a
# quadratic search on a paste of many empty lines.)
_DETAILS = re.compile(r"(?:^|\n)[ \t]*(?:Details|Exception|Stack\s*trace)\s*:|\n[ \t]+at\s+[\w.]+\(", re.IGNORECASE)
# A mail's sign-off under what it says: the signature's "-- " line, a closing on a line of its own
# ("Regards,", "Thanks!"), a phone's "Sent from my iPhone"; with a signature at most under it (see
# _signature_under), or it is no sign-off.  Cut as trailers are.
_SIGN_OFF = re.compile(r"\n[ \t]*(?:--|(?:best |kind |warm )?regards|(?:thanks|thank you)(?: in advance| a lot| so much)?"
                       r"|many thanks|thx|cheers|br)[ \t]*[,.!]?[ \t]*(?:\n|$)"
                       r"|\n[ \t]*(?:sent from my|get outlook for) ", re.IGNORECASE | re.ASCII)
SIGNATURE_LINES = 6
SIGNATURE_LINE_CHARS = 60  # a signature's line: a name, a title, a phone number
SIGNED_WORDS = 3  # the fewest words above a sign-off with a signature under it ("Why is mail stuck?")
# A mail's legal notice at the end ("CONFIDENTIALITY NOTICE: This e-mail ... is for the sole use of the
# intended recipient..."): a last paragraph with DISCLAIMER_MARKS of these, each a sign of one.  (One
# alone may be a question's own word: "our confidential HR queue".)  ASCII: case-blind only for ASCII
# letters, as the site's JavaScript is ("İ" is no "i" to it).
_DISCLAIMER_MARK = re.compile(r"confidential|intended recipient|privileged|unauthori[sz]ed|prohibited|disclaimer|"
                              r"notify the sender|delete (?:this|it)|legally binding", re.IGNORECASE | re.ASCII)
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
#: Where a paragraph ends: a blank line, or a code block's fence on a line of its own (markdown's, Jira's, a forum's).
#: A name never runs over one (past it are the asker's words: "...profile Main Exchange Profile\n\nAny idea?"), and
#: the asker's question is read apart from the alert at one (see match.readings).
PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n"
                           r"|(?:^|\n)[ \t]*(?:```|~~~|\{code(?::[^}\n]*)?\}|\{noformat\}|\[/?code\])[^\n]*(?=\n|$)")
# A grid's cells, copied as a row, are parted by tabs (see holds_cells).
CELL_BREAK = re.compile(r"[ ]*\t[ \t]*")
DISCLAIMER_MARKS = 2
# A list's or a preview's link to the rest of a cut text ("...while establish... Show more"), right
# after the cut or on a line of its own at the end: the page's words, not the alert's.  The cut stays.
_EXPAND_LINK = re.compile(r"(\.\.\.|\u2026|\n)[ \t]{0,3}(?:show|see|read|view)[ \t]{1,3}(?:more|less)[ \t]{0,3}[.)]?[ \t\r\n]{0,6}\Z",
                          re.IGNORECASE)
EXPAND_TAIL = 40  # characters at the end where such a link is looked for (it is at most 30 long)


def single_spaced(text: str) -> str:
    """``text`` with each run of blanks as one space (a wrapped line, a doubled space, a page's no-break space), and
    none at its ends; but a run of ideographic spaces only ("営業部　東京") is a CJK name's own, typed so by its
    writer's input method, and is kept."""
    return _BLANKS.sub(_one_space, text).strip()


def _one_space(blanks: re.Match) -> str:
    run = blanks.group()
    return run if run.strip("\u3000") == "" else " "


def holds_cells(text: str) -> bool:
    """Whether tabs part a grid's cells in ``text``: it has tabs and spaces (where every blank is a tab, a tab is a
    blank, and the text one sentence)."""
    return "\t" in text and " " in text.strip(" \t")


def clean_text(raw: str, join_folds: bool = True) -> str:
    """Decode HTML, JSON and markdown escapes and UTF-8 shown in another code page, undo a hard fold (unless
    ``join_folds`` is false), drop tags and control characters; keep everything else as written."""
    return clean_paste(raw, join_folds)[0]


def clean_paste(raw: str, join_folds: bool = True) -> tuple[str, folds.Cuts]:
    """clean_text, and the (line, next line) at each break taken out as the cut of a hard fold.  The stages go from
    the outside in: what carried the text (a record, a mail's or a URL's encoding), how a program escaped it, its
    characters, how a page laid it out, its markup, and the marks around it."""
    text = _carried(record_text(raw[:MAX_READ_CHARS]))
    text, json_decoded = _unescaped(text)
    text = _characters_repaired(text)
    text, cuts = _unfolded(text, join_folds)
    text = _unmarked_up(text, json_decoded)
    text = _unquoted(text)
    if not cuts and WRAP_START.match(text):
        text = unwrapped(text)
    return text, cuts


def _carried(text: str) -> str:
    """The text out of what carried it: a mail part's base64 or quoted-printable, a URL, a spreadsheet cell."""
    if "64" in text:
        text = _BASE64_PART.sub(_decoded_part, text)
    if "=" in text:
        text = unquote_printable(text)
    if "%" in text:
        text = unquote_url(text)
    if "_x" in text:
        text = _SPREADSHEET_ESCAPE.sub(_spreadsheet_char, text)
    if "_" in text:
        text = underscored_blanks(text)
    return text


def _unescaped(text: str) -> tuple[str, bool]:
    """The text without a program's escapes (a JSON string's, markdown's, an apostrophe's: "O\\'Brien"), and whether
    it was read as JSON."""
    if "\\" not in text:
        return text, False
    decoded = unescape_json(text)
    json_decoded, text = decoded != text, decoded
    if json_decoded and _ESCAPED_AGAIN.search(text):  # a JSON string inside a JSON document: escaped twice
        text = _JSON_ESCAPE.sub(_json_escape_value, text)
    text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    return _ESCAPED_APOSTROPHE.sub("'", text), json_decoded


def _characters_repaired(text: str) -> str:
    """UTF-8 shown in another encoding repaired; control codes as blanks, invisible characters gone."""
    if not text.isascii():
        if mojibake.C1.search(text):
            text = text.translate(mojibake.C1_AS_CP1252)
        text = mojibake.repair(text)
    if "\x1b" in text:
        text = _TERMINAL_CODE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return text if text.isascii() else _INVISIBLE.sub("", text)


def _unfolded(text: str, join_folds: bool) -> tuple[str, folds.Cuts]:
    """The lines without a page's marks, a viewer's numbers, a log's stamps and a quoted reply's marks; and a hard
    fold's lines joined (if ``join_folds``), with the cuts taken out."""
    if "\n" in text:
        text = strip_line_stamps(strip_line_numbers(_PAGE_MARK.sub("", text)))
    if ">" in text:  # before the folds: a quoted line's marks are no part of what was cut
        text = _QUOTE_MARKS.sub("", text)
    if join_folds and "\n" in text:
        return folds.join_folds(text)
    return text, ()


def _unmarked_up(text: str, json_decoded: bool) -> str:
    """The text without HTML's tags and entities (even encoded twice, even hiding tags or a JSON line's escapes)."""
    if "<" in text:
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if "&" not in text:
        return text
    twice = "&amp;" in text.lower()
    # A JSON string's quotes hidden by HTML ('\&quot;Q3\&quot;'), in a log line already read as JSON for its
    # "\u0027": only the page's decoding shows them.
    hidden_quotes = json_decoded and ("\\&quot;" in text or "\\&#34;" in text)
    text = unescape_html(text)
    if twice and _ENTITY.search(text):  # encoded twice, as in "o&amp;#39;brien"
        text = unescape_html(text)
    if "<" in text:  # entities that hid tags, as in "&lt;p&gt;": a cell or a line still ends where its tag was
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    if ">" in text:  # a quoted reply's marks shown as HTML ("&gt; The owner of...")
        text = _QUOTE_MARKS.sub("", text)
    if (not json_decoded or hidden_quotes) and "\\" in text:  # a JSON log line shown as HTML ('\&quot;Hi\&quot;')
        text = unescape_json(text)
    return text


def _unquoted(text: str) -> str:
    """The text without a CSV field's or SQL's doubled quotes, a markdown link's target, a mail client's link targets
    and a grid's stamps between sentences."""
    if '""' in text:
        text = unquote_csv_field(text)
    if "''" in text:
        text = _DOUBLED_APOSTROPHE.sub("'", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if "<" in text or "[" in text:
        text = _LINK_TARGET.sub("", text)
    if ":" in text or "/" in text or "-" in text:
        text = _STAMP_BETWEEN_SENTENCES.sub(r"\1", text)
    return text


#: Quotes and markdown a writer puts around a text to set it off ("`Sales Queue`", "*Ops*", "\u201cQ3\u201d", a Jira
#: ticket's "{{Ops}}", markdown's or a chat's italics "_Ops_"), a longer mark before the shorter one it starts with.
#: (A name with the mark inside as well keeps it: "_svc_crm_" is a name, not italics.)  Other languages' quotes too: German "\u201e...\u201c", "\u201a...\u2018" and "\u00bb...\u00ab",
#: Swedish "\u201d...\u201d" and "\u00bb...\u00bb", French "\u2039...\u203a", Japanese "\u300c...\u300d" and
#: "\u300e...\u300f", a full-width '\uff02'.  (Around a value only: a whole paste is looked at for the marks of
#: WRAP_START.)
MARK_PAIRS = (("**", "**"), ("__", "__"), ("*", "*"), ("_", "_"), ("``", "``"), ("`", "`"), ('"', '"'), ("'", "'"),
              ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("{{", "}}"),
              ("\u201e", "\u201c"), ("\u201e", "\u201d"), ("\u201a", "\u2018"), ("\u201a", "\u2019"),
              ("\u00bb", "\u00ab"), ("\u00bb", "\u00bb"), ("\u201d", "\u201d"), ("\u2019", "\u2019"),
              ("\u2039", "\u203a"), ("\u203a", "\u2039"), ("\u300c", "\u300d"), ("\u300e", "\u300f"),
              ("\uff02", "\uff02"))
#: ...and around a whole paste, to quote it (a chat, a ticket, a code block, a forum's post) or bracket it.  Where the
#: paste starts or ends with a value (a piece cut there), they would be read as the name's: '"Sales Team because...'.
_WRAPPING = (("```", "```"), ("{code}", "{code}"), ("{noformat}", "{noformat}"), ("{quote}", "{quote}"),
             ("[code]", "[/code]"), ("[quote]", "[/quote]")) + MARK_PAIRS + (("(", ")"), ("[", "]"))
_QUOTE_LIKE = frozenset("\"'\u201d\u2019\u00bb")  # closing marks that also close a quote inside: not a pair's then
_FENCE_HEAD = re.compile(r"```[\w+#.-]*[ \t]*\n")  # a code block's first line, with its language
_BULLET = re.compile(r"[*+\u2022][ \t]+")  # a list's mark before the paste ("- " is read as a value's separator)
WRAP_START = re.compile("\\s*[`*_\"'\u201c\u2018\u00ab(\\[+\u2022{]")  # (a look at the start, not a copy of the text)


def unwrapped(text: str) -> str:
    """``text`` without a code block's fences, a list's bullet or the marks around it as a whole (see _WRAPPING), a
    pair in a pair too ('"**...**"').  Marks that close inside stay: in "'Sales' because ... profile 'EWS'" the
    first and the last quote are the names'."""
    body = text.strip()
    for _ in range(3):
        fence, bullet = _FENCE_HEAD.match(body), _BULLET.match(body)
        if fence and body.endswith("```"):
            body = body[fence.end():-3].strip()
            continue
        if bullet:
            body = body[bullet.end():]
            continue
        pair = next(((opening, closing) for opening, closing in _WRAPPING if len(body) > len(opening) + len(closing)
                     and body.startswith(opening) and body.endswith(closing)
                     and not _closes_inside(body[len(opening):-len(closing)], opening, closing)), None)
        if pair is None:
            break
        body = body[len(pair[0]):-len(pair[1])].strip()
    return body if body != text.strip() else text


def _closes_inside(inner: str, opening: str, closing: str) -> bool:
    """Whether the marks close (or open) inside the text they would wrap: a quote followed by no letter ("Team'
    because", '"Q3". Mailbox'; not the apostrophe of "can't"), a bracket or a code mark anywhere."""
    if closing in _QUOTE_LIKE:
        return re.search(re.escape(closing) + r"(?![^\W\d_])", inner) is not None
    return opening in inner or closing in inner


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def record_text(text: str, other_texts: bool = True) -> str:
    """A structured log's records or a JSON document pasted whole, or after a log's prefix (a container's or a logger's
    date and level), as their messages and (unless not ``other_texts``) their other texts of some words (see
    _json_document_text, _logfmt_text); the prefix stays, for normalize to skip.  Other text as it is."""
    if len(text) > MAX_READ_CHARS:
        return text  # (a longer one is cut before it is read, and is no record then)
    if _ends_as_json(text):
        read = _json_record_text(text, other_texts)
        if read != text:
            return read
    return _logfmt_text(text, other_texts) if "=" in text else text


def _json_record_text(text: str, other_texts: bool = True) -> str:
    """A JSON document pasted whole, or after a log's prefix, as its messages (see _json_document_text)."""
    if _is_json_like(text):
        read = _json_document_text(text, other_texts=other_texts)
        if read != text:
            return read
    prefix = LOG_PREFIX.match(text)  # "[date] {...}" is no JSON itself, but a prefix and a record
    record = text[prefix.end():].lstrip() if prefix else ""
    if not _is_json_like(record):
        return text
    return text[:len(text) - len(record)] + _json_document_text(record, other_texts=other_texts)


_STARTS_AS_JSON = re.compile(r"\s*[{\[]")
_STARTS_AS_LOGFMT = re.compile(r"[A-Za-z_@][A-Za-z0-9_.@\-]*=")


def _logfmt_text(text: str, other_texts: bool = True) -> str:
    """logfmt records pasted whole, or after a log's prefix (syslog's date, host and program), as their messages, a
    paragraph each (see exports.logfmt_messages): the other fields around a message are no part of it, nor its quotes
    and escapes ('level=error msg="Sales Team because..." mailbox=Sales').  Other text as it is."""
    prefix = LOG_PREFIX.match(text)
    record = text[prefix.end() if prefix else 0:].lstrip(" \t\r\n")
    if not _STARTS_AS_LOGFMT.match(record):
        return text
    from .exports import logfmt_messages  # (the readers of triage; imported only for such a paste)

    messages = logfmt_messages(record, other_texts)
    return text[:len(text) - len(record)] + "\n\n".join(messages) if messages else text


def _ends_as_json(text: str) -> bool:
    """Whether the text ends with "}" or "]", blanks aside: most texts tell by their last character, with no copy."""
    last = text[-1:]
    return last in ("}", "]") or last.isspace() and text.rstrip()[-1:] in ("}", "]")


def _is_json_like(text: str) -> bool:
    return bool(_STARTS_AS_JSON.match(text)) and _ends_as_json(text)


def _json_document_text(text: str, depth: int = 3, other_texts: bool = True) -> str:
    """A JSON document pasted whole as its messages, a paragraph each (see exports.document_messages), and a message
    that is a JSON document itself as its own: the JSON around a message cut at a name is no part of the name
    ('{"message": "Sales Team because...').  Other text as it is."""
    from .exports import document_messages  # (the JSON readers of triage; imported only for such a paste)

    messages = document_messages(text.strip(), other_texts)
    if not messages or any(_LONE_SURROGATE.search(message) for message in messages):
        return text  # (an escape of half a character is left to unescape_json, which keeps it as written)
    joined = "\n\n".join(messages)  # records apart, as paragraphs: lines of one width are no fold here
    return _json_document_text(joined, depth - 1, other_texts) if depth > 1 and _is_json_like(joined) else joined


def unquote_url(text: str) -> str:
    """Text copied out of a URL ("Email%20can%27t%20be%20received..."): its escapes decoded.

    Only text without a space is read so, and only when it shows "%20" and another escape, or
    a form's "+" between words (three or more) and an escape; a name such as "100% Club" in a
    normal text stays.  Escapes that do not spell UTF-8 leave the text as it is.
    """
    if " " in text or "\n" in text:
        return text
    escapes = sum(len(run) for run in _URL_ESCAPES.findall(text)) // 3
    form = "%20" not in text
    if escapes < 1 or (form and text.count("+") < 3) or (not form and escapes < 2):
        return text
    try:
        decoded = _URL_ESCAPES.sub(_url_bytes, text)
    except UnicodeDecodeError:
        return text
    return decoded.replace("+", " ") if form else decoded


def underscored_blanks(text: str) -> str:
    """A text whose every blank is written as "_", as a file's or a report's name made of a sentence is
    ("Email_cant_be_received_for_the_mailbox_Sales..."), read with blanks.

    Only a text without a blank of UNDERSCORED_WORDS words or more, not all in capitals, is read so: a name
    ("svc_crm_sync") or a constant ("MAILBOX_DISABLED_FOR_INCOMING_EMAIL") stays as written.
    """
    bare = text.strip()
    if bare.count("_") + 1 < UNDERSCORED_WORDS or any(ch.isspace() for ch in bare) or bare.upper() == bare:
        return text
    return bare.replace("_", " ")


def _url_bytes(found: re.Match) -> str:
    return bytes.fromhex(found.group().replace("%", "")).decode("utf-8")


def unquote_printable(text: str) -> str:
    """Text copied out of a mail's source in quoted-printable ("can=E2=80=99t", lines cut with a
    "=" at the end): its escapes decoded and its soft breaks taken out.

    Only text that shows it is read so: a line ending with "=" in lines of at most 76 characters
    (the most quoted-printable allows), or an escape that spells a character of several UTF-8
    bytes; a name such as "Room=A1" stays.  Escapes that do not spell UTF-8 stay as written.
    """
    soft = bool(_QP_SOFT_BREAK.search(text)) and all(len(line.rstrip(" \t\r")) <= QP_LINE for line in text.split("\n"))
    if not soft and not any(_spells_non_ascii(run) for run in _QP_ESCAPES.findall(text)):
        return text
    if soft:
        text = _QP_SOFT_BREAK.sub("", text)
    return _QP_ESCAPES.sub(lambda found: _qp_text(found.group()) or found.group(), text)


def _decoded_part(found: re.Match) -> str:
    """A mail part's base64 as its text: UTF-8, else Windows-1252 (as a browser reads it: see
    mojibake.C1_AS_CP1252); as
    written if it is not whole base64 (a length that is no multiple of four)."""
    body = re.sub(r"\s", "", found.group(2))
    if not body or len(body) % 4:
        return found.group()
    try:
        data = binascii.a2b_base64(body)
    except binascii.Error:
        return found.group()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1").translate(mojibake.C1_AS_CP1252)
    return found.group(1) + text + "\n"


def _spells_non_ascii(run: str) -> bool:
    decoded = _qp_text(run)
    return decoded is not None and not decoded.isascii()


def _qp_text(run: str) -> str | None:
    """The UTF-8 text a run of "=XX" escapes spells, or None."""
    try:
        return bytes.fromhex(run.replace("=", "")).decode("utf-8")
    except UnicodeDecodeError:
        return None


def strip_line_numbers(text: str) -> str:
    """Lines copied with a viewer's numbers in front of each: the numbers taken off (two lines or more)."""
    previous = None

    def cut(line: str) -> str | None:
        nonlocal previous
        found = _LINE_NUMBER.match(line)
        if not found or found.group(2) and previous is not None and int(found.group(1)) != previous + 1:
            return None  # a blank, not a mark, after the number: only a count by ones is a viewer's
        previous = int(found.group(1))
        return line[found.end():]
    return _strip_each_line(text, cut)


def strip_line_stamps(text: str) -> str:
    """A log that wrote one message over several lines, each behind its own time stamp ("10:00:01 ERROR
    [SSS] appointments, contacts, and tasks..."): the stamps taken off every line.  Only when every line
    (two or more) starts with a log prefix that holds a time or a date, so a line's own words stay.  A line whose
    stamp is another's and a word that reads as a level ("...ERROR [SSS] error occurred while") keeps the word."""
    stamps = {line: _line_stamp(line) for line in text.split("\n")}
    known = {stamp.rstrip() for stamp in stamps.values() if stamp}

    def cut(line: str) -> str | None:
        stamp = stamps[line]
        if stamp is None:
            return None
        # The shortest of the lines' stamps that this one starts with, up to a blank (a set: many lines stay linear).
        ends = (end for end, character in enumerate(stamp) if character.isspace() and stamp[:end] in known)
        return line[next(ends, len(stamp)):].lstrip(" \t")
    return _strip_each_line(text, cut)


def _line_stamp(line: str) -> str | None:
    """A line's log prefix, if it holds a time or a date."""
    found = LOG_PREFIX.match(line)
    return found.group() if found and _DIGIT.search(found.group()) else None


def _strip_each_line(text: str, cut) -> str:
    """Every line that is not blank through ``cut`` (its own text, or None: these are not such lines);
    the text as it was unless two lines or more keep some text."""
    kept = []
    for line in text.split("\n"):
        rest = cut(line) if line.strip() else line
        if rest is None:
            return text
        kept.append(rest)
    return "\n".join(kept) if sum(1 for line in kept if line.strip()) >= 2 else text


def unquote_csv_field(text: str) -> str:
    """A line copied out of a CSV file ('2026-03-04,Error,"The email message ""Hi"" can't be sent",x'):
    the quoted field's own quotes taken off and its doubled quotes read as one.

    Only a field that opens with the text's first quote (at the start, or after a delimiter),
    closes before a delimiter or the end, and doubles a quote inside is read so; an alert whose
    subject ends with a quote ('message "Re: "Q3"". Mailbox') is left as it is.
    """
    opening = text.find('"')
    if text[:opening].rstrip(" ")[-1:] not in ("", *_CSV_DELIMITERS):
        return text
    field, k, doubled = [], opening + 1, False
    while k < len(text):
        if text[k] == '"':
            if text[k + 1:k + 2] != '"':
                break
            doubled = True
            k += 1
        field.append(text[k])
        k += 1
    rest = text[k + 1:]
    if k >= len(text) or not doubled or rest.lstrip(" ")[:1] not in ("", *_CSV_DELIMITERS):
        return text
    return text[:opening] + "".join(field) + rest


#: A character reference as a page's source writes it: with its semicolon.  Python's html.unescape also reads the
#: legacy names without one, as a browser does in a page; in a pasted text they are a name's letters ("Sales&notes"
#: is no "Sales\u00aces", "R&D&copy" no "R&D\u00a9").
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[^\t\n\f <&#;]{1,32});")


def unescape_html(text: str) -> str:
    """The character references of ``text`` decoded, those with their semicolon only (see _REFERENCE)."""
    return _REFERENCE.sub(_reference, text)


def _reference(found: re.Match) -> str:
    reference = found.group()
    if reference[1] == "#":
        return html.unescape(reference)
    return html.entities.html5.get(reference[1:], reference)


def unescape_json(text: str) -> str:
    """Text copied out of a JSON document (a log line, an API answer) with its escapes decoded.

    Only text that shows a JSON escape of a character, or of two quotes, or a JSON key with a
    string value is decoded, so that a name such as ``CONTOSO\\nadia`` keeps its backslash otherwise.
    A surrogate pair is one character; a lone surrogate escape is left alone.
    """
    if not _JSON_EVIDENCE.search(text):
        return text
    return _JSON_ESCAPE.sub(_json_escape_value, text)


def _json_escape_value(found: re.Match) -> str:
    high, low, code, char = found.groups()
    if high is not None:
        return (chr(int(high, 16)) + chr(int(low, 16))).encode("utf-16", "surrogatepass").decode("utf-16")
    if code is not None:
        value = int(code, 16)
        return found.group() if 0xD800 <= value <= 0xDFFF else chr(value)
    return _JSON_SIMPLE.get(char, char)


def _spreadsheet_char(found: re.Match) -> str:
    value = int(found.group(1), 16)
    return found.group() if 0xD800 <= value <= 0xDFFF else chr(value)  # half a pair is no character


def _signature_under(text: str, under: str) -> bool:
    """What stands under a sign-off is a signature (a name, a title, a number), not more of what the
    person says ("Hi team,\nThanks\n<the question>"): a few lines, and fewer words than above it; or,
    under a short question, short lines that ask nothing ("Kevin Lee / IT Operations | Contoso Ltd.")."""
    if under.count("\n") >= SIGNATURE_LINES:
        return False
    if len(under.split()) <= len(text.split()):
        return True
    return "?" not in under and len(text.split()) >= SIGNED_WORDS and \
        all(len(line) <= SIGNATURE_LINE_CHARS for line in under.split("\n"))


def _without_disclaimer(clean: str) -> str:
    """The text above a mail's legal notice (see _DISCLAIMER_MARK): its last paragraphs while they are one."""
    breaks = list(PARAGRAPH_BREAK.finditer(clean))
    while breaks:
        last = clean[breaks[-1].end():]
        if len({mark.group().lower() for mark in _DISCLAIMER_MARK.finditer(last)}) < DISCLAIMER_MARKS:
            break
        clean = clean[:breaks.pop().start()]
    return clean


def split_trailers(clean: str) -> tuple[str, str | None]:
    """Cut the error-code line, any trace, a mail's sign-off and a "Show more" link after the alert;
    return (alert part, error code)."""
    code = None
    found = _ERROR_CODE.search(clean) if "code" in clean.lower() else None  # (a cheap test first)
    if found:
        code = found.group(1) or ""  # the line is there, its code cut off
        if len(_FIELD_WORD.findall(clean, 0, found.start())) < CODE_FIRST_WORDS and clean[found.end():].strip():
            found = _ERROR_CODE.search(clean, found.end())  # a field before the alert, read as a log's prefix is
        if found:
            clean = clean[: found.start()]
    # Without a line break a trace could only match at the very start, which is never cut.
    if "\n" in clean:
        clean = _without_disclaimer(clean)
        details = _DETAILS.search(clean)
        if details and details.start() > 0:
            clean = clean[: details.start()]
        sign_off = _SIGN_OFF.search(clean)
        if sign_off and sign_off.start() > 0 and _signature_under(clean[: sign_off.start()], clean[sign_off.end():]):
            clean = clean[: sign_off.start()]
    tail = clean[-EXPAND_TAIL:]
    expand = _EXPAND_LINK.search(tail)
    if expand:
        cut = len(clean) - len(tail) + (expand.start() if expand.group(1) == "\n" else expand.end(1))
        if cut > 0:
            clean = clean[:cut]
    return clean, code
