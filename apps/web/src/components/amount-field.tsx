import type { NumberRule } from '../lib/numbers';
import { NumberField } from './number-field';
import { NumberRefusals } from './number-refusals';

type Props = {
  label: string;
  value: number | null;
  /** The contract's range of the amount in shekels (to the agora: two decimals). */
  rule: NumberRule;
  onValue: (amount: number | null) => void;
  /** The form's reason (required, the server's), shown when the field itself has none. */
  error?: string | null;
  /** Where the field tells its form that it refuses what is typed. */
  report: (field: string, refused: boolean) => void;
  description?: string;
  testId?: string;
};

/** An amount of money in shekels, kept as typed and checked against the contract's range. */
export function AmountField({ label, value, rule, onValue, error = null, report, description, testId }: Props) {
  return (
    <NumberRefusals report={report}>
      <NumberField label={label} description={description} required leftSection="₪" value={value} rule={rule} onValue={onValue} error={error} data-testid={testId} />
    </NumberRefusals>
  );
}
