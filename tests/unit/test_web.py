"""Unit tests of the web edge (`daemon.web.app`) against a fake Desk: only a POST with our CSRF field decides."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import pytest
from starlette.testclient import TestClient

from daemon.errors import OperationError, TokenRejected
from daemon.web.app import SECURITY_HEADERS, create_app, csrf_value
from daemon.web.contract import ApprovalPage, CredentialPage, DecisionOutcome, Health, RevealedCredential

KEY = b"k" * 32
PUBLIC = "https://akses.example.go.id"
APPROVE_TOKEN = "ApproveToken_0123456789abcdef"
REJECT_TOKEN = "RejectToken-0123456789abcdefgh"
CRED_TOKEN = "CredentialToken_0123456789abc"
PASSWORD = "Sandi-Rahasia-9z!"


@dataclass
class FakeDesk:
    """Our own seam, faked: tokens are single-use; every call is recorded."""

    lang: str = "id"
    sender_differs: bool = False
    healthy: bool = True
    tokens: dict[str, str] = field(default_factory=lambda: {APPROVE_TOKEN: "approve", REJECT_TOKEN: "reject"})
    used: set[str] = field(default_factory=set)
    calls: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[tuple[str, str, str | None, str]] = field(default_factory=list)
    reveals: list[str] = field(default_factory=list)
    refuse_with: OperationError | None = None
    rows: tuple[tuple[str, str], ...] = (("Nama", "Budi Santoso"), ("Instansi", "PT Contoh"))

    def _live(self, token: str) -> str:
        if token not in self.tokens or token in self.used:
            raise TokenRejected("link no longer valid")
        return self.tokens[token]

    def approval_page(self, raw_token: str) -> ApprovalPage:
        self.calls.append(("approval_page", raw_token))
        action = self._live(raw_token)
        to = "ops@contoh.co.id" if self.sender_differs else "budi@contoh.co.id"
        return ApprovalPage("RA-2026-0007", action, "Kasubag Pengelolaan LPSE", "LPSE Kota Salatiga", self.lang,
                            self.rows, "budi@contoh.co.id", to, self.sender_differs, "25 November 2026 pukul 14.30 WIB",
                            ("surat.pdf",))

    def decide(self, raw_token: str, *, action: str, reason: str | None, client: str) -> DecisionOutcome:
        self.calls.append(("decide", raw_token))
        if self.refuse_with is not None:
            raise self.refuse_with
        if self._live(raw_token) != action:
            raise TokenRejected("wrong action")
        self.used.add(raw_token)
        self.decisions.append((raw_token, action, reason, client))
        return DecisionOutcome("RA-2026-0007", action, "Pemohon akan diberi tahu melalui email.")

    def credential_page(self, raw_token: str) -> CredentialPage:
        self.calls.append(("credential_page", raw_token))
        if raw_token != CRED_TOKEN or raw_token in self.used:
            raise TokenRejected("link no longer valid")
        return CredentialPage("RA-2026-0007", "LPSE Kota Salatiga", self.lang, "ra26_0007", "26 November 2026")

    def reveal_credential(self, raw_token: str, *, client: str) -> RevealedCredential:
        self.calls.append(("reveal_credential", raw_token))
        self.credential_page(raw_token)
        self.used.add(raw_token)
        self.reveals.append(raw_token)
        return RevealedCredential("RA-2026-0007", "ra26_0007", PASSWORD, "30 November 2026", "LPSE Kota Salatiga",
                                  self.lang)

    def health(self) -> Health:
        return Health(self.healthy, {"database": "ok", "mailbox": "ok" if self.healthy else "no answer for 20m"})

    def metrics(self) -> str:
        return "# TYPE lpse_akses_requests_total counter\nlpse_akses_requests_total 3\n"


@pytest.fixture
def desk() -> FakeDesk:
    return FakeDesk()


@pytest.fixture
def client(desk: FakeDesk) -> TestClient:
    app = create_app(desk, secret_key=KEY, public_url=PUBLIC, office_name="LPSE Kota Salatiga",
                     contact="admin.lpse@example.go.id")
    return TestClient(app, raise_server_exceptions=False)


def form(token: str, **extra: str) -> dict[str, str]:
    return {"csrf": csrf_value(KEY, token), **extra}


def test_get_and_head_never_decide(client: TestClient, desk: FakeDesk) -> None:
    for _ in range(5):
        assert client.get(f"/a/{APPROVE_TOKEN}").status_code == 200
        assert client.head(f"/a/{APPROVE_TOKEN}").status_code == 200
        assert client.get(f"/a/{REJECT_TOKEN}").status_code == 200
    assert not [c for c in desk.calls if c[0] == "decide"] and not desk.decisions


def test_approval_page_shows_the_request_and_a_csrf_form(client: TestClient) -> None:
    html = client.get(f"/a/{APPROVE_TOKEN}").text
    assert "Budi Santoso" in html and "PT Contoh" in html and "RA-2026-0007" in html
    assert ">Setujui</button>" in html and 'method="post"' in html
    assert f'value="{csrf_value(KEY, APPROVE_TOKEN)}"' in html
    assert "Setelah Anda menekan Setujui, akun dibuat dan data akses dikirim ke budi@contoh.co.id" in html
    assert "sender-differs" not in html
    assert "<script" not in html


def test_reject_page_requires_a_reason(client: TestClient) -> None:
    html = client.get(f"/a/{REJECT_TOKEN}").text
    assert re.search(r'<textarea[^>]*name="reason"[^>]*required', html)
    assert ">Tolak</button>" in html


def test_sender_differs_warning(desk: FakeDesk, client: TestClient) -> None:
    desk.sender_differs = True
    html = client.get(f"/a/{APPROVE_TOKEN}").text
    assert 'id="sender-differs"' in html and "ops@contoh.co.id" in html and "bukan ke alamat pengirim" in html


def test_english_page(desk: FakeDesk, client: TestClient) -> None:
    desk.lang = "en"
    html = client.get(f"/a/{APPROVE_TOKEN}").text
    assert '<html lang="en">' in html and ">Approve</button>" in html


def test_everything_is_escaped(desk: FakeDesk, client: TestClient) -> None:
    desk.rows = (("Nama <i>", "<script>alert(1)</script>"),)
    html = client.get(f"/a/{APPROVE_TOKEN}").text
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "Nama &lt;i&gt;" in html


WRONG_CSRF = ["", "0" * 64, csrf_value(KEY, REJECT_TOKEN), csrf_value(b"x" * 32, APPROVE_TOKEN), "é"]


@pytest.mark.parametrize("data", [{}] + [{"csrf": wrong} for wrong in WRONG_CSRF])
def test_post_without_our_csrf_is_refused(client: TestClient, desk: FakeDesk, data: dict[str, str]) -> None:
    response = client.post(f"/a/{APPROVE_TOKEN}", data=data)
    assert response.status_code == 403 and 'id="refused"' in response.text
    assert not desk.decisions and ("decide", APPROVE_TOKEN) not in desk.calls


@pytest.mark.parametrize("reason", ["", "   \n  ", "x" * 2001])
def test_reject_without_reason_is_400_and_decides_nothing(client: TestClient, desk: FakeDesk, reason: str) -> None:
    response = client.post(f"/a/{REJECT_TOKEN}", data=form(REJECT_TOKEN, action="reject", reason=reason))
    assert response.status_code == 400 and 'id="error"' in response.text
    assert "Alasan penolakan wajib diisi" in response.text or "terlalu panjang" in response.text
    assert ">Tolak</button>" in response.text  # the form again, to fill in
    assert not desk.decisions


def test_approve_post_decides_once(client: TestClient, desk: FakeDesk) -> None:
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN, action="approve"))
    assert response.status_code == 200 and "disetujui" in response.text
    assert "Pemohon akan diberi tahu" in response.text
    assert len(desk.decisions) == 1
    token, action, reason, who = desk.decisions[0]
    assert (token, action, reason) == (APPROVE_TOKEN, "approve", None) and who.startswith("testclient")
    again = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN, action="approve"))
    assert again.status_code == 410 and 'id="gone"' in again.text
    assert client.get(f"/a/{APPROVE_TOKEN}").status_code == 410
    assert len(desk.decisions) == 1


def test_reject_post_passes_the_reason(client: TestClient, desk: FakeDesk) -> None:
    data = form(REJECT_TOKEN, action="reject", reason="  Surat belum ditandatangani. ")
    response = client.post(f"/a/{REJECT_TOKEN}", data=data)
    assert response.status_code == 200 and "ditolak" in response.text
    assert desk.decisions == [(REJECT_TOKEN, "reject", "Surat belum ditandatangani.", desk.decisions[0][3])]


def test_posted_action_must_be_the_tokens(client: TestClient, desk: FakeDesk) -> None:
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN, action="reject", reason="x"))
    assert response.status_code == 400 and not desk.decisions


def test_unknown_token_is_410_bilingual(client: TestClient) -> None:
    for response in (
        client.get("/a/UnknownToken_0123456789"),
        client.post("/a/UnknownToken_0123456789", data=form("UnknownToken_0123456789")),
    ):
        assert response.status_code == 410
        assert "Tautan tidak berlaku lagi" in response.text and "This link is no longer valid" in response.text
        assert "admin.lpse@example.go.id" in response.text


@pytest.mark.parametrize("token", ["short", "x" * 129, "has.dot_0123456789abc", "spasi%20di_0123456789abc"])
def test_malformed_token_never_reaches_the_desk(client: TestClient, desk: FakeDesk, token: str) -> None:
    assert client.get(f"/a/{token}").status_code == 404
    assert client.post(f"/c/{token}", data={"csrf": "x"}).status_code == 404
    assert desk.calls == []


def test_operation_error_is_409(client: TestClient, desk: FakeDesk) -> None:
    desk.refuse_with = OperationError("Permohonan sudah diputuskan.")
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN))
    assert response.status_code == 409 and "Permohonan sudah diputuskan." in response.text and not desk.decisions


@pytest.mark.parametrize("origin", ["https://evil.example.com", "http://akses.example.go.id.evil.com"])
def test_cross_origin_post_is_refused(client: TestClient, desk: FakeDesk, origin: str) -> None:
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN), headers={"Origin": origin})
    assert response.status_code == 403 and not desk.decisions
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN), headers={"Referer": origin + "/x"})
    assert response.status_code == 403 and not desk.decisions


@pytest.mark.parametrize("headers", [{"Origin": PUBLIC}, {"Origin": "null"}, {"Referer": PUBLIC + "/a/x"}])
def test_same_origin_or_null_origin_post_is_accepted(client: TestClient, desk: FakeDesk,
                                                      headers: dict[str, str]) -> None:
    response = client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN), headers=headers)
    assert response.status_code == 200 and len(desk.decisions) == 1


def test_oversized_form_is_refused(client: TestClient, desk: FakeDesk) -> None:
    response = client.post(f"/a/{REJECT_TOKEN}", data=form(REJECT_TOKEN, reason="x" * 20000))
    assert response.status_code == 413 and not desk.decisions


def test_credential_is_revealed_only_on_post(client: TestClient, desk: FakeDesk) -> None:
    for _ in range(3):
        page = client.get(f"/c/{CRED_TOKEN}")
        assert page.status_code == 200 and "ra26_0007" in page.text and PASSWORD not in page.text
        assert "Tampilkan kata sandi" in page.text
        assert client.head(f"/c/{CRED_TOKEN}").status_code == 200
    assert client.post(f"/c/{CRED_TOKEN}", data={}).status_code == 403
    assert desk.reveals == []
    shown = client.post(f"/c/{CRED_TOKEN}", data=form(CRED_TOKEN))
    assert shown.status_code == 200 and PASSWORD in shown.text and "tidak akan ditampilkan lagi" in shown.text
    assert desk.reveals == [CRED_TOKEN]
    assert client.post(f"/c/{CRED_TOKEN}", data=form(CRED_TOKEN)).status_code == 410
    assert client.get(f"/c/{CRED_TOKEN}").status_code == 410
    assert desk.reveals == [CRED_TOKEN]


@pytest.mark.parametrize(
    "path", ["/", f"/a/{APPROVE_TOKEN}", "/a/bad", f"/c/{CRED_TOKEN}", "/healthz", "/metrics", "/style.css", "/nowhere"]
)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "script-src" not in csp and "default-src 'none'" in csp


def test_security_headers_on_posts_and_server_errors(client: TestClient, desk: FakeDesk) -> None:
    assert client.post(f"/a/{APPROVE_TOKEN}", data={}).headers["Cache-Control"] == "no-store"
    desk.rows = None  # type: ignore[assignment]  # the template cannot iterate it: a server error
    response = client.get(f"/a/{APPROVE_TOKEN}")
    assert response.status_code == 500 and 'id="failed"' in response.text
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name


def test_healthz(client: TestClient, desk: FakeDesk) -> None:
    ok = client.get("/healthz")
    assert ok.status_code == 200 and ok.json() == {"ok": True, "checks": {"database": "ok", "mailbox": "ok"}}
    desk.healthy = False
    bad = client.get("/healthz")
    assert bad.status_code == 503 and bad.json()["ok"] is False


def test_metrics(client: TestClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert "lpse_akses_requests_total 3" in response.text


def test_index_and_style(client: TestClient) -> None:
    assert "Layanan remote akses" in client.get("/").text
    assert client.get("/style.css").headers["content-type"].startswith("text/css")


def test_tokens_and_passwords_never_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.get(f"/a/{APPROVE_TOKEN}")
    client.post(f"/a/{APPROVE_TOKEN}", data=form(APPROVE_TOKEN))
    client.post(f"/a/{REJECT_TOKEN}", data={"csrf": "bad"})
    client.post(f"/a/{REJECT_TOKEN}", data=form(REJECT_TOKEN), headers={"Origin": "https://evil.example.com"})
    client.post(f"/c/{CRED_TOKEN}", data=form(CRED_TOKEN))
    logged = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("httpx"))  # the client's own
    assert "RA-2026-0007" in logged
    for secret in (APPROVE_TOKEN, REJECT_TOKEN, CRED_TOKEN, PASSWORD):
        assert secret not in logged


def test_create_app_refuses_an_empty_key_or_a_public_url_without_host(desk: FakeDesk) -> None:
    with pytest.raises(ValueError):
        create_app(desk, secret_key=b"", public_url=PUBLIC)
    with pytest.raises(ValueError):
        create_app(desk, secret_key=KEY, public_url="akses")
