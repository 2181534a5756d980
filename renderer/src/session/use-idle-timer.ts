import { useCallback, useEffect, useRef, useState } from 'react';

export interface IdleTimerOptions {
  readonly enabled: boolean;
  readonly warnAfterSeconds: number;
  readonly countdownSeconds: number;
  readonly maxExtensions: number;
  /** Called once when the countdown runs out: the session must be wiped. */
  readonly onExpire: () => void;
}

export interface IdleTimerState {
  readonly warning: boolean;
  readonly secondsLeft: number;
  readonly extensionsLeft: number;
  /** "继续办理": hides the warning and starts a fresh idle period. */
  readonly extend: () => void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;

/**
 * After `warnAfterSeconds` without a touch or a key, a warning with a countdown (ARCHITECTURE.md, 'Sessions and
 * wiping': 120 s, then 30–45 s); the citizen may extend at least ten times; then the session ends. While the
 * warning shows, only its button extends — a stray touch elsewhere must not silently keep a forgotten session
 * alive.
 */
export function useIdleTimer(options: IdleTimerOptions): IdleTimerState {
  const { enabled, warnAfterSeconds, countdownSeconds, maxExtensions } = options;
  const onExpire = useRef(options.onExpire);
  onExpire.current = options.onExpire;
  const [warning, setWarning] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(countdownSeconds);
  const [extensionsUsed, setExtensionsUsed] = useState(0);
  const [period, setPeriod] = useState(0);
  const warningRef = useRef(false);
  warningRef.current = warning;

  // Idle period: restart on every activity while no warning is showing.
  useEffect(() => {
    if (!enabled) return undefined;
    let timer = window.setTimeout(() => setWarning(true), warnAfterSeconds * 1000);
    const onActivity = () => {
      if (warningRef.current) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setWarning(true), warnAfterSeconds * 1000);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, warnAfterSeconds, period]);

  // Countdown while the warning shows.
  useEffect(() => {
    if (!enabled || !warning) return undefined;
    const deadline = Date.now() + countdownSeconds * 1000;
    setSecondsLeft(countdownSeconds);
    const tick = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        window.clearInterval(tick);
        setWarning(false);
        setExtensionsUsed(0);
        onExpire.current();
      }
    }, 250);
    return () => window.clearInterval(tick);
  }, [enabled, warning, countdownSeconds]);

  // A new session (or the attract screen) starts with a clean slate.
  useEffect(() => {
    if (!enabled) {
      setWarning(false);
      setExtensionsUsed(0);
    }
  }, [enabled]);

  const extend = useCallback(() => {
    setExtensionsUsed((used) => used + 1);
    setWarning(false);
    setPeriod((p) => p + 1);
  }, []);

  return { warning, secondsLeft, extensionsLeft: Math.max(0, maxExtensions - extensionsUsed), extend };
}
