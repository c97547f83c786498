// Browser tests in Debian's chromium against a production build that `npm test` starts (SANAD_BASE_URL).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // A busy 2-core machine (CI) can take seconds to answer a first request of a cold server.
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL: process.env.SANAD_BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 800 },
    // English unless a spec asks for another language (the interface follows Accept-Language: docs/i18n.md).
    locale: "en-US",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync"],
    },
  },
});
