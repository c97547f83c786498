// Integration tests run against the real Neo4j and SQLite that `npm test` starts; refuse to run without them.
export default function setup() {
  const missing = ["NEO4J_URI", "NEO4J_PASSWORD", "DATABASE_URL", "SANAD_TEST_TMP"].filter((k) => !process.env[k]);
  if (missing.length) {
    throw new Error(`integration tests need a throw-away Neo4j and SQLite (missing ${missing.join(", ")}): run them with \`npm test\``);
  }
}
