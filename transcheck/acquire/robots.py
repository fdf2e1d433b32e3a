"""robots.txt, honoured with protego when the user asks (--respect-robots).

protego rather than urllib.robotparser, which mishandles wildcards and `$`. A robots.txt
that is missing (4xx) or cannot be read allows everything, as crawlers commonly do; it is
fetched through the same client, so it is cached and polite like any other request.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from transcheck.errors import FetchError

AGENT_TOKEN = "transcheck"
MAX_ROBOTS_BYTES = 512 * 1024


class RobotsGate:
    """Checks URLs against their site's robots.txt, reading each robots.txt once."""

    def __init__(self, read_robots: Callable[[str], str | None]) -> None:
        """`read_robots(url)` returns the robots.txt text, or None when there is none."""
        self._read = read_robots
        self._parsers: dict[str, Protego | None] = {}

    def check(self, url: str) -> None:
        """Raise FetchError when robots.txt disallows `url` for transcheck."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._parsers:
            text = self._read(f"{origin}/robots.txt")
            self._parsers[origin] = Protego.parse(text) if text else None
        parser = self._parsers[origin]
        if parser is not None and not parser.can_fetch(url, AGENT_TOKEN):
            raise FetchError(
                f"robots.txt of {parts.netloc} disallows {url} for {AGENT_TOKEN}; "
                "fetch it only if you have permission (run without --respect-robots), "
                "or save the page and pass the file"
            )
