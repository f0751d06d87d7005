/**
 * A small, declared state machine: each transition names the states it leaves, the state it
 * reaches, and the roles that may take it. The server checks scope (which cluster, which
 * authority) and business gates on top; this table is the single answer to "who may move what".
 */
export type Transition<S extends string, A extends string, R extends string> = {
  action: A;
  from: readonly S[];
  to: S;
  roles: readonly R[];
};

export type TransitionCheck<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: 'action-not-allowed-in-state' | 'role-not-allowed' };

export function defineMachine<S extends string, A extends string, R extends string>(transitions: readonly Transition<S, A, R>[]) {
  const byAction = new Map<A, Transition<S, A, R>>();
  for (const t of transitions) {
    if (byAction.has(t.action)) throw new Error(`transition ${t.action} declared twice`);
    byAction.set(t.action, t);
  }
  return {
    transitions,
    /** Whether `role` may take `action` from `state`, and where it leads. */
    check(state: S, action: A, role: R): TransitionCheck<S> {
      const t = byAction.get(action);
      if (!t || !t.from.includes(state)) return { ok: false, reason: 'action-not-allowed-in-state' };
      if (!t.roles.includes(role)) return { ok: false, reason: 'role-not-allowed' };
      return { ok: true, to: t.to };
    },
    /** The actions `role` may take from `state`, for showing the right buttons. */
    available(state: S, role: R): A[] {
      return transitions.filter((t) => t.from.includes(state) && t.roles.includes(role)).map((t) => t.action);
    },
  };
}
