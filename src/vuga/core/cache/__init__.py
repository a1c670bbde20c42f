"""Caching: byte stores (Redis or in-process), the response cache on top of them, and its HTTP side.

``stores`` keeps bytes and tagged entries and survives a Redis outage; ``bodies`` caches whole response
bodies, pre-compressed, one build per key; ``http`` turns them into responses with ETags and
``Cache-Control``.
"""

from vuga.core.cache.bodies import CacheKey, ResponseCache
from vuga.core.cache.coalescing import CoalescedGets
from vuga.core.cache.compression import CompressionUnlessEncoded
from vuga.core.cache.entries import CachedBody, accepts, preferred_encoding
from vuga.core.cache.http import PERSONAL, PRIVATE, HttpCaching, cached_response, documented, json_response
from vuga.core.cache.near import NearCache
from vuga.core.cache.shortcut import NEAR_CACHE_KEY, NearCacheAnswers
from vuga.core.cache.stores import Cache, MemoryCache, RedisCache, create_cache

__all__ = [
    "NEAR_CACHE_KEY",
    "PERSONAL",
    "PRIVATE",
    "Cache",
    "CacheKey",
    "CachedBody",
    "CoalescedGets",
    "CompressionUnlessEncoded",
    "HttpCaching",
    "MemoryCache",
    "NearCache",
    "NearCacheAnswers",
    "RedisCache",
    "ResponseCache",
    "accepts",
    "cached_response",
    "create_cache",
    "documented",
    "json_response",
    "preferred_encoding",
]
