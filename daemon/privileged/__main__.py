"""`python3 -I -m daemon.privileged --config FILE [--socket PATH]`: the helper's entry point."""

from daemon.privileged.server import main

main()
