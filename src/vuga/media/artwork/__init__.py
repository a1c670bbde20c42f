"""Artwork uploads per entity: an editor's image becomes a title's poster, wide poster, backdrop or logo, with
its size variants and blurhash (made by ``vuga.core.images``).

The work is done in the request, in a worker thread, not on a media job: an image within the limits
(20 MiB, 40 megapixels) is processed in about a second at worst, so the editor gets the final URLs in the
answer and a failed image is a 422 there and then, with nothing stored and no job to follow. At most
``CONCURRENT_IMAGES`` are processed at once per process, so uploads cannot take every core from the API.
"""
