"""The catalog's SQL. Every read runs a fixed number of statements whatever the data holds: lists fetch their
rows in one statement and their children (genres, sources, ...) for the whole page in one more.

Reads return plain rows (``RowMapping``); the service turns them into API structs.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.repository.admin_lists import AdminListQueries
from vuga.catalog.repository.aggregates import AggregateWrites
from vuga.catalog.repository.browsing import BrowsingQueries
from vuga.catalog.repository.editing import EditingQueries
from vuga.catalog.repository.people import PeopleQueries
from vuga.catalog.repository.title_detail import TitleDetailQueries
from vuga.catalog.repository.watching import WatchingQueries


class CatalogRepository(
    BrowsingQueries,
    TitleDetailQueries,
    PeopleQueries,
    WatchingQueries,
    AggregateWrites,
    EditingQueries,
    AdminListQueries,
):
    """Every catalog query on one session; each use case's queries live in their own module."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
