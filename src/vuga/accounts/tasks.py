"""The accounts' background jobs."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.accounts.recovery import SEND_EMAIL_VERIFICATION, SEND_PASSWORD_RESET, RecoveryMails
from vuga.accounts.service import SessionCleanup
from vuga.core.jobs.queue import WorkerResources, resources_of
from vuga.core.mail import MailMessage, create_mailer

logger = logging.getLogger("vuga.accounts")


@async_shared_broker.task(task_name="accounts.delete_ended_sessions")
async def delete_ended_sessions(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Delete expired and revoked logins (and their refresh tokens) past their grace period."""
    async with resources_of(context).database.writer() as session, session.begin():
        deleted = await SessionCleanup(session).delete_ended_sessions()
    if deleted:  # a scheduled run: quiet when there was nothing to delete (vuga.core.jobs.middleware)
        logger.info("deleted %d ended login sessions", deleted)
    return deleted


async def _send(resources: WorkerResources, message: MailMessage | None) -> bool:
    # The link is committed before the mail leaves: a mail never carries a link the database lost. A failed
    # send raises, and the job's retry mails a new link (the unsent one just expires).
    if message is None:
        return False
    await create_mailer(resources.settings.mail, resources.settings.var_dir).send(message)
    return True


@async_shared_broker.task(task_name=SEND_PASSWORD_RESET)
async def send_password_reset(email: str, context: Annotated[Context, TaskiqDepends()]) -> bool:
    """Mail a password reset link to ``email`` if an account has it; False when none does."""
    resources = resources_of(context)
    async with resources.database.writer() as session, session.begin():
        message = await RecoveryMails(session, resources.settings).password_reset(email)
    return await _send(resources, message)


@async_shared_broker.task(task_name=SEND_EMAIL_VERIFICATION)
async def send_email_verification(email: str, context: Annotated[Context, TaskiqDepends()]) -> bool:
    """Mail an address verification link, unless the account is gone or its address confirmed."""
    resources = resources_of(context)
    async with resources.database.writer() as session, session.begin():
        message = await RecoveryMails(session, resources.settings).email_verification(email)
    return await _send(resources, message)
