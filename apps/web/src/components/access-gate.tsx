import { Alert, Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Capability } from '@eshkol/contracts/auth';
import { useMe } from '../lib/auth/get-me';
import { ErrorAlert } from './error-alert';
import { PageLoader } from './page-loader';

/** `need`: the capability the page needs (none: any signed-in reader). */
type Props = { need?: Capability; children: ReactNode };

/** Renders its children only for readers the server says may see them; otherwise says why, with a sign-in link. */
export function AccessGate({ need, children }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) return <PageLoader />;
  if (me.data.user && (!need || me.data.capabilities.includes(need))) return <>{children}</>;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Alert color="red" variant="outline" title={me.data.user ? t('access.forbiddenTitle') : t('access.signInTitle')} data-testid="access-denied">
      {me.data.user ? (
        t('access.forbidden')
      ) : (
        <>
          {t('access.signIn')}{' '}
          <Anchor component={Link} to={`/login?next=${next}`}>
            {t('auth.signIn')}
          </Anchor>
        </>
      )}
    </Alert>
  );
}
