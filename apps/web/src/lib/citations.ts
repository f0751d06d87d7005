import type { Citation } from '@eshkol/contracts/common';

/** A source as a sentence cites it in a language: "publisher, title, year" (the year once, when the title does not give it). */
export function citationText(c: Citation, lng: string): string {
  const he = lng === 'he';
  const publisher = he ? (c.publisherHe ?? c.publisherEn) : (c.publisherEn ?? c.publisherHe);
  const title = he ? c.titleHe : (c.titleEn ?? c.titleHe);
  const year = c.year && !title.includes(c.year) ? c.year : null;
  return [publisher, title, year].filter((part): part is string => Boolean(part)).join(', ');
}
