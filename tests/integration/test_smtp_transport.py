"""SmtpTransport against a real SMTP server relaying into Dovecot; every fault comes from the server."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from daemon.errors import ConfigError
from daemon.mail.transport import PermanentSendError, TransientSendError
from daemon.mail.transport.smtp import SmtpTransport
from daemon.setup.config import SmtpConfig
from tests.servers import free_port
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import MailAccount, smtp_config
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers

SENDER = "lpse@lpse.test"


def message(n: int, to: str) -> bytes:
    return (
        f"From: LPSE <{SENDER}>\r\nTo: {to}\r\nSubject: [RA-2026-{n:04d}] Permohonan diterima\r\n"
        f"Message-ID: <out-{n}@lpse.test>\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\nPermohonan Anda telah kami terima. Terima kasih — LPSE.\r\n"
    ).encode()


def send(cfg: SmtpConfig, *items: tuple[str, bytes]) -> None:
    """Send each (recipient, bytes) over one transport, then close it."""

    async def run() -> None:
        transport = SmtpTransport(cfg)
        try:
            for rcpt, raw in items:
                await transport.send(SENDER, rcpt, raw)
        finally:
            await transport.close()

    asyncio.run(run())


def test_sent_mail_arrives_over_imap_on_one_connection(
    dovecot: DovecotServer, mail_account: MailAccount, smtp_relay: RelaySmtpServer
) -> None:
    raws = [message(i, mail_account.address) for i in (1, 2)]
    send(smtp_config(smtp_relay), *((mail_account.address, raw) for raw in raws))
    assert [r.data for r in smtp_relay.received] == raws
    assert len({r.peer for r in smtp_relay.received}) == 1  # the connection was reused
    client = dovecot.client(mail_account.address)
    fetched = client.fetch(client.search(), ["BODY.PEEK[]"])
    assert sorted(d[b"BODY[]"][-len(raws[0]) :] for d in fetched.values()) == raws


@pytest.mark.parametrize(
    ("code", "stage", "kind"),
    [
        (451, "data", TransientSendError),
        (421, "mail", TransientSendError),
        (450, "rcpt", TransientSendError),
        (552, "data", TransientSendError),
        (550, "data", PermanentSendError),
        (554, "mail", PermanentSendError),
        (553, "rcpt", PermanentSendError),
    ],
)
def test_reply_codes_are_classified(
    mail_account: MailAccount, smtp_relay: RelaySmtpServer, code: int, stage: str, kind: type[Exception]
) -> None:
    smtp_relay.fail_next(code, stage=stage)
    with pytest.raises(kind) as info:
        send(smtp_config(smtp_relay), (mail_account.address, message(1, mail_account.address)))
    assert info.value.code == code  # type: ignore[attr-defined]
    assert smtp_relay.received == []
    send(smtp_config(smtp_relay), (mail_account.address, message(2, mail_account.address)))
    assert len(smtp_relay.received) == 1


def test_refused_recipient_is_permanent(mail_account: MailAccount, smtp_relay: RelaySmtpServer) -> None:
    smtp_relay.refuse_recipient("nobody@lpse.test", 550)
    with pytest.raises(PermanentSendError) as info:
        send(smtp_config(smtp_relay), ("nobody@lpse.test", message(1, "nobody@lpse.test")))
    assert info.value.code == 550


def test_disconnect_mid_data_is_transient_and_the_next_send_reconnects(
    mail_account: MailAccount, smtp_relay: RelaySmtpServer
) -> None:
    async def run() -> None:
        transport = SmtpTransport(smtp_config(smtp_relay))
        smtp_relay.disconnect_next()
        with pytest.raises(TransientSendError):
            await transport.send(SENDER, mail_account.address, message(1, mail_account.address))
        await transport.send(SENDER, mail_account.address, message(2, mail_account.address))
        await transport.close()

    asyncio.run(run())
    assert [r.data for r in smtp_relay.received] == [message(2, mail_account.address)]


def test_a_connection_the_server_dropped_is_reopened(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    port = free_port()

    async def run() -> None:
        first = RelaySmtpServer(dovecot, port=port)
        first.start()
        transport = SmtpTransport(smtp_config(first))
        await transport.send(SENDER, mail_account.address, message(1, mail_account.address))
        first.stop()  # closes the kept connection
        with RelaySmtpServer(dovecot, port=port) as second:
            await transport.send(SENDER, mail_account.address, message(2, mail_account.address))
            assert len(second.received) == 1
        await transport.close()

    asyncio.run(run())


def test_server_down_is_transient(mail_account: MailAccount, smtp_relay: RelaySmtpServer) -> None:
    with pytest.raises(TransientSendError):
        send(smtp_config(smtp_relay, port=free_port()), (mail_account.address, message(1, mail_account.address)))


def test_login_and_wrong_password(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    with RelaySmtpServer(dovecot, username="lpse", password="rahasia") as relay:
        send(smtp_config(relay, username="lpse", password="rahasia"), (mail_account.address, message(1, mail_account.address)))
        assert len(relay.received) == 1
        with pytest.raises(PermanentSendError) as info:
            send(smtp_config(relay, username="lpse", password="keliru"), (mail_account.address, message(2, mail_account.address)))
        assert info.value.code == 535 and "keliru" not in str(info.value)
        with pytest.raises(PermanentSendError):  # the server demands AUTH and we did not log in
            send(smtp_config(relay), (mail_account.address, message(3, mail_account.address)))
        assert len(relay.received) == 1


def test_starttls_with_the_office_ca(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    with RelaySmtpServer(dovecot, username="lpse", password="rahasia", starttls=True) as relay:
        cfg = smtp_config(relay, security="starttls", tls_ca_file=relay.ca_file, username="lpse", password="rahasia")
        send(cfg, (mail_account.address, message(1, mail_account.address)))
        assert len(relay.received) == 1
        with pytest.raises(TransientSendError, match="certif"):
            send(replace(cfg, tls_ca_file=""), (mail_account.address, message(2, mail_account.address)))
        assert len(relay.received) == 1


def test_starttls_not_offered_sends_nothing(mail_account: MailAccount, smtp_relay: RelaySmtpServer) -> None:
    with pytest.raises(TransientSendError, match="does not offer STARTTLS"):
        send(smtp_config(smtp_relay, security="starttls"), (mail_account.address, message(1, mail_account.address)))
    assert smtp_relay.received == []


def test_implicit_tls_with_and_without_the_ca(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    with RelaySmtpServer(dovecot, implicit_tls=True) as relay:
        cfg = smtp_config(relay, security="tls", tls_ca_file=relay.ca_file)
        send(cfg, (mail_account.address, message(1, mail_account.address)))
        assert len(relay.received) == 1
        with pytest.raises(TransientSendError):
            send(replace(cfg, tls_ca_file=""), (mail_account.address, message(2, mail_account.address)))
        with pytest.raises(TransientSendError):  # plain text to a TLS port is no downgrade either
            send(replace(cfg, security="none", timeout=0.5), (mail_account.address, message(3, mail_account.address)))
        assert len(relay.received) == 1


def test_plain_text_to_another_host_is_refused() -> None:
    with pytest.raises(ConfigError):
        SmtpTransport(SmtpConfig(host="mail.example.go.id", port=25, security="none", timeout=5.0, retry_for=60.0))
