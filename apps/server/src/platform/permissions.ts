import type { Capability, Role } from '@eshkol/contracts/auth';
import type { Actor } from './access';

/**
 * Who may take an action: the roles that may, and for scoped roles the test of scope (their own
 * cluster, their own authority). Each module declares its rules once, in its policy file; routes
 * take their access from the rules' roles, services check the whole rule, and responses list the
 * actions that pass for the reader.
 */
export type Rule<T = void> = { readonly roles: readonly Role[]; readonly within?: (actor: Actor, target: T) => boolean };

export const rule = <T = void>(roles: readonly Role[], within?: (actor: Actor, target: T) => boolean): Rule<T> => ({ roles, within });

/** Whether the rule lets this reader act on this target. */
export function allows<T>(r: Rule<T>, actor: Actor | null, ...target: T extends void ? [] : [T]): boolean {
  if (!actor || !r.roles.includes(actor.role)) return false;
  return r.within ? r.within(actor, target[0] as T) : true;
}

/** A route's access: the roles any of its rules names (the scope is checked again by the service). */
export const accessOf = (...rules: Rule<never>[]): readonly Role[] => [...new Set(rules.flatMap((r) => r.roles))];

/** The names of the rules that pass for the reader on this target: the actions a response offers. */
export function actionsOf<T, K extends string>(rules: Readonly<Record<K, Rule<T>>>, actor: Actor | null, target: T): K[] {
  return (Object.keys(rules) as K[]).filter((k) => {
    const r = rules[k];
    return actor !== null && r.roles.includes(actor.role) && (r.within ? r.within(actor, target) : true);
  });
}

/** The reader's capabilities: the programme-wide rules the modules declare that pass for them. */
export function capabilitiesOf(modules: readonly { capabilities?: Partial<Record<Capability, Rule>> }[], actor: Actor | null): Capability[] {
  return modules.flatMap((m) => (m.capabilities ? actionsOf(m.capabilities as Record<Capability, Rule>, actor, undefined) : []));
}

/** Scopes that many rules share. */
export const ownCluster = (actor: Actor, target: { clusterSlug: string }) => actor.clusterSlug === target.clusterSlug;
export const ownAuthority = (actor: Actor, target: { authorityId: string }) => actor.authorityId === target.authorityId;
