import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { unwrap } from "@vuga/api";
import { client } from "../../api";

export const devicesKey = ["devices"] as const;

// The account's signed-in devices: personal, so fetched fresh each time the page opens.
export function useDevices(enabled: boolean) {
  return useQuery({
    queryKey: devicesKey,
    enabled,
    staleTime: 0,
    queryFn: ({ signal }) => unwrap(client.GET("/api/v1/me/devices", { signal })),
  });
}

export function useSignOutDevice() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: number) =>
      unwrap(client.DELETE("/api/v1/me/devices/{device_id}", { params: { path: { device_id: deviceId } } })),
    onSettled: () => queries.invalidateQueries({ queryKey: devicesKey }),
  });
}
