import type { Profile } from "@vuga/api";
import { LinkButton, Notice, Spinner } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { nextFrom, usePageTitle, useRedirect } from "../../layout/page";
import { t } from "../../messages";
import { chooseProfile, useProfiles, useSignedIn } from "./session";

/** "Who is watching?": choosing a profile sets what the app shows (a kids profile: nothing above its
 * ceiling, which the server enforces for every request made as it). */
export function ProfilesPage() {
  const signedIn = useSignedIn();
  useRedirect(!signedIn, "/sign-in");
  const [managing, setManaging] = useState(false);
  usePageTitle(managing ? t.profiles.manageHeading : t.profiles.heading);
  const profiles = useProfiles(signedIn);
  const { route, query } = useLocation();
  const next = nextFrom(query);
  const choose = (profile: Profile) => {
    chooseProfile(profile.id);
    route(next);
  };
  if (!signedIn) return null;
  return (
    <div class="page profiles-page">
      <h1>{managing ? t.profiles.manageHeading : t.profiles.heading}</h1>
      {profiles.isPending && <Spinner label={t.loading} />}
      {profiles.isError && <Notice kind="alert">{t.errorGeneric}</Notice>}
      {profiles.data && (
        <ul class="profiles-page__list" data-nav-row>
          {profiles.data.items.map((profile) => (
            <li key={profile.id}>
              {managing ? (
                <a class="profile-tile" href={`/profiles/${profile.id}/edit`} data-nav-item>
                  <img src={profile.avatar_url} alt="" width={120} height={120} />
                  <span>{t.profiles.edit(profile.name)}</span>
                </a>
              ) : (
                <button type="button" class="profile-tile" onClick={() => choose(profile)} data-nav-item>
                  <img src={profile.avatar_url} alt="" width={120} height={120} />
                  <span>{profile.name}</span>
                  {profile.is_kids && <span class="badge">{t.profiles.kids}</span>}
                  {profile.locked && <span class="badge">{t.profiles.locked}</span>}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="profiles-page__actions">
        {managing && (
          <LinkButton href="/profiles/new" variant="secondary">
            {t.profiles.add}
          </LinkButton>
        )}
        <button type="button" class="ui-button ui-button--secondary" onClick={() => setManaging(!managing)}>
          {managing ? t.profiles.done : t.profiles.manage}
        </button>
      </div>
    </div>
  );
}
