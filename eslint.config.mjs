import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

const FETCH_MESSAGE = "Call the API through app/_components/api (request, useApi, useChange), not fetch";

const config = [
  ...next,
  ...nextTs,
  {
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }] },
  },
  {
    // The browser reaches the API through one request layer (errors, the admin token, aborts, retries): docs/decisions.md,
    // "One request layer for the browser". Route handlers are server code and may fetch.
    files: ["app/**"],
    ignores: ["app/api/**", "app/_components/api/request.ts"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: FETCH_MESSAGE }],
      "no-restricted-properties": ["error", ...["window", "globalThis", "self"].map((object) => ({ object, property: "fetch", message: FETCH_MESSAGE }))],
    },
  },
  {
    // Layers run one way: app → lib → graph-seed. The app reaches the pipeline through lib only.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)graph-seed(/|$)", message: "app/ imports lib/, never graph-seed/: go through the lib function that owns the use case." }] }],
    },
  },
  {
    // Interface text lives in the catalogues (messages/*.json), never in a component: words between JSX tags, and the
    // attributes people read (aria-label, title, placeholder, alt), fail lint. Punctuation, digits and symbols pass. docs/i18n.md.
    files: ["app/**/*.tsx"],
    // The bench page is a measuring harness for bench/, not part of the product.
    ignores: ["app/bench/**"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": ["error", {
        mode: "jsx-text-only",
        message: "Interface text goes in messages/en.json and messages/ar.json (docs/i18n.md), not in a component",
        words: { exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, /^(&[a-z]+;|\s)+$/] },
      }],
      "no-restricted-syntax": ["error", {
        selector: "JSXAttribute[name.name=/^(aria-label|aria-description|aria-placeholder|aria-roledescription|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}/u]",
        message: "Interface text goes in messages/en.json and messages/ar.json (docs/i18n.md), not in a component",
      }],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's use().
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // Layers run one way: app → lib → graph-seed. The pipeline is pure: text in, seed JSON out.
  {
    files: ["graph-seed/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["**/lib/**", "@/lib/**", "**/app/**", "@/app/**", "**/scripts/**", "@/scripts/**", "**/bench/**", "**/tests/**"], message: "graph-seed is the pure pipeline: it imports nothing from lib, app, scripts, bench or tests" },
          { group: ["@prisma/*", "neo4j-driver", "neo4j-driver/*", "@libsql/*", "server-only"], message: "graph-seed touches no database" },
          { group: ["node:net", "net", "node:http", "http", "node:https", "https", "node:http2", "http2", "node:tls", "tls", "node:dgram", "dgram", "node:dns", "dns", "undici"], message: "graph-seed touches no network" },
        ],
      }],
      "no-restricted-globals": ["error", { name: "fetch", message: "graph-seed touches no network" }, { name: "WebSocket", message: "graph-seed touches no network" }],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/graph-seed/**", "@/graph-seed/**", "**/scripts/**", "@/scripts/**"], message: "app/ reaches the pipeline through lib/ only" }] }],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**", "@/app/**", "**/scripts/**", "@/scripts/**", "**/bench/**", "**/tests/**"], message: "lib/ sits below app/ and scripts/: it never imports them" }] }],
    },
  },
  {
    ignores: [".next/**", ".next-test/**", ".next-bench/**", ".next-*/**", "node_modules/**", "lib/generated/**", "neo4j/**", ".data/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
