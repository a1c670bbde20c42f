"""The catalog's SQL: ``catalog`` for titles, their parts and editing; ``rails`` for the home page's rails."""

from vuga.catalog.repository.catalog import (
    COUNTED_COLUMNS,
    SORT_KEY_FIELDS,
    SORTS,
    CatalogRepository,
    TitleFilters,
    visible,
)
from vuga.catalog.repository.rails import RailsRepository

__all__ = [
    "COUNTED_COLUMNS",
    "SORTS",
    "SORT_KEY_FIELDS",
    "CatalogRepository",
    "RailsRepository",
    "TitleFilters",
    "visible",
]
