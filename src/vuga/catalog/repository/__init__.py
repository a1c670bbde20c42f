"""The catalog's SQL. ``CatalogRepository`` (``catalog``) gathers the queries of each use case: ``browsing``
(lists), ``title_detail`` (a title's page), ``people`` (a person's page), ``watching`` (what playback and the
library ask), ``aggregates`` (counters and ratings), ``editing`` (the admin's reads and writes) and
``admin_lists`` (the admin's tables), on the columns and visibility rule of ``title_rows``; ``rails`` holds
the home page's rails."""

from vuga.catalog.repository.admin_lists import ADMIN_SORT_KEY_FIELDS, ADMIN_SORTS, AdminTitleFilters
from vuga.catalog.repository.aggregates import COUNTED_COLUMNS
from vuga.catalog.repository.browsing import SORT_KEY_FIELDS, SORTS, TitleFilters
from vuga.catalog.repository.catalog import CatalogRepository
from vuga.catalog.repository.rails import RailsRepository
from vuga.catalog.repository.title_rows import visible

__all__ = [
    "ADMIN_SORTS",
    "ADMIN_SORT_KEY_FIELDS",
    "COUNTED_COLUMNS",
    "SORTS",
    "SORT_KEY_FIELDS",
    "AdminTitleFilters",
    "CatalogRepository",
    "RailsRepository",
    "TitleFilters",
    "visible",
]
