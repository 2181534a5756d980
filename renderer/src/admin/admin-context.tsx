import { createContext, useContext } from 'react';
import type { AdminSession } from '../../../shared/contract/admin.js';
import type { MethodName, RequestOf } from '../../../shared/contract/index.js';
import type { CallResult } from '../../../shared/kiosk-client.js';

/** The console calls: those whose request carries the session token. */
export type ConsoleMethod = {
  [M in MethodName]: RequestOf<M> extends { token: string } ? M : never;
}[MethodName];

/** A console call's request as a page writes it: the token is added by the console. */
export type ConsoleRequest<M extends ConsoleMethod> = Omit<RequestOf<M>, 'token'>;

export type ConsoleCall = <M extends ConsoleMethod>(method: M, request: ConsoleRequest<M>) => Promise<CallResult<M>>;

export interface AdminContextValue {
  readonly session: AdminSession;
  /** Makes a console call with the session's token; a session main has ended takes the page back to attract. */
  readonly call: ConsoleCall;
  readonly signOut: () => void;
}

export const AdminContext = createContext<AdminContextValue | undefined>(undefined);

export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error('useAdmin outside the console');
  return value;
}

export function useConsoleCall(): ConsoleCall {
  return useAdmin().call;
}
