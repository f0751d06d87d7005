import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation, useMatch } from 'react-router';
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

type Page = { to: string; label: string };

/**
 * Pages of one kind under one name: in the header's row a menu (active while one of them is open),
 * in the phone's list a heading over them. A group of one page is that page's link.
 */
function NavGroup({ label, pages, vertical }: { label: string; pages: Page[]; vertical: boolean }) {
  const { pathname } = useLocation();
  if (pages.length === 0) return null;
  if (pages.length === 1) return <NavItem to={pages[0]!.to} label={pages[0]!.label} />;
  if (vertical) {
    return (
      <Stack gap="xs" role="group" aria-label={label}>
        <Text size="xs" fw={700} px={10} pt={4}>
          {label}
        </Text>
        {pages.map((p) => (
          <NavItem key={p.to} to={p.to} label={p.label} />
        ))}
      </Stack>
    );
  }
  const current = pages.find((p) => matchPath({ path: p.to, end: false }, pathname));
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant={current ? 'filled' : 'subtle'} color={current ? 'blue' : 'dark'} px={10} data-testid="nav-group">
          {current ? `${label}: ${current.label}` : label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {pages.map((p) => (
          <Menu.Item key={p.to} component={Link} to={p.to} aria-current={p === current ? 'page' : undefined}>
            {p.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
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
      <NavGroup
        label={t('nav.oversight')}
        vertical={vertical}
        pages={[
          ...(can('compliance.readOverview') ? [{ to: '/compliance', label: t('nav.compliance') }] : []),
          ...(can('staffing.readQueue') ? [{ to: '/staffing', label: t('nav.staffing') }] : []),
          ...(can('financialReports.readAll') ? [{ to: '/financial-reports', label: t('nav.financialReports') }] : []),
        ]}
      />
      {can('imports.run') && <NavItem to="/admin/import" label={t('nav.import')} />}
      {can('audit.read') && <NavItem to="/admin/audit" label={t('nav.audit')} />}
    </Wrapper>
  );
}
