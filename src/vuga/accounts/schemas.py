"""What the accounts API reads and writes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.accounts.models import Role
from vuga.core.maturity import Maturity

# Lengths are checked here; what makes an email valid or a password strong is the service's rule, so that
# its message can say why.
Email = Annotated[str, Meta(min_length=3, max_length=254)]
Password = Annotated[str, Meta(min_length=1, max_length=1024)]
DisplayName = Annotated[str, Meta(max_length=100)]
ProfileName = Annotated[str, Meta(min_length=1, max_length=50)]
DefaultAvatar = Annotated[
    str, Meta(pattern=r"^default-[1-8]$", description="One of default-1 ... default-8.")
]


class RegisterIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    password: Password
    display_name: DisplayName = ""


class LoginIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    password: Password


class RefreshIn(msgspec.Struct, forbid_unknown_fields=True):
    refresh_token: Annotated[str, Meta(min_length=1, max_length=200)]


class PasswordChangeIn(msgspec.Struct, forbid_unknown_fields=True):
    current_password: Password
    new_password: Password


class TokenPair(msgspec.Struct):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 (the OAuth 2 token type, not a secret)


class AccountOut(msgspec.Struct):
    id: int
    email: str
    display_name: str
    role: Role
    created_at: datetime
    email_verified: bool = False


class AccountUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """Only what a viewer may change about their account; role, id and email are refused as unknown."""

    display_name: DisplayName | UnsetType = UNSET


class ProfileOut(msgspec.Struct):
    id: int
    name: str
    is_kids: bool
    max_maturity: Maturity
    avatar_url: str


class ProfileCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: ProfileName
    is_kids: bool = False
    max_maturity: Maturity | None = None  # default: 18+ for adults, 7+ for kids
    avatar: DefaultAvatar = "default-1"


class ProfileUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: ProfileName | UnsetType = UNSET
    is_kids: bool | UnsetType = UNSET
    max_maturity: Maturity | UnsetType = UNSET
    avatar: DefaultAvatar | UnsetType = UNSET


# --- account recovery -----------------------------------------------------------------------------------

MailedToken = Annotated[
    str, Meta(min_length=16, max_length=200, description="The token from the mailed link.")
]


class PasswordResetIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email


class PasswordResetConfirmIn(msgspec.Struct, forbid_unknown_fields=True):
    token: MailedToken
    new_password: Password


class VerifyEmailIn(msgspec.Struct, forbid_unknown_fields=True):
    token: MailedToken


class Accepted(msgspec.Struct):
    """202: the request is taken; what follows happens by mail."""

    detail: str
