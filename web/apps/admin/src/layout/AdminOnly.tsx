// The screens over the admin role's API (accounts, the audit log, the dead letters): an editor who opens one
// by its address gets a page saying so, not a table of 403s. The navigation does not offer them to editors.

import type { ComponentType } from "preact";
import { isAdmin, useMe } from "../features/accounts/me";
import { usePageTitle } from "./page";

function NotForEditorsPage() {
  usePageTitle("Not allowed");
  return (
    <section class="admin-page">
      <h1>Not allowed</h1>
      <p role="alert">
        This page is for admins only: an editor's account can edit the catalog but not accounts, the audit log
        or the job queue. Ask an admin if you need it.
      </p>
      <p>
        <a href="/admin/titles">Go to the titles</a>
      </p>
    </section>
  );
}

/** `Page` for an admin, the "not allowed" page for anyone else. */
export function adminOnly(Page: ComponentType): ComponentType {
  return function AdminOnlyPage() {
    const { me } = useMe();
    return isAdmin(me.data?.role) ? <Page /> : <NotForEditorsPage />;
  };
}
