import type { Highs, Model } from 'highs';
import { costSharingErrors } from './errors';

/**
 * The HiGHS LP solver compiled to WebAssembly. Loading it is asynchronous (once per process);
 * solving is synchronous.
 */
let loading: Promise<Highs> | null = null;

export function loadHighs(): Promise<Highs> {
  loading ??= import('highs').then((module) => module.default());
  return loading;
}

/**
 * A persistent LP model with the solver's output silenced and tighter tolerances than the
 * defaults (1e-7): the methods compare excesses that differ by small amounts, and the game is
 * scaled to values of order one before it reaches the solver. The caller disposes it.
 */
export function createLpModel(highs: Highs): Model {
  const model = highs.createModel();
  model.options.set({
    output_flag: false,
    // The LPs are small and re-solved after small changes: presolve costs more than it saves.
    presolve: 'off',
    primal_feasibility_tolerance: 1e-9,
    dual_feasibility_tolerance: 1e-9,
  });
  return model;
}

/** Runs the model and throws unless it found an optimum; returns whether it was infeasible. */
export function solve(highs: Highs, model: Model): 'optimal' | 'infeasible' {
  const { modelStatus } = model.run();
  const codes = highs.constants.modelStatus;
  if (modelStatus === codes.optimal) return 'optimal';
  if (modelStatus === codes.infeasible) return 'infeasible';
  const name = Object.entries(codes).find(([, code]) => code === modelStatus)?.[0] ?? String(modelStatus);
  throw costSharingErrors.solverFailed(name);
}
