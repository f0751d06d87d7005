import { useTranslation } from 'react-i18next';
import { isModelField, type FormProblem } from './form-state';

/**
 * A problem of the cost-sharing form in the reader's language; one about a model's field names it
 * by its label (a figure outside its range reads "label: what is wrong").
 */
export function useProblemText(): (problem: FormProblem) => string {
  const { t } = useTranslation('cost-model');
  const fieldLabel = (field: string) => {
    const tier = /^tiers\.(\d+)\.(from|unitPrice)$/.exec(field);
    if (tier) return t(tier[2] === 'from' ? 'model.tierFrom' : 'model.tierPrice', { n: Number(tier[1]) + 1 });
    const segment = /^segments\.(\d+)\.(from|unitCost)$/.exec(field);
    if (segment) return t(segment[2] === 'from' ? 'model.segmentFrom' : 'model.segmentCost', { n: Number(segment[1]) + 1 });
    return isModelField(field) ? t(`model.fields.${field}`) : field;
  };
  return (p) => {
    if (p.key === 'cost-model:problems.modelField') return t(p.key, { field: fieldLabel(p.field) });
    if (/^common:errors\.issues\./.test(p.key)) return `${fieldLabel(p.field)}: ${t(p.key, p.values)}`;
    return t(p.key, p.values);
  };
}
