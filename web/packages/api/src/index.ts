export { type Api, type ApiClient, type ApiOptions, createApi, unwrap } from "./client";
export { ApiError, type FieldProblem, OfflineError, type ProblemBody } from "./problems";
export type { components, paths } from "./schema.gen";
export {
  type KeyValueStorage,
  SESSION_KEY,
  SessionStore,
  type StoredSession,
  type TokenPair,
} from "./session";

import type { components } from "./schema.gen";

type Schemas = components["schemas"];
export type TitleSummary = Schemas["TitleSummary"];
export type TitleDetail = Schemas["TitleDetail"];
export type Profile = Schemas["ProfileOut"];
export type Home = Schemas["Home"];
export type PersonalHome = Schemas["PersonalHome"];
export type Rail = Schemas["Rail"];
export type ProgressItem = Schemas["ProgressItem"];
export type LibraryItem = Schemas["LibraryItem"];
export type Suggestion = Schemas["SuggestionOut"];
export type Episode = Schemas["EpisodeOut"];
export type Season = Schemas["SeasonOut"];
export type Maturity = Schemas["Maturity"];
export type TitleSort = Schemas["TitleSort"];
export type TitleKind = Schemas["TitleKind"];
export type Genre = Schemas["GenreOut"];
export type Rating = Schemas["RatingOut"];
export type ChannelSummary = Schemas["ChannelSummary"];
export type GuideRow = Schemas["GuideRow"];
export type ProgrammeOut = Schemas["ProgrammeOut"];
