import { Anchor, Badge, Burger, Group, em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
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
  // On a phone the header's parts sit closer, so that the demo marker keeps its words.
  const phone = useMediaQuery(`(max-width: ${em(479)})`) ?? false;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      {/* With the links shown, they give way: their row scrolls, and the user's part stays whole. */}
      <Group gap={phone ? 'xs' : 'md'} wrap="nowrap" miw={0} flex="0 1 auto">
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
          <Badge color="red.9" variant="filled" size={phone ? 'sm' : 'md'} data-testid="demo-badge" title={t('demo.explain')} flex={{ base: '0 1 auto', md: 'none' }}>
            {phone ? t('demo.badgeShort') : t('demo.badge')}
          </Badge>
        )}
        {/* One row of links; when the header is too narrow for all of them, the row scrolls rather than overlap. */}
        <Group component="nav" aria-label={t('nav.label')} visibleFrom="md" gap={4} miw={0} style={{ overflowX: 'auto', scrollbarWidth: 'thin' }}>
          <NavLinks />
        </Group>
      </Group>
      <Group gap={phone ? 6 : 'sm'} wrap="nowrap" style={{ flexShrink: 0 }}>
        <LanguageSwitch />
        <NotificationBell />
        <UserBox />
      </Group>
    </Group>
  );
}
