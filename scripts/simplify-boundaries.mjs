#!/usr/bin/env node
/**
 * Derives data/boundaries.simplified.geojson (served by GET /api/v1/map/boundaries) from the
 * Ministry of Interior's jurisdiction polygons in data/boundaries_seed_authorities.geojson.
 *
 * - Regional councils come as one polygon per local committee: they are dissolved into one
 *   feature per authority (on the Ministry's code, `CR_PNIM`).
 * - Each feature is joined on that code to `moi_code` in authorities_extended.csv and carries only
 *   `authorityId`, the registry's id (`rc-<cbs>` for regional councils, `loc-<cbs>` otherwise,
 *   as in apps/server/src/modules/authorities/authority-id.ts).
 * - Shapes are simplified (Visvalingam, keeping every shape) and coordinates rounded, so the file
 *   stays small enough for the browser.
 *
 * Usage: node scripts/simplify-boundaries.mjs [--check]
 *   --check  exits non-zero if the committed file differs from what this script derives.
 *
 * mapshaper is not installed with Eshkol: only this script needs it, and its optional SQLite
 * support compiles a native module on every `npm ci` (docs/adr/0012-a-light-first-page-and-a-fast-first-start.md).
 * The script runs the pinned version below through npx, which fetches it once into npm's cache.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version that derived the committed file: a different one may simplify differently. */
const mapshaperPackage = 'mapshaper@0.7.70';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const sourceFile = path.join(dataDir, 'boundaries_seed_authorities.geojson');
const authoritiesFile = path.join(dataDir, 'authorities_extended.csv');
const outputFile = path.join(dataDir, 'boundaries.simplified.geojson');

/** Vertices closer than this (metres, as a Visvalingam effective area's side) are dropped. */
const simplifyInterval = 120;
/** 4 decimals of a degree is about 10 m: far below what a country-wide map can show. */
const precision = 0.0001;

const commands = [
  ['-i', 'source.geojson', 'snap', 'string-fields=CR_PNIM'],
  // Local committees of one regional council share edges; snapping closes hairline gaps first.
  ['-dissolve2', 'CR_PNIM'],
  ['-simplify', `interval=${simplifyInterval}`, 'keep-shapes'],
  ['-join', 'authorities.csv', 'keys=CR_PNIM,moi_code', 'string-fields=moi_code,cbs_code', 'fields=cbs_code,type'],
  ['-each', "authorityId = cbs_code == null ? null : (type == 'מועצה אזורית' ? 'rc-' : 'loc-') + Number(cbs_code)"],
  ['-filter-fields', 'authorityId'],
  ['-sort', 'authorityId'],
  ['-o', 'output.geojson', 'format=geojson', `precision=${precision}`],
].flat();

/** mapshaper's output for the commands above, run in a folder of its own holding the two inputs. */
function runMapshaper() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-boundaries-'));
  try {
    fs.copyFileSync(sourceFile, path.join(work, 'source.geojson'));
    fs.copyFileSync(authoritiesFile, path.join(work, 'authorities.csv'));
    // --ignore-scripts: mapshaper's optional SQLite module (GeoPackage files, unused here) stays unbuilt.
    // After `--` npm reads nothing: mapshaper's own flags (-i, -o) reach it as written.
    const args = ['exec', '--yes', '--ignore-scripts', `--package=${mapshaperPackage}`, '--', 'mapshaper', ...commands];
    console.log(`running ${mapshaperPackage} through npx (fetched into npm's cache the first time)`);
    const run = spawnSync('npm', args, { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.error || run.status !== 0) {
      console.error(`mapshaper did not run (${run.error?.message ?? `exit ${run.status}`}): npx needs npm's registry the first time it fetches ${mapshaperPackage}`);
      process.exit(1);
    }
    return fs.readFileSync(path.join(work, 'output.geojson'), 'utf8');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const collection = JSON.parse(runMapshaper());

const unmatched = collection.features.filter((f) => !f.properties?.authorityId);
if (unmatched.length > 0) {
  console.error(`${unmatched.length} boundary feature(s) have no authority in authorities_extended.csv`);
  process.exit(1);
}
const ids = collection.features.map((f) => f.properties.authorityId);
const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
if (duplicates.length > 0) {
  console.error(`more than one feature for: ${[...new Set(duplicates)].join(', ')}`);
  process.exit(1);
}

// One feature per line: readable diffs, and a small file.
const text = `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify({ type: 'Feature', properties: { authorityId: f.properties.authorityId }, geometry: f.geometry })).join(',\n')}\n]}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), outputFile)} is out of date: run node scripts/simplify-boundaries.mjs`);
    process.exit(1);
  }
  console.log(`${path.basename(outputFile)} is up to date (${ids.length} authorities)`);
} else {
  fs.writeFileSync(outputFile, text);
  console.log(`wrote ${path.relative(process.cwd(), outputFile)}: ${ids.length} authorities, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
