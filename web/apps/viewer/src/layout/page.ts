import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { t } from "../messages";

/** The document's title for this page ("Search · VUGA TV"), as screen readers announce it. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t.appName}` : t.appName;
  }, [title]);
}

/** Send the visitor elsewhere when `when` holds (sign-in required, no profile chosen). */
export function useRedirect(when: boolean, to: string): void {
  const { route, url } = useLocation();
  useEffect(() => {
    if (when) route(to.includes("?") || to === url ? to : `${to}?next=${encodeURIComponent(url)}`, true);
  }, [when, to, url, route]);
}

export function nextFrom(query: Record<string, string>): string {
  const next = query.next ?? "/";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}
