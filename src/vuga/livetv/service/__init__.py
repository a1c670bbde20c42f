"""Live TV's rules: what viewers read (``reading``, cached by ``pages``), editors' writes (``editing``),
XMLTV imports and the prune (``imports``), a profile's playback answer (``playing``) and who watches
(``audience``)."""

from vuga.livetv.service import cache_tags
from vuga.livetv.service.audience import AudienceRecorder, LiveAudience, channel_audience
from vuga.livetv.service.editing import LiveEditor
from vuga.livetv.service.imports import EpgImports, prune_guide, run_url_import
from vuga.livetv.service.pages import LivePages
from vuga.livetv.service.playing import ChannelPlaybackAnswers
from vuga.livetv.service.reading import LiveReader, guide_window

__all__ = [
    "AudienceRecorder",
    "ChannelPlaybackAnswers",
    "EpgImports",
    "LiveAudience",
    "LiveEditor",
    "LivePages",
    "LiveReader",
    "cache_tags",
    "channel_audience",
    "guide_window",
    "prune_guide",
    "run_url_import",
]
