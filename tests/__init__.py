"""The test suite: unit/ (no network), integration/ (real servers), faults/, bench/."""
