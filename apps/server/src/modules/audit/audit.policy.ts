import { rule } from '../../platform/permissions';

/** Who may read the audit log: declared once, here. */
export const auditRules = {
  /** The whole log, and any owner's story in it: the programme's management. */
  read: rule(['ministry']),
};
