"""The mail providers candidates use in France, Belgium, Switzerland, Québec, the UK and the US:
their SMTP and IMAP servers, how they want the user name written, and, in both languages, what
password they take and how to make one (a phrase of the one catalogue, said in the user's
language). Plain data and two pure functions (``find``, ``username_for``): no Django, no I/O.

Where each value comes from is said beside it. "ISPDB" is Thunderbird's autoconfig database
(github.com/thunderbird/autoconfig, ``ispdb/<domain>.xml``, read at commit c6ad796 of
12 March 2026), which mail programs use to set themselves up; the provider's own help page is
named where it says more (password rules, app passwords). Security is what the provider
documents: ``ssl`` (implicit TLS, 465/993) or ``starttls`` (587, or Proton Mail Bridge's
local ports). A provider that accepts only OAuth2 is listed with ``supported=False``: this
program cannot log in there yet, and says so instead of letting a test fail mysteriously.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lastimpression.phrases import Phrase, tr

Security = Literal["starttls", "ssl"]
# How the user name is written: the whole address, or the part before the @.
UsernameRule = Literal["address", "local_part"]
# What the password field takes there.
PasswordKind = Literal["app_password", "mailbox_password", "bridge_password", "oauth2_only"]


@dataclass(frozen=True)
class Server:
    """One server of a provider: where it is, how the connection is secured, which user name."""

    host: str
    port: int
    security: Security
    username: UsernameRule = "address"


@dataclass(frozen=True)
class Preset:
    """What a provider needs. ``how`` holds the exact words on the password to type here (in
    the catalogue); ``supported`` is False when the provider has turned password login off."""

    key: str
    name: str
    smtp: Server
    imap: Server
    password: PasswordKind
    how: Phrase
    supported: bool = True
    # Gmail and Proton keep a copy of what their SMTP server sends: no IMAP copy is needed.
    keeps_sent_copy: bool = False
    # Offered in the list of providers for an address on one's own domain (OVH, Infomaniak…).
    hosts_own_domains: bool = False

    def words(self, language: str) -> str:
        """The words on the password, in ``language`` ("fr", "en")."""
        return self.how.say(language)


PRESETS: dict[str, Preset] = {
    # Google: developers.google.com/gmail/imap "IMAP, POP, and SMTP" (smtp.gmail.com 465 SSL or
    # 587 STARTTLS, imap.gmail.com 993 SSL), support.google.com/mail/answer/7126229 (the full
    # address) and answer/185833 (app passwords, which need 2-Step Verification, made at
    # myaccount.google.com/apppasswords); ISPDB googlemail.com.xml.
    "gmail": Preset(
        "gmail", "Gmail",
        smtp=Server("smtp.gmail.com", 587, "starttls"),
        imap=Server("imap.gmail.com", 993, "ssl"),
        password="app_password",
        how=tr(
            "Gmail needs an app password, not your usual password: turn on 2-Step Verification in "
            "your Google Account, then open myaccount.google.com/apppasswords, create one named "
            "“Last Impression” and type the 16 letters it shows here.",
        ),
        keeps_sent_copy=True,
    ),
    # Microsoft: support.microsoft.com "POP, IMAP, and SMTP settings for Outlook.com"
    # (smtp-mail.outlook.com 587 STARTTLS, outlook.office365.com 993 SSL, "Outlook.com requires
    # the use of Modern Auth / OAuth2"); ISPDB hotmail.com.xml and office365.com.xml list OAuth2
    # only. Microsoft 365 work accounts: smtp.office365.com, the same OAuth2 rule.
    "outlook": Preset(
        "outlook", "Outlook.com / Microsoft 365",
        smtp=Server("smtp-mail.outlook.com", 587, "starttls"),
        imap=Server("outlook.office365.com", 993, "ssl"),
        password="oauth2_only",
        how=tr(
            "Outlook.com, Hotmail and Microsoft 365 accept only a Microsoft sign-in (OAuth2) from "
            "other programs, which Last Impression does not support yet: no password typed here "
            "would work. Choose “Remind me” for now.",
        ),
        supported=False,
    ),
    # Yahoo: help.yahoo.com SLN4075 "IMAP server settings" (imap.mail.yahoo.com 993 SSL,
    # smtp.mail.yahoo.com 465 SSL or 587, the full address; an app password for third-party
    # programs, made under Account security); ISPDB yahoo.com.xml.
    "yahoo": Preset(
        "yahoo", "Yahoo",
        smtp=Server("smtp.mail.yahoo.com", 465, "ssl"),
        imap=Server("imap.mail.yahoo.com", 993, "ssl"),
        password="app_password",
        how=tr(
            "Yahoo needs an app password: in Account info › Account security, choose “Generate app "
            "password”, name it “Last Impression” and type the password it shows here.",
        ),
    ),
    # Apple: support.apple.com/HT202304 "Mail server settings for iCloud" (imap.mail.me.com 993
    # SSL with the name part of the address; smtp.mail.me.com 587 STARTTLS with the full
    # address; an app-specific password); ISPDB me.com.xml gives the same user names.
    "icloud": Preset(
        "icloud", "iCloud",
        smtp=Server("smtp.mail.me.com", 587, "starttls"),
        imap=Server("imap.mail.me.com", 993, "ssl", "local_part"),
        password="app_password",
        how=tr(
            "iCloud needs an app-specific password: at account.apple.com, Sign-In and Security › "
            "App-Specific Passwords, create one named “Last Impression” and type it here "
            "(xxxx-xxxx-xxxx-xxxx).",
        ),
    ),
    # Orange: ISPDB orange.fr.xml (smtp.orange.fr 465 SSL, imap.orange.fr 993 SSL, the full
    # address), which points to assistance.orange.fr "accéder à sa boîte Mail Orange depuis une
    # application ou un logiciel de messagerie non fourni par Orange". Orange has no app password.
    "orange": Preset(
        "orange", "Orange",
        smtp=Server("smtp.orange.fr", 465, "ssl"),
        imap=Server("imap.orange.fr", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "Type the password of your Orange mailbox (Orange has no app password). If it is "
            "refused, check in Mail Orange's settings that access from other mail programs is allowed.",
        ),
    ),
    # Free: ISPDB free.fr.xml (smtp.free.fr 465 SSL, imap.free.fr 993 SSL, the part before the
    # @), documented at assistance.free.fr/articles/609.
    "free": Preset(
        "free", "Free",
        smtp=Server("smtp.free.fr", 465, "ssl", "local_part"),
        imap=Server("imap.free.fr", 993, "ssl", "local_part"),
        password="mailbox_password",
        how=tr(
            "Type the password of your Free mailbox (the one of the Free webmail, not of your "
            "subscriber area). The user name is the part of your address before the @.",
        ),
    ),
    # SFR: ISPDB sfr.fr.xml (smtp.sfr.fr 465 SSL, imap.sfr.fr 993 SSL, the full address; domains
    # sfr.fr, neuf.fr, club-internet.fr), from assistance.sfr.fr "serveurs messagerie SFR".
    "sfr": Preset(
        "sfr", "SFR",
        smtp=Server("smtp.sfr.fr", 465, "ssl"),
        imap=Server("imap.sfr.fr", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "Type the password of your SFR Mail mailbox (SFR has no app password).",
        ),
    ),
    # La Poste: ISPDB laposte.net.xml (smtp.laposte.net 465 SSL, imap.laposte.net 993 SSL);
    # aide.laposte.net: "dans l'adresse prenom.nom@laposte.net, l'identifiant est prenom.nom".
    "laposte": Preset(
        "laposte", "laposte.net",
        smtp=Server("smtp.laposte.net", 465, "ssl", "local_part"),
        imap=Server("imap.laposte.net", 993, "ssl", "local_part"),
        password="mailbox_password",
        how=tr(
            "Type the password of your laposte.net mailbox. The user name is the part of your "
            "address before the @ (prenom.nom).",
        ),
    ),
    # OVHcloud (addresses on one's own domain): ISPDB ovh.net.xml (ssl0.ovh.net: SMTP 465 SSL,
    # IMAP 993 SSL, the full address), from help.ovhcloud.com "Configurer son adresse e-mail".
    "ovh": Preset(
        "ovh", "OVHcloud (MX Plan)",
        smtp=Server("ssl0.ovh.net", 465, "ssl"),
        imap=Server("ssl0.ovh.net", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "Type the password of this e-mail address, set in your OVHcloud control panel "
            "(Web Cloud › E-mails), not the password of your OVHcloud account.",
        ),
        hosts_own_domains=True,
    ),
    # Infomaniak: infomaniak.com/fr/support/faq "connecter Outlook à une adresse mail hébergée
    # chez Infomaniak" (mail.infomaniak.com, SMTP 465 SSL, IMAP 993 SSL, the full address; "Créer
    # un mot de passe sur l'adresse mail pour l'appareil que vous allez configurer").
    "infomaniak": Preset(
        "infomaniak", "Infomaniak",
        smtp=Server("mail.infomaniak.com", 465, "ssl"),
        imap=Server("mail.infomaniak.com", 993, "ssl"),
        password="app_password",
        how=tr(
            "Infomaniak wants a password made for each device: in the Infomaniak Manager, open "
            "this address, create a password for the device “Last Impression” and type it here.",
        ),
        hosts_own_domains=True,
    ),
    # Swisscom: ISPDB bluewin.ch.xml (smtpauths.bluewin.ch 465 SSL, imaps.bluewin.ch 993 SSL,
    # the full address; domains bluewin.ch, bluemail.ch), documentation smtphelp.bluewin.ch.
    "bluewin": Preset(
        "bluewin", "Bluewin (Swisscom)",
        smtp=Server("smtpauths.bluewin.ch", 465, "ssl"),
        imap=Server("imaps.bluewin.ch", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "Type the password of your bluewin.ch address (the one of Swisscom's webmail).",
        ),
    ),
    # Vidéotron: NO SOURCE. Neither the ISPDB nor any page we could read documents its IMAP and
    # SMTP servers; the names below follow the usual pattern and are unconfirmed. ``how`` says
    # so to the user and asks for a test (and Vidéotron's own help) before relying on them.
    "videotron": Preset(
        "videotron", "Vidéotron",
        smtp=Server("smtp.videotron.ca", 465, "ssl"),
        imap=Server("imap.videotron.ca", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "Type the password of your Vidéotron mailbox. These server names could not be checked "
            "against Vidéotron's help pages: press Test, and if it fails, copy the servers that "
            "Vidéotron's help gives into “Another provider”.",
        ),
    ),
    # Fastmail: fastmail.help "Server names and ports" (smtp.fastmail.com 465 SSL, imap.fastmail.com
    # 993 SSL, the full address) and fastmail.com/help/clients/apppassword.html ("every
    # third-party app needs its own app password"); ISPDB messagingengine.com.xml.
    "fastmail": Preset(
        "fastmail", "Fastmail",
        smtp=Server("smtp.fastmail.com", 465, "ssl"),
        imap=Server("imap.fastmail.com", 993, "ssl"),
        password="app_password",
        how=tr(
            "Fastmail needs an app password for every program: Settings › Privacy & Security › "
            "Integrations › New app password, access “Mail”, then type the password it shows here.",
        ),
        hosts_own_domains=True,
    ),
    # GMX: ISPDB gmx.com.xml (gmx.com, gmx.fr, gmx.co.uk, gmx.us…: mail.gmx.com 587 STARTTLS,
    # imap.gmx.com 993 SSL) and gmx.net.xml (gmx.net, gmx.de, gmx.ch, gmx.at: mail.gmx.net,
    # imap.gmx.net), documentation hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html, which
    # also says POP3/IMAP access must be switched on in the mailbox's settings first.
    "gmx": Preset(
        "gmx", "GMX",
        smtp=Server("mail.gmx.com", 587, "starttls"),
        imap=Server("imap.gmx.com", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "First allow POP3/IMAP access in GMX's settings (E-mail › POP3 & IMAP), then type "
            "your GMX password (with two-factor authentication on, an application password made there).",
        ),
    ),
    "gmx.net": Preset(
        "gmx.net", "GMX (gmx.net, gmx.de, gmx.ch)",
        smtp=Server("mail.gmx.net", 587, "starttls"),
        imap=Server("imap.gmx.net", 993, "ssl"),
        password="mailbox_password",
        how=tr(
            "First allow POP3/IMAP access in GMX's settings (E-Mail › POP3 & IMAP Abruf), then "
            "type your GMX password (with two-factor authentication on, an application password made there).",
        ),
    ),
    # Proton: proton.me/support/protonmail-bridge-faq ("use your Proton Mail Bridge password, not
    # your normal Proton Account password", shown in Bridge's Mailbox details; Bridge is for
    # paid plans) and proton.me/support/bridge-ssl-connection-issue (a self-signed certificate;
    # STARTTLS by default). Ports 1025 and 1143 are Bridge's defaults (Bridge may pick others:
    # the words say to copy the ones it shows).
    "proton": Preset(
        "proton", "Proton (Bridge)",
        smtp=Server("127.0.0.1", 1025, "starttls"),
        imap=Server("127.0.0.1", 1143, "starttls"),
        password="bridge_password",
        how=tr(
            "Proton Mail works here only through Proton Mail Bridge (paid plans), running on this "
            "computer. Type the Bridge password shown in Bridge's Mailbox details, not your Proton "
            "password; if Bridge shows other ports, use “Another provider”. Bridge's certificate is "
            "its own: export it (Bridge › Settings › Advanced › Export TLS certificates) and give "
            "the file as the certificate authority file in Settings.",
        ),
        keeps_sent_copy=True,
    ),
}  # fmt: skip

# The domain of an address -> its preset (the ISPDB files above list these domains).
DOMAINS: dict[str, str] = {
    **dict.fromkeys(("gmail.com", "googlemail.com"), "gmail"),
    **dict.fromkeys(
        (
            "outlook.com", "outlook.fr", "outlook.be", "hotmail.com", "hotmail.fr", "hotmail.be",
            "hotmail.ca", "hotmail.co.uk", "live.com", "live.fr", "live.be", "live.ca", "live.co.uk",
            "msn.com", "windowslive.com", "office365.com", "onmicrosoft.com",
        ),
        "outlook",
    ),
    **dict.fromkeys(
        ("yahoo.com", "yahoo.fr", "yahoo.ca", "yahoo.co.uk", "yahoo.de", "ymail.com", "rocketmail.com"), "yahoo"
    ),
    **dict.fromkeys(("icloud.com", "me.com", "mac.com"), "icloud"),
    **dict.fromkeys(("orange.fr", "wanadoo.fr"), "orange"),
    "free.fr": "free",
    **dict.fromkeys(("sfr.fr", "neuf.fr", "club-internet.fr"), "sfr"),
    "laposte.net": "laposte",
    **dict.fromkeys(("ik.me", "ikmail.com", "etik.com"), "infomaniak"),
    **dict.fromkeys(("bluewin.ch", "bluemail.ch"), "bluewin"),
    "videotron.ca": "videotron",
    **dict.fromkeys(("fastmail.com", "fastmail.fm", "messagingengine.com"), "fastmail"),
    **dict.fromkeys(("gmx.com", "gmx.fr", "gmx.co.uk", "gmx.us", "gmx.ca", "gmx.es", "gmx.it"), "gmx"),
    **dict.fromkeys(("gmx.net", "gmx.de", "gmx.ch", "gmx.at"), "gmx.net"),
    **dict.fromkeys(("proton.me", "protonmail.com", "protonmail.ch", "pm.me"), "proton"),
}  # fmt: skip


def domain_of(address: str) -> str:
    """The domain of ``address``, lower-cased ("" when there is no @)."""
    _, at, domain = address.strip().rpartition("@")
    return domain.strip().lower().rstrip(".") if at else ""


def find(address: str) -> Preset | None:
    """The preset for ``address``'s domain, or None (another provider: set it up by hand)."""
    key = DOMAINS.get(domain_of(address))
    return PRESETS[key] if key else None


def username_for(server: Server, address: str) -> str:
    """The user name ``server`` wants for ``address``."""
    address = address.strip()
    return address.rpartition("@")[0] if server.username == "local_part" and "@" in address else address
