import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The build must not need Neo4j or the network; graph pages render per request.
  poweredByHeader: false,
  // `npm test` and `npm run check` typecheck the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["neo4j-driver", "@libsql/client", "@prisma/adapter-libsql"],
  // A test build (SANAD_TEST_BUILD=1) keeps its output apart so it never clobbers the user's build.
  distDir: process.env.SANAD_DIST_DIR || ".next",
};

export default nextConfig;
