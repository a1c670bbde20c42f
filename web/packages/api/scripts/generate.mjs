// The API's types, generated from the server's OpenAPI document (`vuga openapi`) by openapi-typescript.
//   node scripts/generate.mjs          write src/schema.gen.ts
//   node scripts/generate.mjs --check  exit 1 when src/schema.gen.ts is not what the spec gives (CI, tests)
//   --types FILE                       check or write FILE instead of src/schema.gen.ts
// The `vuga` command is found in the project's virtualenv, or at $VUGA.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const typesOption = process.argv.indexOf("--types");
const target =
  typesOption > 0 ? resolve(process.argv[typesOption + 1] ?? "") : resolve(here, "../src/schema.gen.ts");
const repository = resolve(here, "../../../..");
const vuga = process.env.VUGA ?? resolve(repository, ".venv/bin/vuga");
if (!existsSync(vuga)) {
  console.error(`no vuga command at ${vuga}: run \`make install\` first (or set VUGA)`);
  process.exit(2);
}

const spec = JSON.parse(
  execFileSync(vuga, ["openapi"], { cwd: repository, encoding: "utf8", maxBuffer: 64 << 20 }),
);
const ast = await openapiTS(spec, { alphabetize: true, immutable: false });
const header =
  "// Generated from the server's OpenAPI document by web/packages/api/scripts/generate.mjs: do not edit.\n" +
  "// `npm run gen-api` writes it again; `npm run check-api` fails when it and the server disagree.\n\n";
const generated = header + astToString(ast);

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== generated) {
    console.error(
      `${target} disagrees with the server's OpenAPI document: run \`npm run gen-api\` in web/ and commit it`,
    );
    process.exit(1);
  }
  console.log("the API types match the server's OpenAPI document");
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
