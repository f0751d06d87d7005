import type { CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import type { SaveStudy } from '@eshkol/contracts/feasibility';
import type { ServiceKind } from '@eshkol/contracts/services';
import { buildInput, defaultModels, modelStateOf, recommendedMethod, type FormProblem, type FormState } from '../../../lib/cost-sharing/form-state';

export { recommendedMethod };

/** An authority that joined the service, as the study's baseline lists it. */
export type StudyParticipant = { authorityId: string; name: string; nameEn: string | null; population: number | null };

/** The study as the staff edit it: the calculator's form (every row takes part) and the study's own fields. */
export type StudyForm = {
  sharing: FormState;
  proposedMethod: CostSharingMethod | null;
  /** Shekels; empty is no grant. */
  requestedGrant: number | null;
  notes: string;
};

/**
 * The editor's starting point: the joined authorities, with the figures of the version it starts
 * from where that version has them. Authorities that left drop out; new ones start empty.
 */
export function initialStudyForm(participants: readonly StudyParticipant[], from: SaveStudy | null): StudyForm {
  const baseline = new Map((from?.baseline ?? []).map((b) => [b.authorityId, b]));
  return {
    sharing: {
      rows: participants.map((p) => ({
        authorityId: p.authorityId,
        name: p.name,
        population: p.population,
        included: true,
        quantity: baseline.get(p.authorityId)?.quantity ?? null,
        // A study is priced by a cost model of the total quantity, never by a facility's levels.
        level: null,
        currentCost: baseline.get(p.authorityId)?.currentCost ?? null,
        bloc: '',
      })),
      model: from ? modelStateOf(from.model) : defaultModels.power,
      // A new study starts from the recommendation alone; the others are there to compare. (A study
      // keeps no blocs, so the Owen value is not one of its methods.)
      methods: from ? [...from.methods] : [recommendedMethod],
      // A study sends no weights: the server weighs populations (or quantities when one is unknown).
      weightBasis: 'quantity',
    },
    proposedMethod: from?.proposedMethod ?? recommendedMethod,
    requestedGrant: from && from.requestedGrant > 0 ? from.requestedGrant : null,
    notes: from?.notes ?? '',
  };
}

/**
 * The form once the registry's populations have arrived (the cluster's members may load after the
 * editor opens): each row without one takes its authority's; nothing the user typed changes.
 */
export function withPopulations(form: StudyForm, participants: readonly StudyParticipant[]): StudyForm {
  const population = new Map(participants.map((p) => [p.authorityId, p.population]));
  if (!form.sharing.rows.some((r) => r.population === null && (population.get(r.authorityId) ?? null) !== null)) return form;
  return { ...form, sharing: { ...form.sharing, rows: form.sharing.rows.map((r) => (r.population === null ? { ...r, population: population.get(r.authorityId) ?? null } : r)) } };
}

/** The request that saves the form as a new version, or every problem that prevents it. */
export function buildStudy(form: StudyForm, kind: ServiceKind): { study: SaveStudy | null; problems: FormProblem[] } {
  const built = buildInput({ ...form.sharing, weightBasis: 'quantity' });
  const problems = [...built.problems];
  const methods = built.input?.methods ?? form.sharing.methods.filter((m) => !built.dropped.includes(m));
  if (form.proposedMethod === null) problems.push({ key: 'feasibility:problems.proposedMissing', field: 'proposedMethod' });
  else if (!methods.includes(form.proposedMethod)) problems.push({ key: 'feasibility:problems.proposedNotComputed', field: 'proposedMethod' });
  const grant = form.requestedGrant ?? 0;
  if (!Number.isFinite(grant) || grant < 0) problems.push({ key: 'feasibility:problems.grant', field: 'requestedGrant' });
  else if (grant > 0 && kind !== 'core') problems.push({ key: 'feasibility:problems.grantOnlyCore', field: 'requestedGrant' });
  if (problems.length > 0 || !built.input?.model || form.proposedMethod === null) return { study: null, problems };
  return {
    study: {
      baseline: form.sharing.rows.map((r) => ({ authorityId: r.authorityId, quantity: r.quantity ?? 0, currentCost: r.currentCost })),
      model: built.input.model,
      methods: built.input.methods,
      proposedMethod: form.proposedMethod,
      requestedGrant: grant,
      notes: form.notes.trim(),
    },
    problems,
  };
}

/**
 * Whether a study covers exactly the authorities that joined: a study of other authorities cannot
 * be submitted, and the staff should save a new version first.
 */
export function coversParticipants(baseline: readonly { authorityId: string }[], joined: readonly string[]): boolean {
  const ids = new Set(baseline.map((b) => b.authorityId));
  return ids.size === joined.length && joined.every((id) => ids.has(id));
}
