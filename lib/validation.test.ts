import { describe, expect, it } from "vitest";
import { entityId, graphQuery } from "./validation";

describe("graphQuery", () => {
  it("fills defaults", () => {
    expect(graphQuery.parse({})).toEqual({ depth: 1, edges: 300, typed: false, rejected: false });
  });
  it("coerces numbers from the query string", () => {
    expect(graphQuery.parse({ focus: "xi-jinping", depth: "2", limit: "50", edges: "20" })).toEqual({ focus: "xi-jinping", depth: 2, limit: 50, edges: 20, typed: false, rejected: false });
  });
  it("keeps a focus's neighbourhood to typed relations only with typed=1", () => {
    expect(graphQuery.parse({ typed: "1" }).typed).toBe(true);
    expect(graphQuery.safeParse({ typed: "yes" }).success).toBe(false);
  });
  it("shows rejected relations only when asked with rejected=1", () => {
    expect(graphQuery.parse({ rejected: "1" }).rejected).toBe(true);
    expect(graphQuery.parse({ rejected: "0" }).rejected).toBe(false);
  });
  it.each([{ limit: "5001" }, { limit: "0" }, { edges: "0" }, { edges: "20001" }, { edges: "many" }, { limit: "1.5" }, { depth: "0" }, { depth: "4" }, { focus: "China!" }, { rejected: "yes" }])("rejects %o", (q) => {
    expect(graphQuery.safeParse(q).success).toBe(false);
  });
});

describe("entityId", () => {
  it.each(["china", "xi-jinping", "covid-19"])("accepts %s", (id) => expect(entityId.safeParse(id).success).toBe(true));
  it.each(["", "China", "-x", "a b", "../x", "x".repeat(201)])("rejects %j", (id) => expect(entityId.safeParse(id).success).toBe(false));
});
