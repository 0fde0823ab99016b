"""Setup: reading the world's configuration. The config schema and its loader, the secrets (systemd
credentials, files, environment), the first config `init` writes, and talking to systemd (sd_notify).

Rule (checked by tests/unit/test_layout.py): the only place that reads the config file, the secret files
and the environment; everything else receives the frozen `Config`. Imports only `core` and `errors`.
"""
