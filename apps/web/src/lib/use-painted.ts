import { useEffect, useState } from 'react';

/**
 * Whether the frame that first showed the caller with `ready` true has been painted (known in the
 * task after that frame's animation callback). What renders only then — a chart's drawing, what a
 * page shows below its key figures — does not hold that frame up.
 */
export function usePainted(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [ready, painted]);
  return painted;
}
