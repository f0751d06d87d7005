import { and, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { documents } from './documents.schema';

export type DocumentRow = Omit<typeof documents.$inferSelect, 'content'>;

const info = {
  id: documents.id,
  fileName: documents.fileName,
  contentType: documents.contentType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  clusterSlug: documents.clusterSlug,
  authorityId: documents.authorityId,
  uploadedBy: documents.uploadedBy,
  uploadedAt: documents.uploadedAt,
};

/** Bytes of the documents that match, 0 when none does. */
async function bytesWhere(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ bytes: sql<string>`coalesce(sum(${documents.sizeBytes}), 0)` }).from(documents).where(where);
  return Number(row?.bytes ?? 0);
}

/** The class of the advisory locks on upload quotas, so that their keys meet no other lock's. */
const quotaLockClass = 0x646f63; // "doc"

export function createDocumentsRepo() {
  return {
    /**
     * The bytes travel as hex text and come back as base64: PGlite binds and returns a raw
     * `bytea` some ten times slower (15 s for 10 MB); node-postgres sends hex text anyway.
     */
    insert: (db: DbOrTx, row: Omit<typeof documents.$inferInsert, 'content'>, content: Buffer) =>
      db.insert(documents).values({ ...row, content: sql`decode(${content.toString('hex')}, 'hex')` }),
    /** Everything but the bytes. */
    get: async (db: DbOrTx, id: string): Promise<DocumentRow | null> => (await db.select(info).from(documents).where(eq(documents.id, id)))[0] ?? null,
    async content(db: DbOrTx, id: string): Promise<Buffer | null> {
      const [row] = await db.select({ base64: sql<string>`encode(${documents.content}, 'base64')` }).from(documents).where(eq(documents.id, id));
      return row ? Buffer.from(row.base64, 'base64') : null;
    },
    /**
     * Holds, until the transaction ends, the quota of each key (a user, then a cluster: always in
     * this order), so that uploads counting against one quota are counted one after the other.
     * Uploads alone take these locks, and nothing else while holding them.
     */
    async lockQuotas(tx: DbOrTx, keys: readonly string[]) {
      for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(${quotaLockClass}, hashtext(${key}))`);
    },
    /** Bytes a user has uploaded since a time. */
    bytesUploadedBy: (db: DbOrTx, userId: string, since: Date) => bytesWhere(db, and(eq(documents.uploadedBy, userId), gt(documents.uploadedAt, since))),
    /** Bytes a cluster's documents take in all. */
    bytesOfCluster: (db: DbOrTx, clusterSlug: string) => bytesWhere(db, eq(documents.clusterSlug, clusterSlug)),
    async names(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: documents.id, fileName: documents.fileName }).from(documents).where(inArray(documents.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.fileName]));
    },
  };
}
export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
