import fs from 'node:fs';
import path from 'node:path';
import type { Citation } from '@eshkol/contracts/common';
import { z } from 'zod';

const words = z.object({ he: z.string().min(1), en: z.string().min(1) });
const citationsFileSchema = z.object({
  citations: z.record(z.string(), z.object({ publisher: words, title: words, year: z.string().nullable(), url: z.string().url().optional() })),
  /** Each part of a source takes the citation of the first rule it contains; `cite: null` marks a remark. */
  sources: z.array(z.object({ match: z.string().min(1), cite: z.string().nullable() })),
});
export type CitationsFile = z.infer<typeof citationsFileSchema>;

/** `data/citations.json`: how pages cite the shipped data's sources. Every rule names a citation the file has. */
export function readCitations(dataDir: string): CitationsFile {
  const file = citationsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, 'citations.json'), 'utf8')));
  const unknown = file.sources.filter((s) => s.cite !== null && !file.citations[s.cite]);
  if (unknown.length > 0) throw new Error(`citations.json: no citation ${unknown.map((s) => s.cite).join(', ')}`);
  return file;
}

/** A source as its file gives it: parts separated by ` | ` (the registry's file, its English names, its coordinates …). */
export const sourceParts = (source: string) => source.split(' | ').map((p) => p.trim()).filter((p) => p.length > 0);

/** The rule a part of a source falls under, or undefined when none does. */
export const ruleOf = (file: CitationsFile, part: string) => file.sources.find((s) => part.includes(s.match));

export type Cite = (source: string | null) => Citation[];

/**
 * Cites a source as a page shows it: each known part by its publisher, title and year, once; a
 * source with no known part (a user's own import) as its own text.
 */
export function createCiter(file: CitationsFile): Cite {
  const cited = (id: string): Citation => {
    const c = file.citations[id]!;
    return { publisherHe: c.publisher.he, publisherEn: c.publisher.en, titleHe: c.title.he, titleEn: c.title.en, year: c.year, url: c.url ?? null };
  };
  return (source) => {
    if (!source) return [];
    const rules = sourceParts(source).map((part) => ruleOf(file, part));
    if (rules.every((r) => r === undefined)) return [{ publisherHe: null, publisherEn: null, titleHe: source, titleEn: null, year: null, url: null }];
    return [...new Set(rules.flatMap((r) => (r?.cite ? [r.cite] : [])))].map(cited);
  };
}

/** Each citation once, as two sources may cite the same publication. */
export function uniqueCitations(cs: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const key = JSON.stringify(c);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
