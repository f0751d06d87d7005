/**
 * A small, declared state machine: each transition names the action that takes it, the states it
 * leaves and the state it reaches. It answers "what may follow what"; who may take an action, and
 * within which scope (which cluster, which authority), is the caller's policy, checked beside it.
 */
export type Transition<S extends string, A extends string> = {
  action: A;
  from: readonly S[];
  to: S;
};

export type TransitionCheck<S extends string> = { ok: true; to: S } | { ok: false; reason: 'action-not-allowed-in-state' };

export function defineMachine<S extends string, A extends string>(transitions: readonly Transition<S, A>[]) {
  const byAction = new Map<A, Transition<S, A>>();
  for (const t of transitions) {
    if (byAction.has(t.action)) throw new Error(`transition ${t.action} declared twice`);
    byAction.set(t.action, t);
  }
  return {
    transitions,
    /** Whether `action` may be taken from `state`, and where it leads. */
    check(state: S, action: A): TransitionCheck<S> {
      const t = byAction.get(action);
      if (!t || !t.from.includes(state)) return { ok: false, reason: 'action-not-allowed-in-state' };
      return { ok: true, to: t.to };
    },
    /** The actions possible from `state`, in the order declared. */
    available(state: S): A[] {
      return transitions.filter((t) => t.from.includes(state)).map((t) => t.action);
    },
  };
}
