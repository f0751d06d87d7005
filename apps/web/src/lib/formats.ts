function utcDate(iso: string): Date | null {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formatters for an Intl locale (`he-IL`), `unknown` standing for a missing value; what `useFormat` gives a page. */
export function formatsFor(locale: string, unknown: string) {
  const number = (n: number | null | undefined, options?: Intl.NumberFormatOptions) =>
    n === null || n === undefined ? unknown : new Intl.NumberFormat(locale, options).format(n);

  return {
    locale,
    unknown,
    number,
    /** A share between 0 and 1. */
    percent: (share: number | null | undefined) => number(share, { style: 'percent', maximumFractionDigits: 0 }),
    shekels: (agorot: number | null | undefined) =>
      agorot === null || agorot === undefined
        ? unknown
        : new Intl.NumberFormat(locale, { style: 'currency', currency: 'ILS' }).format(agorot / 100),
    /** A calendar day, `YYYY-MM-DD`. */
    date: (iso: string | null | undefined) => {
      const d = iso ? utcDate(iso) : null;
      return d ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d) : unknown;
    },
    /** A day of every year, by its month and day: "30 June". */
    dayOfYear: (month: number, day: number) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, month - 1, day))),
    /** A moment in time, shown in the viewer's time zone. */
    dateTime: (iso: string | null | undefined) => {
      const d = iso ? utcDate(iso) : null;
      return d ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d) : unknown;
    },
    /** A moment on Israel's clock, whatever the viewer's zone: a meeting's day and hour as its invitees were given them. */
    israelDateTime: (iso: string | null | undefined) => {
      const d = iso ? utcDate(iso) : null;
      return d ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Jerusalem' }).format(d) : unknown;
    },
    /** The day in Israel of a moment. */
    israelDate: (iso: string | null | undefined) => {
      const d = iso ? utcDate(iso) : null;
      return d ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jerusalem' }).format(d) : unknown;
    },
    /** Names joined as a sentence joins them: "a, b and c". */
    list: (names: readonly string[]) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names),
    /** A partial date a source gives: `2016`, `2025-10` or `2025-10-01`. */
    asOf: (value: string | null | undefined) => {
      if (!value) return unknown;
      if (/^\d{4}$/.test(value)) return value;
      const d = utcDate(value.length === 7 ? `${value}-01` : value);
      if (!d) return value;
      const options: Intl.DateTimeFormatOptions =
        value.length === 7 ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
      return new Intl.DateTimeFormat(locale, options).format(d);
    },
  };
}

export type Format = ReturnType<typeof formatsFor>;
