import { documentLimits, documentSchema } from '@eshkol/contracts/documents';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { contentDisposition } from './document-files';
import { accessOf } from '../../platform/permissions';
import { canUpload, documentRules } from './documents.policy';
import type { DocumentsService } from './documents.service';

const tags = ['documents'];
const uploaders = accessOf(documentRules.upload);

/** Refuses before reading up to 10 MB from someone who may not upload at all. */
async function refuseEarly(req: FastifyRequest) {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  if (!canUpload(req.actor)) throw new AppError('FORBIDDEN');
}

export function registerDocumentRoutes(app: FastifyInstance, deps: { documents: DocumentsService }) {
  const { documents } = deps;

  // Its own scope: the upload takes raw bytes of any declared type (checked by content in the
  // service), without touching how the rest of the API parses JSON or CSV.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: documentLimits.maxBytes }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/documents',
      {
        bodyLimit: documentLimits.maxBytes,
        preParsing: refuseEarly,
        config: { access: uploaders },
        schema: {
          tags,
          description:
            'Upload a council or board approval: the raw bytes of a PDF, PNG or JPEG (at most 10 MB; the type is checked by content) ' +
            'with its name in the `x-file-name` header, percent-encoded UTF-8.',
          headers: z.object({ 'x-file-name': z.string().max(1000).optional() }),
          response: { 201: documentSchema },
        },
      },
      async (req, reply) => {
        const bytes = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
        const file = { bytes, contentType: req.headers['content-type'], fileName: req.headers['x-file-name'] as string | undefined };
        return reply.status(201).send(await documents.upload(file, actorOf(req)));
      },
    );
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/documents/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: z.object({ id: z.string().uuid() }), produces: ['application/pdf', 'image/png', 'image/jpeg'] } },
    async (req, reply) => {
      const { info, content } = await documents.download(req.params.id, actorOf(req));
      return reply
        .type(info.contentType)
        .header('content-disposition', contentDisposition(info.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}
