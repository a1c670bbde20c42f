// The editorial top 10: drag a row onto another to move it, or from the keyboard — each row's Move up /
// Move down buttons, or Alt+Arrow keys (Alt+Home, Alt+End) on a focused row — then save (PUT
// /api/v1/admin/top10). Every move is announced, so a screen-reader user hears where the title went.

import { ApiError, unwrap } from "@vuga/api";
import { Button, Notice, Spinner } from "@vuga/ui";
import { useEffect, useState } from "preact/hooks";
import { client, queryClient } from "../../api";
import { usePageTitle } from "../../layout/page";
import { DEFAULT_QUERY } from "./listQuery";
import { catalogKeys, useTitleList, useTop10 } from "./queries";
import { added, keyboardTarget, moved, TOP10_SIZE } from "./reorder";

interface Entry {
  id: number;
  title: string;
}

function AddTitle({ onAdd, disabled }: { onAdd: (entry: Entry) => void; disabled: boolean }) {
  const [text, setText] = useState("");
  const [asked, setAsked] = useState("");
  const found = useTitleList({ ...DEFAULT_QUERY, q: asked, published: true, sort: "title" });
  const items = asked ? (found.data?.pages[0]?.items.slice(0, 8) ?? []) : [];
  return (
    <form
      class="admin-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        setAsked(text.trim());
      }}
    >
      <fieldset disabled={disabled}>
        <legend>Add a published title</legend>
        <div class="ui-field">
          <label for="top10-find">Title name</label>
          <input id="top10-find" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <Button type="submit" variant="secondary">
          Find
        </Button>
        {items.length > 0 && (
          <ul class="admin-found">
            {items.map((item) => (
              <li key={item.id}>
                {item.title} ({item.release_year}){" "}
                <Button variant="ghost" onClick={() => onAdd({ id: item.id, title: item.title })}>
                  Add {item.title}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {asked && found.isSuccess && items.length === 0 && <p role="status">No published title matches.</p>}
      </fieldset>
    </form>
  );
}

export function Top10Page() {
  usePageTitle("Top 10");
  const top10 = useTop10();
  const [entries, setEntries] = useState<readonly Entry[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (top10.data && entries === null) setEntries(top10.data.items.map(({ id, title }) => ({ id, title })));
  }, [top10.data, entries]);

  if (top10.isPending || entries === null) return <Spinner label="Loading the top 10" />;
  const saved = top10.data?.items.map((item) => item.id).join(",") ?? "";
  const changed = entries.map((entry) => entry.id).join(",") !== saved;

  const move = (from: number, to: number, focus = false) => {
    const next = moved(entries, from, to);
    if (next === entries) return;
    setEntries(next);
    const entry = entries[from];
    const position = next.indexOf(entry as Entry) + 1;
    setAnnouncement(`${entry?.title} moved to position ${position} of ${next.length}.`);
    if (focus) requestAnimationFrame(() => document.getElementById(`top10-row-${entry?.id}`)?.focus());
  };

  return (
    <section class="admin-page">
      <h1>Top 10</h1>
      <p>
        The home page's top 10, in this order. Drag a row to move it, or focus a row's number and press
        Alt+Arrow Up or Alt+Arrow Down. With no title here, the home page shows the most viewed titles.
      </p>
      <p class="ui-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error !== null && (
        <Notice kind="alert">
          {error instanceof ApiError ? error.message : "The top 10 could not be saved."}
        </Notice>
      )}
      <ol class="admin-top10" aria-label="Top 10 order">
        {entries.map((entry, index) => (
          <li
            key={entry.id}
            draggable
            class={`admin-top10__row${dragged === index ? " admin-top10__row--dragged" : ""}`}
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer?.setData("text/plain", String(entry.id));
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
          >
            <button
              type="button"
              id={`top10-row-${entry.id}`}
              class="admin-top10__handle"
              aria-label={`${entry.title}, position ${index + 1}: Alt+Arrow keys move it`}
              onKeyDown={(event) => {
                if (!event.altKey) return;
                const target = keyboardTarget(event.key, index, entries.length);
                if (target === null) return;
                event.preventDefault();
                move(index, target, true);
              }}
            >
              <span class="admin-top10__position">{index + 1}</span>
            </button>
            <span class="admin-top10__title">{entry.title}</span>
            <span class="admin-top10__actions">
              <Button
                variant="ghost"
                aria-label={`Move ${entry.title} up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                Up
              </Button>
              <Button
                variant="ghost"
                disabled={index === entries.length - 1}
                aria-label={`Move ${entry.title} down`}
                onClick={() => move(index, index + 1)}
              >
                Down
              </Button>
              <Button
                variant="ghost"
                aria-label={`Remove ${entry.title}`}
                onClick={() => {
                  setEntries(entries.filter((other) => other.id !== entry.id));
                  setAnnouncement(`${entry.title} removed from the top 10.`);
                }}
              >
                Remove
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {entries.length === 0 && <p>The top 10 is empty: the home page shows the most viewed titles.</p>}
      <div class="admin-actions">
        <Button
          busy={busy}
          disabled={!changed}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              const ids = entries.map((entry) => entry.id);
              await unwrap(client.PUT("/api/v1/admin/top10", { body: { title_ids: ids } }));
              await queryClient.invalidateQueries({ queryKey: catalogKeys.top10 });
              setAnnouncement("The top 10 is saved: the home page shows it now.");
            } catch (caught) {
              setError(caught);
            } finally {
              setBusy(false);
            }
          }}
        >
          Save the order
        </Button>
        <Button
          variant="secondary"
          disabled={!changed}
          onClick={() => {
            setEntries(top10.data?.items.map(({ id, title }) => ({ id, title })) ?? []);
            setAnnouncement("Changes undone.");
          }}
        >
          Undo changes
        </Button>
      </div>
      <AddTitle
        disabled={entries.length >= TOP10_SIZE}
        onAdd={(entry) => {
          const ids = added(
            entries.map((e) => e.id),
            entry.id,
          );
          if (ids.length > entries.length) {
            setEntries([...entries, entry]);
            setAnnouncement(`${entry.title} added at position ${ids.length}.`);
          }
        }}
      />
    </section>
  );
}
