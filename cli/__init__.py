"""The `lpse-akses` command: thin click commands over `daemon` functions (the only place that exits)."""
