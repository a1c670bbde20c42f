"""Account recovery: password reset by mail, and verification of the address given at sign-up.

A request only queues a job (``accounts.tasks``) and answers; the job looks the address up, creates the
token and sends the mail. So the answer to "reset the password of x@example.com" is the same, in body and
in timing, whether or not the account exists: the request did the same work either way (normalise, count,
enqueue). Jobs are retried on failure (at least once), and a retry mails a fresh link.

Tokens are 256 random bits, mailed once and stored only as SHA-256 digests (``models.AccountToken``). Using
one is a single ``UPDATE ... WHERE used_at IS NULL AND expires_at > now RETURNING``: of any number of
requests racing with one link exactly one wins. A completed reset also ends every session of the account
(in the database and in the session cache), uses up the account's other reset links, and confirms the
address (the mail reached its owner).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
from datetime import timedelta

from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession
from taskiq.exceptions import SendTaskError

from vuga.accounts import mail_templates
from vuga.accounts.auth import Authenticator, Viewer
from vuga.accounts.models import AccountToken, TokenPurpose
from vuga.accounts.recovery_repository import AccountTokensRepository
from vuga.accounts.repository import AccountsRepository
from vuga.accounts.service import check_password_strength, normalise_email
from vuga.core.clock import utcnow
from vuga.core.db import after_commit
from vuga.core.errors import Conflict, InvalidInput, Unauthorized, VugaError
from vuga.core.jobs.queue import Jobs
from vuga.core.mail import MailMessage
from vuga.core.security import Passwords
from vuga.settings import Settings

logger = logging.getLogger("vuga.accounts")

SEND_PASSWORD_RESET = "accounts.send_password_reset"  # noqa: S105 (a task name)
SEND_EMAIL_VERIFICATION = "accounts.send_email_verification"
DEAD_LINK = "this link is not valid: it was used already, it expired, or it was mistyped; ask for a new one"


class MailQueueUnavailable(VugaError):
    """The job queue (Redis) could not take the mail; the client may simply try again."""

    status_code = 503


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _valid_for(seconds: int) -> str:
    hours = seconds / 3600
    if hours >= 48 and hours % 24 == 0:
        return f"{int(hours // 24)} days"
    if hours >= 1 and hours == int(hours):
        return "1 hour" if hours == 1 else f"{int(hours)} hours"
    return f"{seconds // 60} minutes"


async def _enqueue(jobs: Jobs, task_name: str, email: str) -> None:
    try:
        await jobs.enqueue(task_name, email=email)
    except (SendTaskError, RedisError, OSError) as exc:
        logger.warning("queueing %s failed", task_name, exc_info=True)
        raise MailQueueUnavailable(
            "the mail could not be queued just now; try again in a moment", headers={"Retry-After": "5"}
        ) from exc


class Recovery:
    """What the routes ask for: links to be mailed, and links to be used."""

    def __init__(
        self,
        session: AsyncSession,
        passwords: Passwords,
        authenticator: Authenticator,
        jobs: Jobs,
    ) -> None:
        self.session = session
        self.accounts = AccountsRepository(session)
        self.tokens = AccountTokensRepository(session)
        self.passwords = passwords
        self.authenticator = authenticator
        self.jobs = jobs

    async def ask_password_reset(self, email: str) -> None:
        """Queue a reset mail to ``email``; the job finds out whether an account has it."""
        await _enqueue(self.jobs, SEND_PASSWORD_RESET, normalise_email(email))

    async def reset_password(self, token: str, new_password: str) -> None:
        now = utcnow()
        digest = _digest(token)
        account = await self.tokens.usable_account(digest, TokenPurpose.PASSWORD_RESET, now)
        if account is None:
            raise InvalidInput.field("token", DEAD_LINK)
        # Checked before the token is used up, so that a refused password leaves the link working.
        check_password_strength(new_password, account.email, field="new_password")
        password_hash = await self.passwords.hash(new_password)
        if await self.tokens.claim(digest, TokenPurpose.PASSWORD_RESET, now) is None:
            raise InvalidInput.field("token", DEAD_LINK)  # a concurrent use of the same link won
        account.password_hash = password_hash
        account.email_verified_at = account.email_verified_at or now
        await self.tokens.use_up_all(account.id, TokenPurpose.PASSWORD_RESET, now)
        # Whoever knew the old password may hold a session: end them all, in the cache first.
        await self.authenticator.revoke(*await self.accounts.revoke_sessions(account.id, now))

    async def verify_email(self, token: str) -> None:
        now = utcnow()
        account_id = await self.tokens.claim(_digest(token), TokenPurpose.EMAIL_VERIFICATION, now)
        account = None if account_id is None else await self.accounts.account(account_id)
        if account is None:
            raise InvalidInput.field("token", DEAD_LINK)
        account.email_verified_at = account.email_verified_at or now

    def send_verification_once_committed(self, email: str) -> None:
        """After sign-up: the job must find the new account, so it is queued once the account is committed."""
        normalised = normalise_email(email)

        async def enqueue() -> None:
            # The account exists whatever happens here; its owner can ask for the mail again.
            with contextlib.suppress(MailQueueUnavailable):
                await _enqueue(self.jobs, SEND_EMAIL_VERIFICATION, normalised)

        after_commit(self.session, enqueue)

    async def resend_verification(self, viewer: Viewer) -> None:
        account = await self.accounts.account(viewer.account_id)
        if account is None:
            raise Unauthorized("the account no longer exists")
        if account.email_verified_at is not None:
            raise Conflict("this account's address is confirmed already")
        await _enqueue(self.jobs, SEND_EMAIL_VERIFICATION, account.email)


class RecoveryMails:
    """What the jobs do: create a link for an address's account, and the mail that carries it."""

    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.accounts = AccountsRepository(session)
        self.tokens = AccountTokensRepository(session)
        self.settings = settings

    async def _mail(self, email: str, purpose: TokenPurpose, ttl_s: int, page: str) -> MailMessage | None:
        account = await self.accounts.account_by_email(email)
        if account is None:
            return None
        if purpose is TokenPurpose.EMAIL_VERIFICATION and account.email_verified_at is not None:
            return None
        token = secrets.token_urlsafe(32)
        self.tokens.add(
            AccountToken(
                account_id=account.id,
                purpose=purpose.value,
                digest=_digest(token),
                expires_at=utcnow() + timedelta(seconds=ttl_s),
            )
        )
        await self.accounts.flush()
        # In the fragment, not the query: browsers send neither to servers nor in Referer headers, so the
        # token stays out of access logs; the viewer app reads it and POSTs it.
        link = f"{self.settings.mail.link_base_url.rstrip('/')}/{page}#token={token}"
        return mail_templates.render(
            purpose.value,
            to=account.email,
            display_name=account.display_name or account.email,
            email=account.email,
            link=link,
            valid_for=_valid_for(ttl_s),
        )

    async def password_reset(self, email: str) -> MailMessage | None:
        """None: no account has this address (nothing is sent, and nobody is told)."""
        ttl = self.settings.auth.password_reset_ttl_s
        return await self._mail(email, TokenPurpose.PASSWORD_RESET, ttl, "reset-password")

    async def email_verification(self, email: str) -> MailMessage | None:
        """None: no such account, or its address is confirmed already."""
        ttl = self.settings.auth.email_verification_ttl_s
        return await self._mail(email, TokenPurpose.EMAIL_VERIFICATION, ttl, "verify-email")
