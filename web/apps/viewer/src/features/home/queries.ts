import { useQuery } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client } from "../../api";

/** The shared home (signed out), or the profile's own (its rails, continue watching, my list). */
export function useHome(profileId: number | null, enabled = true) {
  return useQuery({
    queryKey: ["home", profileId],
    enabled,
    queryFn: async ({ signal }) => {
      if (profileId === null) {
        const shared = await unwrap(client.GET("/api/v1/home", { signal }));
        return { ...shared, continue_watching: [], my_list: [], because_you_watched: null };
      }
      return unwrap(
        client.GET("/api/v1/profiles/{profile_id}/home", {
          signal,
          params: { path: { profile_id: profileId } },
        }),
      );
    },
  });
}
