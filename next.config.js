// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// The interface languages (docs/i18n.md): next-intl reads its per-request configuration from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Sent with every response (pages get their Content-Security-Policy, with a nonce, from proxy.ts). docs/security.md.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The build must not need Neo4j or the network; graph pages render per request.
  poweredByHeader: false,
  // `npm test` and `npm run check` typecheck the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["neo4j-driver", "@libsql/client", "@prisma/adapter-libsql"],
  // A test build (SANAD_TEST_BUILD=1) keeps its output apart so it never clobbers the user's build.
  distDir: process.env.SANAD_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // JSON answers load nothing and are framed by no one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
