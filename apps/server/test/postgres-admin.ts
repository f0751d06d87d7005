import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';

/** Runs one statement that takes no transaction (CREATE or DROP DATABASE) on the PostgreSQL server of `url`. */
export async function adminQuery(url: string, statement: string) {
  const admin = await openDatabase({ kind: 'postgres', url });
  await admin.db.execute(sql.raw(statement)).finally(() => admin.close());
}

/** The address of another database on the same server as `url`. */
export function databaseUrl(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${database}`;
  return other.toString();
}
