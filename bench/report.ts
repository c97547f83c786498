// One benchmark's figures: a line each on stdout, and bench/results/NAME.json.
import fs from "node:fs";
import path from "node:path";

export interface Figure {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  better: "lower" | "higher";
  goal: string;
}

export function report(bench: string, figures: Figure[]) {
  const rows = figures.map((f) => ({ ...f, value: round(f.value), baseline: round(f.baseline), ratio: round(f.value / f.baseline) }));
  for (const r of rows) console.log(`${bench}: ${r.name} = ${r.value} ${r.unit} (baseline ${r.baseline}, ratio ${r.ratio}, ${r.better} is better; goal ${r.goal})`);
  // A tiny run (npm test) proves the benchmark still runs; its figures mean nothing and must not replace the real ones.
  const dir = process.env.BENCH_RESULTS_DIR ?? path.join(process.cwd(), "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${bench}.json`), JSON.stringify(rows, null, 2) + "\n");
}

function round(n: number) {
  return Math.round(n * 1000) / 1000;
}
