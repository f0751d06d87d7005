import { describe, expect, it } from 'vitest';
import { aboutOf, linkOf, noAbout } from './item-about';

describe('what an agenda item is about', () => {
  it('links nothing until a record is chosen', () => {
    expect(linkOf(noAbout)).toBeNull();
    expect(linkOf({ kind: 'service', serviceId: null, id: null })).toBeNull();
    expect(linkOf({ kind: 'study', serviceId: 4, id: null })).toBeNull();
    expect(linkOf({ kind: 'decision', serviceId: null, id: null })).toBeNull();
  });

  it('links the service, the study version or the decision chosen', () => {
    expect(linkOf({ kind: 'service', serviceId: 4, id: null })).toEqual({ kind: 'service', id: 4 });
    expect(linkOf({ kind: 'study', serviceId: 4, id: 31 })).toEqual({ kind: 'study', id: 31 });
    expect(linkOf({ kind: 'decision', serviceId: null, id: 9 })).toEqual({ kind: 'decision', id: 9 });
  });

  it('reads a stored link back, a study with the service it leads to, and leaves a submission to the committee’s field', () => {
    expect(aboutOf({ kind: 'service', id: 4 }, { serviceId: 4 })).toEqual({ kind: 'service', serviceId: 4, id: 4 });
    expect(aboutOf({ kind: 'study', id: 31 }, { serviceId: 4 })).toEqual({ kind: 'study', serviceId: 4, id: 31 });
    expect(aboutOf({ kind: 'submission', id: 2 }, { serviceId: 4 })).toEqual(noAbout);
    expect(aboutOf(null, null)).toEqual(noAbout);
    for (const link of [{ kind: 'service', id: 4 }, { kind: 'study', id: 31 }, { kind: 'decision', id: 9 }] as const) expect(linkOf(aboutOf(link, { serviceId: 4 }))).toEqual(link);
  });
});
