/** The agenda holds at most this many submissions (as the API's agenda export does). */
export const maxAgendaItems = 50;

/** `ids=3,1,3` from the address to [3, 1]: positive whole numbers, each once, in the order given. */
export function parseAgendaIds(param: string | null): number[] {
  if (!param) return [];
  const ids = param
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^\d+$/.test(s))
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  return [...new Set(ids)].slice(0, maxAgendaItems);
}

export const formatAgendaIds = (ids: readonly number[]): string => ids.join(',');
