import { programmePath } from './budget-keys';

/** The programme's balances, projects and ledger as an Excel workbook (a plain download link). */
export const programmeWorkbookPath = (programmeId: number) => `${programmePath(programmeId)}/export.xlsx`;
