"""The transition table, every pair of states: the allowed ones are allowed, every other one is refused
with a 409 problem naming both states."""

from __future__ import annotations

import itertools

import pytest

from vuga.billing import states
from vuga.billing.models import State

ALLOWED = {
    (None, State.TRIALING),
    (None, State.ACTIVE),
    (State.TRIALING, State.TRIALING),
    (State.TRIALING, State.ACTIVE),
    (State.TRIALING, State.PAST_DUE),
    (State.TRIALING, State.CANCELED),
    (State.TRIALING, State.EXPIRED),
    (State.ACTIVE, State.ACTIVE),
    (State.ACTIVE, State.PAST_DUE),
    (State.ACTIVE, State.CANCELED),
    (State.ACTIVE, State.EXPIRED),
    (State.PAST_DUE, State.ACTIVE),
    (State.PAST_DUE, State.CANCELED),
    (State.PAST_DUE, State.EXPIRED),
    (State.CANCELED, State.ACTIVE),
    (State.CANCELED, State.PAST_DUE),
    (State.CANCELED, State.EXPIRED),
    (State.EXPIRED, State.TRIALING),
    (State.EXPIRED, State.ACTIVE),
}
PAIRS = list(itertools.product([None, *State], State))


@pytest.mark.parametrize(("from_state", "to_state"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_transition_is_allowed_or_refused_as_the_table_says(
    from_state: State | None, to_state: State
) -> None:
    if (from_state, to_state) in ALLOWED:
        assert states.transition(from_state, to_state) is to_state
    else:
        with pytest.raises(states.TransitionRefused) as refused:
            states.transition(from_state, to_state)
        assert refused.value.status_code == 409
        assert to_state.value in refused.value.detail


def test_the_entitled_states_are_those_that_play_until_the_period_ends() -> None:
    assert {State.TRIALING, State.ACTIVE, State.CANCELED} == states.ENTITLED
