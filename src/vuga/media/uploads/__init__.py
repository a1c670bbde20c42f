"""Resumable uploads of source media by editors and admins.

- ``protocol``: the tus 1.0 headers, parsed with limits;
- ``staging``: the staging files tus bytes are appended to, durably;
- ``service``: the rules (size limit, editors' quota, offsets, expiry) and ``UploadHandoff``, which gives a
  completed upload to a media job;
- ``routes``: tus at ``/api/v1/admin/uploads`` and direct S3 multipart uploads beside it;
- ``tasks``: the periodic removal of expired uploads.

docs/storage.md is the operator's page.
"""
