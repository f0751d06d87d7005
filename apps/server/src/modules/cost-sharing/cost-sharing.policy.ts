import { rule } from '../../platform/permissions';

/** Who may use the calculator: declared once, here. */
export const costSharingRules = {
  /** Computing shares changes no data; those who plan and review joint services may run it. */
  compute: rule(['ministry', 'cluster_staff', 'committee', 'finance']),
};
