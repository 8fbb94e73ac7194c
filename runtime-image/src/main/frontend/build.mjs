// Bundles each channel script into one self-contained, minified file: widget.js and search.js.
// Usage: node build.mjs [--outdir=DIR]   (the Maven build passes target/classes/META-INF/resources)
import { build } from 'esbuild';

const outArg = process.argv.find((a) => a.startsWith('--outdir='));
const outdir = outArg ? outArg.slice('--outdir='.length) : 'dist';

await build({
  entryPoints: { widget: 'src/widget.ts', search: 'src/search.ts' },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019'],
  legalComments: 'none',
  logLevel: 'warning',
});
