// The one way a TypeScript CLI of ours ends: exit code from main, one error line (with the usage for a bad option,
// exit 2), and the Neo4j driver and Prisma client closed either way.
import { closeDb } from "../../lib/db";
import { closeDriver } from "../../lib/neo4j";

export function runCli(main: (args: string[]) => Promise<number>, usage: string) {
  main(process.argv.slice(2))
    .then((code) => (process.exitCode = code))
    .catch((err: unknown) => {
      const badOption = err instanceof TypeError && String((err as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}${badOption ? `\n${usage}` : ""}\n`);
      process.exitCode = badOption ? 2 : 1;
    })
    .finally(async () => {
      await Promise.allSettled([closeDriver(), closeDb()]);
    });
}
