"""Background jobs: taskiq with a Redis Streams broker in production and an in-process broker embedded.

- ``queue``: the broker (created from settings), the ``Jobs`` handle the API and the scheduler enqueue with,
  and the resources (database, cache, counters) a running task reaches through its context.
- ``middleware``: retries with exponential backoff and the dead-letter record; logging, request ids and
  metrics around every run.
- ``dead_letters``: jobs that failed every attempt, kept for an operator to list and replay.
- ``receipts``: "this was done" records that make a task's database effect happen exactly once.
- ``schedule``: periodic jobs, fired once per period however many workers run the scheduler.

Features define their tasks in ``<feature>/tasks.py`` with ``taskiq.async_shared_broker.task``; the worker
(``vuga.worker``) and the API process find them by name.
"""
