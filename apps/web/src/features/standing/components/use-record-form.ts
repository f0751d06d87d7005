import { useState, type FormEvent } from 'react';

/**
 * A standing form's state: its values, whether its fields' own checks are shown yet (after the
 * first submit), its closing (which empties it and forgets the last failure), and its submit,
 * which sends only when no field's own check refuses it.
 */
export function useRecordForm<V>(empty: V, reset: () => void, onClose: () => void) {
  const [v, setV] = useState(empty);
  const [touched, setTouched] = useState(false);
  const close = () => {
    setV(empty);
    setTouched(false);
    reset();
    onClose();
  };
  const submitWith = (errors: Readonly<Record<string, string | null>>, send: () => void) => (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.values(errors).some((e) => e !== null)) return;
    send();
  };
  /** A field's error: its own check once submitted, else what the server said of it. */
  const shownOf =
    <K extends string>(errors: Readonly<Record<K, string | null>>, server: (k: NoInfer<K>) => string | undefined) =>
    (k: K) =>
      (touched ? errors[k] : null) ?? server(k);
  return { v, setV, close, submitWith, shownOf };
}
