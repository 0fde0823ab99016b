"""Workers: the loops that claim work and hand events to the service. The mailbox loop and intake
(dedupe, store, parse, classify, dispatch), the outbox, provisioning and its backends, the timers
(reminders, expiry, digests, retention).

Rule (checked by tests/unit/test_layout.py): a worker changes request state only through
`service.apply`; it catches failures at its loop boundary, per item, and goes on. Workers import the
heart, `store`, `mail`, `register`, `setup` and `core`, never `web` or the wiring.
"""
