"""What other features' routes need from accounts: the caller's profiles, built from the app's state."""

from __future__ import annotations

from litestar.datastructures import State
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.parental import ParentalLock
from vuga.accounts.service import ProfileService
from vuga.settings import Settings


def profile_service(session: AsyncSession, state: State) -> ProfileService:
    settings: Settings = state.settings
    lock = ParentalLock(session, state.passwords, settings.auth)
    return ProfileService(session, state.store, state.media_urls, settings.auth.max_profiles, lock)
