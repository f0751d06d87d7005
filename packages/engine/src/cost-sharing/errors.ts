/**
 * Typed errors of the cost-sharing engine. Each has a stable `code` (callers map it to an HTTP
 * status or an exit code), a message in English and Hebrew, and `params`: the figures and names
 * its message gives, so that a page can word it in its own language. The engine never returns a
 * wrong answer silently: anything it cannot compute faithfully is one of these.
 */

/** What a computation refused for too many participants was; each has its limit in `limits`. */
export type LimitedComputation = 'exact-shapley' | 'owen' | 'banzhaf' | 'nucleolus' | 'prenucleolus' | 'least-core' | 'explicit-game' | 'game-table' | 'sensitivity';

/** What a value that must be a (non-negative) number was given for. */
export type ValueSubject =
  | { of: 'empty-group' }
  | { of: 'coalition'; members: readonly string[] }
  | { of: 'quantity'; player: string }
  /** A participant's level on a facility (the airport game). */
  | { of: 'level'; player: string }
  | { of: 'stand-alone-cost'; player: string }
  | { of: 'weight'; player: string }
  /** What the cost model prices the largest group at. */
  | { of: 'joint-cost' };

type NoParams = Record<string, never>;

/** What is wrong with a cost model (INVALID_MODEL). */
export const modelFaults = [
  'fixed-negative',
  'scale-negative',
  'exponent-not-positive',
  'capacity-not-positive',
  'costs-negative',
  'unit-prices-negative',
  'first-tier-not-zero',
  'tiers-not-increasing',
  'first-segment-not-zero',
  'segments-not-increasing',
] as const;
export type ModelFault = (typeof modelFaults)[number];

const modelFaultWords: Record<ModelFault, LocalizedMessage> = {
  'fixed-negative': { en: 'the fixed cost must be a non-negative number', he: 'העלות הקבועה חייבת להיות מספר אי-שלילי' },
  'scale-negative': { en: 'the scale must be a non-negative number', he: 'מקדם הקנה-מידה חייב להיות מספר אי-שלילי' },
  'exponent-not-positive': { en: 'the exponent must be positive', he: 'המעריך חייב להיות חיובי' },
  'capacity-not-positive': { en: 'the capacity must be positive', he: 'הקיבולת חייבת להיות חיובית' },
  'costs-negative': { en: 'costs must be non-negative numbers', he: 'העלויות חייבות להיות מספרים אי-שליליים' },
  'unit-prices-negative': { en: 'unit prices must be non-negative numbers', he: 'מחירי היחידה חייבים להיות אי-שליליים' },
  'first-tier-not-zero': { en: 'the first tier must start at 0', he: 'המדרגה הראשונה חייבת להתחיל ב-0' },
  'tiers-not-increasing': { en: 'tiers must start at increasing quantities', he: 'המדרגות חייבות להתחיל בכמויות עולות' },
  'first-segment-not-zero': { en: 'the first segment must start at level 0', he: 'המקטע הראשון חייב להתחיל ברמה 0' },
  'segments-not-increasing': { en: 'segments must start at increasing levels', he: 'המקטעים חייבים להתחיל ברמות עולות' },
};

/** What is wrong with the proportional method's weights (INVALID_WEIGHTS). */
export const weightFaults = ['weights-missing', 'weight-missing', 'weight-negative', 'weights-sum-zero'] as const;
export type WeightFault = (typeof weightFaults)[number];

/** The params of each error, by code. */
export interface CostSharingErrorParams {
  NO_PLAYERS: NoParams;
  DUPLICATE_PLAYER: { player: string };
  /** `where`: the field (`quantities`, `standAloneCosts`, `weights`) or the group, as `{a, b}`. */
  UNKNOWN_PLAYER: { player: string; where: string };
  DUPLICATE_MEMBER: { player: string; members: readonly string[] };
  DUPLICATE_COALITION: { members: readonly string[] };
  MISSING_COALITION: { members: readonly string[]; missingCount: number };
  INVALID_VALUE: { subject: ValueSubject; value: string; rule: 'finite' | 'non-negative' };
  /** A value beyond what the engine computes with exactly (`limits.maxMoney`, `limits.maxQuantity`). */
  VALUE_TOO_LARGE: { subject: ValueSubject; value: string; limit: number };
  GAME_SOURCE: NoParams;
  /** `reason`: what is wrong with the model. */
  INVALID_MODEL: { reason: ModelFault };
  MISSING_QUANTITY: { player: string };
  /** `reason`: what is wrong with the weights; `player`: the participant it names (`weight-missing`, `weight-negative`). */
  INVALID_WEIGHTS: { reason: WeightFault; player?: string };
  TOO_MANY_PLAYERS: { computation: LimitedComputation; players: number; limit: number };
  EMPTY_IMPUTATION_SET: NoParams;
  SCRB_UNDEFINED: NoParams;
  /** The Owen value asked with participants that have no bloc: the first of them and how many. */
  BLOCS_MISSING: { player: string; missing: number };
  BANZHAF_UNDEFINED: NoParams;
  SOLVER_FAILED: { status: string };
  /** No answer of the LPs could be proven to be the (pre-)nucleolus exactly. */
  NOT_CERTIFIED: { method: 'nucleolus' | 'prenucleolus' };
  /** An option of the sensitivity analysis out of its range: `range` (0 < range ≤ 0.5) or `points` (odd, 3–21). */
  INVALID_SENSITIVITY: { option: 'range' | 'points'; value: number };
}

export type CostSharingErrorCode = keyof CostSharingErrorParams;

export interface LocalizedMessage {
  readonly en: string;
  readonly he: string;
}

export class EngineError<C extends CostSharingErrorCode = CostSharingErrorCode> extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: C,
    readonly messages: LocalizedMessage,
    readonly params: Readonly<CostSharingErrorParams[C]>,
  ) {
    super(messages.en);
  }
}

/**
 * Errors that mean the engine itself failed, whatever the input: callers answer them as an internal
 * failure (an HTTP 5xx, the CLI's exit code 1), never as bad input.
 */
const internalErrorCodes: ReadonlySet<string> = new Set<CostSharingErrorCode>(['SOLVER_FAILED', 'NOT_CERTIFIED']);

export const isInternalError = (code: string): boolean => internalErrorCodes.has(code);

const list = (names: readonly string[]): string => `{${names.join(', ')}}`;

const useShapley = {
  en: 'use the Shapley value (exact up to 25 participants, and beyond for a cost model of whole quantities; sampled otherwise)',
  he: 'השתמשו בערך שפלי (מדויק עד 25 משתתפים, ומעבר לכך במודל עלות של כמויות שלמות; בדגימה בכל מקרה אחר)',
};

/** How a message names each limited computation, and what it proposes instead. */
const limitedComputations: Record<LimitedComputation, { what: LocalizedMessage; instead: LocalizedMessage }> = {
  'exact-shapley': {
    what: { en: 'The exact Shapley value', he: 'חישוב מדויק של ערך שפלי' },
    instead: {
      en: 'estimate it by sampling (set options.shapleySamples or options.shapleyPrecision); beyond 25 it is exact only for a cost model whose quantities are whole multiples of a common step, not too many of them together',
      he: 'העריכו אותו בדגימה (options.shapleySamples או options.shapleyPrecision); מעבר ל-25 הוא מדויק רק במודל עלות שכמויותיו הן כפולות שלמות של יחידה משותפת, ולא רבות מדי יחד',
    },
  },
  owen: { what: { en: 'The Owen value', he: 'חישוב ערך אוון' }, instead: useShapley },
  banzhaf: { what: { en: 'The Banzhaf value', he: 'חישוב ערך בנצף' }, instead: useShapley },
  nucleolus: { what: { en: 'The nucleolus', he: 'חישוב הגרעינון' }, instead: useShapley },
  prenucleolus: { what: { en: 'The pre-nucleolus', he: 'חישוב קדם-הגרעינון' }, instead: useShapley },
  'least-core': { what: { en: 'The least core', he: 'חישוב הליבה המזערית' }, instead: useShapley },
  'explicit-game': {
    what: { en: 'A game given group by group', he: 'משחק שבו כל קבוצה ניתנת במפורש' },
    instead: { en: 'describe the costs with a cost model instead', he: 'תארו את העלויות במודל עלות במקום זאת' },
  },
  'game-table': { what: { en: 'Listing every group', he: 'פירוט כל הקבוצות' }, instead: { en: 'use a sampling method', he: 'השתמשו בשיטה מבוססת דגימה' } },
  sensitivity: {
    what: { en: 'The sensitivity analysis of this method', he: 'ניתוח הרגישות של שיטה זו' },
    instead: { en: 'analyse the Shapley value or the proportional shares instead', he: 'נתחו במקומה את ערך שפלי או את החלוקה היחסית' },
  },
};

/** The subject of an invalid value as its message names it (in English in both languages). */
function valueSubject(subject: ValueSubject): string {
  switch (subject.of) {
    case 'empty-group':
      return 'A group';
    case 'coalition':
      return `The value of ${list(subject.members)}`;
    case 'quantity':
      return `The quantity of "${subject.player}"`;
    case 'level':
      return `The level of "${subject.player}"`;
    case 'stand-alone-cost':
      return `The stand-alone cost of "${subject.player}"`;
    case 'weight':
      return `The weight of "${subject.player}"`;
    case 'joint-cost':
      return 'The cost of all the participants together';
  }
}

/** Constructors for every error, so that messages are written once. */
export const costSharingErrors = {
  noPlayers: () => new EngineError('NO_PLAYERS', { en: 'At least one participant is required', he: 'נדרש לפחות משתתף אחד' }, {}),
  duplicatePlayer: (player: string) =>
    new EngineError('DUPLICATE_PLAYER', { en: `Participant "${player}" appears twice`, he: `המשתתף "${player}" מופיע פעמיים` }, { player }),
  unknownPlayer: (player: string, where: string) =>
    new EngineError(
      'UNKNOWN_PLAYER',
      { en: `"${player}" in ${where} is not one of the participants`, he: `"${player}" ב-${where} אינו אחד המשתתפים` },
      { player, where },
    ),
  duplicateMember: (player: string, members: readonly string[]) =>
    new EngineError(
      'DUPLICATE_MEMBER',
      { en: `Participant "${player}" is listed twice in group ${list(members)}`, he: `המשתתף "${player}" מופיע פעמיים בקבוצה ${list(members)}` },
      { player, members },
    ),
  duplicateCoalition: (members: readonly string[]) =>
    new EngineError(
      'DUPLICATE_COALITION',
      { en: `Group ${list(members)} is given twice`, he: `הקבוצה ${list(members)} מופיעה פעמיים` },
      { members },
    ),
  missingCoalition: (members: readonly string[], missingCount: number) =>
    new EngineError(
      'MISSING_COALITION',
      {
        en: `The value of group ${list(members)} is missing (${missingCount} group(s) missing in all); every non-empty group needs a value`,
        he: `חסר ערך לקבוצה ${list(members)} (חסרות ${missingCount} קבוצות בסך הכול); לכל קבוצה לא ריקה נדרש ערך`,
      },
      { members, missingCount },
    ),
  invalidValue: (subject: ValueSubject, value: unknown, rule: 'finite' | 'non-negative') => {
    const what = valueSubject(subject);
    return new EngineError(
      'INVALID_VALUE',
      rule === 'finite'
        ? { en: `${what} must be a finite number (got ${String(value)})`, he: `${what} חייב להיות מספר סופי (התקבל ${String(value)})` }
        : { en: `${what} must not be negative (got ${String(value)})`, he: `${what} אינו יכול להיות שלילי (התקבל ${String(value)})` },
      { subject, value: String(value), rule },
    );
  },
  valueTooLarge: (subject: ValueSubject, value: number, limit: number) => {
    const what = valueSubject(subject);
    return new EngineError(
      'VALUE_TOO_LARGE',
      {
        en: `${what} is beyond what the engine computes with exactly (got ${String(value)}, at most ${limit})`,
        he: `${what} גדול מהטווח שהמנוע מחשב בו במדויק (התקבל ${String(value)}, לכל היותר ${limit})`,
      },
      { subject, value: String(value), limit },
    );
  },
  gameSource: () =>
    new EngineError('GAME_SOURCE', {
      en: 'Give one of: the value of every group (coalitions, or values in compact form), a cost model or a facility',
      he: 'יש לתת אחד מאלה: את ערכה של כל קבוצה (coalitions, או values בצורה המקוצרת), מודל עלות או מתקן',
    }, {}),
  invalidModel: (reason: ModelFault) => {
    const words = modelFaultWords[reason];
    return new EngineError('INVALID_MODEL', { en: `Invalid cost model: ${words.en}`, he: `מודל העלות אינו תקין: ${words.he}` }, { reason });
  },
  /** A participant without a quantity in the cost model (or without a level on the facility, `levels`). */
  missingQuantity: (player: string, field: 'quantities' | 'levels' = 'quantities') =>
    new EngineError(
      'MISSING_QUANTITY',
      field === 'levels'
        ? { en: `The facility has no level for "${player}"`, he: `במתקן אין רמה עבור "${player}"` }
        : { en: `The cost model has no quantity for "${player}"`, he: `במודל העלות אין כמות עבור "${player}"` },
      { player },
    ),
  invalidWeights: (...[reason, player]: [reason: 'weights-missing' | 'weights-sum-zero'] | [reason: 'weight-missing' | 'weight-negative', player: string]) => {
    const words: Record<WeightFault, LocalizedMessage> = {
      'weights-missing': { en: 'every participant needs a weight', he: 'לכל משתתף נדרש משקל' },
      'weight-missing': { en: `"${player}" has no weight`, he: `ל-"${player}" אין משקל` },
      'weight-negative': { en: `the weight of "${player}" must be a non-negative number`, he: `המשקל של "${player}" חייב להיות מספר אי-שלילי` },
      'weights-sum-zero': { en: 'the weights add up to zero', he: 'סכום המשקלות הוא אפס' },
    };
    const { en, he } = words[reason];
    return new EngineError('INVALID_WEIGHTS', { en: `Invalid weights: ${en}`, he: `המשקלות אינם תקינים: ${he}` }, player === undefined ? { reason } : { reason, player });
  },
  tooManyPlayers: (computation: LimitedComputation, players: number, limit: number) => {
    const { what, instead } = limitedComputations[computation];
    return new EngineError(
      'TOO_MANY_PLAYERS',
      {
        en: `${what.en} is limited to ${limit} participants (got ${players}); ${instead.en}`,
        he: `${what.he} מוגבל ל-${limit} משתתפים (התקבלו ${players}); ${instead.he}`,
      },
      { computation, players, limit },
    );
  },
  emptyImputationSet: () =>
    new EngineError('EMPTY_IMPUTATION_SET', {
      en: 'The nucleolus is undefined: together the participants are worth less than apart, so no allocation leaves every one of them as well off as alone; use the pre-nucleolus',
      he: 'הגרעינון (nucleolus) אינו מוגדר: יחד המשתתפים שווים פחות מאשר כל אחד לחוד, ולכן אין חלוקה שבה כל אחד מהם אינו מפסיד לעומת פעולה לבד; השתמשו בקדם-גרעינון (pre-nucleolus)',
    }, {}),
  scrbUndefined: () =>
    new EngineError('SCRB_UNDEFINED', {
      en: 'SCRB is undefined for this game: the remaining benefits add up to zero while a non-separable cost remains',
      he: 'שיטת SCRB אינה מוגדרת למשחק זה: סכום התועלות הנותרות הוא אפס אך נותרה עלות שאינה ניתנת להפרדה',
    }, {}),
  blocsMissing: (player: string, missing: number) =>
    new EngineError(
      'BLOCS_MISSING',
      {
        en: `The Owen value needs every participant's bloc: "${player}" has none (${missing} participant(s) without one); give each a bloc in blocs, or use the Shapley value`,
        he: `ערך אוון דורש גוש לכל משתתף: ל-"${player}" אין גוש (${missing} משתתפים ללא גוש); תנו לכל משתתף גוש ב-blocs, או השתמשו בערך שפלי`,
      },
      { player, missing },
    ),
  banzhafUndefined: () =>
    new EngineError('BANZHAF_UNDEFINED', {
      en: 'The normalised Banzhaf value is undefined for this game: its shares before scaling add up to zero while the joint value does not; use the Shapley value',
      he: 'ערך בנצף המנורמל אינו מוגדר למשחק זה: סכום החלקים לפני הנרמול הוא אפס אך הערך המשותף אינו אפס; השתמשו בערך שפלי',
    }, {}),
  solverFailed: (status: string) =>
    new EngineError(
      'SOLVER_FAILED',
      { en: `The linear programming solver failed (${status})`, he: `פותר התכנון הלינארי נכשל (${status})` },
      { status },
    ),
  invalidSensitivity: (option: 'range' | 'points', value: number) =>
    new EngineError(
      'INVALID_SENSITIVITY',
      option === 'range'
        ? { en: `The range of the sensitivity analysis must be more than 0 and at most 0.5 (±50%); got ${value}`, he: `טווח ניתוח הרגישות חייב להיות גדול מ-0 ולכל היותר 0.5 (±50%); התקבל ${value}` }
        : { en: `The sensitivity analysis takes an odd number of points from 3 to 21; got ${value}`, he: `ניתוח הרגישות מקבל מספר אי-זוגי של נקודות, מ-3 עד 21; התקבל ${value}` },
      { option, value },
    ),
  notCertified: (method: 'nucleolus' | 'prenucleolus') =>
    new EngineError(
      'NOT_CERTIFIED',
      {
        en: `The ${method === 'nucleolus' ? 'nucleolus' : 'pre-nucleolus'} could not be computed with certainty for these figures: the solver's answer did not pass the exact check, so none is given; use another method`,
        he: `לא ניתן היה לחשב בוודאות את ה${method === 'nucleolus' ? 'גרעינון (nucleolus)' : 'קדם-גרעינון (pre-nucleolus)'} עבור נתונים אלה: תשובת הפותר לא עמדה בבדיקה המדויקת, ולכן אינה ניתנת; השתמשו בשיטה אחרת`,
      },
      { method },
    ),
};
