// Accounts and the audit log as the admin UI reads and changes them: query keys, fetches, writes and the
// invalidations a write implies (every change to an account is audited, so the log is refetched too).

import { type InfiniteData, keepPreviousData, useInfiniteQuery } from "@tanstack/preact-query";
import { type components, unwrap } from "@vuga/api";
import { client, queryClient } from "../../api";
import { type AccountListQuery, accountApiParams, type Role } from "./accountQuery";

export const peopleKeys = {
  allAccounts: ["admin", "accounts"] as const,
  accounts: (query: AccountListQuery) => ["admin", "accounts", query] as const,
  allAudit: ["admin", "audit"] as const,
  audit: (target: string | null) => ["admin", "audit", target] as const,
};

const AUDIT_PAGE_SIZE = 50;

export function useAccountList(query: AccountListQuery) {
  return useInfiniteQuery({
    queryKey: peopleKeys.accounts(query),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET("/api/v1/admin/accounts", {
          params: { query: accountApiParams(query, pageParam) },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? null,
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(target: string | null) {
  return useInfiniteQuery({
    queryKey: peopleKeys.audit(target),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET("/api/v1/admin/audit", {
          params: {
            query: {
              limit: AUDIT_PAGE_SIZE,
              ...(target ? { target } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

type AdminAccount = components["schemas"]["AdminAccount"];
type AccountPage = components["schemas"]["Page_vuga.accounts.admin_routes.AdminAccount_"];

/** The changed account is written into the tables on screen in place — its row stays where the admin acted,
 * with its outcome, even if it no longer matches the filter — and the lists are refetched when next shown. */
function accountChanged(account: AdminAccount): Promise<unknown> {
  queryClient.setQueriesData<InfiniteData<AccountPage>>({ queryKey: peopleKeys.allAccounts }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === account.id ? account : item)),
          })),
        }
      : data,
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: peopleKeys.allAccounts, refetchType: "none" }),
    queryClient.invalidateQueries({ queryKey: peopleKeys.allAudit }),
  ]);
}

export type AccountChange = { role: Role } | { disabled: boolean };

/** PATCH the account; the answer says how many of its sessions the change ended. */
export async function changeAccount(id: number, change: AccountChange) {
  const changed = await unwrap(
    client.PATCH("/api/v1/admin/accounts/{account_id}", {
      params: { path: { account_id: id } },
      body: change,
    }),
  );
  await accountChanged(changed.account);
  return changed;
}

export async function signOutAccount(id: number) {
  const signedOut = await unwrap(
    client.POST("/api/v1/admin/accounts/{account_id}/sign-out", { params: { path: { account_id: id } } }),
  );
  await queryClient.invalidateQueries({ queryKey: peopleKeys.allAudit });
  return signedOut;
}
