"""A demo catalog for a fresh install (``load_demo_catalog``): ``loading`` adds the rows in dependency order,
``rows`` invents them from the word lists and counts of ``world``, and ``artwork`` draws their images."""

from vuga.catalog.demo.loading import DemoCatalog, Progress, load_demo_catalog

__all__ = ["DemoCatalog", "Progress", "load_demo_catalog"]
