// The SQLite location, shared by the Prisma CLI config and the app's client.
import path from "node:path";

/** DATABASE_URL when set, else `file:` + `.data/sanad.db` under the project root. */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (url) return url;
  return "file:" + path.join(process.cwd(), ".data", "sanad.db");
}
