"""The catalog's SQL. ``CatalogRepository`` (``catalog``) gathers the queries of each use case: ``browsing``
(lists), ``title_detail`` (a title's page), ``people`` (a person's page), ``watching`` (what playback and the
library ask), ``aggregates`` (counters and ratings) and ``editing`` (the admin's reads and writes), on the
columns and visibility rule of ``title_rows``; ``rails`` holds the home page's rails."""

from vuga.catalog.repository.aggregates import COUNTED_COLUMNS
from vuga.catalog.repository.browsing import SORT_KEY_FIELDS, SORTS, TitleFilters
from vuga.catalog.repository.catalog import CatalogRepository
from vuga.catalog.repository.rails import RailsRepository
from vuga.catalog.repository.title_rows import visible

__all__ = [
    "COUNTED_COLUMNS",
    "SORTS",
    "SORT_KEY_FIELDS",
    "CatalogRepository",
    "RailsRepository",
    "TitleFilters",
    "visible",
]
