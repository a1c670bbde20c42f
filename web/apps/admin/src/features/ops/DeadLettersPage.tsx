// The dead letters (admins only): jobs that failed every attempt, newest first, each with Replay (the job
// runs afresh and the letter leaves the list) and Drop (after a confirmation: the job is forgotten).

import type { components } from "@vuga/api";
import { Button, Notice, Spinner } from "@vuga/ui";
import { useState } from "preact/hooks";
import { ConfirmDialog } from "../../layout/ConfirmDialog";
import { usePageTitle } from "../../layout/page";
import { failedAtText } from "./failedAt";
import { dropDeadLetter, replayDeadLetter, useDeadLetters } from "./queries";

type DeadJob = components["schemas"]["DeadJob"];

export function DeadLettersPage() {
  usePageTitle("Dead letters");
  const letters = useDeadLetters();
  const [asked, setAsked] = useState<DeadJob | null>(null);
  const [outcome, setOutcome] = useState<{ kind: "status" | "alert"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (letter: DeadJob, action: () => Promise<unknown>, done: string) => {
    setAsked(null);
    setBusy(letter.id);
    try {
      await action();
      setOutcome({ kind: "status", text: done });
    } catch (error) {
      setOutcome({ kind: "alert", text: `${letter.task_name}: ${(error as Error).message}` });
    } finally {
      setBusy(null);
    }
  };

  const items = letters.data?.items ?? [];
  return (
    <section class="admin-page">
      <div class="admin-page__head">
        <h1>Dead letters</h1>
        <Button variant="secondary" onClick={() => void letters.refetch()}>
          Refresh
        </Button>
      </div>
      <p>Jobs that failed every attempt. Replay one once its cause is fixed, or drop it.</p>
      {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      {letters.isError && (
        <Notice kind="alert">The dead letters could not be loaded: {letters.error.message}</Notice>
      )}
      {letters.isPending ? (
        <Spinner label="Loading the dead letters" />
      ) : (
        <table
          class="admin-table"
          aria-busy={letters.isFetching || undefined}
          data-testid="dead-letters-table"
        >
          <caption class="ui-visually-hidden">Dead letters, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Attempts</th>
              <th scope="col">Failed at</th>
              <th scope="col">Error</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((letter) => (
              <tr key={letter.id}>
                <th scope="row">
                  {letter.task_name} <span class="ui-visually-hidden">({letter.id})</span>
                </th>
                <td>{letter.attempts}</td>
                <td>{failedAtText(letter.failed_at)}</td>
                <td>
                  <p class="admin-error-text">{letter.error}</p>
                </td>
                <td>
                  <div class="admin-row-actions">
                    <Button
                      variant="secondary"
                      busy={busy === letter.id}
                      disabled={busy !== null}
                      onClick={() =>
                        void act(
                          letter,
                          () => replayDeadLetter(letter.id),
                          `${letter.task_name} is queued again.`,
                        )
                      }
                    >
                      Replay
                      <span class="ui-visually-hidden">
                        {" "}
                        {letter.task_name} ({letter.id})
                      </span>
                    </Button>
                    <Button variant="ghost" disabled={busy !== null} onClick={() => setAsked(letter)}>
                      Drop
                      <span class="ui-visually-hidden">
                        {" "}
                        {letter.task_name} ({letter.id})
                      </span>
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!letters.isPending && !letters.isError && items.length === 0 && (
        <p role="status">No dead letter: every job ran.</p>
      )}
      {asked && (
        <ConfirmDialog
          title={`Drop the dead letter of ${asked.task_name}?`}
          confirmLabel="Drop the letter"
          onConfirm={() =>
            void act(asked, () => dropDeadLetter(asked.id), `The letter of ${asked.task_name} is dropped.`)
          }
          onCancel={() => setAsked(null)}
        >
          <p>The job will not run again, and its arguments and error are forgotten. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
