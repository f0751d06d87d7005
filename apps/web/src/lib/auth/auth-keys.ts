import type { Query } from '@tanstack/react-query';

export const sessionQueryKey = ['auth'] as const;
export const meQueryKey = [...sessionQueryKey, 'me'] as const;

/** The session's own queries, kept when everything else is refreshed after signing in or out. */
export const isSessionQuery = (query: Pick<Query, 'queryKey'>) => query.queryKey[0] === sessionQueryKey[0];
