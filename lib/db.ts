// The process's one Prisma client: SQLite through the libsql driver adapter.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { sanadPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  globalForPrisma.sanadPrisma ??= new PrismaClient({ adapter: new PrismaLibSQL({ url: env().databaseUrl }) });
  return globalForPrisma.sanadPrisma;
}

export async function closeDb(): Promise<void> {
  const client = globalForPrisma.sanadPrisma;
  globalForPrisma.sanadPrisma = undefined;
  await client?.$disconnect();
}
