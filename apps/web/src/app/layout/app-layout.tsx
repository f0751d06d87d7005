import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { Header } from './header';
import { NavLinks } from './nav-links';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  useEffect(close, [pathname, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'md', collapsed: { desktop: true, mobile: !opened } }}
      padding="md"
    >
      {/* The first stop of the keyboard: past the header and the menu, straight to the page. */}
      <a href="#main-content" className="skip-link" data-testid="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Header navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      {opened && (
        <AppShell.Navbar p="md" aria-label={t('nav.mobileLabel')} id="mobile-nav">
          <NavLinks vertical />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Container size="xl" py="md">
          {/* A page whose words are still on their way waits here rather than show their keys. */}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
