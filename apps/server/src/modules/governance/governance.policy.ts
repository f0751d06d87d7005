import type { Role } from '@eshkol/contracts/auth';
import type { BodyAction } from '@eshkol/contracts/governance';
import type { Actor } from '../../platform/access';
import { actionsOf, allows, rule } from '../../platform/permissions';

/** Those who read every body, of the programme and of every cluster, with its holders' e-mails and accounts. */
export const governanceReaders: readonly Role[] = ['ministry', 'finance', 'committee', 'regulator', 'measurement'];

/** A body as a rule sees it: its cluster (null for the programme's bodies) and that cluster's members today. */
export type BodyTarget = { clusterSlug: string | null; memberIds: readonly string[] };

const isNational = (actor: Actor) => governanceReaders.includes(actor.role);
/** The ministry manages the programme's bodies; a cluster's staff their own cluster's. */
const managesBody = (actor: Actor, body: BodyTarget) =>
  actor.role === 'ministry' ? body.clusterSlug === null : actor.clusterSlug !== null && actor.clusterSlug === body.clusterSlug;

/** Who may do what with the programme's and the clusters' bodies: declared once, here. */
export const governanceRules = {
  /**
   * A body with its holders' e-mails and accounts: the national readers any body, a cluster's
   * staff their own cluster's, a representative the bodies of their authority's cluster. Everyone
   * else, the public too, reads bodies and seats without them.
   */
  readDetails: rule<BodyTarget>([...governanceReaders, 'cluster_staff', 'authority_rep'], (actor, body) => {
    if (isNational(actor)) return true;
    if (body.clusterSlug === null) return false;
    if (actor.role === 'cluster_staff') return actor.clusterSlug === body.clusterSlug;
    return actor.authorityId !== null && body.memberIds.includes(actor.authorityId);
  }),
  /** The ministry manages the programme's bodies; a cluster's staff their own cluster's. */
  manage: rule<BodyTarget>(['ministry', 'cluster_staff'], managesBody),
  /** A representative answers a meeting's invitation for their own authority; the body's managers record any unit's answer. */
  answer: rule<BodyTarget & { unit: string }>(['ministry', 'cluster_staff', 'authority_rep'], (actor, t) =>
    actor.role === 'authority_rep' ? actor.authorityId !== null && actor.authorityId === t.unit && t.memberIds.includes(t.unit) : managesBody(actor, t),
  ),
  /** The mail Eshkol sent or holds: the programme's management. */
  readOutbox: rule(['ministry']),
  /** The programme's bodies, without a body in hand: the page that lists them offers the ministry to add one. */
  manageProgramme: rule(['ministry']),
};

export const canReadBodyDetails = (actor: Actor | null, body: BodyTarget) => allows(governanceRules.readDetails, actor, body);
export const canAnswerFor = (actor: Actor | null, body: BodyTarget, unit: string) => allows(governanceRules.answer, actor, { ...body, unit });
export const canManageBody = (actor: Actor | null, body: BodyTarget) => allows(governanceRules.manage, actor, body);

/** What the reader may do with a body. */
export const bodyActions = (actor: Actor | null, body: BodyTarget): BodyAction[] => actionsOf({ manage: governanceRules.manage }, actor, body);
