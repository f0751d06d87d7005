import { useTranslation } from 'react-i18next';
import { isModelField, type FormProblem } from './form-state';

/** A problem of the cost-sharing form in the reader's language; one about a model field names it by its label. */
export function useProblemText(): (problem: FormProblem) => string {
  const { t } = useTranslation('cost-model');
  const fieldLabel = (field: string) => {
    const tier = /^tiers\.(\d+)\.(from|unitPrice)$/.exec(field);
    if (tier) return t(tier[2] === 'from' ? 'model.tierFrom' : 'model.tierPrice', { n: Number(tier[1]) + 1 });
    return isModelField(field) ? t(`model.fields.${field}`) : field;
  };
  return (p) => t(p.key, p.key === 'cost-model:problems.modelField' ? { field: fieldLabel(p.field) } : p.values);
}
