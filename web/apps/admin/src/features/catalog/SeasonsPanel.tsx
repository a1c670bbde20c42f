// A series' seasons and their episodes on the series' own page: add a season, add an episode to a season,
// give an episode its video. Each form shows the API's field errors at their fields.

import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, Spinner, TextField } from "@vuga/ui";
import { useState } from "preact/hooks";
import { client, queryClient } from "../../api";
import { formatSeconds } from "../media/jobs";
import { VideoUpload } from "../media/VideoUpload";
import { catalogKeys, useSeasons } from "./queries";

type Seasons = NonNullable<ReturnType<typeof useSeasons>["data"]>;
type Season = Seasons["items"][number];

function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

function formError(error: unknown): string | null {
  if (error === null) return null;
  if (error instanceof ApiError)
    return error.problem.errors?.length ? "Check the fields below." : error.message;
  return "The server could not be reached: nothing was saved.";
}

/** A small form posting to the API; its fields' errors come back at them. */
function AddForm({
  legend,
  submitLabel,
  fields,
  submit,
}: {
  legend: string;
  submitLabel: string;
  fields: { name: string; label: string; numeric?: boolean; value?: string }[];
  submit: (values: Record<string, string>) => Promise<void>;
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const message = formError(error);
  return (
    <form
      class="admin-inline-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
        setBusy(true);
        setError(null);
        try {
          await submit(values);
          form.reset();
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        {message && <Notice kind="alert">{message}</Notice>}
        {fields.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            name={field.name}
            defaultValue={field.value}
            inputMode={field.numeric ? "numeric" : undefined}
            error={fieldError(error, field.name)}
          />
        ))}
        <Button type="submit" variant="secondary" busy={busy}>
          {submitLabel}
        </Button>
      </fieldset>
    </form>
  );
}

const numberOrText = (text: string | undefined) => {
  const trimmed = (text ?? "").trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed || null;
};

function SeasonBlock({ titleId, season }: { titleId: number; season: Season }) {
  const [uploading, setUploading] = useState<number | null>(null);
  const nextNumber = (season.episodes.at(-1)?.number ?? 0) + 1;
  const heading = `Season ${season.number}${season.name && season.name !== `Season ${season.number}` ? `: ${season.name}` : ""}`;
  return (
    <section class="admin-season" aria-label={heading}>
      <h3>{heading}</h3>
      {season.episodes.length === 0 ? (
        <p>No episode yet.</p>
      ) : (
        <table class="admin-table">
          <caption class="ui-visually-hidden">Episodes of {heading}</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Name</th>
              <th scope="col">Duration</th>
              <th scope="col">Video</th>
            </tr>
          </thead>
          <tbody>
            {season.episodes.map((episode) => (
              <tr key={episode.id}>
                <td>{episode.number}</td>
                <th scope="row">{episode.name}</th>
                <td>{episode.duration_s ? formatSeconds(episode.duration_s) : "—"}</td>
                <td>
                  {episode.has_media ? "Attached" : "None"}{" "}
                  <Button
                    variant="ghost"
                    aria-expanded={uploading === episode.id}
                    onClick={() => setUploading(uploading === episode.id ? null : episode.id)}
                  >
                    {uploading === episode.id ? "Close" : `Upload a video for episode ${episode.number}`}
                  </Button>
                  {uploading === episode.id && (
                    <VideoUpload
                      target={{ episodeId: episode.id }}
                      label={`episode ${episode.number}`}
                      onDone={() => queryClient.invalidateQueries({ queryKey: catalogKeys.seasons(titleId) })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddForm
        legend={`Add an episode to season ${season.number}`}
        submitLabel="Add episode"
        fields={[
          { name: "number", label: "Episode number", numeric: true, value: String(nextNumber) },
          { name: "name", label: "Episode name" },
          { name: "duration_s", label: "Duration in seconds", numeric: true },
        ]}
        submit={async (values) => {
          const body: Record<string, unknown> = {
            season_id: season.id,
            number: numberOrText(values.number),
            name: (values.name ?? "").trim(),
          };
          const duration = numberOrText(values.duration_s);
          if (duration !== null) body.duration_s = duration;
          await unwrap(client.POST("/api/v1/admin/episodes", { body: body as never }));
          await queryClient.invalidateQueries({ queryKey: catalogKeys.seasons(titleId) });
        }}
      />
    </section>
  );
}

export function SeasonsPanel({ titleId }: { titleId: number }) {
  const seasons = useSeasons(titleId, true);
  const nextNumber = (seasons.data?.items.at(-1)?.number ?? 0) + 1;
  return (
    <section class="admin-panel" aria-labelledby="seasons-heading">
      <h2 id="seasons-heading">Seasons and episodes</h2>
      {seasons.isPending && <Spinner label="Loading the seasons" />}
      {seasons.isError && <Notice kind="alert">{seasons.error.message}</Notice>}
      {seasons.data?.items.length === 0 && <p>No season yet.</p>}
      {seasons.data?.items.map((season) => (
        <SeasonBlock key={season.id} titleId={titleId} season={season} />
      ))}
      <AddForm
        key={nextNumber}
        legend="Add a season"
        submitLabel="Add season"
        fields={[
          { name: "number", label: "Season number", numeric: true, value: String(nextNumber) },
          { name: "name", label: "Season name" },
        ]}
        submit={async (values) => {
          const body = {
            title_id: titleId,
            number: numberOrText(values.number),
            name: (values.name ?? "").trim(),
          };
          await unwrap(client.POST("/api/v1/admin/seasons", { body: body as never }));
          await queryClient.invalidateQueries({ queryKey: catalogKeys.seasons(titleId) });
        }}
      />
    </section>
  );
}
