import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { useCan, useMe } from '../../lib/auth/get-me';

function NavItem({ to, label, end = false }: { to: string; label: string; end?: boolean }) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'filled' : 'subtle'}
      color={active ? 'blue' : 'dark'}
      aria-current={active ? 'page' : undefined}
      justify="flex-start"
      px={10}
    >
      {label}
    </Button>
  );
}

export function NavLinks({ vertical = false }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const user = useMe().data?.user ?? null;
  const Wrapper = vertical ? Stack : Group;
  // In the header the links keep one row; the user's name and role wrap instead.
  return (
    <Wrapper gap={vertical ? 'xs' : 0} style={vertical ? undefined : { flexWrap: 'nowrap' }}>
      <NavItem to="/" end label={t('nav.home')} />
      <NavItem to="/clusters" label={t('nav.clusters')} />
      <NavItem to="/authorities" label={t('nav.authorities')} />
      {/* Where a cluster's staff and an authority's representative do their work. */}
      {user?.role === 'cluster_staff' && user.clusterSlug && <NavItem to={`/clusters/${user.clusterSlug}/services`} label={t('nav.services')} />}
      {user?.role === 'authority_rep' && user.authorityId && <NavItem to={`/authorities/${user.authorityId}`} label={t('nav.myAuthority')} />}
      {can('costSharing.compute') && <NavItem to="/cost-sharing" label={t('nav.costSharing')} />}
      {can('reviews.readQueue') && <NavItem to="/committee" label={t('nav.committee')} />}
      {can('budget.read') && <NavItem to="/budget" label={t('nav.budget')} />}
      {can('compliance.readOverview') && <NavItem to="/compliance" label={t('nav.compliance')} />}
      {can('staffing.readQueue') && <NavItem to="/staffing" label={t('nav.staffing')} />}
      {can('financialReports.readAll') && <NavItem to="/financial-reports" label={t('nav.financialReports')} />}
      {can('imports.run') && <NavItem to="/admin/import" label={t('nav.import')} />}
      {can('audit.read') && <NavItem to="/admin/audit" label={t('nav.audit')} />}
    </Wrapper>
  );
}
