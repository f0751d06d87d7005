import { parentPort } from 'node:worker_threads';
import type { CostSharingInput } from '@eshkol/contracts/cost-sharing';
import { computeJob, computeOrFailure, type CostSharingJob } from './compute';

/**
 * An eight-participant game through the linear-program solver, so that a worker is ready when it
 * says so: the solver loaded and its code compiled by use, a first large nucleolus takes about as
 * long as later ones (20 participants: 0.74 s after it, 1.0 s cold, 0.5 s steady; docs/benchmarks.md).
 */
const players = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const warmUp: CostSharingInput = {
  kind: 'cost',
  players,
  coalitions: null,
  model: { type: 'power', quantities: Object.fromEntries(players.map((p, i) => [p, i + 1])), fixed: 1000, scale: 100, exponent: 0.8 },
  weights: null,
  methods: ['nucleolus'],
  options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
};

/** A pool worker: computes one cost-sharing job at a time (see platform/worker-pool.ts). */
parentPort?.on('message', async ({ id, input }: { id: number; input: CostSharingJob }) => {
  const outcome = await computeJob(input);
  parentPort?.postMessage(outcome.ok ? { id, ok: true, result: outcome.result } : { id, ok: false, failure: outcome.failure });
});

await computeOrFailure(warmUp);
parentPort?.postMessage('ready');
