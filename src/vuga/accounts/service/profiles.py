"""Profiles' rules: an account's profiles, their ceilings and avatars, and the parental lock on them; every
profile route of every feature checks ownership and the lock here, once (``owned``, ``ceiling``)."""

from __future__ import annotations

import anyio
import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.avatars import checked_avatar, default_avatar_path
from vuga.accounts.models import Profile
from vuga.accounts.parental import ParentalLock, ProfileLocked, opens
from vuga.accounts.repository import AccountsRepository
from vuga.accounts.schemas import (
    ProfileCreate,
    ProfileOut,
    ProfileUpdate,
)
from vuga.accounts.service.sessions import KIDS_CEILING
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, InvalidInput, NotFound
from vuga.core.images import Image, present_image, process_image, store_image
from vuga.core.images.processing import source_digest
from vuga.core.images.stored import stored_image
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.storage import ObjectStore


class ProfileService:
    def __init__(
        self,
        session: AsyncSession,
        store: ObjectStore,
        media: MediaUrls,
        max_profiles: int,
        lock: ParentalLock | None = None,
    ) -> None:
        self.repository = AccountsRepository(session)
        self.store = store
        self.media = media
        self.max_profiles = max_profiles
        self.lock = lock  # needed by update only (accounts.parental)

    def _out(self, profile: Profile) -> ProfileOut:
        return ProfileOut(
            id=profile.id,
            name=profile.name,
            is_kids=profile.is_kids,
            max_maturity=Maturity.from_min_age(profile.max_maturity_age),
            avatar_url=self.media.absolute(profile.avatar_url) or "",
            avatar=present_image(stored_image(profile.avatar_image), profile.avatar_url, self.media)
            or Image(url=""),
            locked=profile.pin_hash is not None,
        )

    async def _found(self, viewer: Viewer, profile_id: int) -> Profile:
        profile = await self.repository.profile(viewer.account_id, profile_id)
        if profile is None:
            raise NotFound(f"profile {profile_id} does not exist")
        return profile

    async def owned(self, viewer: Viewer, profile_id: int) -> Profile:
        """The viewer's profile ``profile_id``; another account's profile is as absent as a missing one, and
        a locked one is 403 unless the caller's token unlocked it (accounts.parental)."""
        profile = await self._found(viewer, profile_id)
        if not opens(viewer, profile.id, profile.pin_hash):
            raise ProfileLocked(profile_id)
        return profile

    async def ceiling(self, viewer: Viewer, profile_id: int) -> Maturity:
        """The profile's maturity ceiling, with the same checks as ``owned``. Read on every personal request,
        so it loads two values rather than the profile."""
        found = await self.repository.profile_ceiling(viewer.account_id, profile_id)
        if found is None:
            raise NotFound(f"profile {profile_id} does not exist")
        if not opens(viewer, profile_id, found[1]):
            raise ProfileLocked(profile_id)
        return Maturity.from_min_age(found[0])

    async def list(self, viewer: Viewer) -> list[ProfileOut]:
        return [self._out(profile) for profile in await self.repository.profiles(viewer.account_id)]

    async def get(self, viewer: Viewer, profile_id: int) -> ProfileOut:
        return self._out(await self.owned(viewer, profile_id))

    @staticmethod
    def _ceiling_for(is_kids: bool, wanted: Maturity | None) -> int:
        if is_kids:
            if wanted is not None and wanted.min_age > KIDS_CEILING.min_age:
                raise InvalidInput.field("max_maturity", f"a kids profile goes up to {KIDS_CEILING} at most")
            return (wanted or KIDS_CEILING).min_age
        return (wanted or Maturity.AGE_18).min_age

    async def create(self, viewer: Viewer, data: ProfileCreate) -> ProfileOut:
        await self.repository.lock_account(viewer.account_id)
        if await self.repository.profile_count(viewer.account_id) >= self.max_profiles:
            raise Conflict(f"an account has at most {self.max_profiles} profiles; delete one first")
        profile = Profile(
            account_id=viewer.account_id,
            name=data.name.strip(),
            is_kids=data.is_kids,
            max_maturity_age=self._ceiling_for(data.is_kids, data.max_maturity),
            avatar_url=default_avatar_path(data.avatar),
        )
        self.repository.add(profile)
        await self.repository.flush()
        return self._out(profile)

    async def update(self, viewer: Viewer, profile_id: int, data: ProfileUpdate) -> ProfileOut:
        profile = await self._found(viewer, profile_id)
        is_kids = profile.is_kids if data.is_kids is msgspec.UNSET else data.is_kids
        age = profile.max_maturity_age
        if data.max_maturity is not msgspec.UNSET or data.is_kids is not msgspec.UNSET:
            wanted = None if data.max_maturity is msgspec.UNSET else data.max_maturity
            if wanted is None and not is_kids:  # only is_kids changed: keep the ceiling unless it must drop
                wanted = Maturity.from_min_age(profile.max_maturity_age)
            age = self._ceiling_for(is_kids, wanted)
        # The parental lock, checked before anything changes (accounts.parental says why and how).
        loosens = profile.is_kids and (not is_kids or age > profile.max_maturity_age)
        token_opened = profile.pin_hash is not None and opens(viewer, profile.id, profile.pin_hash)
        if not token_opened and (loosens or profile.pin_hash is not None):
            account = await self.repository.account(viewer.account_id)
            assert self.lock is not None, "built by accounts.dependencies with its lock"
            assert account is not None
            pin, password = (None if v is msgspec.UNSET else v for v in (data.pin, data.password))
            await self.lock.prove(profile, account.password_hash, pin=pin, password=password)
        profile.max_maturity_age, profile.is_kids = age, is_kids
        if data.name is not msgspec.UNSET:
            profile.name = data.name.strip()
        if data.avatar is not msgspec.UNSET:
            profile.avatar_url = default_avatar_path(data.avatar)
            profile.avatar_image = None
        profile.updated_at = utcnow()
        await self.repository.flush()
        return self._out(profile)

    async def delete(self, viewer: Viewer, profile_id: int) -> None:
        profile = await self.owned(viewer, profile_id)
        await self.repository.lock_account(viewer.account_id)
        if await self.repository.profile_count(viewer.account_id) <= 1:
            raise Conflict("an account keeps at least one profile")
        await self.repository.delete(profile)
        await self.repository.flush()

    async def upload_avatar(self, viewer: Viewer, profile_id: int, data: bytes) -> ProfileOut:
        profile = await self.owned(viewer, profile_id)
        square = await anyio.to_thread.run_sync(checked_avatar, data)
        processed = await anyio.to_thread.run_sync(process_image, square, source_digest(data))
        stored = await store_image(self.store, processed)
        profile.avatar_url = stored.fallback().key
        profile.avatar_image = msgspec.to_builtins(stored)
        profile.updated_at = utcnow()
        await self.repository.flush()
        return self._out(profile)
