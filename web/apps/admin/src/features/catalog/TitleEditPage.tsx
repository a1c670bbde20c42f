// A title's page: its form (create or edit; the API's field errors shown at their fields), publish and
// unpublish, and what belongs to it: a movie's video and a title's artwork, a series' seasons and episodes.

import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, SelectField, Spinner, TextAreaField, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { client } from "../../api";
import { usePageTitle } from "../../layout/page";
import { ArtworkPanel } from "../media/ArtworkPanel";
import { VideoUpload } from "../media/VideoUpload";
import { titleChanged, useAdminTitle, useGenres } from "./queries";
import { SeasonsPanel } from "./SeasonsPanel";
import { createBody, MATURITY_RATINGS, type TitleFormValues, updateBody, valuesOf } from "./titleForm";

type AdminTitle = NonNullable<ReturnType<typeof useAdminTitle>["data"]>;

const MATURITY_OPTIONS = MATURITY_RATINGS.map((rating) => ({
  value: rating,
  label: rating === "all" ? "All ages" : rating,
}));
const KIND_OPTIONS = [
  { value: "movie", label: "Movie" },
  { value: "series", label: "Series" },
];

function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.errors?.length
      ? "Some fields need a change: see the messages at the fields."
      : error.message;
  }
  return "The server could not be reached: nothing was saved.";
}

function initialValues(title: AdminTitle | undefined): TitleFormValues {
  return {
    kind: title?.kind ?? "movie",
    title: title?.title ?? "",
    original_title: title?.original_title ?? "",
    release_year: title ? String(title.release_year) : String(new Date().getFullYear()),
    duration_s: title?.duration_s ? String(title.duration_s) : "",
    maturity_rating: title?.maturity_rating ?? "all",
    synopsis: title?.synopsis ?? "",
    genre_ids: title?.genre_ids ?? [],
    is_featured: title?.is_featured ?? false,
  };
}

function TitleForm({ title }: { title?: AdminTitle }) {
  const { route } = useLocation();
  const genres = useGenres();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const before = initialValues(title);
  const [kind, setKind] = useState(before.kind);
  const [maturity, setMaturity] = useState(before.maturity_rating);
  return (
    <form
      class="admin-form"
      noValidate
      aria-labelledby="title-form-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const values = valuesOf(event.currentTarget);
        setBusy(true);
        setError(null);
        setSaved(false);
        try {
          if (title) {
            await unwrap(
              client.PATCH("/api/v1/admin/titles/{title_id}", {
                params: { path: { title_id: title.id } },
                body: updateBody(before, values),
              }),
            );
            await titleChanged(title.id);
            setSaved(true);
          } else {
            const created = await unwrap(client.POST("/api/v1/admin/titles", { body: createBody(values) }));
            await titleChanged(created.id);
            route(`/admin/titles/${created.id}`);
          }
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="title-form-heading">{title ? "Details" : "New title"}</h2>
      {error !== null && <Notice kind="alert">{problemText(error)}</Notice>}
      {saved && <Notice>Saved.</Notice>}
      {!title && (
        <SelectField
          label="Kind"
          name="kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
          error={fieldError(error, "kind")}
        />
      )}
      <TextField
        label="Title"
        name="title"
        defaultValue={before.title}
        maxLength={300}
        error={fieldError(error, "title")}
      />
      <TextField
        label="Release year"
        name="release_year"
        inputMode="numeric"
        defaultValue={before.release_year}
        error={fieldError(error, "release_year")}
      />
      {kind === "movie" && (
        <TextField
          label="Duration in seconds"
          name="duration_s"
          inputMode="numeric"
          hint="Filled in from the video once one is transcoded."
          defaultValue={before.duration_s}
          error={fieldError(error, "duration_s")}
        />
      )}
      <SelectField
        label="Maturity rating"
        name="maturity_rating"
        options={MATURITY_OPTIONS}
        value={maturity}
        onChange={(e) => setMaturity(e.currentTarget.value)}
        error={fieldError(error, "maturity_rating")}
      />
      <TextField
        label="Original title"
        name="original_title"
        defaultValue={before.original_title}
        error={fieldError(error, "original_title")}
      />
      <TextAreaField
        label="Synopsis"
        name="synopsis"
        rows={4}
        defaultValue={before.synopsis}
        error={fieldError(error, "synopsis")}
      />
      <fieldset class="admin-genres">
        <legend>Genres</legend>
        {genres.data?.items.map((genre) => (
          <label key={genre.id}>
            <input
              type="checkbox"
              name="genre_ids"
              value={genre.id}
              defaultChecked={before.genre_ids.includes(genre.id)}
            />{" "}
            {genre.name}
          </label>
        ))}
        {fieldError(error, "genre_ids") && <p class="ui-field__error">{fieldError(error, "genre_ids")}</p>}
      </fieldset>
      <label class="admin-check">
        <input type="checkbox" name="is_featured" defaultChecked={before.is_featured} /> Featured on the home
        page
      </label>
      <Button type="submit" busy={busy}>
        {title ? "Save changes" : "Create title"}
      </Button>
    </form>
  );
}

function PublishPanel({ title }: { title: AdminTitle }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const action = title.is_published ? "unpublish" : "publish";
  return (
    <section class="admin-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publication</h2>
      <p role="status">
        {title.is_published
          ? `Published: viewers see it${title.published_at ? ` (since ${new Date(title.published_at).toLocaleString("en")})` : ""}.`
          : "Draft: viewers do not see it yet."}
      </p>
      {error !== null && <Notice kind="alert">{problemText(error)}</Notice>}
      <Button
        variant={title.is_published ? "secondary" : "primary"}
        busy={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const path = `/api/v1/admin/titles/{title_id}/${action}` as const;
            await unwrap(client.POST(path, { params: { path: { title_id: title.id } } }));
            await titleChanged(title.id);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        {title.is_published ? "Unpublish" : "Publish"}
      </Button>
      {title.is_published && (
        <p>
          <a href={`/title/${title.id}`} target="_blank" rel="noopener">
            See it as viewers do (opens a new tab)
          </a>
        </p>
      )}
    </section>
  );
}

export function TitleNewPage() {
  usePageTitle("New title");
  return (
    <section class="admin-page">
      <p>
        <a href="/admin/titles">← Titles</a>
      </p>
      <h1>New title</h1>
      <TitleForm />
    </section>
  );
}

export function TitleEditPage() {
  const { params } = useRoute();
  const id = Number(params.id);
  const title = useAdminTitle(id);
  usePageTitle(title.data?.title ?? "Title");
  if (title.isPending) return <Spinner label="Loading the title" />;
  if (title.isError) {
    return (
      <section class="admin-page">
        <h1>Title not found</h1>
        <Notice kind="alert">{title.error.message}</Notice>
        <a href="/admin/titles">← Titles</a>
      </section>
    );
  }
  const data = title.data;
  return (
    <section class="admin-page">
      <p>
        <a href="/admin/titles">← Titles</a>
      </p>
      <h1>
        {data.title} <span class="admin-kind">{data.kind === "movie" ? "Movie" : "Series"}</span>
      </h1>
      <div class="admin-columns">
        <TitleForm key={data.id} title={data} />
        <div>
          <PublishPanel title={data} />
          {data.kind === "movie" && (
            <section class="admin-panel" aria-labelledby="video-heading">
              <h2 id="video-heading">Video</h2>
              <VideoUpload target={{ titleId: data.id }} label={data.title} />
            </section>
          )}
          <ArtworkPanel titleId={data.id} />
        </div>
      </div>
      {data.kind === "series" && <SeasonsPanel titleId={data.id} />}
    </section>
  );
}
