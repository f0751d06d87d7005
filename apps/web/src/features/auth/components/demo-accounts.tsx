import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const demoPassword = 'demo';

const demoAccounts = [
  { email: 'ministry@demo.local', role: 'ministry' },
  { email: 'committee@demo.local', role: 'committee' },
  { email: 'staff-galil-maaravi@demo.local', role: 'cluster_staff' },
  { email: 'rep-loc-1063@demo.local', role: 'authority_rep' },
] as const;

/** Demo accounts to try the product with; shown only when the server says demo accounts exist. */
export function DemoAccounts({ onPick }: { onPick: (email: string) => void }) {
  const { t } = useTranslation('auth');
  return (
    <Paper withBorder p="md" data-testid="demo-accounts">
      <Title order={2} size="h4">
        {t('demoTitle')}
      </Title>
      <Text size="sm" mt={4} mb="sm">
        {t('demoIntro', { password: demoPassword })}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('email')}</Table.Th>
            <Table.Th>{t('role')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('useAccount')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {demoAccounts.map((account) => (
            <Table.Tr key={account.email}>
              <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                {account.email}
              </Table.Td>
              <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="outline"
                  onClick={() => onPick(account.email)}
                  aria-label={t('useAccountFor', { email: account.email })}
                >
                  {t('useAccount')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
