/**
 * Typed errors of the cost-sharing engine. Each has a stable `code` (callers map it to an HTTP
 * status or an exit code) and a message in English and Hebrew. The engine never returns a wrong
 * answer silently: anything it cannot compute faithfully is one of these.
 */
export type CostSharingErrorCode =
  | 'NO_PLAYERS'
  | 'DUPLICATE_PLAYER'
  | 'UNKNOWN_PLAYER'
  | 'DUPLICATE_MEMBER'
  | 'DUPLICATE_COALITION'
  | 'MISSING_COALITION'
  | 'INVALID_VALUE'
  | 'GAME_SOURCE'
  | 'INVALID_MODEL'
  | 'MISSING_QUANTITY'
  | 'INVALID_WEIGHTS'
  | 'TOO_MANY_PLAYERS'
  | 'EMPTY_IMPUTATION_SET'
  | 'SCRB_UNDEFINED'
  | 'SOLVER_FAILED';

export interface LocalizedMessage {
  readonly en: string;
  readonly he: string;
}

export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: CostSharingErrorCode,
    readonly messages: LocalizedMessage,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(messages.en);
  }
}

const list = (names: readonly string[]): string => `{${names.join(', ')}}`;

/** Constructors for every error, so that messages are written once. */
export const costSharingErrors = {
  noPlayers: () => new EngineError('NO_PLAYERS', { en: 'At least one participant is required', he: 'נדרש לפחות משתתף אחד' }),
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
  invalidValue: (what: string, value: unknown, rule: 'finite' | 'non-negative') =>
    new EngineError(
      'INVALID_VALUE',
      rule === 'finite'
        ? { en: `${what} must be a finite number (got ${String(value)})`, he: `${what} חייב להיות מספר סופי (התקבל ${String(value)})` }
        : { en: `${what} must not be negative (got ${String(value)})`, he: `${what} אינו יכול להיות שלילי (התקבל ${String(value)})` },
      { what, value: String(value) },
    ),
  gameSource: () =>
    new EngineError('GAME_SOURCE', {
      en: 'Give either the value of every group or a cost model, not both',
      he: 'יש לתת או את ערכה של כל קבוצה או מודל עלות, לא את שניהם',
    }),
  invalidModel: (reason: string, reasonHe: string) =>
    new EngineError('INVALID_MODEL', { en: `Invalid cost model: ${reason}`, he: `מודל העלות אינו תקין: ${reasonHe}` }, { reason }),
  missingQuantity: (player: string) =>
    new EngineError(
      'MISSING_QUANTITY',
      { en: `The cost model has no quantity for "${player}"`, he: `במודל העלות אין כמות עבור "${player}"` },
      { player },
    ),
  invalidWeights: (reason: string, reasonHe: string) =>
    new EngineError('INVALID_WEIGHTS', { en: `Invalid weights: ${reason}`, he: `המשקלות אינם תקינים: ${reasonHe}` }, { reason }),
  tooManyPlayers: (what: LocalizedMessage, players: number, limit: number, instead: LocalizedMessage) =>
    new EngineError(
      'TOO_MANY_PLAYERS',
      {
        en: `${what.en} is limited to ${limit} participants (got ${players}); ${instead.en}`,
        he: `${what.he} מוגבל ל-${limit} משתתפים (התקבלו ${players}); ${instead.he}`,
      },
      { what: what.en, players, limit },
    ),
  emptyImputationSet: () =>
    new EngineError('EMPTY_IMPUTATION_SET', {
      en: 'The nucleolus is undefined: together the participants are worth less than apart, so no allocation leaves every one of them as well off as alone; use the pre-nucleolus',
      he: 'הגרעינון (nucleolus) אינו מוגדר: יחד המשתתפים שווים פחות מאשר כל אחד לחוד, ולכן אין חלוקה שבה כל אחד מהם אינו מפסיד לעומת פעולה לבד; השתמשו בקדם-גרעינון (pre-nucleolus)',
    }),
  scrbUndefined: () =>
    new EngineError('SCRB_UNDEFINED', {
      en: 'SCRB is undefined for this game: the remaining benefits add up to zero while a non-separable cost remains',
      he: 'שיטת SCRB אינה מוגדרת למשחק זה: סכום התועלות הנותרות הוא אפס אך נותרה עלות שאינה ניתנת להפרדה',
    }),
  solverFailed: (status: string) =>
    new EngineError(
      'SOLVER_FAILED',
      { en: `The linear programming solver failed (${status})`, he: `פותר התכנון הלינארי נכשל (${status})` },
      { status },
    ),
};
