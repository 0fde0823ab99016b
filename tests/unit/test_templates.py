"""The mail templates and their renderer: every message in both languages, the context contract, overrides."""

from __future__ import annotations

import copy
import html as htmllib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest

from daemon.mail.templates import TEMPLATE_NAMES, MailRenderer, RenderedMail, join_rights

try:  # tests/unit is a plain folder (pytest puts it on sys.path) or a package, depending on the checkout
    from tests.unit.template_samples import ADMIN_CONTACT, COMMON, EXTRA_KEYS, NUMBER, SAMPLES, sample
except ImportError:  # pragma: no cover
    from template_samples import ADMIN_CONTACT, COMMON, EXTRA_KEYS, NUMBER, SAMPLES, sample  # type: ignore[no-redef]

import mail_templates

LANGS = ("id", "en")
PACKAGE_DIR = Path(mail_templates.__file__).parent
FOOTER = {"id": "Email ini dikirim secara otomatis", "en": "This message was sent automatically"}
PASSWORD = SAMPLES["credentials"]["password"]
USERNAME = "ra26_0007"


@pytest.fixture(scope="module")
def renderer() -> MailRenderer:
    return MailRenderer(None)


def visible(html: str) -> str:
    """The HTML as a reader sees it: tags dropped, entities decoded."""
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", html))


def both(mail: RenderedMail) -> tuple[str, str]:
    return mail.text, visible(mail.html)


# The facts each message must state, in the text and in the HTML part.
FACTS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "ack_received": lambda c: [c["number"], c["request"]["name"], c["request"]["purpose"], "BATAL"],
    "need_info": lambda c: [c["number"]] + [m["label"] + ": " for m in c["missing"]],
    "approval_request": lambda c: [
        c["number"], c["approve_url"], c["reject_url"], c["link_expires"], c["credentials_to"], c["grant_start"],
        c["grant_end"], c["attachments"][0], c["request"]["name"], c["request"]["institution"], c["approver_name"],
    ],
    "approval_reminder": lambda c: [
        c["number"], c["approve_url"], c["reject_url"], c["link_expires"], c["waiting_since"], str(c["reminder_count"]),
    ],
    "decided_by_other": lambda c: [c["number"], c["decided_by"], c["decided_at"]],
    "reply_unclear": lambda c: [c["number"]],
    "decision_rejected": lambda c: [c["number"], c["reason"], c["decided_at"]],
    "decision_approved": lambda c: [c["number"], c["decided_at"], c["grant_start"], c["grant_end"], c["credentials_to"], "BATAL"],
    "credentials": lambda c: [
        c["number"], c["username"], c["password"], c["grant_start"], c["grant_end"], "PERPANJANG",
        "pekerjaan sudah selesai", "vpn.salatiga.go.id",
    ],
    "credentials_link": lambda c: [c["number"], c["username"], c["credentials_url"], c["link_expires"], c["grant_end"]],
    "grant_notice": lambda c: [c["number"], c["username"], c["approved_by"], c["grant_start"], c["grant_end"]],
    "expiry_warning": lambda c: [c["number"], c["username"], c["grant_end"], "PERPANJANG", "selesai"],
    "closed": lambda c: [c["number"], c["username"], c["closed_at"], c["grant_start"], c["reason"]],
    "cancelled": lambda c: [c["number"], c["cancelled_at"], c["reason"]],
    "provisioning_failed": lambda c: [
        c["number"], c["username"], c["error"], str(c["attempts"]), f"lpse-akses resend {c['number']}",
    ],
    "oversized": lambda c: [c["subject"], c["size_text"], c["limit_text"]],
    "quarantined": lambda c: [
        c["subject"], c["sender"], c["reason"], c["folder"], c["message_id"], "lpse-akses quarantine replay",
    ],
    "admin_alert": lambda c: [c["summary"], *c["details"]],
    "extension_request": lambda c: [
        c["number"], c["approve_url"], c["reject_url"], c["username"], c["current_end"], c["extension_until"],
        c["extension_reason"], c["link_expires"],
    ],
    "extension_granted": lambda c: [c["number"], c["username"], c["grant_end"]],
    "extension_rejected": lambda c: [c["number"], c["username"], c["grant_end"], c["reason"], c["decided_at"]],
    "digest": lambda c: [
        c["period_label"], c["generated_at"], c["attachments"][0],
        *[r["number"] for r in c["received"] + c["overdue"]], "Formulir Pencatatan Pemberian Remote Akses",
    ],
}


def test_names_are_design_s_eighteen_messages_the_extension_ones_and_decision_approved(renderer: MailRenderer) -> None:
    assert renderer.names() == list(TEMPLATE_NAMES)
    assert len(renderer.names()) == 22
    assert set(SAMPLES) == set(TEMPLATE_NAMES) == set(FACTS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_message_ships_three_parts(name: str, lang: str) -> None:
    for part in ("subject", "txt", "html"):
        assert (PACKAGE_DIR / lang / f"{name}.{part}.j2").is_file(), f"{lang}/{name}.{part}.j2"


def test_samples_are_plain_data() -> None:
    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                assert isinstance(k, str), where
                walk(v, f"{where}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{where}[{i}]")
        else:
            assert value is None or isinstance(value, (str, int, bool)), f"{where} is {type(value).__name__}"

    for name, ctx in SAMPLES.items():
        assert set(COMMON) <= set(ctx), name
        walk(ctx, name)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_each_message_renders_its_facts(renderer: MailRenderer, name: str, lang: str) -> None:
    ctx = sample(name, lang)
    mail = renderer.render(name, lang, ctx)

    assert mail.subject and "\n" not in mail.subject and mail.subject == mail.subject.strip()
    if ctx["number"]:
        assert mail.subject.startswith(f"[{ctx['number']}] ")
        assert mail.subject.count(f"[{ctx['number']}]") == 1
    else:
        assert not mail.subject.startswith("[")
    assert "[RA-" not in mail.subject.split("] ", 1)[-1]  # the template itself never writes the tag

    text, shown = both(mail)
    for fact in FACTS[name](ctx):
        assert fact in text, f"{name}/{lang} text lacks {fact!r}"
        assert fact.strip() in shown, f"{name}/{lang} html lacks {fact!r}"
    for part in (text, shown):
        assert FOOTER[lang] in part and ADMIN_CONTACT in part
        assert ctx["office"]["name"] in part
    assert mail.html.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in mail.html
    assert f'href="mailto:{ADMIN_CONTACT}"' in mail.html
    assert text.endswith("\n") and "\n\n\n" not in text
    assert "None" not in text and "None" not in shown


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_tone_follows_the_glossary(renderer: MailRenderer, name: str, lang: str) -> None:
    text, shown = both(renderer.render(name, lang, sample(name, lang)))
    for part in (text, shown):
        assert "!" not in part  # no exclamation marks
        assert "kadaluarsa" not in part.lower() and "kadaluwarsa" not in part.lower()
    if lang == "id":
        assert "Terima kasih.\n\nHormat kami,\nLPSE Kota Salatiga\n" in text
        assert "Hormat kami" in shown and "Terima kasih." in shown
        assert text.startswith(("Yth. Bapak/Ibu ", "Dengan hormat,"))
    else:
        for indonesian in ("Yth.", "Dengan hormat", "Hormat kami", "Terima kasih", "Bapak/Ibu", "Mohon "):
            assert indonesian not in text, f"en/{name} text says {indonesian!r}"
            assert indonesian not in shown, f"en/{name} html says {indonesian!r}"
        assert "Kind regards," in text and text.startswith("Dear ")


@pytest.mark.parametrize("lang", LANGS)
def test_greeting_by_name_or_formal_default(renderer: MailRenderer, lang: str) -> None:
    named = renderer.render("decision_rejected", lang, sample("decision_rejected", lang))
    anonymous = renderer.render("decision_rejected", lang, sample("decision_rejected", lang, recipient_name=None))
    if lang == "id":
        assert named.text.startswith("Yth. Bapak/Ibu Dimas Prasetyo,\n")
        assert anonymous.text.startswith("Dengan hormat,\n")
        assert "Dengan hormat," in anonymous.html and "Yth." not in anonymous.html
    else:
        assert named.text.startswith("Dear Dimas Prasetyo,\n")
        assert anonymous.text.startswith("Dear Sir or Madam,\n")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_password_only_in_the_credentials_mail(renderer: MailRenderer, name: str, lang: str) -> None:
    ctx = sample(name, lang)
    ctx.setdefault("password", PASSWORD)  # even when a context carries it by mistake, only one message prints it
    mail = renderer.render(name, lang, ctx)
    printed = PASSWORD in mail.text or PASSWORD in mail.html or PASSWORD in mail.subject
    assert printed == (name == "credentials")
    assert PASSWORD not in mail.subject
    if name in {"credentials", "credentials_link", "grant_notice", "expiry_warning", "closed", "provisioning_failed"}:
        assert USERNAME in mail.text and USERNAME in mail.html


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_key_of_the_contract_is_needed(renderer: MailRenderer, name: str, lang: str) -> None:
    """Removing any of a message's own keys fails loudly (StrictUndefined), so the samples are its contract."""
    assert EXTRA_KEYS[name] or name == "reply_unclear"
    for key in sorted(EXTRA_KEYS[name]) + ["office", "admin_contact", "recipient_name"]:
        ctx = sample(name, lang)
        del ctx[key]
        with pytest.raises(jinja2.UndefinedError):
            renderer.render(name, lang, ctx)


def test_a_missing_nested_key_fails_too(renderer: MailRenderer) -> None:
    ctx = sample("approval_request")
    del ctx["request"]["institution"]
    with pytest.raises(jinja2.UndefinedError):
        renderer.render("approval_request", "id", ctx)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_html_escapes_what_people_wrote(renderer: MailRenderer, name: str, lang: str) -> None:
    evil = '<script>alert("x")</script>'
    ctx = sample(name, lang, recipient_name=f"Budi {evil}")
    for key in ("reason", "summary", "subject", "error"):
        if key in ctx:
            ctx[key] = evil
    if ctx["request"] is not None:
        ctx["request"]["purpose"] = evil
    mail = renderer.render(name, lang, ctx)
    assert "<script>" not in mail.html
    assert "&lt;script&gt;" in mail.html
    assert evil in mail.text  # the text part is not HTML: written as it came
    assert "&lt;" not in mail.text and "&lt;" not in mail.subject


def test_subject_is_one_line_even_when_a_field_is_not(renderer: MailRenderer) -> None:
    mail = renderer.render("quarantined", "id", sample("quarantined", subject="Permohonan\r\n  akses\tserver"))
    assert mail.subject == "Email dipindahkan ke folder Karantina: Permohonan akses server"


@pytest.mark.parametrize("lang", LANGS)
def test_approval_warns_when_the_credentials_go_elsewhere(renderer: MailRenderer, lang: str) -> None:
    word = {"id": "PERHATIAN", "en": "WARNING"}[lang]
    same = renderer.render("approval_request", lang, sample("approval_request", lang))
    assert word not in same.text and word.capitalize() not in visible(same.html)
    differs = sample("approval_request", lang, sender_differs=True, credentials_to="lain@contoh.go.id")
    mail = renderer.render("approval_request", lang, differs)
    assert word in mail.text and "lain@contoh.go.id" in mail.text
    assert 'role="note"' in mail.html and "lain@contoh.go.id" in mail.html
    assert f'href="{differs["approve_url"]}"' in mail.html and f'href="{differs["reject_url"]}"' in mail.html
    reply_word = {"id": "SETUJU", "en": "APPROVE"}[lang]
    assert reply_word in mail.text and ("TOLAK" if lang == "id" else "REJECT") in mail.text


@pytest.mark.parametrize("lang", LANGS)
def test_approval_flags_what_was_asked_but_will_not_be_granted(renderer: MailRenderer, lang: str) -> None:
    plain = renderer.render("approval_request", lang, sample("approval_request", lang))
    flag = {"id": "tidak termasuk hak yang akan diberikan", "en": "not among the rights to be granted"}[lang]
    assert flag not in plain.text and "VPN dan SSH ke server aplikasi SPSE" in plain.text  # the letter's words
    ctx = sample("approval_request", lang)
    ctx["request"] = {**ctx["request"], "access_rights_text": "SSH dengan sudo, AnyDesk", "access_rights_ungranted": ["SSH dengan sudo", "AnyDesk"]}
    mail = renderer.render("approval_request", lang, ctx)
    for words in ("SSH dengan sudo", "AnyDesk"):
        assert f'"{words}": ' in mail.text and f"&ldquo;{words}&rdquo;" in mail.html
    assert mail.text.count(flag) == 2 and visible(mail.html).count(flag) == 2
    assert "SSH dengan sudo, AnyDesk" in mail.text  # beside what will be granted
    assert ("Hak akses yang akan diberikan" if lang == "id" else "Access that will be granted") in mail.text


def test_ack_tells_what_happens_next(renderer: MailRenderer) -> None:
    complete = renderer.render("ack_received", "id", sample("ack_received"))
    assert "Kasubag Pengelolaan LPSE" in complete.text and "email terpisah" not in complete.text
    missing = [{"key": "phone", "label": "Nomor telepon"}, {"key": "purpose", "label": "Tujuan"}]
    partial = renderer.render("ack_received", "id", sample("ack_received", missing=missing))
    assert "Nomor telepon dan Tujuan" in partial.text and "email terpisah" in partial.text


def test_need_info_gives_a_block_to_fill_in(renderer: MailRenderer) -> None:
    mail = renderer.render("need_info", "id", sample("need_info"))
    lines = mail.text.splitlines()
    assert "Nomor telepon: " in lines and "Hak akses yang diminta: " in lines
    assert "balas email ini" in mail.text and "menunggu" in mail.text


@pytest.mark.parametrize("decision, word", [("approved", "disetujui"), ("rejected", "ditolak")])
def test_decided_by_other_says_which_decision(renderer: MailRenderer, decision: str, word: str) -> None:
    mail = renderer.render("decided_by_other", "id", sample("decided_by_other", decision=decision))
    assert word in mail.subject and f"telah {word} oleh" in mail.text
    assert "tidak perlu mengambil tindakan" in mail.text


@pytest.mark.parametrize("because", ["requester", "expired", "admin", "cancelled"])
@pytest.mark.parametrize("audience", ["requester", "admin"])
@pytest.mark.parametrize("lang", LANGS)
def test_closed_for_every_cause_and_audience(renderer: MailRenderer, because: str, audience: str, lang: str) -> None:
    ctx = sample("closed", lang, closed_because=because, audience=audience, reason=None)
    mail = renderer.render("closed", lang, ctx)
    cause = {
        "id": {"requester": "pemberitahuan selesai", "expired": "masa berlakunya telah berakhir",
               "admin": "oleh Admin LPSE", "cancelled": "permohonan dibatalkan"},
        "en": {"requester": "the work is finished", "expired": "validity period has ended",
               "admin": "by the LPSE admin", "cancelled": "the request was cancelled"},
    }[lang][because]
    assert cause in mail.text and cause in visible(mail.html)
    assert ("Formulir Pencatatan Pemberian Remote Akses" in mail.text) == (audience == "admin")
    assert "Alasan:" not in mail.text and "Reason:" not in mail.text


@pytest.mark.parametrize("lang", LANGS)
def test_cancelled_tells_approvers_their_links_are_dead(renderer: MailRenderer, lang: str) -> None:
    mail = renderer.render("cancelled", lang, sample("cancelled", lang, audience="approver", reason=None))
    assert {"id": "sudah tidak berlaku", "en": "no longer work"}[lang] in mail.text
    assert SAMPLES["cancelled"]["request"]["name"] in mail.text


def test_each_alert_has_its_own_subject(renderer: MailRenderer) -> None:
    kinds = ("bounce", "spoofed_decision", "unauthorized", "uidvalidity", "silent_mailbox", "send_failed", "smtp_unreachable", "other")
    for lang in LANGS:
        subjects = set()
        for kind in kinds:
            ctx = sample("admin_alert", lang, alert=kind, number=None, request=None, details=[])
            mail = renderer.render("admin_alert", lang, ctx)
            assert not mail.subject.startswith("[")
            subjects.add(mail.subject)
        assert len(subjects) == len(kinds)


def test_digest_lists_every_section_and_empty_ones(renderer: MailRenderer) -> None:
    mail = renderer.render("digest", "id", sample("digest", overdue=[], counts={**SAMPLES["digest"]["counts"], "overdue": 0}))
    assert "Melewati batas waktu (0):\n- (tidak ada)" in mail.text
    assert "menunggu keputusan" in mail.text  # states in Indonesian, not pending_approval
    assert "pending_approval" not in mail.text and "pending_approval" not in mail.html


@pytest.mark.parametrize("lang", LANGS)
def test_digest_says_how_many_imported_rows_the_register_holds(renderer: MailRenderer, lang: str) -> None:
    mail = renderer.render("digest", lang, sample("digest", lang, imported={"rows": 3, "open": 1}))
    words = {"id": ("memuat 3 baris dari register sebelumnya", "1 di antaranya belum memiliki Waktu Penutupan"),
             "en": ("includes 3 row(s) imported", "1 of them have no Waktu Penutupan yet")}[lang]  # fmt: skip
    for text in (mail.text, htmllib.unescape(mail.html)):
        assert all(w in text for w in words) and '"(impor)"' in text
    quiet = renderer.render("digest", lang, sample("digest", lang, imported={"rows": 0, "open": 0}))
    assert "(impor)" not in quiet.text  # and a digest queued before the import existed has no key at all
    assert "(impor)" not in renderer.render("digest", lang, sample("digest", lang)).text


def test_render_does_not_change_the_callers_context(renderer: MailRenderer) -> None:
    ctx = sample("closed", "en")
    before = copy.deepcopy(ctx)
    renderer.render("closed", "jv", ctx)
    assert ctx == before


def test_unknown_language_falls_back_to_indonesian(renderer: MailRenderer) -> None:
    mail = renderer.render("closed", "jv", sample("closed", "jv"))
    assert "Hormat kami" in mail.text and '<html lang="id">' in mail.html


def test_a_language_folder_may_hold_only_some_parts(tmp_path: Path) -> None:
    (tmp_path / "jv").mkdir()
    (tmp_path / "jv" / "closed.txt.j2").write_text("Akun {{ username }} sampun dipun tutup.\n", encoding="utf-8")
    mail = MailRenderer(tmp_path).render("closed", "jv", sample("closed", "jv"))
    assert mail.text == f"Akun {USERNAME} sampun dipun tutup.\n"
    assert mail.subject == f"[{NUMBER}] Akun remote akses {USERNAME} telah ditutup"  # from id/
    assert '<html lang="jv">' in mail.html  # the id/ HTML, told the language used


def test_an_override_replaces_one_built_in_message(tmp_path: Path) -> None:
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "ack_received.subject.j2").write_text("Tanda terima permohonan {{ request.name }}\n")
    renderer = MailRenderer(tmp_path)
    mail = renderer.render("ack_received", "id", sample("ack_received"))
    assert mail.subject == f"[{NUMBER}] Tanda terima permohonan Dimas Prasetyo"
    assert "tercatat dengan nomor permohonan" in mail.text  # the other parts are still the built-in ones
    assert renderer.render("ack_received", "en", sample("ack_received", "en")).subject.endswith("request received")


def test_an_override_of_a_partial_applies_to_every_message(tmp_path: Path) -> None:
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "_footer.txt.j2").write_text("Kontak Admin LPSE: {{ admin_contact }} (0298-000000)\n")
    (tmp_path / "id" / "_footer.html.j2").write_text("<p>Kontak Admin LPSE: {{ admin_contact }}</p>\n")
    renderer = MailRenderer(tmp_path)
    for name in TEMPLATE_NAMES:
        mail = renderer.render(name, "id", sample(name))
        assert "(0298-000000)" in mail.text and FOOTER["id"] not in mail.text, name
        assert "<p>Kontak Admin LPSE: " in mail.html, name


def test_an_override_that_writes_the_tag_does_not_get_it_twice(tmp_path: Path) -> None:
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "closed.subject.j2").write_text("[{{ number }}] Akun ditutup\n")
    mail = MailRenderer(tmp_path).render("closed", "id", sample("closed"))
    assert mail.subject == f"[{NUMBER}] Akun ditutup"


def test_check_reports_a_broken_override(tmp_path: Path, renderer: MailRenderer) -> None:
    assert renderer.check() == []
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "closed.txt.j2").write_text("{% if username %}unclosed\n")
    problems = MailRenderer(tmp_path).check()
    assert len(problems) == 1 and problems[0].startswith("id/closed.txt.j2:")


def test_bad_names_are_refused(renderer: MailRenderer) -> None:
    with pytest.raises(ValueError):
        renderer.render("../id/_footer", "id", sample("closed"))
    with pytest.raises(jinja2.TemplateNotFound):
        renderer.render("no_such_message", "id", sample("closed"))


@pytest.mark.parametrize(
    "value, lang, expected",
    [
        (["VPN"], "id", "VPN"),
        (["VPN", "SSH"], "id", "VPN dan SSH"),
        (["VPN", "SSH", "RDP"], "en", "VPN, SSH and RDP"),
        ([], "id", "-"),
        (None, "id", "-"),
        ("VPN saja", "id", "VPN saja"),
        (["VPN", " ", "SSH"], "en", "VPN and SSH"),
    ],
)
def test_join_rights(value: Any, lang: str, expected: str) -> None:
    assert join_rights(value, lang) == expected
