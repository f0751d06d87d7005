import type { ValueKind } from '@eshkol/contracts/measurement';
import type { ApprovalQueue, AuthorityValues, ClusterIndicator, DueList, Indicator, ProgrammeIndicator, ServiceSavings } from '@eshkol/contracts/measurement-views';
import ExcelJS from 'exceljs';
import { sheet, toXlsxBook, type Column } from '../../platform/xlsx';
import { sheetColumns } from './values-sheet';

/** Every table of the measurement API as an Excel workbook, right to left, in Hebrew. */

const frequencyHe = { year: 'שנתי', half: 'חצי שנתי', quarter: 'רבעוני', month: 'חודשי' } as const;
const directionHe = { 'higher-is-better': 'גבוה יותר עדיף', 'lower-is-better': 'נמוך יותר עדיף' } as const;
const kindHe: Record<ValueKind, string> = { actual: 'בפועל', target: 'יעד', baseline: 'בסיס' };
const standingHe = { approved: 'אושר', submitted: 'ממתין לאישור', returned: 'הוחזר' } as const;
const indicatorKindHe = { service_level: 'רמת שירות', unit_cost: 'עלות ליחידה', coverage: 'כיסוי', satisfaction: 'שביעות רצון', response_time: 'זמן תגובה', quantity: 'כמות', other: 'אחר' } as const;
const money = (agorot: number | null) => (agorot === null ? null : agorot / 100);
const yesNo = (b: boolean) => (b ? 'כן' : 'לא');

/** What a value owed or waiting is of: its indicator, its authority and its period. */
const owedColumns = <T extends { indicator: { nameHe: string }; nameHe: string; period: string }>(): Column<T>[] => [
  { header: 'מדד', width: 36, value: (r) => r.indicator.nameHe },
  { header: 'רשות', width: 28, value: (r) => r.nameHe },
  { header: 'תקופה', value: (r) => r.period },
];

type Gaps = ClusterIndicator['periods'][number]['gaps'];
/** The columns of a set of gap measures, after those that say what the set is. */
function gapColumns<T>(gapsOf: (row: T) => Gaps): Column<T>[] {
  const g = (pick: (m: NonNullable<Gaps['gaps']>) => number | null) => (row: T) => {
    const m = gapsOf(row).gaps;
    return m ? pick(m) : null;
  };
  return [
    { header: 'מספר ערכים', value: (r) => gapsOf(r).n },
    { header: 'ממוצע', value: (r) => gapsOf(r).mean },
    { header: 'חציון', value: g((m) => m.median) },
    { header: 'מינימום', value: g((m) => m.min) },
    { header: 'מקסימום', value: g((m) => m.max) },
    { header: 'טווח', value: g((m) => m.range) },
    { header: 'יחס מקסימום למינימום', value: g((m) => m.maxMinRatio) },
    { header: 'מקדם השונות', value: g((m) => m.cv) },
    { header: 'מדד ג׳יני', value: g((m) => m.gini) },
    { header: 'מדד תייל', value: g((m) => m.theil) },
    { header: 'יחס רבעונים', value: g((m) => m.quartileRatio) },
  ];
}

export function indicatorsWorkbook(items: Indicator[]) {
  return toXlsxBook([
    sheet<Indicator>(
      'מדדים',
      [
        { header: 'מספר', width: 8, value: (i) => i.id },
        { header: 'שם', width: 36, value: (i) => i.nameHe },
        { header: 'יחידה', value: (i) => i.unitHe },
        { header: 'כיוון', value: (i) => directionHe[i.direction] },
        { header: 'תדירות', value: (i) => frequencyHe[i.frequency] },
        { header: 'סוג', value: (i) => indicatorKindHe[i.kind] },
        { header: 'תחום', value: (i) => i.domain },
        { header: 'שירות', width: 28, value: (i) => i.serviceNameHe },
        { header: 'אחראי', width: 24, value: (i) => i.owner },
        { header: 'ציבורי', value: (i) => yesNo(i.public) },
        { header: 'ערך מינימלי', value: (i) => i.minValue },
        { header: 'ערך מקסימלי', value: (i) => i.maxValue },
        { header: 'תקופה ראשונה', value: (i) => i.fromPeriod },
        { header: 'ימים להגשה', value: (i) => i.dueDays },
      ],
      items,
    ),
  ]);
}

export function clusterWorkbook(v: ClusterIndicator) {
  const names = new Map(v.authorities.map((a) => [a.id, a.nameHe]));
  type Cell = ClusterIndicator['periods'][number]['cells'][number] & { period: string };
  type Group = ClusterIndicator['periods'][number]['socioEconomic'][number] & { period: string };
  const cells = v.periods.flatMap((p) => p.cells.map((c) => ({ ...c, period: p.period })));
  const groups = (key: 'socioEconomic' | 'peripherality') => v.periods.flatMap((p) => p[key].map((g) => ({ ...g, period: p.period })));
  const groupSheet = (name: string, key: 'socioEconomic' | 'peripherality') =>
    sheet<Group>(name, [{ header: 'תקופה', value: (g) => g.period }, { header: 'אשכול', value: (g) => g.group ?? 'לא ידוע' }, ...gapColumns<Group>((g) => g)], groups(key));
  type Joined = NonNullable<ClusterIndicator['beforeAfter']>['joined'][number];
  return toXlsxBook([
    sheet<Cell>(
      'ערכים',
      [
        { header: 'תקופה', value: (c) => c.period },
        { header: 'רשות', width: 28, value: (c) => names.get(c.authorityId) ?? c.authorityId },
        { header: `בפועל (${v.indicator.unitHe})`, value: (c) => c.actual },
        { header: 'יעד', value: (c) => c.target },
        { header: 'מצב', value: (c) => (c.standing ? standingHe[c.standing] : null) },
      ],
      cells,
    ),
    sheet<ClusterIndicator['periods'][number]>('פערים', [{ header: 'תקופה', value: (p) => p.period }, ...gapColumns<ClusterIndicator['periods'][number]>((p) => p.gaps), { header: 'עמדו ביעד', value: (p) => p.targets.met }, { header: 'לא עמדו ביעד', value: (p) => p.targets.missed }], v.periods),
    groupSheet('לפי אשכול חברתי-כלכלי', 'socioEconomic'),
    groupSheet('לפי אשכול פריפריאליות', 'peripherality'),
    sheet<Joined>(
      'לפני ואחרי',
      [
        { header: 'רשות', width: 28, value: (j) => names.get(j.authorityId) ?? j.authorityId },
        { header: 'הצטרפה לשירות', value: (j) => j.joinedOn },
        { header: 'לפני', value: (j) => j.before?.mean ?? null },
        { header: 'אחרי', value: (j) => j.after?.mean ?? null },
        { header: 'שינוי', value: (j) => j.change },
        { header: 'שינוי ברשויות שלא הצטרפו', value: (j) => j.control?.change ?? null },
        { header: 'רשויות שלא הצטרפו', value: (j) => j.control?.before.n ?? 0 },
        { header: 'הפרש ההפרשים', value: (j) => j.difference },
      ],
      v.beforeAfter?.joined ?? [],
    ),
  ]);
}

export function programmeWorkbook(v: ProgrammeIndicator) {
  const authority = new Map(v.authorities.map((a) => [a.id, a.nameHe]));
  const cluster = new Map(v.clusters.map((c) => [c.slug, c.nameHe ?? c.slug]));
  type ClusterRow = ProgrammeIndicator['periods'][number]['clusters'][number] & { period: string };
  type ValueRowX = ProgrammeIndicator['periods'][number]['values'][number] & { period: string };
  return toXlsxBook([
    sheet<ProgrammeIndicator['periods'][number]>('כל התוכנית', [{ header: 'תקופה', value: (p) => p.period }, ...gapColumns<ProgrammeIndicator['periods'][number]>((p) => p.all)], v.periods),
    sheet<ClusterRow>('לפי אשכול', [{ header: 'תקופה', value: (r) => r.period }, { header: 'אשכול', width: 28, value: (r) => cluster.get(r.clusterSlug) ?? r.clusterSlug }, ...gapColumns<ClusterRow>((r) => r)], v.periods.flatMap((p) => p.clusters.map((c) => ({ ...c, period: p.period })))),
    sheet<ValueRowX>(
      'לפי רשות',
      [
        { header: 'תקופה', value: (r) => r.period },
        { header: 'רשות', width: 28, value: (r) => authority.get(r.authorityId) ?? r.authorityId },
        { header: 'אשכול', width: 28, value: (r) => (r.clusterSlug ? (cluster.get(r.clusterSlug) ?? r.clusterSlug) : null) },
        { header: `ערך (${v.indicator.unitHe})`, value: (r) => r.value },
      ],
      v.periods.flatMap((p) => p.values.map((x) => ({ ...x, period: p.period }))),
    ),
  ]);
}

export function authorityWorkbook(v: AuthorityValues) {
  type Row = AuthorityValues['indicators'][number]['values'][number] & { indicator: Indicator };
  return toXlsxBook([
    sheet<Row>(
      v.authority.nameHe,
      [
        { header: 'מדד', width: 36, value: (r) => r.indicator.nameHe },
        { header: 'יחידה', value: (r) => r.indicator.unitHe },
        { header: 'תקופה', value: (r) => r.period },
        { header: 'סוג', value: (r) => kindHe[r.kind] },
        { header: 'ערך מאושר', value: (r) => r.approved?.value ?? null },
        { header: 'גרסה אחרונה', value: (r) => r.latest?.version ?? null },
        { header: 'מצב הגרסה האחרונה', value: (r) => (r.latest ? standingHe[r.latest.state] : null) },
      ],
      v.indicators.flatMap((i) => i.values.map((x) => ({ ...x, indicator: i.indicator }))),
    ),
  ]);
}

export function dueWorkbook(v: DueList) {
  return toXlsxBook([
    sheet<DueList['items'][number]>(
      'ערכים להגשה',
      [
        ...owedColumns(),
        { header: 'מועד הגשה', value: (r) => r.dueOn },
        { header: 'באיחור', value: (r) => yesNo(r.overdue) },
        { header: 'הוחזר', value: (r) => yesNo(r.returned) },
      ],
      v.items,
    ),
  ]);
}

export function queueWorkbook(v: ApprovalQueue) {
  return toXlsxBook([
    sheet<ApprovalQueue['items'][number]>(
      'ממתינים לאישור',
      [
        ...owedColumns(),
        { header: 'סוג', value: (r) => kindHe[r.kind] },
        { header: 'ערך', value: (r) => r.value },
        { header: 'ערך מאושר קודם', value: (r) => r.approvedValue },
        { header: 'גרסה', value: (r) => r.version },
        { header: 'הערה', width: 40, value: (r) => r.comment },
        { header: 'הוזן על ידי', width: 24, value: (r) => r.submittedBy },
        { header: 'ימים בהמתנה', value: (r) => r.ageDays },
      ],
      v.items,
    ),
  ]);
}

export function savingsWorkbook(v: ServiceSavings) {
  type Row = ServiceSavings['periods'][number]['rows'][number] & { period: string };
  const source = { measured: 'נמדד', study: 'בחינת ההיתכנות' } as const;
  return toXlsxBook([
    sheet<Row>(
      'חיסכון',
      [
        { header: 'תקופה', value: (r) => r.period },
        { header: 'רשות', width: 28, value: (r) => r.nameHe },
        { header: 'כמות', value: (r) => r.quantity },
        { header: 'מקור הכמות', value: (r) => source[r.quantitySource] },
        { header: 'עלות בסיס ליחידה', value: (r) => r.baselineUnitCost },
        { header: 'עלות נמדדת ליחידה', value: (r) => r.measuredUnitCost },
        { header: 'עלות מובטחת ליחידה', value: (r) => r.promisedUnitCost },
        { header: 'חיסכון בפועל (₪)', value: (r) => money(r.achievedAgorot) },
        { header: 'חיסכון מובטח (₪)', value: (r) => money(r.promisedAgorot) },
        { header: 'מעבר להבטחה (₪)', value: (r) => money(r.againstPromiseAgorot) },
      ],
      v.periods.flatMap((p) => p.rows.map((r) => ({ ...r, period: p.period }))),
    ),
  ]);
}

/** The sheet to fill in: its columns (the period as text, so that Excel keeps `2025-07` as written), and the indicators and authorities to name. */
export async function templateWorkbook(indicators: Indicator[], authorities: { id: string; nameHe: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eshkol';
  const views = [{ rightToLeft: true, state: 'frozen' as const, ySplit: 1 }];
  const values = wb.addWorksheet('ערכים', { views });
  values.columns = (Object.keys(sheetColumns) as (keyof typeof sheetColumns)[]).map((k) => ({ header: sheetColumns[k][0], key: k, width: k === 'comment' ? 40 : 16 }));
  values.getRow(1).font = { bold: true };
  values.getColumn('period').numFmt = '@';
  const list = wb.addWorksheet('מדדים', { views });
  list.columns = [{ header: 'indicator_id', width: 12 }, { header: 'שם', width: 40 }, { header: 'יחידה', width: 14 }, { header: 'תדירות', width: 12 }, { header: 'דוגמה לתקופה', width: 14 }];
  list.getRow(1).font = { bold: true };
  const example = { year: '2025', half: '2025-H1', quarter: '2025-Q3', month: '2025-07' } as const;
  for (const i of indicators) list.addRow([i.id, i.nameHe, i.unitHe, frequencyHe[i.frequency], example[i.frequency]]);
  const registry = wb.addWorksheet('רשויות', { views });
  registry.columns = [{ header: 'authority_id', width: 14 }, { header: 'שם', width: 32 }];
  registry.getRow(1).font = { bold: true };
  for (const a of authorities) registry.addRow([a.id, a.nameHe]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
