import { useMutation, useQueryClient } from "@tanstack/preact-query";
import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, Spinner, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { client } from "../../api";
import { usePageTitle, useRedirect } from "../../layout/page";
import { t } from "../../messages";
import { chooseProfile, chosenProfileId, profilesKey, useProfiles, useSignedIn } from "./session";

const AVATARS = [1, 2, 3, 4, 5, 6, 7, 8];

interface Values {
  name: string;
  is_kids: boolean;
  avatar: string;
}

function ProfileForm({
  initial,
  submitLabel,
  onSubmit,
  busy,
  error,
}: {
  initial: Values;
  submitLabel: string;
  onSubmit: (values: Values) => void;
  busy: boolean;
  error: unknown;
}) {
  // The default avatars live beside the account's own (under the media base URL, maybe a CDN's).
  const known = useProfiles().data?.items[0]?.avatar_url;
  const avatars = known ? known.replace(/[^/]+$/, "") : "/media/avatars/";
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        onSubmit({
          name: String(form.get("name")),
          is_kids: form.get("is_kids") === "on",
          avatar: String(form.get("avatar") ?? initial.avatar),
        });
      }}
    >
      {error !== null && (
        <Notice kind="alert">{error instanceof ApiError ? error.message : t.errorGeneric}</Notice>
      )}
      <TextField label={t.profiles.name} name="name" required maxLength={50} value={initial.name} />
      <div class="checkbox-field">
        <input id="profile-kids" type="checkbox" name="is_kids" defaultChecked={initial.is_kids} />
        <label for="profile-kids">{t.profiles.kidsLabel}</label>
      </div>
      <fieldset class="avatar-picker">
        <legend>{t.profiles.chooseAvatar}</legend>
        {AVATARS.map((n) => (
          <label key={n} class="avatar-picker__option">
            <input
              type="radio"
              name="avatar"
              value={`default-${n}`}
              defaultChecked={initial.avatar === `default-${n}`}
            />
            <img src={`${avatars}default-${n}.png`} alt={t.profiles.avatar(n)} width={64} height={64} />
          </label>
        ))}
      </fieldset>
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}

export function ProfileNewPage() {
  const signedIn = useSignedIn();
  useRedirect(!signedIn, "/sign-in");
  usePageTitle(t.profiles.newHeading);
  const queries = useQueryClient();
  const { route } = useLocation();
  const create = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        client.POST("/api/v1/profiles", {
          body: { name: values.name, is_kids: values.is_kids, avatar: values.avatar },
        }),
      ),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: profilesKey });
      route("/profiles");
    },
  });
  return (
    <div class="page page--narrow">
      <h1>{t.profiles.newHeading}</h1>
      <ProfileForm
        initial={{ name: "", is_kids: false, avatar: "default-1" }}
        submitLabel={t.profiles.create}
        onSubmit={(values) => create.mutate(values)}
        busy={create.isPending}
        error={create.error}
      />
    </div>
  );
}

export function ProfileEditPage() {
  const signedIn = useSignedIn();
  useRedirect(!signedIn, "/sign-in");
  const { params } = useRoute();
  const id = Number(params.id);
  const profiles = useProfiles(signedIn);
  const profile = profiles.data?.items.find((candidate) => candidate.id === id);
  usePageTitle(profile ? t.profiles.editHeading(profile.name) : t.profiles.manageHeading);
  const queries = useQueryClient();
  const { route } = useLocation();
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        client.PATCH("/api/v1/profiles/{profile_id}", {
          params: { path: { profile_id: id } },
          body: { name: values.name, is_kids: values.is_kids, avatar: values.avatar },
        }),
      ),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: profilesKey });
      route("/profiles");
    },
  });
  if (profiles.isPending) return <Spinner label={t.loading} />;
  if (!profile) return <Notice kind="alert">{t.notFound.body}</Notice>;
  const avatar = profile.avatar_url.match(/default-[1-8]/)?.[0] ?? "default-1";
  return (
    <div class="page page--narrow">
      <h1>{t.profiles.editHeading(profile.name)}</h1>
      <ProfileForm
        initial={{ name: profile.name, is_kids: profile.is_kids, avatar }}
        submitLabel={t.profiles.save}
        onSubmit={(values) => save.mutate(values)}
        busy={save.isPending}
        error={save.error ?? deleteError}
      />
      <Button
        variant="secondary"
        onClick={async () => {
          if (!window.confirm(t.profiles.deleteConfirm(profile.name))) return;
          try {
            await unwrap(
              client.DELETE("/api/v1/profiles/{profile_id}", { params: { path: { profile_id: id } } }),
            );
            if (chosenProfileId() === id) chooseProfile(null);
            await queries.invalidateQueries({ queryKey: profilesKey });
            route("/profiles");
          } catch (error) {
            setDeleteError(error);
          }
        }}
      >
        {t.profiles.delete}
      </Button>
    </div>
  );
}
