"""lpse-akses: the LPSE remote-access SOP run by an email-driven daemon.

`daemon.core` decides (pure); every other module of this package is an edge
(database, mail servers, disk, web) or the composition root (`daemon.main`).
"""
