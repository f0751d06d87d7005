import { describe, expect, it } from 'vitest';
import { formatAgendaIds, maxAgendaItems, parseAgendaIds } from './agenda-ids';

describe('parseAgendaIds', () => {
  it('reads ids in their order, each once', () => {
    expect(parseAgendaIds('3,1,3,2')).toEqual([3, 1, 2]);
  });

  it('ignores what is not a positive whole number', () => {
    expect(parseAgendaIds('1,x,0,-2, 4 ,2.5,')).toEqual([1, 4]);
  });

  it('gives nothing for no parameter', () => {
    expect(parseAgendaIds(null)).toEqual([]);
    expect(parseAgendaIds('')).toEqual([]);
  });

  it('keeps at most the agenda limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => i + 1).join(',');
    expect(parseAgendaIds(many)).toHaveLength(maxAgendaItems);
  });

  it('round-trips with formatAgendaIds', () => {
    expect(parseAgendaIds(formatAgendaIds([5, 9, 12]))).toEqual([5, 9, 12]);
  });
});
