// Minifies the wasm-bindgen JavaScript glue in a Trunk build with terser. Trunk's own minifier
// cannot parse the glue (it stops at `export default`) and leaves it as it is, 2× larger.
// Run by the post_build hook in Trunk.toml, with TRUNK_STAGING_DIR set; or give the folder.

import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: give the build folder, or run from Trunk (TRUNK_STAGING_DIR unset)");
  process.exit(1);
}
const glue = (await readdir(dir)).filter((f) => /^explainer-app-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one explainer-app-*.js in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const path = join(dir, glue[0]);
const source = await readFile(path, "utf8");
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
await writeFile(path, code);
