import { z } from 'zod';
import { authorityIdSchema } from './common';

/** Simplified jurisdiction polygons (WGS84), one feature per authority. */
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ authorityId: authorityIdSchema }),
  geometry: z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.unknown()),
  }),
});
export const boundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema),
});
export type Boundaries = z.infer<typeof boundariesSchema>;
