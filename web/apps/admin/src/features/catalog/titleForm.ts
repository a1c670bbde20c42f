// The title form's values turned into the admin API's bodies. The browser's own validation is off on the
// form (noValidate): the API's problem+json says what is wrong with each field, and the form shows that
// message at its field, so editors read one set of rules, the server's.

import type { components } from "@vuga/api";

export type TitleCreate = components["schemas"]["TitleCreate"];
export type TitleUpdate = components["schemas"]["TitleUpdate"];
export type Maturity = components["schemas"]["Maturity"];

export const MATURITY_RATINGS: readonly Maturity[] = ["all", "7+", "13+", "16+", "18+"];

/** What the form holds, as text (the inputs' values). */
export interface TitleFormValues {
  kind: string;
  title: string;
  original_title: string;
  release_year: string;
  duration_s: string;
  maturity_rating: string;
  synopsis: string;
  genre_ids: number[];
  is_featured: boolean;
}

/** A number field's text: a number when it reads as one (the API refuses it if it is out of range), the
 * text itself otherwise, so that the API names the field rather than the form dropping it silently. */
function numberOrText(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

export function valuesOf(form: HTMLFormElement): TitleFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    kind: text("kind"),
    title: text("title"),
    original_title: text("original_title"),
    release_year: text("release_year"),
    duration_s: text("duration_s"),
    maturity_rating: text("maturity_rating"),
    synopsis: text("synopsis"),
    genre_ids: data.getAll("genre_ids").map(Number),
    is_featured: data.get("is_featured") === "on",
  };
}

/** The body of `POST /api/v1/admin/titles`. */
export function createBody(values: TitleFormValues): TitleCreate {
  const body: Record<string, unknown> = {
    kind: values.kind,
    title: values.title.trim(),
    release_year: numberOrText(values.release_year),
    synopsis: values.synopsis,
    maturity_rating: values.maturity_rating || "all",
    genre_ids: values.genre_ids,
    is_featured: values.is_featured,
  };
  if (values.original_title.trim()) body.original_title = values.original_title.trim();
  const duration = numberOrText(values.duration_s);
  if (duration !== null && values.kind === "movie") body.duration_s = duration;
  return body as unknown as TitleCreate;
}

/** The body of `PATCH /api/v1/admin/titles/{id}`: the fields that changed from `before`, and only those. */
export function updateBody(before: TitleFormValues, after: TitleFormValues): TitleUpdate {
  const body: Record<string, unknown> = {};
  if (after.title !== before.title) body.title = after.title.trim();
  if (after.original_title !== before.original_title)
    body.original_title = after.original_title.trim() || null;
  if (after.release_year !== before.release_year) body.release_year = numberOrText(after.release_year);
  if (after.duration_s !== before.duration_s) body.duration_s = numberOrText(after.duration_s);
  if (after.maturity_rating !== before.maturity_rating) body.maturity_rating = after.maturity_rating;
  if (after.synopsis !== before.synopsis) body.synopsis = after.synopsis;
  if (after.is_featured !== before.is_featured) body.is_featured = after.is_featured;
  const genres = (ids: number[]) => [...ids].sort((a, b) => a - b).join(",");
  if (genres(after.genre_ids) !== genres(before.genre_ids)) body.genre_ids = after.genre_ids;
  return body as TitleUpdate;
}
