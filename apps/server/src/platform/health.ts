import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * Whether the database answers, asked at most once a second however often health is asked (a
 * load balancer's probes must not load the database), and given up on after two seconds.
 */
export function databaseProbe(db: Db, clock: () => number = Date.now) {
  let last: { at: number; answer: Promise<boolean> } | null = null;
  const ask = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 2000)));
    try {
      return await Promise.race([db.execute(sql`select 1`).then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return (): Promise<boolean> => {
    const now = clock();
    if (!last || now - last.at >= 1000) last = { at: now, answer: ask() };
    return last.answer;
  };
}
