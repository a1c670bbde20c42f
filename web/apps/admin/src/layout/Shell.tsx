// The admin's frame: who may see it (signed in as an editor or admin; a viewer gets "not allowed", a stranger
// the sign-in form), the navigation and the page. The navigation has room for the sections other admin APIs
// bring: each gets its entry when its API exists. Accounts, the audit log and the dead letters are the admin
// role's (the API refuses editors): an editor's navigation does not list them.

import { ApiError } from "@vuga/api";
import { Button, Notice, Spinner } from "@vuga/ui";
import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { appSession } from "../api";
import { canEdit, isAdmin, useMe } from "../features/accounts/me";
import { NotAllowedPage, SignInPage } from "../features/accounts/SignInPage";

const SECTIONS = [
  { href: "/admin/titles", label: "Titles", adminOnly: false },
  { href: "/admin/top10", label: "Top 10", adminOnly: false },
  { href: "/admin/accounts", label: "Accounts", adminOnly: true },
  { href: "/admin/audit", label: "Audit log", adminOnly: true },
  { href: "/admin/dead-letters", label: "Dead letters", adminOnly: true },
] as const;

export function Shell({ children }: { children: ComponentChildren }) {
  const { signedIn, me } = useMe();
  const { path } = useLocation();
  if (!signedIn) return <SignInPage />;
  if (me.isPending) return <Spinner label="Loading your account" />;
  if (me.isError && !(me.error instanceof ApiError && me.error.status === 401)) {
    return (
      <main class="admin-auth">
        <h1>VUGA TV admin</h1>
        <Notice kind="alert">Your account could not be loaded: {me.error.message}</Notice>
        <Button onClick={() => void me.refetch()}>Try again</Button>
      </main>
    );
  }
  if (!me.data) return <SignInPage />;
  if (!canEdit(me.data.role)) return <NotAllowedPage email={me.data.email} />;
  return (
    <div class="admin-shell">
      <a class="admin-skip" href="#main">
        Skip to the content
      </a>
      <header class="admin-header">
        <p class="admin-header__brand">VUGA TV admin</p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.filter((section) => !section.adminOnly || isAdmin(me.data.role)).map((section) => (
              <li key={section.href}>
                <a href={section.href} aria-current={path.startsWith(section.href) ? "page" : undefined}>
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p class="admin-header__account">
          {me.data.email} ({me.data.role})
        </p>
        <Button variant="ghost" onClick={() => void appSession.signOut()}>
          Sign out
        </Button>
      </header>
      <main id="main" class="admin-main">
        {children}
      </main>
    </div>
  );
}
