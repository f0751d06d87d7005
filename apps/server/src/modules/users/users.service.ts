import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { roleSchema, type Role, type User } from '@eshkol/contracts/auth';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { UsersRepo, UserRow } from './users.repo';

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
const argonOptions = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const sessionHours = 12;

export const newUserSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().email(),
    password: z.string().min(10, 'at least 10 characters'),
    role: roleSchema,
    displayName: z.string().trim().min(1).max(120).optional(),
    clusterSlug: z.string().optional(),
    authorityId: z.string().optional(),
  })
  .refine((u) => (u.role === 'cluster_staff') === Boolean(u.clusterSlug), { message: 'cluster_staff needs --cluster (and only it)', path: ['clusterSlug'] })
  .refine((u) => (u.role === 'authority_rep') === Boolean(u.authorityId), { message: 'authority_rep needs --authority (and only it)', path: ['authorityId'] });
export type NewUser = z.infer<typeof newUserSchema>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    clusterSlug: row.clusterSlug,
    authorityId: row.authorityId,
  };
}

export function toActor(row: UserRow): Actor {
  return { userId: row.id, email: row.email, role: row.role as Role, clusterSlug: row.clusterSlug, authorityId: row.authorityId };
}

export function createUsersService(deps: { db: Db; repo: UsersRepo; clock: () => Date }) {
  const { db, repo, clock } = deps;
  const guesses = loginBackoff();
  return {
    hashPassword: (password: string) => hash(password, argonOptions),

    async createUser(input: NewUser, actor: Actor | null, opts: { isDemo?: boolean } = {}) {
      const passwordHash = await hash(input.password, argonOptions);
      const row = {
        id: randomUUID(),
        email: input.email,
        passwordHash,
        displayName: input.displayName ?? input.email,
        role: input.role,
        clusterSlug: input.clusterSlug ?? null,
        authorityId: input.authorityId ?? null,
        isDemo: opts.isDemo ?? false,
      };
      await db.transaction(async (tx) => {
        await repo.insert(tx, row);
        const { passwordHash: _omit, ...after } = row;
        await writeAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: row.id, after });
      });
      return row;
    },

    /** Returns a session token for the cookie, or fails with one message whatever was wrong. */
    async login(email: string, password: string) {
      // Guesses at one account from many addresses: each failure beyond the first few makes it wait longer.
      if (guesses.waiting(email, clock().getTime())) throw new AppError('RATE_LIMITED');
      const user = await repo.findByEmail(db, email);
      // Verify against a fixed hash when the user is unknown, so timing does not reveal accounts.
      const ok = user ? await verify(user.passwordHash, password) : (await verify(dummyHash, password), false);
      if (!user || !ok) {
        guesses.failed(email, clock().getTime());
        throw new AppError('INVALID_CREDENTIALS');
      }
      guesses.succeeded(email);
      const token = randomBytes(32).toString('base64url');
      await repo.createSession(db, hashToken(token), user.id, new Date(clock().getTime() + sessionHours * 3600_000));
      return { token, user: toUser(user), actor: toActor(user), maxAgeSeconds: sessionHours * 3600 };
    },

    async userForToken(token: string) {
      return repo.findSessionUser(db, hashToken(token), clock());
    },

    logout: (token: string) => repo.deleteSession(db, hashToken(token)),
    hasDemoAccounts: () => repo.hasDemo(db),
  };
}
export type UsersService = ReturnType<typeof createUsersService>;

/**
 * Failed sign-ins per account, kept in memory (per app server): the first five are free; after
 * that the account waits 2, 4, 8 … seconds (at most 15 minutes) from its last failure before the
 * next guess is even checked. A success clears it. Addresses are limited apart (the login route).
 */
export function loginBackoff(opts: { free?: number; maxWaitMs?: number; maxAccounts?: number } = {}) {
  const { free = 5, maxWaitMs = 15 * 60_000, maxAccounts = 100_000 } = opts;
  const failures = new Map<string, { count: number; last: number }>();
  const waitOf = (count: number) => (count < free ? 0 : Math.min(maxWaitMs, 1000 * 2 ** (count - free + 1)));
  return {
    waiting(account: string, now: number) {
      const f = failures.get(account);
      return !!f && now < f.last + waitOf(f.count);
    },
    failed(account: string, now: number) {
      if (failures.size >= maxAccounts) failures.clear();
      const f = failures.get(account);
      failures.set(account, { count: (f?.count ?? 0) + 1, last: now });
    },
    succeeded: (account: string) => void failures.delete(account),
  };
}

const dummyHash = '$argon2id$v=19$m=19456,t=2,p=1$RLKpwauhW51vK0VBO/bIbQ$UKqxff+dNAkO5d8ai7QD1LyQBGHg5gJhDt4v9zE+JEw';
