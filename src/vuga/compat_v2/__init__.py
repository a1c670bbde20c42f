"""What the VUGA v4 apps and their operators need from us: ``/api/v2`` for the apps already installed
(``routes``, over the features' services) and the importer of a VUGA database (``importer``)."""
