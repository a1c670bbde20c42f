"""The web front ends' build, served by the API server: the viewer app at ``/`` (routes.py)."""
