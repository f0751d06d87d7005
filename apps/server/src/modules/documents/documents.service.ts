import { createHash, randomUUID } from 'node:crypto';
import type { DocumentInfo } from '@eshkol/contracts/documents';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import type { UploadQuota } from '../../platform/config';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import { declaredType, sanitizeFileName, sniffType } from './document-files';
import { canReadOwnDocument, canUpload } from './documents.policy';
import type { DocumentRow, DocumentsRepo } from './documents.repo';

export type Upload = { bytes: Buffer; contentType: string | undefined; fileName: string | undefined };

/**
 * A module whose records cite documents (a service's approvals; tomorrow a meeting's minutes, a
 * financial report) says whether the actor may read one because of such a record.
 */
export type DocumentReader = (db: DbOrTx, actor: Actor, documentId: string) => Promise<boolean>;

const toInfo = (d: DocumentRow): DocumentInfo => ({
  id: d.id,
  fileName: d.fileName,
  contentType: d.contentType as DocumentInfo['contentType'],
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  uploadedAt: d.uploadedAt.toISOString(),
});

const day = 24 * 3600 * 1000;
const inMegabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 100) / 100;

export function createDocumentsService(deps: {
  db: Db;
  repo: DocumentsRepo;
  authorities: Pick<AuthorityRegistry, 'get'>;
  quota: UploadQuota;
  clock: () => Date;
}) {
  const { db, repo, authorities, quota, clock } = deps;
  const readers: DocumentReader[] = [];

  /**
   * Refuses a file that would take its uploader past what one may upload in 24 hours, or its
   * cluster past what its documents may take in all; counted under the quotas' locks, so that two
   * uploads at once cannot both fit where only one does.
   */
  async function checkQuota(tx: DbOrTx, row: { uploadedBy: string; clusterSlug: string | null; sizeBytes: number; uploadedAt: Date }) {
    await repo.lockQuotas(tx, [`user:${row.uploadedBy}`, ...(row.clusterSlug ? [`cluster:${row.clusterSlug}`] : [])]);
    const lastDay = await repo.bytesUploadedBy(tx, row.uploadedBy, new Date(row.uploadedAt.getTime() - day));
    if (lastDay + row.sizeBytes > quota.userDailyBytes) throw new AppError('DOCUMENT_QUOTA_DAILY', undefined, undefined, { limitMb: inMegabytes(quota.userDailyBytes) });
    if (row.clusterSlug === null) return;
    const cluster = await repo.bytesOfCluster(tx, row.clusterSlug);
    if (cluster + row.sizeBytes > quota.clusterBytes) throw new AppError('DOCUMENT_QUOTA_CLUSTER', undefined, undefined, { limitMb: inMegabytes(quota.clusterBytes) });
  }

  /** Keeps a PDF or image, checked by its content, under the uploader's authority and cluster, within the quotas. */
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
      uploadedAt: clock(),
    };
    await db.transaction(async (tx) => {
      await checkQuota(tx, row);
      await repo.insert(tx, row, file.bytes);
      await writeAudit(tx, actor, { action: 'document.upload', entityType: 'document', entityId: row.id, after: { ...row, uploadedAt: row.uploadedAt.toISOString() } });
    });
    return toInfo(row);
  }

  async function mayRead(actor: Actor, doc: DocumentRow): Promise<boolean> {
    if (canReadOwnDocument(actor, doc)) return true;
    for (const reader of readers) if (await reader(db, actor, doc.id)) return true;
    return false;
  }

  /** The document and its bytes, for those who may read it. */
  async function download(id: string, actor: Actor) {
    const doc = await repo.get(db, id);
    if (!doc) throw new AppError('DOCUMENT_NOT_FOUND');
    if (!(await mayRead(actor, doc))) throw new AppError('FORBIDDEN');
    const content = await repo.content(db, id);
    if (!content) throw new AppError('DOCUMENT_NOT_FOUND');
    return { info: toInfo(doc), content };
  }

  /** Called by a module, once, when it is created: its records' say on who reads a document. */
  const addReader = (reader: DocumentReader) => void readers.push(reader);

  return { upload, download, addReader };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
