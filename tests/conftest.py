"""Shared test setup: the real-server fixtures (started only when a test asks for them)."""

pytest_plugins = ["tests.servers.fixtures"]
