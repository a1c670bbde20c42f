"""The circuit breaker in front of Redis: opens after failures in a row, probes, closes on success."""

from __future__ import annotations

from vuga.core.breaker import CircuitBreaker


def test_it_opens_after_failures_in_a_row_and_probes_after_its_pause() -> None:
    now = [0.0]
    breaker = CircuitBreaker("redis", open_s=5.0, failures_to_open=3, clock=lambda: now[0])
    breaker.failed(TimeoutError())
    breaker.succeeded()  # a success in between: the count starts again
    breaker.failed(TimeoutError())
    breaker.failed(TimeoutError())
    assert breaker.allow()  # two in a row: still closed
    breaker.failed(TimeoutError())
    assert not breaker.allow()  # three: open
    now[0] = 5.1
    assert breaker.allow()  # one probe...
    assert not breaker.allow()  # ...at a time
    breaker.failed(TimeoutError())
    assert not breaker.allow()  # the probe failed: open for another pause
    now[0] = 10.3
    assert breaker.allow()
    breaker.succeeded()
    assert breaker.allow()
    assert not breaker.is_open
