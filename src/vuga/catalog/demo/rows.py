"""The demo's invented rows: people, titles planned with what their related rows and artwork are built from,
each title's genres, credits, trailer and movie media, and a series' seasons and episodes. Every choice comes
from the caller's seeded ``random.Random``."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from datetime import date, timedelta

from vuga.catalog.demo.world import (
    ADJECTIVES,
    BASE_TIME,
    CHARACTER_PREFIXES,
    DEEDS,
    DIRECTORS,
    FAMILY_GENRES,
    FEATURED,
    FIRST_NAMES,
    GENRES,
    HEROES,
    LANGUAGE_WEIGHTS,
    LANGUAGES,
    LAST_NAMES,
    MATURITY_WEIGHTS,
    MOVIES,
    MP4_BYTES_PER_S,
    NATIONALITIES,
    NOUNS,
    PEOPLE,
    PLACES,
    SERIES,
    STAKES,
    STREAM_HOST,
    TWISTS,
)
from vuga.catalog.models import (
    Access,
    Credit,
    CreditRole,
    Episode,
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
    Trailer,
    TrailerKind,
)
from vuga.catalog.service.editing import sort_title
from vuga.core.db import Base
from vuga.core.maturity import Maturity


@dataclass
class TitlePlan:
    """A title row plus what its related rows and artwork are built from."""

    row: Title
    slug: str
    genres: list[str]
    hue: float  # the artwork's palette
    premium: bool
    season_count: int  # 0 for movies


def invent_people(rng: random.Random) -> list[Person]:
    names = rng.sample([f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES], PEOPLE)
    people = []
    for i, name in enumerate(names):
        nationality = rng.choice(NATIONALITIES)
        # The first DIRECTORS people are the filmmakers that title_extras draws directors from.
        if i < DIRECTORS:
            biography = f"{name} is a {nationality} filmmaker with {rng.randint(3, 14)} features to date."
        else:
            quality = rng.choice(["understated", "fearless", "warm", "magnetic", "quietly intense"])
            biography = f"{name} is a {nationality} actor known for {quality} performances."
        birth_date = date(1940, 1, 1) + timedelta(days=rng.randrange(62 * 365))
        people.append(Person(name=name, biography=biography, birth_date=birth_date))
    return people


def plan_titles(rng: random.Random, language_ids: list[int]) -> list[TitlePlan]:
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
        )
        plans.append(TitlePlan(row, slug, genres, rng.random(), rng.random() < 0.25, season_count))
    # Editors feature well-watched titles, so pick from the more popular published ones.
    candidates = sorted((p for p in plans if p.row.is_published), key=lambda p: -p.row.popularity)
    for plan in rng.sample(candidates[: FEATURED * 3], FEATURED):
        plan.row.is_featured = True  # and so has a backdrop (demo.artwork)
    return plans


def title_extras(
    rng: random.Random, plan: TitlePlan, genre_ids: dict[str, int], person_ids: list[int]
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


def invent_seasons(rng: random.Random, plan: TitlePlan) -> list[tuple[Season, list[Episode]]]:
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
