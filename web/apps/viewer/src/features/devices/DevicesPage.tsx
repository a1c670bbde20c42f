// The account's devices (GET /api/v1/me/devices): each signed-in browser, app and TV, when and where it was
// last seen, signed out one by one; and push notifications on this device.

import { ApiError } from "@vuga/api";
import { Button, Notice, Spinner } from "@vuga/ui";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { signOut, useSignedIn } from "../accounts/session";
import { PushOptIn } from "../notifications/PushOptIn";
import { useDevices, useSignOutDevice } from "./queries";

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function DevicesPage() {
  usePageTitle(t.devices.heading);
  const signedIn = useSignedIn();
  const { route } = useLocation();
  const devices = useDevices(signedIn);
  const signOutDevice = useSignOutDevice();
  if (!signedIn)
    return (
      <div class="page page--narrow">
        <h1>{t.devices.heading}</h1>
        <Notice>
          {t.activate.signInFirst} <a href={paths.signIn}>{t.auth.signIn}</a>
        </Notice>
      </div>
    );
  return (
    <div class="page page--narrow devices-page">
      <h1>{t.devices.heading}</h1>
      <p>{t.devices.intro}</p>
      {devices.isPending && <Spinner label={t.loading} />}
      {devices.isError && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {signOutDevice.isError &&
        !(signOutDevice.error instanceof ApiError && signOutDevice.error.status === 404) && (
          <Notice kind="alert">{t.errorGeneric}</Notice>
        )}
      {devices.data && (
        <ul class="devices-list">
          {devices.data.items.map((device) => (
            <li key={device.id} class="devices-list__item">
              <div>
                <strong>{device.name}</strong>
                {device.current && <span class="devices-list__current"> · {t.devices.thisDevice}</span>}
                <br />
                <span class="devices-list__meta">
                  {t.devices.lastSeen(when(device.last_seen_at), device.last_address)}
                </span>
              </div>
              <Button
                variant="secondary"
                aria-label={t.devices.signOutNamed(device.name)}
                busy={signOutDevice.isPending && signOutDevice.variables === device.id}
                onClick={async () => {
                  if (device.current) {
                    await signOut();
                    route(paths.signIn);
                    return;
                  }
                  signOutDevice.mutate(device.id);
                }}
              >
                {t.devices.signOut}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.push.heading}</h2>
      <PushOptIn />
    </div>
  );
}
