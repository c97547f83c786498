// The local Neo4j (as `npm start` and `npm test` run it) listens on loopback only and lets no one in without the
// password.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isLoopback, listeners } from "../support/listening-sockets";

const uri = new URL(process.env.NEO4J_URI!.replace(/^bolt/, "http"));
const port = Number(uri.port);


describe("the local Neo4j", () => {
  it("is reached on a loopback address", () => {
    expect(["127.0.0.1", "localhost", "[::1]"]).toContain(uri.hostname);
  });

  it.skipIf(!fs.existsSync("/proc/net/tcp"))("listens on loopback only: no socket on a wildcard or outside address", () => {
    const addresses = listeners(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(isLoopback(a), `listening on ${a}`).toBe(true);
  });

  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

  it.skipIf(!outside)("refuses connections on this machine's other addresses", async () => {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: outside!, port, timeout: 3_000 });
      socket.once("connect", () => (socket.destroy(), resolve(false)));
      socket.once("error", () => resolve(true));
      socket.once("timeout", () => (socket.destroy(), resolve(true)));
    });
    expect(refused).toBe(true);
  });

  it.each([
    ["a wrong password", neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", "not-the-password")],
    ["no password", neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", "")],
    ["another user", neo4j.auth.basic("admin", process.env.NEO4J_PASSWORD!)],
  ])("refuses %s", async (_what, auth) => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, auth, { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
    try {
      await expect(driver.executeQuery("RETURN 1")).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
    } finally {
      await driver.close();
    }
  });

  it("lets the configured user in", async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD!));
    try {
      const { records } = await driver.executeQuery("RETURN 1 AS one");
      expect(records[0]?.get("one").toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });
});
