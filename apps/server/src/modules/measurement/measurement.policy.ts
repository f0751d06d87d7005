import { roles, type Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, ownAuthority, ownCluster, rule } from '../../platform/permissions';

/**
 * An authority as a value's scope: its id, and the cluster it was in for the period (or, where no
 * period is named, today); null when it was in none.
 */
export type AuthorityScope = { authorityId: string; clusterSlug: string | null };

/** A cluster's staff within their cluster's members, a representative within their own authority. */
const inScope = (actor: Actor, t: AuthorityScope) =>
  actor.role === 'cluster_staff' ? t.clusterSlug !== null && ownCluster(actor, { clusterSlug: t.clusterSlug }) : actor.role === 'authority_rep' ? ownAuthority(actor, t) : true;

/** Scoped roles with a scope at all: staff of a cluster, a representative of an authority. */
const hasScope = (actor: Actor) => (actor.role === 'cluster_staff' ? actor.clusterSlug !== null : actor.role === 'authority_rep' ? actor.authorityId !== null : true);

/** Those who read what waits for approval and what was returned, every authority's: the partner and the programme's management. */
const pendingReaders: readonly Role[] = ['measurement', 'ministry'];

/**
 * Who may do what with indicators and their values: declared once, here. The measurement partner
 * defines the indicators and approves or returns values; a cluster's staff enter values for their
 * cluster's members, a representative for their own authority. Every signed-in reader sees every
 * indicator and its approved values; the public, the approved values of public indicators.
 */
export const measurementRules = {
  define: rule(['measurement']),
  review: rule(['measurement']),
  /** Enter a value (a new version) for an authority. */
  enter: rule<AuthorityScope>(['cluster_staff', 'authority_rep'], inScope),
  /** The menu's entry and the import of a sheet: whoever enters values for anyone. */
  enterAny: rule(['cluster_staff', 'authority_rep'], hasScope),
  /** An authority's versions, comments, evidence and remarks, and where its values wait. */
  readPending: rule<AuthorityScope>([...pendingReaders, 'cluster_staff', 'authority_rep'], inScope),
  /** Every indicator, public or not, and its approved values. */
  readInternal: rule([...roles]),
  /** The values owed: every authority's for the partner and the ministry, their own for a cluster's staff and a representative. */
  readDue: rule([...pendingReaders, 'cluster_staff', 'authority_rep'], hasScope),
};

export const canDefine = (actor: Actor | null) => allows(measurementRules.define, actor);
export const canReview = (actor: Actor | null) => allows(measurementRules.review, actor);
export const canEnter = (actor: Actor | null, scope: AuthorityScope) => allows(measurementRules.enter, actor, scope);
export const canReadPending = (actor: Actor | null, scope: AuthorityScope) => allows(measurementRules.readPending, actor, scope);
export const canReadInternal = (actor: Actor | null) => allows(measurementRules.readInternal, actor);
/** Whether the reader reads every authority's pending values (not only their own cluster's or authority's). */
export const readsAllPending = (actor: Actor | null) => actor !== null && pendingReaders.includes(actor.role);
