// node tests/vectors/run_vectors.js SITE_DIR VECTORS.jsonl [TERMS.jsonl]: the JS matcher against Python's
// answers; and, given TERMS.jsonl, its search terms of each word form against Python's.
const fs = require("fs");
const path = require("path");
const [site, vectors, terms] = process.argv.slice(2);
eval(fs.readFileSync(path.join(site, "assets", "kb-data.js"), "utf8").replace("window.SYNCDOCTOR_DATA", "globalThis.SYNCDOCTOR_DATA"));
require(path.resolve(site, "assets", "matcher.js"));
const matcher = globalThis.SyncdoctorMatcher.create(globalThis.SYNCDOCTOR_DATA);
let same = 0, params = 0, sure = 0, alternatives = 0, alertLike = 0, wordings = 0, total = 0;
const misses = [];
for (const line of fs.readFileSync(vectors, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { message, expect } = JSON.parse(line);
  const got = matcher.classify(message);
  total++;
  if (got.rule_id === expect.rule_id) same++; else misses.push({ message: message.slice(0, 120), expect: expect.rule_id, got: got.rule_id, gc: got.confidence, ec: expect.confidence });
  // Python rounds to four places; the sums may run in another order here, so allow that much.
  if (Math.abs(got.confidence - expect.confidence) <= 0.0002) sure++;
  else if (got.rule_id === expect.rule_id) misses.push({ confidence: true, message: message.slice(0, 100), expect: expect.confidence, got: got.confidence });
  if (JSON.stringify(got.params) === JSON.stringify(expect.params)) params++; else if (got.rule_id === expect.rule_id) misses.push({ params: true, message: message.slice(0, 100), expect: expect.params, got: got.params });
  // The closest rules, in order, each as sure (what the paste box lists when no rule fits).
  const wanted = expect.alternatives || [];
  if (got.alternatives.length === wanted.length && got.alternatives.every((a, k) => a.rule_id === wanted[k].rule_id &&
      Math.abs(a.confidence - wanted[k].confidence) <= 0.0002)) alternatives++;
  else misses.push({ alternatives: true, message: message.slice(0, 100), expect: wanted, got: got.alternatives });
  // The wording read, its choices made only where the message shows them (decide._shown_wording).
  if (!("wording" in expect) || got.wording === expect.wording) wordings++;
  else misses.push({ wording: true, message: message.slice(0, 100), expect: expect.wording, got: got.wording });
  // An alert no rule documents (decide.Decision.alert_like), where the vector says.
  if (!("alert_like" in expect) || Boolean(got.alert_like) === expect.alert_like) alertLike++;
  else misses.push({ alert_like: true, message: message.slice(0, 100), expect: expect.alert_like, got: Boolean(got.alert_like) });
}
let forms = 0, sameTerms = 0;
for (const line of terms ? fs.readFileSync(terms, "utf8").split("\n") : []) {
  if (!line.trim()) continue;
  const { text, terms: expected } = JSON.parse(line);
  const got = matcher.searchTerms(text);
  forms++;
  if (JSON.stringify(got) === JSON.stringify(expected)) sameTerms++; else misses.push({ text, expect: expected, got });
}
console.log(JSON.stringify({ total, same_rule: same, same_params: params, same_confidence: sure, same_alternatives: alternatives,
  same_alert_like: alertLike, same_wording: wordings, forms,
  same_terms: sameTerms, misses: misses.slice(0, 12) }, null, 1));
