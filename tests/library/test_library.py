"""A profile's watchlist, favourites and ratings."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register

SHELVES = ["watchlist", "favorites"]


def shelf_url(member: Member, shelf: str, profile_id: int | None = None) -> str:
    return f"/api/v1/profiles/{profile_id or member.profile_id}/{shelf}"


@pytest.mark.parametrize("shelf", SHELVES)
async def test_shelf_keeps_titles_and_episodes_newest_first(
    client: AsyncClient, member: Member, make: CatalogFactory, shelf: str
) -> None:
    movie = await make.title("Movie")
    series = await make.title("Series", kind="series")
    episode = await make.episode(await make.season(series), 3)
    url = shelf_url(member, shelf)

    assert (await client.put(f"{url}/{movie.id}", headers=member.headers)).status_code == 204
    assert (await client.put(f"{url}/episodes/{episode.id}", headers=member.headers)).status_code == 204
    assert (await client.put(f"{url}/{movie.id}", headers=member.headers)).status_code == 204  # idempotent

    items = (await client.get(url, headers=member.headers)).json()["items"]
    assert [(i["kind"], i["title"]["id"]) for i in items] == [("episode", series.id), ("title", movie.id)]
    assert items[0]["episode"]["number"] == 3
    assert items[0]["episode"]["season_number"] == 1

    assert (await client.delete(f"{url}/{movie.id}", headers=member.headers)).status_code == 204
    assert (await client.delete(f"{url}/episodes/{episode.id}", headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).json()["items"] == []


async def test_shelves_are_per_profile_and_page_by_cursor(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    second = await add_profile(client, member)
    titles = [await make.title() for _ in range(7)]
    for title in titles:
        await client.put(f"{shelf_url(member, 'watchlist')}/{title.id}", headers=member.headers)
    await client.put(f"{shelf_url(member, 'watchlist', second)}/{titles[0].id}", headers=member.headers)

    served: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        body = (
            await client.get(shelf_url(member, "watchlist"), params=params, headers=member.headers)
        ).json()
        served += [item["title"]["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert served == [t.id for t in reversed(titles)]
    other = (await client.get(shelf_url(member, "watchlist", second), headers=member.headers)).json()["items"]
    assert [i["title"]["id"] for i in other] == [titles[0].id]
    foreign = await client.get(
        shelf_url(member, "watchlist", second), params={"cursor": cursor or "x"}, headers=member.headers
    )
    assert foreign.status_code == 400


async def test_a_profile_cannot_save_what_it_may_not_see(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    kid = await add_profile(client, member, is_kids=True)
    adult = await make.title(maturity_age=18)
    hidden = await make.title(published=False)
    episode_of_adult = await make.episode(await make.season(await make.title(kind="series", maturity_age=16)))
    kid_url = shelf_url(member, "watchlist", kid)
    for path in (
        f"{kid_url}/{adult.id}",
        f"{kid_url}/episodes/{episode_of_adult.id}",
        f"{kid_url}/{hidden.id}",
    ):
        assert (await client.put(path, headers=member.headers)).status_code == 404, path
    adult_url = shelf_url(member, "watchlist")
    assert (await client.put(f"{adult_url}/{hidden.id}", headers=member.headers)).status_code == 404
    assert (await client.put(f"{adult_url}/99999", headers=member.headers)).status_code == 404
    assert (await client.get(kid_url, headers=member.headers)).json()["items"] == []


async def test_titles_that_became_invisible_drop_out_of_the_list(
    client: AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    kept, unpublished = await make.title(), await make.title()
    for title in (kept, unpublished):
        await client.put(f"{shelf_url(member, 'favorites')}/{title.id}", headers=member.headers)
    await session.execute(text(f"UPDATE titles SET is_published = false WHERE id = {unpublished.id}"))
    await session.commit()
    items = (await client.get(shelf_url(member, "favorites"), headers=member.headers)).json()["items"]
    assert [i["title"]["id"] for i in items] == [kept.id]


async def test_ratings_move_the_average_exactly(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    title = await make.title()
    second = await add_profile(client, member)
    url = f"/api/v1/profiles/{member.profile_id}/ratings/{title.id}"
    first = await client.put(url, json={"score": 8}, headers=member.headers)
    assert first.json() == {"title_id": title.id, "score": 8, "rating_avg": 8.0, "rating_count": 1}
    other = f"/api/v1/profiles/{second}/ratings/{title.id}"
    assert (await client.put(other, json={"score": 3}, headers=member.headers)).json()["rating_avg"] == 5.5
    changed = await client.put(url, json={"score": 10}, headers=member.headers)
    assert (changed.json()["rating_avg"], changed.json()["rating_count"]) == (6.5, 2)
    assert (await client.get(url, headers=member.headers)).json() == {"score": 10}
    assert (await client.delete(url, headers=member.headers)).status_code == 204
    assert (await client.delete(url, headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).status_code == 404
    detail = (await client.get(f"/api/v1/titles/{title.id}")).json()
    assert (detail["rating_avg"], detail["rating_count"]) == (3.0, 1)


@pytest.mark.parametrize(
    "body", [{"score": 0}, {"score": 11}, {"score": 7.5}, {"score": "9"}, {}, {"score": None}]
)
async def test_bad_scores_are_422_and_change_nothing(
    client: AsyncClient, member: Member, make: CatalogFactory, body: dict[str, Any]
) -> None:
    title = await make.title()
    url = f"/api/v1/profiles/{member.profile_id}/ratings/{title.id}"
    response = await client.put(url, json=body, headers=member.headers)
    assert response.status_code == 422 or (body == {"score": "9"} and response.status_code == 200)
    if response.status_code == 422:
        assert (await client.get(f"/api/v1/titles/{title.id}")).json()["rating_count"] == 0


async def test_concurrent_ratings_lose_no_update(client: AsyncClient, make: CatalogFactory) -> None:
    title = await make.title()
    raters: list[tuple[Member, int]] = []
    for _ in range(4):
        member = await register(client)
        raters += [(member, member.profile_id)] + [
            (member, await add_profile(client, member)) for _ in range(2)
        ]

    async def rate(member: Member, profile_id: int, score: int) -> None:
        response = await client.put(
            f"/api/v1/profiles/{profile_id}/ratings/{title.id}", json={"score": score}, headers=member.headers
        )
        assert response.status_code == 200, response.text

    scores = [(i % 10) + 1 for i in range(len(raters))]
    # every profile rates at once, and then re-rates at once, twice over
    await asyncio.gather(*(rate(m, p, s) for (m, p), s in zip(raters, scores, strict=True)))
    await asyncio.gather(*(rate(m, p, 11 - s) for (m, p), s in zip(raters, scores, strict=True)))
    await asyncio.gather(*(rate(m, p, s) for (m, p), s in zip(raters, scores, strict=True)))
    detail = (await client.get(f"/api/v1/titles/{title.id}")).json()
    assert detail["rating_count"] == len(raters)
    assert detail["rating_avg"] == round(sum(scores) / len(scores), 2)


async def test_library_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, member: Member, make: CatalogFactory, queries: QueryCounter
) -> None:
    genres = [await make.genre() for _ in range(3)]
    series = await make.title(kind="series", genres=genres)
    season = await make.season(series)
    url = shelf_url(member, "watchlist")
    episode_numbers = itertools.count(1)
    await client.get("/api/v1/me", headers=member.headers)

    async def cost(items: int) -> list[int]:
        for _ in range(items):
            title = await make.title(genres=genres)
            await client.put(f"{url}/{title.id}", headers=member.headers)
            episode = await make.episode(season, number=next(episode_numbers))
            await client.put(f"{url}/episodes/{episode.id}", headers=member.headers)
        title = await make.title(genres=genres)
        counts = []
        for method, path, body in [
            ("GET", url, None),
            ("PUT", f"{url}/{title.id}", None),
            ("DELETE", f"{url}/{title.id}", None),
            ("PUT", f"/api/v1/profiles/{member.profile_id}/ratings/{title.id}", {"score": 5}),
        ]:
            queries.reset()
            response = await client.request(method, path, json=body, headers=member.headers)
            assert response.is_success, response.text
            counts.append(queries.count)
        return counts

    assert await cost(2) == await cost(20)
