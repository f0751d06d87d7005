import type { AuthorityType } from '@eshkol/contracts/authorities';

/**
 * CBS codes are not unique: regional councils are numbered 1–78 apart from localities, so 26 is
 * both ראש פינה and מטה יהודה. The id joins the numbering space and the code. A local council that
 * becomes a city keeps its locality code, so its id does not change.
 */
export function authorityIdFor(cbsCode: number, type: AuthorityType): string {
  return type === 'regional_council' ? `rc-${cbsCode}` : `loc-${cbsCode}`;
}
