"""The CDN in front of the API and the media: what responses contain (surrogate keys), and asking the CDN to
drop what a write made stale (purges).

- ``keys``: the ``Surrogate-Key`` (Fastly, Varnish xkey) and ``Cache-Tag`` (Cloudflare, Akamai) headers
  naming what a response was built from — the response cache's own tags, so that one invalidation names
  the same things in the process's cache and at the edge;
- ``purge``: one ``CdnPurger`` interface with generic HTTP ``PURGE`` (Varnish, nginx), Fastly (purge by
  surrogate key), Cloudflare (purge by tag) and CloudFront (invalidation by path) behind it, chosen by
  ``VUGA_CDN_PROVIDER``;
- ``requests``: ``CdnPurges``, the handle a process queues purges with (nothing when no CDN is set);
- ``tasks``: the purge as a background job (``cdn.purge``), retried with backoff and kept as a dead letter
  if the CDN refuses it every time, so a CDN outage never fails the write that asked for it.

Nothing is imported here: the response cache reads ``keys`` without pulling in the job queue.
"""
