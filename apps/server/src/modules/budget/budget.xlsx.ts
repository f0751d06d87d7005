import type { ledgerEntrySchema, Programme } from '@eshkol/contracts/budget';
import type { z } from 'zod';
import { sheet, toXlsxBook } from '../../platform/xlsx';

const shekels = (agorot: number) => agorot / 100;
const milestoneStatesHe: Record<string, string> = { planned: 'מתוכננת', done: 'בוצעה', paid: 'שולמה' };
const ledgerKindsHe: Record<string, string> = { allocate: 'הקצאה', withdraw: 'החזרת הקצאה', commit: 'התחייבות', release: 'שחרור התחייבות', pay: 'תשלום' };

type ClusterRow = Programme['clusters'][number];
type ProjectRow = Programme['projects'][number];
type MilestoneRow = ProjectRow['milestones'][number] & { project: string };
type LedgerRow = z.infer<typeof ledgerEntrySchema>;

/** The budget workbook, right to left: per cluster, per project, every milestone and every ledger entry; amounts in shekels. */
export function budgetWorkbook(p: Programme, ledger: LedgerRow[], clusterName: (slug: string) => string) {
  const projectName = new Map(p.projects.map((r) => [r.serviceId, r.nameHe]));
  const totals: ClusterRow = {
    clusterSlug: '',
    allocated: p.clusters.reduce((s, c) => s + c.allocated, 0),
    committed: p.clusters.reduce((s, c) => s + c.committed, 0),
    paid: p.clusters.reduce((s, c) => s + c.paid, 0),
    available: p.clusters.reduce((s, c) => s + c.available, 0),
  };
  const clusters = sheet<ClusterRow>(
    'אשכולות',
    [
      { header: 'אשכול', width: 28, value: (c) => (c.clusterSlug ? clusterName(c.clusterSlug) : 'סה"כ') },
      { header: 'הוקצה (₪)', value: (c) => shekels(c.allocated) },
      { header: 'התחייבויות (₪)', value: (c) => shekels(c.committed) },
      { header: 'שולם (₪)', value: (c) => shekels(c.paid) },
      { header: 'יתרה זמינה (₪)', value: (c) => shekels(c.available) },
    ],
    [...p.clusters, totals],
  );
  const projects = sheet<ProjectRow>(
    'פרויקטים',
    [
      { header: 'אשכול', width: 24, value: (r) => clusterName(r.clusterSlug) },
      { header: 'פרויקט', width: 32, value: (r) => r.nameHe },
      { header: 'מענק שהתחייבו לו (₪)', value: (r) => shekels(r.committed) },
      { header: 'שולם (₪)', value: (r) => shekels(r.paid) },
      { header: 'יתרה לתשלום (₪)', value: (r) => shekels(r.unpaid) },
      { header: 'אבני דרך', value: (r) => r.milestones.length },
    ],
    p.projects,
  );
  const milestones = sheet<MilestoneRow>(
    'אבני דרך',
    [
      { header: 'פרויקט', width: 32, value: (m) => m.project },
      { header: 'אבן דרך', width: 28, value: (m) => m.title },
      { header: 'מועד מתוכנן', value: (m) => m.plannedOn },
      { header: 'סכום (₪)', value: (m) => shekels(m.amountAgorot) },
      { header: 'תוצר', width: 32, value: (m) => m.deliverable },
      { header: 'מצב', value: (m) => milestoneStatesHe[m.state] ?? m.state },
    ],
    p.projects.flatMap((r) => r.milestones.map((m) => ({ ...m, project: r.nameHe }))),
  );
  const entries = sheet<LedgerRow>(
    'תנועות',
    [
      { header: 'מס׳', width: 8, value: (e) => e.id },
      { header: 'מועד', width: 20, value: (e) => e.at.slice(0, 10) },
      { header: 'סוג', value: (e) => ledgerKindsHe[e.kind] ?? e.kind },
      { header: 'אשכול', width: 24, value: (e) => clusterName(e.clusterSlug) },
      { header: 'פרויקט', width: 32, value: (e) => (e.serviceId === null ? '' : (projectName.get(e.serviceId) ?? '')) },
      { header: 'סכום (₪)', value: (e) => shekels(e.amountAgorot) },
      { header: 'הערה', width: 28, value: (e) => (e.decisionId !== null && (e.kind === 'commit' || e.kind === 'release') ? `לפי החלטת ועדה מס׳ ${e.decisionId}` : e.note) },
      { header: 'על ידי', width: 20, value: (e) => e.by },
    ],
    ledger,
  );
  return toXlsxBook([clusters, projects, milestones, entries]);
}
