// Installs the starter library of saved queries on a fresh database (run by `npm start` after migrations).
import { closeDb } from "../lib/db";
import { installStarterQueries } from "../lib/saved-queries/saved-queries";

installStarterQueries()
  .then((n) => console.log(n ? `installed ${n} starter queries` : "starter queries already installed"))
  .catch((err: unknown) => {
    console.error(`error: could not install the starter queries: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  })
  .finally(closeDb);
