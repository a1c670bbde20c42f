// The TV activation page (the device sign-in's verification_uri, RFC 8628): a signed-in viewer types the
// code the TV shows — or arrives here from the TV's QR code with it filled in (?code=) — picks the profile
// the TV starts on, and signs the TV in, or refuses it.

import { useMutation } from "@tanstack/preact-query";
import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, Spinner, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { client } from "../../api";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { chosenProfileId, useProfiles, useSignedIn } from "../accounts/session";

type Outcome = { approved: string } | { refused: true };

function problemText(error: unknown): string {
  return error instanceof ApiError && error.status < 500 ? error.message : t.errorGeneric;
}

export function ActivatePage() {
  usePageTitle(t.activate.heading);
  const { query } = useLocation();
  const signedIn = useSignedIn();
  const profiles = useProfiles(signedIn);
  const [profileId, setProfileId] = useState<number | null>(chosenProfileId);
  const [code, setCode] = useState(typeof query.code === "string" ? query.code : "");
  const decide = useMutation({
    mutationFn: async ({ code, approve }: { code: string; approve: boolean }): Promise<Outcome> => {
      if (!approve) {
        await unwrap(client.POST("/api/v1/auth/device/deny", { body: { user_code: code } }));
        return { refused: true };
      }
      const chosen = profileId ?? profiles.data?.items[0]?.id ?? 0;
      const body = { user_code: code, profile_id: chosen };
      const device = await unwrap(client.POST("/api/v1/auth/device/approve", { body }));
      return { approved: device.client_name || t.activate.theTv };
    },
  });

  if (!signedIn)
    return (
      <div class="page page--narrow auth-page">
        <h1>{t.activate.heading}</h1>
        <Notice>
          {t.activate.signInFirst} <a href={paths.signIn}>{t.auth.signIn}</a>
        </Notice>
      </div>
    );
  const outcome = decide.data;
  return (
    <div class="page page--narrow auth-page">
      <h1>{t.activate.heading}</h1>
      {outcome && "approved" in outcome && <Notice>{t.activate.approved(outcome.approved)}</Notice>}
      {outcome && "refused" in outcome && <Notice>{t.activate.refused}</Notice>}
      {!outcome && profiles.isPending && <Spinner label={t.loading} />}
      {!outcome && profiles.data && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ code, approve: true });
          }}
        >
          {decide.isError && <Notice kind="alert">{problemText(decide.error)}</Notice>}
          <p>{t.activate.intro}</p>
          <TextField
            label={t.activate.code}
            name="code"
            value={code}
            onInput={(event) => setCode(event.currentTarget.value)}
            autocomplete="one-time-code"
            hint={t.activate.codeHint}
            maxLength={20}
            required
          />
          <div class="ui-field">
            <label for="activate-profile">{t.activate.profile}</label>
            <select
              id="activate-profile"
              value={String(profileId ?? profiles.data.items[0]?.id ?? "")}
              onChange={(event) => setProfileId(Number(event.currentTarget.value))}
            >
              {profiles.data.items.map((profile) => (
                <option key={profile.id} value={String(profile.id)}>
                  {profile.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" busy={decide.isPending}>
            {t.activate.approve}
          </Button>{" "}
          <Button
            variant="secondary"
            onClick={() => {
              if (code.trim()) decide.mutate({ code, approve: false });
            }}
          >
            {t.activate.deny}
          </Button>
        </form>
      )}
    </div>
  );
}
