import { useRef } from 'react';

/** Five taps on the top-left corner within this long open the one-time-code sign-in (reader broken). */
const GESTURE_TAPS = 5;
const GESTURE_MS = 4_000;

/**
 * The technicians' documented way in when the card reader is broken: five taps on the top-left corner of the
 * attract or maintenance screen. Returns the pointer-down handler for the corner.
 */
export function useCornerGesture(onGesture: () => void): () => void {
  const taps = useRef<number[]>([]);
  return () => {
    const now = Date.now();
    taps.current = [...taps.current.filter((at) => now - at < GESTURE_MS), now];
    if (taps.current.length >= GESTURE_TAPS) {
      taps.current = [];
      onGesture();
    }
  };
}
