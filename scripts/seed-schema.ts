// Writes docs/seed-format.schema.json from the zod schema (run: npx tsx scripts/seed-schema.ts).
import fs from "node:fs";
import { z } from "zod";
import { seedFormat } from "../graph-seed/seed-format";

export const schemaJson = () => JSON.stringify({ $id: "https://sanad.local/seed-format.schema.json", ...z.toJSONSchema(seedFormat) }, null, 2) + "\n";

if (process.argv[1]?.endsWith("seed-schema.ts")) fs.writeFileSync("docs/seed-format.schema.json", schemaJson());
