// The audit log (admins only): every admin action, newest first — when, who, what, on what, and the fields
// it changed. `?target=account:42` narrows it to one target (each account row links there).

import { Notice, Spinner } from "@vuga/ui";
import { useLocation } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { auditHref } from "./accountQuery";
import { changeLines } from "./auditChange";
import { useAuditLog } from "./queries";

const TARGET_MAX = 100;
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

export function AuditPage() {
  const { query: params } = useLocation();
  const target = params.target ? params.target.slice(0, TARGET_MAX) : null;
  usePageTitle(target ? `Audit log of ${target}` : "Audit log");
  const log = useAuditLog(target);
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section class="admin-page">
      <div class="admin-page__head">
        <h1>{target ? `Audit log of ${target}` : "Audit log"}</h1>
        {target && <a href={auditHref(null)}>Every entry</a>}
      </div>
      {log.isError && <Notice kind="alert">The audit log could not be loaded: {log.error.message}</Notice>}
      {log.isPending ? (
        <Spinner label="Loading the audit log" />
      ) : (
        <table class="admin-table" aria-busy={log.isFetching || undefined} data-testid="audit-table">
          <caption class="ui-visually-hidden">Admin actions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <time dateTime={entry.at}>{dateFormat.format(new Date(entry.at))}</time>
                </th>
                <td>{entry.actor}</td>
                <td>{entry.action}</td>
                <td>
                  <a href={auditHref(entry.target)}>{entry.target}</a>
                </td>
                <td>
                  <p class="admin-change">{changeLines(entry.before, entry.after).join("\n")}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!log.isPending && !log.isError && rows.length === 0 && <p role="status">No admin action yet.</p>}
      {log.hasNextPage && (
        <button
          type="button"
          class="ui-button ui-button--secondary"
          aria-busy={log.isFetchingNextPage || undefined}
          onClick={() => void log.fetchNextPage()}
        >
          Show older entries
        </button>
      )}
    </section>
  );
}
