import { createContext, useContext } from 'react';
import type { CatalogShape } from '../../../shared/catalog/schema.js';
import type { PublicConfig } from '../../../shared/config/kiosk-config.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

export interface KioskContextValue {
  readonly client: KioskClient;
  readonly config: PublicConfig;
  /** The current catalog (not personal; replaced when the platform sends a new one). */
  readonly catalog: CatalogShape;
}

export const KioskContext = createContext<KioskContextValue | undefined>(undefined);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk outside KioskContext');
  return value;
}
