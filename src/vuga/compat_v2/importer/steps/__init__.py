"""The steps of an import, in the order they run (each needs the ones before: titles before their seasons,
profiles before their libraries), and every other VUGA table with the reason it is not imported — so that the
report accounts for every table of the source, not only those we read."""

from __future__ import annotations

from vuga.compat_v2.importer.steps.accounts import ProfilesStep, UsersStep
from vuga.compat_v2.importer.steps.catalog import (
    AgeLimitsStep,
    CastStep,
    EpisodesStep,
    GenresStep,
    LanguagesStep,
    PeopleStep,
    SeasonsStep,
    TitleAgeLimitsStep,
    TitleGenresStep,
    TitlesStep,
)
from vuga.compat_v2.importer.steps.history import HistoryStep, OlderHistoryStep
from vuga.compat_v2.importer.steps.kinds import BatchOutcome, Skip, Step
from vuga.compat_v2.importer.steps.library import (
    EpisodeWatchlistStep,
    FavoritesStep,
    OlderFavoritesStep,
    OlderWatchlistStep,
    RatingsStep,
    WatchlistStep,
)
from vuga.compat_v2.importer.steps.title_media import (
    EpisodeSourcesStep,
    EpisodeSubtitlesStep,
    EpisodeSubtitleTracksStep,
    TitleSourcesStep,
    TitleSubtitlesStep,
    TitleSubtitleTracksStep,
    TopTenStep,
    TrailersStep,
)

STEPS: tuple[type[Step], ...] = (
    LanguagesStep,
    GenresStep,
    PeopleStep,
    AgeLimitsStep,
    TitlesStep,
    TitleAgeLimitsStep,
    TitleGenresStep,
    SeasonsStep,
    EpisodesStep,
    CastStep,
    TitleSourcesStep,
    EpisodeSourcesStep,
    TitleSubtitlesStep,
    EpisodeSubtitlesStep,
    TitleSubtitleTracksStep,
    EpisodeSubtitleTracksStep,
    TrailersStep,
    TopTenStep,
    UsersStep,
    ProfilesStep,
    WatchlistStep,
    OlderWatchlistStep,
    EpisodeWatchlistStep,
    FavoritesStep,
    OlderFavoritesStep,
    RatingsStep,
    HistoryStep,
    OlderHistoryStep,
)

NO_FEATURE = "not imported yet (no such feature)"

# Every other table of VUGA v4's schema, with why it is not imported. A table of the source named neither here
# nor by a step is reported as unknown: nothing is passed over without a line in the report.
NOT_IMPORTED: dict[str, str] = {
    **dict.fromkeys(
        (
            "tv_category",
            "tv_channel",
            "tv_channel_category",
            "tv_categories",
            "tv_channels",
            "tv_channel_categories",
            "tv_schedules",
            "tv_analytics",
        ),
        f"{NO_FEATURE}: live TV",
    ),
    **dict.fromkeys(("custom_ad", "custom_ad_source", "admob_config"), f"{NO_FEATURE}: ads"),
    "subscription_pricing": f"{NO_FEATURE}: plans",
    **dict.fromkeys(
        ("user_base_subscription", "user_distributor_access", "payment_transaction"),
        f"{NO_FEATURE}: subscriptions",
    ),
    **dict.fromkeys(("promo_code", "promo_code_usage"), f"{NO_FEATURE}: promo codes"),
    **dict.fromkeys(
        ("content_distributor", "revenue_share_config", "revenue_share_payout"), f"{NO_FEATURE}: distributors"
    ),
    **dict.fromkeys(
        ("notification", "user_notification", "profile_notification_status", "notification_analytics"),
        f"{NO_FEATURE}: notifications",
    ),
    "app_profile_episode_rating": f"{NO_FEATURE}: ratings of episodes",
    **dict.fromkeys(("content_audio_tracks", "episode_audio_tracks"), f"{NO_FEATURE}: separate audio tracks"),
    "profile_download": f"{NO_FEATURE}: downloads (they live on the devices)",
    "tv_auth_session": "not imported: TV sign-in sessions last five minutes (TVs sign in again)",
    "admin_user": "not imported: make administrators with `vuga create-admin` (VUGA's passwords stay)",
    "app_user_favorite": "not imported: an older VUGA's per-user favourites (now app_profile_favorite)",
    "app_user_rating": "not imported: an older VUGA's per-user ratings (now app_profile_rating)",
    "default_avatar": "read for profiles' avatars: no table of its own here",
    "global_setting": "not imported: app settings are our settings (VUGA_*)",
    "cms_page": "not imported: privacy and terms pages are the operator's web site",
    "media_gallery": "not imported: an admin's upload list (the files themselves are kept by URL)",
    "failed_job": "not imported: VUGA's job queue",
    "schema_migration": "not imported: VUGA's own migrations",
    **dict.fromkeys(
        (
            "age_limit_backup",
            "app_user_favorite_backup",
            "app_user_rating_backup",
            "app_user_watch_history_backup",
            "content_age_limit_backup",
            "content_trailer_url_backup",
        ),
        "not imported: a backup copy VUGA's own migrations left",
    ),
}

__all__ = ["NOT_IMPORTED", "STEPS", "BatchOutcome", "Skip", "Step"]
