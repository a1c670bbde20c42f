import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";

export interface RailProps {
  heading: string;
  children: ComponentChildren;
  /** Called when the end of the rail scrolls into view: load the next 20. */
  onNearEnd?: (() => void) | undefined;
  busy?: boolean;
  headingLevel?: 2 | 3;
  /** Changes whenever a page has loaded: the end is watched again (an end still in view asks once more). */
  loaded?: number;
}

/** A titled horizontal row of cards (a list), scrolled by touch, wheel, or arrow keys. */
export function Rail({
  heading,
  children,
  onNearEnd,
  busy = false,
  headingLevel = 2,
  loaded = 0,
}: RailProps) {
  const id = useId();
  const end = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const callback = useRef(onNearEnd);
  callback.current = onNearEnd;
  useEffect(() => {
    if (!end.current || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current?.();
      },
      { root: list.current, rootMargin: "0px 600px 0px 0px" },
    );
    observer.observe(end.current); // reports at once whether the end is in view
    return () => observer.disconnect();
  }, [loaded]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section class="ui-rail" aria-labelledby={id} aria-busy={busy || undefined}>
      <Heading id={id} class="ui-rail__heading">
        {heading}
      </Heading>
      <ul class="ui-rail__list" ref={list} data-nav-row>
        {children}
        <li class="ui-rail__end" ref={end} aria-hidden="true" />
      </ul>
    </section>
  );
}
