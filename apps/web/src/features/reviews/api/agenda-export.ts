import { withQuery } from '../../../lib/api-client';

/** The meeting agenda of chosen submissions as an Excel workbook (a plain download link). */
export const agendaWorkbookPath = (ids: number[]) => withQuery('/api/v1/submissions/agenda.xlsx', { ids: ids.join(',') });
