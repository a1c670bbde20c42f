import type { Suggestion } from "@vuga/api";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { normalisedQuery, useDebounced } from "./debounce";
import { useSuggestions } from "./queries";

const DEBOUNCE_MS = 200;

function target(suggestion: Suggestion): string {
  return suggestion.kind === "title" ? paths.title(suggestion.id) : paths.search(suggestion.name);
}

/** The search box: an ARIA 1.2 combobox whose listbox holds the server's suggestions as the viewer types.
 * Arrow keys move through them, Enter opens one (or searches for the text), Escape closes the list. */
export function SearchBox() {
  const { route, path, query } = useLocation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(path === "/search" ? (query.q ?? "") : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const { profile } = useCurrentProfile();
  const q = normalisedQuery(useDebounced(text, DEBOUNCE_MS));
  const suggestions = useSuggestions(q, profile?.id ?? null);
  const items = q && normalisedQuery(text) ? (suggestions.data?.items ?? []) : [];
  const expanded = open && items.length > 0;

  useEffect(() => setActive(-1), [q]);

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    route(url);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser the app serves
    <form
      class="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = active >= 0 ? items[active] : undefined;
        if (chosen) go(target(chosen));
        else if (normalisedQuery(text)) go(paths.search(normalisedQuery(text)));
      }}
    >
      <label for={id} class="ui-visually-hidden">
        {t.search.label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t.search.placeholder}
        value={text}
        maxLength={200}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && items.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((active + 1) % items.length);
          } else if (event.key === "ArrowUp" && items.length > 0) {
            event.preventDefault();
            setActive(active <= 0 ? items.length - 1 : active - 1);
          } else if (event.key === "Escape") {
            if (expanded) event.preventDefault();
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t.search.suggestions}
        class="search-box__list"
        hidden={!expanded}
      >
        {items.map((item, index) => (
          // biome-ignore lint/a11y: an option of the combobox's listbox; the input keeps focus and handles the keys (aria-activedescendant)
          <div
            key={`${item.kind}-${item.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            class="search-box__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(target(item))}
          >
            <span>{item.name}</span>
            {item.kind === "person" && <span class="search-box__kind">{t.search.person}</span>}
          </div>
        ))}
      </div>
    </form>
  );
}
