"""Fetching a document from a URL an operator typed, without letting the URL reach inside the network.

A URL naming a private, loopback, link-local (cloud metadata at 169.254.169.254), multicast, reserved or
unspecified address is refused (server-side request forgery), unless the caller allows private addresses.
The check is made on every address the host name resolves to, and again on each redirect's target, which
is followed by hand for that reason (at most ``MAX_REDIRECTS``). The body is read up to ``max_bytes`` and
refused past it, so a document that never ends cannot fill the memory.

What this cannot stop: a name that resolves to a public address when checked and to a private one an
instant later, when the client connects (DNS rebinding). An operator worried by it puts the worker behind
an egress proxy or a firewall that drops private destinations.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import httpx

MAX_REDIRECTS = 3


class RemoteRefused(Exception):
    """The URL may not be fetched, or what it answered is not taken; the message says which and why."""


def _refused_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


async def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse ``url`` unless it is http(s) to a host whose every address is public (or private is allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteRefused("only http and https URLs with a host name are fetched")
    if parts.username or parts.password:
        raise RemoteRefused("URLs with credentials in them are not fetched")
    if allow_private:
        return
    try:
        addresses = {ipaddress.ip_address(parts.hostname)}
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                parts.hostname,
                parts.port or (443 if parts.scheme == "https" else 80),
                type=socket.SOCK_STREAM,
            )
        except (socket.gaierror, UnicodeError) as exc:  # UnicodeError: not a host name (a label over 63)
            raise RemoteRefused(f"the host {parts.hostname[:253]} does not resolve") from exc
        addresses = {ipaddress.ip_address(info[4][0]) for info in infos}
    if any(_refused_address(address) for address in addresses):
        raise RemoteRefused(
            f"the host {parts.hostname} is a private, loopback or link-local address; an operator may allow "
            "those (see the setting that allows private URLs)"
        )


async def fetch_document(url: str, *, max_bytes: int, timeout_s: float, allow_private: bool) -> bytes:
    """The body ``url`` answers with a 200, checked as ``check_url`` says at each hop."""
    async with httpx.AsyncClient(timeout=timeout_s, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            await check_url(url, allow_private=allow_private)
            try:
                async with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise RemoteRefused(f"the URL answered {response.status_code}, not 200")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise RemoteRefused(f"the document is larger than {max_bytes} bytes")
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise RemoteRefused(f"the document is larger than {max_bytes} bytes")
                    return bytes(body)
            except httpx.HTTPError as exc:
                raise RemoteRefused(f"the URL could not be fetched: {type(exc).__name__}") from exc
    raise RemoteRefused(f"more than {MAX_REDIRECTS} redirects")
