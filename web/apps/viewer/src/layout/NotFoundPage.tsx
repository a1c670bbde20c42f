import { t } from "../messages";
import { usePageTitle } from "./page";

export function NotFoundPage() {
  usePageTitle(t.notFound.heading);
  return (
    <div class="page page--narrow">
      <h1>{t.notFound.heading}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <a href="/">{t.notFound.home}</a>
      </p>
    </div>
  );
}
