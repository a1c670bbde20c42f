// The accounts table (admins only): search by email and a role filter in the page's URL, cursor paging
// ("Show more"), and each row's role, disable / enable and sign-out actions (AccountRow).

import { Notice, Spinner } from "@vuga/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { AccountRow } from "./AccountRow";
import {
  type AccountListQuery,
  accountQueryString,
  parseAccountQuery,
  ROLES,
  type Role,
} from "./accountQuery";
import { useAccountList } from "./queries";

const SEARCH_DELAY_MS = 250;

export function AccountsPage() {
  usePageTitle("Accounts");
  const { query: params, route } = useLocation();
  const query = parseAccountQuery(params);
  const list = useAccountList(query);
  const change = (next: Partial<AccountListQuery>) =>
    route(`/admin/accounts${accountQueryString({ ...query, ...next })}`, true);

  // The search box types freely; the URL (and the request) follows once typing pauses.
  const [text, setText] = useState(query.q);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const typed = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => change({ q: value }), SEARCH_DELAY_MS);
  };

  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section class="admin-page">
      <div class="admin-page__head">
        <h1>Accounts</h1>
      </div>
      <search class="admin-filters" aria-label="Search and filter the accounts">
        <div class="ui-field">
          <label for="accounts-q">Search by email</label>
          <input
            id="accounts-q"
            type="search"
            value={text}
            maxLength={100}
            onInput={(e) => typed(e.currentTarget.value)}
          />
        </div>
        <div class="ui-field">
          <label for="accounts-role">Role</label>
          <select
            id="accounts-role"
            value={query.role ?? ""}
            onChange={(e) => change({ role: (e.currentTarget.value || null) as Role | null })}
          >
            <option value="">Any role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </div>
      </search>
      {list.isError && <Notice kind="alert">The accounts could not be loaded: {list.error.message}</Notice>}
      {list.isPending ? (
        <Spinner label="Loading the accounts" />
      ) : (
        <table class="admin-table" aria-busy={list.isFetching || undefined} data-testid="accounts-table">
          <caption class="ui-visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Created</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((account) => (
              <AccountRow key={account.id} account={account} />
            ))}
          </tbody>
        </table>
      )}
      {!list.isPending && rows.length === 0 && <p role="status">No account matches.</p>}
      <p class="admin-table__more" role="status">
        {rows.length > 0 && `${rows.length} accounts shown${list.hasNextPage ? ", more below" : ""}.`}
      </p>
      {list.hasNextPage && (
        <button
          type="button"
          class="ui-button ui-button--secondary"
          aria-busy={list.isFetchingNextPage || undefined}
          onClick={() => void list.fetchNextPage()}
        >
          Show more accounts
        </button>
      )}
    </section>
  );
}
