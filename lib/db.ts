// The process's one Prisma client: SQLite through the libsql driver adapter.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { isDatabaseUnavailable, prismaErrorCode } from "./db-errors";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { sanadPrisma?: PrismaClient };

// Errors about the data (a taken unique key, a missing row) leave the connection as it was.
const DATA_ERRORS = new Set(["P2002", "P2025"]);

function connect(): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaLibSQL({ url: env().databaseUrl }) });
  // After SQLite itself failed (locked past the busy timeout, not a database, gone), the adapter's connection can be
  // left inside a transaction it cannot roll back, and every later call times out. Such a client is dropped, so the
  // next call opens a fresh connection and the app recovers by itself once the file is usable again.
  const recovering = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (err) {
          if (isDatabaseUnavailable(err) && !DATA_ERRORS.has(prismaErrorCode(err) ?? "")) discard(recovering as unknown as PrismaClient, client);
          throw err;
        }
      },
    },
  });
  return recovering as unknown as PrismaClient;
}

function discard(current: PrismaClient, base: PrismaClient) {
  if (globalForPrisma.sanadPrisma !== current) return;
  globalForPrisma.sanadPrisma = undefined;
  void base.$disconnect().catch(() => {});
}

export function getDb(): PrismaClient {
  globalForPrisma.sanadPrisma ??= connect();
  return globalForPrisma.sanadPrisma;
}

export async function closeDb(): Promise<void> {
  const client = globalForPrisma.sanadPrisma;
  globalForPrisma.sanadPrisma = undefined;
  await client?.$disconnect();
}
