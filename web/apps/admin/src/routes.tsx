// Every route of the admin UI, in one file. All live under /admin/ (the build's base).

import { Route, Router } from "preact-iso";
import { TitleEditPage, TitleNewPage } from "./features/catalog/TitleEditPage";
import { TitlesPage } from "./features/catalog/TitlesPage";
import { Top10Page } from "./features/catalog/Top10Page";
import { NotFoundPage } from "./layout/NotFoundPage";

export const paths = {
  titles: "/admin/titles",
  newTitle: "/admin/titles/new",
  title: (id: number) => `/admin/titles/${id}`,
  top10: "/admin/top10",
} as const;

export function AdminRoutes() {
  return (
    <Router>
      <Route path="/admin" component={TitlesPage} />
      <Route path="/admin/titles" component={TitlesPage} />
      <Route path="/admin/titles/new" component={TitleNewPage} />
      <Route path="/admin/titles/:id" component={TitleEditPage} />
      <Route path="/admin/top10" component={Top10Page} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}
