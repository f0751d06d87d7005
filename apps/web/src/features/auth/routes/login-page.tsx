import { Alert, Button, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useMe } from '../../../lib/auth/get-me';
import { useLogin } from '../api/login';
import { DemoAccounts, demoPassword } from '../components/demo-accounts';

/** Only same-site paths are followed after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(`${t('signInTitle')} · ${t('app.name')}`);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe().data;
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => void navigate(safeNext(params.get('next'))) });
  };

  return (
    <Stack maw={960}>
      <Title order={1}>{t('signInTitle')}</Title>
      {me?.user && (
        <Alert color="blue" variant="outline">
          {t('alreadySignedIn', { name: me.user.displayName })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: me?.demo ? 2 : 1 }} spacing="lg">
        <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="sign-in-form-title" noValidate>
          <Stack>
            <Title order={2} size="h4" id="sign-in-form-title">
              {t('formTitle')}
            </Title>
            <TextInput
              label={t('email')}
              type="email"
              autoComplete="username"
              required
              dir="ltr"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <ErrorAlert error={login.error} title={t('signInFailed')} />
            <Button type="submit" loading={login.isPending}>
              {t('auth.signIn')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('cookieNote')}
            </Text>
          </Stack>
        </Paper>
        {me?.demo && (
          <DemoAccounts
            onPick={(picked) => {
              setEmail(picked);
              setPassword(demoPassword);
            }}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
