import type { Citation } from '@eshkol/contracts/common';
import { describe, expect, it } from 'vitest';
import { citationText } from './citations';

const cbs: Citation = {
  publisherHe: 'הלשכה המרכזית לסטטיסטיקה',
  publisherEn: 'Central Bureau of Statistics',
  titleHe: 'רשויות מקומיות בישראל 2021',
  titleEn: 'Local Authorities in Israel 2021',
  year: '2021',
  url: null,
};

describe('a citation in a sentence', () => {
  it('reads as publisher and title in the page’s language, the year not repeated', () => {
    expect(citationText(cbs, 'he')).toBe('הלשכה המרכזית לסטטיסטיקה, רשויות מקומיות בישראל 2021');
    expect(citationText(cbs, 'en')).toBe('Central Bureau of Statistics, Local Authorities in Israel 2021');
  });

  it('adds the year a title does not give, and falls back to Hebrew where English is missing', () => {
    const site: Citation = { publisherHe: 'אשכול רשויות השרון', publisherEn: null, titleHe: 'אתר האשכול', titleEn: null, year: '2024', url: 'https://example.org' };
    expect(citationText(site, 'en')).toBe('אשכול רשויות השרון, אתר האשכול, 2024');
  });

  it("keeps a user's own source as its text", () => {
    expect(citationText({ publisherHe: null, publisherEn: null, titleHe: 'החלטת מועצה 12/2025', titleEn: null, year: null, url: null }, 'en')).toBe('החלטת מועצה 12/2025');
  });
});
