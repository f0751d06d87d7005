import { Alert, FileButton, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../../lib/cost-sharing/form-state';
import { matchSheetRows, readFirstSheet, type SheetImport } from '../../lib/cost-sharing/excel-rows';

type Props = {
  rows: (ParticipantRow & { nameEn: string | null })[];
  onApply: (updates: SheetImport['updates']) => void;
  /** Whether the sheet's quantity column holds the levels a facility is used up to. */
  byLevel?: boolean;
};

/** Quantities (or a facility's levels) and current costs from an Excel sheet: all of it, or nothing with every bad line. */
export function ExcelImport({ rows, onApply, byLevel = false }: Props) {
  const { t } = useTranslation('cost-model');
  const [problems, setProblems] = useState<SheetImport['problems']>([]);
  const [applied, setApplied] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setApplied(null);
    try {
      const sheet = await readFirstSheet(file);
      const result = matchSheetRows(sheet, rows);
      setProblems(result.problems);
      if (result.problems.length === 0) {
        onApply(result.updates);
        setApplied(result.updates.size);
      }
    } catch {
      setProblems([{ line: 0, key: 'cost-model:excel.unreadable', values: {} }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Group>
        <FileButton onChange={(f) => void load(f)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
          {(props) => (
            <Button variant="outline" loading={busy} {...props}>
              {t('excel.import')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {byLevel ? t('excel.hintLevel') : t('excel.hint')}
        </Text>
      </Group>
      {applied !== null && (
        <Alert color="green" mt="xs" data-testid="excel-applied">
          {t('excel.applied', { count: applied })}
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="red" variant="outline" mt="xs" role="alert" title={t('excel.failed')} data-testid="excel-problems">
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{p.line > 0 ? t('errors.issueLine', { line: p.line, message: t(p.key, p.values) }) : t(p.key, p.values)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
