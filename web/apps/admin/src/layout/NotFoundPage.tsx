import { usePageTitle } from "./page";

export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <section class="admin-page">
      <h1>Not found</h1>
      <p>
        No admin page is at this address. <a href="/admin/titles">Go to the titles</a>.
      </p>
    </section>
  );
}
