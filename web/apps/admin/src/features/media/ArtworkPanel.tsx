// A title's artwork: an image chosen (or dropped) is sent as is to PUT .../artwork/{kind}; the answer lists
// the size variants the server made, each previewed at its own size.

import { ApiError, unwrap } from "@vuga/api";
import { Notice, SelectField } from "@vuga/ui";
import { useId, useState } from "preact/hooks";
import { client, queryClient } from "../../api";
import { catalogKeys } from "../catalog/queries";

type ArtworkKind = "poster" | "poster_wide" | "backdrop" | "logo";
type ArtworkOut = Awaited<ReturnType<typeof sendArtwork>>;

const KINDS: { value: ArtworkKind; label: string }[] = [
  { value: "poster", label: "Poster (2:3)" },
  { value: "poster_wide", label: "Wide poster (16:9)" },
  { value: "backdrop", label: "Backdrop" },
  { value: "logo", label: "Logo (transparent)" },
];

function sendArtwork(titleId: number, kind: ArtworkKind, image: File) {
  return unwrap(
    client.PUT("/api/v1/admin/titles/{title_id}/artwork/{kind}", {
      params: { path: { title_id: titleId, kind } },
      body: image as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { "Content-Type": image.type || "application/octet-stream" },
    }),
  );
}

export function ArtworkPanel({ titleId }: { titleId: number }) {
  const inputId = useId();
  const [kind, setKind] = useState<ArtworkKind>("poster");
  const [result, setResult] = useState<ArtworkOut | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (image: File) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await sendArtwork(titleId, kind, image));
      await queryClient.invalidateQueries({ queryKey: catalogKeys.allTitles });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The image could not be sent.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="admin-panel" aria-labelledby="artwork-heading" aria-busy={busy || undefined}>
      <h2 id="artwork-heading">Artwork</h2>
      <SelectField
        label="Image"
        name="artwork_kind"
        options={KINDS}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as ArtworkKind)}
      />
      <fieldset
        class="admin-dropzone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          const dropped = event.dataTransfer?.files[0];
          if (dropped) void send(dropped);
        }}
      >
        <legend class="ui-visually-hidden">Image file</legend>
        <p>Drop a JPEG, PNG or WebP image here, or</p>
        <label class="ui-button ui-button--secondary" for={inputId}>
          Choose an image
        </label>
        <input
          id={inputId}
          class="ui-visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) void send(chosen);
          }}
        />
      </fieldset>
      {error && <Notice kind="alert">{error}</Notice>}
      {result && (
        <figure class="admin-variants" data-testid="artwork-variants">
          <figcaption>
            {result.image.variants?.length ?? 0} size variants of the {result.kind.replace("_", " ")}
          </figcaption>
          <ul>
            {result.image.variants?.map((variant) => (
              <li key={variant.url}>
                <img src={variant.url} width={Math.min(variant.width, 160)} alt="" loading="lazy" />
                <span>
                  {variant.width}×{variant.height} {variant.type.replace("image/", "")}
                </span>
              </li>
            ))}
          </ul>
        </figure>
      )}
    </section>
  );
}
