// Recognises failures of the SQLite database behind Prisma (locked, unreadable, missing) so routes can answer 503.
// Kept apart from lib/db.ts so that the error helper does not load the Prisma client.

/** Prisma's error code (P2002, P1008 …) when `err` is one of its known request errors. */
export function prismaErrorCode(err: unknown): string | undefined {
  if (err instanceof Error && err.name === "PrismaClientKnownRequestError") return (err as Error & { code?: string }).code;
  return undefined;
}

const PRISMA_ERRORS = new Set(["PrismaClientKnownRequestError", "PrismaClientUnknownRequestError", "PrismaClientInitializationError", "PrismaClientRustPanicError", "DriverAdapterError", "LibsqlError"]);

/** True when the error came from the SQLite database or its driver rather than from our own code. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (PRISMA_ERRORS.has(err.name) || PRISMA_ERRORS.has(err.constructor?.name)) return true;
  // The adapter's connection failures are plain Errors tagged with Prisma's client version.
  if ("clientVersion" in err) return true;
  return /SQLITE_[A-Z]+/.test(err.message);
}
