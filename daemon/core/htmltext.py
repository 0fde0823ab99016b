"""HTML mail as readable plain text: blocks become lines, labelled table rows read "Nama: Budi".

Pure (html.parser only). Table rows of two cells become "label: value" so the labelled-field reader
sees an HTML form letter exactly as it sees a typed one; wider rows become tab-separated lines.
Quoted parts (<blockquote>) are kept but prefixed with "> " so the quote stripper can drop them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
    "section", "article", "header", "footer", "hr", "pre", "address", "center", "dl", "dt", "dd",
}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"}
_SKIP = {"script", "style", "head", "title", "template", "noscript"}


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.rows: list[list[str]] = []  # stack of open rows (nested tables)
        self.cells: list[list[str]] = []  # stack of open cell buffers

    # -- output helpers
    def _flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", "".join(self.current)).strip()
        self.current = []
        if self.cells:
            if text:
                self.cells[-1].append(text)
            return
        if text:
            self.lines.append("> " * self.quote_depth + text)

    def _paragraph_end(self) -> None:
        self._flush()
        if not self.cells and self.lines and self.lines[-1].strip("> "):
            self.lines.append((">" * self.quote_depth).strip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "blockquote":
            self._flush()
            self.quote_depth += 1
        elif tag == "tr":
            self._flush()
            self.rows.append([])
        elif tag in ("td", "th"):
            self._flush()
            self.cells.append([])
        elif tag in _BLOCK:
            self._flush()
        if tag == "li":
            self.current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "blockquote":
            self._flush()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in ("td", "th"):
            self._flush()
            if self.cells:
                cell = " ".join(self.cells.pop())
                if self.rows:
                    self.rows[-1].append(cell)
                else:
                    self.current.append(cell + " ")
        elif tag == "tr":
            self._flush()
            if self.rows:
                self._emit_row(self.rows.pop())
        elif tag in _PARAGRAPH:
            self._paragraph_end()
        elif tag in _BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._flush()
        else:
            self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self.current.append(data.replace("\n", " ").replace("\r", " "))

    def _emit_row(self, cells: list[str]) -> None:
        cells = [c.strip() for c in cells]
        # a separator cell holding only ":" joins label and value
        cells = [c for c in cells if c and c != ":"]
        if not cells:
            return
        if len(cells) == 2:
            label, value = cells
            text = f"{label} {value}" if label.endswith(":") else f"{label}: {value}"
        else:
            text = "\t".join(cells)
        if self.cells:  # a table nested in a cell
            self.cells[-1].append(text)
        else:
            self.lines.append("> " * self.quote_depth + text)

    def result(self) -> str:
        self._flush()
        while self.rows:
            self._emit_row(self.rows.pop())
        text = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str) -> str:
    """The readable text of an HTML document (never raises on malformed markup)."""
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError, IndexError):  # html.parser on pathological markup
        pass
    return builder.result()
