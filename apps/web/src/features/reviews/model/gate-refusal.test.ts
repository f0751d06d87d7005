import { errorCatalog } from '@eshkol/contracts/errors';
import { describe, expect, it } from 'vitest';
import { gateOf, submissionGates } from './gate-refusal';

describe('gateOf', () => {
  it('knows each gate by its code', () => {
    for (const gate of submissionGates) expect(gateOf(gate)).toBe(gate);
  });

  it('gives null for other codes and for none', () => {
    expect(gateOf('VALIDATION_FAILED')).toBeNull();
    expect(gateOf(null)).toBeNull();
  });

  it('names only codes of the error catalogue', () => {
    for (const gate of submissionGates) expect(Object.keys(errorCatalog)).toContain(gate);
  });
});
