import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';

/** Seconds counting down to 0, one a second, only while `running`; the setter lets a page shorten it. */
export function useCountdown(from: number, running: boolean): [number, Dispatch<SetStateAction<number>>] {
  const [seconds, setSeconds] = useState(from);
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return [seconds, setSeconds];
}
