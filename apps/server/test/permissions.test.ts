import { roles, type Role } from '@eshkol/contracts/auth';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/platform/access';
import { accessOf, actionsOf, allows, type Rule } from '../src/platform/permissions';
import { auditRules } from '../src/modules/audit/audit.policy';
import { budgetRules } from '../src/modules/budget/budget.policy';
import { clusterRules } from '../src/modules/clusters/clusters.policy';
import { costSharingRules } from '../src/modules/cost-sharing/cost-sharing.policy';
import { documentRules } from '../src/modules/documents/documents.policy';
import { financialReportRules } from '../src/modules/financial-reports/financial-reports.policy';
import { governanceRules } from '../src/modules/governance/governance.policy';
import { importRules } from '../src/modules/imports/imports.policy';
import { participationRules } from '../src/modules/participation/participation.policy';
import { reviewRules } from '../src/modules/reviews/reviews.policy';
import { measurementRules } from '../src/modules/measurement/measurement.policy';
import { serviceRules } from '../src/modules/services/services.policy';
import { standingRules } from '../src/modules/standing/standing.policy';

const cluster = 'galil-mizrahi';
const authority = 'loc-8000';

/** A reader of each role, scoped to the cluster and authority the targets below name. */
const actor = (role: Role, scope: Partial<Actor> = {}): Actor => ({
  userId: `u-${role}`,
  email: `${role}@example.org`,
  role,
  clusterSlug: role === 'cluster_staff' ? cluster : null,
  authorityId: role === 'authority_rep' ? authority : null,
  ...scope,
});

const own = { clusterSlug: cluster, authorityId: authority, memberIds: [authority], participants: [{ authorityId: authority, status: 'invited' as const }] };
const foreign = { clusterSlug: 'golan', authorityId: 'loc-9999', memberIds: ['loc-9999'], participants: [{ authorityId: 'loc-9999', status: 'invited' as const }] };

/** Every rule the modules declare, with the roles it lets act within their own scope. */
const table: [string, Rule<never>, Role[]][] = [
  ['audit.read', auditRules.read, ['ministry']],
  ['budget.read', budgetRules.read, ['ministry', 'finance', 'committee', 'regulator', 'cluster_staff']],
  ['budget.readAll', budgetRules.readAll, ['ministry', 'finance', 'committee', 'regulator']],
  ['budget.manage', budgetRules.manage, ['ministry']],
  ['budget.manageMilestones', budgetRules.manageMilestones, ['cluster_staff']],
  ['clusters.manage', clusterRules.manage, ['ministry']],
  ['costSharing.compute', costSharingRules.compute, ['ministry', 'committee', 'finance', 'cluster_staff']],
  ['documents.upload', documentRules.upload, ['cluster_staff', 'authority_rep', 'ministry', 'regulator']],
  ['financialReports.readDrafts', financialReportRules.readDrafts, ['regulator', 'ministry', 'finance', 'cluster_staff']],
  ['financialReports.submit', financialReportRules.submit, ['cluster_staff']],
  ['financialReports.review', financialReportRules.review, ['regulator']],
  ['financialReports.readAll', financialReportRules.readAll, ['regulator', 'ministry', 'finance']],
  ['governance.readDetails', governanceRules.readDetails, ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep']],
  ['governance.manage', governanceRules.manage, ['cluster_staff']],
  ['governance.manageProgramme', governanceRules.manageProgramme, ['ministry']],
  ['imports.run', importRules.run, ['ministry']],
  ['participation.readMatrix', participationRules.readMatrix, ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep']],
  ['participation.setDomains', participationRules.setDomains, ['authority_rep']],
  ['reviews.submit', reviewRules.submit, ['cluster_staff']],
  ['reviews.decide', reviewRules.decide, ['committee']],
  ['reviews.markConditionMet', reviewRules.markConditionMet, ['ministry', 'committee']],
  ['reviews.readAgenda', reviewRules.readAgenda, ['ministry', 'finance', 'committee']],
  ['reviews.readReadiness', reviewRules.readReadiness, ['ministry', 'finance', 'committee', 'regulator', 'cluster_staff']],
  ['reviews.readQueue', reviewRules.readQueue, ['ministry', 'finance', 'committee', 'regulator', 'cluster_staff']],
  ['services.manage', serviceRules.manage, ['cluster_staff']],
  ['services.readDetails', serviceRules.readDetails, ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep']],
  ['services.answer', serviceRules.answer, ['authority_rep']],
  ['standing.recordLegalForm', standingRules.recordLegalForm, ['ministry', 'regulator']],
  ['standing.recordOrder', standingRules.recordOrder, ['ministry', 'regulator']],
  ['standing.recordDelegation', standingRules.recordDelegation, ['ministry', 'cluster_staff']],
  ['standing.managePowers', standingRules.managePowers, ['ministry']],
  ['measurement.define', measurementRules.define, ['measurement']],
  ['measurement.review', measurementRules.review, ['measurement']],
  ['measurement.enter', measurementRules.enter, ['cluster_staff', 'authority_rep']],
  ['measurement.enterAny', measurementRules.enterAny, ['cluster_staff', 'authority_rep']],
  ['measurement.readPending', measurementRules.readPending, ['measurement', 'ministry', 'cluster_staff', 'authority_rep']],
  ['measurement.readInternal', measurementRules.readInternal, ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep']],
  ['measurement.readDue', measurementRules.readDue, ['measurement', 'ministry', 'cluster_staff', 'authority_rep']],
];

/** The same rules, outside the reader's scope: only the roles that are not scoped remain. */
const outOfScope: Record<string, Role[]> = {
  'budget.manageMilestones': [],
  'financialReports.readDrafts': ['regulator', 'ministry', 'finance'],
  'financialReports.submit': [],
  'participation.readMatrix': ['ministry', 'finance', 'committee', 'regulator', 'measurement'],
  'governance.readDetails': ['ministry', 'finance', 'committee', 'regulator', 'measurement'],
  'governance.manage': [],
  'participation.setDomains': [],
  'reviews.submit': [],
  'reviews.readReadiness': ['ministry', 'finance', 'committee', 'regulator'],
  'services.manage': [],
  'services.readDetails': ['ministry', 'finance', 'committee', 'regulator', 'measurement'],
  'services.answer': [],
  'standing.recordDelegation': ['ministry'],
  'measurement.enter': [],
  'measurement.readPending': ['measurement', 'ministry'],
};

const passes = (r: Rule<never>, a: Actor | null, target: object) => allows(r as Rule<object>, a, target);
const sorted = (rs: readonly Role[]) => [...rs].sort();

describe('the declared permissions, as a truth table over every role', () => {
  it.each(table)('%s', (name, r, allowed) => {
    expect(sorted(roles.filter((role) => passes(r, actor(role), own)))).toEqual(sorted(allowed));
    expect(passes(r, null, own), 'nobody signed in').toBe(false);
    // A route's access is exactly the rule's roles: the server refuses the others before reading anything.
    expect(sorted(accessOf(r))).toEqual(sorted(r.roles));
    const outside = outOfScope[name] ?? allowed;
    expect(sorted(roles.filter((role) => passes(r, actor(role), foreign))), `${name} outside the reader's scope`).toEqual(sorted(outside));
  });

  it('keeps a staff member or representative without a scope out of scoped actions', () => {
    expect(allows(documentRules.upload, actor('cluster_staff', { clusterSlug: null }))).toBe(false);
    expect(allows(documentRules.upload, actor('authority_rep', { authorityId: null }))).toBe(false);
    expect(allows(serviceRules.readDetails, actor('authority_rep', { authorityId: null }), own)).toBe(false);
    expect(allows(measurementRules.enterAny, actor('cluster_staff', { clusterSlug: null }))).toBe(false);
    expect(allows(measurementRules.readDue, actor('authority_rep', { authorityId: null }))).toBe(false);
    expect(allows(measurementRules.enter, actor('cluster_staff'), { authorityId: authority, clusterSlug: null }), 'an authority in no cluster').toBe(false);
  });

  it('gives the programme’s bodies to the ministry to manage and to the national readers to read in full', () => {
    const programmeBody = { clusterSlug: null, memberIds: [] };
    expect(sorted(roles.filter((role) => allows(governanceRules.manage, actor(role), programmeBody)))).toEqual(['ministry']);
    expect(sorted(roles.filter((role) => allows(governanceRules.readDetails, actor(role), programmeBody)))).toEqual(sorted(['ministry', 'finance', 'committee', 'regulator', 'measurement']));
    expect(allows(governanceRules.manage, actor('cluster_staff', { clusterSlug: null }), programmeBody), 'staff without a cluster').toBe(false);
  });

  it('lists the actions a reader may take on a target, by the names the rules are declared under', () => {
    expect(actionsOf(serviceRules, actor('cluster_staff'), { ...own })).toEqual(['manage', 'readDetails']);
    expect(actionsOf(serviceRules, actor('authority_rep'), { ...own })).toEqual(['readDetails', 'answer']);
    expect(actionsOf(serviceRules, null, { ...own })).toEqual([]);
  });
});
