import type { SessionStore } from "@vuga/api";
import { useEffect, useState } from "preact/hooks";

/** Whether this browser holds a session, kept current when this or another tab signs in or out. */
export function useSignedIn(session: SessionStore): boolean {
  const [signedIn, setSignedIn] = useState(() => session.get() !== null);
  useEffect(() => session.subscribe((current) => setSignedIn(current !== null)), [session]);
  return signedIn;
}
