import { eq, inArray, sql } from 'drizzle-orm';
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
    async names(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: documents.id, fileName: documents.fileName }).from(documents).where(inArray(documents.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.fileName]));
    },
  };
}
export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
