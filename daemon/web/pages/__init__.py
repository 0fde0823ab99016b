"""The web edge's page templates (jinja2, autoescaped) and stylesheet: package data of `daemon.web.app`.

`<page>.id.html` and `<page>.en.html` are one page in two languages; pages without a language
suffix are bilingual (Bahasa Indonesia first, English below) because they are shown when the
request, and so its language, is unknown.
"""
