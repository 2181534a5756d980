import { createContext, useContext } from 'react';
import type { Preferences } from './preferences.js';

export interface PreferencesContextValue {
  readonly preferences: Preferences;
  update(change: Partial<Preferences>): void;
}

export const PreferencesContext = createContext<PreferencesContextValue | undefined>(undefined);

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesContext');
  return value;
}

/** The screen height the row counts are made for (portrait 1080×1920). */
const REFERENCE_HEIGHT = 1920;

/**
 * Rows per page on paginated screens: fewer, larger rows in 长辈模式, and fewer on a shorter screen (a
 * 1920×1080 panel has about half the height for rows), so that no page needs scrolling.
 */
export function useRowsPerPage(normal: number, senior: number): number {
  const rows = usePreferences().preferences.senior ? senior : normal;
  const height = typeof window === 'undefined' ? REFERENCE_HEIGHT : window.innerHeight;
  return Math.max(1, Math.floor(rows * Math.min(1, height / REFERENCE_HEIGHT) + 0.25));
}
