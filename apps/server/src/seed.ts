import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from './db/client';
import type { AuthoritiesRepo } from './modules/authorities/authorities.repo';
import type { ClustersRepo } from './modules/clusters/clusters.repo';
import type { ImportsService } from './modules/imports/imports.service';
import type { UsersRepo } from './modules/users/users.repo';
import type { UsersService } from './modules/users/users.service';

const manifestSchema = z.object({
  imports: z.array(z.object({ kind: z.enum(['authorities', 'clusters']), file: z.string(), asOf: z.string().optional(), complete: z.boolean().optional() })),
  statedFigures: z.string(),
  boundaries: z.string(),
});

export function readManifest(dataDir: string) {
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')));
}

type Deps = {
  db: Db;
  dataDir: string;
  imports: ImportsService;
  authorities: AuthoritiesRepo;
  clusters: ClustersRepo;
  users: UsersService;
  usersRepo: UsersRepo;
  log: (msg: string) => void;
};

/** Loads the shipped data into an empty registry, through the importers users use. */
export async function loadShippedData(deps: Deps) {
  const { db, dataDir, imports, clusters, log } = deps;
  if (!(await deps.authorities.isEmpty(db))) return false;
  const manifest = readManifest(dataDir);
  log(`fresh database: loading the shipped data (${manifest.imports.length} files and the stated figures)`);
  for (const step of manifest.imports) {
    const bytes = fs.readFileSync(path.join(dataDir, step.file));
    const result =
      step.kind === 'authorities' ? await imports.importAuthorities(bytes, null) : await imports.importClusters(bytes, null, { asOf: step.asOf ?? null, complete: step.complete ?? false });
    log(`loaded ${step.file}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`);
  }
  const figures = parse(fs.readFileSync(path.join(dataDir, manifest.statedFigures)), { columns: true, bom: true }) as Record<string, string>[];
  await clusters.replaceStatedFigures(
    db,
    figures.map((f) => ({ subject: f.subject!, key: f.key!, value: Number(f.value), asOf: f.as_of || null, source: f.source! })),
  );
  log(`loaded ${manifest.statedFigures}: ${figures.length} figures`);
  return true;
}

/** Demo accounts (password `demo`) for every role, every cluster and every member authority. */
export async function ensureDemoAccounts(deps: Pick<Deps, 'db' | 'users' | 'usersRepo' | 'authorities' | 'clusters'>) {
  const { db, users, usersRepo, clusters } = deps;
  const passwordHash = await users.hashPassword('demo');
  const national = ['ministry', 'committee', 'finance', 'regulator', 'measurement'] as const;
  const rows: Parameters<UsersRepo['insertMany']>[1] = national.map((role) => ({
    id: `demo-${role}`,
    email: `${role}@demo.local`,
    displayName: `Demo ${role}`,
    role,
    passwordHash,
    isDemo: true,
  }));
  for (const c of await clusters.list(db)) {
    rows.push({ id: `demo-staff-${c.slug}`, email: `staff-${c.slug}@demo.local`, displayName: c.nameHe ?? c.nameEn ?? c.slug, role: 'cluster_staff', clusterSlug: c.slug, passwordHash, isDemo: true });
  }
  const registry = await deps.authorities.getRows(db);
  // Every authority that was ever a member, in the order of its first membership.
  const members = [...new Set((await clusters.allMemberships(db)).map((m) => m.authorityId))];
  for (const id of members) {
    rows.push({ id: `demo-rep-${id}`, email: `rep-${id}@demo.local`, displayName: registry.get(id)?.nameHe ?? id, role: 'authority_rep', authorityId: id, passwordHash, isDemo: true });
  }
  for (let i = 0; i < rows.length; i += 100) await usersRepo.insertMany(db, rows.slice(i, i + 100));
  return rows.length;
}
