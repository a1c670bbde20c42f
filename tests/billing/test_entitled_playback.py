"""Entitlements in the playback answers, as a table of cases through the API: premium titles and sources,
locked titles, availability windows, countries from the trusted header, the episode's rule over its
series', the plan's stream limit and tallest rendition, premium live channels. Availability rules are set
through the admin API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from litestar import Litestar
from mmdb_writer import MMDBWriter
from netaddr import IPSet
from sqlalchemy import text, update
from sqlalchemy.ext.asyncio import AsyncSession

from tests.billing.flow import ADMIN, create_plan, grant
from tests.conftest import QueryCounter, app_client, client_at
from tests.factories import CatalogFactory
from tests.media.jobs.test_playback_answer import published
from tests.members import Member, register
from vuga.app import create_app
from vuga.billing.geo import CountryLookup
from vuga.billing.models import AvailabilityRule
from vuga.catalog.models import MediaSource
from vuga.settings import Settings

PROBLEMS = "https://vuga.tv/problems/"
LATER = (datetime.now(UTC) + timedelta(days=3)).isoformat()
EARLIER = (datetime.now(UTC) - timedelta(days=3)).isoformat()


@pytest.fixture
def app(settings: Settings) -> Litestar:
    billing = settings.billing.model_copy(update={"country_header": "CF-IPCountry"})
    return create_app(settings.model_copy(update={"billing": billing}))


def playback(member: Member, title_id: int) -> str:
    return f"/api/v1/profiles/{member.profile_id}/titles/{title_id}/playback"


# (name, the title's rule, subscribed, the CDN's country, the problem type or None when it plays)
CASES: list[tuple[str, dict[str, Any] | None, bool, str | None, str | None]] = [
    ("no rule: free", None, False, None, None),
    ("premium, no subscription", {"access": "premium"}, False, "US", "subscription-required"),
    ("premium, subscribed", {"access": "premium"}, True, "US", None),
    ("locked", {"access": "locked"}, True, "US", "unavailable"),
    ("not yet", {"available_from": LATER}, True, "US", "not-available-yet"),
    ("no longer", {"available_until": EARLIER}, True, "US", "no-longer-available"),
    ("inside its window", {"available_from": EARLIER, "available_until": LATER}, False, "US", None),
    ("in its country", {"countries": ["US", "CA"]}, False, "CA", None),
    ("elsewhere", {"countries": ["US"]}, True, "FR", "not-available-in-your-country"),
    ("no country header", {"countries": ["US"]}, True, None, "not-available-in-your-country"),
    ("Cloudflare's unknown", {"countries": ["US"]}, True, "XX", "not-available-in-your-country"),
    ("blocked here", {"blocked_countries": ["FR"]}, True, "fr", "not-available-in-your-country"),
]


@pytest.mark.parametrize(
    ("rule", "subscribed", "country", "refusal"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
async def test_who_may_play_a_title(
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    make: CatalogFactory,
    rule: dict[str, Any] | None,
    subscribed: bool,
    country: str | None,
    refusal: str | None,
) -> None:
    movie = await make.title("Movie")
    await make.source(movie)
    if rule is not None:
        put = await client.put(f"{ADMIN}/titles/{movie.id}/availability", json=rule, headers=admin_headers)
        assert put.status_code == 200, put.text
    if subscribed:
        await grant(client, admin_headers, member, (await create_plan(client, admin_headers))["id"])
    headers = member.headers | ({"CF-IPCountry": country} if country else {})
    response = await client.get(playback(member, movie.id), headers=headers)
    if refusal is None:
        assert response.status_code == 200, response.text
    else:
        assert response.status_code == 403, response.text
        assert response.json()["type"] == PROBLEMS + refusal
        assert response.headers["cache-control"] == "no-store"
    # The anonymous, cached title page says nothing of it.
    page = await client.get(f"/api/v1/titles/{movie.id}")
    assert page.status_code == 200
    assert "access" not in page.json()


async def test_the_plan_limits_the_renditions_and_the_streams(
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
) -> None:
    movie = await make.title("Movie")
    await published(session, movie, "PlanPlanPlanPlanPlanPlan")
    free = (await client.get(playback(member, movie.id), headers=member.headers)).json()
    assert free["sources"][0]["max_height"] == 360
    assert "/s/" in free["sources"][0]["url"]
    assert ".0." in free["sources"][0]["url"].split("/s/")[1].split("/")[0]  # every rendition

    plan = await create_plan(client, admin_headers, max_height=240, stream_limit=1)
    await grant(client, admin_headers, member, plan["id"])
    limited = await client.get(playback(member, movie.id), headers=member.headers)
    assert limited.status_code == 409  # the first answer's lease holds the plan's one stream
    sessions = f"/api/v1/profiles/{member.profile_id}/playback-sessions"
    stopped = await client.delete(f"{sessions}/{free['playback_session_id']}", headers=member.headers)
    assert stopped.status_code == 204
    answer = (await client.get(playback(member, movie.id), headers=member.headers)).json()
    assert answer["sources"][0]["max_height"] == 240
    token = answer["sources"][0]["url"].split("/s/")[1].split("/")[0]
    assert token.split(".")[1] == "240"  # the signed master lists no rendition taller
    assert (await client.post(sessions, headers=member.headers)).status_code == 409


async def test_premium_sources_are_left_out_for_an_account_without_a_subscription(
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
) -> None:
    movie = await make.title("Movie")
    free_source, premium_source = await make.source(movie), await make.source(movie)
    await session.execute(
        update(MediaSource)
        .where(MediaSource.id == premium_source.id)
        .values(access="premium", url="/premium.m3u8")
    )
    await session.commit()
    answer = (await client.get(playback(member, movie.id), headers=member.headers)).json()
    assert [s["url"].rsplit("/", 1)[-1] for s in answer["sources"]] == ["master.m3u8"]
    await session.execute(
        update(MediaSource).where(MediaSource.id == free_source.id).values(access="premium")
    )
    await session.commit()
    refused = await client.get(playback(member, movie.id), headers=member.headers)
    assert refused.status_code == 403
    assert refused.json()["type"] == PROBLEMS + "subscription-required"
    await grant(client, admin_headers, member, (await create_plan(client, admin_headers))["id"])
    answer = (await client.get(playback(member, movie.id), headers=member.headers)).json()
    assert len(answer["sources"]) == 2


async def test_an_episode_s_rule_wins_over_its_series(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, make: CatalogFactory
) -> None:
    series = await make.title("Series", kind="series")
    season = await make.season(series)
    pilot, second = await make.episode(season, 1), await make.episode(season, 2)
    for episode in (pilot, second):
        await make.source(series, episode)
    await client.put(
        f"{ADMIN}/titles/{series.id}/availability", json={"access": "premium"}, headers=admin_headers
    )
    await client.put(
        f"{ADMIN}/episodes/{pilot.id}/availability", json={"access": "free"}, headers=admin_headers
    )

    def url(episode_id: int) -> str:
        return f"/api/v1/profiles/{member.profile_id}/episodes/{episode_id}/playback"

    assert (await client.get(url(pilot.id), headers=member.headers)).status_code == 200
    second_answer = await client.get(url(second.id), headers=member.headers)
    assert second_answer.status_code == 403
    assert second_answer.json()["type"] == PROBLEMS + "subscription-required"
    rule = await client.get(f"{ADMIN}/episodes/{pilot.id}/availability", headers=admin_headers)
    assert rule.json()["access"] == "free"
    assert (
        await client.delete(f"{ADMIN}/episodes/{pilot.id}/availability", headers=admin_headers)
    ).status_code == 204
    assert (await client.get(url(pilot.id), headers=member.headers)).status_code == 403


async def test_availability_rules_take_only_what_they_can_hold(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, make: CatalogFactory
) -> None:
    movie = await make.title("Movie")
    path = f"{ADMIN}/titles/{movie.id}/availability"
    assert (await client.get(path, headers=admin_headers)).json()["access"] == "free"
    for bad in (
        {"access": "paid"},
        {"countries": ["usa"]},
        {"countries": ["US"] * 251},
        {"available_from": "2027-01-01"},
        {"available_from": LATER, "available_until": EARLIER},
        {"blocked": ["FR"]},
    ):
        response = await client.put(path, json=bad, headers=admin_headers)
        assert response.status_code == 422, (bad, response.text)
    assert (
        await client.put(f"{ADMIN}/titles/999999/availability", json={}, headers=admin_headers)
    ).status_code == 404
    assert (
        await client.put(f"{ADMIN}/episodes/999999/availability", json={}, headers=admin_headers)
    ).status_code == 404
    assert (await client.put(path, json={"access": "premium"}, headers=member.headers)).status_code == 403
    saved = await client.put(path, json={"countries": ["US", "US", "CA"]}, headers=admin_headers)
    assert saved.json()["countries"] == ["CA", "US"]
    assert (await client.delete(path, headers=admin_headers)).status_code == 204


async def test_a_premium_channel_needs_a_subscription_when_not_open_to_all(
    app: Litestar,
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    session: AsyncSession,
) -> None:
    channel = await session.execute(
        text("INSERT INTO live_channels (name, is_premium) VALUES ('Gold', true) RETURNING id")
    )
    channel_id = channel.scalar_one()
    await session.commit()
    url = f"/api/v1/profiles/{member.profile_id}/channels/{channel_id}/playback"
    assert (await client.get(url, headers=member.headers)).status_code == 200  # open to all by default
    app.state.settings.livetv.premium_open = False
    refused = await client.get(url, headers=member.headers)
    assert refused.status_code == 403
    assert refused.json()["type"] == PROBLEMS + "subscription-required"
    await grant(client, admin_headers, member, (await create_plan(client, admin_headers))["id"])
    assert (await client.get(url, headers=member.headers)).status_code == 200


async def test_the_entitlement_check_costs_the_same_as_data_grows(
    client: httpx.AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    plan = await create_plan(client, admin_headers)
    members = [await register(client) for _ in range(3)]
    costs = []
    for member in members[1:]:
        for _ in range(3):
            other = await make.title("Other")
            await client.put(
                f"{ADMIN}/titles/{other.id}/availability", json={"access": "premium"}, headers=admin_headers
            )
            await grant(client, admin_headers, members[0], plan["id"], days=1)
        await grant(client, admin_headers, member, plan["id"])
        movie = await make.title("Movie")
        await make.source(movie)
        await client.put(
            f"{ADMIN}/titles/{movie.id}/availability", json={"access": "premium"}, headers=admin_headers
        )
        await client.get("/api/v1/me", headers=member.headers)
        queries.reset()
        assert (await client.get(playback(member, movie.id), headers=member.headers)).status_code == 200
        costs.append(queries.count)
    assert costs[0] == costs[1]


def country_database(path: Path) -> Path:
    """A small MaxMind-format country database, written as MaxMind's are (``mmdb-writer``)."""
    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type="GeoLite2-Country")
    writer.insert_network(IPSet(["203.0.113.0/24"]), {"country": {"iso_code": "FR"}})
    writer.insert_network(IPSet(["198.51.100.0/24"]), {"country": {"iso_code": "US"}})
    writer.to_db_file(str(path))
    return path


async def test_without_a_country_header_the_address_decides_through_a_maxmind_database(
    settings: Settings, tmp_path: Path
) -> None:
    billing = settings.billing.model_copy(
        update={"geoip_database": country_database(tmp_path / "countries.mmdb")}
    )
    app = create_app(settings.model_copy(update={"billing": billing}))
    async with app_client(app, ("198.51.100.7", 1000)) as client:
        from_us = await register(client)
        async with app.state.database.writer() as session:
            make = CatalogFactory(session)
            movie = await make.title("Movie")
            await make.source(movie)
            session.add(
                AvailabilityRule(title_id=movie.id, access="free", countries=["US"], blocked_countries=[])
            )
            await session.commit()
        assert (await client.get(playback(from_us, movie.id), headers=from_us.headers)).status_code == 200
        async with client_at(app, ("203.0.113.9", 1000)) as from_france:
            refused = await from_france.get(playback(from_us, movie.id), headers=from_us.headers)
            assert refused.status_code == 403
            assert refused.json()["type"] == PROBLEMS + "not-available-in-your-country"
        async with client_at(app, ("192.0.2.1", 1000)) as unknown:
            assert (
                await unknown.get(playback(from_us, movie.id), headers=from_us.headers)
            ).status_code == 403


def test_a_geoip_database_that_is_not_one_is_refused_naming_its_setting(tmp_path: Path) -> None:
    bogus = tmp_path / "countries.mmdb"
    bogus.write_bytes(b"not a database")
    with pytest.raises(ValueError, match="VUGA_BILLING_GEOIP_DATABASE"):
        CountryLookup(bogus)


async def test_the_availability_routes_cost_the_same_as_data_grows(
    client: httpx.AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    costs = []
    for _ in range(2):
        for _ in range(5):
            other = await make.title("Other")
            await client.put(
                f"{ADMIN}/titles/{other.id}/availability", json={"access": "locked"}, headers=admin_headers
            )
        movie = await make.title("Movie")
        path = f"{ADMIN}/titles/{movie.id}/availability"
        cost = []
        for method, body in (
            ("PUT", {"access": "premium"}),
            ("PUT", {"access": "free"}),
            ("GET", None),
            ("DELETE", None),
        ):
            queries.reset()
            response = await client.request(method, path, json=body, headers=admin_headers)
            assert response.is_success, response.text
            cost.append(queries.count)
        costs.append(cost)
    assert costs[0] == costs[1]
