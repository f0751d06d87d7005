import { parentPort } from 'node:worker_threads';
import type { CostSharingInput } from '@eshkol/contracts/cost-sharing';
import { computeJob, computeOrFailure, type CostSharingJob } from './compute';

/** A two-player game through the linear-program solver, so that a worker is ready when it says so. */
const warmUp: CostSharingInput = {
  kind: 'cost',
  players: ['a', 'b'],
  coalitions: null,
  model: { type: 'power', quantities: { a: 1, b: 2 }, fixed: 0, scale: 1, exponent: 0.5 },
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
