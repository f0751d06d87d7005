import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/logout';
import { useMe } from '../../lib/auth/get-me';

export function UserBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useMe().data?.user;
  const logout = useLogout();

  if (!user) {
    return (
      <Button component={Link} to="/login" variant="outline" size="compact-md">
        {t('auth.signIn')}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Stack gap={0} visibleFrom="sm" data-testid="current-user" title={t(`roles.${user.role}`)}>
        <Text size="sm" fw={500} lh={1.2}>
          {user.displayName}
        </Text>
        {/* The role under the name only where the header has room for every link beside it. */}
        <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xl">
          {t(`roles.${user.role}`)}
        </Text>
      </Stack>
      <Button
        variant="outline"
        size="compact-md"
        style={{ flexShrink: 0 }}
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}
      >
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
