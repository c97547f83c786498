// Corrections in this process run one at a time: each reads the records in force, then replays them in its own
// transaction, so two at once could replay a record the other just undid (seen when two browser specs curated at once).
let queue: Promise<unknown> = Promise.resolve();

export function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => {});
  return run;
}
