// Compressed sizes the way a static host serves files: gzip level 9 and brotli quality 11.

import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Raw, gzip and brotli byte counts of one file's contents. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}
