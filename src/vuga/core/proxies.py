"""The client's address behind trusted proxies.

A connection's address is the client's unless it comes from a proxy in ``VUGA_SERVER_TRUSTED_PROXIES``:
then the client is the address that proxy (and any trusted proxy before it) recorded in
``X-Forwarded-For`` — the right-most address that is not itself a trusted proxy, so a client cannot name
itself by sending the header too. Anyone else's ``X-Forwarded-For`` is ignored: it can neither escape a
per-address limit nor spend another address's budget.

The parsing is Granian's (``granian.utils.proxies``), applied as the outermost layer in front of the router so
that the rate limits, the auth limits and the logs all see the same address. ``Forwarded`` (RFC 7239) is not
read: HAProxy and nginx send ``X-Forwarded-For`` (``option forwardfor``, ``proxy_set_header``).
"""

from __future__ import annotations

from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network
from typing import cast

from granian.utils.proxies import wrap_asgi_with_proxy_headers

from vuga.core.http import HttpApp, Layer


def forwarded_client(trusted: Sequence[IPv4Network | IPv6Network]) -> Layer | None:
    """The layer that takes the client's address from trusted proxies' headers; None when none is trusted."""
    if not trusted:
        return None
    hosts = [str(network) for network in trusted]
    return lambda app: cast(HttpApp, wrap_asgi_with_proxy_headers(app, hosts))
