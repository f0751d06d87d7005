import { createBrowserRouter } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './routes/not-found-page';
import { RouteError } from './routes/route-error';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/routes/home-page')).HomePage }) },
      { path: 'clusters', lazy: async () => ({ Component: (await import('../features/clusters/routes/clusters-page')).ClustersPage }) },
      { path: 'clusters/:slug', lazy: async () => ({ Component: (await import('./routes/cluster-route')).ClusterRoute }) },
      { path: 'clusters/:slug/services', lazy: async () => ({ Component: (await import('../features/services/routes/services-page')).ServicesPage }) },
      { path: 'services/:id', lazy: async () => ({ Component: (await import('./routes/service-route')).ServiceRoute }) },
      { path: 'authorities', lazy: async () => ({ Component: (await import('../features/authorities/routes/authorities-page')).AuthoritiesPage }) },
      { path: 'authorities/:id', lazy: async () => ({ Component: (await import('./routes/authority-route')).AuthorityRoute }) },
      { path: 'cost-sharing', lazy: async () => ({ Component: (await import('../features/cost-sharing/routes/cost-sharing-page')).CostSharingPage }) },
      { path: 'login', lazy: async () => ({ Component: (await import('../features/auth/routes/login-page')).LoginPage }) },
      { path: 'admin/import', lazy: async () => ({ Component: (await import('../features/imports/routes/import-page')).ImportPage }) },
      { path: 'admin/audit', lazy: async () => ({ Component: (await import('../features/audit/routes/audit-page')).AuditPage }) },
      { path: 'committee', lazy: async () => ({ Component: (await import('../features/reviews/routes/committee-page')).CommitteePage }) },
      { path: 'committee/agenda', lazy: async () => ({ Component: (await import('../features/reviews/routes/agenda-page')).AgendaPage }) },
      { path: 'submissions/:id', lazy: async () => ({ Component: (await import('../features/reviews/routes/submission-page')).SubmissionPage }) },
      { path: 'budget', lazy: async () => ({ Component: (await import('../features/budget/routes/budget-page')).BudgetPage }) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
