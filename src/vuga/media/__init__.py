"""Media: uploads, transcoding to HLS ladders, artwork variants, signed playback URLs (DESIGN.md §3, §9)."""
