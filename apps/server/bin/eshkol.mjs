#!/usr/bin/env node
// The eshkol command. Its TypeScript is bundled by esbuild into plain JavaScript the first time it
// runs and again whenever one of the files bundled has changed since (a few tens of milliseconds),
// then run from the bundle: starting through tsx, which compiles each file as it is loaded, took
// twice as long for a command that computes shares in milliseconds. The packages Eshkol depends on
// stay outside the bundle, loaded from node_modules as any program loads them; if the bundle
// cannot be made, the command runs through tsx as before.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.join(here, '../src/cli/main.ts');
const cache = path.join(here, '../node_modules/.cache/eshkol-cli');
const manifestFile = path.join(cache, 'current.json');

/** The bundle last made, if none of the files in it has changed since: each file's size and time of change are kept. */
function freshBundle() {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
      const stat = fs.statSync(file);
      if (stat.size !== size || stat.mtimeMs !== mtimeMs) return null;
    }
    const main = path.join(cache, manifest.dir, 'main.js');
    return fs.existsSync(main) ? main : null;
  } catch {
    return null;
  }
}

/** Bundles the command into a folder of its own, then points the manifest at it in one rename, so that two commands starting at once each run a whole bundle. */
async function bundle() {
  const { build } = await import('esbuild');
  const dir = `build-${process.pid}-${Date.now()}`;
  const result = await build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: path.join(cache, dir),
    plugins: [
      {
        name: 'dependencies-outside',
        setup(b) {
          // Eshkol's own packages are TypeScript and go into the bundle; every other package is loaded as it is.
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@eshkol/') || args.path.startsWith('node:') ? undefined : { path: args.path, external: true }));
          // A file that finds its neighbours from where it is (migrations, the repository's data) still finds them from the bundle.
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            const source = await fs.promises.readFile(args.path, 'utf8');
            const contents = source.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path))).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const absolute = path.resolve(file);
    const stat = fs.statSync(absolute);
    inputs[absolute] = [stat.size, stat.mtimeMs];
  }
  const next = `${manifestFile}.${process.pid}`;
  fs.writeFileSync(next, JSON.stringify({ dir, inputs }));
  fs.renameSync(next, manifestFile);
  // Bundles replaced more than an hour ago go; a command still running from one has long loaded it.
  for (const old of fs.readdirSync(cache)) {
    const folder = path.join(cache, old);
    if (old.startsWith('build-') && old !== dir && fs.statSync(folder).mtimeMs < Date.now() - 3_600_000) fs.rmSync(folder, { recursive: true, force: true });
  }
  return path.join(cache, dir, 'main.js');
}

let main = freshBundle();
if (!main) {
  try {
    main = await bundle();
  } catch {
    main = null;
  }
}
if (main) {
  await import(pathToFileURL(main).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
