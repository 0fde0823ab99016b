"""Renders every outgoing mail (subject, plain text, HTML) from `mail_templates/`, operator overrides first.

Why it looks like this (DESIGN §4, STYLE rule 15):

- One template set per message, named for its purpose: `<lang>/<name>.subject.j2`, `.txt.j2`, `.html.j2`,
  Bahasa Indonesia (`id/`) first and always complete; other languages fall back to `id/` for what they lack.
- The loader searches the operator's override folder before the packaged templates, for every file including the
  shared partials (`id/_footer.txt.j2`, ...), so an operator can replace one message or one footer by name.
- `StrictUndefined`: a template that needs a key the caller did not give fails loudly instead of mailing a blank.
  Contexts are plain data (the contract is documented by `tests/unit/template_samples.py`); every time arrives
  already formatted in the office's zone, so the templates hold wording only, no logic about dates.
- Autoescape for `.html.j2` files only: the subject and the text part are not HTML.
- The subject is one line (a header cannot carry a newline) and the renderer, not the template, puts the request
  tag `[RA-2026-0007] ` in front, so threading never depends on an operator remembering it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from daemon.core.password_policy import grouped

PRIMARY_LANGUAGE = "id"

TEMPLATE_NAMES: tuple[str, ...] = (
    "ack_received",
    "need_info",
    "approval_request",
    "approval_reminder",
    "decided_by_other",
    "reply_unclear",
    "decision_rejected",
    "decision_approved",
    "credentials",
    "credentials_link",
    "grant_notice",
    "expiry_warning",
    "closed",
    "cancelled",
    "provisioning_failed",
    "oversized",
    "quarantined",
    "admin_alert",
    "digest",
    "extension_request",
    "extension_granted",
    "extension_rejected",
)

_PARTS = ("subject", "txt", "html")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_CONJUNCTION = {"id": "dan", "en": "and"}


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str


def join_rights(value: Iterable[str] | str | None, lang: str = PRIMARY_LANGUAGE) -> str:
    """`["VPN", "SSH"]` → "VPN dan SSH" (or "VPN and SSH"); an empty list → "-"."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value.strip() or "-"
    items = [str(v).strip() for v in value if str(v).strip()]
    if not items:
        return "-"
    if len(items) == 1:
        return items[0]
    conjunction = _CONJUNCTION.get(lang, "and")
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _finalize(value: Any) -> Any:
    """A None that reaches the output prints as "-", never as the word "None" in an official letter."""
    return "-" if value is None else value


def _is_html(template_name: str | None) -> bool:
    return template_name is not None and template_name.endswith(".html.j2")


def _one_line(subject: str) -> str:
    return " ".join(subject.split())


def _tidy_text(text: str) -> str:
    """Blank lines left by conditionals collapse to one; lines with content (even "-- ") are kept as written."""
    lines = [line if line.strip() else "" for line in text.splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return tidy + "\n"


class MailRenderer:
    """Renders the mail templates; `override_dir` (config `templates.override_dir`) is searched first."""

    def __init__(self, override_dir: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if override_dir is not None and str(override_dir):
            loaders.append(jinja2.FileSystemLoader(str(override_dir)))
        loaders.append(jinja2.PackageLoader("mail_templates", ""))
        self._env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=_is_html,
            keep_trailing_newline=True,
            finalize=_finalize,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._env.filters["join_rights"] = join_rights
        self._env.filters["grouped"] = grouped  # a password read back in groups of four

    def names(self) -> list[str]:
        return list(TEMPLATE_NAMES)

    def render(self, name: str, lang: str, context: Mapping[str, Any]) -> RenderedMail:
        """Render message `name` in `lang` (falling back to `id`); raises `jinja2.UndefinedError` on a missing key."""
        if not _NAME.match(name):
            raise ValueError(f"not a template name: {name!r}")
        chosen = self._language(name, lang)
        ctx = dict(context)
        ctx["lang"] = chosen  # the HTML `lang` attribute and the filters follow the language actually used
        subject = _one_line(self._part(name, chosen, "subject").render(ctx))
        number = context.get("number")
        if number and f"[{number}]" not in subject:
            subject = f"[{number}] {subject}"
        text = _tidy_text(self._part(name, chosen, "txt").render(ctx))
        html = self._part(name, chosen, "html").render(ctx)
        return RenderedMail(subject=subject, text=text, html=html)

    def check(self) -> list[str]:
        """Compile every template of every language present; returns the problems (for `lpse-akses check`)."""
        problems: list[str] = []
        for template_name in self._env.list_templates(extensions=["j2"]):
            try:
                self._env.get_template(template_name)
            except jinja2.TemplateSyntaxError as exc:
                problems.append(f"{template_name}:{exc.lineno}: {exc.message}")
        for name in TEMPLATE_NAMES:
            for part in _PARTS:
                if not self._exists(f"{PRIMARY_LANGUAGE}/{name}.{part}.j2"):
                    problems.append(f"{PRIMARY_LANGUAGE}/{name}.{part}.j2: missing")
        return problems

    def _language(self, name: str, lang: str) -> str:
        """The message's language: `lang` when it has the text part of `name`, else the primary one."""
        if lang != PRIMARY_LANGUAGE and _LANG.match(lang) and self._exists(f"{lang}/{name}.txt.j2"):
            return lang
        return PRIMARY_LANGUAGE

    def _part(self, name: str, lang: str, part: str) -> jinja2.Template:
        try:
            return self._env.get_template(f"{lang}/{name}.{part}.j2")
        except jinja2.TemplateNotFound:
            if lang == PRIMARY_LANGUAGE:
                raise
            return self._env.get_template(f"{PRIMARY_LANGUAGE}/{name}.{part}.j2")

    def _exists(self, template_name: str) -> bool:
        """Whether a file of that name is found (override or package), without compiling it."""
        loader = self._env.loader
        assert loader is not None
        try:
            loader.get_source(self._env, template_name)
        except jinja2.TemplateNotFound:
            return False
        return True
