import type { Capability } from '@eshkol/contracts/auth';
import type { WorkItem } from '@eshkol/contracts/work';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import type { Actor } from './access';
import type { Rule } from './permissions';

/** What every module is given: the database and the clock. Anything else it needs, it names. */
export type ModuleContext = { db: Db; clock: () => Date };

/**
 * A module as app.ts sees it: its ports (whatever other modules may use: narrow repo functions,
 * readers, services), its routes and its capabilities. A module is created after the modules it
 * uses, and hands its ports on by being passed to the next.
 */
export type Module = {
  routes?: (app: FastifyInstance) => void;
  close?: () => Promise<void>;
  /** The programme-wide actions it declares (rules without a target), listed to each reader by `/auth/me`. */
  capabilities?: Partial<Record<Capability, Rule>>;
  /** What waits for the reader in this module, for their home page (`/api/v1/me/work`); only what the reader may read. */
  work?: (actor: Actor) => Promise<WorkItem[]>;
};

/** Every module's items for the reader, in the order the modules were added. */
export async function workOf(modules: readonly Module[], actor: Actor): Promise<WorkItem[]> {
  return (await Promise.all(modules.map((m) => m.work?.(actor) ?? Promise.resolve([])))).flat();
}
