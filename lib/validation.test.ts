import { describe, expect, it } from "vitest";
import { entityId, graphQuery } from "./validation";

describe("graphQuery", () => {
  it("fills defaults", () => {
    expect(graphQuery.parse({})).toEqual({ depth: 1, limit: 300 });
  });
  it("coerces numbers from the query string", () => {
    expect(graphQuery.parse({ focus: "xi-jinping", depth: "2", limit: "50" })).toEqual({ focus: "xi-jinping", depth: 2, limit: 50 });
  });
  it.each([{ limit: "5001" }, { limit: "0" }, { limit: "1.5" }, { depth: "0" }, { depth: "4" }, { focus: "China!" }])("rejects %o", (q) => {
    expect(graphQuery.safeParse(q).success).toBe(false);
  });
});

describe("entityId", () => {
  it.each(["china", "xi-jinping", "covid-19"])("accepts %s", (id) => expect(entityId.safeParse(id).success).toBe(true));
  it.each(["", "China", "-x", "a b", "../x", "x".repeat(201)])("rejects %j", (id) => expect(entityId.safeParse(id).success).toBe(false));
});
