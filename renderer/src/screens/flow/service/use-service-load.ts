import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../../shared/result.js';
import type { ServiceFailureCode } from './service-problems.js';

export type Load<T> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly value: T }
  | { readonly phase: 'failed'; readonly code: ServiceFailureCode };

/**
 * Loads what a screen shows from the backend once (and again on retry). A value the flow already holds is
 * used as is, so 返回 to a page does not ask the platform twice. A reply that arrives after the screen has
 * gone is dropped.
 */
export function useServiceLoad<T>(
  loader: () => Promise<Result<T, ServiceFailureCode>>,
  held?: T,
): { load: Load<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load<T>>(
    held !== undefined ? { phase: 'ready', value: held } : { phase: 'loading' },
  );
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const heldRef = useRef(held);
  useEffect(() => {
    if (attempt === 0 && heldRef.current !== undefined) return undefined;
    let live = true;
    setLoad({ phase: 'loading' });
    void loaderRef.current().then(
      (result) => {
        if (!live) return;
        setLoad(result.ok ? { phase: 'ready', value: result.value } : { phase: 'failed', code: result.error.code });
      },
      () => live && setLoad({ phase: 'failed', code: 'internalError' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
