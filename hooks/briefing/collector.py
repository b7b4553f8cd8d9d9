"""The cyclic garbage collector held off while the engine makes a great many small objects
that hold no cycles (analyses read back, pages, the export): each batch of them would set it
walking every object of the analyses again, a fifth to a quarter of those steps' time at 500
articles. Anything cyclic is still collected once the step is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block, and back as it was after it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
