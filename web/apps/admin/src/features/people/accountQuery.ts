// The accounts table's query (search by email, role filter) lives in the page's URL like the titles
// table's, so a filtered list can be linked and reloaded; these read it, write it back and give the API's
// parameters. The audit log's target filter is built here too: one spelling of "account:<id>".

import type { components } from "@vuga/api";

export type Role = components["schemas"]["Role"];

export const ROLES: readonly Role[] = ["viewer", "editor", "admin"];
export const ACCOUNTS_PAGE_SIZE = 50;
const QUERY_MAX = 100;

export interface AccountListQuery {
  q: string;
  role: Role | null;
}

export function parseAccountQuery(params: Record<string, string | undefined>): AccountListQuery {
  const role = params.role as Role;
  return { q: (params.q ?? "").slice(0, QUERY_MAX), role: ROLES.includes(role) ? role : null };
}

/** The query string of `query` ("" when unfiltered), for the page's URL. */
export function accountQueryString(query: AccountListQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The API's parameters for a page of `query` after `cursor`. */
export function accountApiParams(query: AccountListQuery, cursor: string | null) {
  const q = query.q.trim();
  return {
    limit: ACCOUNTS_PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

export function accountTarget(id: number): string {
  return `account:${id}`;
}

/** The audit page's address for one target, or for every entry. */
export function auditHref(target: string | null): string {
  return target ? `/admin/audit?${new URLSearchParams({ target })}` : "/admin/audit";
}
