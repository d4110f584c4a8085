// React binding for auth/session.ts: re-renders when the user logs in, out, or is restored.

import { useSyncExternalStore } from 'react';
import { getSession, subscribe, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession);
}
