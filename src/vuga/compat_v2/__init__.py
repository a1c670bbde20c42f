"""What the VUGA v4 apps and their operators need from us: the importer of a VUGA database (``importer``) now,
the ``/api/v2`` compatibility layer later."""
