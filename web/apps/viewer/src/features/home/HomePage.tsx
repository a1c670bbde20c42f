import type { TitleSummary } from "@vuga/api";
import { arrowNavigation, LinkButton, Notice, Picture, Rail, Spinner, TitleCard } from "@vuga/ui";
import { usePageTitle, useRedirect } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile, useSignedIn } from "../accounts/session";
import { HomeRail } from "./HomeRail";
import { useHome } from "./queries";

/** The banner image's width as app.css lays it out (.banner__image), for the browser to pick a variant. */
const BANNER_SIZES = "(max-width: 40rem) 100vw, 70vw";

function Banner({ title }: { title: TitleSummary }) {
  const { images } = title.artwork;
  const image = images.backdrop ?? images.poster_wide ?? images.poster;
  return (
    <section class="banner" aria-labelledby="banner-title">
      {image && (
        <Picture
          class="banner__image"
          image={image}
          sizes={BANNER_SIZES}
          loading="eager"
          fetchpriority="high"
          width={1280}
          height={720}
        />
      )}
      <div class="banner__text">
        <p class="banner__eyebrow">{t.home.featured}</p>
        <h1 id="banner-title">{title.title}</h1>
        <p class="banner__meta">
          {title.release_year} · {title.kind === "movie" ? t.title.movie : t.title.series} ·{" "}
          {title.maturity_rating}
        </p>
        <div class="banner__actions" data-nav-row>
          <LinkButton href={paths.watch(title.id)} data-nav-item>
            {t.home.play}
          </LinkButton>
          <LinkButton href={paths.title(title.id)} variant="secondary" data-nav-item>
            {t.home.moreInfo}
          </LinkButton>
        </div>
      </div>
    </section>
  );
}

export function HomePage() {
  const signedIn = useSignedIn();
  const { profile, pending } = useCurrentProfile();
  useRedirect(signedIn && !pending && profile === null, "/profiles");
  usePageTitle(undefined);
  const profileId = profile?.id ?? null;
  // Signed in, the profile's own home once the profile is known (never the shared one first).
  const home = useHome(signedIn ? profileId : null, !signedIn || profile !== null);
  if (signedIn && (pending || profile === null)) return <Spinner label={t.loading} />;
  if (home.isPending) return <Spinner label={t.loading} />;
  if (home.isError || !home.data) {
    return (
      <div class="page">
        <h1 class="ui-visually-hidden">{t.appName}</h1>
        <Notice kind="alert">{t.errorGeneric}</Notice>
      </div>
    );
  }
  const { featured, rails, continue_watching, my_list, because_you_watched } = home.data;
  const first = featured[0];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the rails' links
    <div class="home" onKeyDown={arrowNavigation}>
      {first ? <Banner title={first} /> : <h1 class="ui-visually-hidden">{t.appName}</h1>}
      {!signedIn && (
        <Notice>
          {t.home.signInPrompt} <a href="/sign-in">{t.auth.signIn}</a>
        </Notice>
      )}
      <div class="page">
        {continue_watching.length > 0 && (
          <Rail heading={t.home.continueWatching}>
            {continue_watching.map((item) => (
              <li key={`${item.title.id}-${item.episode?.id ?? 0}`}>
                <TitleCard
                  title={item.title}
                  href={paths.watch(item.title.id, item.episode?.id)}
                  progress={item.progress}
                  progressLabel={t.home.watched(Math.round(item.progress * 100))}
                />
              </li>
            ))}
          </Rail>
        )}
        {my_list.length > 0 && (
          <Rail heading={t.home.myList}>
            {my_list.map((item) => (
              <li key={`${item.title.id}-${item.episode?.id ?? 0}`}>
                <TitleCard title={item.title} href={paths.title(item.title.id)} />
              </li>
            ))}
          </Rail>
        )}
        {because_you_watched && because_you_watched.items.length > 0 && (
          <HomeRail
            rail={because_you_watched}
            heading={
              because_you_watched.because_of
                ? t.home.becauseYouWatched(because_you_watched.because_of.title)
                : because_you_watched.name
            }
            profileId={profileId}
          />
        )}
        {rails.map((rail) => (
          <HomeRail key={rail.id} rail={rail} heading={rail.name} profileId={profileId} />
        ))}
      </div>
    </div>
  );
}
