/** The calendar day in Israel at a moment, `YYYY-MM-DD`: the programme's days (a term, a rule's start) are Israel's. */
export function dayInIsrael(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
