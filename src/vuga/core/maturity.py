"""The age-rating scale shared by the catalog (a title's rating) and accounts (a profile's ceiling)."""

from __future__ import annotations

from enum import StrEnum


class Maturity(StrEnum):
    """Age ratings from least to most restricted; each is stored as its minimum viewer age."""

    ALL = "all"
    AGE_7 = "7+"
    AGE_13 = "13+"
    AGE_16 = "16+"
    AGE_18 = "18+"

    @property
    def min_age(self) -> int:
        return 0 if self is Maturity.ALL else int(self.value.rstrip("+"))

    @classmethod
    def from_min_age(cls, age: int) -> Maturity:
        """The strictest rating a viewer of ``age`` may see (a list shows hundreds: a table lookup)."""
        return _BY_AGE[min(max(age, 0), len(_BY_AGE) - 1)]


_BY_AGE = [
    next(rating for rating in reversed(Maturity) if rating.min_age <= age)
    for age in range(Maturity.AGE_18.min_age + 1)
]
