"""A request's fields from a whole message: its new text, a forwarded letter, and attached letters.

Sources, most trusted first: labelled lines ("Nama: Budi") in the mail's own text, in a forwarded
message, in attachments; then prose guesses in the same order. For a given field the first source
that has it wins, so a labelled value always beats a prose guess.

`email` is an address the letter gives (labelled, or given with the user's name); failing that,
the forwarded message's sender for a forward; failing that, the sender's own address for a direct
request (not for mail from the office's own people, who forward on someone else's behalf).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, time

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


@dataclass(frozen=True)
class _Letter:
    """What one source text says, labelled and guessed."""

    labelled: RequestFields
    guessed: RequestFields


def letter_date(text: str, today: date) -> date | None:
    """The letter's own date: "Tanggal Surat: ...", "Salatiga, 20 November 2026", or "Tanggal:" in the header."""
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
        letter_date=letter_date(text, today),
        start_time=t1,
        end_time=t2,
        access_rights_text=wording,
        access_rights_ungranted=_words(ungranted(wording, found_rights, rights, labelled=True)),
    )


def _guessed(text: str, today: date, rights: tuple[str, ...]) -> RequestFields:
    name, mail = prose.person_name(text)
    sig_name = prose.signature(text)[0]
    body = _without_letter_dates(text)
    span = access_span(body, today)
    t1, t2 = parse_times(body)
    number = _own_letter_number(text)
    mails = prose.emails(body)
    granted = normalize_rights(text, rights, prose=True)
    wording = rights_wording(None, text)
    return RequestFields(
        name=name or sig_name,
        institution=prose.institution(text),
        email=mail or (mails[0] if mails else None),
        phone=prose.phone(body),
        purpose=purpose(text),
        access_rights=granted,
        period_start=span.start,
        period_end=span.end,
        letter_number=number,
        start_time=t1,
        end_time=t2,
        access_rights_text=wording,
        access_rights_ungranted=_words(ungranted(wording, granted, rights, labelled=False)),
        ssh_public_key=find_ssh_public_key(text),
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


def _read(text: str, today: date, rights: tuple[str, ...]) -> _Letter:
    return _Letter(_labelled(text, today, rights), _guessed(text, today, rights))


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
    letter = _read(text, today, rights)
    return _merge([letter.labelled, letter.guessed])


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
    letters = [_read(s, today, rights) for s in sources if s.strip()]
    fields = _merge([ltr.labelled for ltr in letters] + [ltr.guessed for ltr in letters])
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
