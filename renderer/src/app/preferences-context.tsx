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

/** Rows per page on paginated screens: fewer, larger rows in 长辈模式. */
export function useRowsPerPage(normal: number, senior: number): number {
  return usePreferences().preferences.senior ? senior : normal;
}
