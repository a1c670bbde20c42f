// The top 10's order as editors change it: by dragging a row onto another, or from the keyboard (a row's
// "Move up" / "Move down" buttons, or Alt+Arrow on the focused row). Pure functions over the list of ids.

export const TOP10_SIZE = 10;

/** `items` with the one at `from` moved to `to` (clamped to the list); the same array when nothing moves. */
export function moved<T>(items: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || target === from) return items;
  const next = items.slice();
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** Where Alt+ArrowUp / Alt+ArrowDown (or Home/End with Alt) moves the row at `index`; null for other keys. */
export function keyboardTarget(key: string, index: number, length: number): number | null {
  switch (key) {
    case "ArrowUp":
      return Math.max(0, index - 1);
    case "ArrowDown":
      return Math.min(length - 1, index + 1);
    case "Home":
      return 0;
    case "End":
      return length - 1;
    default:
      return null;
  }
}

/** `ids` with `id` added at the end, unless it is there already or the list is full. */
export function added(ids: readonly number[], id: number): readonly number[] {
  return ids.includes(id) || ids.length >= TOP10_SIZE ? ids : [...ids, id];
}
