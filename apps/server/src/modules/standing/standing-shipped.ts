import { slugSchema } from '@eshkol/contracts/common';
import { addPowerSchema, recordDelegationSchema, recordLegalFormSchema, recordOrderSchema } from '@eshkol/contracts/standing';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { PowersService } from './powers.service';
import type { StandingRecordsService } from './standing-records.service';
import type { StandingRepo } from './standing.repo';

/**
 * `data/standing.json`: the list of powers as first shipped, and what sources say of the clusters'
 * legal forms, orders and delegations, each with its source. The delegations name their power by
 * its Hebrew name.
 */
export const shippedStandingSchema = z.object({
  powers: z.array(addPowerSchema),
  legalForms: z.array(recordLegalFormSchema.extend({ cluster: slugSchema })),
  orders: z.array(recordOrderSchema.omit({ documentId: true }).extend({ cluster: slugSchema })),
  delegations: z.array(recordDelegationSchema.omit({ powerId: true }).extend({ cluster: slugSchema, power: z.string() })),
});
export type ShippedStanding = z.infer<typeof shippedStandingSchema>;

/**
 * Loads the shipped standing, once, into a database that has none: through the same steps and
 * checks as what users record (a record a check refuses stops the start), in one transaction, by
 * nobody (the audit log says "system").
 */
export async function loadShippedStanding(deps: { db: Db; repo: StandingRepo; records: StandingRecordsService; powers: PowersService }, data: ShippedStanding) {
  const { db, repo, records, powers } = deps;
  if (!(await repo.isEmpty(db))) return null;
  return db.transaction(async (tx) => {
    const ids = new Map<string, number>();
    for (const p of data.powers) ids.set(p.nameHe, (await powers.addIn(tx, p, null)).id);
    for (const { cluster, ...form } of data.legalForms) await records.recordLegalFormIn(tx, cluster, form, null);
    for (const { cluster, ...order } of data.orders) await records.recordOrderIn(tx, cluster, { ...order, documentId: null }, null);
    for (const { cluster, power, ...d } of data.delegations) {
      const powerId = ids.get(power);
      if (powerId === undefined) throw new Error(`standing.json: the delegation names a power the list does not have: ${power}`);
      await records.recordDelegationIn(tx, cluster, { ...d, powerId, decision: { ...d.decision, documentId: null } }, null);
    }
    return { powers: data.powers.length, legalForms: data.legalForms.length, orders: data.orders.length, delegations: data.delegations.length };
  });
}
