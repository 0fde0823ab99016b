"""`python -m daemon [--config FILE]` starts the daemon, like `lpse-akses run`."""

import sys

from cli.main import cli

if __name__ == "__main__":
    args = sys.argv[1:]
    cli(args if "run" in args else [*args, "run"], prog_name="python -m daemon")
