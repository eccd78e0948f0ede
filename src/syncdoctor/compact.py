"""The help site's style sheet and scripts as a browser gets them: without comments and the blanks that say nothing.

The sources in ``site/assets/`` keep their comments for the reader; a visitor downloads about a third less, and
with the names a script declares shortened (see short_names) about half.  Nothing here changes what a statement does:
every line of a script stays a line or is joined where no statement ends, strings and patterns are kept as written,
and a line this cannot read for sure is left as it is.
"""
from __future__ import annotations

import re

from .short_names import with_short_names

#: A comment after a line's code, set off by two spaces after the statement's end ("x = 1;  // see y"); a string or a
#: pattern of the scripts never holds that.
_TRAILING_COMMENT = re.compile(r"(?<=[;{},)])[ \t]{2,}//.*")
#: A line that ends so goes on into the next with no line break between: no statement ends or starts at that break.
_GOES_ON = (";", "{", ",", "&&", "||")
#: A line that ends a block goes on into a next one that starts with a name, a keyword or another block's end: a line
#: break there only ends a statement the script would not parse without it (an object's "}" and no semicolon): the
#: tests that run the script under node and in the browser would fail.  Not before "(", "[", "+", "-", "/" or a
#: template: "}\n(f)()" is no call.
_STARTS_A_STATEMENT = re.compile(r"[A-Za-z_$}]")
#: The blanks next to a bracket, a comma, a semicolon, or an operator of comparison, assignment, logic or choice say
#: nothing to a script's parser: "if (a === b) { c = d; }" is "if(a===b){c=d;}".  Only outside the line's strings
#: and patterns, whose blanks are their content.
_CODE_BLANKS = re.compile(r"[ \t]*([,;{}()\[\]=<>!&|?:*%])[ \t]*")
#: The blanks around "+", "-" and "/" say nothing either, unless the sign next to them would then join another:
#: "a + +b" is no "a++b", "a / *b" no comment.
_SIGN_BLANKS = re.compile(r"[ \t]*([+\-/])[ \t]*")
_SIGN_CLASHES = {"+": "+-", "-": "+-", "/": "/*"}
#: What a browser reads as the start of an HTML-like comment in a script, which tighter code must not come to hold.
_HTML_COMMENT = re.compile(r"<!--|-->")
#: After these (or at a line's start, or after "return", "typeof" or "case") a "/" starts a pattern; elsewhere it
#: divides.  An arrow's ">" is one: "(s) => /x/.test(s)".
_BEFORE_PATTERN = frozenset("(,=:[!&|?{};>")
_KEYWORD_BEFORE_PATTERN = re.compile(r"\b(?:return|typeof|case)$")

#: A quoted string, kept as it is; or the blanks around a brace, a semicolon, a comma or a child combinator, and after a
#: colon, which say nothing (not before a colon: ".a :focus" is not ".a:focus").
_STYLE_BLANKS = re.compile(r"(\"[^\"]*\"|'[^']*')|\s*([{};,>])\s*|(:)\s+")


def compact_style(source: str) -> str:
    """The style sheet as the browser gets it: without comments, without the blanks that say nothing (see
    _STYLE_BLANKS) and the semicolon after a block's last declaration; every other run of blanks one space."""
    text = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    text = _STYLE_BLANKS.sub(lambda found: found.group(1) or found.group(2) or found.group(3), text)
    pieces = re.split(r"(\"[^\"]*\"|'[^']*')", text)
    return "".join(piece if k % 2 else re.sub(r"\s+", " ", piece).replace(";}", "}")
                   for k, piece in enumerate(pieces)).strip() + "\n"


def compact_script(source: str, name: str) -> str:
    """A script as the browser gets it: no indentation, blank lines or comments, and short names (see short_names).
    Only whole-line comments (``//`` lines and ``/* */`` blocks that start a line) and the comments after a line's code
    go; a line goes on into the next only where a line break ends or starts no statement (see _joined; and only in a
    script with no template, which may run over lines)."""
    kept, in_block = [], False
    for line in source.splitlines():
        line = line.strip()
        if in_block or line.startswith("/*"):  # no statement starts with "/*": a regex never starts with "*"
            close = line.find("*/", 0 if in_block else 2)
            in_block = close < 0
            line = "" if in_block else line[close + 2:].strip()  # code after the block, if any, stays
        line = _TRAILING_COMMENT.sub("", line)
        if line and not line.startswith("//"):
            kept.append(_tightened(line))
    if any(_holds_a_template(line) for line in kept):
        shortened, body = kept, "\n".join(kept)
    else:
        shortened = _with_short_names(kept)
        body = _joined(shortened)
    told = ", its own names shortened" if shortened != kept else ""
    return f"// syncdoctor site/assets/{name}, without its comments{told}\n{body}\n"


def _with_short_names(lines: list[str]) -> list[str]:
    """The lines with the names the script declares shortened (see short_names), if every line is read for sure; else
    as they are: a name in a line this cannot read might be left with its old name."""
    pieces = [_code_and_literals(line) for line in lines]
    if any(line is None for line in pieces):
        return lines
    return ["".join(line) for line in with_short_names(pieces)]


def _joined(lines: list[str]) -> str:
    """The lines, each that goes on (see _GOES_ON, _STARTS_A_STATEMENT) with the next after it on the same line.  A
    line this does not read for sure (it may end in a comment) ends with a line break, as does one whose joining
    would start an HTML-like comment."""
    out: list[str] = []
    for k, line in enumerate(lines):
        following = lines[k + 1] if k + 1 < len(lines) else ""
        goes_on = (line.endswith(_GOES_ON) or line.endswith("}") and _STARTS_A_STATEMENT.match(following) is not None) \
            and _code_and_literals(line) is not None and not _HTML_COMMENT.search(line[-3:] + following[:3])
        out.append(line if goes_on or not following else line + "\n")
    return "".join(out)


def _holds_a_template(line: str) -> bool:
    """Whether a line may hold a template ("`...${x}...`", which may run over lines): a backtick in a line this does
    not read for sure."""
    return "`" in line and _code_and_literals(line) is None


def _tightened(line: str) -> str:
    """A line of code without the blanks that say nothing (see _CODE_BLANKS), its strings and patterns as written."""
    pieces = _code_and_literals(line)
    if pieces is None:
        return line
    tight = "".join(_SIGN_BLANKS.sub(_tight_sign, _CODE_BLANKS.sub(r"\1", text)) if k % 2 == 0 else text
                    for k, text in enumerate(pieces))
    return line if _HTML_COMMENT.search(tight) else tight


def _tight_sign(found: re.Match) -> str:
    """A sign without its blanks (see _SIGN_BLANKS), where the characters around do not clash with it."""
    text, sign, clashes = found.string, found.group(1), _SIGN_CLASHES[found.group(1)]
    around = text[found.start() - 1:found.start()] + text[found.end():found.end() + 1]
    return found.group(0) if any(char in clashes for char in around) else sign


def _code_and_literals(line: str) -> list[str] | None:
    """The line as code, literal, code, literal, ..., code: its strings and patterns the literals.  None for a line
    this does not read for sure: a template (its "${...}" holds code), a comment, a string or a pattern that does not
    end on the line."""
    pieces, start, k = [], 0, 0
    while k < len(line):
        char = line[k]
        if char == "`":
            return None
        if char in "\"'":
            end = _string_end(line, k)
        elif char == "/":
            if line[k + 1:k + 2] in ("/", "*"):
                return None
            if not _starts_a_pattern(line[start:k], bool(pieces)):
                k += 1  # it divides: code
                continue
            end = _pattern_end(line, k)
        else:
            k += 1
            continue
        if end is None:
            return None
        pieces += [line[start:k], line[k:end]]
        start = k = end
    return pieces + [line[start:]]


def _starts_a_pattern(code_before: str, after_a_literal: bool) -> bool:
    """Whether a "/" after this code starts a pattern, not a division."""
    before = code_before.rstrip()
    if not before:
        return not after_a_literal  # at the line's start; right after a string it divides
    return before[-1] in _BEFORE_PATTERN or _KEYWORD_BEFORE_PATTERN.search(before) is not None


def _string_end(line: str, start: int) -> int | None:
    """Where the string that opens at ``start`` ends (past its closing quote)."""
    quote, k = line[start], start + 1
    while k < len(line):
        if line[k] == "\\":
            k += 2
            continue
        if line[k] == quote:
            return k + 1
        k += 1
    return None


def _pattern_end(line: str, start: int) -> int | None:
    """Where the pattern that opens at ``start`` ends (past its flags); a "/" inside a class ("[/]") does not end it."""
    k, in_class = start + 1, False
    while k < len(line):
        char = line[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            k += 1
            while k < len(line) and line[k].isalpha():
                k += 1
            return k
        k += 1
    return None
