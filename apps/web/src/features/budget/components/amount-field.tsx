import { NumberField } from '../../../components/number-field';
import { NumberRefusals } from '../../../components/number-refusals';
import { budgetAmountRule } from '../model/budget-forms';

type Props = {
  label: string;
  value: number | null;
  onValue: (amount: number | null) => void;
  /** The form's reason (required, the server's), shown when the field itself has none. */
  error?: string | null;
  /** Where the field tells its form that it refuses what is typed. */
  report: (field: string, refused: boolean) => void;
  testId?: string;
};

/** An amount of the programme's money in shekels, kept as typed and checked against the contract's range. */
export function AmountField({ label, value, onValue, error = null, report, testId }: Props) {
  return (
    <NumberRefusals report={report}>
      <NumberField label={label} required leftSection="₪" value={value} rule={budgetAmountRule} onValue={onValue} error={error} data-testid={testId} />
    </NumberRefusals>
  );
}
