// One account's row and its actions: a role chosen in the select and applied after a confirmation,
// disable / enable, sign out everywhere. Each action's outcome is told at the row: how many sessions it
// ended, or the API's problem (an admin cannot demote or disable their own account: 409).

import type { components } from "@vuga/api";
import { Button } from "@vuga/ui";
import { useEffect, useState } from "preact/hooks";
import { ConfirmDialog } from "../../layout/ConfirmDialog";
import { accountTarget, auditHref, ROLES, type Role } from "./accountQuery";
import { type AccountChange, changeAccount, signOutAccount } from "./queries";

type AdminAccount = components["schemas"]["AdminAccount"];
type Asked = { kind: "role"; role: Role } | { kind: "disable" } | { kind: "sign-out" };
interface Outcome {
  kind: "status" | "alert";
  text: string;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

function sessionsText(count: number): string {
  return count === 1 ? "1 session ended" : `${count} sessions ended`;
}

function problemText(error: unknown): string {
  return `Refused: ${error instanceof Error ? error.message : String(error)}`;
}

export function AccountRow({ account }: { account: AdminAccount }) {
  const [role, setRole] = useState<Role>(account.role);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `account-${account.id}-role`;
  useEffect(() => setRole(account.role), [account.role]); // the saved role, once the table is refetched

  const run = async (action: () => Promise<{ sessions_ended: number }>, done: string) => {
    setAsked(null);
    setBusy(true);
    try {
      const { sessions_ended } = await action();
      setOutcome({ kind: "status", text: `${done}: ${sessionsText(sessions_ended)}.` });
    } catch (error) {
      setOutcome({ kind: "alert", text: problemText(error) });
      setRole(account.role);
    } finally {
      setBusy(false);
    }
  };
  const change = (body: AccountChange, done: string) => run(() => changeAccount(account.id, body), done);
  const confirm = () => {
    if (asked?.kind === "role") void change({ role: asked.role }, `Role changed to ${asked.role}`);
    else if (asked?.kind === "disable") void change({ disabled: true }, "Disabled");
    else if (asked?.kind === "sign-out") void run(() => signOutAccount(account.id), "Signed out everywhere");
  };

  return (
    <tr>
      <th scope="row">{account.email}</th>
      <td>{account.role}</td>
      <td>
        <span class={`admin-state admin-state--${account.disabled ? "off" : "on"}`}>
          {account.disabled ? "Disabled" : "Active"}
        </span>
      </td>
      <td>{dateFormat.format(new Date(account.created_at))}</td>
      <td>
        <div class="admin-row-actions">
          <label class="ui-visually-hidden" for={selectId}>
            New role for {account.email}
          </label>
          <select
            id={selectId}
            value={role}
            disabled={busy}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            busy={busy}
            disabled={busy || role === account.role}
            onClick={() => setAsked({ kind: "role", role })}
          >
            Change role<span class="ui-visually-hidden"> of {account.email}</span>
          </Button>
          {account.disabled ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => void change({ disabled: false }, "Enabled")}
            >
              Enable<span class="ui-visually-hidden"> {account.email}</span>
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy} onClick={() => setAsked({ kind: "disable" })}>
              Disable<span class="ui-visually-hidden"> {account.email}</span>
            </Button>
          )}
          <Button variant="ghost" disabled={busy} onClick={() => setAsked({ kind: "sign-out" })}>
            Sign out everywhere<span class="ui-visually-hidden">: {account.email}</span>
          </Button>
          <a href={auditHref(accountTarget(account.id))}>
            Audit log<span class="ui-visually-hidden"> of {account.email}</span>
          </a>
        </div>
        <p
          class={`admin-row-result${outcome?.kind === "alert" ? " admin-row-result--alert" : ""}`}
          role={outcome?.kind ?? "status"}
        >
          {outcome?.text}
        </p>
        {asked && (
          <ConfirmDialog
            title={
              asked.kind === "role"
                ? `Make ${account.email} ${article(asked.role)} ${asked.role}?`
                : asked.kind === "disable"
                  ? `Disable ${account.email}?`
                  : `Sign ${account.email} out everywhere?`
            }
            confirmLabel={
              asked.kind === "role" ? "Change the role" : asked.kind === "disable" ? "Disable" : "Sign out"
            }
            onConfirm={confirm}
            onCancel={() => {
              setAsked(null);
              setRole(account.role);
            }}
          >
            <p>
              {asked.kind === "role"
                ? `The role goes from ${account.role} to ${asked.role}. `
                : asked.kind === "disable"
                  ? "The account can no longer sign in until it is enabled again. "
                  : ""}
              Every session of this account ends: its devices must sign in again.
            </p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}

function article(role: Role): string {
  return /^[aeiou]/.test(role) ? "an" : "a";
}
