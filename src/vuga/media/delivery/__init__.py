"""Delivering media to viewers: signed playback URLs, the embedded server of their files, content keys,
the master playlist a viewer's plan allows, and the DRM interface (``docs/media-delivery.md``).

- ``signing``: path tokens over ``assets/<asset_key>/``, an expiry, the session and a maximum height;
  403 for a tampered URL, 410 for an expired one; secrets that rotate;
- ``keys``: each asset's AES-128 content key and key id, derived, never stored;
- ``playlists``: the master playlist filtered to a maximum height;
- ``serving`` (``routes``): ``/media/s/<token>/…`` from the object store, with ranges, ETags, the key
  endpoint and the ClearKey licence;
- ``drm``: the ``DrmProvider`` interface and its ClearKey provider;
- ``service``: ``MediaDelivery``, what the playback endpoint and the media jobs call: signed URLs for an
  asset, its content key, its DRM systems, and the CDN purge of a replaced asset.
"""
