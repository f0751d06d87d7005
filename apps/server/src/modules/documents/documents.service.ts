import { createHash, randomUUID } from 'node:crypto';
import type { DocumentInfo } from '@eshkol/contracts/documents';
import type { ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ServicesRepo } from '../services/services.repo';
import { declaredType, sanitizeFileName, sniffType } from './document-files';
import { canReadDocument, canUpload } from './documents.policy';
import type { DocumentRow, DocumentsRepo } from './documents.repo';

export type Upload = { bytes: Buffer; contentType: string | undefined; fileName: string | undefined };

const toInfo = (d: DocumentRow): DocumentInfo => ({
  id: d.id,
  fileName: d.fileName,
  contentType: d.contentType as DocumentInfo['contentType'],
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  uploadedAt: d.uploadedAt.toISOString(),
});

export function createDocumentsService(deps: { db: Db; repo: DocumentsRepo; authorities: AuthoritiesRepo; services: ServicesRepo }) {
  const { db, repo, authorities, services } = deps;

  /** Keeps a PDF or image, checked by its content, under the uploader's authority and cluster. */
  async function upload(file: Upload, actor: Actor): Promise<DocumentInfo> {
    if (!canUpload(actor)) throw new AppError('FORBIDDEN');
    const type = sniffType(file.bytes);
    const declared = declaredType(file.contentType);
    // A body that is not what it claims to be is refused, not relabelled.
    if (!type || declared === null || (declared !== 'unknown' && declared !== type)) throw new AppError('DOCUMENT_TYPE');
    const fileName = sanitizeFileName(file.fileName, type);
    if (fileName === null) throw new AppError('VALIDATION_FAILED', [issue('headers.x-file-name', 'file_name_encoding', 'not a percent-encoded UTF-8 file name')]);
    const authorityId = actor.role === 'authority_rep' ? actor.authorityId : null;
    const clusterSlug = authorityId ? ((await authorities.get(db, authorityId))?.currentCluster?.slug ?? null) : actor.clusterSlug;
    const row = {
      id: randomUUID(),
      fileName,
      contentType: type,
      sizeBytes: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      clusterSlug,
      authorityId,
      uploadedBy: actor.userId,
      uploadedAt: new Date(),
    };
    await db.transaction(async (tx) => {
      await repo.insert(tx, row, file.bytes);
      await writeAudit(tx, actor, { action: 'document.upload', entityType: 'document', entityId: row.id, after: { ...row, uploadedAt: row.uploadedAt.toISOString() } });
    });
    return toInfo(row);
  }

  async function citingServices(documentId: string) {
    const ids = await services.citingDocument(db, documentId);
    const participants = await services.participants(db, ids);
    const rows = (await Promise.all(ids.map((id) => services.get(db, id)))).filter((s) => s !== null);
    return rows.map((s) => ({
      clusterSlug: s.clusterSlug,
      state: s.state as ServiceState,
      participants: participants.filter((p) => p.serviceId === s.id).map((p) => ({ authorityId: p.authorityId, status: p.status as ParticipantStatus })),
    }));
  }

  /** The document and its bytes, for those who may read it. */
  async function download(id: string, actor: Actor) {
    const doc = await repo.get(db, id);
    if (!doc) throw new AppError('DOCUMENT_NOT_FOUND');
    if (!canReadDocument(actor, doc, await citingServices(id))) throw new AppError('FORBIDDEN');
    const content = await repo.content(db, id);
    if (!content) throw new AppError('DOCUMENT_NOT_FOUND');
    return { info: toInfo(doc), content };
  }

  return { upload, download };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
