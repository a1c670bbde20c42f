import type { ComponentChildren, JSX } from "preact";

type Variant = "primary" | "secondary" | "ghost";

export interface ButtonProps extends Omit<JSX.HTMLAttributes<HTMLButtonElement>, "className"> {
  variant?: Variant;
  busy?: boolean;
  type?: "button" | "submit";
  disabled?: boolean;
  children: ComponentChildren;
}

/** A button named by its action ("Sign in", "Play"); `busy` keeps its name and tells assistive tech. */
export function Button({
  variant = "primary",
  busy = false,
  type = "button",
  children,
  ...rest
}: ButtonProps) {
  return (
    <button {...rest} type={type} class={`ui-button ui-button--${variant}`} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

export interface LinkButtonProps extends Omit<JSX.HTMLAttributes<HTMLAnchorElement>, "className"> {
  href: string;
  variant?: Variant;
  children: ComponentChildren;
}

/** A link that looks like a button: navigation stays a real `<a href>` (new tab, deep links). */
export function LinkButton({ variant = "primary", children, ...rest }: LinkButtonProps) {
  return (
    <a {...rest} class={`ui-button ui-button--${variant}`}>
      {children}
    </a>
  );
}
