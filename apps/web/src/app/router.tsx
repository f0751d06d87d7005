import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { programmeStatsQueryOptions } from '../features/home/api/get-programme-stats';
import { HomePage } from '../features/home/routes/home-page';
import { loadNamespaces } from '../i18n/setup';
import { AppLayout } from './layout/app-layout';
import { queryClient } from './query-client';
import { NotFoundPage } from './routes/not-found-page';
import { RouteError } from './routes/route-error';

/** A page's code and the namespaces of the features it shows, fetched together, so it never renders a raw key. */
function page<M>(namespaces: string[], load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces(...namespaces)]);
    return { Component: pick(module) };
  };
}

/**
 * The home page, where most visits start, is in the first bundle with its words; every other page
 * is fetched when opened. Its figures are asked for as soon as the address matches (the server
 * names them with the page, so the browser has usually fetched them already).
 */
const home = {
  loader: () => {
    void queryClient.prefetchQuery(programmeStatsQueryOptions());
    return null;
  },
  Component: HomePage,
};

export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, ...home },
      { path: 'clusters', lazy: page(['clusters'], () => import('../features/clusters/routes/clusters-page'), (m) => m.ClustersPage) },
      { path: 'clusters/:slug', lazy: page(['clusters', 'participation', 'services', 'governance', 'standing', 'staffing', 'compliance', 'financial-reports'], () => import('./routes/cluster-route'), (m) => m.ClusterRoute) },
      { path: 'clusters/:slug/services', lazy: page(['services'], () => import('../features/services/routes/services-page'), (m) => m.ServicesPage) },
      { path: 'services/:id', lazy: page(['services', 'feasibility', 'reviews', 'budget', 'cost-model', 'governance'], () => import('./routes/service-route'), (m) => m.ServiceRoute) },
      { path: 'authorities', lazy: page(['authorities'], () => import('../features/authorities/routes/authorities-page'), (m) => m.AuthoritiesPage) },
      { path: 'authorities/:id', lazy: page(['authorities', 'participation', 'standing'], () => import('./routes/authority-route'), (m) => m.AuthorityRoute) },
      { path: 'cost-sharing', lazy: page(['cost-sharing', 'cost-model'], () => import('../features/cost-sharing/routes/cost-sharing-page'), (m) => m.CostSharingPage) },
      { path: 'login', lazy: page(['auth'], () => import('../features/auth/routes/login-page'), (m) => m.LoginPage) },
      { path: 'admin/import', lazy: page(['imports'], () => import('../features/imports/routes/import-page'), (m) => m.ImportPage) },
      { path: 'admin/audit', lazy: page(['audit', 'cost-model'], () => import('../features/audit/routes/audit-page'), (m) => m.AuditPage) },
      { path: 'committee', lazy: page(['reviews'], () => import('../features/reviews/routes/committee-page'), (m) => m.CommitteePage) },
      { path: 'committee/agenda', lazy: page(['reviews', 'cost-model'], () => import('../features/reviews/routes/agenda-page'), (m) => m.AgendaPage) },
      { path: 'submissions/:id', lazy: page(['reviews', 'cost-model'], () => import('../features/reviews/routes/submission-page'), (m) => m.SubmissionPage) },
      { path: 'governance', lazy: page(['governance'], () => import('../features/governance/routes/governance-page'), (m) => m.GovernancePage) },
      { path: 'bodies/:id', lazy: page(['governance'], () => import('../features/governance/routes/body-page'), (m) => m.BodyPage) },
      { path: 'budget', lazy: page(['budget'], () => import('../features/budget/routes/budget-page'), (m) => m.BudgetPage) },
      { path: 'bodies/:id/meetings', lazy: page(['meetings'], () => import('../features/meetings/routes/body-meetings-page'), (m) => m.BodyMeetingsPage) },
      { path: 'meetings/:id', lazy: page(['meetings'], () => import('../features/meetings/routes/meeting-page'), (m) => m.MeetingPage) },
      { path: 'meetings/:id/minutes/print', lazy: page(['meetings'], () => import('../features/meetings/routes/minutes-print-page'), (m) => m.MinutesPrintPage) },
      { path: 'clusters/:slug/decisions', lazy: page(['meetings'], () => import('../features/meetings/routes/decisions-page'), (m) => m.ClusterDecisionsPage) },
      { path: 'governance/decisions', lazy: page(['meetings'], () => import('../features/meetings/routes/decisions-page'), (m) => m.ProgrammeDecisionsPage) },
      { path: 'standing/powers', lazy: page(['standing'], () => import('../features/standing/routes/powers-page'), (m) => m.PowersPage) },
      { path: 'compliance', lazy: page(['compliance'], () => import('../features/compliance/routes/compliance-page'), (m) => m.CompliancePage) },
      { path: 'staffing', lazy: page(['staffing'], () => import('../features/staffing/routes/staffing-page'), (m) => m.StaffingPage) },
      { path: 'financial-reports', lazy: page(['financial-reports'], () => import('../features/financial-reports/routes/financial-reports-page'), (m) => m.FinancialReportsPage) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
