import { rule } from '../../platform/permissions';

/** Who may do what with clusters and their membership: declared once, here. */
export const clusterRules = {
  /** Creating and editing clusters, and recording who joins and leaves: the programme's management. */
  manage: rule(['ministry']),
};
