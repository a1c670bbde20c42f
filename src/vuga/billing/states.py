"""The subscription's state machine: the transitions allowed, and nothing else.

    (none) ──► trialing ──► active ◄──► past_due
        │        │  ▲ │       │ ▲          │
        │        │  │ └──► canceled ◄──────┘      (canceled: at the period's end; plays until then)
        └──────► active     │
                 every state but expired ──► expired ──► trialing | active (a new start)

A self-transition is allowed where it means something: ``active → active`` renews a period or changes plan,
``trialing → trialing`` lengthens a trial (a free-days code). Every change of state goes through
``transition``, which the service records in the ledger; anything else is refused as a 409.
"""

from __future__ import annotations

from vuga.billing.models import State
from vuga.core.errors import Conflict

TRIALING, ACTIVE, PAST_DUE, CANCELED, EXPIRED = (
    State.TRIALING,
    State.ACTIVE,
    State.PAST_DUE,
    State.CANCELED,
    State.EXPIRED,
)

ALLOWED: dict[State | None, frozenset[State]] = {
    None: frozenset({TRIALING, ACTIVE}),
    TRIALING: frozenset({TRIALING, ACTIVE, PAST_DUE, CANCELED, EXPIRED}),
    ACTIVE: frozenset({ACTIVE, PAST_DUE, CANCELED, EXPIRED}),
    PAST_DUE: frozenset({ACTIVE, CANCELED, EXPIRED}),
    CANCELED: frozenset({ACTIVE, PAST_DUE, EXPIRED}),  # resumed before the end; a failed last payment
    EXPIRED: frozenset({TRIALING, ACTIVE}),
}

# The states that play premium titles, until the current period's end.
ENTITLED = frozenset({TRIALING, ACTIVE, CANCELED})


class TransitionRefused(Conflict):
    """A transition the table does not allow: a 409 problem naming both states."""

    def __init__(self, from_state: State | None, to_state: State) -> None:
        origin = from_state.value if from_state else "no subscription"
        super().__init__(f"a subscription cannot go from {origin} to {to_state.value}")
        self.from_state = from_state
        self.to_state = to_state


def allows(from_state: State | None, to_state: State) -> bool:
    return to_state in ALLOWED[from_state]


def transition(from_state: State | None, to_state: State) -> State:
    """The new state, if the table allows it; else ``TransitionRefused``."""
    if not allows(from_state, to_state):
        raise TransitionRefused(from_state, to_state)
    return to_state
