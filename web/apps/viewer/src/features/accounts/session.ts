// Who is signed in and which profile is watching: the only state the app keeps (server state stays in
// the query cache). The profile choice is kept per browser, like the tokens.

import { useQuery } from "@tanstack/preact-query";
import type { Profile } from "@vuga/api";
import { unwrap } from "@vuga/api";
import { useSignedIn as useSessionSignedIn } from "@vuga/session";
import { useEffect, useState } from "preact/hooks";
import { appSession, client, queryClient, session } from "../../api";

const PROFILE_KEY = "vuga.profile";
// The chosen profile's id when its ceiling admits the whole catalog (see catalogProfileId), remembered so that
// the app still knows it offline, when the profiles list cannot be fetched.
const SEES_ALL_KEY = "vuga.profile.sees-all";
const WHOLE_CATALOG: Profile["max_maturity"] = "18+";

export function useSignedIn(): boolean {
  return useSessionSignedIn(session);
}

const profileListeners = new Set<(id: number | null) => void>();

export function chosenProfileId(): number | null {
  const id = Number(window.localStorage.getItem(PROFILE_KEY));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function chooseProfile(id: number | null): void {
  if (id === null) window.localStorage.removeItem(PROFILE_KEY);
  else window.localStorage.setItem(PROFILE_KEY, String(id));
  for (const listener of profileListeners) listener(id);
}

session.subscribe((current) => {
  if (current === null) chooseProfile(null);
});

export const profilesKey = ["profiles"] as const;

export function useProfiles(enabled = true) {
  return useQuery({
    queryKey: profilesKey,
    enabled,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/profiles", { signal })),
  });
}

/** The profile watching now, once the profiles are known; null when none is chosen (or signed out). */
export function useCurrentProfile(): { profile: Profile | null; pending: boolean } {
  const signedIn = useSignedIn();
  const [id, setId] = useState(chosenProfileId);
  useEffect(() => {
    const listener = (next: number | null) => setId(next);
    profileListeners.add(listener);
    const onStorage = () => setId(chosenProfileId());
    window.addEventListener("storage", onStorage);
    return () => {
      profileListeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  }, []);
  const profiles = useProfiles(signedIn && id !== null);
  if (!signedIn || id === null) return { profile: null, pending: false };
  const profile = profiles.data?.items.find((candidate) => candidate.id === id) ?? null;
  if (profile) rememberCeiling(profile);
  return { profile, pending: profiles.isPending };
}

function rememberCeiling(profile: Profile): void {
  const seesAll = String(profile.id);
  const remembered = window.localStorage.getItem(SEES_ALL_KEY);
  if (profile.max_maturity === WHOLE_CATALOG && remembered !== seesAll) {
    window.localStorage.setItem(SEES_ALL_KEY, seesAll);
  } else if (profile.max_maturity !== WHOLE_CATALOG && remembered === seesAll) {
    window.localStorage.removeItem(SEES_ALL_KEY);
  }
}

/**
 * The `profile_id` a catalog page asks with: none when the profile's ceiling admits the whole catalog, so that
 * the answer is the public one (the same bytes for every viewer: cached by a CDN, and by the service worker
 * for offline use, which never keeps a profile's private answer). A profile with a lower ceiling, or one not
 * known to see everything, asks as itself and the server leaves out what is above its ceiling.
 */
export function catalogProfileId(profile: Profile | null): number | null {
  const chosen = session.get() === null ? null : chosenProfileId();
  if (chosen === null) return null;
  if (profile?.id === chosen) return profile.max_maturity === WHOLE_CATALOG ? null : chosen;
  return window.localStorage.getItem(SEES_ALL_KEY) === String(chosen) ? null : chosen;
}

export const signIn = appSession.signIn;

/** Register; true when that signed in (false: the server asks to confirm the email first). */
export async function signUp(email: string, password: string, displayName: string): Promise<boolean> {
  const answer = await unwrap(
    client.POST("/api/v1/auth/register", { body: { email, password, display_name: displayName } }),
  );
  if (!("access_token" in answer)) return false;
  queryClient.clear();
  session.save(answer);
  return true;
}

export const signOut = appSession.signOut;
