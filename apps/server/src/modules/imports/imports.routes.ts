import { importKindSchema, importQuerySchema, importResultSchema } from '@eshkol/contracts/imports';
import type { FastifyInstance } from 'fastify';
import { accessOf } from '../../platform/permissions';
import { importRules } from './imports.policy';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import type { ImportsService } from './imports.service';

/** Uploaded files up to 5 MB; the CBS files are about 100 KB. */
export const importBodyLimit = 5 * 1024 * 1024;

export function registerImportRoutes(app: FastifyInstance, deps: { imports: ImportsService }) {
  const { imports } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The CSV's raw bytes: the importer checks the encoding itself rather than trusting a charset.
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: importBodyLimit }, (_req, body, done) => done(null, body));

  r.post(
    '/api/v1/imports/:kind',
    {
      bodyLimit: importBodyLimit,
      config: { access: accessOf(importRules.run) },
      schema: {
        tags: ['imports'],
        description: 'Upload a CSV file (Content-Type: text/csv) of authorities or cluster memberships. The whole file or nothing.',
        params: z.object({ kind: importKindSchema }),
        querystring: importQuerySchema,
        response: { 200: importResultSchema },
      },
    },
    async (req) => {
      const bytes = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
      const dryRun = req.query.dryRun === 'true';
      const actor = actorOf(req);
      return req.params.kind === 'authorities'
        ? imports.importAuthorities(bytes, actor, { dryRun })
        : imports.importClusters(bytes, actor, { dryRun, asOf: req.query.asOf ?? null, complete: req.query.complete === 'true' });
    },
  );
}
