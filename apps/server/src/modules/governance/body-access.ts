import type { DbOrTx } from '../../db/client';
import { dayInIsrael } from '../../platform/calendar';
import { AppError } from '../../platform/errors';
import type { ClustersService } from '../clusters/clusters.service';
import type { BodyTarget } from './governance.policy';
import type { BodyRow, GovernanceRepo } from './governance.repo';

/** A body as the meetings' and the decisions' rules see it, and a body that must exist. */
export function bodyAccess(deps: { bodies: Pick<GovernanceRepo, 'getBody'>; membersOn: ClustersService['membersOn']; clock: () => Date }) {
  /** The body's cluster and that cluster's members today (none for the programme's bodies). */
  async function targetOf(tx: DbOrTx, body: BodyRow): Promise<BodyTarget> {
    if (body.clusterSlug === null) return { clusterSlug: null, memberIds: [] };
    return { clusterSlug: body.clusterSlug, memberIds: [...(await deps.membersOn(tx, body.clusterSlug, dayInIsrael(deps.clock()))).members] };
  }

  async function requireBody(tx: DbOrTx, id: number) {
    const body = await deps.bodies.getBody(tx, id);
    if (!body) throw new AppError('BODY_NOT_FOUND');
    return body;
  }

  return { targetOf, requireBody };
}
