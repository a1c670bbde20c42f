// The admin UI's one API client and query cache (@vuga/session, the same sign-in as the viewer app's).
// Data flows one way: the generated client → TanStack Query's cache → feature components.

import { createAppSession } from "@vuga/session";

export const appSession = createAppSession();
export const { session, api, client, queryClient } = appSession;
