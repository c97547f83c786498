import { describe, expect, it } from "vitest";
import { ConfigError, env } from "./env";

describe("env", () => {
  it("defaults to the local server and the .data SQLite file", () => {
    const c = env({ NEO4J_PASSWORD: "pw" });
    expect(c.neo4j).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "pw", database: undefined });
    expect(c.databaseUrl).toMatch(/^file:.*\.data\/sanad\.db$/);
  });

  it("accepts NEO4J_USER, and NEO4J_USERNAME wins over it", () => {
    expect(env({ NEO4J_USER: "alice", NEO4J_PASSWORD: "x" }).neo4j.user).toBe("alice");
    expect(env({ NEO4J_USER: "alice", NEO4J_USERNAME: "bob", NEO4J_PASSWORD: "x" }).neo4j.user).toBe("bob");
  });

  it.each(["neo4j+s://abc.databases.neo4j.io", "neo4j://cluster:7687", "bolt+s://h:7687", "bolt://localhost:7999"])("accepts %s", (uri) => {
    expect(env({ NEO4J_URI: uri, NEO4J_PASSWORD: "x" }).neo4j.uri).toBe(uri);
  });

  it("rejects a URI that is not Bolt with a readable message", () => {
    expect(() => env({ NEO4J_URI: "http://localhost:7474" })).toThrow(ConfigError);
    expect(() => env({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI: must be a bolt/);
  });

  it("reads the local password from the password file when NEO4J_PASSWORD is unset", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sanad-env-")), "pw");
    fs.writeFileSync(file, "s3cret\n");
    expect(env({ SANAD_NEO4J_PASSWORD_FILE: file }).neo4j.password).toBe("s3cret");
  });
});
