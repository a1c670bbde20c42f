import { useEffect, useState } from "preact/hooks";

/** `value`, once it has stopped changing for `delayMs`: type-ahead asks the server per pause, not per key. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** What a query string becomes before it is sent: trimmed, inner spaces folded, at most 200 characters. */
export function normalisedQuery(text: string): string {
  return text.trim().replace(/\s+/g, " ").slice(0, 200);
}
