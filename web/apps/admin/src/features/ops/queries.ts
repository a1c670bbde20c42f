// The dead letters (jobs that failed every attempt) as the admin UI reads and acts on them: replay starts the
// job afresh (202, the letter leaves the list), drop deletes the letter (204).

import { useQuery } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client, queryClient } from "../../api";

export const opsKeys = { deadLetters: ["admin", "dead-letters"] as const };

export function useDeadLetters() {
  return useQuery({
    queryKey: opsKeys.deadLetters,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/admin/jobs/dead-letters", { signal })),
  });
}

export async function replayDeadLetter(id: string) {
  const queued = await unwrap(
    client.POST("/api/v1/admin/jobs/dead-letters/{letter_id}/replay", {
      params: { path: { letter_id: id } },
    }),
  );
  await queryClient.invalidateQueries({ queryKey: opsKeys.deadLetters });
  return queued;
}

export async function dropDeadLetter(id: string): Promise<void> {
  await unwrap(
    client.DELETE("/api/v1/admin/jobs/dead-letters/{letter_id}", { params: { path: { letter_id: id } } }),
  );
  await queryClient.invalidateQueries({ queryKey: opsKeys.deadLetters });
}
