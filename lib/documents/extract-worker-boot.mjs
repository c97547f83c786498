// Entry of a bulk-ingest worker thread: registers tsx (worker threads do not inherit the parent's loader on Node 20),
// then hands over to the TypeScript worker.
import { register } from "tsx/esm/api";

register();
const worker = await import("./extract-worker.ts");
export default worker.default;
