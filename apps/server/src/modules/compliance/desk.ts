import type { Role } from '@eshkol/contracts/auth';
import type { DeskItem } from '@eshkol/contracts/compliance';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';

/** One kind of record that waits for a reviewer, as the module that keeps it lists them. */
export type DeskSource = {
  kind: DeskItem['kind'];
  /** Whose desk it is on. */
  reviewers: readonly Role[];
  pending: (db: DbOrTx) => Promise<{ id: number; clusterSlug: string; title: string; submittedAt: Date; link: string }[]>;
};

const dayMs = 86_400_000;

/**
 * The reviewers' desk: what waits for the reader's review across the modules that provide a
 * source (the budget's progress reports now; the regulator's reports and requests as their
 * modules add theirs), each with its age, the oldest first.
 */
export function createDesk(deps: { clusterNames: (db: DbOrTx) => Promise<Map<string, { nameHe: string | null; nameEn: string | null }>>; clock: () => Date }) {
  const sources: DeskSource[] = [];
  return {
    /** Called by a module, once, when it is created. */
    addSource: (source: DeskSource) => void sources.push(source),
    async itemsFor(db: DbOrTx, actor: Actor): Promise<DeskItem[]> {
      const mine = sources.filter((s) => s.reviewers.includes(actor.role));
      const names = await deps.clusterNames(db);
      const today = Date.parse(`${dayInIsrael(deps.clock())}T00:00:00Z`);
      const items = (await Promise.all(mine.map(async (s) => (await s.pending(db)).map((p) => ({ ...p, kind: s.kind }))))).flat();
      return items
        .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
        .map((p) => ({
          kind: p.kind,
          id: p.id,
          clusterSlug: p.clusterSlug,
          clusterNameHe: names.get(p.clusterSlug)?.nameHe ?? null,
          clusterNameEn: names.get(p.clusterSlug)?.nameEn ?? null,
          title: p.title,
          submittedAt: p.submittedAt.toISOString(),
          ageDays: Math.max(0, Math.round((today - Date.parse(`${dayInIsrael(p.submittedAt)}T00:00:00Z`)) / dayMs)),
          link: p.link,
        }));
    },
  };
}
export type Desk = ReturnType<typeof createDesk>;
