import { rule } from '../../platform/permissions';

/** Who may import: declared once, here. */
export const importRules = {
  /** Importing the registry from CSV: the programme's management. */
  run: rule(['ministry']),
};
