import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const authorities = pgTable(
  'authorities',
  {
    id: text('id').primaryKey(),
    cbsCode: integer('cbs_code').notNull(),
    moiCode: text('moi_code'),
    type: text('type').notNull(),
    nameHe: text('name_he').notNull(),
    nameEn: text('name_en'),
    district: text('district'),
    population: integer('population'),
    populationYear: integer('population_year'),
    socioEconomicCluster: integer('socioeconomic_cluster'),
    socioEconomicYear: integer('socioeconomic_year'),
    peripheralityCluster: integer('peripherality_cluster'),
    peripheralityYear: integer('peripherality_year'),
    areaKm2: doublePrecision('area_km2'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    locationDerived: boolean('location_derived').notNull().default(false),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Both names in lower case, for the list's search: matching it with LIKE takes a quarter of
     * the time of folding the case of every name for ILIKE at each search. U+001F between them, a character no
     * search may hold, keeps a search from matching across the two.
     */
    searchText: text('search_text').generatedAlwaysAs(sql`lower(name_he || chr(31) || coalesce(name_en, ''))`),
  },
  (t) => [
    index('authorities_type_idx').on(t.type),
    index('authorities_district_idx').on(t.district),
    // The list's order: a page is read off the index instead of sorting every authority for it.
    index('authorities_list_order_idx').on(t.nameHe, t.id),
  ],
);
