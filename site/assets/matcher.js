/* syncdoctor matcher: the same algorithm as the Python package (src/syncdoctor/clean.py, normalize.py, terms.py,
 * match/*.py), reading the compiled knowledge base that `syncdoctor build-site` writes into
 * kb-data.js.  No modules, no fetch, no workers: it runs from file://.  Python and this file are
 * held together by the test vectors in tests/vectors/. */
(function (root) {
  "use strict";
  var has = Object.hasOwn, keys = Object.keys, min = Math.min, max = Math.max;  // short names: the page carries every use

  // ---- clean.py and normalize.py --------------------------------------------------------
  var MAX_MATCH_CHARS = 8000;
  var LINE_CUT_ROOM = 2000;  // normalize.LINE_CUT_ROOM
  var SIGNATURE_LINES = 6;  // clean.SIGNATURE_LINES
  var SIGNATURE_LINE_CHARS = 60;  // clean.SIGNATURE_LINE_CHARS
  var SIGNED_WORDS = 3;  // clean.SIGNED_WORDS
  var DISCLAIMER_MARKS = 2;  // clean.DISCLAIMER_MARKS
  var EXPAND_TAIL = 40;  // clean.EXPAND_TAIL
  var CODE_FIRST_WORDS = 3;  // clean.CODE_FIRST_WORDS
  var UNDERSCORED_WORDS = 8;  // clean.UNDERSCORED_WORDS
  var QUOTES = { "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u00b4": "'", "`": "'",
    "\u02bc": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2026": " " };
  var QUOTE_RE = /[\u2018\u2019\u201a\u201b\u00b4`\u02bc\u2032\u201c\u201d\u201e\u00ab\u00bb\u2033\u2026]/g;
  var CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;  // clean._CONTROL
  var TERMINAL_CODE = /\x1b(?:\[[0-9;:<=>?]{0,40}[ -\/]{0,4}[@-~]|\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\)|[()][0-9A-Za-z])/g;  // clean._TERMINAL_CODE
  var INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;  // clean._INVISIBLE
  var QP_ESCAPES = /(?:=[0-9A-F]{2})+/g, QP_SOFT_BREAK = /=[ \t]*\r?\n/g, QP_LINE = 76;  // clean.unquote_printable
  // "> " of a quoted reply at the start of a line; a line starts after "\n" only, as in Python's
  // re.MULTILINE (JS's m flag also starts one after "\r", U+2028 and U+2029)
  var QUOTE_MARKS = /(^|\n)[ \t]*(?:>[ \t]?)+/g;
  var STAMP_BETWEEN_SENTENCES = new RegExp("(?<=[.!?\"\u201d])([ \\t]+)(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|" +
    "[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?:[ \\t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \\t]?[AaPp][Mm])?)?|" +
    "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \\t]?[AaPp][Mm])?)[ \\t]+(?=[A-Z])", "g");  // clean._STAMP_BETWEEN_SENTENCES
  var LINK_TARGET = /[ \t]?(?:<(?:mailto:|https?:\/\/)[^<>\s]{1,2000}>|\[(?:mailto:|cid:)[^\[\]\s]{1,2000}\])/gi;  // clean._LINK_TARGET
  var MARKDOWN_LINK = /\[([^\[\]]{1,200})\]\((?:https?:\/\/|mailto:)[^()\s]{0,2000}\)/g;  // clean._MARKDOWN_LINK
  var ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
  var JSON_EVIDENCE = /\\u[0-9a-fA-F]{4}|\\"[\s\S]*?\\"|"[A-Za-z_][A-Za-z0-9_.\-]{0,40}"[ \t]*:[ \t]*"/;
  var JSON_ESCAPE = /\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(["\\\/nrt]))/g;
  var MARKDOWN_ESCAPE = /(?<!\\)\\([_*#\[\]`~|<>\-+!(){}])/g;  // see clean._MARKDOWN_ESCAPE
  var FOLD_MIN_LINES = 3, FOLD_MIN_WIDTH = 40, MIN_REPEATED_WORDS = 4, LIST_MIN_CUTS = 2;
  // "Message  : ..." of PowerShell's Format-List (folds._PROPERTY)
  var PROPERTY = /^[A-Za-z][A-Za-z0-9_.\-]*(?: [A-Za-z0-9_.\-]+){0,2} *: /;
  var WORD_START = /^(?:[a-z][A-Z]|[\p{L}\p{N}][(\[{]|[,:;!?]\S)/u;
  var ELISION = /[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026/g;
  var LEADING_ELISION = /^(?:[.!?]\s+)?(?:[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026)\s*/;
  var TRAILING_ELISION = /\s*(?:[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026)$/;
  // UTF-8 shown as Windows-1252: the characters of bytes 0x80..0x9F, then 0xA0..0xFF as themselves.
  var CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
    "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
  var C1_AS_CP1252 = {};
  for (var b = 0; b < 32; b++) if (CP1252_HIGH.charCodeAt(b) !== 0x80 + b) C1_AS_CP1252[String.fromCharCode(0x80 + b)] = CP1252_HIGH[b];
  // mojibake.misreadings: UTF-8 read in Windows-1252, code page 437 and code page 850 (bytes 0x80..0xF4)
  var LATIN_HIGH = "";
  for (var b = 0xa0; b < 0xf5; b++) LATIN_HIGH += String.fromCharCode(b);
  var MISREADINGS = [misreading(CP1252_HIGH + LATIN_HIGH, false),
    misreading("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠", true),
    misreading("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶", true)];
  var UTF8 = typeof TextDecoder === "undefined" ? null : new TextDecoder("utf-8", { fatal: true });
  var TAG = new RegExp("</?(?:p|br|div|span|b|i|u|em|strong|a|li|ul|ol|td|tr|th|table|tbody|thead|font|pre|code|" +
    "h[1-6]|hr|blockquote|section|article|label|small|sup|sub|mark|img|body|html|head|tt)(?![\\p{L}\\p{N}_])[^<>]{0,500}>", "giu");
  // (Python's \b and \w know every script's letters, JS's only ASCII: "<b𝐁old>" is no tag in either.)
  var LINE_NUMBER = /^[ \t]*([0-9]{1,6})(?:[ \t]*[|:\u2502][ \t]?|(\t|[ ]{2,}))/;  // a viewer's line numbers (clean._LINE_NUMBER)
  var CSV_DELIMITERS = ",;\t\n";
  var RECORD_LINE = /^[ \t]*(?:Email[ \t]+Server[ \t]+Error[ \t]+Code|Details|Exception|Stack[ \t]*trace)[ \t]*:/i;
  var BLOCK_TAG = /<(?:br|\/p|\/div|\/li|\/tr|\/td|\/th|hr)(?![\p{L}\p{N}_])[^<>]{0,500}>/giu;
  // Python's case-blind match reads "\u0130", "\u0131" as "i", JS's not: match on a same-length copy where they are
  function replaceCaseless(text, pattern, by) {
    if (!/[\u0130\u0131]/.test(text)) return text.replace(pattern, by);
    var folded = text.replace(/[\u0130\u0131]/g, "i"), out = "", last = 0, found;
    pattern.lastIndex = 0;
    while ((found = pattern.exec(folded)) !== null) {
      out += text.slice(last, found.index) + by;
      last = found.index + found[0].length;
    }
    return out + text.slice(last);
  }
  var ERROR_CODE = /(?:^|\s)Email\s+Server\s+Error\s+Code\s*:\s*([A-Za-z0-9_.\-]+)?/i;
  var ERROR_CODE_AFTER = new RegExp(ERROR_CODE.source, "gi");  // searched from a place, as Python's search(text, pos)
  var DETAILS = /(?:^|\n)[ \t]*(?:Details|Exception|Stack\s*trace)\s*:|\n[ \t]+at\s+[\p{L}\p{N}_.]+\(/iu;  // \w as Python's
  // see clean._SIGN_OFF
  // see clean._EXPAND_LINK
  var EXPAND_LINK = /(\.\.\.|\u2026|\n)[ \t]{0,3}(?:show|see|read|view)[ \t]{1,3}(?:more|less)[ \t]{0,3}[.)]?[ \t\r\n]{0,6}$/i;
  var SIGN_OFF = /\n[ \t]*(?:--|(?:best |kind |warm )?regards|(?:thanks|thank you)(?: in advance| a lot| so much)?|many thanks|thx|cheers|br)[ \t]*[,.!]?[ \t]*(?:\n|$)|\n[ \t]*(?:sent from my|get outlook for) /i;
  var MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";  // clean.MONTH
  var PREFIX = new RegExp("^(?:\\s*(?:" + [
    "\\d{4}-\\d{2}-\\d{2}(?:[T\\s]\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)?\\s*(?:Z|UTC|[+-]\\d{2}:?\\d{2})?",
    "\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?)?",
    "<\\d{1,3}>\\d?",
    "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\\s+)?" + MONTH + "\\s+\\d{1,2}(?=\\s+\\d{1,2}:\\d{2}|,\\s*\\d{4})(?:,\\s*\\d{4})?",
    "\\d{1,2}[\\s/\\-]" + MONTH + "[\\s/\\-]\\d{4}",
    "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:\\s*[AP]M)?(?:\\s+(?:19|20)\\d{2}(?![\\d:]))?" +
      "(?:\\s+[A-Za-z0-9._\\-]+\\s+[A-Za-z0-9._/\\-]+(?:\\[\\d+\\])?:(?=\\s))?",
    "\\[[^\\]\\n]{0,40}\\]",
    "(?:stdout|stderr)\\s+[FP](?=\\s)",
    "(?:error|err|warning|warn|info|information|informational|critical|crit|fatal|debug|trace|notice|alert|severity)" +
      "(?=[\\s:\\-|\\]])\\s*[:\\-|]?",
    "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+\\s+-(?=\\s)",
    "[A-Za-z][\\w ]{0,30}?\\balert\\s*[:\\-]",
    "(?:message|text|description)\\s*(?::|-+>?)(?=\\s)",
    "[:\\-|>]+"].join("|") + "))+", "iu");  // u: counts and case as Python's (normalize._PREFIX)
  var WORD = /[\p{L}\p{N}_]+(?:['.@\-&+\/][\p{L}\p{N}_]+)*/gu;
  var FOLD_KEEP = /[\p{L}\p{N}_'.@\-&+\/]/u;
  var EXPANSIONS = { "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"],
    "shan't": ["shall", "not"], "cant": ["can", "not"], "wont": ["will", "not"] };
  "did does do is was were has have had could should would are".split(" ").forEach((verb) => {
    EXPANSIONS[verb + "nt"] = [verb, "not"];  // typed without the apostrophe
  });

  function isAscii(s) { return !/[^\x00-\x7f]/.test(s); }
  // len(s.split()): what str.split() counts (the control characters where the two differ are spaces by then)
  function pyWords(s) { return (s.match(/\S+/g) || []).length; }
  function translateQuotes(s) { return s.replace(QUOTE_RE, (c) => QUOTES[c]); }

  // Python's html.unescape: every HTML5 named reference (with or without its ";", the longest name
  // that fits), numeric references as the HTML5 parser reads them.  The tables come with the
  // knowledge base's data from Python's own (see useHtmlTables).
  // With its semicolon only: "Sales&notes" is a name (see clean._REFERENCE).
  var CHARREF = /&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[^\t\n\f <&#;]{1,32};)/gu;
  var ENTITIES = {}, CHARREF_FIXES = {}, INVALID_CODEPOINTS = new Set();
  function useHtmlTables(tables) {
    if (!tables) return;
    ENTITIES = tables.entities;
    CHARREF_FIXES = tables.charrefs;
    INVALID_CODEPOINTS = new Set(tables.invalid);
  }
  function unescapeHtml(text) {
    if (!text.includes("&")) return text;
    return text.replace(CHARREF, (all, ref) => {
      if (ref[0] === "#") {
        var hex = ref[1] === "x" || ref[1] === "X", digits = ref.slice(hex ? 2 : 1, -1);
        var num = parseInt(digits, hex ? 16 : 10);
        if (has(CHARREF_FIXES, num)) return CHARREF_FIXES[num];
        if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff) return "\ufffd";
        if (INVALID_CODEPOINTS.has(num)) return "";
        return String.fromCodePoint(num);
      }
      return has(ENTITIES, ref) ? ENTITIES[ref] : all;
    });
  }

  // see clean._BASE64_PART and clean._decoded_part: a mail's part in base64, as its source shows it
  var BASE64_PART = /(?<![^\n])(content-transfer-encoding:[ \t]*base64[ \t]*\r?\n(?:[^\r\n]+\r?\n){0,8}?\r?\n)((?:[A-Za-z0-9+\/]{4,76}\r?\n)*[A-Za-z0-9+\/]*={0,2})/gi;
  function decodedPart(all, head, body) {
    body = body.replace(/\s/g, "");
    if (!body || body.length % 4 || !UTF8) return all;
    try {
      var latin = atob(body), text = UTF8.decode(Uint8Array.from(latin, (c) => c.charCodeAt(0)));
    } catch (e) {
      if (latin === undefined) return all;
      text = latin.replace(/[\x80-\x9f]/g, (c) => C1_AS_CP1252[c] || c);
    }
    return head + text + "\n";
  }

  // see clean.clean_paste
  function cleanText(raw, joinFolds) {
    var text = raw.slice(0, unitsOf(raw, MAX_MATCH_CHARS * 4)), foldCuts = [], jsonDecoded = false;
    text = recordText(text);
    if (text.includes("64")) text = text.replace(BASE64_PART, decodedPart);
    if (text.includes("=")) text = unquotePrintable(text);
    if (text.includes("%")) text = unquoteUrl(text);
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (all, h) => {  // see clean._SPREADSHEET_ESCAPE
      var v = parseInt(h, 16); return v >= 0xD800 && v <= 0xDFFF ? all : String.fromCharCode(v);
    });
    if (text.includes("_")) text = underscoredBlanks(text);
    if (text.includes("\\")) {
      var decoded = unescapeJson(text);
      jsonDecoded = decoded !== text;
      text = decoded;
      if (jsonDecoded && /\\u[0-9a-fA-F]{4}|\\"/.test(text)) text = text.replace(JSON_ESCAPE, jsonEscapeValue);  // escaped twice
      text = text.replace(MARKDOWN_ESCAPE, "$1").replace(/(?<!\\)\\'/g, "'");  // clean._ESCAPED_APOSTROPHE
    }
    if (!isAscii(text)) {
      text = text.replace(/[\x80-\x9f]/g, (c) => C1_AS_CP1252[c] || c);  // clean._C1_AS_CP1252
      text = repairMojibake(text);
    }
    if (text.includes("\x1b")) text = text.replace(TERMINAL_CODE, "");
    text = text.replace(CONTROL, " ");
    if (!isAscii(text)) text = text.replace(INVISIBLE, "");
    if (text.includes("\n")) text = stripLineStamps(stripLineNumbers(text.replace(PAGE_MARK, "")));
    if (text.includes(">")) text = text.replace(QUOTE_MARKS, "$1");  // before the folds: no part of what was cut
    if (joinFolds && text.includes("\n")) {
      var listed = joinListValues(text);
      text = listed[0];
      foldCuts = listed[1];
      var folded = foldParagraphs(text);
      if (folded) {
        var paragraphs = folded[0], width = folded[1];
        paragraphs.forEach((lines) => { foldCuts = foldCuts.concat(cutsOf(lines, width, 0)); });
        text = paragraphs.map((lines) => joinCutLines(lines, width, 0)).join("\n");
      }
    }
    if (text.includes("<")) text = replaceCaseless(replaceCaseless(text, BLOCK_TAG, "\n"), TAG, "");
    if (text.includes("&")) {
      var twice = text.toLowerCase().includes("&amp;");
      // a JSON string's quotes hidden by HTML in a log line already read as JSON (clean.clean_paste)
      var hiddenQuotes = jsonDecoded && (text.includes("\\&quot;") || text.includes("\\&#34;"));
      text = unescapeHtml(text);
      if (twice && ENTITY.test(text)) text = unescapeHtml(text);
      if (text.includes("<")) text = replaceCaseless(replaceCaseless(text, BLOCK_TAG, "\n"), TAG, "");  // a cell still ends
      if (text.includes(">")) text = text.replace(QUOTE_MARKS, "$1");  // a quoted reply's marks shown as HTML
      if ((!jsonDecoded || hiddenQuotes) && text.includes("\\")) text = unescapeJson(text);  // a JSON log line shown as HTML
    }
    if (text.includes('""')) text = unquoteCsvField(text);
    if (text.includes("''")) text = text.replace(/(?<=[A-Za-z])''(?=[A-Za-z])/g, "'");  // clean._DOUBLED_APOSTROPHE
    if (text.indexOf("](") >= 0) text = text.replace(MARKDOWN_LINK, "$1");
    if (/[<\[]/.test(text)) text = text.replace(LINK_TARGET, "");
    if (/[:\/\-]/.test(text)) text = text.replace(STAMP_BETWEEN_SENTENCES, "$1");
    if (!foldCuts.length && WRAP_START.test(text.trimStart())) text = unwrapped(text);
    return [text, foldCuts];
  }

  // see clean.unwrapped: a code block's fences, a list's bullet, the marks around a whole paste (clean._WRAPPING)
  // see clean._json_document_text and exports.document_messages, _json_row: a JSON document as its messages
  function recordText(text, alone) {  // clean.record_text; ``alone``: the messages without their other texts
    if (longerThan(text, MAX_MATCH_CHARS * 4)) return text;
    if (/[}\]]\s*$/.test(text)) { var read = jsonText(text, alone); if (read !== text) return read; }
    return text.includes("=") ? logfmtText(text, alone) : text;
  }
  function jsonText(text, alone) {  // clean._json_record_text
    if (jsonLike(text)) { var read = documentText(text, 3, alone); if (read !== text) return read; }
    var prefix = PREFIX.exec(text), record = prefix ? text.slice(prefix[0].length).trimStart() : "";
    return jsonLike(record) ? text.slice(0, text.length - record.length) + documentText(record, 3, alone) : text;
  }
  // see clean._logfmt_text and exports.logfmt_messages: logfmt records as their messages, read as JSON rows are
  function logfmtText(text, alone) {
    var prefix = PREFIX.exec(text), record = text.slice(prefix ? prefix[0].length : 0).replace(/^[ \t\r\n]+/, ""), rows = [];
    if (!/^[A-Za-z_@][\w.@-]*=/.test(record)) return text;
    for (var line of record.split("\n")) {
      line = line.replace(/^[ \t\r]+|[ \t\r]+$/g, "");
      if (!line) continue;
      var row = Object.create(null), at = 0, quoted = false, pair;
      while (at < line.length) {
        LOGFMT_PAIR.lastIndex = at;
        if (!(pair = LOGFMT_PAIR.exec(line))) return text;
        var value = pair[2];
        if (value[0] === '"') {
          value = value.slice(1, -1).replace(/\\(["\\nt])/g, (all, c) => ({ n: "\n", t: "\t" })[c] || c);
          quoted = true;
        }
        if (!(pair[1] in row)) row[pair[1]] = value;
        at = LOGFMT_PAIR.lastIndex;
      }
      if (!quoted && !keys(row).some((key) => MESSAGE_KEYS.includes(fieldName(key)))) return text;
      rows.push(row);
    }
    var found = rows.flatMap((row) => rowTexts(row, alone)).filter((m) => m.trim());
    return found.length ? text.slice(0, text.length - record.length) + found.join("\n\n") : text;
  }
  var LOGFMT_PAIR = /([A-Za-z_@][\w.@-]*)=("(?:[^"\\]|\\[\s\S])*"|[^ \t"]*)(?:[ \t]+|$)/y;  // exports._LOGFMT_PAIR
  function jsonLike(text) { var ends = text.trim(); return "{[".includes(ends[0]) && "}]".includes(ends.slice(-1)); }
  function documentText(text, depth, alone) {
    try { var data = JSON.parse(text.trim()); } catch (e) { return text; }
    var rows = Array.isArray(data) ? data : data && Array.isArray(data.value) ? data.value : [data];
    var found = rows.flatMap((row) => typeof row === "string" ? [row] : rowTexts(row, alone)).filter((m) => m.trim());
    if (!found.length || found.some((m) => /[\ud800-\udfff]/u.test(m))) return text;
    var joined = found.join("\n\n");  // records apart, as paragraphs
    return depth > 1 && jsonLike(joined) ? documentText(joined, depth - 1, alone) : joined;
  }
  function rowTexts(row, alone) {  // its message, then (not ``alone``) its other texts of some words (exports._row_texts)
    if (!row || typeof row !== "object" || Array.isArray(row)) return [];
    var texts = new Map(), values = [], level = [row], seen = 0;  // a level of nested objects at a time (exports._fields)
    for (var depth = 0; depth < FIELD_LIMITS[0] && level.length && seen <= FIELD_LIMITS[1]; depth++) {
      var nested = [];
      level.forEach((item) => keys(item).forEach((key) => {
        if (++seen > FIELD_LIMITS[1]) return;
        var name = fieldName(key);
        if (!texts.has(name)) texts.set(name, item[key]);
        values.push(item[key]);
        if (item[key] && typeof item[key] === "object" && !Array.isArray(item[key])) nested.push(item[key]);
      }));
      level = nested;
    }
    var named = MESSAGE_KEYS.find((name) => typeof texts.get(name) === "string"), message = named && texts.get(named) ||
      [...texts.values()].filter((v) => typeof v === "string").reduce((a, b) => codePoints(b) > codePoints(a) ? b : a, "");
    return [message].concat(values.filter((v) => !alone && typeof v === "string" && v !== message &&
      v.split(/\s+/).filter(Boolean).length >= WORDY_TEXT_WORDS));
  }
  function fieldName(key) {  // exports._normal
    return key.replace(/^\ufeff/, "").trim().replace(/^"+|"+$/g, "").toLowerCase().replace(/_/g, " ").split(/\s+/).filter(Boolean).join(" ");
  }
  var MESSAGE_KEYS = [], FIELD_LIMITS = [], WORDY_TEXT_WORDS = 0;  // exports.MESSAGE_COLUMNS + LOG_MESSAGE_KEYS, FIELD_DEPTH and MAX_FIELDS (create sets them)
  var WRAPPING = [], WRAP_START = /^[`*_"'\u201c\u2018\u00ab(\[+\u2022{]/;  // clean._WRAPPING (from the data), WRAP_STARTS
  function unwrapped(text) {
    var body = text.trim();
    for (var n = 0; n < 3; n++) {
      var fence = /^```[\w+#.-]*[ \t]*\n/.exec(body), bullet = /^[*+\u2022][ \t]+/.exec(body);
      if (fence && body.endsWith("```")) { body = body.slice(fence[0].length, -3).trim(); continue; }
      if (bullet) { body = body.slice(bullet[0].length); continue; }
      var pair = WRAPPING.find((p) => body.length > p[0].length + p[1].length && body.startsWith(p[0]) &&
        body.endsWith(p[1]) && !closesInside(body.slice(p[0].length, -p[1].length), p[0], p[1]));
      if (!pair) break;
      body = body.slice(pair[0].length, -pair[1].length).trim();
    }
    return body !== text.trim() ? body : text;
  }
  function closesInside(inner, opening, closing) {  // clean._closes_inside
    if ("\"'\u201d\u2019\u00bb".includes(closing)) return new RegExp(closing + "(?!\\p{L})", "u").test(inner);
    return inner.includes(opening) || inner.includes(closing);
  }

  // A text whose every blank is written as "_" (a file's name made of a sentence), read with blanks; only without
  // a blank, of UNDERSCORED_WORDS words or more, not all in capitals (clean.underscored_blanks)
  function underscoredBlanks(text) {
    var bare = text.trim();
    if (bare.split("_").length < UNDERSCORED_WORDS || /\s/.test(bare) || bare.toUpperCase() === bare) return text;
    return bare.replace(/_/g, " ");
  }

  // Text copied out of a URL, its escapes decoded; only without a space, with "%20" or a form's "+"
  // (clean.unquote_url).  Escapes that do not spell UTF-8 leave the text as it is.
  function unquoteUrl(text) {
    if (/[ \n]/.test(text)) return text;
    var escapes = (text.match(/%[0-9A-Fa-f]{2}/g) || []).length;
    var form = !text.includes("%20");
    if (escapes < 1 || (form && text.split("+").length - 1 < 3) || (!form && escapes < 2)) return text;
    var decoded;
    try {
      decoded = text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decodeURIComponent(run));
    } catch (e) {
      return text;
    }
    return form ? decoded.replace(/\+/g, " ") : decoded;
  }

  // Text copied out of a mail's source in quoted-printable, its escapes decoded and its soft breaks
  // taken out; only with a soft break in lines of at most 76 characters, or an escape of several
  // UTF-8 bytes (clean.unquote_printable).
  function unquotePrintable(text) {
    var soft = text.search(QP_SOFT_BREAK) >= 0 && text.split("\n").every((line) => {
      return Array.from(line.replace(/[ \t\r]+$/, "")).length <= QP_LINE;
    });
    var runs = text.match(QP_ESCAPES) || [];
    if (!soft && !runs.some((run) => { var decoded = qpText(run); return decoded !== null && !isAscii(decoded); }))
      return text;
    if (soft) text = text.replace(QP_SOFT_BREAK, "");
    return text.replace(QP_ESCAPES, (run) => { var decoded = qpText(run); return decoded === null ? run : decoded; });
  }
  function qpText(run) {
    if (!UTF8) return null;
    var hex = run.replace(/=/g, ""), bytes = new Uint8Array(hex.length / 2);
    for (var k = 0; k < bytes.length; k++) bytes[k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
    try { return UTF8.decode(bytes); } catch (e) { return null; }
  }

  // see clean.unquote_csv_field
  function isCsvEdge(ch) { return ch === "" || CSV_DELIMITERS.includes(ch); }
  function unquoteCsvField(text) {
    var opening = text.indexOf('"');
    if (!isCsvEdge(text.slice(0, opening).replace(/ +$/, "").slice(-1))) return text;
    var field = [], k = opening + 1, doubled = false;
    while (k < text.length) {
      if (text[k] === '"') {
        if (text.slice(k + 1, k + 2) !== '"') break;
        doubled = true;
        k++;
      }
      field.push(text[k]);
      k++;
    }
    var rest = text.slice(k + 1);
    if (k >= text.length || !doubled || !isCsvEdge(rest.replace(/^ +/, "").slice(0, 1))) return text;
    return text.slice(0, opening) + field.join("") + rest;
  }

  function stripEachLine(text, cut) {  // cut(line): the line's own text, or null if these are not such lines
    var lines = text.split("\n"), kept = [], filled = 0;
    for (var k = 0; k < lines.length; k++) {
      var rest = lines[k].trim() ? cut(lines[k]) : lines[k];
      if (rest === null) return text;
      kept.push(rest);
      if (rest.trim()) filled++;
    }
    return filled >= 2 ? kept.join("\n") : text;
  }
  var PAGE_MARK = /\n[ \t]*(?:page[ \t]+[0-9]{1,4}(?:[ \t]*(?:of|\/)[ \t]*[0-9]{1,4})?|-[ \t]*[0-9]{1,4}[ \t]*-)[ \t]*(?=\n)/gi;  // clean._PAGE_MARK
  function stripLineNumbers(text) {
    var previous = null;
    return stripEachLine(text, (line) => {
      var found = LINE_NUMBER.exec(line), number = found && parseInt(found[1], 10);
      if (!found || found[2] && previous !== null && number !== previous + 1) return null;  // a blank after it: count by ones
      previous = number;
      return line.slice(found[0].length);
    });
  }
  function stripLineStamps(text) {  // clean.strip_line_stamps
    var stamps = new Map(), known = new Set();
    text.split("\n").forEach((line) => {
      var found = PREFIX.exec(line), stamp = found && /[0-9]/.test(found[0]) ? found[0] : null;
      stamps.set(line, stamp);
      if (stamp) known.add(stamp.replace(/\s+$/, ""));
    });
    return stripEachLine(text, (line) => {
      var stamp = stamps.get(line), end = 0;
      if (stamp === null) return null;
      while (end < stamp.length && !(/\s/.test(stamp[end]) && known.has(stamp.slice(0, end)))) end++;
      return line.slice(end).replace(/^[ \t]+/, "");
    });
  }

  function unescapeJson(text) {
    if (!JSON_EVIDENCE.test(text)) return text;
    return text.replace(JSON_ESCAPE, jsonEscapeValue);
  }
  function jsonEscapeValue(all, high, low, code, ch) {
    if (high !== undefined) return String.fromCharCode(parseInt(high, 16), parseInt(low, 16));
    if (code !== undefined) {
      var value = parseInt(code, 16);
      return value >= 0xd800 && value <= 0xdfff ? all : String.fromCharCode(value);
    }
    return ch === "n" ? "\n" : ch === "r" ? "\r" : ch === "t" ? "\t" : ch;
  }

  function misreading(high, fromConsole) {  // mojibake.Misreading
    var chars = (from, to) => "[" + high.slice(from - 0x80, to - 0x80).replace(/[\\\]\[^-]/g, "\\$&") + "]";
    var runs = chars(0xc2, 0xe0) + chars(0x80, 0xc0) + "|" + chars(0xe0, 0xf0) + chars(0x80, 0xc0) + "{2}|" +
      chars(0xf0, 0xf5) + chars(0x80, 0xc0) + "{3}";
    return { high: high, fromConsole: fromConsole, punctuation: [high[0x62] + high[0], high[0x62] + high[1]],
      runs: new RegExp(fromConsole ? "(?<![\u2500\u2550])(?:" + runs + ")" : runs, "g") };  // mojibake._DRAWN_LINES
  }

  function repairMojibake(text) {  // mojibake.repair
    for (var layer = 0; layer < 2; layer++) {  // mojibake.MOJIBAKE_LAYERS
      text = text.split("\u00e2\u20ac\ufffd").join("\u201d");  // mojibake._LOST_CLOSING_QUOTE
      var best = [0, text];
      for (var m of MISREADINGS) {
        var read = repaired(m, text);
        if (read[0] > best[0]) best = read;
      }
      if (!best[0]) break;
      text = best[1];
    }
    return text;
  }

  function repaired(m, text) {  // Misreading.repaired
    var count = 0, telling = !m.fromConsole;
    var read = text.replace(m.runs, (run) => {
      var character = redecode(m.high, run);
      if (character === run) return run;
      count++;
      telling = telling || !/\p{L}/u.test(run[0]) || m.punctuation.includes(run.slice(0, 2));
      return character;
    });
    return telling ? [count, read] : [0, text];
  }

  function redecode(high, run) {
    if (!UTF8) return run;
    var bytes = Uint8Array.from(run, (c) => 0x80 + high.indexOf(c));
    try { return UTF8.decode(bytes); } catch (e) { return run; }
  }

  function breaksStartWords(text) {  // folds.breaks_start_words
    var lines = text.split("\n").map((line) => line.replace(/\r+$/, ""));
    for (var k = 0; k + 1 < lines.length; k++) {
      if (WORD_START.test(lines[k].slice(-1) + lines[k + 1].slice(0, 1))) return true;
    }
    return false;
  }

  // see folds._fold_paragraphs
  // PowerShell's Format-List output, long values joined again, and the [line, next line's value]
  // at each cut (folds.join_list_values)
  function codePoints(line) { return Array.from(line).length; }
  function continuesValue(line, column) {
    return /^ *$/.test(line.slice(0, column)) && line.slice(column).replace(/^ +| +$/g, "") !== "";
  }
  function valueColumn(lines) {
    var columns = new Set();
    lines.forEach((line) => { var found = PROPERTY.exec(line); if (found) columns.add(found[0].length); });
    if (columns.size !== 1) return null;
    var column = columns.values().next().value;
    return lines.some((line) => continuesValue(line, column)) ? column : null;
  }
  function joinListValues(text) {
    var lines = text.split("\n").map((line) => line.replace(/\r+$/, ""));
    var column = valueColumn(lines);
    if (column === null) return [text, []];
    var groups = [];
    lines.forEach((line) => {
      var last = groups.length ? groups[groups.length - 1] : null;
      if (last && continuesValue(line, column) && PROPERTY.test(last[0])) last.push(line);
      else groups.push([line]);
    });
    var cut = [];
    groups.forEach((group) => { for (var j = 0; j + 1 < group.length; j++) cut.push(group[j]); });
    var width = 0, full = 0;
    cut.forEach((line) => { width = max(width, codePoints(line)); });
    cut.forEach((line) => { if (codePoints(line) === width) full++; });
    if (width < FOLD_MIN_WIDTH || full < LIST_MIN_CUTS || 2 * full <= cut.length) return [text, []];
    var cuts = [];
    groups.forEach((group) => { cuts = cuts.concat(cutsOf(group, width, column)); });
    return [groups.map((group) => joinCutLines(group, width, column)).join("\n"), cuts];
  }
  // a line cut at the width goes on without a space; a shorter one lost the spaces it ended with;
  // the lines after the first lose `indent` characters (folds._join_cut_lines)
  function joinCutLines(lines, width, indent) {
    var joined = lines[0];
    for (var j = 1; j < lines.length; j++) joined += (codePoints(lines[j - 1]) === width ? "" : " ") + lines[j].slice(indent);
    return joined;
  }
  function cutsOf(lines, width, indent) {  // [line, next line] where a line was cut at the width (folds._cuts)
    var cuts = [];
    for (var j = 1; j < lines.length; j++) if (codePoints(lines[j - 1]) === width) cuts.push([lines[j - 1], lines[j].slice(indent)]);
    return cuts;
  }

  function foldParagraphs(text) {
    var lines = text.split("\n").map((line) => line.replace(/\r+$/, ""));
    if (lines.length < FOLD_MIN_LINES) return null;
    var starts = [0], k;
    for (k = 1; k < lines.length; k++) if (RECORD_LINE.test(lines[k])) starts.push(k);
    var paragraphs = starts.map((start, i) => lines.slice(start, i + 1 < starts.length ? starts[i + 1] : lines.length));
    var width = 0, longest = 0, cut = 0, full = 0;
    lines.forEach((line) => { width = max(width, codePoints(line)); });
    paragraphs.forEach((paragraph) => {
      longest = max(longest, paragraph.length);
      for (var j = 0; j + 1 < paragraph.length; j++) {
        cut++;
        if (codePoints(paragraph[j]) === width) full++;
      }
    });
    // lines shorter than the width lost a trailing space in copying: at least two, and two in three, must be whole
    if (width < FOLD_MIN_WIDTH || longest < FOLD_MIN_LINES || (full < cut && (full < 2 || 3 * full < 2 * cut))) return null;
    return [paragraphs, width];
  }

  function fold(word) {
    if (isAscii(word)) return word.toLowerCase();
    // as normalize.fold: case folded between two NFKC passes, then letters, digits and joining marks
    word = translateQuotes(word.normalize("NFKC").toLowerCase().replace(/\u00df/g, "ss").normalize("NFKC"));
    var kept = "";
    for (var ch of word) if (FOLD_KEEP.test(ch)) kept += ch;
    return latinLookAlikes(kept.replace(/^['.@\-&+\/]+|['.@\-&+\/]+$/g, ""));  // "⒈" is "1."
  }
  // see normalize._latin_look_alikes
  var LOOK_ALIKE_FROM = "аеорсхуіјѕԁӏвкмнтοαειρτχνμκ", LOOK_ALIKE_TO = "aeopcxyijsdlbkmhtoaeiptxvmk";
  function latinLookAlikes(word) {
    if (!/[a-z]/.test(word)) return word;
    var latin = "";
    for (var ch of word) {
      var k = LOOK_ALIKE_FROM.indexOf(ch);
      latin += k >= 0 ? LOOK_ALIKE_TO[k] : ch;
    }
    return isAscii(latin) ? latin : word;
  }

  function expand(word) {
    if (has(EXPANSIONS, word)) return EXPANSIONS[word];
    if (word.length > 3 && word.slice(-3) === "n't") return [word.slice(0, -3), "not"];
    if (word.length > 2 && word.slice(-2) === "'t") return [word.slice(0, -2), "not"];  // "did't"
    return [word];
  }

  function tokenize(text, start) {
    var tokens = [];
    if (!isAscii(text)) text = translateQuotes(text);
    WORD.lastIndex = start || 0;
    var found;
    while ((found = WORD.exec(text)) !== null) {
      var folded = fold(found[0]);
      if (!folded) continue;  // some words fold to nothing
      var parts = expand(folded);
      for (var k = 0; k < parts.length; k++) tokens.push({ text: parts[k], start: found.index, end: found.index + found[0].length });
    }
    return tokens;
  }

  // clean._signature_under
  function signatureUnder(text, under) {
    if (under.split("\n").length - 1 >= SIGNATURE_LINES) return false;
    if (pyWords(under) <= pyWords(text)) return true;
    return !under.includes("?") && pyWords(text) >= SIGNED_WORDS &&
      under.split("\n").every((line) => Array.from(line).length <= SIGNATURE_LINE_CHARS);
  }
  // clean._without_disclaimer
  var DISCLAIMER_MARK = /confidential|intended recipient|privileged|unauthori[sz]ed|prohibited|disclaimer|notify the sender|delete (?:this|it)|legally binding/gi;
  var PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;
  function withoutDisclaimer(clean) {
    var breaks = [], found;
    PARAGRAPH_BREAK.lastIndex = 0;
    while ((found = PARAGRAPH_BREAK.exec(clean)) !== null) breaks.push([found.index, found.index + found[0].length]);
    while (breaks.length) {
      var marks = {}, last = clean.slice(breaks[breaks.length - 1][1]);
      (last.match(DISCLAIMER_MARK) || []).forEach((mark) => { marks[mark.toLowerCase()] = true; });
      if (keys(marks).length < DISCLAIMER_MARKS) break;
      clean = clean.slice(0, breaks.pop()[0]);
    }
    return clean;
  }
  function splitTrailers(clean) {
    var code = null, found = ERROR_CODE.exec(clean), end;
    if (found) {
      code = found[1] || "";  // "": the code cut off
      end = found.index + found[0].length;
      // a field before the alert: cut at the next code only
      if ((clean.slice(0, found.index).match(/[A-Za-z]{2,}/g) || []).length < CODE_FIRST_WORDS && clean.slice(end).trim()) {
        ERROR_CODE_AFTER.lastIndex = end;
        found = ERROR_CODE_AFTER.exec(clean);
      }
      if (found) clean = clean.slice(0, found.index);
    }
    if (clean.includes("\n")) {
      clean = withoutDisclaimer(clean);
      var details = DETAILS.exec(clean);
      if (details && details.index > 0) clean = clean.slice(0, details.index);
      var signOff = SIGN_OFF.exec(clean);  // with a signature at most under it: a few lines, fewer words than above
      if (signOff && signOff.index > 0) {
        var under = clean.slice(signOff.index + signOff[0].length);
        if (signatureUnder(clean.slice(0, signOff.index), under)) {
          clean = clean.slice(0, signOff.index);
        }
      }
    }
    var points = Array.from(clean.slice(-2 * EXPAND_TAIL)), tail = points.slice(-EXPAND_TAIL).join("");
    var expand = EXPAND_LINK.exec(tail);  // in the last EXPAND_TAIL code points, as Python counts
    if (expand) {
      var cut = clean.length - tail.length + (expand[1] === "\n" ? expand.index : expand.index + expand[1].length);
      if (cut > 0) clean = clean.slice(0, cut);
    }
    return [clean, code];
  }

  function cutAfterALine(body) {  // normalize.cut_after_a_line
    var end = unitsOf(body, MAX_MATCH_CHARS), lineEnd = body.lastIndexOf("\n", end - 1);
    return body.slice(0, lineEnd < unitsOf(body, MAX_MATCH_CHARS - LINE_CUT_ROOM) ? end : lineEnd);
  }

  // Python counts and cuts a text by code points, JS by UTF-16 units, two for a character past the BMP (an emoji).
  function unitsOf(text, count) {  // the UTF-16 length of a text's first `count` code points
    if (text.length <= count) return text.length;
    var units = 0;
    for (var k = 0; k < count && units < text.length; k++) units += text.codePointAt(units) > 0xffff ? 2 : 1;
    return units;
  }
  function longerThan(text, count) { return unitsOf(text, count) < text.length; }

  function normalize(raw, joinFolds) {
    var cleaned = cleanText(raw, joinFolds !== false), clean = cleaned[0];
    var parts = splitTrailers(clean);
    var body = longerThan(parts[0], MAX_MATCH_CHARS) ? cutAfterALine(parts[0]) : parts[0];
    var prefix = PREFIX.exec(body);
    var start = prefix && prefix[0].length < body.length ? prefix[0].length : 0;
    if (start && WRAP_START.test(body.slice(start).trimStart())) {  // a log's line that quotes the alert
      var inner = unwrapped(body.slice(start));
      start = body.indexOf(inner, start);
      body = body.slice(0, start + inner.length);
    }
    var tokens = tokenize(body, start), words = tokens.map((t) => t.text);
    var half = Math.floor(words.length / 2);
    if (half >= MIN_REPEATED_WORDS && words.slice(0, half).join("\u0000") === words.slice(half).join("\u0000")) {
      body = body.slice(0, tokens[half].start);  // the same text pasted twice: read it once
      tokens = tokens.slice(0, half);
      words = words.slice(0, half);
    }
    var cuts = new Set();
    if (body.includes("...") || body.includes("\u2026")) {  // normalize.elisions
      ELISION.lastIndex = start;
      var mark, before = 0;  // words starting before the mark
      while ((mark = ELISION.exec(body)) !== null) {
        while (before < tokens.length && tokens[before].start < mark.index) before++;
        if (before > 0 && before < words.length) cuts.add(before);
      }
    }
    return { clean: clean, tokens: tokens, words: words, errorCode: parts[1], prefixEnd: start, bodyEnd: body.length,
      foldCuts: cleaned[1], cuts: cuts };
  }

  // terms.flatten_blanks()
  var SEARCH_BLANKS = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  var SEARCH_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g, DASHES = /[\u2010-\u2014\u2212]/g;
  function flattenBlanks(text) { return text.replace(SEARCH_INVISIBLE, "").replace(SEARCH_BLANKS, " "); }
  // terms.without_asides()
  var WEB_ADDRESS = /(?:https?:\/\/|www\.)[^ \t\n\r\f\v<>"']*[^ \t\n\r\f\v<>"'?.,;:!)]/gi;  // terms.WEB_ADDRESS
  var ASIDES = /(?<![A-Za-z0-9._%+-])@[^ \t\n\r\f\v@,;:!?]+(?:[ \t][A-Z][^ \t\n\r\f\v@,;:!?]*)?|#[A-Za-z][A-Za-z0-9_]*|\[[^\]\n]{1,40}\]/g;
  var MARKERS = /^[ \t]*(?:(?:re|fw|fwd|aw|wg|sv|q|question)[ \t]*:[ \t]*)+/i;
  function withoutAsides(text) {
    return flattenBlanks(text.replace(WEB_ADDRESS, " ").replace(ASIDES, " ").replace(MARKERS, "")).replace(/^ +| +$/g, "");
  }

  // terms.search_terms(): plain-language terms
  function makeSearchWords(lexicon) {
    var synonyms = lexicon.synonyms, targets = {}, stop = {};
    keys(synonyms).forEach((k) => { targets[synonyms[k]] = true; });
    lexicon.search_stopwords.forEach((w) => { stop[w] = true; });
    // Python's \b knows every script's letters, JS's only ASCII ("thanks\u00e9" has no word end in Python)
    var WORD_CHAR = "[\\p{L}\\p{N}_]", BOUNDARY = "(?:(?<=" + WORD_CHAR + ")(?!" + WORD_CHAR + ")|(?<!" + WORD_CHAR +
      ")(?=" + WORD_CHAR + "))";
    var phrases = lexicon.phrases.map((p) => {
      return [new RegExp(p[0].replace(/\\b/g, BOUNDARY), p[2] ? "giu" : "gu"), p[1]];  // [pattern, replacement, ignore case]
    });
    var SIZE = /(?<![0-9A-Za-z_.,])([0-9]+(?:[.,][0-9]+)?)([kKmMgGtT][bB])(?![0-9A-Za-z_])/g;
    // terms._known_singular
    function knownSingular(word) {
      if (word.slice(-1) !== "s" || /(?:ss|us|is)$/.test(word)) return null;
      var singulars = [word.slice(0, -1)];
      if (/(?:xes|ches|shes|sses|zes)$/.test(word)) singulars.push(word.slice(0, -2));  // "boxes", "switches"
      for (var k = 0; k < singulars.length; k++) if (targets[singulars[k]]) return singulars[k];
      return null;
    }
    // see terms.american_spelling
    var BRITISH_IS = new RegExp(lexicon.british.pattern), notBritish = new Set(lexicon.british.not);
    function americanSpelling(word) {
      if (word.length < lexicon.british.min_chars || notBritish.has(word)) return word;
      return word.replace(BRITISH_IS, "iz");
    }
    function stem(word) {
      if (!has(synonyms, word)) word = americanSpelling(word);
      if (!has(synonyms, word)) word = knownSingular(word) || word;
      if (has(synonyms, word)) word = synonyms[word];
      if (targets[word]) return word;
      for (var k = 0; k < lexicon.suffixes.length; k++) {
        var suffix = lexicon.suffixes[k];
        if (suffix === "s" && /(?:ss|us|is)$/.test(word)) break;  // "address", "status": no plural "s"
        var ending = word.slice(-suffix.length) === suffix;
        if ((suffix === "ies" || suffix === "ied") && ending && word.length - suffix.length >= 2) {
          word = word.slice(0, -suffix.length) + "y";  // "policies" -> "policy", "copied" -> "copy"
          break;
        }
        if (ending && word.length - suffix.length >= 4) {
          word = word.slice(0, -suffix.length);
          // see terms._DOUBLED_END
          if ((suffix === "ed" || suffix === "ing") && /([b-df-hj-km-np-rtv-y])\1$/.test(word)) word = word.slice(0, -1);
          break;
        }
      }
      // "approve", "approved", "approval" -> "approv" (as normalize.stem)
      return word.slice(-1) === "e" && word.length >= 5 ? word.slice(0, -1) : word;
    }
    // see terms.phrased
    function phrased(text) {
      // terms._PHRASE_FOLD, terms.flatten_blanks
      text = flattenBlanks(translateQuotes(text).replace(/\u0130/g, "I").replace(/\u0131/g, "i").replace(DASHES, "-"));
      phrases.forEach((p) => { text = text.replace(p[0], p[1]); });
      return text.replace(/\([ \t]*\)|\[[ \t]*\]|[ \t]*[,;][ \t]*$/g, " ");  // terms._EMPTIED_BRACKETS
    }
    // see terms.search_words
    searchWords.phrased = phrased;
    return searchWords;
    function searchWords(text) {
      text = phrased(text).replace(SIZE, "$1 $2");  // "150MB" is the number and the unit (terms._SIZE)
      var pairs = [], found, kinds = {}, kindOf = lexicon.environment_kinds;
      WORD.lastIndex = 0;
      while ((found = WORD.exec(text)) !== null) {
        var word = fold(found[0]).replace(/'s?$/, "");  // "the CEO's calendar" (terms._POSSESSIVE)
        // (a mail address is one value, not words: terms.search_words)
        var parts = has(synonyms, word) || word.includes("@") ? [word] : word.split(/[\-\/]/);
        parts.forEach((part) => {
          if (Array.from(part).length < lexicon.min_term_chars || stop[part]) return;  // terms.MIN_TERM_CHARS
          pairs.push([part, stem(part)]);
          if (has(kindOf, part)) kinds[kindOf[part]] = true;
        });
      }
      // terms._ENVIRONMENT_KINDS
      if (keys(kinds).length > 1) pairs.push(["", "different"]);
      return pairs;
    }
  }

  // ---- match/align.py ----------------------------------------------------------------------
  function osaDistance(a, b, cutoff) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > cutoff) return cutoff + 1;
    var prev2 = null, prev = new Array(m + 1), row;
    for (var j = 0; j <= m; j++) prev[j] = j;
    for (var i = 1; i <= n; i++) {
      row = new Array(m + 1);
      row[0] = i;
      for (j = 1; j <= m; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = min(v, prev2[j - 2] + 1);
        row[j] = v;
      }
      prev2 = prev; prev = row;
    }
    return prev[m] > cutoff ? cutoff + 1 : prev[m];
  }

  function Matcher(data) {
    useHtmlTables(data.html);
    var C = data.constants;
    WRAPPING = C.WRAPPING;
    MESSAGE_KEYS = C.MESSAGE_KEYS;
    FIELD_LIMITS = [C.FIELD_DEPTH, C.MAX_FIELDS];
    WORDY_TEXT_WORDS = C.WORDY_TEXT_WORDS;
    var productNames = new Set(C.PRODUCT_NAMES);
    var freeTextSlots = new Set(C.FREE_TEXT_SLOTS);
    var typoCache = new Map();
    function typoSimilarity(expected, seen) {
      if (expected === seen) return 1.0;
      var key = expected + "\u0000" + seen, hit = typoCache.get(key);
      if (hit !== undefined) return hit;
      var a = Array.from(expected), b = Array.from(seen);  // code points, as Python counts them
      var shortest = min(a.length, b.length), longest = max(a.length, b.length);
      var allowed = shortest <= 3 ? 1 : shortest <= 8 ? 2 : 3;
      var distance = osaDistance(a, b, allowed);
      var value = distance > allowed || joinedByAPeriod(expected, seen) ? 0.0 : max(0.6, 1.0 - distance / longest);
      if (typoCache.size > 65536) typoCache.clear();
      typoCache.set(key, value);
      return value;
    }

    function joinedByAPeriod(expected, seen) {  // damage._joined_by_a_period
      return seen.includes(".") && !expected.includes(".") && seen.split(".").includes(expected);
    }

    function equalBlocks(a0, b0) {
      var pre = 0;
      while (pre < a0.length && pre < b0.length && a0[pre] === b0[pre]) pre++;
      var suf = 0;
      while (suf < a0.length - pre && suf < b0.length - pre && a0[a0.length - 1 - suf] === b0[b0.length - 1 - suf]) suf++;
      var a = a0.slice(pre, a0.length - suf), b = b0.slice(pre, b0.length - suf);
      var n = a.length, m = b.length, w = m + 1, D = new Uint32Array((n + 1) * w), i, j;
      for (j = 0; j <= m; j++) D[j] = j;
      for (i = 1; i <= n; i++) {
        D[i * w] = i;
        for (j = 1; j <= m; j++) {
          D[i * w + j] = min(D[(i - 1) * w + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
            D[(i - 1) * w + j] + 1, D[i * w + j - 1] + 1);
        }
      }
      var pairs = [];
      i = n; j = m;
      while (i > 0 && j > 0) {
        if (D[(i - 1) * w + j] + 1 === D[i * w + j]) { i--; continue; }
        if (j - 1 > 0 && D[(i - 1) * w + j - 1] === D[i * w + j - 1] + 1) { j--; continue; }
        if (a[i - 1] === b[j - 1]) pairs.push([i - 1 + pre, j - 1 + pre]);
        i--; j--;
      }
      pairs.reverse();
      var all = [];
      if (pre) all.push([0, pre, 0, pre]);
      pairs.forEach((p) => { all.push([p[0], p[0] + 1, p[1], p[1] + 1]); });
      if (suf) all.push([a0.length - suf, a0.length, b0.length - suf, b0.length]);
      var merged = [];
      all.forEach((block) => {
        var last = merged[merged.length - 1];
        if (last && last[1] === block[0] && last[3] === block[2]) { last[1] = block[1]; last[3] = block[3]; }
        else merged.push(block.slice());
      });
      return merged;
    }

    function tooWeak(tokens, start, end) {
      if (end - start < 2) return true;
      if (end - start === 2) for (var k = start; k < end; k++) if (tokenWeight(tokens[k]) < 1.0) return true;
      return false;
    }
    var stopwords = {};
    data.lexicon.stopwords.forEach((w) => { stopwords[w] = true; });
    function tokenWeight(token) { return stopwords[token] || token.length <= 2 ? 0.35 : 1.0; }

    // see align._anchors
    function anchors(tokens, words, slotAt) {
      var blocks = [], equal = equalBlocks(tokens, words);
      equal.forEach((op, index) => {
        if (tooWeak(tokens, op[0], op[1]) && (op[0] || op[2] || op[1] < 2)) return;  // align._both_start_with
        var pieces = piecesBetweenSlots(op[0], op[1], slotAt), shift = op[2] - op[0], edge;
        // extra words that start as a piece, the piece, a value's place (and the mirror case)
        if (index > 0 && pieces.length && pieces[0][3] && !pieces[0][2] && extraWords(equal[index - 1], op) &&
            repeats(words.slice(equal[index - 1][3], op[2]), tokens.slice(pieces[0][0], pieces[0][1]), true)) pieces.shift();
        edge = pieces[pieces.length - 1];
        if (index + 1 < equal.length && edge && edge[2] && !edge[3] && extraWords(op, equal[index + 1]) &&
            repeats(words.slice(op[3], equal[index + 1][2]), tokens.slice(edge[0], edge[1]), false)) pieces.pop();
        pieces.forEach((p) => { blocks.push([p[0], p[1], p[0] + shift, p[1] + shift]); });
      });
      return blocks;
    }
    function splitAtCuts(blocks, tokens, cuts) {  // align._split_at_cuts
      if (!cuts.size) return blocks;
      var sorted = Array.from(cuts).sort((x, y) => x - y), pieces = [];
      blocks.forEach((block) => {
        var start = block[2];
        sorted.filter((cut) => block[2] < cut && cut < block[3]).concat([block[3]]).forEach((end) => {
          var first = block[0] + start - block[2], last = block[0] + end - block[2];
          if (!tooWeak(tokens, first, last)) pieces.push([first, last, start, end]);
          start = end;
        });
      });
      return pieces;
    }
    function piecesBetweenSlots(start, end, slotAt) {  // [start, end, a placeholder before, a placeholder after]
      var pieces = [], afterSlot = false;
      keys(slotAt).map(Number).filter((p) => {
        return start - C.SLOT_MARGIN < p && p < end + C.SLOT_MARGIN;
      }).sort((x, y) => x - y).forEach((position) => {
        if (position - C.SLOT_MARGIN > start) pieces.push([start, position - C.SLOT_MARGIN, afterSlot, true]);
        start = max(start, position + C.SLOT_MARGIN);
        afterSlot = true;
      });
      if (start < end) pieces.push([start, end, afterSlot, false]);
      return pieces;
    }
    function extraWords(before, after) { return after[2] - before[3] > after[0] - before[1]; }
    function repeats(extra, piece, atStart) {  // align._repeats
      var size = piece.length;
      if (size > C.COPIED_WORDS || extra.length < size) return false;
      var part = atStart ? extra.slice(0, size) : extra.slice(extra.length - size);
      for (var k = 0; k < size; k++) if (part[k] !== piece[k]) return false;
      return true;
    }

    function newAlignment(wording) {
      var n = wording.tokens.length, matched = new Array(n), skipped = new Array(n);
      for (var k = 0; k < n; k++) { matched[k] = 0.0; skipped[k] = false; }
      return { wording: wording, score: 0.0, matched: matched, skipped: skipped, hardSubs: [],
        inserted: 0, insertedAt: [], leadJunk: 0, trailJunk: 0, slotTokens: {}, missing: [], glued: new Set() };
    }
    function countMissing(result, k) {  // align._count_missing
      if (result.wording.weights[k] !== 1.0) return;
      result.missing.push(k);
    }
    // see align._reread_glued_words
    function rereadGluedWords(result, words) {
      result.wording.slots.forEach((slot, number) => {
        var taken = result.slotTokens[number];
        if (!taken || !taken.length) return;
        glue(result, glued(result, slot.position, words[max(...taken)], true));
        glue(result, glued(result, slot.position, words[min(...taken)], false));
      });
    }
    // align._glued: [start, stop) of the template words glued onto the value's last (or first) word
    function glued(result, position, word, after) {
      var tokens = result.wording.tokens, first = after ? position : position - 1;
      if (first < 0 || first >= tokens.length || !unfound(result, first, first + 1)) return [0, 0];
      for (var size = C.MAX_GLUED_WORDS; size > 0; size--) {
        var start = after ? position : position - size, stop = after ? position + size : position;
        if (start < 0 || stop > tokens.length || !unfound(result, start, stop)) continue;
        var joined = tokens.slice(start, stop).join("");
        if (after && endsWith(word, "." + joined)) return [start, stop];
        if (joined.length >= C.MIN_GLUED_CHARS && word.length > joined.length &&
            (after ? endsWith(word, joined) : word.slice(0, joined.length) === joined)) return [start, stop];
      }
      return [0, 0];
    }
    function endsWith(word, tail) { return word.length >= tail.length && word.slice(word.length - tail.length) === tail; }
    function unfound(result, start, stop) {
      for (var k = start; k < stop; k++) if (result.matched[k] || result.skipped[k]) return false;
      return true;
    }
    function glue(result, run) {
      for (var k = run[0]; k < run[1]; k++) {
        var at = result.missing.indexOf(k);
        if (at >= 0) result.missing.splice(at, 1);
        result.matched[k] = 1.0;
        result.glued.add(k);
      }
    }
    function leadSkipped(a) { var c = 0; for (var k = 0; k < a.skipped.length && a.skipped[k]; k++) c++; return c; }
    function trailSkipped(a) { var c = 0; for (var k = a.skipped.length - 1; k >= 0 && a.skipped[k]; k--) c++; return c; }
    function assignSlot(a, number, positions) {
      if (!a.slotTokens[number]) a.slotTokens[number] = [];
      for (var k = 0; k < positions.length; k++) a.slotTokens[number].push(positions[k]);
    }
    function range(from, to) { var out = []; for (var k = from; k < to; k++) out.push(k); return out; }

    function align(wording, words, cuts, cutAtStart) {
      var result = newAlignment(wording), tokens = wording.tokens, slotAt = {};
      result.cutAtStart = cutAtStart;
      result.cuts = cuts || new Set();  // positions where "..." marks left-out words
      wording.slots.forEach((slot, number) => {
        (slotAt[slot.position] = slotAt[slot.position] || []).push(number);
      });
      var blocks = splitAtCuts(anchors(tokens, words, slotAt), tokens, result.cuts), tPos = 0, mPos = 0;
      for (var b = 0; b <= blocks.length; b++) {
        var block = b < blocks.length ? blocks[b] : null;
        var tEnd = block ? block[0] : tokens.length, mEnd = block ? block[2] : words.length;
        solveGap(result, words, tPos, tEnd, mPos, mEnd, slotAt, tPos === 0 && mPos === 0, block === null);
        if (!block) break;
        for (var k = block[0]; k < block[1]; k++) { result.matched[k] = 1.0; result.score += wording.weights[k]; }
        tPos = block[1]; mPos = block[3];
      }
      rereadEchoedStart(result, words);
      rereadDoubledStart(result, words);
      rereadGluedWords(result, words);
      result.inserted = result.insertedAt.filter((k) => !productNames.has(words[k])).length;  // align.PRODUCT_NAMES
      var named = (word) => productNames.has(word);  // stray words are not the product's name
      result.strayLead = result.leadJunk - words.slice(0, result.leadJunk).filter(named).length;
      result.strayTrail = result.trailJunk - (result.trailJunk ? words.slice(-result.trailJunk).filter(named).length : 0);
      result.copiesDisagree = copiesDisagree(result, words);
      return result;
    }
    // see align._copies_disagree
    function copiesDisagree(result, words) {
      var seen = {}, slots = result.wording.slots;
      for (var number = 0; number < slots.length; number++) {
        var slot = slots[number];
        if (!insideSpan(result, slot.position)) continue;
        var value = new Set((result.slotTokens[number] || []).map((k) => words[k].replace(/^_+|_+$/g, "")));
        if (has(seen, slot.name)) {
          var other = seen[slot.name], shared = false;
          value.forEach((word) => { if (other.has(word)) shared = true; });
          if ((value.size > 0) !== (other.size > 0) || (value.size > 0 && !shared && !sameLetters(value, other))) return true;
        } else {
          seen[slot.name] = value;
        }
      }
      return false;
    }
    function sameLetters(value, other) {  // align._same_letters
      if (value.size !== 1 && other.size !== 1) return false;
      var one = value.size === 1 ? value : other, many = value.size === 1 ? other : value;
      var word = one.values().next().value, all = true, letters = 0;
      many.forEach((part) => { if (!word.includes(part)) all = false; letters += part.length; });
      return all && letters * 2 > word.length;
    }
    function insideSpan(result, position) {  // align._inside_span
      var skipped = result.skipped;
      return !(position > 0 && skipped[position - 1]) && !(position < skipped.length && skipped[position]);
    }
    // see align._reread_echoed_start
    function rereadEchoedStart(result, words) {
      var junk = result.leadJunk, skipped = leadSkipped(result), tokens = result.wording.tokens, weights = result.wording.weights, k;
      if (!junk || skipped <= junk) return;
      for (k = 0; k < junk; k++) if (words[k] !== tokens[k]) return;
      for (k = 0; k < junk; k++) { result.matched[k] = 1.0; result.skipped[k] = false; result.score += weights[k] - C.EDGE_TOKEN; }
      for (k = junk; k < skipped; k++) { result.skipped[k] = false; result.score += weights[k] * C.DELETE; countMissing(result, k); }
      result.leadJunk = 0;
    }

    // see align._reread_doubled_start
    function rereadDoubledStart(result, words) {
      var junk = result.leadJunk, skipped = leadSkipped(result), tokens = result.wording.tokens, weights = result.wording.weights, k;
      if (!skipped || junk !== skipped + 1 || junk >= words.length) return;
      var doubled = -1;
      for (k = 0; k < junk && doubled < 0; k++) {
        if (words[k] !== words[k + 1]) continue;
        var rest = words.slice(0, k).concat(words.slice(k + 1, junk)), same = true;
        for (var t = 0; t < skipped; t++) if (rest[t] !== tokens[t]) { same = false; break; }
        if (same) doubled = k;
      }
      if (doubled < 0) return;
      for (k = 0; k < skipped; k++) { result.matched[k] = 1.0; result.skipped[k] = false; result.score += weights[k]; }
      result.score += C.INSERT - C.EDGE_TOKEN * junk;
      result.insertedAt.push(doubled);
      result.leadJunk = 0;
    }

    function framedValue(result, words, t0, t1, m0, m1, slotAt, openEnd) {
      var M = C.SLOT_MARGIN, tokens = result.wording.tokens, k;
      if (openEnd || t1 - t0 !== 2 * M || m1 - m0 < 2 * M || !(slotAt[t0 + M] && slotAt[t0 + M].length)) return false;
      for (k = 0; k < M; k++) {
        if (tokens[t0 + k] !== words[m0 + k] || tokens[t1 - M + k] !== words[m1 - M + k]) return false;
      }
      for (k = t0; k < t1; k++) { result.matched[k] = 1.0; result.score += result.wording.weights[k]; }
      var inside = range(m0 + M, m1 - M);
      assignSlot(result, slotAt[t0 + M][0], inside);
      result.score += C.SLOT_TOKEN * inside.length;
      return true;
    }

    function oneSidedGap(result, t0, t1, m0, m1, slotAt, lead, trail) {
      var weights = result.wording.weights, k;
      if (m0 === m1) {
        for (k = t0; k < t1; k++) {
          if (lead || trail || result.cuts.has(m0)) result.skipped[k] = true;
          else { result.score += weights[k] * C.DELETE; countMissing(result, k); }
        }
        return;
      }
      var slots = slotAt[t0];
      if (slots && !(lead && t0 > 0)) { assignSlot(result, slots[0], range(m0, m1)); result.score += C.SLOT_TOKEN * (m1 - m0); }
      else if (lead) { result.leadJunk += m1 - m0; result.score += C.EDGE_TOKEN * (m1 - m0); }
      else if (trail) { result.trailJunk += m1 - m0; result.score += C.EDGE_TOKEN * (m1 - m0); }
      else { for (var x = m0; x < m1; x++) result.insertedAt.push(x); result.score += C.INSERT * (m1 - m0); }
    }

    function solveGap(result, words, t0, t1, m0, m1, slotAt, lead, trail) {
      var n = t1 - t0, m = m1 - m0, k;
      if (n === 0 && m === 0) return;
      if (n === 0 || m === 0) { oneSidedGap(result, t0, t1, m0, m1, slotAt, lead, trail); return; }
      if (framedValue(result, words, t0, t1, m0, m1, slotAt, lead || trail)) return;
      if (lead && trail) {
        oneSidedGap(result, t0, t1, m0, m0, slotAt, true, false);
        oneSidedGap(result, t1, t1, m0, m1, slotAt, true, false);
        return;
      }
      var keepT, keepM;
      if (lead && (n > 2 * m + 1 || m > 2 * n + 1 || n * m > C.EDGE_MAX_CELLS)) {
        keepT = min(n, 2 * m + 1, C.EDGE_WINDOW); keepM = min(m, 2 * n + 1, C.EDGE_WINDOW);
        oneSidedGap(result, t0, t1 - keepT, m0, m0, slotAt, true, false);
        oneSidedGap(result, t1 - keepT, t1 - keepT, m0, m1 - keepM, slotAt, true, false);
        t0 = t1 - keepT; m0 = m1 - keepM; n = keepT; m = keepM;
      }
      if (trail && (n > 2 * m + 1 || m > 2 * n + 1 || n * m > C.EDGE_MAX_CELLS)) {
        keepT = min(n, 2 * m + 1, C.EDGE_WINDOW); keepM = min(m, 2 * n + 1, C.EDGE_WINDOW);
        for (k = t0 + keepT; k < t1; k++) result.skipped[k] = true;
        result.trailJunk += m - keepM;
        result.score += C.EDGE_TOKEN * (m - keepM);
        t1 = t0 + keepT; m1 = m0 + keepM; n = keepT; m = keepM;
      }
      var texts = 0;  // align._free_texts_in: a gap may hold a subject's words past MAX_GAP_CELLS
      if (n * m > C.MAX_GAP_CELLS) for (k = t0; k <= t1; k++) (slotAt[k] || []).forEach((s) => { texts += freeTextSlots.has(result.wording.slots[s].name); });
      if (n * m > C.MAX_GAP_CELLS + n * C.VALUE_ROOM_WORDS * texts && !(lead || trail)) {
        oneSidedGap(result, t0, t1, m0, m0, slotAt, false, false);
        oneSidedGap(result, t1, t1, m0, m1, slotAt, false, false);
        return;
      }
      var slotBefore = [];
      for (k = 0; k <= n; k++) slotBefore.push(!!(slotAt[t0 + k] && slotAt[t0 + k].length));
      var cutColumns = new Set();
      result.cuts.forEach((c) => { if (m0 <= c && c <= m0 + m) cutColumns.add(c - m0); });
      var table = fillTable(result.wording, words, t0, n, m0, m, slotBefore, lead, trail, cutColumns, result.cutAtStart);
      var width = m + 1, endI = table.endI, endJ = table.endJ;
      if (trail) {
        for (k = t0 + endI; k < t1; k++) result.skipped[k] = true;
        var trailing = range(m0 + endJ, m1);
        if (slotBefore[endI] && endI === n && t1 === result.wording.tokens.length) assignSlot(result, slotAt[t0 + n][0], trailing);
        else result.trailJunk += trailing.length;
      }
      result.score += table.best[endI * width + endJ];
      trace(result, words, table.back, width, endI, endJ, t0, m0, slotAt);
    }

    var START = ["start"], DELETED = ["delete"], INSERTED = ["insert", false], SLOT_INSERT = ["insert", true];
    var ELIDED = ["elide"], GLUED_AFTER_PERIOD = ["glued"];

    function fillTable(wording, words, t0, n, m0, m, slotBefore, lead, trail, cutColumns, cutAtStart) {
      var tokens = wording.tokens, weights = wording.weights, width = m + 1;
      var size = (n + 1) * width, best = new Array(size), back = new Array(size);
      for (var z = 0; z < size; z++) best[z] = -Infinity;
      best[0] = 0.0; back[0] = START;
      var cutEnd = trail && m0 + m === words.length, cutStart = cutAtStart && lead && m0 === 0;
      var endValue = trail ? best[0] + C.EDGE_TOKEN * m : -Infinity, endI = trail ? 0 : n, endJ = trail ? 0 : m;
      var known = new Set(tokens.slice(t0, t0 + n));  // see damage._long_joins
      for (var i = 0; i <= n; i++) {
        var row = i * width, tWord = i ? tokens[t0 + i - 1] : "", tWeight = i ? weights[t0 + i - 1] : 0.0;
        for (var j = 0; j <= m; j++) {
          if (i === 0 && j === 0) continue;
          var value = lead ? C.EDGE_TOKEN * j : -Infinity, how = START, candidate;
          if (i && j) {
            var mWord = words[m0 + j - 1], sim = typoSimilarity(tWord, mWord);
            if (!sim && (cutEnd && j === m && tWord.startsWith(mWord) || cutStart && j === 1 && mWord.length >= C.CUT_TAIL_CHARS && tWord.endsWith(mWord))) sim = 0.8;
            candidate = best[row - width + j - 1] + (sim ? tWeight * sim : tWeight * C.SUBSTITUTE);
            if (candidate > value) { value = candidate; how = ["pair", sim]; }
          }
          if (i) {
            if (cutColumns.has(j)) {  // "..." stands here: template words may be left out for free
              candidate = best[row - width + j];
              if (candidate > value) { value = candidate; how = ELIDED; }
            } else {
              candidate = best[row - width + j] + tWeight * C.DELETE;
              if (candidate > value) { value = candidate; how = DELETED; }
            }
          }
          if (j) {
            // a value's first word costs less than its others (align.SLOT_FIRST)
            var step = slotBefore[i] ? (back[row + j - 1] !== SLOT_INSERT ? C.SLOT_FIRST : C.SLOT_TOKEN)
              : productNames.has(words[m0 + j - 1]) ? C.PRODUCT_NAME_INSERT : C.INSERT;
            candidate = best[row + j - 1] + step;
            if (candidate > value + C.TIE) { value = candidate; how = slotBefore[i] ? SLOT_INSERT : INSERTED; }
          }
          if (i && j && (i >= 2 || j >= 2)) {
            var merged = merges(wording, words, t0, m0, i, j, best, width, value, how, known);
            value = merged[0]; how = merged[1];
          }
          if (i && j && slotBefore[i - 1]) {  // align._glued_after_a_period: "...Mateo Lopez.Make sure"
            var gluedWord = words[m0 + j - 1];
            if (gluedWord.length > tWord.length + 1 && gluedWord.endsWith("." + tWord)) {
              candidate = best[row - width + j - 1] + tWeight;
              if (candidate > value) { value = candidate; how = GLUED_AFTER_PERIOD; }
            }
          }
          best[row + j] = value; back[row + j] = how;
          if (trail) {
            var ending = value + C.EDGE_TOKEN * (m - j);
            if (ending >= endValue) { endValue = ending; endI = i; endJ = j; }
          }
        }
      }
      return { best: best, back: back, endI: endI, endJ: endJ };
    }

    function merges(wording, words, t0, m0, i, j, best, width, value, how, known) {
      var tokens = wording.tokens, tLast = tokens[t0 + i - 1], mLast = words[m0 + j - 1];
      var tLen = tLast.length + (i >= 2 ? tokens[t0 + i - 2].length : 99);
      var mLen = mLast.length + (j >= 2 ? words[m0 + j - 2].length : 99);
      var found = [value, how];
      if (Math.abs(tLen - mLast.length) <= 2 || Math.abs(mLen - tLast.length) <= 2 || Math.abs(tLen - mLen) <= 2) {
        found = shortMerges(wording, words, t0, m0, i, j, best, width, value, how);
      }
      return longSteps(wording, words, t0, m0, i, j, best, width, found[0], found[1], known);
    }
    // three or four words joined into one, or one broken into three or four: see damage._long_joins, _long_splits
    function longSteps(wording, words, t0, m0, i, j, best, width, value, how, known) {
      var tokens = wording.tokens, weights = wording.weights, mLast = words[m0 + j - 1];
      for (var size = 3; size <= C.MAX_JOINED_WORDS && size <= i && !known.has(mLast); size++) {
        var joined = "", gain = 0.0;
        for (var k = t0 + i - size; k < t0 + i; k++) { joined += tokens[k]; gain += weights[k]; }
        if (Math.abs(joined.length - mLast.length) > 2) continue;
        var sim = typoSimilarity(joined, mLast);
        if (sim < C.MERGE_SIMILARITY) continue;
        var candidate = best[(i - size) * width + j - 1] + gain * sim;
        if (candidate > value) { value = candidate; how = ["merge", size, 1, sim]; }
      }
      var tLast = tokens[t0 + i - 1];
      for (size = 3; size <= C.MAX_JOINED_WORDS && size <= j; size++) {  // damage._long_splits
        var parts = words.slice(m0 + j - size, m0 + j), piece = parts.join("");
        if (Math.abs(piece.length - tLast.length) > 2 || parts.every((w) => known.has(w))) continue;
        sim = typoSimilarity(tLast, piece);
        if (sim < C.MERGE_SIMILARITY) continue;
        candidate = best[(i - 1) * width + j - size] + weights[t0 + i - 1] * sim;
        if (candidate > value) { value = candidate; how = ["merge", 1, size, sim]; }
      }
      return [value, how];
    }
    function shortMerges(wording, words, t0, m0, i, j, best, width, value, how) {
      var tokens = wording.tokens, weights = wording.weights, row = i * width, sim, candidate;
      if (i >= 2 && j >= 1) {
        sim = typoSimilarity(tokens[t0 + i - 2] + tokens[t0 + i - 1], words[m0 + j - 1]);
        if (sim >= C.MERGE_SIMILARITY) {
          candidate = best[row - 2 * width + j - 1] + (weights[t0 + i - 2] + weights[t0 + i - 1]) * sim;
          if (candidate > value) { value = candidate; how = ["merge", 2, 1, sim]; }
        }
      }
      if (i >= 1 && j >= 2) {
        sim = typoSimilarity(tokens[t0 + i - 1], words[m0 + j - 2] + words[m0 + j - 1]);
        if (sim >= C.MERGE_SIMILARITY) {
          candidate = best[row - width + j - 2] + weights[t0 + i - 1] * sim;
          if (candidate > value) { value = candidate; how = ["merge", 1, 2, sim]; }
        }
      }
      if (i >= 2 && j >= 2) {
        var tA = tokens[t0 + i - 2], tB = tokens[t0 + i - 1], mA = words[m0 + j - 2], mB = words[m0 + j - 1];
        var pairWeight = weights[t0 + i - 2] + weights[t0 + i - 1];
        if (tA === mB && tB === mA) sim = 0.8;
        else if (tA + tB === mA + mB || typoSimilarity(tA + tB, mA + mB) >= C.MERGE_SIMILARITY) sim = 0.9;
        else return [value, how];
        candidate = best[row - 2 * width + j - 2] + pairWeight * sim;
        if (candidate > value) { value = candidate; how = ["merge", 2, 2, sim]; }
      }
      return [value, how];
    }

    function trace(result, words, back, width, i, j, t0, m0, slotAt) {
      var tokens = result.wording.tokens, weights = result.wording.weights, lost = [], gained = [];
      var own = (k) => tokenWeight(words[k]) === 1.0;
      while (i > 0 || j > 0) {
        var how = back[i * width + j], kind = how[0], k;
        if (kind === "start") {
          for (k = t0; k < t0 + i; k++) result.skipped[k] = true;
          result.leadJunk += j;
          break;
        }
        if (kind === "pair") {
          result.matched[t0 + i - 1] = how[1];
          if (!how[1] && weights[t0 + i - 1] === 1.0) result.hardSubs.push(tokens[t0 + i - 1] + "->" + words[m0 + j - 1]);
          else if (!how[1] && own(m0 + j - 1)) { result.insertedAt.push(m0 + j - 1); gained.push(m0 + j - 1); }
          i--; j--;
        } else if (kind === "delete") {
          countMissing(result, t0 + i - 1);
          if (weights[t0 + i - 1] === 1.0) lost.push(t0 + i - 1);
          i--;
        } else if (kind === "elide") {
          result.skipped[t0 + i - 1] = true;
          i--;
        } else if (kind === "glued") {  // the message's word is the value's last, with the template's word glued on
          assignSlot(result, slotAt[t0 + i - 1][0], [m0 + j - 1]);
          result.matched[t0 + i - 1] = 1.0;
          result.glued.add(t0 + i - 1);
          i--; j--;
        } else if (kind === "insert") {
          if (how[1]) assignSlot(result, slotAt[t0 + i][0], [m0 + j - 1]);
          else { result.insertedAt.push(m0 + j - 1); if (own(m0 + j - 1)) gained.push(m0 + j - 1); }
          j--;
        } else {
          for (k = t0 + i - how[1]; k < t0 + i; k++) result.matched[k] = how[3];
          i -= how[1]; j -= how[2];
        }
      }
      gained = gained.filter((k) => !productNames.has(words[k]));
      for (var n = 0; n < min(lost.length, gained.length); n++) {  // see align._replaced
        result.missing.splice(result.missing.indexOf(lost[n]), 1);
        result.insertedAt.splice(result.insertedAt.indexOf(gained[n]), 1);
        result.hardSubs.push(tokens[lost[n]] + "->" + words[gained[n]]);
      }
    }

    function openValueTokens(a) {  // a value running into a cut edge, at the end or the start
      var ls = leadSkipped(a), ts = trailSkipped(a);
      return max(ls ? valueTokensBefore(a, ls) : 0, ts ? valueTokensBefore(a, a.skipped.length - ts) : 0);
    }
    function valueTokensBefore(a, position) {
      var slots = a.wording.slots;
      for (var number = 0; number < slots.length; number++) {
        if (slots[number].position === position && a.slotTokens[number] && a.slotTokens[number].length) return a.slotTokens[number].length;
      }
      return 0;
    }

    // ---- match/score.py ----------------------------------------------------------------------
    function scoreAlignment(a) {
      var w = a.wording, spanWeight = 0.0, got = 0.0;
      for (var k = 0; k < w.weights.length; k++) {
        if (!a.skipped[k]) { spanWeight += w.weights[k]; got += w.weights[k] * a.matched[k]; }
      }
      if (got <= 0) return { confidence: 0.0, accuracy: 0.0, coverage: 0.0, evidence: 0.0 };
      var accuracy = got / (spanWeight + 0.4 * a.inserted), coverage = spanWeight / w.total_weight;
      var confidence = accuracy ** 1.5;
      confidence *= min(1.0, got / min(C.EVIDENCE_FULL, w.total_weight * 0.8));
      confidence *= 0.85 + 0.15 * min(1.0, coverage / 0.5);
      confidence *= C.HARD_SUBSTITUTION ** a.hardSubs.length;
      var keyMissing = a.missing.some((k) => w.keys.includes(k));  // a rule's own word is not forgiven
      // score._forgiven_losses: one common word lost, two when nothing was added or changed, none of the rule's own
      var forgiven = keyMissing ? 0 : !a.inserted && !a.hardSubs.length ? C.FORGIVEN_LOSSES_ALONE : C.FORGIVEN_LOSSES;
      confidence *= C.MISSING_WORD ** max(0, a.missing.length - forgiven);
      confidence *= C.EXTRA_WORD ** max(0, a.inserted - 1);
      var ls = leadSkipped(a), ts = trailSkipped(a);
      if (((ls > 0 && a.strayLead > 1) || (ts > 0 && a.strayTrail > 1)) && !a.askedAround || a.otherwiseAtAnEnd) confidence *= C.EDGE_JUNK;
      else if (!a.askedAround && ((ls && a.strayLead) || (ts && a.strayTrail))) confidence *= 0.9;
      if (a.valueRunsLong) confidence *= 0.5;  // a "value" of more words than a name has: the rest of the text
      if (openValueTokens(a) > C.OPEN_VALUE_TOKENS) confidence *= 0.5;
      if (a.valueHoldsAlertText) confidence *= C.VALUE_HOLDS_ALERT_TEXT;  // another alert's words in a row
      if (a.copiesDisagree) confidence *= C.COPIES_DISAGREE;  // named twice in the alert, once here
      return { confidence: min(1.0, confidence), accuracy: accuracy, coverage: coverage, evidence: got };
    }

    // ---- match/extract.py --------------------------------------------------------------------
    var DOC_PLACEHOLDER = /^<[^<>@]{1,60}>$/;  // "<john@contoso.com>" is an address
    // see extract._is_placeholder
    var OTHER_PLACEHOLDER = /^(?:\[([^\[\]]{1,60})\]|\{\{?([^{}]{1,60})\}\}?|%([^%\s]{1,60})%|([A-Z]+(?:_[A-Z]+)+))$/;
    var PLACEHOLDER_WORDS = new Set("mailbox name email e mail server profile user subject message queue address display the your of".split(" "));
    var NAME_WORD = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
    function isPlaceholder(value) {
      if (DOC_PLACEHOLDER.test(value) || /^[_ ]*__[_ ]*$/.test(value)) return true;  // extract._BLANK_TO_FILL
      var found = OTHER_PLACEHOLDER.exec(value);
      if (!found) return false;
      var inner = found[1] || found[2] || found[3] || found[4], words = inner.match(NAME_WORD) || [];
      return words.length > 0 && words.every((w) => PLACEHOLDER_WORDS.has(w.toLowerCase()));
    }
    var HYPHEN_AT_LINE_END = /(?<=[^\s-])-[ \t]*\r?\n[ \t]*(?=[^\s-])/g;  // "Support-|Desk" (extract._HYPHEN_AT_LINE_END)
    var WORD_HYPHENATED = /([A-Za-z]+)-[ \t]*\r?\n[ \t]*([a-z]+)/g, HYPHENATED_BEFORE_SMALL = /(?<=[^\s-])-[ \t]*\r?\n[ \t]*(?=[a-z])/g;
    function hyphenatesAlertWords(text, tokens) {  // extract._hyphenates_alert_words
      if (!text.includes("-") || !text.includes("\n")) return false;
      var piece;
      WORD_HYPHENATED.lastIndex = 0;
      while ((piece = WORD_HYPHENATED.exec(text)) !== null) {
        if (tokens.indexOf((piece[1] + piece[2]).toLowerCase()) >= 0) return true;
      }
      return false;
    }
    function same(ch) { return has(QUOTES, ch) ? QUOTES[ch] : ch; }
    function extractValues(a, message) {
      var slotTokens = splitByPunctuation(a, message);
      var typeset = hyphenatesAlertWords(message.clean, a.wording.tokens);
      var values = {}, numbers = keys(slotTokens).map(Number).sort((x, y) => x - y), start = leadSkipped(a), slots = a.wording.slots;
      // extract._cut_short_copy: the value a fragment starts with, where the alert writes that name again further on
      var cutShort = numbers.find((n) => start && slots[n].position - start <= 1 && slotTokens[n].length &&
        numbers.some((k) => k > n && slots[k].name === slots[n].name && slotTokens[k].length));
      numbers.forEach((number) => {
        var positions = slotTokens[number];
        if (!positions.length || number === cutShort) return;
        var slot = slots[number];
        var p = slot.position;
        var written = valueText(message, min(...positions), max(...positions), slot.before, slot.after,
          missedNextWord(a, p), a.glued.has(p), typeset);
        written = dropGluedFront(written, slot.before, gluedWordsBefore(a, p));
        var afterLast = max(...positions) + 1, cutOff = afterLast === message.words.length || message.cuts.has(afterLast);
        var value = written && !isPlaceholder(written) ? unwrap(written, cutOff) : "";
        if (isPlaceholder(value)) value = "";  // '"[Mailbox Name]"'
        if (value && !has(values, slot.name)) values[slot.name] = value.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC")).normalize("NFC");
      });
      return values;
    }
    // see extract._split_by_punctuation
    function splitByPunctuation(a, message) {
      var slotTokens = a.slotTokens, slots = a.wording.slots, words = message.words;
      for (var number = 0; number + 1 < slots.length; number++) {
        var first = slotTokens[number], second = slotTokens[number + 1];
        var marks = slots[number].after.split(/\s+/).join("");
        if (!first || !first.length || !second || !second.length || !marks) continue;
        var between = max(...first) + 1, size = slots[number + 1].position - slots[number].position;
        if (size < 1 || min(...second) !== between + size) continue;
        var region = first.slice().sort(byNumber), k;
        for (k = between; k < between + size; k++) region.push(k);
        region = region.concat(second.slice().sort(byNumber));
        var literal = words.slice(between, between + size).join("\u0000"), fitting = [];
        for (var r = 1; r < region.length - size; r++) {
          k = region[r];
          if (words.slice(k, k + size).join("\u0000") === literal && markedBefore(message, k, marks)) fitting.push(k);
        }
        if (fitting.length === 1 && fitting[0] !== between) {
          var split = region.indexOf(fitting[0]), copy = {};
          keys(slotTokens).forEach((key) => { copy[key] = slotTokens[key]; });
          copy[number] = region.slice(0, split);
          copy[number + 1] = region.slice(split + size);
          slotTokens = copy;
        }
      }
      return slotTokens;
    }
    function byNumber(x, y) { return x - y; }
    function markedBefore(message, k, marks) {
      var tokens = message.tokens, gap = k ? message.clean.slice(tokens[k - 1].end, tokens[k].start) : "";
      var flat = gap.split(/\s+/).join("").split("").map(same).join("");
      return flat.slice(-marks.length) === marks;
    }
    // see extract._missed_next_word
    function missedNextWord(a, position) {
      var tokens = a.wording.tokens;
      if (position >= tokens.length || a.matched[position] && !a.glued.has(position)) return "";
      var end = position;
      while (end < tokens.length && a.glued.has(end)) end++;
      return tokens.slice(position, max(end, position + 1)).join("");
    }
    function gluedWordsBefore(a, position) {  // extract._glued_words_before
      var start = position;
      while (start > 0 && a.glued.has(start - 1)) start--;
      return a.wording.tokens.slice(start, position).join("");
    }
    function dropGluedFront(value, before, word) {  // extract._drop_glued_front
      if (!word || before || value.length <= word.length) return value;
      if (value.slice(0, word.length).split("").map(same).join("").toLowerCase() !== word) return value;
      return value.slice(word.length).trim();
    }
    // pictographs the writer put after a sentence's end, at a value's end: the value ended at the mark
    // (extract._AFTER_SENTENCE_END, _without_pictographs_after_its_end)
    var AFTER_SENTENCE_END = /[.!?]["'\u201d\u2019)]?((?:\s+[^\p{L}\p{N}_\s]+)+)$/u;
    function withoutPictographsAfterItsEnd(value) {
      var found = /[^\x00-\x7f]/.test(value) ? AFTER_SENTENCE_END.exec(value) : null;
      if (found && /^[\s\p{So}\p{Sk}\p{Mn}\p{Me}\p{Cf}]+$/u.test(found[1])) return value.slice(0, found.index + found[0].length - found[1].length);
      return value;
    }
    function ownPart(written, lastOne) {  // extract._own_part
      function pick(pieces) { return lastOne ? pieces[pieces.length - 1] : pieces[0]; }
      if (written.includes("\n")) written = pick(written.split(PARAGRAPH_END));
      if (holdsCells(written)) written = pick(trimBlanks(written).split(CELL_BREAK));
      return written;
    }
    function trimBlanks(text) { return text.replace(/^[ \t]+|[ \t]+$/g, ""); }  // Python's strip(" \t")
    var CELL_BREAK = /[ ]*\t[ \t]*/;  // clean.CELL_BREAK
    function holdsCells(text) { return text.includes("\t") && trimBlanks(text).includes(" "); }  // clean.holds_cells
    // clean.PARAGRAPH_END: a blank line, or a code block's fence on a line of its own
    var PARAGRAPH_END = /\n[ \t\r]*\n|(?:^|\n)[ \t]*(?:```|~~~|\{code(?::[^}\n]*)?\}|\{noformat\}|\[\/?code\])[^\n]*(?=\n|$)/;
    function valueText(message, first, last, before, after, glued, gluedOn, typeset) {
      var tokens = message.tokens;
      var start = first > 0 ? tokens[first - 1].end : message.prefixEnd;
      var end = last + 1 < tokens.length ? tokens[last + 1].start : message.bodyEnd;
      if (first > 0 && tokens[first].start === tokens[first - 1].start) start = tokens[first].start;
      if (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].start) {  // extract._before_negation
        var word = translateQuotes(message.clean.slice(tokens[last].start, tokens[last].end));
        end = tokens[last].end - (/.n't$/.test(word) ? 3 : /.'t$/.test(word) ? 2 : 0);
      }
      var written = message.clean.slice(start, end);
      // the value the paste ends with ends at its paragraph or grid cell, the one it starts with starts at it
      if (last + 1 === tokens.length) written = ownPart(written, false);
      if (first === 0) written = ownPart(written, true);
      if (typeset) written = written.replace(HYPHENATED_BEFORE_SMALL, "");
      // a run of blanks is one space, but ideographic spaces only are a CJK name's own (extract._one_space)
      var value = written.replace(HYPHEN_AT_LINE_END, "-").replace(/\s+/g, (run) => /^\u3000+$/.test(run) ? run : " ").trim();
      // an elision mark at a cut is no part of the name (extract._value_text)
      if (first === 0 || message.cuts.has(first)) value = value.replace(SEPARATOR_BEFORE, "").replace(LEADING_ELISION, "");
      if (last + 1 === tokens.length || message.cuts.has(last + 1)) {
        value = value.replace(SEPARATOR_AFTER, "").replace(TRAILING_ELISION, "");
      }
      // the writer's mark may stand outside the template's own punctuation too (extract._value_text)
      value = withoutSeparators(withoutPictographsAfterItsEnd(dropGluedWord(value, after, glued, gluedOn)));
      // see extract._strip_prefix, _strip_suffix
      for (var k = 0; k < before.length; k++) {
        value = value.replace(/^ +/, "");
        if (same(value.charAt(0)) === before[k]) value = value.slice(1);
      }
      value = value.trim();
      for (k = after.length - 1; k >= 0; k--) {
        value = value.replace(/ +$/, "");
        if (k + 1 < after.length) value = withoutDoubledMark(value, after[k], after[k + 1]);
        if (same(value.slice(-1)) === after[k]) value = value.slice(0, -1);
      }
      // a mark of the writer's between the template's words and the value (extract._SEPARATOR_BEFORE, _AFTER)
      return withoutSeparators(value);  // still in the user's quotes (unwrap)
    }
    function withoutDoubledMark(value, mark, doubled) {  // extract._without_doubled_mark
      var rest = value.length;
      while (rest > 0 && (" " + doubled).includes(same(value[rest - 1]))) rest--;
      return rest < value.length && rest > 0 && same(value[rest - 1]) === mark ? value.slice(0, rest) : value;
    }
    function withoutSeparators(value) {
      return value.trim().replace(SEPARATOR_BEFORE, "").replace(SEPARATOR_AFTER, "").trim();
    }
    var SEPARATOR_BEFORE = /^[-\u2013\u2014|\/:;,=>~\u2192)\]]+\s+/;
    var SEPARATOR_AFTER = /\s+[-\u2013\u2014|\/:;,=<~\u2190(\[]+$/;
    // see extract._drop_glued_word
    function dropGluedWord(value, after, word, gluedOn) {
      var glued = after + word;
      if (!word || !(after || gluedOn) || value.length <= glued.length) return value;
      var tail = value.slice(-glued.length).split("").map(same).join("").toLowerCase();
      return tail === glued ? value.slice(0, -word.length) : value;
    }
    // Quotes or markdown that the user, not the template, put around a value (as extract._unwrap).
    var WRAPPERS = C.VALUE_WRAPPERS;  // extract._WRAPPERS
    function unwrap(value, cutOff) {
      for (var k = 0; k < WRAPPERS.length; k++) {
        var open = WRAPPERS[k][0], close = WRAPPERS[k][1];
        if (value.length > open.length + close.length && value.slice(0, open.length) === open &&
            value.slice(-close.length) === close) {
          var inner = value.slice(open.length, value.length - close.length);
          if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
        }
      }
      return cutOff ? cutInsideMarks(value) : value;
    }
    function cutInsideMarks(value) {  // extract._cut_inside_marks: the text cut off inside the marks around a value
      for (var k = 0; k < WRAPPERS.length; k++) {
        var open = WRAPPERS[k][0], close = WRAPPERS[k][1], inner = value.slice(open.length);
        if (value.startsWith(open) && inner.trim() && !inner.includes(open) && !inner.includes(close)) {
          for (var size = close.length - 1; size > 0; size--) {
            if (inner.endsWith(close.slice(0, size))) { inner = inner.slice(0, -size); break; }
          }
          return inner.trim();
        }
      }
      return value;
    }

    // ---- match/candidates.py -----------------------------------------------------------------
    function selectCandidates(words, limit, ties) {
      var votes = new Map(), seen = new Set(), k, posting;
      for (k = 0; k + 1 < words.length; k++) {
        var pair = words[k] + "\u0000" + words[k + 1];
        if (seen.has(pair)) continue;
        seen.add(pair);
        posting = data.bigrams[pair];
        if (posting && posting.length <= data.common_cutoff) posting.forEach((n) => { votes.set(n, (votes.get(n) || 0) + 1.0); });
      }
      if (votes.size < limit) {
        var unique = new Set(words);
        unique.forEach((word) => {
          var p = has(data.unigrams, word) ? data.unigrams[word] : null;
          if (p && p.length <= data.common_cutoff) {
            var weight = data.idf[word] * 0.25;
            p.forEach((n) => { votes.set(n, (votes.get(n) || 0) + weight); });
          }
        });
      }
      var ranked = Array.from(votes.keys()).sort((x, y) => {
        var kx = -votes.get(x) * (1.0 + votes.get(x) / data.bigram_counts[x]);
        var ky = -votes.get(y) * (1.0 + votes.get(y) / data.bigram_counts[y]);
        return kx !== ky ? kx - ky : x - y;
      });
      // see candidates._diverse
      var chosen = [], firstVotes = new Map();
      for (k = 0; k < ranked.length; k++) {
        var template = data.wordings[ranked[k]].template, got = votes.get(ranked[k]);
        if (!firstVotes.has(template)) firstVotes.set(template, got);
        else if (got !== firstVotes.get(template)) continue;
        // wordings tied with the last one chosen are chosen too (candidates.TIED_ROOM)
        if (chosen.length >= limit && got < chosen[limit - 1][1] || chosen.length === (ties ? limit * C.TIED_ROOM : limit)) break;
        chosen.push([ranked[k], got]);
      }
      return chosen;
    }

    // ---- match/symptoms.py -------------------------------------------------------------------
    var searchWords = makeSearchWords(data.lexicon);
    function searchTerms(text) { return searchWords(text).map((pair) => pair[1]); }
    var S = data.symptoms;
    // A slip in a question's word is read as the rules' word it is one or two edits from
    // (symptoms.corrected_terms); on a tie the first in order.
    // symptoms.LOST_LETTER_MIN
    function correctable(word) { return word.length >= C.LOST_LETTER_MIN && /^[a-z]+$/.test(word); }
    var everyday = new Set(data.lexicon.everyday), personal = new Set(data.lexicon.personal), knownWords = new Set(C.KNOWN_WORDS);
    var fillerSpellings = S.filler_spellings.map((word) => [word, ""]);
    // symptoms._nearest: the spelling's term of the nearest word (on a tie the first in order), or null
    // symptoms._nearest_spelling: the [rules' word, its term] this word is a slip of, or null
    function nearestSpelling(word, spellings) {
      var allowed = word.length < 9 ? 1 : 2, best = allowed + 1, nearest = null;
      for (var k = 0; k < spellings.length; k++) {
        var spelling = spellings[k][0];
        // a slip keeps the first letter, or swaps it with the second (symptoms._same_start)
        if (spelling[0] !== word[0] && !(word.length > 1 && spelling[0] === word[1] && spelling[1] === word[0])) continue;
        if (word.length < C.MIN_CORRECTED_LETTERS && spellings[k][0].length <= word.length) continue;
        var distance = osaDistance(word, spellings[k][0], allowed);
        if (distance < best) { best = distance; nearest = spellings[k]; }
      }
      return nearest;
    }
    function correctedTerms(text, asking) {  // see symptoms.corrected_terms
      var drop = asking ? everyday : SENTENCE.test(text) ? null : personal;
      var kindOf = data.lexicon.environment_kinds, pairs = searchWords(text), written = {}, kinds = {};
      pairs.forEach((pair) => {
        if (has(kindOf, pair[0])) written[kindOf[pair[0]]] = kinds[kindOf[pair[0]]] = true;
      });
      var terms = pairs.filter((pair) => {
        return !(drop && drop.has(pair[0]) && !has(S.idf, pair[1]));
      }).map((pair) => {
        var word = pair[0], term = pair[1];
        if (has(S.idf, term) || !correctable(word)) return term;
        if (knownWords.has(word) || knownWords.has(term)) return term;  // the lexicon's words are no slips
        // symptoms._may_be_a_slip
        if (word.length < C.MIN_CORRECTED_LETTERS &&
            !new RegExp("(?<![\\p{L}\\p{N}_])" + word + "(?![\\p{L}\\p{N}_])", "u").test(text)) return term;
        var nearest = nearestSpelling(word, S.spellings);
        if (nearest !== null) {
          if (has(kindOf, nearest[0])) kinds[kindOf[nearest[0]]] = true;  // a slip of "production"
          return nearest[1];
        }
        // a slip of a word that says nothing ("stil", "thier"): left out (symptoms.FILLER_SPELLINGS)
        return nearestSpelling(word, fillerSpellings) === null ? term : null;
      }).filter((term) => term !== null);
      if (keys(kinds).length > 1 && keys(written).length < 2) terms.push("different");
      return terms;
    }
    var symptomDocs = S.docs.map((docs) => { return docs.map((d) => new Set(d)); });
    var symptomVocab = S.vocab.map((v) => new Set(v));
    function idfOf(t) { return has(S.idf, t) ? S.idf[t] : S.default_idf; }
    var askingAnywhere = new Set(S.asking_anywhere), askingOpeners = new Set(S.asking_openers);
    // see symptoms.asks_a_question
    function asksAQuestion(text) {
      return text.includes("?") && text.replace(WEB_ADDRESS, " ").includes("?");
    }
    function isAsking(text) { return asks(text) && asks(searchWords.phrased(text)); }  // context asks nothing
    function asks(text) {
      if (asksAQuestion(text)) return true;
      var words = tokenize(text, 0).map((t) => t.text);
      return (words.length > 0 && askingOpeners.has(words[0])) || words.some((w) => askingAnywhere.has(w));
    }
    // see symptoms.reads_as_a_system
    var PASSIVE_BE = new Set(["be", "is", "are", "was", "were", "been"]);  // symptoms.PASSIVE_BE
    var SENTENCE = /^[ \t\r\n]*[A-Z][\s\S]*[.!][ \t\r\n]*$/;  // symptoms._SENTENCE
    var ADDRESSING_THE_READER = /(?:^[ \t\r\n]*|[.:;!][ \t\r\n]+)(?:you|your)(?![A-Za-z0-9_])/i;
    var LABELLED_FIELD = /(?:^|[.;|][ \t]+|\n)[ \t]*[A-Z][A-Za-z]*(?:[ ,]+[A-Za-z]+){0,4}:[ \t]+\S/gm;  // symptoms._LABELLED_FIELD
    var LEFT_BY_LABELS = /^(?:<[^<>\n]{1,40}>|[^A-Za-z0-9])+|(?:<[^<>\n]{1,40}>|[^A-Za-z0-9.!?])+$/g;  // symptoms._LEFT_BY_LABELS
    // symptoms.in_service_voice: "u" so that case is folded as Python folds it
    var WE_START = new RegExp(C.WE_START, "iu"), READERS_THING = new RegExp(C.READERS_THING, "iu");
    // symptoms.INSTRUCTING_THE_READER (ignoring case, as WE_START) and symptoms.SYSTEM_MARK (as written)
    var INSTRUCTING_THE_READER = new RegExp(C.INSTRUCTING_THE_READER, "iu"), SYSTEM_MARK = new RegExp(C.SYSTEM_MARK, "u");
    var cantBe = new RegExp(C.CANT_BE, "i");  // decide.CANT_BE
    // decide.NAMES_AN_OBJECT, FAILING, REASON, DID_NOT_SYNCHRONIZE, QUOTED_NAME
    var NAMES_AN_OBJECT = new RegExp(C.NAMES_AN_OBJECT, "u"), FAILING = new RegExp(C.FAILING, "i");
    var REASON = new RegExp(C.REASON, "i"), DID_NOT_SYNCHRONIZE = new RegExp(C.DID_NOT_SYNCHRONIZE, "i");
    var QUOTED_NAME = new RegExp(C.QUOTED_NAME, "gu");
    function tellsOfANamedObjectFailing(text) {  // decide._tells_of_a_named_object_failing
      var failing = FAILING.exec(text);
      if (!failing || !NAMES_AN_OBJECT.test(text)) return false;
      if (!REASON.test(text.slice(failing.index + failing[0].length)) && !DID_NOT_SYNCHRONIZE.test(text)) return false;
      var said = text.replace(QUOTED_NAME, '""');  // a quoted name's marks are the name's (decide.QUOTED_NAME)
      return !isAsking(said) && !inTheFirstPerson(searchWords.phrased(said)) && isAWholeSentence(said);
    }
    var numberTerms = new Set(C.NUMBER_TERMS);  // symptoms.number_terms
    var writersOwn = new Set(C.WRITERS_OWN), reporting = new Set(data.lexicon.reporting);  // symptoms.REPORTING_WORDS
    function inServiceVoice(text) {
      return !asksAQuestion(text) && READERS_THING.test(text) && (WE_START.test(text) || WE_START.test(searchWords.phrased(text))) &&
        !tokenize(text, 0).some((t) => writersOwn.has(t.text));
    }
    // decide._symptom_threshold
    var LEAD_IN = /^[^.!?:\n]{1,80}?:\s+(?=\S)/;  // decide._LEAD_IN
    function afterALeadIn(text) {  // decide._after_a_lead_in
      var lead = LEAD_IN.exec(text);
      if (!lead || lead[0].split(/\s+/).filter(Boolean).length > C.LEAD_IN_WORDS) return null;
      return text.slice(lead[0].length);
    }
    function symptomThreshold(question, told) {
      var pasted = afterALeadIn(told);
      function either(test) { return test(question) || (told !== question && test(told)) || (pasted !== null && test(pasted)); }
      if (either(inServiceVoice)) return Infinity;
      if (either(readsAsASystem)) return C.STATED_SYMPTOM_THRESHOLD;
      return statesImpersonally(question) ? C.STATEMENT_SYMPTOM_THRESHOLD : C.SYMPTOM_THRESHOLD;
    }
    // symptoms.states_impersonally
    function statesImpersonally(text) {
      return !isAsking(text) && isAWholeSentence(text);
    }
    function isAWholeSentence(text) {  // symptoms.is_a_whole_sentence
      return SENTENCE.test(searchWords.phrased(text).replace(LEFT_BY_LABELS, ""));
    }
    // symptoms.tells_of_the_readers_things
    function tellsOfTheReadersThings(text) {
      var readers = READERS_THING.exec(text);
      return readers !== null && !tokenize(text, 0).some((t) => writersOwn.has(t.text)) &&
        !tokenize(text.slice(0, readers.index), 0).some((t) => reporting.has(t.text));
    }
    function readsAsASystem(text) {
      if (inServiceVoice(text)) return true;
      if (isAsking(text)) return false;
      if (ADDRESSING_THE_READER.test(text) || INSTRUCTING_THE_READER.test(text) || SYSTEM_MARK.test(text) ||
          (text.match(LABELLED_FIELD) || []).length >= C.LABELLED_FIELDS || tellsOfTheReadersThings(text)) return true;
      if (!isAWholeSentence(text)) return false;  // a person's search words keep 0.35
      var words = tokenize(text, 0).map((t) => t.text);
      if (!words.includes("because")) return false;
      for (var k = 0; k < words.length; k++) {
        if (PASSIVE_BE.has(words[k]) && words.slice(k + 2, k + 2 + C.REASON_WITHIN).includes("because")) return true;
      }
      return false;
    }
    // symptoms.reports_success
    var successWords = new Set(C.SUCCESS_WORDS), troubleWords = new Set(C.TROUBLE_WORDS);
    function reportsSuccess(text) {
      if (isAsking(text)) return false;
      var words = tokenize(searchWords.phrased(text), 0).map((t) => t.text);
      return words.some((w) => successWords.has(w)) && !words.some((w) => troubleWords.has(w));
    }
    // see symptoms.without_headers
    var CLOCK = "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \\t]?[AaPp][Mm])?";
    var NAME = "[A-Z][A-Za-z0-9_.'\\-]*(?:,?[ \\t][A-Z][A-Za-z0-9_.'\\-]*){0,3}";
    var MAIL_HEADER = /^(?:from|sent|to|cc|bcc|date|subject|importance)[ \t]?:[^\n]*$/i;
    var CHAT_LINE = new RegExp("^(?:\\[?" + CLOCK + "\\]?(?:[ \\t]+" + NAME + ")?|" + NAME + ",?[ \\t]+" + CLOCK + ")$");
    var TITLE_LINE = /^(?:subject|summary|title|description|short description)[ \t]?:[ \t]*([^\n]*)$/i;
    var FIELD_LINE = new RegExp("^(?:priority|severity|impact|urgency|components?|assignee|assigned to|reporter|reported by|" +
      "labels?|environment|created|updated|due|ticket|case|incident|id|issue type)[ \\t]?:[^\\n]*$", "i");
    function withoutHeaders(text) {
      var kept = [], heading = true;
      text.split("\n").forEach((line) => {
        var bare = line.replace(/^[ \t\r]+|[ \t\r]+$/g, ""), title = TITLE_LINE.exec(bare);
        if (title) kept.push(title[1]);
        // where a reply quotes a message (symptoms._REPLY_START): its header lines come next
        else if (/^(?:-{2,} ?original message ?-{2,}|_{10,}|on\b.{4,160}\bwrote:)$/i.test(bare)) heading = true;
        else if (!(FIELD_LINE.test(bare) || CHAT_LINE.test(bare) || heading && MAIL_HEADER.test(bare))) {
          kept.push(line);
          heading = heading && !bare;
        }
      });
      return kept.join("\n");
    }
    function questionOf(message) {
      var body = message.clean.slice(0, message.bodyEnd);
      if (body.includes("\n")) {
        var unheaded = withoutHeaders(body);
        if (unheaded !== body) return withoutAsides(unheaded);
      }
      return withoutAsides(body.slice(message.prefixEnd));  // decide._question
    }
    var firstPerson = new Set(C.FIRST_PERSON), weWords = new Set(C.WE_WORDS), readerWords = new Set(C.READER_WORDS);
    function inTheFirstPerson(text) {  // symptoms.in_the_first_person
      var words = tokenize(text, 0).map((t) => t.text);
      return words.some((w) => firstPerson.has(w)) ||
        (words.some((w) => weWords.has(w)) && !words.some((w) => readerWords.has(w)));
    }
    function shortShare(terms) {
      return C.SHORT_QUESTION_TERMS / min(max(terms, C.SHORT_QUESTION_TERMS), C.LONG_QUESTION_TERMS);
    }

    function scoreSymptoms(text) { return searchSymptoms(text).scores; }

    // see symptoms.search_symptoms
    var BETWEEN_SENTENCES = /(?<=[.!?;]) +/;  // symptoms._SENTENCE_END (a question's blanks are single spaces by now)
    // symptoms.only_instructs: every sentence tells the reader what to do ("Check your internet connection.")
    function onlyInstructs(text) {
      var sentences = text.trim().split(BETWEEN_SENTENCES).filter((sentence) => sentence.length > 0);
      return sentences.length > 0 && sentences.every((sentence) => {
        var found = INSTRUCTING_THE_READER.exec(sentence);
        return found !== null && found.index === 0;
      });
    }
    // symptoms.told_part: the text without its sentences that hold no search term
    var TRAILING_REQUEST = /(?:,|[ \t]+[-\u2013\u2014])[ \t]+([^,\u2013\u2014]*\?)[ \t]*$/;  // symptoms._TRAILING_REQUEST
    function toldPart(text) {
      var request = TRAILING_REQUEST.exec(text);
      if (request && correctedTerms(request[1], true).length === 0) return text.slice(0, request.index);
      var sentences = text.split(BETWEEN_SENTENCES);
      if (sentences.length < 2) return text;
      var told = sentences.filter((sentence) => correctedTerms(sentence, true).length > 0);
      return told.length ? told.join(" ") : text;
    }

    // symptoms.known_part: the text without its sentences and bracketed asides that hold no word any rule uses
    // (read once the phrases are folded; an aside with a digit or an inner capital is a code and stays), and
    // whether one of those sentences asks a question; the text as it is when nothing is left out, or everything
    var ASIDE = /\(([^()]{1,60})\)/gu, CODE_LIKE = /[0-9]|[a-z][A-Z]/;
    function holdsARulesWord(text) {
      return correctedTerms(text, true).some((t) => has(S.idf, t));
    }
    function knownPart(text) {
      var folded = searchWords.phrased(text);
      var bare = folded.indexOf("(") >= 0 ? folded.replace(ASIDE, (aside, inner) => {
        return CODE_LIKE.test(inner) || holdsARulesWord(inner) ? aside : " ";
      }) : folded;
      var sentences = bare.split(BETWEEN_SENTENCES), known = [], asks = false;
      if (sentences.length < 2 && bare === folded) return { text: text, asks: false };
      sentences.forEach((sentence) => {
        if (holdsARulesWord(sentence)) known.push(sentence);
        else asks = asks || asksAQuestion(sentence);
      });
      if (!known.length || known.length === sentences.length && bare === folded) return { text: text, asks: false };
      return { text: known.join(" "), asks: asks };
    }

    // symptoms._REPORTED, reported_words: what a text reports an alert or an error said
    var REPORTED = new RegExp(
      "\\b(?:alerts?|errors?|messages?|warnings?|notifications?)\\b[^.;!?\\n]{0,40}?\\b(?:says?|said|saying|reads?|states?|" +
      "stating|mentions?|mentioning|blames?|blaming|shows?(?![ \\t]+up\\b)|showing(?![ \\t]+up\\b)|tells?|complains?|" +
      "talks[ \\t]+about|is[ \\t]+about)\\b(?:[ \\t]+that)?[ \\t]+([^.;!?\\n]+)|" +
      "\\b(?:an?|the)[ \\t]+(?:alert|error|message|warning)[ \\t]+(?:that|saying)[ \\t]+([^.;!?\\n]+)", "i");
    function reportedWords(text) {
      var reported = REPORTED.exec(text);
      return reported === null ? null : reported[1] || reported[2];
    }
    // symptoms.score_for_rule: the text, read as a system's words, measured against one rule only
    function scoreForRule(text, ruleId) {
      return searchText(text, false, false, S.rule_ids.indexOf(ruleId)).scores[ruleId] || 0.0;
    }

    // symptoms.search_symptoms: the whole text, read as what it tells reads (a request after a text that is no
    // person's makes it none), without its sentences no rule's words are in; a sentence that names its likeliest
    // rule surely on its own lifts it
    function searchSymptoms(text) {
      if (tooLongToAsk(text)) return { scores: {}, nameable: false, told: text };
      var told = toldPart(text);
      var asWritten = told === text || isAsking(told);
      var asking = asWritten && isAsking(text), asks = asWritten && asksAQuestion(text);
      var known = knownPart(text);
      if (known.text !== text) {
        if (!known.asks) { asking = isAsking(known.text); asks = asksAQuestion(known.text); }
        text = told = known.text;
      }
      var whole = searchText(text, asking, asks);
      var sentences = text.split(BETWEEN_SENTENCES);
      var ids = keys(whole.scores);
      // (a text that tells of no trouble lifts nothing: its sentence about a rule is context, see SENTENCE_ALONE)
      var telling = tokenize(searchWords.phrased(text), 0).map((t) => t.text);
      if (sentences.length < 2 || !ids.length || !telling.some((w) => troubleWords.has(w))) {
        return { scores: whole.scores, nameable: whole.nameable, told: told };
      }
      var scores = Object.assign({}, whole.scores);
      var best = ids.reduce((a, b) => scores[b] > scores[a] ? b : a);  // the first of equals, as max()
      sentences.forEach((sentence) => {
        if (sentence.split(/\s+/).filter(Boolean).length < C.SENTENCE_MIN_WORDS) return;
        var alone = searchText(sentence, isAsking(sentence), asksAQuestion(sentence), S.rule_ids.indexOf(best));  // one rule
        var score = alone.scores[best] || 0;
        if (score >= C.SENTENCE_ALONE && score * C.SENTENCE_SHARE > scores[best]) scores[best] = score * C.SENTENCE_SHARE;
      });
      return { scores: scores, nameable: whole.nameable, told: told };
    }

    // Longer than a question can be (in code points, as Python counts): not a question.
    function tooLongToAsk(text) {
      return text.length > C.MAX_QUESTION_CHARS && (text.length > 2 * C.MAX_QUESTION_CHARS ||
        Array.from(text).length > C.MAX_QUESTION_CHARS);
    }

    // the scores of the text read whole (as a person's if "asking", as a question if "asks"), for every rule or only
    // the rule at place "only"
    function searchText(text, asking, asks, only) {
      // a number no rule uses (a ticket's, an order's; in digits or in words) says nothing about the problem
      var terms = correctedTerms(text, asking).filter((t) => {
        return has(S.idf, t) || !(/^[0-9]+$/.test(t) || numberTerms.has(t));
      });
      var nameable = terms.length <= C.MAX_QUESTION_TERMS;
      if (!terms.length) return { scores: {}, nameable: nameable };
      var unknown = asking ? S.asking_idf : S.default_idf;
      var query = Array.from(new Set(terms)), weight = {}, total = 0;
      query.forEach((t) => {
        weight[t] = has(S.idf, t) ? S.idf[t] : unknown;
        total += weight[t];
      });
      // see symptoms.SHORT_QUESTION_TERMS
      var measured = asks || inTheFirstPerson(searchWords.phrased(text)) ? total * shortShare(query.length) : total;
      var scores = {};
      S.rule_ids.forEach((ruleId, r) => {
        if (only !== undefined && r !== only) return;
        var known = query.filter((t) => symptomVocab[r].has(t));
        if (known.length < min(2, query.length)) return;
        var coverage = min(1.0, known.reduce((s, t) => s + weight[t], 0) / measured);
        var closest = 0;
        symptomDocs[r].forEach((doc) => {
          var shared = query.filter((t) => doc.has(t));
          if (!shared.length) return;
          var docWeight = 0;
          doc.forEach((t) => { docWeight += idfOf(t); });
          var sharedWeight = shared.reduce((s, t) => s + weight[t], 0);
          closest = max(closest, sharedWeight / Math.sqrt(total * docWeight));
        });
        var saysEnough = known.length >= C.MIN_SHARED_TERMS && known.some((t) => S.idf[t] >= C.SPECIFIC_IDF);
        scores[ruleId] = coverage ** 1.3 * (0.35 + 0.65 * closest) * (saysEnough ? 1.0 : C.FEW_SHARED_TERMS);
      });
      return { scores: scores, nameable: nameable };
    }

    // ---- match/decide.py ---------------------------------------------------------------------
    // see decide.Classifier._wrapped
    var vocabulary = new Set();
    data.wordings.forEach((w) => { w.tokens.forEach((t) => { vocabulary.add(t); }); });
    var shortestWording = min(...data.wordings.map((w) => w.tokens.length));  // decide.shortest_wording
    var ALNUM = /^[\p{L}\p{N}]$/u, SPACE = /^\s$/;
    function foldVote(line, following) {
      var tail = Array.from(line.slice(-2)), last = tail.length ? tail[tail.length - 1] : "";
      var first = Array.from(following.slice(0, 2))[0] || "";
      if (SPACE.test(last) || SPACE.test(first)) return 1;
      if (first === "-" && ALNUM.test(Array.from(following.slice(1, 3))[0] || "")) return 1;  // "Ops|-EU" was cut
      if (!ALNUM.test(last) || !ALNUM.test(first)) return 0;
      var before = tokenize(line, 0), after = tokenize(following, 0);
      if (!before.length || !after.length) return 0;
      var a = before[before.length - 1].text, b = after[0].text;
      if (vocabulary.has(a + b) && !(vocabulary.has(a) && vocabulary.has(b))) return 1;
      // a little word ("of") is as often the start of a name's word ("of|f!!") as a word of its own
      return (vocabulary.has(a) && tokenWeight(a) === 1.0) || (vocabulary.has(b) && tokenWeight(b) === 1.0) ? -1 : 0;
    }
    function wrapped(folded, lines) {
      var votes = 0;
      folded.foldCuts.forEach((cut) => { votes += foldVote(cut[0], cut[1]); });
      if (votes) return votes < 0;
      return folded.foldCuts.length < C.SURE_FOLD_CUTS || breaksStartWords(lines.clean);
    }
    function complete(a, score) {
      return score.confidence >= 0.9 && score.coverage >= 0.95 && !a.hardSubs.length && a.missing.length === 0 && a.inserted === 0;
    }
    function rivalFactor(best, rival) {
      var gap = best - rival;
      return gap >= C.AMBIGUITY_MARGIN ? 1.0 : 0.45 + 0.55 * gap / C.AMBIGUITY_MARGIN;
    }
    function discount(best, runnerUp) { return best * rivalFactor(best, runnerUp); }
    function discountRivals(ordered) {  // decide._discount_rivals: each close rival lowers it in turn
      var sure = ordered[0];
      for (var k = 1; k < ordered.length; k++) sure *= rivalFactor(ordered[0], ordered[k]);
      return sure;
    }
    function round4(x) { return Math.round(x * 10000) / 10000; }
    function decision(ruleId, confidence, params, others, method, wording) {
      var ceiling = ruleId !== null ? confidence : 1.0;  // no alternative likelier than the answer (decide._match)
      var alternatives = keys(others).map((rid) => [rid, others[rid]])
        .filter((p) => p[0] !== ruleId && p[1] > 0.05)
        .sort((x, y) => y[1] - x[1]).slice(0, C.ALTERNATIVES)
        .map((p) => { return { rule_id: p[0], confidence: round4(min(p[1], ceiling)) }; });
      return { rule_id: ruleId, confidence: round4(confidence), params: params, alternatives: alternatives,
        method: method, wording: wording };
    }
    // see context.value_holds_alert_text
    var phrases = new Set(data.phrases.map((p) => p.join("\u0000")));
    var starts = new Set(data.starts.map((p) => p.join("\u0000")));  // compile.Index.starts
    // see context.alert_phrase_words
    function alertPhraseWords(words) { return phrasePlaces(words).size; }
    // context.alert_phrases_from: [words in the phrases' runs, words from the first of them on]
    function alertPhrasesFrom(words) {
      var covered = phrasePlaces(words), first = words.length;
      covered.forEach((k) => { if (k < first) first = k; });
      return [covered.size, words.length - (covered.size ? first : 0)];
    }
    function phrasePlaces(words) {
      var size = C.ALERT_PHRASE_WORDS, covered = new Set();
      for (var k = 0; k + size <= words.length; k++) {
        if (phrases.has(words.slice(k, k + size).join("\u0000"))) {
          for (var j = k; j < k + size; j++) covered.add(j);
        }
      }
      return covered;
    }
    // see decide.Classifier._cites_another_alert
    var rulePhrases = {};
    keys(data.rule_phrases).forEach((id) => {
      rulePhrases[id] = new Set(data.rule_phrases[id].map((p) => p.join("\u0000")));
    });
    function citesAnotherAlert(words, ruleId) {  // asked only with CITED_ALERT_WORDS or more in the alerts' phrases
      var runs = [], size = C.ALERT_PHRASE_WORDS;
      for (var k = 0; k + size <= words.length; k++) runs.push(words.slice(k, k + size));
      var citesReason = runs.some((run) => run.includes("because") && phrases.has(run.join("\u0000")));
      if (!citesReason) return false;  // no alert's reason is cited
      var own = rulePhrases[ruleId] || new Set();
      return !runs.some((run) => own.has(run.join("\u0000")));
    }
    function valueHoldsAlertText(a, words) {
      var slots = a.wording.slots, numbers = keys(a.slotTokens);
      for (var n = 0; n < numbers.length; n++) {
        var slot = slots[numbers[n]];
        if (slot.before.slice(-1) === '"' && slot.after.charAt(0) === '"') continue;  // quoted: the sender's own text
        var value = a.slotTokens[numbers[n]].slice().sort((x, y) => x - y)
          .map((k) => words[k]);
        if (alertPhraseWords(value)) return true;
      }
      return false;
    }
    // see context.asked_around
    var SENTENCE_END = /[,.;]/, FULL_STOPS = new Set([".", "!"]);  // context._SENTENCE_END
    var CLOSING_MARKS = /(?:[\s"'\u201d\u2019*`)\]}>]|<\/?[A-Za-z][^<>\n]{0,40}>)+$/;  // context._CLOSING_MARKS
    var CITATION_MARK = /["\u201c\u201d'\u2018\u2019:\u2013\u2014?()\[\]]|(?:^|\s)-(?:\s|$)/;
    // see context.otherwise_at_an_end
    function otherwiseAtAnEnd(a, message) {
      var tokens = message.tokens, clean = message.clean, words = message.words, n = words.length;
      if (n < 2) return false;
      var expected = a.wording.tokens;
      if (a.leadJunk === 1 && leadSkipped(a) === 1 && !clean.slice(tokens[0].end, tokens[1].start).trim()) {
        var first = expected[0];
        if (!damagedCopy(first, words[0]) && !first.endsWith(words[0])) return true;  // not a piece of it either
      }
      var skippedAtEnd = trailSkipped(a);
      if (!skippedAtEnd || !FULL_STOPS.has(clean.slice(tokens[n - 1].end, message.bodyEnd).replace(CLOSING_MARKS, "").trim())) return false;
      if (a.trailJunk === 0) return valueEndsTheSentence(a, n);
      if (a.trailJunk !== 1 || clean.slice(tokens[n - 2].end, tokens[n - 1].start).trim()) return false;
      for (var k = expected.length - skippedAtEnd; k < expected.length; k++) {
        if (damagedCopy(expected[k], words[n - 1])) return false;
      }
      return true;
    }
    // see context._value_ends_the_sentence
    function valueEndsTheSentence(a, wordCount) {
      var firstSkipped = a.skipped.length - trailSkipped(a), slots = a.wording.slots;
      for (var number = 0; number < slots.length; number++) {
        var taken = a.slotTokens[number];
        if (slots[number].position === firstSkipped && taken && taken.length && max(...taken) === wordCount - 1) {
          var after = slots[number].after.replace(/^["']+/, "");
          return !(after.charAt(0) === "." || after.charAt(0) === "!");
        }
      }
      return false;
    }
    // see context.value_runs_long
    function valueRunsLong(a, message) {
      var numbers = keys(a.slotTokens), tokens = message.tokens, clean = message.clean;
      for (var k = 0; k < numbers.length; k++) {
        var slot = a.wording.slots[numbers[k]];
        var longest = freeTextSlots.has(slot.name) ? C.LONG_TEXT_WORDS : C.LONG_VALUE_WORDS;
        var taken = a.slotTokens[numbers[k]].slice().sort((x, y) => x - y);
        // a quoted value that goes on past its closing quote (context._goes_on_past_its_quote)
        if (taken.length && slot.before.slice(-1) === '"' && slot.after.charAt(0) === '"' &&
            goesOnPastItsQuote(taken[0], taken[taken.length - 1], message)) return true;
        if (taken.length <= longest || framedByQuotes(slot, taken[0], taken[taken.length - 1], message)) continue;
        var written = 1;
        for (var j = 1; j < taken.length; j++) {
          if (/\s/.test(clean.slice(tokens[taken[j - 1]].end, tokens[taken[j]].start))) written++;
        }
        if (written > longest) return true;
      }
      return false;
    }
    function framedByQuotes(slot, first, last, message) {  // see context._framed_by_quotes
      if (!freeTextSlots.has(slot.name) || slot.before.slice(-1) !== '"' || slot.after.charAt(0) !== '"') return false;
      var tokens = message.tokens, clean = message.clean;
      var before = translateQuotes(clean.slice(first ? tokens[first - 1].end : 0, tokens[first].start)).trimEnd();
      var after = translateQuotes(clean.slice(tokens[last].end, last + 1 < tokens.length ? tokens[last + 1].start : clean.length)).trimStart();
      return before.slice(-1) === '"' && after.charAt(0) === '"' && tokens[last].end - tokens[first].start <= C.QUOTED_TEXT_CHARS;
    }
    function goesOnPastItsQuote(first, last, message) {
      var tokens = message.tokens;
      if (first === 0 || last + 1 >= tokens.length) return false;
      var written = translateQuotes(message.clean.slice(tokens[first - 1].end, tokens[last + 1].start)).trim();
      if (written.charAt(0) !== '"') return false;
      var closing = written.lastIndexOf('"');
      return closing > 0 && /[\p{L}\p{N}]/u.test(written.slice(closing));
    }
    function damagedCopy(expected, seen) {  // too damaged for a typo, yet half its letters or more are right
      var most = Math.floor(max(expected.length, seen.length) / 2);
      return osaDistance(expected, seen, most) <= most;
    }
    // see context._own_words_after
    function ownWordsAfter(trail, gap) {
      return trail.length <= C.AFTERWORD_WORDS && /[.!?]/.test(gap) &&
        !trail.some((w) => vocabulary.has(w) && tokenWeight(w) === 1.0);
    }
    function askedAround(a, message) {
      var lead = leadSkipped(a) ? a.leadJunk : 0, trail = trailSkipped(a) ? a.trailJunk : 0;
      var tokens = message.tokens, clean = message.clean, n = message.words.length;
      if (max(lead, trail) < 2 || lead + trail >= n) return false;
      if (lead && !(CITATION_MARK.test(clean.slice(tokens[lead - 1].end, tokens[lead].start)) ||
                    reporting.has(message.words[lead - 1]))) return false;
      if (trail) {
        var gap = clean.slice(tokens[n - trail - 1].end, tokens[n - trail].start);
        if (!(CITATION_MARK.test(gap) || SENTENCE_END.test(gap))) return false;
        if (!lead && ownWordsAfter(message.words.slice(n - trail), gap)) return true;
      }
      var around = (lead ? clean.slice(message.prefixEnd, tokens[lead].start) : "") + " " +
        (trail ? clean.slice(tokens[n - trail - 1].end, message.bodyEnd) : "");
      return isAsking(around);
    }
    // see decide.Classifier._scored
    // decide.Classifier.telling_places and _shown_wording: a piece that holds none of the words that tell a template's
    // variants apart ("{received|sent}") is given the template as the rule writes it
    var tellingPlaces = null;
    function shownWording(a) {
      if (!tellingPlaces) {
        var variants = new Map();
        tellingPlaces = new Map();
        data.wordings.forEach((w) => variants.set(w.template, (variants.get(w.template) || []).concat([w.tokens])));
        data.wordings.forEach((w) => {
          var others = variants.get(w.template).filter((t) => t.join(" ") !== w.tokens.join(" "));
          if (others.length && others.every((t) => t.length === w.tokens.length))
            tellingPlaces.set(w.template + "\n" + w.text, w.tokens.map((t, k) => k).filter((k) => others.some((o) => o[k] !== w.tokens[k])));
        });
      }
      var w = a.wording, telling = tellingPlaces.get(w.template + "\n" + w.text);
      return !telling || telling.some((k) => a.matched[k] > 0) ? w.text : w.template;
    }
    function scored(message, wording) {
      var words = message.words, c = words.length ? message.clean[message.tokens[0].start] : "";
      var a = align(wording, words, message.cuts, c !== c.toUpperCase() && c === c.toLowerCase());  // decide._starts_inside_a_word
      a.valueHoldsAlertText = valueHoldsAlertText(a, words);
      a.askedAround = askedAround(a, message);
      a.otherwiseAtAnEnd = otherwiseAtAnEnd(a, message);
      a.valueRunsLong = valueRunsLong(a, message);
      return { alignment: a, score: scoreAlignment(a) };
    }
    // see decide.Classifier._holds_whole_alert
    function holdsWholeAlert(message) {
      var candidates = message.words.length ? selectCandidates(message.words, C.WHOLE_ALERT_CANDIDATES) : [];
      for (var c = 0; c < candidates.length; c++) {
        var found = scored(message, data.wordings[candidates[c][0]]);
        if (complete(found.alignment, found.score)) return true;
      }
      return false;
    }
    function alertScores(message, words) {
      var best = {}, order = [];
      if (!words.length) return { best: best, order: order };
      var candidates = selectCandidates(words, C.CANDIDATES, true);
      for (var c = 0; c < candidates.length; c++) {
        var number = candidates[c][0], votes = candidates[c][1];
        if (votes < C.RIVAL_VOTES * candidates[0][1]) break;
        // the wordings tied with the last matter only as rivals of a piece named (decide._a_named_piece)
        if (c >= C.CANDIDATES && !order.some((id) => best[id].confidence >= C.ALERT_THRESHOLD && best[id].cut)) break;
        var wording = data.wordings[number], a = scored(message, wording), score = a.score;
        a = a.alignment;
        var piece = aPieceWithValues(a, score.evidence), id = wording.rule_id, current = best[id], whole = complete(a, score);
        if (whole || !current || readsBetter(score, current)) {
          if (!current) order.push(id);
          var kept = !whole && current;  // a surer or better reading of a rule already seen keeps its evidence and piece
          best[id] = { confidence: score.confidence, params: extractValues(a, message), wording: shownWording(a),
            evidence: max(score.evidence, kept ? kept.evidence : 0.0), piece: piece || !!(kept && kept.piece),
            cut: leadSkipped(a) > 0 || trailSkipped(a) > 0, read: explained(score), lead: a.leadJunk };
          if (whole) return { best: best, order: order };
        }
      }
      return { best: best, order: order };
    }

    function readsBetter(score, current) {  // decide._reads_better: of two wordings that both fit, the one explaining more
      var read = explained(score);
      if (score.confidence >= C.ALERT_THRESHOLD && current.confidence >= C.ALERT_THRESHOLD && read !== current.read) {
        return read > current.read;
      }
      return score.confidence > current.confidence;
    }
    function explained(score) {  // decide._explained
      return score.accuracy <= 0 ? 0.0 : score.evidence - (score.evidence / score.accuracy - score.evidence);
    }

    function aPieceWithValues(a, evidence) {  // decide._a_piece_with_values
      var filled = keys(a.slotTokens).filter((n) => a.slotTokens[n].length).length;
      return evidence >= C.FRAGMENT_EVIDENCE && filled >= C.FRAGMENT_VALUES &&
        !(a.inserted || a.hardSubs.length || a.missing.length || a.leadJunk || a.trailJunk);
    }

    function classify(pasted) {
      if (typeof pasted !== "string") pasted = String(pasted == null ? "" : pasted);
      var text = recordText(pasted);  // a JSON document's records are read as a list's lines (decide.classify)
      var message = normalize(text), asked = deeper(() => apartFromAQuestion(message));
      if (asked) return asked;  // the alert, without the asker's question around it
      var answer = read(text, message), first;
      if (answer.method === "alert" && text.includes("\n")) {
        first = firstListedAlert(text);  // a list of alerts cut off, read by a later, fuller one
        if (first && (first.rule_id !== answer.rule_id || keys(first.params).some((k) => has(answer.params, k) && answer.params[k] !== first.params[k]))) return first;
      }
      if (answer.rule_id === null) return deeper(() => citedAlert(message) || firstWholeAlert(text) || firstListedAlert(text) || unheaded(message) || quotedAlert(message) || readOn(message) || firstOfAlertsOnALine(text, message) || recordMessage(pasted, text) || partsAlone(message) || withoutAnAside(message)) || answer;
      return answer;
    }
    var readingDepth = 0;  // readings.MAX_READING_DEPTH: readings inside readings, at most
    function deeper(reading) {
      if (readingDepth >= C.MAX_READING_DEPTH) return null;
      readingDepth++;
      try { return reading(); } finally { readingDepth--; }
    }
    // readings.apart_from_a_question: an alert, and the asker's question in a paragraph or on a line of its own under
    // or over it: the text without the question, read alone, if it is an alert
    function apartFromAQuestion(message) {
      var body = message.clean.slice(0, message.bodyEnd);
      if (!body.includes("\n")) return null;
      var under = questionUnder(body), found = under !== null ? alertAlone(body.slice(0, under)) : null, over;
      if (found === null && (over = questionOver(body)) !== null) found = alertAlone(body.slice(over));
      return found;
    }
    function alertAlone(text) {  // readings._alert_alone: the alert a part of the paste names read alone, or null
      var answer = classify(text);
      return answer.method === "alert" ? answer : null;
    }
    function questionUnder(body) {  // readings._question_under: a last line with "?", or a last paragraph that asks
      var trimmed = body.replace(/\s+$/, ""), line = trimmed.lastIndexOf("\n");
      if (line > 0 && trimmed.endsWith("?") && isAsking(body.slice(line + 1))) return line;
      var ends = new RegExp(PARAGRAPH_END.source, "g"), found, last = null;
      while ((found = ends.exec(body)) !== null) last = found;
      return last && body.slice(last.index + last[0].length).trim() && isAsking(body.slice(last.index + last[0].length)) ? last.index : null;
    }
    function questionOver(body) {  // readings._question_over: a first paragraph that asks, or a first line with "?"
      var first = PARAGRAPH_END.exec(body);
      if (first && body.slice(0, first.index).trim() && isAsking(body.slice(0, first.index)) &&
          body.slice(first.index + first[0].length).trim()) return first.index + first[0].length;
      var line = body.indexOf("\n");
      return line > 0 && body.slice(0, line).replace(/\s+$/, "").endsWith("?") && isAsking(body.slice(0, line)) &&
        body.slice(line + 1).trim() ? line + 1 : null;
    }
    // an alert cut short in a paragraph or a grid's cell of its own, the asker's words or other cells in others:
    // each long part read alone (readings._parts_alone)
    function partsAlone(message) {
      var body = message.clean.slice(0, message.bodyEnd);
      if (!body.includes("\n") && !body.includes("\t")) return null;
      var parts = [];
      body.split(PARAGRAPH_BREAK).forEach((paragraph) => { parts.push(...cells(paragraph)); });
      if (parts.length < 2) return null;
      var long = parts.filter((p) => (p.match(/[^ \t\r\f\v]+/g) || []).length >= C.PART_MIN_WORDS);
      for (var k = 0; k < Math.min(long.length, C.MAX_PARTS); k++) {
        if (!starts.has(startOf(normalize(long[k])))) continue;  // a part that starts inside a sentence is no alert's
        var answer = classify(long[k]);  // named, unless another rule fits as well (readings._rivalled)
        if (answer.method === "alert" && !(answer.alternatives.length && answer.alternatives[0].confidence >= answer.confidence)) return answer;
      }
      return null;
    }
    var ASIDE_AT_END = new RegExp(C.ASIDE_AT_END);
    function withoutAnAside(message) {  // readings._without_an_aside: an alert cut short, an aside in brackets after it
      var body = message.clean.slice(0, message.bodyEnd);
      var tail = Array.from(body).slice(-C.ASIDE_MAX_CHARS).join(""), tailStart = body.length - tail.length;
      if (!tail.includes("(") && !tail.includes("[")) return null;
      var aside = ASIDE_AT_END.exec(tail);
      if (!aside || (aside[0].match(/\S+/g) || []).length < C.ASIDE_MIN_WORDS) return null;
      return alertAlone(body.slice(0, tailStart + aside.index));
    }
    function cells(paragraph) {  // readings._cells: lines parted at tabs where tabs part cells
      if (!paragraph.includes("\t")) return [paragraph];
      var lines = paragraph.split("\n");
      if (!lines.some(holdsCells)) return [paragraph];
      var out = [];
      lines.forEach((line) => { if (holdsCells(line)) out.push(...line.split(CELL_BREAK)); else out.push(line); });
      return out;
    }
    function recordMessage(pasted, read) {  // readings._record_message: a record's message read without its other fields
      var alone = recordText(pasted, true);
      return alone !== read ? alertAlone(alone) : null;
    }
    function firstListedAlert(text) {  // readings.first_listed_alert
      return firstListed(headOf(text).split("\n").filter((line) => line.trim()).slice(0, C.MAX_RECORD_LINES).map((line) => [normalize(line), line]));
    }
    function firstOfAlertsOnALine(text, message) {  // readings._first_of_alerts_on_a_line: where the first wording's start comes again
      var lines = headOf(text).split("\n").filter((line) => line.trim()), found = startsIn(message);
      var again = found.slice(1).filter((start) => found[0][1] === start[1]).map((start) => start[0]);
      if (lines.length !== 1 || !again.length) return null;
      var places = [0].concat(again, [message.clean.length]);
      return firstListed(places.slice(1).map((end, k) => message.clean.slice(places[k], end)).map((stretch) => [normalize(stretch), stretch]));
    }
    function firstListed(pairs) {  // readings._first_listed: [message, text] pairs
      var answers = pairs.filter((pair) => starts.has(startOf(pair[0]))).map((pair) => decideMessage(pair[0], pair[1]));
      return answers.length > 1 && answers.every((a) => a.method === "alert") ? answers[0] : null;
    }
    function startOf(message) { return message.words.slice(0, C.ALERT_START_WORDS).join("\u0000"); }
    function headOf(text) {  // the first MAX_MATCH_CHARS code points, as Python slices
      return text.slice(0, unitsOf(text, MAX_MATCH_CHARS));
    }
    function readOn(message) {  // readings._read_on: a long paste read on past its first part
      var body = splitTrailers(message.clean)[0];
      return longerThan(body, MAX_MATCH_CHARS) ?
        alertAlone(message.clean.slice(unitsOf(message.clean, Array.from(cutAfterALine(body)).length - LINE_CUT_ROOM))) : null;
    }
    function unheaded(message) {  // a question in a mail or a chat, read without its header lines (readings._unheaded)
      var body = message.clean.slice(0, message.bodyEnd);
      if (!body.includes("\n")) return null;
      var bare = withoutHeaders(body);
      if (bare === body || !isAsking(bare)) return null;
      return alertAlone(bare);
    }
    var QUOTED = /(?<![^\s(:])(['"])(?=\S)([^\n]{1,800}?)(?<=\S)\1(?![A-Za-z0-9])/g;  // readings._QUOTED
    var QUOTED_WHOLE = /(?<![^\s(:])(['"])(?=\S)([^\n]{1,800})(?<=\S)\1(?![A-Za-z0-9])/g;  // readings._QUOTED_WHOLE
    function longQuotes(body) {  // readings.long_quotes
      var out = [], found = new Set(), q = translateQuotes(body), m;
      [QUOTED, QUOTED_WHOLE].forEach((pattern) => {
        pattern.lastIndex = 0;
        while ((m = pattern.exec(q))) {
          var span = (m.index + 1) + ":" + m[2].length;
          if ((m[2].match(/[^ \t\r\f\v]+/g) || []).length >= C.RECORD_MIN_WORDS && !found.has(span)) {
            found.add(span);
            out.push(body.substr(m.index + 1, m[2].length));
          }
        }
      });
      return out;
    }
    function quotedAlert(message) {  // readings._quoted_alert
      var body = message.clean.slice(0, message.bodyEnd);
      if (!isAsking(body)) return null;
      var pieces = longQuotes(body);
      for (var k = 0; k < pieces.length; k++) {
        var answer = decideMessage(normalize(pieces[k]), pieces[k]);
        if (answer.method === "alert") return answer;
      }
      return null;
    }
    function quotesAnotherAlert(message) {  // decide._quotes_another_alert
      var pieces = longQuotes(message.clean.slice(0, message.bodyEnd));
      for (var k = 0; k < pieces.length; k++) {
        var cited = normalize(pieces[k]);
        if (starts.has(cited.words.slice(0, C.ALERT_START_WORDS).join("\u0000"))) return decideMessage(cited, pieces[k]).method !== "alert";
        if (readsAsASystem(pieces[k])) return decideMessage(cited, pieces[k]).rule_id === null;  // a system's message, no rule's
      }
      return false;
    }
    // see readings._cited_alert
    function wholeAlertBefore(message, lead) {  // decide._whole_alert_before: alerts pasted together, the first
      if (lead < shortestWording) return null;
      var piece = message.clean.slice(0, message.tokens[lead].start), before = normalize(piece);
      if (!holdsWholeAlert(before)) return null;
      var answer = decideMessage(before, piece);
      return answer.method === "alert" ? answer : null;
    }
    function citedAlert(message) {
      var words = message.words;
      for (var k = 1; k < min(words.length, C.MAX_CITING_WORDS + 1); k++) {
        if (!reporting.has(words[k])) continue;
        if (words.length - k - 1 < C.RECORD_MIN_WORDS) return null;
        var piece = message.clean.slice(message.tokens[k + 1].start, message.bodyEnd);
        var answer = decideMessage(normalize(piece), piece);
        return answer.method === "alert" ? answer : null;
      }
      return null;
    }
    // see readings._first_whole_alert
    function firstWholeAlert(text) {
      var head = headOf(text);
      var lines = head.split("\n"), pieces = 0;
      var records = lines.filter((line) => {
        return (line.match(/[^ \t\r\f\v]+/g) || []).length >= C.RECORD_MIN_WORDS;
      });
      var readings = records.slice(0, C.MAX_RECORD_LINES).map((line) => [line, lines.length > 1]);
      if (lines.length > 1) readings.push([head, false]);  // lines wrapped shorter than a record: the whole text
      for (var k = 0; k < readings.length; k++) {
        var stretches = recordsOf(readings[k][0], readings[k][1]);
        for (var r = 0; r < stretches.length; r++) {
          var message = normalize(stretches[r]);
          if (holdsWholeAlert(message)) return decideMessage(message, stretches[r]);
          if (++pieces >= C.MAX_RECORD_PIECES) return null;
        }
      }
      return null;
    }
    // see readings._records
    function startPlaces(message) {  // readings._start_places: where, past its first word, a wording starts
      return startsIn(message).map((start) => start[0]).filter((place) => place > message.tokens[0].start);
    }
    function startsIn(message) {  // readings._starts_in: [place, first words] of each wording that starts in the text
      var words = message.words, tokens = message.tokens, found = [];
      // at a word, or inside one after a period whose space was lost
      for (var k = 0; k < words.length; k++) {
        var head = words.slice(k, k + C.ALERT_START_WORDS).join("\u0000"), dot = words[k].lastIndexOf(".");
        if (starts.has(head)) found.push([tokens[k].start, head]);
        else if (dot >= 0) {
          head = [words[k].slice(dot + 1)].concat(words.slice(k + 1, k + C.ALERT_START_WORDS)).join("\u0000");
          if (starts.has(head)) found.push([message.clean.lastIndexOf(".", tokens[k].end - 1) + 1, head]);
        }
      }
      return found;
    }
    function recordsOf(line, whole) {
      var out = whole ? [line] : [];
      var message = normalize(line);
      if (!message.words.length) return out;
      var bounds = [message.tokens[0].start].concat(startPlaces(message));
      if (bounds.length < 2) return out;
      bounds.push(message.bodyEnd);
      for (var first = 0; first < bounds.length - 1 && out.length < C.MAX_RECORD_PIECES; first++) {
        for (var last = first + 1; last < min(first + 1 + C.JOINED_STRETCHES, bounds.length); last++) {
          if (first === 0 && last === bounds.length - 1) continue;  // the whole line: read already
          out.push(message.clean.slice(bounds[first], bounds[last]));
        }
      }
      return out;
    }
    function read(text, message) {  // message: text normalised; a hard fold's lines are read as lines too
      var answer = decideMessage(message, text);
      if (message.foldCuts.length) {
        // see decide.Classifier._read
        var lines = normalize(text, false), asLines = decideMessage(lines, text);
        if (asLines.confidence > answer.confidence ||
            (asLines.confidence === answer.confidence && wrapped(message, lines))) return asLines;
      }
      return answer;
    }
    function decideMessage(message, text, found) {
      var words = message.words;
      found = found || alertScores(message, words);
      var alerts = found.best;
      // Python sorts by confidence, ties keeping insertion order: a stable sort here.
      var ranked = found.order.slice().sort((x, y) => alerts[y].confidence - alerts[x].confidence);
      if (ranked.length) {
        var bestId = ranked[0], top = alerts[bestId];
        var confidence = discount(top.confidence, ranked.length > 1 ? alerts[ranked[1]].confidence : 0.0);
        if (confidence >= C.ALERT_THRESHOLD) {
          var first = wholeAlertBefore(message, top.lead);
          if (first) return first;
          var others = {};
          ranked.slice(1).forEach((id) => { others[id] = alerts[id].confidence; });
          return decision(bestId, confidence, top.params, others, "alert", top.wording);
        }
      }
      // clause shared with an alert wording, or the product's error-code line: an alert, not a question
      // many words of the alerts' phrases, or a short text of little else from the first of them on
      var phraseRuns = alertPhrasesFrom(words), covered = phraseRuns[0];
      var alertLike = message.errorCode !== null || ranked.some((id) => alerts[id].evidence >= C.ALERT_LIKE_EVIDENCE || alerts[id].piece) ||
        covered >= C.ALERT_LIKE_PHRASE_WORDS ||
        covered >= C.SHORT_ALERT_PHRASE_WORDS && covered >= C.ALERT_PHRASE_SHARE * phraseRuns[1];
      var question = questionOf(message);  // decoded, no prefix, trailer or header lines
      if (alertLike && ranked.length && retellsAnAlert(message, question)) {
        var retoldSearch = searchSymptoms(question), retold = described(question, retoldSearch, C.RETOLD_ALERT_THRESHOLD);
        if (retold && retold[0] === retoldMost(found) && !reportsAnotherReason(question, retold[0])) return decision(retold[0], retold[1], {}, mergedScores(found, retoldSearch.scores), "symptom", null);
      }
      var search = alertLike ? { scores: {}, nameable: false } : searchSymptoms(question);
      var merged = mergedScores(found, search.scores), named = described(question, search, 0.0);
      if (named && !(covered >= C.CITED_ALERT_WORDS && citesAnotherAlert(words, named[0])) && !quotesAnotherAlert(message) &&
          !reportsAnotherReason(question, named[0])) {
        return decision(named[0], named[1], {}, merged, "symptom", null);
      }
      var refusal = decision(null, 0.0, {}, merged, "none", null);
      // an alert no rule documents (decide.Decision.alert_like): the page says so; also one too short to read as one
      // by its phrases, that states as a system does what can't be done (decide._states_an_alert), or that names a
      // mailbox or a message failing as the product's alerts do
      refusal.alert_like = alertLike || starts.has(startOf(message)) && cantBe.test(question) && readsAsASystem(question) ||
        tellsOfANamedObjectFailing(question);
      return refusal;
    }

    // decide.Classifier._reports_another_reason: what an alert said, read alone, hardly describes the rule's problem
    function reportsAnotherReason(question, ruleId) {
      var reported = reportedWords(question);
      return reported !== null && scoreForRule(reported, ruleId) < C.REPORTED_FIT;
    }
    // decide._retold_most: the most evidence, then the surer fit; on a tie the first found (Python's max)
    function retoldMost(found) {
      var alerts = found.best, most = null;
      found.order.forEach((id) => {
        var a = alerts[id];
        if (most === null || a.evidence > alerts[most].evidence ||
            a.evidence === alerts[most].evidence && a.confidence > alerts[most].confidence) most = id;
      });
      return most;
    }

    // decide.Classifier._retells_an_alert: a person's own words about an alert, no wording's first words pasted
    function pastedHead(w) {  // decide._pasted_head
      var firstSlot = min(...w.slots.map((slot) => slot.position).concat([w.tokens.length]));
      return w.tokens.slice(0, max(C.PASTED_START_WORDS, firstSlot));
    }
    var heads = data.wordings.filter((w) => w.tokens.length >= C.PASTED_START_WORDS).map(pastedHead);
    var pastedHeads = new Set(heads.map((head) => head.join("\u0000")));
    var pastedLengths = Array.from(new Set(heads.map((head) => head.length)));
    var personsWords = new Set(C.FIRST_PERSON.concat(C.WE_WORDS));
    var CUT_OFF = /(?:\u2026|\.\.\.)[ \t\r\n"'\u201d]*$/;  // decide._CUT_OFF
    function retellsAnAlert(message, question) {
      var words = message.words;
      if (message.errorCode !== null) return false;
      for (var k = 0; k < words.length; k++) {
        for (var size = 0; size < pastedLengths.length; size++) {
          if (pastedHeads.has(words.slice(k, k + pastedLengths[size]).join("\u0000"))) return false;
        }
      }
      // a note or a question, as no system writes one (symptoms.shaped_as_a_sentence: no phrase folded)
      if (!(SENTENCE.test(question.replace(LEFT_BY_LABELS, "")) || CUT_OFF.test(question))) return true;
      if (!words.some((w) => personsWords.has(w))) return false;
      return inTheFirstPerson(searchWords.phrased(question));  // the phrases' cost only for a text with "I" or "we"
    }
    // decide._described: the rule a description names and how surely, if it reaches its threshold and the floor
    function described(question, search, floor) {
      var symptom = search.scores, ids = keys(symptom), told = search.told || question;  // symptoms.told_part
      if (!ids.length || !search.nameable || tokenize(question, 0).length > C.MAX_QUESTION_WORDS || reportsSuccess(question) ||
          (told !== question && reportsSuccess(told)) || onlyInstructs(told)) return null;
      var best = ids[0];
      ids.forEach((id) => { if (symptom[id] > symptom[best]) best = id; });
      var sure = discountRivals(ids.map((id) => symptom[id]).sort((x, y) => y - x));
      return sure < max(floor, symptomThreshold(question, told)) ? null : [best, min(1.0, sure)];
    }
    function mergedScores(found, symptom) {  // decide._merged
      var merged = {};
      found.order.forEach((id) => { merged[id] = found.best[id].confidence; });
      keys(symptom).forEach((id) => { merged[id] = max(merged[id] || 0.0, symptom[id]); });
      return merged;
    }

    return { classify: classify, normalize: normalize, searchTerms: searchTerms, scoreSymptoms: scoreSymptoms };
  }

  root.SyncdoctorMatcher = { create: (data) => Matcher(data), normalize: normalize };
})(typeof window !== "undefined" ? window : globalThis);
