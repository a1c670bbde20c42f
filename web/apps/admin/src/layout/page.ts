import { useEffect } from "preact/hooks";

/** The document's title for a page: "what — VUGA TV admin", so that tabs and history say where one is. */
export function usePageTitle(what: string): void {
  useEffect(() => {
    document.title = `${what} — VUGA TV admin`;
  }, [what]);
}
