import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageName, languages } from '../../i18n/setup';

/** One button per locale file; the whole UI, its direction and the API's language follow the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')} data-testid="lang-switch">
      {languages.map((code) => {
        const current = i18n.language === code;
        return (
          <Button
            key={code}
            lang={code}
            size="compact-sm"
            variant={current ? 'filled' : 'default'}
            aria-pressed={current}
            // On a phone only the other language is offered, to leave the header room.
            visibleFrom={current ? 'xs' : undefined}
            onClick={() => void i18n.changeLanguage(code)}
          >
            {languageName(code)}
          </Button>
        );
      })}
    </Group>
  );
}
