// TanStack Virtual's core, bound to Preact and the window's scroll: only the rows near the viewport are in
// the DOM, whatever the list's length (its React adapter does the same for React).

import {
  elementScroll,
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  type VirtualizerOptions,
  windowScroll,
} from "@tanstack/virtual-core";
import { useLayoutEffect, useReducer, useState } from "preact/hooks";

type WindowOptions = Pick<VirtualizerOptions<Window, Element>, "count" | "estimateSize" | "overscan"> & {
  scrollMargin?: number;
};

export function useWindowVirtualizer(options: WindowOptions): Virtualizer<Window, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<Window, Element> = {
    getScrollElement: () => (typeof window !== "undefined" ? window : null),
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => (typeof window !== "undefined" ? window.scrollY : 0),
    onChange: () => rerender(undefined as never),
    ...options,
  };
  const [virtualizer] = useState(() => new Virtualizer(resolved));
  virtualizer.setOptions(resolved);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}

// Kept for a scrolling element other than the window, should a page need one.
export { elementScroll };

/** How many cards fit a row of `width` pixels, at least one. */
export function columnsFor(width: number, cardWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
}
