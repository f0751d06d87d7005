import { randomBytes } from 'node:crypto';
import { newUserSchema } from '../modules/users/users.service';
import { withServices } from './cli-context';
import { AppError } from '../platform/errors';

export async function runUserCreate(args: { email?: string; role?: string; clusterSlug?: string; authorityId?: string; displayName?: string }) {
  const generated = !process.env.ESHKOL_PASSWORD;
  const password = process.env.ESHKOL_PASSWORD ?? randomBytes(12).toString('base64url');
  const parsed = newUserSchema.safeParse({ ...args, password });
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`${i.path.join('.') || 'input'}: ${i.message}`);
    return 2;
  }
  try {
    const user = await withServices(async (s) => {
      const { db } = s;
      if (parsed.data.clusterSlug && !(await s.clusters.repo.get(db, parsed.data.clusterSlug))) throw new AppError('CLUSTER_NOT_FOUND');
      if (parsed.data.authorityId && !(await s.authorities.repo.exists(db, parsed.data.authorityId))) throw new AppError('AUTHORITY_NOT_FOUND');
      if (await s.users.repo.findByEmail(db, parsed.data.email)) throw new AppError('VALIDATION_FAILED', [], `A user ${parsed.data.email} already exists`);
      return s.users.createUser(parsed.data, null);
    });
    console.log(`created ${user.email} (${user.role}${user.clusterSlug ? ` of ${user.clusterSlug}` : ''}${user.authorityId ? ` of ${user.authorityId}` : ''})`);
    if (generated) console.log(`password (shown once): ${password}`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      console.error(e.detailOverride ?? e.code);
      return 2;
    }
    throw e;
  }
}
