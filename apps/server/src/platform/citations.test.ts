import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCiter, readCitations, ruleOf, sourceParts } from './citations';

const dataDir = path.resolve(import.meta.dirname, '../../../../data');
const file = readCitations(dataDir);
const cite = createCiter(file);

/** The sources of the clusters' legal forms the shipped standing gives. */
const standing = JSON.parse(fs.readFileSync(path.join(dataDir, 'standing.json'), 'utf8')) as { legalForms: { source: string }[] };

/** Every source the shipped files give, from each file's `source` column and the standing's legal forms. */
const shippedSources = [
  ...new Set([
    ...fs
      .readdirSync(dataDir)
      .filter((f) => f.endsWith('.csv'))
      .flatMap((f) => (parse(fs.readFileSync(path.join(dataDir, f)), { columns: true, bom: true }) as Record<string, string>[]).flatMap((r) => (r.source ? [r.source] : []))),
    ...standing.legalForms.map((f) => f.source),
  ]),
];

/** What a reader must never see in a citation: a repository, a path or a data file's name. */
const technical = /\/|\\|github|\.csv|\.xlsx|\.txt|\.geojson|\bvia\b|_/i;

describe('the citations of the shipped sources', () => {
  it('cover every source of every shipped file, part by part', () => {
    expect(shippedSources.length).toBeGreaterThan(5);
    const uncovered = shippedSources.flatMap((s) => sourceParts(s).filter((part) => !ruleOf(file, part)));
    expect(uncovered).toEqual([]);
  });

  it('read as publisher, title and year in both languages, with no repository path or file name', () => {
    for (const source of shippedSources) {
      const citations = cite(source);
      expect(citations.length, source).toBeGreaterThan(0);
      for (const c of citations) {
        for (const text of [c.publisherHe, c.publisherEn, c.titleHe, c.titleEn]) {
          expect(text, source).toEqual(expect.any(String));
          expect(text, source).not.toMatch(technical);
        }
      }
    }
  });

  it("cites the authorities' registry as the CBS publication it came from, once per publication", () => {
    const registry = 'CBS Local Authorities 2021 profile (p_libud_2021.xlsx) via github:matanhakim/il.cbs.muni inst/extdata/p_libud_2021.xlsx | name_en: CBS bycode2021.xlsx via github:matanhakim/il.cbs.muni inst/extdata/bycode2021.xlsx | lat/lon: github:arikw/israeli-localities dist/localities.csv (CBS bycode2021 coords, WGS84)';
    expect(cite(registry).map((c) => `${c.publisherHe}, ${c.titleHe}`)).toEqual(['הלשכה המרכזית לסטטיסטיקה, רשויות מקומיות בישראל 2021', 'הלשכה המרכזית לסטטיסטיקה, קובץ היישובים 2021']);
  });

  it("keeps a user's own source as its text, and gives nothing for none", () => {
    expect(cite('החלטת מועצה 12/2025')).toEqual([{ publisherHe: null, publisherEn: null, titleHe: 'החלטת מועצה 12/2025', titleEn: null, year: null, url: null }]);
    expect(cite(null)).toEqual([]);
  });
});
