// The app's validated configuration: parsed from process.env once, on first use (never during `next build`).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseUrl } from "./database-url";

const schema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI")
    .default("bolt://127.0.0.1:7687"),
  NEO4J_USERNAME: z.string().trim().min(1).optional(),
  NEO4J_USER: z.string().trim().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().trim().min(1).optional(),
  SANAD_DATA_DIR: z.string().trim().min(1).default(".data"),
  SANAD_NEO4J_PASSWORD_FILE: z.string().trim().min(1).optional(),
  DATABASE_URL: z.string().trim().min(1).optional(),
});

export interface AppConfig {
  neo4j: { uri: string; user: string; password: string; database?: string };
  databaseUrl: string;
  dataDir: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

let cached: AppConfig | undefined;

/** The configuration, validated on first call; throws ConfigError with a readable list of problems. */
export function env(source: Record<string, string | undefined> = process.env): AppConfig {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.SANAD_DATA_DIR);
  const config: AppConfig = {
    neo4j: {
      uri: e.NEO4J_URI,
      // Aura's credential files say NEO4J_USERNAME; NEO4J_USER is accepted, NEO4J_USERNAME wins.
      user: e.NEO4J_USERNAME ?? e.NEO4J_USER ?? "neo4j",
      password: e.NEO4J_PASSWORD ?? readLocalPassword(e.SANAD_NEO4J_PASSWORD_FILE ?? path.join(dataDir, "neo4j-password")),
      database: e.NEO4J_DATABASE,
    },
    databaseUrl: databaseUrl(source),
    dataDir,
  };
  if (source === process.env) cached = config;
  return config;
}

/** The generated password of the local server; empty when there is none (the driver then fails to authenticate). */
function readLocalPassword(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
