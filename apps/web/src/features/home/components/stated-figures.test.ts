import { describe, expect, it } from 'vitest';
import { compare, yearOf, type StatedFigure } from './stated-figures';

const figure = (key: string, value: number, asOf: string | null): StatedFigure => ({ key, value, asOf, source: 'מצגת', citations: [] });

describe('a stated figure beside a computed one', () => {
  it('is of its source’s year', () => {
    expect(yearOf(figure('x', 1, '2016'))).toBe(2016);
    expect(yearOf(figure('x', 1, '2014-02'))).toBe(2014);
    expect(yearOf(figure('x', 1, null))).toBeNull();
  });

  it('measures another thing when the figures shown are of another year, today’s among them', () => {
    expect(compare(figure('residentsCovered', 815_000, '2016'), 3_434_038, { asOf: null, populationYear: 2021 }, 'residents')).toEqual({ kind: 'otherYear', statedYear: 2016 });
    expect(compare(figure('localCouncilCount', 27, '2016'), 27, { asOf: 2025, populationYear: 2021 }, 'count')).toEqual({ kind: 'otherYear', statedYear: 2016 });
  });

  it('counts the same year’s members with another year’s population when the data has no other', () => {
    expect(compare(figure('residentsCovered', 815_000, '2016'), 964_038, { asOf: 2016, populationYear: 2021 }, 'residents')).toEqual({ kind: 'populationYear', statedYear: 2016, populationYear: 2021 });
  });

  it('agrees or differs by how much, a share stated as a percentage or a fraction', () => {
    expect(compare(figure('localCouncilCount', 27, '2016'), 27, { asOf: 2016, populationYear: 2021 }, 'count')).toEqual({ kind: 'same' });
    expect(compare(figure('memberAuthorityCount', 57, '2016'), 58, { asOf: 2016, populationYear: 2021 }, 'count')).toEqual({ kind: 'differs', by: 1 });
    expect(compare(figure('smallAuthorityShare', 53, '2016'), 0.53, { asOf: 2016, populationYear: 2021 }, 'share')).toEqual({ kind: 'same' });
    expect(compare(figure('smallAuthorityShare', 0.53, '2016'), 0.6, { asOf: 2016, populationYear: 2021 }, 'share')).toMatchObject({ kind: 'differs' });
  });
});
