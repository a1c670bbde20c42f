"""``vuga import-vuga`` end to end: a generated VUGA v4 database on MariaDB into each of our engines.

The report accounts for every row (read = written + skipped, every table of the source listed), each legacy
quirk lands where it should (percentages become seconds, colour avatars pictures, hidden titles stay out of
kids profiles, ratings are recomputed exactly), a second run changes nothing, and a run stopped between two
batches resumes to the same result as one that was never stopped.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import httpx
import pytest
from sqlalchemy import text

from tests.compat_v2.conftest import Source, run_import, snapshot
from vuga.accounts.recovery import RecoveryMails
from vuga.compat_v2.importer.service import ImportInterrupted
from vuga.compat_v2.importer.source import LegacyDatabase
from vuga.compat_v2.importer.steps import history as history_step
from vuga.compat_v2.importer.steps.history import SERIES_WITHOUT_EPISODE
from vuga.compat_v2.importer.steps.library import LEAKED
from vuga.core.db import Database
from vuga.settings import Settings

NO_FEATURE = "not imported yet (no such feature)"


def skipped(report_table: object, fragment: str) -> int:
    return sum(count for reason, count in report_table.skipped.items() if fragment in reason)  # type: ignore[attr-defined]


async def scalar(database: Database, sql: str, **parameters: object) -> object:
    async with database.reader() as session:
        return (await session.execute(text(sql), parameters)).scalar()


async def rows(database: Database, sql: str, **parameters: object) -> list[tuple[object, ...]]:
    async with database.reader() as session:
        return [tuple(row) for row in (await session.execute(text(sql), parameters)).all()]


async def test_the_report_accounts_for_every_row_and_every_table(
    vuga_source: Source, legacy: LegacyDatabase, target: Database, settings: Settings
) -> None:
    report = await run_import(target, settings, legacy)
    planted = vuga_source.planted

    assert report.unaccounted == 0
    counts = await legacy.tables()
    assert {table.source for table in report.tables} == set(counts)  # every table of the source has a line
    for table in report.tables:
        assert table.rows == counts[table.source]
        if table.imported:
            assert table.read == table.rows == table.written + table.skipped_total, table.source
    for source in ("tv_channel", "custom_ad", "subscription_pricing", "promo_code", "content_distributor"):
        line = report.table(source)
        assert not line.imported
        assert line.rows == 1
        assert line.what.startswith(NO_FEATURE)

    assert skipped(report.table("app_user"), "invalid email") == planted.invalid_emails
    assert skipped(report.table("app_user"), "no email") == planted.missing_emails
    assert skipped(report.table("app_user"), "already taken") == planted.duplicate_emails
    profiles = report.table("app_user_profile")
    assert skipped(profiles, "past our limit") == planted.profiles_over_limit
    assert skipped(profiles, "is_active = 0") == planted.inactive_profiles
    assert skipped(profiles, "was not imported") == planted.orphan_profiles
    assert skipped(report.table("content"), "neither a movie") == planted.bad_type_titles
    assert skipped(report.table("content_cast"), "orphan: its actor") == planted.orphan_cast
    assert skipped(report.table("content_cast"), "duplicate") == planted.duplicate_cast
    assert skipped(report.table("app_user_watchlist"), LEAKED) == planted.leaked_watchlist
    history = report.table("app_profile_watch_history")
    assert skipped(history, LEAKED) == planted.leaked_history
    assert skipped(history, "duplicate") == planted.duplicate_history
    assert skipped(history, SERIES_WITHOUT_EPISODE) == planted.series_history_without_episode
    assert skipped(report.table("app_profile_rating"), "a score of 0") == planted.zero_ratings
    assert any("genre_ids" in note for note in report.notes)


async def test_viewers_come_over_without_a_password_and_keep_their_legacy_ids(
    vuga_source: Source,
    legacy: LegacyDatabase,
    target: Database,
    settings: Settings,
    client: httpx.AsyncClient,
) -> None:
    await run_import(target, settings, legacy)

    account = await rows(
        target,
        "SELECT a.email, a.password_hash, a.email_verified_at, la.login_type, la.identity FROM accounts a "
        "JOIN legacy_ids l ON l.source = 'app_user' AND l.target_id = a.id "
        "JOIN legacy_accounts la ON la.account_id = a.id WHERE l.legacy_id = 5",
    )
    assert account == [("user5@example.com", None, None, 2, "google-sub-5")]
    assert await scalar(target, "SELECT COUNT(*) FROM accounts WHERE password_hash IS NOT NULL") == 0
    # No password logs in ...
    login = {"email": "user5@example.com", "password": "any long password at all"}
    assert (await client.post("/api/v1/auth/login", json=login)).status_code == 401
    # ... until the owner claims the account through the reset flow.
    async with target.writer() as session, session.begin():
        mail = await RecoveryMails(session, settings).password_reset("user5@example.com")
    assert mail is not None
    token = re.search(r"#token=([A-Za-z0-9_-]+)", mail.text)
    assert token is not None
    confirm = {"token": token.group(1), "new_password": "a brand new passphrase"}
    assert (await client.post("/api/v1/auth/password-reset/confirm", json=confirm)).status_code == 204
    login["password"] = "a brand new passphrase"
    assert (await client.post("/api/v1/auth/login", json=login)).status_code == 200


async def test_legacy_quirks_land_as_ours(
    vuga_source: Source, legacy: LegacyDatabase, target: Database, settings: Settings
) -> None:
    await run_import(target, settings, legacy)

    # A colour avatar (#2ecc70, stored by VUGA's enum as '') becomes the default picture of nearest colour.
    avatars = await rows(target, "SELECT avatar_url, COUNT(*) FROM profiles GROUP BY avatar_url")
    assert ("/avatars/default-3.png", vuga_source.planted.colour_avatars) in avatars
    # Kids profiles: at most our kids ceiling.
    assert await scalar(target, "SELECT MAX(max_maturity_age) FROM profiles WHERE is_kids") == 7

    # Android's percentages (total_duration = 0) are placed against the catalog's duration; iOS's seconds
    # are kept.
    history = await legacy.rows(
        "SELECT h.profile_id, h.content_id, h.last_watched_position AS position, h.total_duration AS total, "
        "h.completed, c.duration FROM app_profile_watch_history h "
        "JOIN content c ON c.content_id = h.content_id "
        "WHERE h.episode_id IS NULL AND c.type = 1 AND h.completed = 0 "
        "ORDER BY h.updated_at, h.watch_history_id"
    )
    newest = {(row["profile_id"], row["content_id"]): row for row in history}  # of duplicates, the newest
    states = {
        (int(legacy_profile), int(legacy_title)): (position, duration)
        for legacy_profile, legacy_title, position, duration in await rows(
            target,
            "SELECT lp.legacy_id, lt.legacy_id, w.position_s, w.duration_s FROM watch_state w "
            "JOIN legacy_ids lp ON lp.source = 'app_user_profile' AND lp.target_id = w.profile_id "
            "JOIN legacy_ids lt ON lt.source = 'content' AND lt.target_id = w.title_id",
        )
    }
    percent = seconds = 0
    for row in newest.values():
        state = states.get((row["profile_id"], row["content_id"]))
        if state is None:  # a kids profile's leaked row
            continue
        if row["total"] == 0:
            percent += 1
            expected = (row["duration"] * row["position"] / 100, float(row["duration"]))
        else:
            seconds += 1
            expected = (float(min(row["position"], row["total"])), float(row["total"]))
        assert state == pytest.approx(expected), row
    assert percent > 0
    assert seconds > 0

    # A title's age limit rounds up onto our scale: VUGA's 17-18 is our 18+.
    strictest = await legacy.rows(
        "SELECT cal.content_id FROM content_age_limit cal WHERE cal.age_limit_id = 4 LIMIT 1"
    )
    if strictest:
        assert (
            await scalar(
                target,
                "SELECT t.maturity_age FROM titles t JOIN legacy_ids l ON l.source = 'content' "
                "AND l.target_id = t.id WHERE l.legacy_id = :legacy",
                legacy=strictest[0]["content_id"],
            )
            == 18
        )


async def test_ratings_are_recomputed_exactly(
    vuga_source: Source, legacy: LegacyDatabase, target: Database, settings: Settings
) -> None:
    await run_import(target, settings, legacy)
    kept = await rows(
        target,
        "SELECT lp.legacy_id, lt.legacy_id, r.score FROM ratings r "
        "JOIN legacy_ids lp ON lp.source = 'app_user_profile' AND lp.target_id = r.profile_id "
        "JOIN legacy_ids lt ON lt.source = 'content' AND lt.target_id = r.title_id",
    )
    planted = {(p, t): rating for p, t, rating in vuga_source.planted.ratings}
    expected_per_title: dict[int, list[int]] = defaultdict(list)
    for legacy_profile, legacy_title, score in kept:
        assert score == math.floor(planted[(legacy_profile, legacy_title)] + 0.5)  # type: ignore[index]
        expected_per_title[legacy_title].append(score)  # type: ignore[index, arg-type]
    assert len(kept) == len(planted) - vuga_source.planted.zero_ratings
    titles = await rows(
        target,
        "SELECT l.legacy_id, t.rating_total, t.rating_count, t.rating_avg FROM titles t "
        "JOIN legacy_ids l ON l.source = 'content' AND l.target_id = t.id",
    )
    for legacy_title, total, count, average in titles:
        scores = expected_per_title.get(legacy_title, [])  # type: ignore[call-overload]
        assert (total, count) == (sum(scores), len(scores))
        assert average == (sum(scores) / len(scores) if scores else 0)


async def test_a_second_run_changes_nothing(
    vuga_source: Source, legacy: LegacyDatabase, target: Database, settings: Settings
) -> None:
    first = await run_import(target, settings, legacy)
    before = await snapshot(target)
    second = await run_import(target, settings, legacy)

    assert await snapshot(target) == before
    assert second.changed == 0
    assert second.run_id != first.run_id  # a finished run is not resumed: everything is read again
    assert [(t.source, t.read, t.written, t.skipped) for t in second.tables] == [
        (t.source, t.read, t.written, t.skipped) for t in first.tables
    ]


async def test_a_stopped_run_resumes_where_it_stopped(
    vuga_source: Source,
    legacy: LegacyDatabase,
    target: Database,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(history_step.HistoryStep, "batch_size", 50)  # several batches of history
    batches = 0

    def kill_after_two_history_batches(source: str, done: int, total: int) -> None:
        nonlocal batches
        if source == "app_profile_watch_history" and done > 0:
            batches += 1
            if batches == 2:
                raise ImportInterrupted("killed")

    with pytest.raises(ImportInterrupted):
        await run_import(target, settings, legacy, on_progress=kill_after_two_history_batches)
    counted = await scalar(target, "SELECT COUNT(*) FROM watch_state")
    assert counted, "the batches before the stop are committed"

    seen: list[tuple[str, int]] = []
    resumed = await run_import(target, settings, legacy, on_progress=lambda s, d, t: seen.append((s, d)))
    # The run went on after its last committed batch: the history was not read again from the start.
    assert ("app_profile_watch_history", 100) in seen
    assert ("app_profile_watch_history", 50) not in seen
    assert resumed.unaccounted == 0
    for table in resumed.tables:
        if table.imported:
            assert table.read == table.rows == table.written + table.skipped_total, table.source
    after_resume = await snapshot(target)

    again = await run_import(
        target, settings, legacy
    )  # and it ends where a whole run ends: nothing left to do
    assert again.changed == 0
    assert await snapshot(target) == after_resume
