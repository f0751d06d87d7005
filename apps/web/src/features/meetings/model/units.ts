import type { Unit } from '@eshkol/contracts/meetings';
import { pickName } from '../../../lib/names';

/** A unit's key, as forms and the vote grid hold it: the authority's id, or the organisation's name. */
export const unitKey = (unit: Pick<Unit, 'authorityId' | 'organisation'>) => (unit.authorityId !== null ? `a:${unit.authorityId}` : `o:${unit.organisation ?? ''}`);

/** The unit a key names, as a request sends it: on behalf of one authority or one organisation. */
export function unitOfKey(key: string): { authorityId: string | null; organisation: string | null } {
  return key.startsWith('a:') ? { authorityId: key.slice(2), organisation: null } : { authorityId: null, organisation: key.slice(2) };
}

/** A unit's name in a language: an authority's as the registry gives it, an organisation's as it was written. */
export const unitName = (unit: Unit, lng: string) => pickName(unit.names, lng) ?? unit.organisation ?? '';

/** Whether a body's votes are counted by organisation (the programme's bodies) rather than by authority. */
export const countsOrganisations = (members: readonly Unit[]) => members.length > 0 && members.every((m) => m.authorityId === null);
