import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  // `server-only` throws outside React Server Components; tests run lib code directly.
  "server-only": fileURLToPath(new URL("./scripts/support/empty-module.mjs", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "graph-seed/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "eval/**/*.test.ts"],
          environment: "node",
          // The CLI tests spawn tsx processes: on 2 busy CI cores one takes seconds, not milliseconds.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
