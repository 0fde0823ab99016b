"""What a human message asks for, read from its new text: withdraw, close, extend, or a new request.

Phrases are matched on the reply's own words only (quote and signature removed by the caller).
Closure words are checked for negation ("belum selesai", "not done yet"), and words inside a
labelled line ("Selesai: 27 November") are not closure notices.
"""

from __future__ import annotations

import re

from daemon.core.labels import labelled_values
from daemon.core.message import ParsedMessage

WITHDRAW = re.compile(
    r"\bbatal\b|\bbatalkan\b|\bdibatalkan\b|\bmembatalkan\b|\bpembatalan\b|\btidak jadi\b|\bcancel(?:led|ed|lation)?\b|"
    r"\bwithdraw(?:n|al|ing)?\b|\b(?:me(?:n)?|di)?tarik\s+kembali\b|\bmenarik (?:kembali )?permohonan\b|"
    r"\b(?:gak|nggak|ga|enggak|ndak)\s+jadi\b|\burungkan\b|\bdiurungkan\b|\bmengurungkan\b|"
    r"\b(?:no longer|not) (?:going ahead|proceed(?:ing)?)\b|\bcall(?:ed)? off\b",
    re.IGNORECASE,
)
EXTEND = re.compile(
    r"\bperpanja?ng(?:an|kan)?\b|\bdiperpanjang\b|\bmemperpanjang\b|\bextend(?:ed|ing)?\b|\bextension\b|"
    r"\b(?:tambahan|penambahan|menambah|menambahkan|tambah)\s+(?:waktu|masa|durasi|hari)\b|"
    r"\b(?:waktu|masa|durasi|jangka waktu)(?:nya)?\s+(?:akses(?:nya)?\s+)?(?:mohon\s+|agar\s+|dapat\s+|bisa\s+)?"
    r"(?:di)?tambah(?:kan)?\b|\bmore time\b|\badditional (?:time|days?|week)\b|\bmore days\b",
    re.IGNORECASE,
)
CLOSE = re.compile(
    r"\b(?:sudah|telah|sdh|udah|pekerjaan|kegiatan|maintenance|perbaikan|proses)?\s*selesai\b|"
    r"\b(?:mohon|harap|silakan|silahkan|dapat|bisa|boleh|agar)?\s*(?:akun|akses|account)?\s*(?:nya\s+)?(?:di)?tutup\b|"
    r"\btutup akses\b|\bpenutupan\b|\bnonaktif(?:kan)?\b|\bdinonaktifkan\b|\bcabut\b|\bdicabut\b|"
    r"\bdone\b|\bfinished\b|\bcompleted\b|\bplease close\b|\bclose (?:the|my|our)? ?(?:account|access)\b|"
    r"\bno longer need(?:ed)?\b|\btidak (?:lagi )?(?:di)?perlu(?:kan)? lagi\b|\bsudah tidak diperlukan\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:belum|tidak|tak|jangan|bukan|not|not yet|never|don't|do not|masih belum|setelah|jika|apabila|bila|"
    r"kalau|nanti|akan|sebelum|hingga|sampai|if|when|after|once|until|will|"
    r"hampir|nyaris|sebentar lagi|segera|almost|nearly|soon|about to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A closing word in a sentence that opens with a condition or a promise ("Kalau sudah selesai nanti
# kami kabari supaya akunnya ditutup", "Once we are done we will ask you to close it") is not a notice.
CONDITIONAL_SENTENCE = re.compile(
    r"^\s*(?:kalau|jika|apabila|bila|nanti|setelah|sesudah|begitu|if|when|once|after|as soon as)\b", re.IGNORECASE
)
# Extensions are asked for in the future tense ("kami akan perlu tambahan waktu"): only a denial or a
# condition negates them.
EXTEND_NEGATION = re.compile(
    r"\b(?:belum|tidak|tak|jangan|bukan|not|never|don't|do not|jika|apabila|bila|kalau|if|when)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_OBJECT = (
    r"(?:remote\s*akses|remote\s*access|akses\s+(?:remote|jarak\s+jauh)|remote\s+(?:ke|to|into)\s+(?:server|sistem|aplikasi|database|jaringan)|"
    r"(?:hak\s+)?(?:akses|akun|access|account)\s+(?:[\w/()-]+\s+){0,3}?"
    r"(?:vpn|ssh|server|database|basis\s*data|remote|jaringan|spse\s+sebagai\s+admin|admin\s+spse)|vpn|ssh)\b"
    r"(?!\s+(?:informasi|publik|dokumen))"
)
_ASK = (
    r"\b(?:mengajukan|memohon|mohon|meminta|minta|request(?:ing|ed)?|membutuhkan|memerlukan|butuh|would like|"
    r"ingin|bermaksud|apply(?:ing)? for|need|dibuatkan|diberikan|dibukakan|dibuka|diberi|izin|ijin|"
    r"please (?:grant|provide|give|open|arrange|enable|set up)|(?:grant|provide|give|arrange|enable)(?: us| me)?|"
    r"be (?:granted|given|provided|arranged)|could be (?:granted|arranged|provided|given|opened))\b"
)
REQUEST_SENTENCE = re.compile(
    rf"{_ASK}\W+(?:[\w/.()-]+\W+){{0,10}}?{_OBJECT}"
    rf"|{_OBJECT}\W+(?:[\w/.()-]+\W+){{0,4}}?(?:could|can|may|might|to|will|would)\s+be\s+"
    rf"(?:arranged|granted|provided|given|opened|enabled|set up)\b"
    rf"|{_OBJECT}\W+(?:[\w/.()-]+\W+){{0,3}}?(?:(?:mohon|agar|dapat|bisa|supaya|kiranya)\s+){{1,3}}"
    rf"(?:dibukakan|dibuka|diberikan|dibuatkan|disiapkan|diaktifkan)\b",
    re.IGNORECASE,
)
REQUEST_SUBJECT = re.compile(
    r"^(?:\s*(?:re|fwd?|fw|tr|terusan)\s*:)*\s*(?:surat\s+|form(?:ulir)?\s+)?(?:permohonan|permintaan|pengajuan|request(?:\s+for)?)\s+"
    r"(?:[\w-]+\s+){0,1}?(?:remote\s*akses|remote\s*access|akses|akun|access)\b(?!\s+(?:informasi|publik))"
    r"|\b(?:remote\s*(?:akses|access)|akses\s+(?:vpn|ssh|remote))\s+(?:request|permohonan)\b",
    re.IGNORECASE,
)
_INQUIRY = re.compile(r"\b(?:tanya|bertanya|pertanyaan|prosedur|bagaimana|cara|syarat|question|how (?:to|do|can))\b", re.IGNORECASE)
_QUESTION_START = re.compile(r"^\W*(?:bagaimana|apakah|apa|kapan|bisakah|dapatkah|how|what|when|can|could|is it)\b", re.IGNORECASE)
_CLOSING_VERB = re.compile(r"\b(?:di)?tutup\b|\bdinonaktifkan\b|\bdicabut\b|\bclose[d]?\b|\bdeactivate", re.IGNORECASE)
_ACCESS_WORD = re.compile(r"\b(?:remote|vpn|ssh|akses|akun|access|account)\b", re.IGNORECASE)
_REQUEST_LABELS = ("name", "institution", "purpose", "access_rights", "period", "period_start", "period_end", "phone")
_PHISHING = re.compile(
    r"akun anda akan (?:segera )?(?:di)?(?:tutup|blokir|nonaktifkan|hapus|tangguhkan)|"
    r"your (?:account|mailbox) (?:will|has been) (?:be )?(?:closed|suspended|blocked|deactivated|locked)|"
    r"verif(?:y|ikasi) (?:your |akun |your account|akun anda)|klik (?:tautan|link|di sini)|click here|"
    r"kuota (?:email|kotak surat)|mailbox (?:is )?full|password anda (?:akan )?kedaluwarsa|"
    r"(?:update|perbarui) (?:your |data )?(?:account|akun|password|kata sandi)|"
    r"\bwebinar\b|\bundangan\b.*\b(?:zoom|daftar|registrasi|register)\b|daftar sekarang|register now|"
    r"\bunsubscribe\b|berhenti berlangganan|\bnewsletter\b|\bpromo\b|\bdiskon\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def _unlabelled(text: str) -> str:
    """The text without labelled date lines ("Selesai: 27 November"), which are not notices."""
    return "\n".join(
        line for line in text.split("\n") if not re.match(r"^\s*[\w .()/-]{1,30}\s*:\s*\S", line) or len(line) > 120
    )


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` begins."""
    cut = max(text.rfind(mark, 0, at) for mark in (". ", "! ", "? ", "; ", "\n", ", tetapi", ", but"))
    return cut + 1 if cut >= 0 else 0


def _unnegated(
    rx: re.Pattern[str], text: str, negation: re.Pattern[str] = NEGATION, *, conditional: bool = False
) -> bool:
    for m in rx.finditer(text):
        clause = text[_sentence_start(text, m.start()) : m.start()]
        if conditional and CONDITIONAL_SENTENCE.match(clause) and "," not in clause:
            continue  # the condition's own clause ("Kalau sudah selesai nanti ... ditutup"), not a notice
        inner = m.group(0)
        lead = len(inner) - len(inner.lstrip())
        before = text[max(0, m.start() - 30) : m.start() + lead]
        inner = inner.lstrip()
        negated_inside = re.match(r"\s*(?:belum|tidak|jangan|not)\b", inner, re.IGNORECASE)
        if negated_inside and re.match(r"tidak\s+jadi\b", inner, re.IGNORECASE):
            negated_inside = None  # "tidak jadi" is itself the withdrawal
        if negation.search(before) or negated_inside:
            continue
        return True
    return False


def wants_withdrawal(text: str) -> bool:
    return _unnegated(WITHDRAW, text)


def wants_extension(text: str) -> bool:
    return _unnegated(EXTEND, _unlabelled(text), EXTEND_NEGATION)


def wants_closure(text: str) -> bool:
    return _unnegated(CLOSE, _unlabelled(text), conditional=True)


# Every alternative of REQUEST_SENTENCE holds an _OBJECT: a text with none (a decision, a chat, a newsletter)
# has no sentence to try. Without _OBJECT's lookahead, which may see past a sentence's end in the whole text.
_ANY_OBJECT = re.compile(_OBJECT.rsplit("(?!", 1)[0], re.IGNORECASE)


def _asks_for_access(text: str) -> bool:
    """A sentence that asks for remote access (not a question about it, not a closing notice)."""
    if not _ANY_OBJECT.search(text):
        return False
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        sentence = " ".join(sentence.split())
        if not REQUEST_SENTENCE.search(sentence):
            continue
        if sentence.endswith("?") or _QUESTION_START.match(sentence) or _CLOSING_VERB.search(sentence):
            continue
        return True
    return False


def _access_concept(text: str) -> bool:
    return bool(re.search(r"\bremote\b|\bvpn\b|\bssh\b|hak akses|jenis akses|database|basis data|server", text, re.IGNORECASE))


def reads_as_request(
    msg: ParsedMessage, own_text: str, *, own_counts: bool = True, forwarded: str | None = None
) -> str | None:
    """Why a message outside any thread is a request, or None: a subject naming a request for access,
    a sentence asking for access, or two labelled request fields beside an access word. Only
    forwarded and attached letters count when `own_counts` is False (mail from the office's people)."""
    letters = ([forwarded] if forwarded else []) + [a.text for a in msg.attachments if a.text]
    texts = ([own_text] if own_counts else []) + letters
    if own_counts and REQUEST_SUBJECT.search(msg.subject) and not _INQUIRY.search(msg.subject):
        if not _CLOSING_VERB.search(msg.subject):
            return "permohonan akses (subjek)"
    for text in texts:
        if _asks_for_access(text[:20000]):
            return "permohonan akses (kalimat permohonan)"
    for text in texts:
        labelled = labelled_values(text[:20000])
        if sum(1 for key in _REQUEST_LABELS if key in labelled) >= 2 and _access_concept(text[:20000]):
            return "permohonan akses (isian berlabel)"
    return None


def notice_outside_thread(text: str) -> str | None:
    """A closing/extension/withdrawal notice about an account, written outside any thread."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        if not _ACCESS_WORD.search(sentence):
            continue
        if wants_closure(sentence):
            return "closure"
        if wants_extension(sentence):
            return "extension"
    return None


def looks_like_bulk(msg: ParsedMessage, own_text: str) -> bool:
    """Phishing, newsletters, webinar invitations: links to click plus their typical wording."""
    text = msg.subject + "\n" + own_text + "\n" + (msg.html or "")[:20000]
    return bool(_LINK.search(text) and _PHISHING.search(msg.subject + "\n" + own_text))
