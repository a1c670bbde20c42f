import type { ComponentChildren } from "preact";

/** A message in the page's flow: `alert` for errors (announced at once), `status` for the rest. */
export function Notice({
  kind = "status",
  children,
}: {
  kind?: "status" | "alert";
  children: ComponentChildren;
}) {
  return (
    <div class={`ui-notice ui-notice--${kind}`} role={kind}>
      {children}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <div class="ui-spinner" role="status">
      <span class="ui-spinner__dot" aria-hidden="true" />
      <span class="ui-visually-hidden">{label}</span>
    </div>
  );
}
