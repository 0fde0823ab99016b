"""A request's fields from a whole message: its new text, a forwarded letter, and attached letters.

Sources, most trusted first: labelled lines ("Nama: Budi") in the mail's own text, in a forwarded
message, in attachments; then prose guesses in the same order. For a given field the first source
that has it wins, so a labelled value always beats a prose guess. Prose guesses are costly and most
fields are settled by an earlier source, so each source's guesses are worked out only for the fields
still missing (`_Guesses.fill`): the result is the same as guessing everything.

`email` is an address the letter gives (labelled, or given with the user's name); failing that,
the forwarded message's sender for a forward; failing that, the sender's own address for a direct
request (not for mail from the office's own people, who forward on someone else's behalf).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from functools import cached_property
from typing import Any

from daemon.core import prose
from daemon.core.access_span import access_span
from daemon.core.asked_rights import Ask, rights_wording, ungranted
from daemon.core.bounds import bounded
from daemon.core.dates import find_dates, forget_dates, parse_range, parse_times
from daemon.core.fields import RequestFields
from daemon.core.labels import labelled_values, near_letter_header
from daemon.core.message import ParsedMessage
from daemon.core.purpose import purpose
from daemon.core.quote import forwarded_part, new_text, quote_start, split_header_block
from daemon.core.rights import normalize_rights
from daemon.core.sshkey import find_ssh_public_key

_PLACE_DATE = re.compile(r"(?:^\s*|\s{3,}|\t)[A-Z][A-Za-z.'-]{2,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,2},\s+(?P<date>.{6,40}?)\s*$")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|tr|terusan|diteruskan)\s*:", re.IGNORECASE)
_LETTER_NUMBER = re.compile(
    r"(?P<lead>\b(?:(?:surat|letter)\s+(?:kami\s+|our\s+)?)?)(?:nomor|no\.?|ref\.?)\s*:?\s*(?P<n>[\w.-]+(?:/[\w.-]+){2,})",
    re.IGNORECASE,
)
# "Kontrak Nomor 027/...", "SPK No. ...", "Surat Tugas Nomor ST-...": numbers of other documents
_OTHER_DOCUMENT = re.compile(
    r"\b(?:kontrak|contract|spk|perjanjian|agreement|tugas|perintah|keputusan|sk|po|purchase order|invoice|faktur|"
    r"tiket|ticket|dated|tanggal|tgl)\W*$",
    re.IGNORECASE,
)


def letter_date(text: str, today: date, *, values: dict[str, list[str]] | None = None) -> date | None:
    """The letter's own date: "Tanggal Surat: ...", "Salatiga, 20 November 2026", or "Tanggal:" in the header.

    `values` are the text's `labelled_values` when the caller has them already (they are costly)."""
    if values is None:
        values = labelled_values(text)
    for v in values.get("letter_date", []):
        found = find_dates(v, today)
        if found:
            return found[0].value
    for line in text.split("\n"):
        m = _PLACE_DATE.search(line)
        if m and not re.match(r"\s*(tanggal|tgl|date|waktu|periode|mulai|selesai)\b", line, re.IGNORECASE):
            found = find_dates(m.group("date"), today)
            if found and found[0].start == 0:
                return found[0].value
    for v in values.get("period", []):
        if near_letter_header(text, v):
            found = find_dates(v, today)
            if found:
                return found[0].value
    return None


def _without_letter_dates(text: str) -> str:
    """The text minus the lines that hold the letter's own date or number (never the access period)."""
    kept = []
    for line in text.split("\n"):
        low = line.strip().lower()
        place = _PLACE_DATE.search(line)
        found = find_dates(place.group("date"), date(2000, 1, 1)) if place else []
        if found and found[0].start == 0 and not re.match(r"(tanggal|tgl|date|waktu|periode|mulai|selesai|dari|sampai)\b", low):
            continue
        if re.match(r"(nomor|no\.?|no\. surat|tanggal surat|tgl\.? surat|ref)\s*:", low):
            continue
        kept.append(line)
    return "\n".join(kept)


def _period(values: dict[str, list[str]], text: str, today: date) -> tuple[date | None, date | None]:
    start = end = None
    for v in values.get("period", []):
        if near_letter_header(text, v):
            continue
        span = parse_range(v, today)
        if span.start:
            start, end = span.start, span.end
            break
    for v in values.get("period_start", []):
        span = parse_range(v, today, single_is_day=False)
        if span.start:
            start = span.start
            end = span.end or end
            break
    for v in values.get("period_end", []):
        found = find_dates(v, today)
        if found:
            end = found[0].end or found[0].value
            break
    return start, end


def _times(values: dict[str, list[str]]) -> tuple[time | None, time | None]:
    for key in ("time", "period", "period_start"):
        for v in values.get(key, []):
            t1, t2 = parse_times(v, loose=key == "time")
            if t1:
                if t2 is None and key == "period_start":
                    for e in values.get("period_end", []):
                        t2 = parse_times(e)[0] or t2
                return t1, t2
    return None, None


def _labelled(text: str, today: date, rights: tuple[str, ...]) -> RequestFields:
    values = labelled_values(text)

    def first(key: str) -> str | None:
        return values[key][0] if values.get(key) else None

    start, end = _period(values, text, today)
    t1, t2 = _times(values)
    wording = rights_wording(first("access_rights"), "")
    found_rights: tuple[str, ...] = ()
    for v in values.get("access_rights", []):
        found_rights = normalize_rights(v, rights)
        if found_rights:
            break
    email = None
    for v in values.get("email", []):
        mails = prose.emails(v)
        if mails:
            email = mails[0]
            break
    phone = None
    for v in values.get("phone", []):
        found_phone = prose.PHONE.search(v)
        phone = prose.normalize_phone(found_phone.group(0) if found_phone else v)
        if phone:
            break
    name = first("name")
    number = first("letter_number")
    if number:
        number = re.split(r"\s{2,}|\t", number)[0].strip()
    return RequestFields(
        name=prose.clean_name(re.sub(r"\s*\(.*?\)\s*$", "", name)) if name else None,
        institution=prose.tidy_org(first("institution") or "") or None,
        email=email,
        phone=phone,
        purpose=first("purpose"),
        access_rights=found_rights,
        period_start=start,
        period_end=end,
        letter_number=number if number and re.search(r"\d", number) else None,
        letter_date=letter_date(text, today, values=values),
        start_time=t1,
        end_time=t2,
        access_rights_text=wording,
        access_rights_ungranted=_words(ungranted(wording, found_rights, rights, labelled=True)),
    )


class _Guesses:
    """One source text's prose guesses, each worked out on first use: reading a whole message, a field
    an earlier source already gives is never guessed (`fill`). What several guesses read (the person's
    line, the text without the letter's own date lines, the prose rights) is worked out once."""

    def __init__(self, text: str, today: date, rights: tuple[str, ...]) -> None:
        self.text, self.today, self.rights = text, today, rights

    @cached_property
    def _person(self) -> tuple[str | None, str | None]:
        return prose.person_name(self.text)

    @cached_property
    def _body(self) -> str:
        """The letter's own date and number are no access period, time, address or phone."""
        return _without_letter_dates(self.text)

    @cached_property
    def _granted(self) -> tuple[str, ...]:
        return normalize_rights(self.text, self.rights, prose=True)

    def _name(self) -> dict[str, Any]:
        return {"name": self._person[0] or prose.signature(self.text)[0]}

    def _institution(self) -> dict[str, Any]:
        return {"institution": prose.institution(self.text)}

    def _email(self) -> dict[str, Any]:
        if self._person[1]:
            return {"email": self._person[1]}
        mails = prose.emails(self._body)
        return {"email": mails[0] if mails else None}

    def _phone(self) -> dict[str, Any]:
        return {"phone": prose.phone(self._body)}

    def _purpose(self) -> dict[str, Any]:
        return {"purpose": purpose(self.text)}

    def _access_rights(self) -> dict[str, Any]:
        return {"access_rights": self._granted}

    def _period(self) -> dict[str, Any]:
        span = access_span(self._body, self.today)
        return {"period_start": span.start, "period_end": span.end}

    def _letter_number(self) -> dict[str, Any]:
        return {"letter_number": _own_letter_number(self.text)}

    def _times(self) -> dict[str, Any]:
        t1, t2 = parse_times(self._body)
        return {"start_time": t1, "end_time": t2}

    def _rights_words(self) -> dict[str, Any]:
        """The words and what they ask beyond the granted rights (nothing without words: `ungranted`)."""
        wording = rights_wording(None, self.text)
        asks = _words(ungranted(wording, self._granted, self.rights, labelled=False)) if wording else ()
        return {"access_rights_text": wording, "access_rights_ungranted": asks}

    def _ssh_public_key(self) -> dict[str, Any]:
        return {"ssh_public_key": find_ssh_public_key(self.text)}

    def all(self) -> RequestFields:
        """Every guess (for one text read alone)."""
        return RequestFields(**{k: v for _fields, guess in _GUESSES for k, v in guess(self).items()})

    def fill(self, known: RequestFields) -> RequestFields:
        """`known` (from more trusted sources) completed by this text's guesses, as
        `self.all().merged(known)` would be: a guess is made only for a field `known` lacks."""
        changes: dict[str, Any] = {}
        for fields, guess in _GUESSES:
            if known.missing(fields):
                changes.update(guess(self))
        return RequestFields(**changes).merged(known)


# Each guess and the fields it is needed for. The ungranted asks go with the rights' words (as in
# `RequestFields.merged`): known words keep their own asks, so only missing words call for a guess.
_GUESSES: tuple[tuple[tuple[str, ...], Callable[[_Guesses], dict[str, Any]]], ...] = (
    (("name",), _Guesses._name),
    (("institution",), _Guesses._institution),
    (("email",), _Guesses._email),
    (("phone",), _Guesses._phone),
    (("purpose",), _Guesses._purpose),
    (("access_rights",), _Guesses._access_rights),
    (("period_start", "period_end"), _Guesses._period),
    (("letter_number",), _Guesses._letter_number),
    (("start_time", "end_time"), _Guesses._times),
    (("access_rights_text",), _Guesses._rights_words),
    (("ssh_public_key",), _Guesses._ssh_public_key),
)


def _words(asks: tuple[Ask, ...]) -> tuple[str, ...]:
    return tuple(a.words for a in asks)


def _own_letter_number(text: str) -> str | None:
    """The letter's own number: "Nomor: X" at the start of a line (the letter's header) or "surat kami
    nomor X"; never a contract, SPK or assignment number cited in the text."""
    for m in _LETTER_NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if _OTHER_DOCUMENT.search(before[-40:]):
            continue
        if not before.strip() or m.group("lead").strip():
            return m.group("n")
    return None


def _merge(layers: list[RequestFields]) -> RequestFields:
    """The first layer that has a value gives it (layers are ordered most trusted first)."""
    result = RequestFields()
    for layer in reversed(layers):
        result = result.merged(layer)
    return result


def _signature_part(text: str) -> str:
    """The mail's own signature (under a "-- " line, above any quote): `new_text` leaves it out, but
    it often holds the sender's phone and office."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = lines[: quote_start(text)]
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s*--\s*", line):
            return "\n".join(x for x in lines[i + 1 :] if not x.lstrip().startswith(">"))
    return ""


def extract_from_text(text: str, today: date, rights: tuple[str, ...]) -> RequestFields:
    """The fields one text gives: labelled values, completed by prose guesses."""
    text = bounded(text)
    return _merge([_labelled(text, today, rights), _Guesses(text, today, rights).all()])


def _sources(msg: ParsedMessage) -> tuple[list[str], dict[str, str]]:
    """The message's texts, most trusted first (own text, forwarded letter, attachments, the mail's
    signature; blank ones left out), and the forwarded message's headers ({} if none)."""
    own = new_text(msg.text)
    forwarded = forwarded_part(msg.text)
    fwd_headers: dict[str, str] = {}
    sources: list[str] = [own]
    if forwarded:
        fwd_headers, fwd_body = split_header_block(forwarded)
        sources.append(new_text(fwd_body) or fwd_body)
    for att in msg.attachments:
        if att.text and att.text.strip():
            if att.content_type == "message/rfc822":
                att_headers, att_body = split_header_block(att.text)
                fwd_headers = fwd_headers or att_headers
                sources.append(new_text(att_body) or att_body)
            else:
                sources.append(att.text)
    sources.append(_signature_part(msg.text))
    return [s for s in sources if s.strip()], fwd_headers


def extract_fields(
    msg: ParsedMessage,
    *,
    today: date,
    rights: tuple[str, ...],
    office_people: frozenset[str] = frozenset(),
) -> RequestFields:
    """The request's fields from the whole message. `office_people` (admins, approvers, the office's
    own addresses) never become the requester's address: they forward on someone else's behalf."""
    forget_dates()  # kept within one letter only
    sources, fwd_headers = _sources(msg)
    fields = _merge([_labelled(s, today, rights) for s in sources])
    for s in sources:
        fields = _Guesses(s, today, rights).fill(fields)
    return _with_fallbacks(fields, msg, fwd_headers, office_people)


def _with_fallbacks(
    fields: RequestFields, msg: ParsedMessage, fwd_headers: dict[str, str], office_people: frozenset[str]
) -> RequestFields:
    """The sources' fields completed from the headers (an address and a name no text gives), without
    an end before the start."""
    is_forward = bool(fwd_headers) or bool(_FORWARD_SUBJECT.match(msg.subject))
    sender_is_office = msg.from_addr.lower() in {a.lower() for a in office_people}
    if fields.email is None or fields.email in office_people:
        fallback: str | None = None
        fwd_from = fwd_headers.get("from", "")
        fwd_mails = prose.emails(fwd_from)
        if fwd_mails and fwd_mails[0] not in office_people:
            fallback = fwd_mails[0]
        elif not is_forward and not sender_is_office:
            fallback = msg.from_addr.lower()
        fields = replace(fields, email=fallback)
    if fields.name is None:
        fwd_name = re.sub(r"<[^>]*>|\"", "", fwd_headers.get("from", "")).strip()
        if fwd_name and "@" not in fwd_name and not prose.is_unit_or_role(fwd_name):
            fields = replace(fields, name=fwd_name)
        elif (
            not is_forward
            and not sender_is_office
            and msg.from_name
            and "@" not in msg.from_name
            and not prose.is_unit_or_role(msg.from_name)  # "Sekretariat Inspektorat" is an office's mailbox
        ):
            fields = replace(fields, name=msg.from_name.strip())
    if fields.period_end is not None and fields.period_start is not None and fields.period_end < fields.period_start:
        fields = replace(fields, period_end=None)
    return fields
