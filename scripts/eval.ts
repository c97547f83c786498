// `npm run eval [-- --verbose]`: precision, recall and F1 per gold article (entity mentions per sentence, typed relations).
import { evaluate, loadGold } from "../graph-seed/evaluate";

const verbose = process.argv.includes("--verbose");
const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
console.log("article                 | mentions P     R     F1  | relations P   R     F1");
for (const article of loadGold()) {
  const r = evaluate(article);
  console.log(`${r.file.replace("../articles/", "seed:").padEnd(23)} | ${pct(r.mentions.precision)} ${pct(r.mentions.recall)} ${pct(r.mentions.f1)} | ${pct(r.relations.precision)} ${pct(r.relations.recall)} ${pct(r.relations.f1)}`);
  if (verbose) {
    for (const [what, s] of [["mentions", r.mentions], ["relations", r.relations]] as const) {
      if (s.missing.length) console.log(`    ${what} missing: ${s.missing.join(", ")}`);
      if (s.extra.length) console.log(`    ${what} extra:   ${s.extra.join(", ")}`);
    }
  }
}
