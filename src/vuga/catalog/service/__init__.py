"""The catalog's rules: what viewers see (``CatalogReader``) and how editors change it (``CatalogEditor``)."""

from vuga.catalog.service.editing import CatalogEditor
from vuga.catalog.service.reading import BrowseQuery, CatalogReader, GenreRef

__all__ = ["BrowseQuery", "CatalogEditor", "CatalogReader", "GenreRef"]
