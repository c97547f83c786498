// The request rules on hand-made requests; tests/ and e2e/ check the same over HTTP against the running app.
import { beforeEach, describe, expect, it } from "vitest";
import { checkRequest, FAILURES_MAX, hostAllowed, resetFailures, ruleConfig, type RequestParts } from "./request-rules";

const open = ruleConfig({});
const locked = ruleConfig({ SANAD_ADMIN_TOKEN: "s3cret" });
function req(method: string, rawUrl: string, headers: Record<string, string> = {}, clientAddress = "127.0.0.1"): RequestParts {
  return { method, rawUrl, headers: new Headers({ host: "127.0.0.1:3000", ...headers }), clientAddress };
}
const json = { "content-type": "application/json", "content-length": "2" };

beforeEach(resetFailures);

describe("checkRequest", () => {
  it("lets reads and same-origin JSON writes through", () => {
    expect(checkRequest(req("GET", "/api/graph?focus=china"), open)).toBeNull();
    expect(checkRequest(req("POST", "/api/documents", { ...json, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }), open)).toBeNull();
    expect(checkRequest(req("POST", "/api/documents", json), open)).toBeNull(); // curl, no token configured
  });

  it("refuses malformed percent-encodings in the path and the query with a 400", () => {
    expect(checkRequest(req("GET", "/api/entities/%ED%A0%80"), open)?.status).toBe(400);
    expect(checkRequest(req("GET", "/api/search?q=%E0%A4%A"), open)?.status).toBe(400);
    expect(checkRequest(req("GET", "/api/search?q=%EF%BF%BD"), open)?.status).toBe(400); // what Next makes of one
    expect(checkRequest(req("GET", "/api/entities/%D8%B1"), open)).toBeNull();
  });

  it("answers 421 to a host name the app does not serve, but not to IP addresses or listed names", () => {
    expect(checkRequest(req("GET", "/api/health", { host: "evil.example" }), open)?.status).toBe(421);
    expect(hostAllowed("localhost:3000", open) && hostAllowed("[::1]:3000", open) && hostAllowed("192.168.1.20:3000", open)).toBe(true);
    expect(hostAllowed("sanad.example.org", ruleConfig({ SANAD_ALLOWED_HOSTS: "sanad.example.org" }))).toBe(true);
    expect(hostAllowed("bad host", open)).toBe(false);
  });

  it("refuses writes from another origin or site with a 403", () => {
    expect(checkRequest(req("POST", "/api/documents", { ...json, origin: "https://evil.example" }), open)?.status).toBe(403);
    expect(checkRequest(req("DELETE", "/api/documents/doc-1", { "sec-fetch-site": "cross-site" }), open)?.status).toBe(403);
    expect(checkRequest(req("POST", "/api/cypher", { ...json, origin: "null" }), open)?.status).toBe(403);
  });

  it("refuses bodies that are not JSON with a 415, and lets bodiless changes through", () => {
    expect(checkRequest(req("POST", "/api/documents", { "content-type": "text/plain", "content-length": "9" }), open)?.status).toBe(415);
    expect(checkRequest(req("POST", "/api/curation", { "content-type": "application/x-www-form-urlencoded", "content-length": "9" }), open)?.status).toBe(415);
    expect(checkRequest(req("POST", "/api/curation/3/undo"), open)).toBeNull();
  });

  it("asks every change for the token when one is set, but not read-only POSTs", () => {
    expect(checkRequest(req("POST", "/api/documents", json), locked)?.status).toBe(401);
    expect(checkRequest(req("DELETE", "/api/queries/x"), locked)?.status).toBe(401);
    expect(checkRequest(req("POST", "/api/documents", { ...json, authorization: "Bearer s3cret" }), locked)).toBeNull();
    for (const path of ["/api/cypher", "/api/graph/expand", "/api/queries/neighbourhood/run"]) expect(checkRequest(req("POST", path, json), locked)).toBeNull();
  });

  it(`answers 429 with Retry-After after ${FAILURES_MAX} wrong tokens in a minute from one address, and only to it`, () => {
    const wrong = { ...json, authorization: "Bearer nope" };
    const t0 = 1_000_000;
    for (let i = 0; i < FAILURES_MAX; i++) expect(checkRequest(req("POST", "/api/curation", wrong), locked, t0 + i)?.status).toBe(401);
    const refused = checkRequest(req("POST", "/api/curation", { ...json, authorization: "Bearer s3cret" }), locked, t0 + 20);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers?.["retry-after"])).toBeGreaterThan(0);
    expect(checkRequest(req("POST", "/api/curation", { ...json, authorization: "Bearer s3cret" }, "10.0.0.9"), locked, t0 + 20)).toBeNull();
    expect(checkRequest(req("POST", "/api/curation", { ...json, authorization: "Bearer s3cret" }), locked, t0 + 61_000)).toBeNull();
    // Requests without any token are not attempts: a page's first try goes without one.
    for (let i = 0; i < FAILURES_MAX + 2; i++) expect(checkRequest(req("POST", "/api/curation", json, "10.0.0.7"), locked, t0)?.status).toBe(401);
  });

  it("believes X-Forwarded-For only when told a proxy is in front", () => {
    const wrong = { ...json, authorization: "Bearer nope" };
    const trusting = ruleConfig({ SANAD_ADMIN_TOKEN: "s3cret", SANAD_TRUST_PROXY: "1" });
    for (let i = 0; i < FAILURES_MAX; i++) checkRequest(req("POST", "/api/curation", { ...wrong, "x-forwarded-for": "203.0.113.5" }), trusting);
    expect(checkRequest(req("POST", "/api/curation", { ...wrong, "x-forwarded-for": "203.0.113.5" }), trusting)?.status).toBe(429);
    expect(checkRequest(req("POST", "/api/curation", { ...wrong, "x-forwarded-for": "203.0.113.6" }), trusting)?.status).toBe(401);
  });
});
