"""The database tables (SQLAlchemy 2 typed models). Times are stored in UTC.

Only `daemon.service` changes a request's state; the other modules read these tables or
write their own bookkeeping (intake cursor, outbox delivery status, job attempts).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AccessRequest(Base):
    """One permohonan remote akses, from its letter to its closed register row."""

    __tablename__ = "access_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="request")
    requester: Mapped[str] = mapped_column(String(320), index=True)
    requester_name: Mapped[str | None] = mapped_column(String(200))
    credentials_to: Mapped[str] = mapped_column(String(320))
    lang: Mapped[str] = mapped_column(String(5), default="id")
    fields: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    grant_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    grant_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    username: Mapped[str | None] = mapped_column(String(64))
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    approval_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    extension_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # an extension waits for a decision
    extension_reason: Mapped[str | None] = mapped_column(Text)
    closing_because: Mapped[str | None] = mapped_column(String(20))
    closing_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    grants: Mapped[list[Grant]] = relationship(back_populates="request", order_by="Grant.seq")


class Grant(Base):
    """One row of the register: an extension is a new grant of the same request."""

    __tablename__ = "grant_row"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    rights: Mapped[list[str]] = mapped_column(JSON)
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_because: Mapped[str | None] = mapped_column(String(20))
    warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    request: Mapped[AccessRequest] = relationship(back_populates="grants")
    __table_args__ = (UniqueConstraint("request_id", "seq"),)


class ImportedRegisterRow(Base):
    """A row of the register the office kept on paper, imported (`lpse-akses register import`): shown, not managed.

    `source_no`, `name_key` and `granted_at` are the row's identity (a second import of it adds nothing). A row
    without Waktu Penutupan stays open on every later form until an import gives it one (`closed_by_import`)."""

    __tablename__ = "imported_register_row"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_no: Mapped[str] = mapped_column(String(20))
    name_key: Mapped[str] = mapped_column(String(200))
    nama: Mapped[str] = mapped_column(String(200))
    instansi: Mapped[str] = mapped_column(String(300))
    username: Mapped[str] = mapped_column(String(64))
    hak_akses: Mapped[str] = mapped_column(Text)
    tujuan: Mapped[str] = mapped_column(Text)
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_file: Mapped[str] = mapped_column(String(300))
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_row: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(320))
    closed_by_import: Mapped[str | None] = mapped_column(String(64))  # the SHA-256 of the file that closed it
    __table_args__ = (UniqueConstraint("source_no", "name_key", "granted_at"),)


class InboundMessage(Base):
    """One message seen in the mailbox: its raw bytes (evidence), what it was, where it went."""

    __tablename__ = "inbound_message"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(400), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(400), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    uid: Mapped[int] = mapped_column(BigInteger, default=0)
    source_key: Mapped[str] = mapped_column(String(200))
    sender: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    # handled | ignored | quarantined | oversized | failed | history (there before the first start)
    status: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("access_request.id"), index=True)
    request: Mapped[AccessRequest | None] = relationship()  # set on a new letter with its new request: inserted after it
    target_folder: Mapped[str | None] = mapped_column(String(200))  # None once final: it stays where it is
    moved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # its Date header, when it says one


class Attachment(Base):
    """A file attached to an inbound message (the request letter), kept with it."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class OutboxMail(Base):
    """One logical message to one recipient, under one fixed Message-ID, until it is sent."""

    __tablename__ = "outbox_mail"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("access_request.id"), index=True)
    template: Mapped[str] = mapped_column(String(50))
    lang: Mapped[str] = mapped_column(String(5))
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    context: Mapped[dict[str, object]] = mapped_column(JSON)
    message_id: Mapped[str] = mapped_column(String(400), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(400))
    references: Mapped[str | None] = mapped_column(Text)
    attach_from: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))
    credential_id: Mapped[int | None] = mapped_column(ForeignKey("credential.id"))
    status: Mapped[str] = mapped_column(String(20), index=True)  # pending | sent | failed | bounced
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # claimed by a sender until then
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxFile(Base):
    """A file generated for an outbound message (the digest's register), attached when the row is sent."""

    __tablename__ = "outbox_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_mail.id"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Token(Base):
    """A link token, stored only as its hash, bound to one request, one person and one action."""

    __tablename__ = "token"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # approve | reject | credentials
    holder: Mapped[str] = mapped_column(String(320))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Credential(Base):
    """The account's password, encrypted, from before provisioning until it is delivered."""

    __tablename__ = "credential"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    wiped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProvisioningJob(Base):
    """Create, disable or extend one account; retried until done or out of time."""

    __tablename__ = "provisioning_job"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("access_request.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create | disable | extend
    status: Mapped[str] = mapped_column(String(20), index=True)  # pending | done | failed | cancelled
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # claimed by a worker until then
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    give_up_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Append-only, hash-chained: who did what, through which channel, when and why."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("access_request.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    event: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(320))
    channel: Mapped[str] = mapped_column(String(10))  # email | link | reply | cli | timer | system
    data: Mapped[str] = mapped_column(Text)  # the canonical JSON that was hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Counter(Base):
    """Named counters locked in the apply transaction: request numbers per year, the audit chain head."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    text: Mapped[str | None] = mapped_column(String(64))


class MailboxCursor(Base):
    """getmail6's idea: the intake position per folder, keyed by UIDVALIDITY."""

    __tablename__ = "mailbox_cursor"
    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


Index("ix_outbox_due", OutboxMail.status, OutboxMail.next_attempt_at)
Index("ix_inbound_message_place", InboundMessage.folder, InboundMessage.uidvalidity, InboundMessage.source_key)
# The few committed messages still waiting for their move: looked for on every pass (intake._moved_unsaid).
_UNMOVED = "target_folder IS NOT NULL AND moved_at IS NULL"
Index("ix_inbound_message_unmoved", InboundMessage.folder, sqlite_where=text(_UNMOVED), postgresql_where=text(_UNMOVED))
Index("ix_job_due", ProvisioningJob.status, ProvisioningJob.due_at)
