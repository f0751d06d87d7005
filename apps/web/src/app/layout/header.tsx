import { Anchor, Badge, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useMe } from '../../lib/auth/get-me';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';
import { UserBox } from './user-box';

type Props = { navOpened: boolean; onToggleNav: () => void };

export function Header({ navOpened, onToggleNav }: Props) {
  const { t } = useTranslation();
  const demo = useMe().data?.demo ?? false;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      {/* With the links shown, they give way last: the user's name and the language buttons wrap first. */}
      <Group gap="md" wrap="nowrap" miw={0} flex={{ base: '0 1 auto', md: '0 0.01 auto' }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          aria-label={t('nav.toggle')}
          aria-expanded={navOpened}
          aria-controls="mobile-nav"
        />
        <Anchor component={Link} to="/" fw={700} fz="xl" c="dark" underline="never">
          {t('app.name')}
        </Anchor>
        {demo && (
          <Badge color="red.9" variant="filled" data-testid="demo-badge" title={t('demo.explain')} flex={{ base: '0 1 auto', md: 'none' }}>
            {t('demo.badge')}
          </Badge>
        )}
        {/* One row of links; when the header is too narrow for all of them, the row scrolls rather than overlap. */}
        <Group component="nav" aria-label={t('nav.label')} visibleFrom="md" gap={4} miw={0} style={{ overflowX: 'auto', scrollbarWidth: 'thin' }}>
          <NavLinks />
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        <NotificationBell />
        <UserBox />
      </Group>
    </Group>
  );
}
