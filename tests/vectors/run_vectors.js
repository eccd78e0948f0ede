// node tests/vectors/run_vectors.js SITE_DIR VECTORS.jsonl: the JS matcher against Python's answers.
const fs = require("fs");
const path = require("path");
const [site, vectors] = process.argv.slice(2);
eval(fs.readFileSync(path.join(site, "assets", "kb-data.js"), "utf8").replace("window.SYNCDOCTOR_DATA", "globalThis.SYNCDOCTOR_DATA"));
require(path.resolve(site, "assets", "matcher.js"));
const matcher = globalThis.SyncdoctorMatcher.create(globalThis.SYNCDOCTOR_DATA);
let same = 0, params = 0, total = 0;
const misses = [];
for (const line of fs.readFileSync(vectors, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { message, expect } = JSON.parse(line);
  const got = matcher.classify(message);
  total++;
  if (got.rule_id === expect.rule_id) same++; else misses.push({ message: message.slice(0, 120), expect: expect.rule_id, got: got.rule_id, gc: got.confidence, ec: expect.confidence });
  if (JSON.stringify(got.params) === JSON.stringify(expect.params)) params++; else if (got.rule_id === expect.rule_id) misses.push({ params: true, message: message.slice(0, 100), expect: expect.params, got: got.params });
}
console.log(JSON.stringify({ total, same_rule: same, same_params: params, misses: misses.slice(0, 12) }, null, 1));
