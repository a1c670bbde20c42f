import type { TitleDetail } from "@vuga/api";
import { ApiError } from "@vuga/api";
import { arrowNavigation, Button, LinkButton, Notice, Picture, Rail, Spinner, TitleCard } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { NotFoundPage } from "../../layout/NotFoundPage";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { catalogProfileId, useCurrentProfile, useSignedIn } from "../accounts/session";
import { useRate, useRating, useWatchlist, useWatchlistToggle } from "../library/queries";
import { useEpisodes, useTitle } from "./queries";

function ListButton({ profileId, titleId }: { profileId: number; titleId: number }) {
  const watchlist = useWatchlist(profileId);
  const toggle = useWatchlistToggle(profileId, titleId);
  const listed = watchlist.data?.items.some((item) => item.title.id === titleId && !item.episode) ?? false;
  const shown = toggle.isPending && toggle.variables !== undefined ? toggle.variables : listed;
  return (
    <Button
      variant="secondary"
      aria-pressed={shown}
      busy={toggle.isPending}
      onClick={() => toggle.mutate(!shown)}
    >
      {shown ? t.title.inList : t.title.addToList}
    </Button>
  );
}

function RatingControl({ profileId, titleId }: { profileId: number; titleId: number }) {
  const rating = useRating(profileId, titleId);
  const rate = useRate(profileId, titleId);
  const score = rating.data?.score ?? null;
  return (
    <div class="ui-field rating-field">
      <label for="rating">{t.title.rate}</label>
      <select
        id="rating"
        value={score === null ? "" : String(score)}
        disabled={rating.isPending}
        onChange={(event) => {
          const value = event.currentTarget.value;
          rate.mutate(value === "" ? null : Number(value));
        }}
      >
        <option value="">{t.title.notRatedByYou}</option>
        {[10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => (
          <option key={n} value={String(n)}>
            {t.title.rateOption(n)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Episodes({ title, profileId }: { title: TitleDetail; profileId: number | null }) {
  const [season, setSeason] = useState<number | null>(title.seasons[0]?.number ?? null);
  const episodes = useEpisodes(title.id, season, profileId);
  if (title.seasons.length === 0) return null;
  return (
    <section class="episodes" aria-labelledby="episodes-heading">
      <h2 id="episodes-heading">{t.title.episodes}</h2>
      <div class="ui-field episodes__season">
        <label for="season">{t.title.seasons}</label>
        <select
          id="season"
          value={String(season)}
          onChange={(event) => setSeason(Number(event.currentTarget.value))}
        >
          {title.seasons.map((s) => (
            <option key={s.id} value={String(s.number)}>
              {s.name || t.title.season(s.number)}
            </option>
          ))}
        </select>
      </div>
      {episodes.isPending && <Spinner label={t.loading} />}
      <ol class="episodes__list">
        {episodes.data?.items.map((episode) => (
          <li key={episode.id} class="episode">
            <a href={paths.watch(title.id, episode.id)} class="episode__link">
              <span class="episode__name">{t.title.episode(episode.number, episode.name)}</span>
              {episode.duration_s && (
                <span class="episode__meta">{t.title.minutes(Math.round(episode.duration_s / 60))}</span>
              )}
            </a>
            {episode.synopsis && <p class="episode__synopsis">{episode.synopsis}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function TitlePage() {
  const { params } = useRoute();
  const id = Number(params.id);
  const { profile } = useCurrentProfile();
  const signedIn = useSignedIn();
  const profileId = profile?.id ?? null;
  const query = useTitle(id, catalogProfileId(profile));
  usePageTitle(query.data?.title);
  if (!Number.isInteger(id) || id < 1) return <NotFoundPage />;
  if (query.isPending) return <Spinner label={t.loading} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <Notice kind="alert">{t.errorGeneric}</Notice>;
  }
  const title = query.data;
  const cast = title.credits.filter((credit) => credit.role === "cast");
  const crew = title.credits.filter((credit) => credit.role !== "cast");
  const { images } = title.artwork;
  const image = images.backdrop ?? images.poster_wide;
  return (
    <article class="title-page" onKeyDown={arrowNavigation}>
      {image && (
        <Picture
          class="title-page__backdrop"
          image={image}
          sizes="100vw"
          loading="eager"
          width={1280}
          height={720}
        />
      )}
      <div class="page title-page__body">
        <div class="title-page__head">
          {images.poster && (
            <Picture
              class="title-page__poster"
              image={images.poster}
              sizes="200px"
              width={200}
              height={300}
            />
          )}
          <div>
            <h1>{title.title}</h1>
            <p class="title-page__meta">
              {title.release_year} · {title.kind === "movie" ? t.title.movie : t.title.series} ·{" "}
              {title.maturity_rating}
              {title.duration_s ? ` · ${t.title.minutes(Math.round(title.duration_s / 60))}` : ""}
              {title.genres.length > 0 && ` · ${title.genres.map((genre) => genre.name).join(", ")}`}
            </p>
            <p class="title-page__rating">
              {title.rating_count > 0
                ? t.title.rating(title.rating_avg, title.rating_count)
                : t.title.noRating}
            </p>
            <div class="title-page__actions">
              <LinkButton href={paths.watch(title.id)}>{t.home.play}</LinkButton>
              {profileId !== null && <ListButton profileId={profileId} titleId={title.id} />}
            </div>
            {profileId !== null ? (
              <RatingControl profileId={profileId} titleId={title.id} />
            ) : (
              // Signed in with the profiles not known (offline): no prompt to sign in again.
              !signedIn && (
                <p>
                  <a href={`/sign-in?next=${encodeURIComponent(paths.title(title.id))}`}>{t.auth.signIn}</a>:{" "}
                  {t.title.signInToSave}
                </p>
              )
            )}
          </div>
        </div>
        <section aria-labelledby="synopsis-heading">
          <h2 id="synopsis-heading">{t.title.synopsis}</h2>
          <p class="title-page__synopsis">{title.synopsis}</p>
        </section>
        {title.trailers.length > 0 && (
          <section aria-labelledby="trailers-heading">
            <h2 id="trailers-heading">{t.title.trailers}</h2>
            <ul class="trailers">
              {title.trailers.map((trailer) => (
                <li key={trailer.id}>
                  {/* Trailers live where editors published them (YouTube, another host): a new tab. */}
                  <a href={trailer.url} target="_blank" rel="noopener noreferrer">
                    {t.title.trailer(trailer.name, trailer.kind === "youtube")}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {cast.length > 0 && (
          <section aria-labelledby="cast-heading">
            <h2 id="cast-heading">{t.title.cast}</h2>
            <ul class="credits">
              {cast.map((credit) => (
                <li key={credit.id}>
                  <span class="credits__name">{credit.person.name}</span>
                  {credit.character && <span class="credits__role"> {credit.character}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {crew.length > 0 && (
          <section aria-labelledby="crew-heading">
            <h2 id="crew-heading">{t.title.crew}</h2>
            <ul class="credits">
              {crew.map((credit) => (
                <li key={credit.id}>
                  <span class="credits__name">{credit.person.name}</span>
                  <span class="credits__role"> {credit.role}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <Episodes title={title} profileId={profileId} />
        {title.more_like_this.length > 0 && (
          <Rail heading={t.title.moreLikeThis}>
            {title.more_like_this.map((other) => (
              <li key={other.id}>
                <TitleCard title={other} href={paths.title(other.id)} />
              </li>
            ))}
          </Rail>
        )}
      </div>
    </article>
  );
}
