import fs from 'node:fs';
import path from 'node:path';
import { generateDrizzleJson, generateMigration, type DrizzleSnapshotJSON } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';

const serverRoot = path.resolve(import.meta.dirname, '..');

/** The files drizzle.config.ts gathers: each module's own tables, and the platform's. */
function schemaFiles(): string[] {
  const modules = path.join(serverRoot, 'src/modules');
  const inModules = fs.readdirSync(modules).flatMap((m) => fs.readdirSync(path.join(modules, m)).filter((f) => f.endsWith('.schema.ts')).map((f) => path.join(modules, m, f)));
  const platform = path.join(serverRoot, 'src/platform');
  return [...inModules, ...fs.readdirSync(platform).filter((f) => f.endsWith('.schema.ts')).map((f) => path.join(platform, f))];
}

function latestSnapshot(): DrizzleSnapshotJSON {
  const meta = path.join(serverRoot, 'drizzle/meta');
  const journal = JSON.parse(fs.readFileSync(path.join(meta, '_journal.json'), 'utf8')) as { entries: { idx: number }[] };
  const last = journal.entries.at(-1)!.idx;
  return JSON.parse(fs.readFileSync(path.join(meta, `${String(last).padStart(4, '0')}_snapshot.json`), 'utf8')) as DrizzleSnapshotJSON;
}

describe('the tables the modules declare', () => {
  it('are exactly what the committed migrations build: generating a migration gives nothing', async () => {
    const tables: Record<string, unknown> = {};
    for (const file of schemaFiles()) Object.assign(tables, await import(file));
    const previous = latestSnapshot();
    const current = generateDrizzleJson(tables, previous.id);
    expect(Object.keys(current.tables).length).toBe(Object.keys(previous.tables).length);
    expect(await generateMigration(previous, current)).toEqual([]);
  });
});
