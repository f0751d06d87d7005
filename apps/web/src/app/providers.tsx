import { useEffect, type ReactNode } from 'react';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { directionOf, i18n } from '../i18n/setup';
import { queryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

/** Keeps Mantine's direction in step with the language; failed queries are retried in the new language. */
function DirectionSync() {
  const { setDirection } = useDirection();
  useEffect(() => {
    const onChange = (lng: string) => {
      setDirection(directionOf(lng));
      void queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' });
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [setDirection]);
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <DirectionSync />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
