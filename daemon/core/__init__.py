"""The pure core: everything here decides, nothing here does I/O.

Rule (checked by tests/unit/test_core_purity.py): modules of `daemon.core` import
no network, database, file, subprocess, clock or randomness library, and never
call `datetime.now()`. Time, randomness and stored data come in as arguments;
decisions go out as plain values (new state, effects, rendered contexts).
"""
