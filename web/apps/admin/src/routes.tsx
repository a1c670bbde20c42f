// Every route of the admin UI, in one file. All live under /admin/ (the build's base).

import { Route, Router } from "preact-iso";
import { TitleEditPage, TitleNewPage } from "./features/catalog/TitleEditPage";
import { TitlesPage } from "./features/catalog/TitlesPage";
import { Top10Page } from "./features/catalog/Top10Page";
import { DeadLettersPage } from "./features/ops/DeadLettersPage";
import { AccountsPage } from "./features/people/AccountsPage";
import { AuditPage } from "./features/people/AuditPage";
import { adminOnly } from "./layout/AdminOnly";
import { NotFoundPage } from "./layout/NotFoundPage";

export const paths = {
  titles: "/admin/titles",
  newTitle: "/admin/titles/new",
  title: (id: number) => `/admin/titles/${id}`,
  top10: "/admin/top10",
  accounts: "/admin/accounts",
  audit: "/admin/audit",
  deadLetters: "/admin/dead-letters",
} as const;

// The admin role's screens: an editor who opens one by its address is told it is not for them.
const Accounts = adminOnly(AccountsPage);
const Audit = adminOnly(AuditPage);
const DeadLetters = adminOnly(DeadLettersPage);

export function AdminRoutes() {
  return (
    <Router>
      <Route path="/admin" component={TitlesPage} />
      <Route path="/admin/titles" component={TitlesPage} />
      <Route path="/admin/titles/new" component={TitleNewPage} />
      <Route path="/admin/titles/:id" component={TitleEditPage} />
      <Route path="/admin/top10" component={Top10Page} />
      <Route path="/admin/accounts" component={Accounts} />
      <Route path="/admin/audit" component={Audit} />
      <Route path="/admin/dead-letters" component={DeadLetters} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}
