"""Live TV: channels, categories, the programme guide from XMLTV, now and next, and channel playback."""
