import { Picture, type PictureImage } from "./Picture";

export interface CardTitle {
  id: number;
  title: string;
  release_year: number;
  artwork: { poster: string | null; poster_wide?: string | null; images?: { poster: PictureImage | null } };
}

/** A card's width (--card-width in tokens.css) in the terms `sizes` takes. */
export const CARD_SIZES = "clamp(7.5rem, 14vw, 11rem)";

export interface TitleCardProps {
  title: CardTitle;
  href: string;
  /** 0..1: how much has been watched (continue watching). */
  progress?: number | undefined;
  progressLabel?: string | undefined;
  /** The card a rail's arrow keys start from; the others are reached with the arrows (roving tabindex). */
  tabIndex?: number;
  rank?: number | undefined;
}

/** A poster that links to its title's page; lazy-loaded, sized before it arrives (no layout shift). */
export function TitleCard({ title, href, progress, progressLabel, tabIndex, rank }: TitleCardProps) {
  const poster =
    title.artwork.images?.poster ?? (title.artwork.poster ? { url: title.artwork.poster } : null);
  return (
    <a class="ui-card" href={href} data-nav-item tabIndex={tabIndex}>
      <span class="ui-card__poster">
        {poster ? (
          <Picture image={poster} sizes={CARD_SIZES} width={200} height={300} />
        ) : (
          <span class="ui-card__no-poster" aria-hidden="true">
            {title.title.slice(0, 1)}
          </span>
        )}
        {rank !== undefined && (
          <span class="ui-card__rank" aria-hidden="true">
            {rank}
          </span>
        )}
      </span>
      <span class="ui-card__name">{title.title}</span>
      <span class="ui-card__meta">{title.release_year}</span>
      {progress !== undefined && (
        <span
          class="ui-card__progress"
          role="progressbar"
          aria-label={progressLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <span style={{ width: `${Math.round(progress * 100)}%` }} />
        </span>
      )}
    </a>
  );
}
