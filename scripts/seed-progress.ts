// The bulk seed's progress on stderr: a bar on a terminal (cli-progress), one line every few seconds otherwise.
import { Presets, SingleBar } from "cli-progress";
import type { BulkProgress } from "../lib/documents/bulk-ingest";

export interface ProgressView {
  update(p: BulkProgress): void;
  /** A line printed above the bar (a failure). */
  note(line: string): void;
  stop(): void;
}

const LINE_EVERY_MS = Number(process.env.SANAD_PROGRESS_MS ?? 2_000);

function rateAndEta(p: BulkProgress, started: number) {
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? p.done / seconds : 0;
  const eta = p.total !== undefined && rate > 0 ? Math.max(0, (p.total - p.done) / rate) : undefined;
  return { rate, eta };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${Math.round(seconds % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** `progress: 120/1000 articles (12%), 118 written, 2 unchanged, 0 failed, 35.2 articles/s, ETA 25 s` */
export function progressLine(p: BulkProgress, rate: number, eta: number | undefined): string {
  const of = p.total !== undefined ? `/${p.total} articles (${Math.floor((100 * p.done) / Math.max(p.total, 1))}%)` : " article(s)";
  return `progress: ${p.done}${of}, ${p.written} written, ${p.unchanged} unchanged, ${p.failed} failed, ${rate.toFixed(1)} articles/s${eta !== undefined ? `, ETA ${formatDuration(eta)}` : ""}`;
}

export function progressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const started = performance.now();
  if (stream.isTTY) {
    const bar = new SingleBar(
      { stream, format: " {bar} {value}/{total} articles | {rate} articles/s | ETA {eta_text} | {failed} failed", hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 10 },
      Presets.shades_classic,
    );
    bar.start(1, 0, { rate: "0.0", eta_text: "…", failed: 0 });
    return {
      update(p) {
        const { rate, eta } = rateAndEta(p, started);
        bar.setTotal(p.total ?? Math.max(p.done, 1));
        bar.update(p.done, { rate: rate.toFixed(1), eta_text: eta === undefined ? "…" : formatDuration(eta), failed: p.failed });
      },
      note(line) {
        // Above the bar: clear its line, print, and let the next update redraw it.
        stream.write(`\r\x1b[K${line}\n`);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let latest: BulkProgress | undefined;
  let printed: BulkProgress | undefined;
  const print = (p: BulkProgress) => {
    printed = p;
    const { rate, eta } = rateAndEta(p, started);
    stream.write(progressLine(p, rate, eta) + "\n");
  };
  return {
    update(p) {
      latest = p;
      const now = performance.now();
      if (now - last >= LINE_EVERY_MS) {
        last = now;
        print(p);
      }
    },
    note: (line) => stream.write(line + "\n"),
    stop() {
      if (latest && latest !== printed) print(latest);
    },
  };
}
