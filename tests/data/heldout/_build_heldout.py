"""Build the held-out set: `.venv/bin/python tests/data/heldout/_build_heldout.py`.

Each message is written out by hand as raw bytes, with its label next to it. See README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _heldout_msgs_1 import build as build_1  # noqa: E402
from _heldout_msgs_2 import build as build_2  # noqa: E402
from _heldout_msgs_3 import build as build_3  # noqa: E402

if __name__ == "__main__":
    build_1()
    build_2()
    build_3()
    print("done")
