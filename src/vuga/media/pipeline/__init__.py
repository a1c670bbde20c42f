"""The media pipeline: probe an upload, plan an HLS ladder, transcode it with ffmpeg, make thumbnails,
validate what was written. A library with no database and no HTTP; the media jobs run it on workers.

Modules (import them directly; this package imports nothing so that the prober's child process stays light):
``probe`` (refuse what is not a playable video), ``ladder`` (renditions and their codecs), ``ffmpeg`` (the
binary, limits, progress), ``transcode`` (one run for the whole ladder, published whole or not at all),
``thumbnails`` (poster, trickplay), ``playlists`` (master and media playlists), ``validate`` (read back),
``manifest`` (what was made), ``demo`` (the demo catalog's clips).
"""
