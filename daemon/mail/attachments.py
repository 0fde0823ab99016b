"""Text layers of attached letters (PDF, DOCX, plain text): the edge's only file-format readers.

Attachments come from strangers, so every reader here is a boundary: a broken, encrypted or hostile
file yields `None` (no text), never an exception. pypdf and python-docx raise a wide, undocumented
variety of errors on bad input (ValueError, KeyError, zlib.error, struct.error, RecursionError,
their own PdfReadError, ...), which is why the two calls into them catch `Exception`: this is the
per-attachment isolation boundary (STYLE rule 7), and the caller still gets the attachment itself.
"""

from __future__ import annotations

import importlib
import io
import logging
import zipfile

log = logging.getLogger(__name__)

MAX_PDF_PAGES = 30
MAX_TEXT_CHARS = 200_000

_PDF_TYPES = {"application/pdf", "application/x-pdf"}
_DOCX_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _kind(filename: str, content_type: str) -> str | None:
    name = filename.lower()
    ctype = content_type.lower()
    if ctype in _PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    if ctype in _DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if ctype.startswith("text/plain") or name.endswith((".txt", ".pub")):  # .pub: an SSH public key
        return "text"
    return None


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Bytes of unknown provenance as text: the declared charset, else UTF-8, else cp1252/latin-1."""
    for cs in (charset, "utf-8"):
        if not cs:
            continue
        try:
            return data.decode(cs)
        except (LookupError, ValueError):  # unknown codec, bad bytes, a NUL in the charset name
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def preload() -> None:
    """Import the PDF and DOCX readers now (the reader process, before it says it is ready): their import
    (about 0.13 s of CPU) is then not taken from the read budget of the first letter with an attachment."""
    for module in ("docx", "pypdf"):
        importlib.import_module(module)


def _pdf_text(data: bytes) -> str | None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - see module docstring
                return None
        pages = []
        for page in reader.pages[:MAX_PDF_PAGES]:
            pages.append(page.extract_text() or "")
        return "\n".join(pages)
    except Exception as exc:  # noqa: BLE001 - see module docstring
        log.info("unreadable PDF attachment: %s", type(exc).__name__)
        return None


def _docx_text(data: bytes) -> str | None:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        out: list[str] = []
        body = document.element.body
        # Paragraphs and tables in document order; a 2-cell row reads "label: value".
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(_paragraph_text(child))
            elif tag == "tbl":
                out.extend(_docx_table_lines(child))
        return "\n".join(out)
    except (Exception, zipfile.BadZipFile) as exc:  # noqa: BLE001 - see module docstring
        log.info("unreadable DOCX attachment: %s", type(exc).__name__)
        return None


# Wingdings/Segoe box glyphs that Word stores as <w:sym w:char="F0FE"/> rather than as text
_SYMBOL_BOXES = {"F0FE": "☒", "F0FD": "☒", "F078": "☒", "F0FC": "☒", "F0A8": "☐", "F06F": "☐", "F072": "☐"}


def _paragraph_text(p: object) -> str:
    """A paragraph's text with its tick boxes readable: a legacy form check box (w:ffData/w:checkBox)
    and a symbol box (w:sym) become ☒ or ☐; content-control boxes (w14:checkbox) already show their
    glyph as text. Only ticked options count downstream (`core.rights`)."""
    parts: list[str] = []
    for el in p.iter():  # type: ignore[attr-defined]
        tag = str(el.tag).rsplit("}", 1)[-1]
        if tag == "t" and str(el.tag).endswith("}t"):
            parts.append(el.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "sym":
            char = next((str(v) for k, v in el.attrib.items() if str(k).endswith("}char")), "").upper()
            parts.append(_SYMBOL_BOXES.get(char[-4:], ""))
        elif tag == "checkBox" and "/wordprocessingml/" in str(el.tag):
            parts.append("☒" if _legacy_checked(el) else "☐")
    return "".join(parts)


def _legacy_checked(box: object) -> bool:
    state: bool | None = None
    for child in box.iterchildren():  # type: ignore[attr-defined]
        name = str(child.tag).rsplit("}", 1)[-1]
        val = next((str(v) for k, v in child.attrib.items() if str(k).endswith("}val")), "1").lower()
        if name == "checked":
            return val not in ("0", "false", "off")
        if name == "default":
            state = val not in ("0", "false", "off")
    return bool(state)


def _docx_table_lines(tbl: object) -> list[str]:
    lines: list[str] = []
    for row in tbl.iter():  # type: ignore[attr-defined]
        if not str(row.tag).endswith("}tr"):
            continue
        cells: list[str] = []
        for cell in row.iterchildren():
            if not str(cell.tag).endswith("}tc"):
                continue
            paras = []
            for p in cell.iter():
                if str(p.tag).endswith("}p"):
                    paras.append(_paragraph_text(p))
            text = " ".join(s.strip() for s in paras if s.strip())
            if not cells or text != cells[-1]:  # merged cells repeat their text
                cells.append(text)
        cells = [c for c in cells if c]
        if len(cells) == 2 and not cells[0].endswith(":"):
            lines.append(f"{cells[0]}: {cells[1]}")
        elif cells:
            lines.append("\t".join(cells))
    return lines


def attachment_text(filename: str, content_type: str, data: bytes, charset: str | None = None) -> str | None:
    """The text of an attachment, or None when it has none we can read."""
    kind = _kind(filename, content_type)
    text: str | None
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    elif kind == "text":
        text = decode_text(data, charset)
    else:
        return None
    if text is None:
        return None
    return text.replace("\x00", "")[:MAX_TEXT_CHARS]
