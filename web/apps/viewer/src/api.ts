// The app's one API client and query cache (@vuga/session). Data flows one way: the generated client →
// TanStack Query's cache → feature components; no component fetches on its own.

import { createAppSession } from "@vuga/session";
import { watchingFetch } from "./offline/connectivity";

export const appSession = createAppSession({
  fetch: watchingFetch(globalThis.fetch.bind(globalThis)), // the offline banner learns from every call
  sharedKeys: ["vuga.profile"],
});
export const { session, api, client, queryClient } = appSession;
