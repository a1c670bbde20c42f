"""The catalog's rules: what viewers see (``CatalogReader``, cached as ``CatalogPages``), the home page's
rails (``RailsReader``), how editors change the catalog (``CatalogEditor``) and what they list
(``AdminCatalogReader``)."""

from vuga.catalog.repository import TitleFilters
from vuga.catalog.service.admin_lists import AdminCatalogReader, AdminTitleQuery
from vuga.catalog.service.editing import CatalogEditor
from vuga.catalog.service.pages import CatalogPages, title_page_key
from vuga.catalog.service.playing import PlayableMedia, PlayableMediaReader
from vuga.catalog.service.rails import CatalogRails, RailSizes, RailsReader
from vuga.catalog.service.reading import BrowseQuery, CatalogReader, GenreRef, ListFilters
from vuga.catalog.service.visibility import title_is_visible

__all__ = [
    "AdminCatalogReader",
    "AdminTitleQuery",
    "BrowseQuery",
    "CatalogEditor",
    "CatalogPages",
    "CatalogRails",
    "CatalogReader",
    "GenreRef",
    "ListFilters",
    "PlayableMedia",
    "PlayableMediaReader",
    "RailSizes",
    "RailsReader",
    "TitleFilters",
    "title_is_visible",
    "title_page_key",
]
