"""The apps' sign-in, user and profile endpoints, on accounts' services."""

from __future__ import annotations

import base64
import binascii
from typing import Any, TypeVar

import msgspec
from limits import RateLimitItemPerHour, RateLimitItemPerMinute
from litestar import Response

from vuga.accounts.avatars import MAX_UPLOAD_BYTES
from vuga.accounts.schemas import AccountUpdate, ProfileCreate, ProfileUpdate
from vuga.compat_v2 import presenters
from vuga.compat_v2.endpoints import Call, endpoint
from vuga.compat_v2.envelope import Errors, answer
from vuga.compat_v2.requests import FieldError
from vuga.compat_v2.routes.shared import profile_object, profile_objects, user_object
from vuga.compat_v2.service.identity import SignIn, viewer_of
from vuga.core.maturity import Maturity
from vuga.core.ratelimit import EXPENSIVE_WRITE, UPLOAD, RateLimiter

S = TypeVar("S")


def checked(data: dict[str, Any], schema: type[S]) -> S:
    """``data`` as one of our request structs, its rules (lengths, ranges) checked as /api/v1 checks them."""
    try:
        return msgspec.convert(data, schema)
    except msgspec.ValidationError as exc:
        path = str(exc).rsplit("`$.", 1)[-1].rstrip("`") if "`$." in str(exc) else "body"
        raise FieldError(path, str(exc).split(" - at ", 1)[0].lower()) from exc


async def _limit_registrations(call: Call) -> None:
    limiter: RateLimiter = call.state.rate_limiter
    v2 = call.settings.v2
    refusal = "Too many sign-ins from this address; wait before trying again"
    for item in (
        RateLimitItemPerMinute(v2.registrations_per_minute_per_ip),
        RateLimitItemPerHour(v2.registrations_per_hour_per_ip),
    ):
        await limiter.enforce(item, "v2-registration", call.address, refusal=refusal)


@endpoint("userRegistration", errors=Errors.HTTP, cost=EXPENSIVE_WRITE)
async def user_registration(call: Call) -> Response[bytes]:
    """Sign-up and sign-in in one: 201 with the user when new; for an existing user VUGA's 200
    ``status: false`` "User already exists" *with* the user — only to the device the account is bound to."""
    await _limit_registrations(call)
    fields = call.fields
    email = fields.text("email", max_length=254).strip() or fields.text("identity", max_length=254).strip()
    if "@" not in email:
        raise FieldError("email", "must be an email address")
    login_type = fields.integer("login_type", default=4, minimum=1, maximum=4) or 4
    request = SignIn(
        email=email,
        fullname=fields.text("fullname", max_length=100),
        login_type=login_type,
        device_token=fields.text("device_token", max_length=4096),
    )
    app_user, created = await call.identity().sign_in(request)
    data = await user_object(call, app_user)
    if created:
        return answer("User registered successfully", http_status=201, data=data)
    return answer("User already exists", status=False, data=data)


@endpoint("fetchProfile", reads=True)
async def fetch_profile(call: Call) -> Response[bytes]:
    """The user, stripped of identity, device token and consent address."""
    app_user = await call.app_user()
    return answer("User fetched successfully", data=await user_object(call, app_user))


@endpoint("updateProfile", errors=Errors.HTTP)
async def update_profile(call: Call) -> Response[bytes]:
    """The user's name (the account's display name); consents are not kept (docs/compat-v2.md)."""
    app_user = await call.app_user()
    if call.fields.present("fullname"):
        name = call.fields.text("fullname", max_length=100).strip()
        if name:
            await call.auth().update_me(viewer_of(app_user), checked({"display_name": name}, AccountUpdate))
    return answer("Profile updated successfully", data=await user_object(call, app_user))


@endpoint("logOut", errors=Errors.HTTP)
async def log_out(call: Call) -> Response[bytes]:
    """Nothing to end: the apps hold no session of ours. The device binding stays (a log-out by anyone who
    knows the id must not free the account for another device)."""
    await call.app_user()
    return answer("Logged out successfully")


@endpoint("deleteMyAccount", errors=Errors.HTTP)
async def delete_my_account(call: Call) -> Response[bytes]:
    """Deletes the account. Refused for a migrated id no device has signed in with since the switch: VUGA's
    ids are sequential, and an unbound one proves nothing at all."""
    app_user = await call.app_user()
    if app_user.legacy and app_user.device_digest is None:
        return answer("Sign in again before deleting the account", status=False)
    await call.auth().delete_me(viewer_of(app_user))
    return answer("Account deleted successfully")


async def _profiles_payload(call: Call) -> list[dict[str, Any]]:
    app_user = await call.app_user()
    return await profile_objects(call, app_user, await call.profiles().list(viewer_of(app_user)))


@endpoint("getUserProfiles", reads=True)
async def get_user_profiles(call: Call) -> Response[bytes]:
    return answer("Profiles fetched successfully", profiles=await _profiles_payload(call))


def _ceiling(call: Call, is_kids: bool) -> Maturity | None:
    age = call.fields.integer("age", minimum=0, maximum=120)
    if age is None:
        return None
    ceiling = Maturity.from_min_age(age)
    return min(ceiling, Maturity.AGE_7, key=lambda m: m.min_age) if is_kids else ceiling


@endpoint("createProfile")
async def create_profile(call: Call) -> Response[bytes]:
    is_kids = bool(call.fields.flag("is_kids", "is_kids_profile", default=False))
    data: dict[str, Any] = {"name": call.fields.text("name", max_length=100).strip(), "is_kids": is_kids}
    if (ceiling := _ceiling(call, is_kids)) is not None:
        data["max_maturity"] = ceiling.value
    app_user = await call.app_user()
    made = await call.profiles().create(viewer_of(app_user), checked(data, ProfileCreate))
    return answer("Profile created successfully", profile=await profile_object(call, app_user, made))


@endpoint("profile/update")
async def update_one_profile(call: Call) -> Response[bytes]:
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    data: dict[str, Any] = {}
    if call.fields.present("name"):
        data["name"] = call.fields.text("name", max_length=100).strip()
    is_kids = call.fields.flag("is_kids", "is_kids_profile")
    if is_kids is not None:
        data["is_kids"] = is_kids
    if (ceiling := _ceiling(call, bool(is_kids))) is not None:
        data["max_maturity"] = ceiling.value
    updated = await call.profiles().update(viewer_of(app_user), resolved, checked(data, ProfileUpdate))
    return answer("Profile updated successfully", profile=await profile_object(call, app_user, updated))


@endpoint("deleteProfile")
async def delete_profile(call: Call) -> Response[bytes]:
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    await call.profiles().delete(viewer_of(app_user), resolved)
    return answer("Profile deleted successfully")


@endpoint("selectProfile")
async def select_profile(call: Call) -> Response[bytes]:
    """Makes the profile the default of every later call that names none (VUGA's last active profile)."""
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    chosen = await call.profiles().get(viewer_of(app_user), resolved)
    await call.identity().select_profile(app_user, resolved)
    return answer("Profile selected successfully", profile=await profile_object(call, app_user, chosen))


@endpoint("profile/age-ratings", reads=True)
async def age_ratings(call: Call) -> Response[bytes]:
    """Our rating scale as VUGA's age limits."""
    return answer("Age ratings fetched successfully", age_ratings=[presenters.age_limit(m) for m in Maturity])


ROUTES = [
    user_registration,
    fetch_profile,
    update_profile,
    log_out,
    delete_my_account,
    get_user_profiles,
    create_profile,
    update_one_profile,
    delete_profile,
    select_profile,
    age_ratings,
]


@endpoint("profile/update-age-settings")
async def update_age_settings(call: Call) -> Response[bytes]:
    """A profile's age (its ceiling) and kids flag; loosening a kids profile needs /api/v1's PIN or password
    (the apps have neither), so that is refused as the parental lock refuses it."""
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    data: dict[str, Any] = {}
    is_kids = call.fields.flag("is_kids_profile", "is_kids")
    if is_kids is not None:
        data["is_kids"] = is_kids
    if (ceiling := _ceiling(call, bool(is_kids))) is not None:
        data["max_maturity"] = ceiling.value
    updated = await call.profiles().update(viewer_of(app_user), resolved, checked(data, ProfileUpdate))
    return answer("Age settings updated successfully", profile=await profile_object(call, app_user, updated))


MAX_AVATAR_FIELD = 4 * (MAX_UPLOAD_BYTES + 2) // 3 + 100  # the largest picture, base64, with a data: prefix


@endpoint("profiles/avatar/upload", errors=Errors.HTTP, cost=UPLOAD, max_body=MAX_AVATAR_FIELD + 64 * 1024)
async def upload_avatar(call: Call) -> Response[bytes]:
    """A picture as base64 ``image_data`` (a ``data:`` URL or bare), checked and stored like /api/v1's."""
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    encoded = call.fields.text("image_data", max_length=MAX_AVATAR_FIELD).strip()
    if not encoded:
        raise FieldError("image_data", "is required")
    try:
        image = base64.b64decode(encoded.split(",", 1)[-1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FieldError("image_data", "is not base64") from exc
    updated = await call.profiles().upload_avatar(viewer_of(app_user), resolved, image)
    shown = await profile_object(call, app_user, updated)
    return answer("Avatar uploaded successfully", avatar_url=shown["avatar_url"], profile=shown)


@endpoint("profiles/avatar/remove", errors=Errors.HTTP)
async def remove_avatar(call: Call) -> Response[bytes]:
    """Back to a default picture."""
    app_user = await call.app_user()
    resolved = await call.named_profile_id()
    await call.profiles().update(
        viewer_of(app_user), resolved, checked({"avatar": "default-1"}, ProfileUpdate)
    )
    return answer("Avatar removed successfully")


ROUTES += [update_age_settings, upload_avatar, remove_avatar]
