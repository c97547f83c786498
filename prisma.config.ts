// Prisma CLI configuration: SQLite through the libsql driver adapter, no native engines.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { databaseUrl } from "./lib/database-url";

// The schema's `url = env("DATABASE_URL")` must resolve, or the CLI tries to download native engines.
process.env.DATABASE_URL ??= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaLibSQL({ url: databaseUrl() });
  },
});
