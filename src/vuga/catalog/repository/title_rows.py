"""What every title read selects and which titles a viewer may see: the columns of a title's summary (the
shape lists show), ``columns_of`` a whole row, and ``visible``, the condition every public read applies."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_

from vuga.catalog.models import Title
from vuga.core.db import Base

SUMMARY_COLUMNS = (
    Title.id,
    Title.title,
    Title.kind,
    Title.release_year,
    Title.maturity_age,
    Title.duration_s,
    Title.rating_avg,
    Title.rating_count,
    Title.poster_url,
    Title.poster_wide_url,
    Title.backdrop_url,
    Title.logo_url,
    Title.artwork_images,
    Title.popularity,
    Title.published_at,
    Title.sort_title,
)


def columns_of(model: type[Base]) -> list[Any]:
    return list(model.__table__.columns)


def visible(max_age: int | None) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = Title.is_published.expression
    if max_age is not None:
        condition = and_(condition, Title.maturity_age <= max_age)
    return condition
