"""Every state × event of the workflow table: the table's row, or IllegalTransition."""

from __future__ import annotations

import itertools

import pytest

from daemon.core.workflow import (
    EXTENSION_PENDING,
    FINAL_STATES,
    PRECONDITIONS,
    Audience,
    ExtendAccount,
    TRANSITIONS,
    AskApproval,
    CreateAccount,
    DisableAccount,
    Event,
    IllegalTransition,
    SendMail,
    State,
    allowed_events,
    decide,
    diagram,
)


def facts_for(event: Event, holds: bool) -> frozenset[str]:
    """The facts under which `event`'s precondition holds (or not)."""
    if event not in PRECONDITIONS:
        return frozenset()
    fact, wanted = PRECONDITIONS[event]
    return frozenset({fact}) if wanted is holds else frozenset()


@pytest.mark.parametrize(("state", "event"), list(itertools.product(State, Event)))
def test_every_state_and_event(state: State, event: Event) -> None:
    if (state, event) in TRANSITIONS:
        t = decide(state, event, facts_for(event, True))
        assert (t.new, t.effects) == TRANSITIONS[(state, event)]
        assert t.old is state and t.event is event
    else:
        with pytest.raises(IllegalTransition) as err:
            decide(state, event, facts_for(event, True))
        assert err.value.state is state and err.value.event is event
        assert state.value in str(err.value)


@pytest.mark.parametrize("event", list(PRECONDITIONS))
def test_preconditions_are_enforced(event: Event) -> None:
    with pytest.raises(IllegalTransition):
        decide(State.ACTIVE, event, facts_for(event, False))


def test_an_extension_is_a_new_approval() -> None:
    asked = decide(State.ACTIVE, Event.EXTENSION_REQUESTED)
    assert asked.new is State.ACTIVE and asked.effects == (AskApproval(Audience.APPROVERS, "extension_request"),)
    granted = decide(State.ACTIVE, Event.EXTENSION_GRANTED, frozenset({EXTENSION_PENDING}))
    assert ExtendAccount() in granted.effects and SendMail("extension_granted", Audience.REQUESTER) in granted.effects


def test_final_states_accept_nothing() -> None:
    for state in FINAL_STATES:
        assert allowed_events(state) == []


def test_every_state_is_reachable_from_new() -> None:
    reached, frontier = {State.NEW}, [State.NEW]
    while frontier:
        s = frontier.pop()
        for e in allowed_events(s):
            n = TRANSITIONS[(s, e)][0]
            if n not in reached:
                reached.add(n)
                frontier.append(n)
    assert reached == set(State)


def test_the_sop_path() -> None:
    path = [
        Event.REQUEST_RECEIVED,
        Event.FIELDS_COMPLETED,
        Event.APPROVAL_GRANTED,
        Event.ACCOUNT_CREATED,
        Event.CLOSURE_REQUESTED,
        Event.ACCOUNT_DISABLED,
    ]
    state = State.NEW
    effects = []
    for e in path:
        t = decide(state, e)
        state = t.new
        effects.extend(t.effects)
    assert state is State.CLOSED
    assert any(isinstance(e, AskApproval) for e in effects)
    assert CreateAccount() in effects and DisableAccount() in effects
    assert [e.template for e in effects if isinstance(e, SendMail)][:1] == ["ack_received"]


def test_closing_waits_for_the_account_to_be_disabled() -> None:
    t = decide(State.ACTIVE, Event.CLOSURE_REQUESTED)
    assert t.new is State.ACTIVE and t.effects == (DisableAccount(),)
    assert decide(State.ACTIVE, Event.ACCOUNT_DISABLED).new is State.CLOSED


def test_withdrawal_only_before_access_starts() -> None:
    for state in (State.RECEIVED, State.NEEDS_INFO, State.PENDING_APPROVAL, State.APPROVED, State.FAILED):
        assert decide(state, Event.REQUEST_WITHDRAWN).new is State.CANCELLED
    with pytest.raises(IllegalTransition):
        decide(State.ACTIVE, Event.REQUEST_WITHDRAWN)


def test_the_diagram_is_generated_from_the_table() -> None:
    text = diagram()
    for (old, event), (new, _) in TRANSITIONS.items():
        assert f"{old.value} --> {new.value}: {event.value}" in text


def test_the_readme_diagram_is_the_table() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    block = readme.split("<!-- state-diagram:begin -->")[1].split("<!-- state-diagram:end -->")[0]
    assert block.strip() == f"```mermaid\n{diagram()}```", "regenerate the README diagram from daemon.core.workflow.diagram()"
