import { createContext, useContext } from 'react';
import type { SessionRoute } from './session-route.js';

/** Moves between the screens of a session. Flows end the session themselves (FlowRunner's onFinish). */
export interface Navigator {
  readonly route: SessionRoute;
  open(route: SessionRoute): void;
  back(): void;
  home(): void;
  /** Ends the session now: the wipe, then the attract screen. */
  endSession(): void;
}

export const NavigatorContext = createContext<Navigator | undefined>(undefined);

export function useNavigator(): Navigator {
  const value = useContext(NavigatorContext);
  if (!value) throw new Error('useNavigator outside NavigatorContext');
  return value;
}
