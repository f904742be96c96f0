// Prints, as JSON, the semantic differences between two OpenAPI documents (JSON files), computed by
// api-smart-diff: operations, parameters, properties and enum values are matched by key, and $refs resolved.
// scripts/spec_diff.py turns them into the client-facing report.
//
//     node scripts/spec_diff_tool.mjs BASE.json HEAD.json > diffs.json
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";

const [basePath, headPath] = process.argv.slice(2);
if (!basePath || !headPath) {
  console.error("usage: node scripts/spec_diff_tool.mjs BASE.json HEAD.json");
  process.exit(2);
}
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const { diffs } = apiCompare(read(basePath), read(headPath));
const plain = diffs.map(({ action, path, before, after, type, description }) => ({
  action,
  path,
  before,
  after,
  type,
  description,
}));
process.stdout.write(JSON.stringify(plain));
