import { myWorkSchema } from '@eshkol/contracts/work';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/access';
import { workOf, type Module } from '../../platform/module';

/**
 * The reader's own work across the programme, for their home page: each module's `work` items,
 * in the order the modules were added. A module adds its items without this one changing.
 */
export function workModule(modules: () => readonly Module[]): Module {
  return {
    routes: (app: FastifyInstance) =>
      app.withTypeProvider<ZodTypeProvider>().get(
        '/api/v1/me/work',
        { config: { access: 'signed-in' }, schema: { tags: ['work'], description: "What waits for the reader: each module's items, to word and link on the home page.", response: { 200: myWorkSchema } } },
        async (req) => ({ items: await workOf(modules(), actorOf(req)) }),
      ),
  };
}
