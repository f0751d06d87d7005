import { Select } from '@mantine/core';
import { legalForms, type LegalForm } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';

type Props = { value: LegalForm; onChange: (value: LegalForm) => void; error?: string };

export function LegalFormSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation('clusters');
  return (
    <Select
      label={t('cluster.legalForm')}
      data={legalForms.map((f) => ({ value: f, label: t(`legalForm.${f}`) }))}
      value={value}
      onChange={(v) => v && onChange(v as LegalForm)}
      allowDeselect={false}
      error={error}
    />
  );
}
