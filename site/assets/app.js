/* syncdoctor help site: the paste box, search and copy buttons.  No inline handlers; runs from file://. */
(function () {
  "use strict";
  var data = window.SYNCDOCTOR_DATA;
  var matcher = window.SyncdoctorMatcher.create(data);
  var base = document.querySelector("script[src$='assets/app.js']").getAttribute("src").replace(/assets\/app\.js$/, "");

  /** The same fields as Python's Match: rule_id, confidence, params, alternatives (+ method, wording). */
  window.syncdoctor = {
    classify: function (text) { return matcher.classify(String(text)); },
    search: search
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => { node.setAttribute(k, attrs[k]); });
    (children || []).forEach((c) => { node.append(c); });
    return node;
  }
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  /* Build-time HTML (escaped by the site builder) with the user's values put in, escaped here. */
  function filled(html, params) {
    return html.replace(/\{([a-z][a-z0-9_]*)\}/g, (all, name) => {
      var known = data.placeholders[name], given = params[name] || known && known.same && params[known.same];
      if (given) return '<span class="value" dir="auto">' + escapeHtml(given) + "</span>";  // (render.fill_html)
      return escapeHtml(known ? known.fallback : name.replace(/_/g, " "));
    });
  }
  function percent(c) { return Math.round(c * 100) + "%"; }
  function ruleLink(id) {
    var rule = data.rules[id];
    return el("a", { href: base + rule.url }, [rule.title]);
  }

  // render.reads_as_another_language: an alert the product showed in the user's language
  function anotherLanguage(text) {
    var C = data.constants, words = text.toLowerCase().match(/\p{L}+/gu) || [];
    var foreign = words.filter((w) => C.FOREIGN_WORDS.includes(w)).length;
    return words.length >= C.FOREIGN_MIN_WORDS && foreign >= C.FOREIGN_MARKS && foreign > words.filter((w) => C.ENGLISH_WORDS.includes(w)).length;
  }

  function view(match, foreign) {
    var box = el("div", {}, []);
    if (!match.rule_id) {
      // two rules or more that fit as a named alert must (as render_match): say so, not that nothing fits
      var fitting = match.alternatives.filter((a) => a.confidence >= data.constants.ALERT_THRESHOLD);
      var tied = fitting.length >= 2;
      box.append(el("h2", {}, [tied ? "Several rules fit this message alike" : "No rule fits this message"]));
      var uncovered = !tied && match.alert_like;  // an alert no rule documents (as render_match)
      box.append(el("p", {}, [tied ? "None is named: the words that tell them apart are not in it (a piece that two alerts share?). These fit:"
        : uncovered ? "It reads as a server-side synchronization alert, but not one that a rule documents: it differs from each " +
          "documented alert in the words that tell alerts apart."
        : foreign ? "It does not read as English. The rules know the alerts' English wordings: with Dynamics 365 in English " +
          "(Settings > Personalization Settings > Languages) the same alert shows in English. Paste that, or describe the problem in English."
        : "It is not one of the documented alerts or issues. Paste the whole alert text, or describe the problem in a few words."]));
      if (match.alternatives.length) {
        if (!tied) box.append(el("p", {}, ["Closest rules, none sure enough to name:"]));
        box.append(el("ul", {}, (tied ? fitting : match.alternatives).map((a) => {
          return el("li", {}, [ruleLink(a.rule_id), " (" + percent(a.confidence) + ")"]);
        })));
      }
      if (uncovered) {
        box.append(el("p", {}, ["Meanwhile: open the mailbox in Settings > Email Configuration > Mailboxes, read its alerts, fix what " +
          "they name and run Test & Enable Mailbox. ", ruleLink("sss-failures-dashboard"), " lists every failing mailbox."]));
      }
      return box;
    }
    var rule = data.rules[match.rule_id];
    box.append(el("h2", {}, [ruleLink(match.rule_id)]));
    box.append(el("p", { "class": "verdict" }, [
      el("span", { "class": "kind kind-" + rule.kind }, [rule.kind]), " ",
      el("span", { "class": "confidence" }, [percent(match.confidence) + " sure" + (match.method === "symptom" ? " (matched your description)" : "")])]));
    var names = Object.keys(match.params);
    if (names.length) {
      var table = el("table", { "class": "values" }, [el("caption", {}, ["Your values"])]);
      names.forEach((name) => { table.append(el("tr", {}, [el("th", { scope: "row" }, [name]), el("td", {}, [match.params[name]])])); });
      box.append(table);
    }
    var meaning = el("div", { "class": "meaning" }, []);
    meaning.innerHTML = filled(rule.meaning, match.params);
    box.append(el("h3", {}, ["What it means"]), meaning, el("h3", {}, ["How to fix it"]));
    var steps = el("ol", { "class": "steps" }, []);
    rule.steps.forEach((step) => { var li = el("li", {}, []); li.innerHTML = filled(step, match.params); steps.append(li); });
    box.append(steps);
    box.append(el("p", {}, [el("a", { href: base + rule.url }, ["Full page: causes, links and related rules"])]));
    if (match.alternatives.length) {
      var also = el("p", { "class": "alternatives" }, ["Also possible: "]);
      match.alternatives.forEach((a, i) => { also.append(i ? ", " : "", ruleLink(a.rule_id), " (" + percent(a.confidence) + ")"); });
      box.append(also);
    }
    return box;
  }

  function search(text) {
    var scores = matcher.scoreSymptoms(text), needle = text.trim().toLowerCase();
    Object.keys(data.rules).forEach((id) => {
      var rule = data.rules[id];
      if (needle.length > 2 && (rule.title.toLowerCase().indexOf(needle) >= 0 || id.indexOf(needle) >= 0)) {
        scores[id] = Math.max(scores[id] || 0, 0.5);
      }
    });
    var match = matcher.classify(text);
    if (match.rule_id && match.method === "alert") scores[match.rule_id] = 2;
    return Object.keys(scores).filter((id) => scores[id] > 0.05)
      .sort((a, b) => scores[b] - scores[a]).slice(0, 8)
      .map((id) => { return { rule_id: id, score: Math.round(scores[id] * 10000) / 10000 }; });
  }

  function debounce(fn, ms) {
    var timer = null;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  var MAX_READ_CHARS = 32000;  // clean.MAX_READ_CHARS
  var paste = document.getElementById("paste"), result = document.getElementById("result");
  if (paste && result) {
    var explain = () => {
      var text = paste.value;
      result.replaceChildren();
      if (text.trim()) result.append(view(matcher.classify(text), anotherLanguage(text.slice(0, 4000))));
      // an alert past what is read is not found: say so (as the command line warns)
      if (text.length > MAX_READ_CHARS && Array.from(text).length > MAX_READ_CHARS) result.append(el("p", { "class": "note" }, ["Only the first 32,000 characters of the paste are read."]));
    };
    paste.addEventListener("input", debounce(explain, 200));
    document.getElementById("paste-form").addEventListener("submit", (event) => { event.preventDefault(); explain(); });
  }
  var query = document.getElementById("search"), hits = document.getElementById("search-results");
  if (query && hits) {
    query.addEventListener("input", debounce(() => {
      hits.replaceChildren();
      if (!query.value.trim()) return;
      var found = search(query.value);
      if (!found.length) hits.append(el("li", {}, ["Nothing found. Try other words, or paste the alert above."]));
      found.forEach((h) => {
        var rule = data.rules[h.rule_id];
        hits.append(el("li", {}, [ruleLink(h.rule_id), " ", el("span", { "class": "id" }, ["· " + rule.summary])]));
      });
    }, 150));
  }

  /* Copy buttons next to alert wordings and code in the steps. */
  document.querySelectorAll(".wording, .steps code").forEach((node) => {
    var button = el("button", { type: "button", "class": "copy", "aria-label": "Copy: " + node.textContent.slice(0, 60) }, ["Copy"]);
    button.addEventListener("click", () => {
      var text = node.textContent.replace(/\s*as seen in the product\s*$/, "");
      var done = () => { button.textContent = "Copied"; setTimeout(() => { button.textContent = "Copy"; }, 1500); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, done);
      else {
        var area = el("textarea", {}, [text]);
        document.body.append(area); area.select();
        try { document.execCommand("copy"); } catch (e) {}  // no clipboard to write to: nothing to do
        area.remove(); done();
      }
    });
    node.after(button);
  });
})();
