// Who is signed in, and whether their role lets them edit: the admin UI asks the API (GET /api/v1/me) and
// shows its pages to editors and admins only. The server refuses a viewer's admin calls (403) either way.

import { useQuery } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { useSignedIn } from "@vuga/session";
import { client, session } from "../../api";

export type Role = "viewer" | "editor" | "admin";

export function canEdit(role: Role | undefined): boolean {
  return role === "editor" || role === "admin";
}

/** Accounts, roles, the audit log and the dead letters are the admin role's alone (the API says 403 to an
 * editor): an editor's navigation leaves them out. */
export function isAdmin(role: Role | undefined): boolean {
  return role === "admin";
}

export function useMe() {
  const signedIn = useSignedIn(session);
  const me = useQuery({
    queryKey: ["me"],
    enabled: signedIn,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/me", { signal })),
  });
  return { signedIn, me };
}
