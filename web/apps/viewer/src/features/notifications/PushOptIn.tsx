// Push notifications on this device: on or off, or why they cannot be.

import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { Button, Notice, Spinner } from "@vuga/ui";
import { t } from "../../messages";
import { type PushState, pushSupported, registered, serverKey, turnOff, turnOn } from "./push";

const pushKey = ["push-state"] as const;

async function currentState(): Promise<{ state: PushState; key: string | null }> {
  if (!pushSupported()) return { state: "unsupported", key: null };
  const key = await serverKey();
  if (key === null) return { state: "unavailable", key };
  if (Notification.permission === "denied") return { state: "denied", key };
  return { state: (await registered()) ? "on" : "off", key };
}

export function PushOptIn() {
  const queries = useQueryClient();
  const state = useQuery({ queryKey: pushKey, staleTime: 0, queryFn: currentState });
  const change = useMutation({
    mutationFn: async (on: boolean) => {
      if (on) await turnOn(state.data?.key ?? "");
      else await turnOff();
    },
    onSettled: () => queries.invalidateQueries({ queryKey: pushKey }),
  });
  if (state.isPending) return <Spinner label={t.loading} />;
  const current = state.data?.state ?? "unsupported";
  return (
    <div class="push-opt-in">
      <p role="status">{t.push.states[current]}</p>
      {change.isError && <Notice kind="alert">{t.push.failed}</Notice>}
      {current === "off" && (
        <Button busy={change.isPending} onClick={() => change.mutate(true)}>
          {t.push.turnOn}
        </Button>
      )}
      {current === "on" && (
        <Button variant="secondary" busy={change.isPending} onClick={() => change.mutate(false)}>
          {t.push.turnOff}
        </Button>
      )}
    </div>
  );
}
