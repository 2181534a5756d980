import { createContext, useContext, useEffect } from 'react';

/**
 * Lets a screen hold off the idle timeout while the citizen is busy away from the touch screen — paying on
 * their phone, for example: wiping that session would lose a payment's receipt. A hold lasts only while the
 * screen shows and is active; the screen keeps its own deadline (the payment QR code expires).
 */
export const IdleHoldContext = createContext<() => () => void>(() => () => undefined);

export function useIdleHold(active: boolean): void {
  const hold = useContext(IdleHoldContext);
  useEffect(() => (active ? hold() : undefined), [active, hold]);
}
