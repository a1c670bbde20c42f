// Arrow-key ("remote-style") navigation: inside a container, rows are marked `data-nav-row` and their
// focusable items `data-nav-item`. Left/right move along a row, up/down to the nearest item of the row above
// or below (by position on screen), so a couch remote's four arrows reach everything. Tab still works.

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export type Direction = "left" | "right" | "up" | "down";

const KEYS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

function items(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>("[data-nav-item]"));
}

/** Where focus goes from `current` in `direction`, or null to leave the key to the browser. */
export function nextFocus(
  container: Element,
  current: HTMLElement,
  direction: Direction,
): HTMLElement | null {
  const row = current.closest("[data-nav-row]");
  if (!row || !container.contains(row)) return null;
  const inRow = items(row);
  const index = inRow.indexOf(current);
  if (direction === "left" || direction === "right") {
    return inRow[index + (direction === "right" ? 1 : -1)] ?? null;
  }
  const rows = Array.from(container.querySelectorAll("[data-nav-row]")).filter((r) => items(r).length > 0);
  const target = rows[rows.indexOf(row) + (direction === "down" ? 1 : -1)];
  if (!target) return null;
  const x = current.getBoundingClientRect().left;
  let best: HTMLElement | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const item of items(target)) {
    const distance = Math.abs(item.getBoundingClientRect().left - x);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** The keydown handler for a container of rows. */
export function arrowNavigation(event: KeyboardEvent): void {
  const direction = KEYS[event.key];
  const target = event.target as HTMLElement | null;
  if (!direction || !target || TYPING.has(target.tagName) || event.altKey || event.ctrlKey || event.metaKey)
    return;
  const container = event.currentTarget as Element;
  const next = nextFocus(container, target, direction);
  if (!next) return;
  event.preventDefault();
  next.focus({ preventScroll: true });
  const reduced = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  next.scrollIntoView({ block: "nearest", inline: "nearest", behavior: reduced ? "auto" : "smooth" });
}
