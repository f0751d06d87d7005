import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from './db/client';
import type { AuthoritiesRepo } from './modules/authorities/authorities.repo';
import type { ClustersRepo } from './modules/clusters/clusters.repo';
import { startOf } from './modules/clusters/membership-rules';
import type { GovernanceRepo } from './modules/governance/governance.repo';
import type { BodyRules } from '@eshkol/contracts/governance';
import type { ImportsService } from './modules/imports/imports.service';
import { shippedStandingSchema } from './modules/standing/standing-shipped';
import type { StandingModule } from './modules/standing/standing.module';
import type { UsersRepo } from './modules/users/users.repo';
import type { UsersService } from './modules/users/users.service';

const manifestSchema = z.object({
  imports: z.array(z.object({ kind: z.enum(['authorities', 'clusters']), file: z.string(), asOf: z.string().optional(), complete: z.boolean().optional() })),
  statedFigures: z.string(),
  boundaries: z.string(),
  standing: z.string(),
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

/**
 * The shipped list of powers and what sources say of the clusters' legal standing, once, into a
 * database whose standing is empty (a fresh one, or one made before the standing existed).
 */
export async function loadShippedStanding(deps: Pick<Deps, 'dataDir' | 'log'> & { standing: Pick<StandingModule, 'loadShipped'> }) {
  const file = readManifest(deps.dataDir).standing;
  const data = shippedStandingSchema.parse(JSON.parse(fs.readFileSync(path.join(deps.dataDir, file), 'utf8')));
  const loaded = await deps.standing.loadShipped(data);
  if (loaded) deps.log(`loaded ${file}: ${loaded.powers} powers, ${loaded.legalForms} legal forms, ${loaded.orders} orders, ${loaded.delegations} delegations`);
  return loaded;
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

/** The founding clusters whose bodies the demo shows. */
const demoClusters = ['galil-mizrahi', 'negev-maaravi'];
const demoFrom = '2024-01-01';
const simpleMajority: BodyRules['majority'] = { of: 'cast', fraction: [1, 2], strict: true };
const boardRules: BodyRules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: simpleMajority, weights: 'equal', chairBreaksTie: true };
const forumRules: BodyRules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: simpleMajority, weights: 'equal', chairBreaksTie: false };
const expertRules: BodyRules = { quorum: { count: 3 }, majority: simpleMajority, weights: 'equal', chairBreaksTie: false };
const committeeRules: BodyRules = { quorum: { count: 2 }, majority: { of: 'present', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };

type DemoSeat = { title: string; role: string; authorityId?: string; organisation?: string; fromOn?: string };

/**
 * Demo bodies, once: for two founding clusters a board, a heads' forum and an environment
 * officers' forum with a seat for each member authority, held by its office ("ראש הרשות") and
 * never by an invented name; and the programme's steering and professional committees, by
 * organisation and office.
 */
export async function ensureDemoBodies(deps: { db: Db; governance: GovernanceRepo; clusters: ClustersRepo }) {
  const { db, governance, clusters } = deps;
  let added = 0;
  const body = async (row: { kind: string; clusterSlug: string | null; domain?: string; nameHe: string; nameEn: string }, rules: BodyRules, seats: DemoSeat[]) => {
    const b = await governance.insertBody(db, { ...row, domain: row.domain ?? null });
    await governance.insertRules(db, { bodyId: b.id, validFrom: demoFrom, rules, note: '' });
    for (const s of seats) await governance.insertSeat(db, { bodyId: b.id, title: s.title, role: s.role, authorityId: s.authorityId ?? null, organisation: s.organisation ?? null, fromOn: s.fromOn ?? demoFrom });
    added++;
  };
  const present: { slug: string; nameHe: string }[] = [];
  for (const slug of demoClusters) {
    const cluster = await clusters.get(db, slug);
    if (!cluster) continue;
    present.push({ slug, nameHe: cluster.nameHe ?? slug });
    if (await governance.anyBody(db, slug)) continue;
    // Each current member sits from the demo's first day, or from the day its membership is first known when later.
    const members = (await clusters.membershipsOfCluster(db, slug))
      .filter((m) => !m.ended)
      .map((m) => {
        const known = [m.joinedOn, ...m.observations.map((o) => (o.asOf ? startOf(o.asOf) : null))].filter((d): d is string => d !== null).sort()[0];
        return { authorityId: m.authorityId, fromOn: known && known > demoFrom ? known : demoFrom };
      });
    const staff = { organisation: cluster.nameHe ?? slug };
    const heads = members.map((m, i) => ({ ...m, title: 'ראש הרשות', role: i === 0 ? 'chair' : 'member' }));
    await body({ kind: 'board', clusterSlug: slug, nameHe: 'דירקטוריון האשכול', nameEn: 'Board of directors' }, boardRules, [
      ...heads,
      { ...staff, title: 'מנכ״ל/ית האשכול', role: 'secretary' },
    ]);
    await body({ kind: 'heads_forum', clusterSlug: slug, nameHe: 'פורום ראשי הרשויות', nameEn: "Heads' forum" }, forumRules, [
      ...heads,
      { organisation: 'משרד הפנים', title: 'נציג/ת מנהלת התוכנית', role: 'observer' },
    ]);
    await body({ kind: 'professional_forum', clusterSlug: slug, domain: 'environment_waste', nameHe: 'פורום ממוני איכות הסביבה', nameEn: 'Environment officers’ forum' }, expertRules, [
      ...members.map((m) => ({ ...m, title: 'ממונה איכות הסביבה', role: 'member' })),
      { ...staff, title: 'רכז/ת תחום הסביבה באשכול', role: 'secretary' },
    ]);
  }
  if (!(await governance.anyBody(db, null))) {
    await body({ kind: 'steering_committee', clusterSlug: null, nameHe: 'ועדת ההיגוי של התוכנית', nameEn: 'Programme steering committee' }, committeeRules, [
      { organisation: 'משרד הפנים — מינהל השלטון המקומי', title: 'ראש מינהל השלטון המקומי', role: 'chair' },
      { organisation: 'משרד האוצר — אגף התקציבים', title: 'נציג/ת אגף התקציבים', role: 'member' },
      { organisation: 'ג׳וינט ישראל', title: 'נציג/ת הג׳וינט', role: 'member' },
      { organisation: 'משרד הפנים', title: 'מנהל/ת התוכנית', role: 'secretary' },
      { organisation: 'מרכז השלטון המקומי', title: 'נציג/ת מרכז השלטון המקומי', role: 'invitee' },
      ...present.flatMap((c) => [
        { organisation: c.nameHe, title: 'יושב/ת ראש האשכול', role: 'invitee' },
        { organisation: c.nameHe, title: 'מנכ״ל/ית האשכול', role: 'invitee' },
      ]),
    ]);
    await body({ kind: 'professional_committee', clusterSlug: null, nameHe: 'הוועדה המקצועית', nameEn: 'Professional committee' }, committeeRules, [
      { organisation: 'משרד הפנים', title: 'נציג/ת משרד הפנים', role: 'chair' },
      { organisation: 'משרד האוצר — אגף התקציבים', title: 'נציג/ת אגף התקציבים', role: 'member' },
      { organisation: 'ג׳וינט ישראל', title: 'נציג/ת הג׳וינט', role: 'observer' },
    ]);
  }
  return added;
}
