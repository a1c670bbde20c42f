"""What a profile may see, as SQL for other features' queries of their own rows (history, continue watching).

Filtering in the same statement as the ``LIMIT`` is what keeps a page full: rows dropped after it, in Python,
left a profile whose ceiling was lowered with short or empty pages that still had a next cursor.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, select

from vuga.catalog.models import Title
from vuga.catalog.repository import visible
from vuga.core.maturity import Maturity


def title_is_visible(title_id: ColumnElement[int], max_maturity: Maturity | None) -> ColumnElement[bool]:
    """True where ``title_id`` names a published title within ``max_maturity`` (None: any rating)."""
    age = max_maturity.min_age if max_maturity else None
    return exists(select(Title.id).where(Title.id == title_id, visible(age)))
