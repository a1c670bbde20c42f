"""The accounts' rules: ``sessions`` (registration, login, tokens, the account) and ``profiles`` (profiles and
their parental lock). Other features use them through this package."""

from vuga.accounts.service.profiles import ProfileService
from vuga.accounts.service.sessions import (
    AuthService,
    Refused,
    SessionCleanup,
    check_password_strength,
    normalise_email,
)

__all__ = [
    "AuthService",
    "ProfileService",
    "Refused",
    "SessionCleanup",
    "check_password_strength",
    "normalise_email",
]
