import { describe, expect, it } from 'vitest';
import type { SaveStudy } from '@eshkol/contracts/feasibility';
import { buildStudy, coversParticipants, initialStudyForm, withPopulations, type StudyParticipant } from './study-form';

const participants: StudyParticipant[] = [
  { authorityId: 'loc-1', name: 'א', nameEn: 'A', population: 1000 },
  { authorityId: 'loc-2', name: 'ב', nameEn: null, population: null },
];

const saved: SaveStudy = {
  baseline: [
    { authorityId: 'loc-1', quantity: 10, currentCost: 900 },
    { authorityId: 'rc-9', quantity: 5, currentCost: null },
  ],
  model: { type: 'power', quantities: { 'loc-1': 10, 'rc-9': 5 }, fixed: 100, standAloneCosts: { 'loc-1': 900 }, scale: 10, exponent: 0.8 },
  methods: ['proportional', 'shapley'],
  proposedMethod: 'shapley',
  requestedGrant: 50_000,
  notes: 'הערה',
};

describe('initialStudyForm', () => {
  it('starts empty for the joined authorities, proposing the recommended method alone', () => {
    const form = initialStudyForm(participants, null);
    expect(form.sharing.rows.map((r) => [r.authorityId, r.included, r.quantity, r.currentCost])).toEqual([
      ['loc-1', true, null, null],
      ['loc-2', true, null, null],
    ]);
    expect(form.sharing.methods).toEqual(['shapley']);
    expect(form.proposedMethod).toBe('shapley');
    expect(form.requestedGrant).toBeNull();
    expect(form.sharing.weightBasis).toBe('quantity');
  });

  it('takes the figures of a saved version for those still joined, and leaves newcomers empty', () => {
    const form = initialStudyForm(participants, saved);
    expect(form.sharing.rows.map((r) => [r.authorityId, r.quantity, r.currentCost])).toEqual([
      ['loc-1', 10, 900],
      ['loc-2', null, null],
    ]);
    expect(form.sharing.model).toEqual({ type: 'power', fixed: 100, scale: 10, exponent: 0.8 });
    expect(form).toMatchObject({ proposedMethod: 'shapley', requestedGrant: 50_000, notes: 'הערה' });
    expect(form.sharing.methods).toEqual(['proportional', 'shapley']);
  });
});

describe('withPopulations', () => {
  it("fills the registry's populations once they arrive, keeping what was typed", () => {
    const before = initialStudyForm(participants.map((p) => ({ ...p, population: null })), null);
    const typed = { ...before, sharing: { ...before.sharing, rows: before.sharing.rows.map((r) => ({ ...r, quantity: 7, currentCost: 300 })) } };
    const after = withPopulations(typed, participants);
    expect(after.sharing.rows.map((r) => [r.authorityId, r.population, r.quantity, r.currentCost])).toEqual([
      ['loc-1', 1000, 7, 300],
      ['loc-2', null, 7, 300],
    ]);
    // Nothing new: the same form, so that the page does not render again for nothing.
    expect(withPopulations(after, participants)).toBe(after);
  });
});

describe('buildStudy', () => {
  const filled = () => {
    const form = initialStudyForm(participants, saved);
    form.sharing.rows[1]!.quantity = 20;
    return form;
  };

  it('saves the baseline of every joined authority, an unknown current cost as null, never 0', () => {
    const { study, problems } = buildStudy(filled(), 'core');
    expect(problems).toEqual([]);
    expect(study).toMatchObject({
      baseline: [
        { authorityId: 'loc-1', quantity: 10, currentCost: 900 },
        { authorityId: 'loc-2', quantity: 20, currentCost: null },
      ],
      model: { type: 'power', quantities: { 'loc-1': 10, 'loc-2': 20 }, standAloneCosts: { 'loc-1': 900 } },
      methods: ['proportional', 'shapley'],
      proposedMethod: 'shapley',
      requestedGrant: 50_000,
    });
  });

  it('needs a proposed method among the computed ones', () => {
    const form = { ...filled(), proposedMethod: null };
    expect(buildStudy(form, 'core').problems.map((p) => p.key)).toEqual(['feasibility:problems.proposedMissing']);
    const other = { ...filled(), proposedMethod: 'nucleolus' as const };
    expect(buildStudy(other, 'core').problems.map((p) => p.key)).toEqual(['feasibility:problems.proposedNotComputed']);
  });

  it('asks a grant only for a core service, and an empty grant is none', () => {
    expect(buildStudy(filled(), 'regional').problems.map((p) => p.key)).toEqual(['feasibility:problems.grantOnlyCore']);
    const none = buildStudy({ ...filled(), requestedGrant: null }, 'regional');
    expect(none.problems).toEqual([]);
    expect(none.study?.requestedGrant).toBe(0);
  });

  it('reports the calculator problems too: a missing quantity', () => {
    const form = initialStudyForm(participants, saved);
    const { study, problems } = buildStudy(form, 'core');
    expect(study).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ key: 'cost-model:problems.quantity', values: { name: 'ב' } })]);
  });
});

describe('coversParticipants', () => {
  it('is true only for exactly the joined authorities', () => {
    expect(coversParticipants([{ authorityId: 'loc-1' }, { authorityId: 'loc-2' }], ['loc-2', 'loc-1'])).toBe(true);
    expect(coversParticipants([{ authorityId: 'loc-1' }], ['loc-1', 'loc-2'])).toBe(false);
    expect(coversParticipants([{ authorityId: 'loc-1' }, { authorityId: 'rc-9' }], ['loc-1'])).toBe(false);
  });
});
