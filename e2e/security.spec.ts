// The security baseline as the browser sees it: the headers of pages and API answers, a Content-Security-Policy the
// explorer, the query workbench (CodeMirror) and the documents work under with no violation, and no secret in the
// files the build serves.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Records CSP violations the page reports (the listener is added before any page script runs). */
async function trapViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const cspErrors = (errors: string[]) => errors.filter((e) => /Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(e));

test("pages send a nonce-based CSP without unsafe-eval or unsafe-inline scripts, and the other security headers", async ({ request }) => {
  for (const url of ["/", "/documents", "/queries", "/add"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, url).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("no-referrer");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-powered-by"]).toBeUndefined();
    // Every script tag of the page carries this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
  }
  const second = (await request.get("/")).headers()["content-security-policy"];
  const first = (await request.get("/")).headers()["content-security-policy"];
  expect(first).not.toBe(second); // a fresh nonce per response
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the explorer works under the CSP: canvas, search, panels, no violation", async ({ page, consoleErrors }) => {
  const violations = await trapViolations(page);
  await page.goto("/?entity=china");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  await expect(page.getByTestId("entity-panel").getByRole("heading", { name: "China" })).toBeVisible();
  await page.getByRole("combobox").first().fill("روسيا");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(cspErrors(consoleErrors)).toEqual([]);
});

test("the query workbench works under the CSP: the CodeMirror editor highlights, completes and runs", async ({ page, consoleErrors }) => {
  const violations = await trapViolations(page);
  await page.goto("/queries/new");
  const editor = page.getByTestId("cypher-editor").locator(".cm-content");
  await editor.fill("MATCH (e:Entity {id: 'china'}) RETURN e.name AS name");
  // Syntax highlighting is CodeMirror's injected styles at work.
  await expect.poll(() => editor.locator("span").count()).toBeGreaterThan(3);
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByTestId("query-results")).toContainText("China");
  expect(await violations()).toEqual([]);
  expect(cspErrors(consoleErrors)).toEqual([]);
});

test("documents work under the CSP: list and reader", async ({ page, consoleErrors }) => {
  const violations = await trapViolations(page);
  // The list pages and puts the latest first: search finds the seed article whatever other specs added.
  await page.goto(`/documents?q=${encodeURIComponent("بوتين")}`);
  await page.getByTestId("documents").getByRole("link").filter({ hasText: /شي جينبينغ/ }).first().click();
  await expect(page.getByTestId("document-text")).toContainText("بوتين");
  expect(await violations()).toEqual([]);
  expect(cspErrors(consoleErrors)).toEqual([]);
});

test("the files the build serves hold no credential", () => {
  const dist = path.join(process.cwd(), process.env.SANAD_DIST_DIR ?? ".next-test");
  // The test build is made with canary secrets in its environment (scripts/test.mjs); the running server's are real.
  const secrets = [...(process.env.SANAD_BUILD_SECRETS ?? "").split(","), process.env.NEO4J_PASSWORD ?? "", process.env.SANAD_ADMIN_TOKEN ?? ""].filter((s) => s.length >= 8);
  expect(secrets.length).toBeGreaterThan(0);
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        files++;
        const content = fs.readFileSync(p, "latin1");
        for (const secret of secrets) expect(content.includes(secret), `${path.relative(dist, p)} holds a secret`).toBe(false);
      }
    }
  };
  for (const sub of ["static", "server"]) walk(path.join(dist, sub));
  expect(files).toBeGreaterThan(10);
});
