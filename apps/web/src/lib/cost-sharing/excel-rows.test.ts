import { describe, expect, it } from 'vitest';
import { matchSheetRows } from './excel-rows';
import type { ParticipantRow } from './form-state';

const rows: (ParticipantRow & { nameEn: string | null })[] = [
  { authorityId: 'loc-6700', name: 'טבריה', nameEn: 'Tiberias', population: 46698, included: true, quantity: null, level: null, currentCost: null, bloc: '' },
  { authorityId: 'rc-7', name: 'גולן', nameEn: 'Golan', population: 19214, included: true, quantity: null, level: null, currentCost: null, bloc: '' },
];

describe('matchSheetRows', () => {
  it('matches by Hebrew name, English name or id, and reads numbers written with separators', () => {
    const sheet = [
      ['רשות', 'כמות', 'עלות'],
      ['טבריה', 1200, '₪ 1,500,000'],
      ['golan', '300', null],
    ];
    const { updates, problems } = matchSheetRows(sheet, rows);
    expect(problems).toEqual([]);
    expect(updates.get('loc-6700')).toEqual({ quantity: 1200, currentCost: 1_500_000 });
    expect(updates.get('rc-7')).toEqual({ quantity: 300, currentCost: null });
  });

  it('reports every unknown authority and bad number with its line', () => {
    const sheet = [['authority', 'quantity'], ['Haifa', 3], ['rc-7', -4], [], ['loc-6700', 'many']];
    const { problems } = matchSheetRows(sheet, rows);
    expect(problems).toEqual([
      { line: 2, key: 'cost-model:excel.unknownAuthority', values: { name: 'Haifa' } },
      { line: 3, key: 'cost-model:excel.badNumber', values: { name: 'rc-7' } },
      { line: 5, key: 'cost-model:excel.badNumber', values: { name: 'loc-6700' } },
    ]);
  });

  it('refuses a sheet without the needed headers', () => {
    expect(matchSheetRows([['a', 'b'], ['טבריה', 1]], rows).problems).toEqual([{ line: 1, key: 'cost-model:excel.headers', values: {} }]);
  });
});
