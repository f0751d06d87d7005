import { createContext, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';

type Report = (field: string, refused: boolean) => void;

const RefusalsContext = createContext<Report | null>(null);

/**
 * Which number fields of a form refuse what is typed in them. Each field says why beside itself;
 * the form only needs to know that one does, to refuse saving (or computing) while it does — a
 * refused field holds no value, and saving without it would lose what the user typed.
 */
export function useNumberRefusals() {
  const [refused, setRefused] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>(
    (field, isRefused) =>
      setRefused((current) => {
        if (current.has(field) === isRefused) return current;
        const next = new Set(current);
        if (isRefused) next.add(field);
        else next.delete(field);
        return next;
      }),
    [],
  );
  return { count: refused.size, report };
}

/** The number fields inside report to the form that holds `report`. */
export function NumberRefusals({ report, children }: { report: Report; children: ReactNode }) {
  return <RefusalsContext.Provider value={report}>{children}</RefusalsContext.Provider>;
}

/** A field tells its form whether it refuses what is typed, and forgets it when it goes away. */
export function useReportRefusal(refused: boolean) {
  const report = useContext(RefusalsContext);
  const field = useId();
  useEffect(() => {
    if (!report) return;
    report(field, refused);
    return () => report(field, false);
  }, [report, field, refused]);
}

/** Moves the focus to the first field inside `container` that refuses what is typed in it. */
export function focusFirstRefused(container: HTMLElement | null) {
  container?.querySelector<HTMLInputElement>('input[data-refused="true"]')?.focus();
}
