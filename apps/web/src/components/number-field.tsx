import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';
import { readNumber, textOfNumber, type NumberReading, type NumberRule } from '../lib/numbers';
import { useReportRefusal } from './number-refusals';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  /** The value the form holds; null while the field is empty or what is typed is refused. */
  value: number | null;
  rule: NumberRule;
  /** Called on every keystroke: the number read, or null with whether what is typed is refused. */
  onValue: (value: number | null, refused: boolean) => void;
  /** An empty field is refused too (after the first attempt to save, say). */
  requireValue?: boolean;
  /** A reason from elsewhere (the server's, an order of steps), shown when the field itself has none. */
  error?: string | null;
};

/**
 * A number field that keeps exactly what was typed: it reads it (see `readNumber`), tells beside
 * itself and in the page's language why it refuses it, and never clamps, drops or reinterprets a
 * character. A value set from outside (a fit, an import) replaces the text only when it differs
 * from what the text reads as. Inside `NumberRefusals`, it tells its form whether it refuses what
 * is typed (a disabled field's figure is not used, so it refuses nothing).
 */
export function NumberField({ value, rule, onValue, requireValue = false, error = null, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState(() => (value === null ? '' : textOfNumber(value)));
  useEffect(() => {
    setText((current) => {
      const read = readNumber(current, rule);
      const same = read.ok ? read.value === value : value === null;
      return same ? current : value === null ? '' : textOfNumber(value);
    });
  }, [value, rule]);

  const reading = readNumber(text, rule);
  const refused = !reading.ok && reading.reason !== 'empty';
  useReportRefusal(refused && !disabled);
  const reason = (r: Exclude<NumberReading, { ok: true }>) =>
    r.reason === 'empty' ? (requireValue ? t('numbers.empty') : null) : t(`numbers.${r.reason}`, { limit: format.number(r.limit ?? 0), count: r.limit ?? 0 });
  const own = reading.ok ? null : reason(reading);

  return (
    <TextInput
      {...rest}
      disabled={disabled}
      inputMode="decimal"
      dir="ltr"
      value={text}
      error={own ?? error ?? undefined}
      data-refused={refused}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const read = readNumber(next, rule);
        onValue(read.ok ? read.value : null, !read.ok && read.reason !== 'empty');
      }}
    />
  );
}
