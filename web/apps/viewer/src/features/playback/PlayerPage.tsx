import { useRoute } from "preact-iso";
import { usePageTitle } from "../../layout/page";
import { t } from "../../messages";
import { paths } from "../../routes";
import { useCurrentProfile } from "../accounts/session";
import { useTitle } from "../catalog/queries";

/** The player's page, loaded on demand (its code is a chunk of its own). */
export default function PlayerPage() {
  const { params } = useRoute();
  const id = Number(params.id);
  const { profile } = useCurrentProfile();
  const title = useTitle(id, profile?.id ?? null);
  usePageTitle(title.data ? t.player.heading(title.data.title) : undefined);
  return (
    <div class="page player-page">
      <p>
        <a href={paths.title(id)}>{t.player.back}</a>
      </p>
      <h1>{title.data ? t.player.heading(title.data.title) : t.loading}</h1>
      <p>{t.player.noSource}</p>
    </div>
  );
}
