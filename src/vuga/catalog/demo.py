"""A demo catalog for a fresh install: genres, languages, people, movies and series with seasons, episodes,
credits, playable sources, subtitles, trailers, a top 10 and generated artwork.

Everything is invented from word lists by one seeded ``random.Random`` and a fixed base date, so two loads
with the same seed produce the same rows and images (ids aside, which the database assigns). Stream and
trailer URLs point at placeholder hosts; artwork is drawn with Pillow and written under ``media_dir``.
The caller owns the transaction and guarantees an empty catalog; this module only adds rows and flushes.
"""

from __future__ import annotations

import asyncio
import colorsys
import functools
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import msgspec
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    Access,
    Credit,
    CreditRole,
    Episode,
    Genre,
    Language,
    MediaSource,
    Person,
    Season,
    SourceKind,
    SourceQuality,
    Subtitle,
    SubtitleFormat,
    Title,
    TitleGenre,
    TitleKind,
    Top10Entry,
    Trailer,
    TrailerKind,
)
from vuga.catalog.service.editing import sort_title
from vuga.core.db import Base
from vuga.core.maturity import Maturity

MOVIES, SERIES, PEOPLE, DIRECTORS, FEATURED = 120, 40, 250, 40, 15
# Fixed "now" of the demo world: published_at values count back from it instead of reading the clock.
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
STREAM_HOST = "https://stream.example.com"
MP4_BYTES_PER_S = 625_000  # 5 Mbit/s, a typical 1080p H.264 bitrate

GENRES = [
    ("action", "Action"), ("adventure", "Adventure"), ("animation", "Animation"), ("comedy", "Comedy"),
    ("crime", "Crime"), ("documentary", "Documentary"), ("drama", "Drama"), ("family", "Family"),
    ("fantasy", "Fantasy"), ("horror", "Horror"), ("romance", "Romance"), ("sci-fi", "Sci-Fi"),
    ("thriller", "Thriller"), ("mystery", "Mystery"),
]  # fmt: skip
LANGUAGES = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "ja": "Japanese", "ko": "Korean",
    "it": "Italian", "pt-BR": "Portuguese (Brazil)",
}  # fmt: skip
LANGUAGE_WEIGHTS = [30, 3, 3, 2, 3, 3, 2, 2]  # same order as LANGUAGES: mostly English, like most catalogs
MATURITY_WEIGHTS = [2, 2, 4, 3, 2]  # same order as Maturity: 13+ is the most common rating
FAMILY_GENRES = {"animation", "family"}

FIRST_NAMES = [
    "Ava", "Liam", "Noah", "Emma", "Mateo", "Sofia", "Hiro", "Yuna", "Lucas", "Chloe", "Omar", "Leila",
    "Felix", "Ingrid", "Marco", "Elena", "Kwame", "Amara", "Jonas", "Freya", "Diego", "Lucia", "Theo",
    "Nadia", "Ravi", "Priya", "Oscar", "Greta", "Julien", "Camille", "Minjun", "Seo-yeon", "Tomas", "Clara",
]  # fmt: skip
LAST_NAMES = [
    "Harper", "Moreau", "Tanaka", "Okafor", "Lindqvist", "Rossi", "Alvarez", "Kim", "Novak", "Bennett",
    "Fischer", "Duarte", "Sato", "Mensah", "Laurent", "Castillo", "Park", "Whitaker", "Ivanova", "Brennan",
    "Costa", "Nakamura", "Adeyemi", "Dubois", "Kowalski", "Reyes", "Sinclair", "Weber", "Holloway", "Marsh",
]  # fmt: skip
NATIONALITIES = [
    "American", "British", "French", "Spanish", "German", "Japanese", "Korean", "Italian", "Brazilian",
    "Nigerian",
]  # fmt: skip
CHARACTER_PREFIXES = ["", "", "", "Dr. ", "Captain ", "Agent ", "Detective ", "Aunt "]

ADJECTIVES = [
    "Silent", "Crimson", "Hollow", "Broken", "Golden", "Hidden", "Last", "Frozen", "Burning", "Quiet",
    "Restless", "Forgotten", "Electric", "Wild", "Distant", "Midnight", "Velvet", "Iron", "Paper",
    "Northern", "Savage", "Secret", "Falling", "Endless",
]  # fmt: skip
NOUNS = [
    "Harbor", "Protocol", "Kingdom", "Garden", "Signal", "Horizon", "Empire", "River", "Witness",
    "Frontier", "Orchard", "Mirror", "Machine", "Lantern", "Tide", "Station", "Covenant", "Archive",
    "Island", "Circuit", "Verdict", "Compass", "Summer", "Carnival", "Orbit", "Cartel", "Pilgrim", "Rift",
]  # fmt: skip
PLACES = [
    "Lisbon", "the North", "Blackwater", "the Valley", "Marrakesh", "Avalon", "the Deep", "Kyoto",
    "the Dunes", "Ashford", "Old Havana", "New Carthage",
]  # fmt: skip
HEROES = [
    "A retired detective", "Two estranged sisters", "A young engineer", "A disgraced surgeon",
    "A small-town mechanic", "An ambitious journalist", "A reluctant heir", "A rookie pilot",
    "A grieving father", "A brilliant hacker", "A travelling magician", "A stubborn marine biologist",
]  # fmt: skip
DEEDS = [
    "uncovers a conspiracy", "inherits a crumbling estate", "is drawn into a dangerous game",
    "finds a map that should not exist", "takes one last job", "returns home after twenty years",
    "answers a mysterious distress call", "stumbles onto a forgotten secret",
]  # fmt: skip
TWISTS = [
    "when an old rival resurfaces", "as a storm cuts the town off from the world",
    "after a stranger arrives with a warning", "as the clock runs out", "when a trusted ally disappears",
    "once the first lie comes to light",
]  # fmt: skip
STAKES = [
    "everything they love is at stake", "no one can be trusted", "the past refuses to stay buried",
    "one wrong move could cost everything", "every friendship is tested to the limit",
]  # fmt: skip

Progress = Callable[[str, int, int], None]


class DemoCatalog(msgspec.Struct, frozen=True):
    """What a load created, for the CLI to print."""

    titles: int
    seasons: int
    episodes: int
    people: int
    genres: int
    images: int


@dataclass
class _Plan:
    """A title row plus what its related rows and artwork are built from."""

    row: Title
    slug: str
    genres: list[str]
    hue: float  # the artwork's palette
    premium: bool
    season_count: int  # 0 for movies


async def load_demo_catalog(
    session: AsyncSession, media_dir: Path, *, seed: int = 42, on_progress: Progress | None = None
) -> DemoCatalog:
    """Fill an empty catalog and write its artwork under ``media_dir / "artwork"``."""
    rng = random.Random(seed)  # noqa: S311 - invented demo data, seeded so that loads are reproducible
    report = on_progress or _no_progress
    genres = [Genre(slug=slug, name=name, position=i) for i, (slug, name) in enumerate(GENRES)]
    languages = [Language(code=code, name=name) for code, name in LANGUAGES.items()]
    people = _people(rng)
    session.add_all([*genres, *languages, *people])
    await session.flush()
    report("people", len(people), len(people))

    plans = _plan_titles(rng, [language.id for language in languages])
    artwork_dir = media_dir / "artwork"
    artwork_dir.mkdir(parents=True, exist_ok=True)
    images = 0
    for done, plan in enumerate(plans, 1):
        # Rendering is CPU-bound: keep it off the event loop so a server that calls this stays responsive.
        images += await asyncio.to_thread(_render_artwork, plan, artwork_dir)
        report("images", done, len(plans))
    session.add_all([plan.row for plan in plans])
    await session.flush()
    report("titles", len(plans), len(plans))

    genre_ids = {genre.slug: genre.id for genre in genres}
    person_ids = [person.id for person in people]
    related: list[Base] = []
    series: list[tuple[_Plan, Season, list[Episode]]] = []
    for plan in plans:
        related += _title_extras(rng, plan, genre_ids, person_ids)
        series += [(plan, season, episodes) for season, episodes in _seasons(rng, plan)]
    published = sorted((p.row for p in plans if p.row.is_published), key=lambda row: -row.popularity)
    related += [Top10Entry(position=i, title_id=row.id) for i, row in enumerate(published[:10], 1)]
    session.add_all([*related, *(season for _, season, _ in series)])
    await session.flush()
    report("details", len(plans), len(plans))

    for _, season, episodes in series:
        for episode in episodes:
            episode.season_id = season.id
    all_episodes = [episode for _, _, episodes in series for episode in episodes]
    session.add_all(all_episodes)
    await session.flush()
    session.add_all(
        MediaSource(
            title_id=episode.title_id,
            episode_id=episode.id,
            kind=SourceKind.HLS,
            url=f"{STREAM_HOST}/titles/{episode.title_id}/episodes/{episode.id}/master.m3u8",
            quality=SourceQuality.AUTO,
            # A premium series keeps the first episode of each season free as a teaser.
            access=Access.PREMIUM if plan.premium and episode.number > 1 else Access.FREE,
        )
        for plan, _, episodes in series
        for episode in episodes
    )
    await session.flush()
    report("episodes", len(all_episodes), len(all_episodes))
    return DemoCatalog(
        titles=len(plans),
        seasons=len(series),
        episodes=len(all_episodes),
        people=len(people),
        genres=len(genres),
        images=images,
    )


def _no_progress(stage: str, done: int, total: int) -> None:
    """The progress sink when the caller draws no progress bar."""


def _people(rng: random.Random) -> list[Person]:
    names = rng.sample([f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES], PEOPLE)
    people = []
    for i, name in enumerate(names):
        nationality = rng.choice(NATIONALITIES)
        # The first DIRECTORS people are the filmmakers that _title_extras draws directors from.
        if i < DIRECTORS:
            biography = f"{name} is a {nationality} filmmaker with {rng.randint(3, 14)} features to date."
        else:
            quality = rng.choice(["understated", "fearless", "warm", "magnetic", "quietly intense"])
            biography = f"{name} is a {nationality} actor known for {quality} performances."
        birth_date = date(1940, 1, 1) + timedelta(days=rng.randrange(62 * 365))
        people.append(Person(name=name, biography=biography, birth_date=birth_date))
    return people


def _plan_titles(rng: random.Random, language_ids: list[int]) -> list[_Plan]:
    names: dict[str, str] = {}  # slug -> title: unique slugs keep artwork file names apart
    while len(names) < MOVIES + SERIES:
        adjective, noun, place = rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(PLACES)
        name = rng.choice([f"The {adjective} {noun}", f"{adjective} {noun}", f"The {noun} of {place}"])
        names.setdefault(re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), name)
    kinds = [TitleKind.MOVIE] * MOVIES + [TitleKind.SERIES] * SERIES
    rng.shuffle(kinds)
    ranks = rng.sample(range(1, len(kinds) + 1), len(kinds))
    plans = []
    for (slug, name), kind, rank in zip(names.items(), kinds, ranks, strict=True):
        genres = rng.sample([slug for slug, _ in GENRES], rng.randint(1, 3))
        ages = [rating.min_age for rating in Maturity]
        if FAMILY_GENRES & set(genres):
            maturity_age = rng.choice(ages[:2])
        else:
            maturity_age = rng.choices(ages, MATURITY_WEIGHTS)[0]
        season_count = rng.randint(1, 4) if kind is TitleKind.SERIES else 0
        # Squared uniform skews toward recent years; a series must fit all its seasons before 2026.
        release_year = min(2026 - int(57 * rng.random() ** 2), 2026 - season_count)
        popularity = round(1000 / rank**0.8 * rng.uniform(0.85, 1.15), 2)
        view_count = int(popularity * rng.uniform(800, 1200))
        is_published = rng.random() < 0.85
        age_days = (BASE_TIME.date() - date(release_year, 1, 1)).days
        premise = f"{rng.choice(HEROES)} {rng.choice(DEEDS)} in {rng.choice(PLACES)}."
        row = Title(
            kind=kind,
            title=name,
            sort_title=sort_title(name),
            synopsis=f"{premise} {_complication(rng)}",
            release_year=release_year,
            duration_s=int(rng.triangular(80, 170, 105)) * 60 if kind is TitleKind.MOVIE else None,
            maturity_age=maturity_age,
            language_id=rng.choices(language_ids, LANGUAGE_WEIGHTS)[0],
            is_published=is_published,
            # Never on the platform before the title came out.
            published_at=BASE_TIME - timedelta(days=rng.randint(0, min(age_days, 900)))
            if is_published
            else None,
            popularity=popularity,
            view_count=view_count,
            **_ratings(
                rating_avg=rng.triangular(5.0, 9.5, 7.2),
                count=max(1, int(view_count * rng.uniform(0.01, 0.05))),
            ),
            poster_url=f"/artwork/{slug}-poster.jpg",
            poster_wide_url=f"/artwork/{slug}-wide.jpg",
        )
        plans.append(_Plan(row, slug, genres, rng.random(), rng.random() < 0.25, season_count))
    # Editors feature well-watched titles, so pick from the more popular published ones.
    candidates = sorted((p for p in plans if p.row.is_published), key=lambda p: -p.row.popularity)
    for plan in rng.sample(candidates[: FEATURED * 3], FEATURED):
        plan.row.is_featured = True
        plan.row.backdrop_url = f"/artwork/{plan.slug}-backdrop.jpg"
    return plans


def _title_extras(
    rng: random.Random, plan: _Plan, genre_ids: dict[str, int], person_ids: list[int]
) -> list[Base]:
    """Genres, credits and trailer of a title, plus the sources and subtitles a movie plays with."""
    title_id = plan.row.id
    rows: list[Base] = [TitleGenre(title_id=title_id, genre_id=genre_ids[slug]) for slug in plan.genres]
    director = rng.choice(person_ids[:DIRECTORS])
    rows.append(Credit(title_id=title_id, person_id=director, role=CreditRole.DIRECTOR, billing_order=0))
    cast = rng.sample(person_ids[DIRECTORS:], rng.randint(3, 6))
    rows += [
        Credit(
            title_id=title_id,
            person_id=person_id,
            role=CreditRole.CAST,
            character=f"{rng.choice(CHARACTER_PREFIXES)}{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            billing_order=order,
        )
        for order, person_id in enumerate(cast)
    ]
    video_id = "".join(rng.choices(string.ascii_letters + string.digits + "-_", k=11))
    trailer_url = f"https://www.youtube.com/watch?v={video_id}"
    rows.append(
        Trailer(title_id=title_id, name="Official Trailer", kind=TrailerKind.YOUTUBE, url=trailer_url)
    )
    if plan.row.kind != TitleKind.MOVIE:
        return rows
    access = Access.PREMIUM if plan.premium else Access.FREE
    rows += [
        MediaSource(
            title_id=title_id,
            kind=SourceKind.HLS,
            url=f"{STREAM_HOST}/titles/{title_id}/master.m3u8",
            quality=SourceQuality.AUTO,
            access=access,
        ),
        MediaSource(
            title_id=title_id,
            kind=SourceKind.MP4,
            url=f"{STREAM_HOST}/titles/{title_id}/1080p.mp4",
            quality=SourceQuality.FHD_1080,
            access=access,
            is_downloadable=True,
            size_bytes=(plan.row.duration_s or 0) * MP4_BYTES_PER_S,
        ),
    ]
    rows += [
        Subtitle(
            title_id=title_id,
            language_code=code,
            label=LANGUAGES[code],
            format=SubtitleFormat.VTT,
            url=f"{STREAM_HOST}/titles/{title_id}/subtitles/{code}.vtt",
        )
        for code in rng.sample(["en", "fr", "es"], rng.randint(1, 2))
    ]
    return rows


def _seasons(rng: random.Random, plan: _Plan) -> list[tuple[Season, list[Episode]]]:
    """A series' seasons, one a year, each with its episodes (whose season_id is set once seasons flush)."""
    runtime = rng.randint(22, 60)  # a show keeps roughly one episode length
    seasons = []
    for number in range(1, plan.season_count + 1):
        year = plan.row.release_year + number - 1
        premiere = date(year, rng.randint(1, 10), rng.randint(1, 28))
        episodes = [
            Episode(
                title_id=plan.row.id,
                number=episode,
                name=f"The {rng.choice(NOUNS)}" if rng.random() < 0.5 else f"{rng.choice(ADJECTIVES)} Hours",
                synopsis=_complication(rng),
                duration_s=min(60, max(22, runtime + rng.randint(-3, 3))) * 60,
                air_date=premiere + timedelta(weeks=episode - 1),
            )
            for episode in range(1, rng.randint(6, 10) + 1)
        ]
        season = Season(title_id=plan.row.id, number=number, name=f"Season {number}", release_year=year)
        seasons.append((season, episodes))
    return seasons


def _ratings(rating_avg: float, count: int) -> dict[str, float | int]:
    """Rating columns that agree with each other: the average is the integer total over the count."""
    total = round(rating_avg * count)
    return {"rating_total": total, "rating_count": count, "rating_avg": total / count}


def _complication(rng: random.Random) -> str:
    twist = rng.choice(TWISTS)
    return f"{twist[0].upper()}{twist[1:]}, {rng.choice(STAKES)}."


def _hsv(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def _render_artwork(plan: _Plan, directory: Path) -> int:
    """Write the title's posters (and backdrop when featured); returns how many images were written."""
    sizes = {"poster": (400, 600), "wide": (640, 360)}
    if plan.row.is_featured:
        sizes["backdrop"] = (1280, 720)
    label = dict(GENRES)[plan.genres[0]].upper()
    for variant, size in sizes.items():
        _card(size, plan.hue, plan.row.title, label).save(
            directory / f"{plan.slug}-{variant}.jpg", "JPEG", quality=80
        )
    return len(sizes)


def _card(size: tuple[int, int], hue: float, title: str, label: str) -> Image.Image:
    """A light-to-dark vertical gradient with the title in white near the bottom, where contrast is best."""
    top, bottom = _hsv(hue, 0.55, 0.8), _hsv((hue + 0.12) % 1, 0.75, 0.18)
    # linear_gradient runs black to white downwards: as the mask it blends the top colour into the bottom one.
    mask = Image.linear_gradient("L").resize(size)
    image = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)
    width, height = size
    margin, font_size = width // 12, min(size) // 10
    font, label_font = _font(font_size), _font(font_size * 2 // 5)
    lines = _wrap(title, font, width - 2 * margin)
    line_height = font_size * 6 // 5
    y = height - margin - line_height * len(lines)
    draw = ImageDraw.Draw(image)
    draw.text((margin, y - font_size * 4 // 5), label, font=label_font, fill=_hsv(hue, 0.15, 1.0))
    for line in lines:
        draw.text((margin, y), line, font=font, fill=(255, 255, 255))
        y += line_height
    return image


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Parsing the bundled font is the slow part of drawing text; a few sizes serve every image.
    return ImageFont.load_default(size=size)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """Greedy word wrap to a pixel width; a single word wider than that keeps its own line."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
