"""How editors change the catalog: ``CatalogEditor`` (``editor``) combines one editor per use case —
``titles`` (titles, the top 10, most viewed, rating aggregates), ``seasons`` (seasons and episodes),
``genres`` (genres and languages), ``people`` (people and credits) and ``media`` (sources, subtitles,
trailers) — on the steps they share (``steps``)."""

from vuga.catalog.service.editing.editor import CatalogEditor
from vuga.catalog.service.editing.steps import sort_title

__all__ = ["CatalogEditor", "sort_title"]
