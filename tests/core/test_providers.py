"""The mail providers' presets: an address finds its provider's servers, the user name is written
as each provider wants it, and the words on the password exist in both languages."""

from __future__ import annotations

import pytest

from lastimpression.core import providers
from lastimpression.core.compose.typography import typeset


@pytest.mark.parametrize(
    ("address", "provider", "smtp", "imap"),
    [
        ("camille@gmail.com", "gmail", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993, "ssl")),
        ("camille@googlemail.com", "gmail", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993, "ssl")),
        ("camille@outlook.com", "outlook", ("smtp-mail.outlook.com", 587, "starttls"), ("outlook.office365.com", 993, "ssl")),
        ("camille@hotmail.com", "outlook", ("smtp-mail.outlook.com", 587, "starttls"), ("outlook.office365.com", 993, "ssl")),
        ("camille@live.fr", "outlook", ("smtp-mail.outlook.com", 587, "starttls"), ("outlook.office365.com", 993, "ssl")),
        ("camille@outlook.fr", "outlook", ("smtp-mail.outlook.com", 587, "starttls"), ("outlook.office365.com", 993, "ssl")),
        ("camille@yahoo.fr", "yahoo", ("smtp.mail.yahoo.com", 465, "ssl"), ("imap.mail.yahoo.com", 993, "ssl")),
        ("camille@yahoo.com", "yahoo", ("smtp.mail.yahoo.com", 465, "ssl"), ("imap.mail.yahoo.com", 993, "ssl")),
        ("camille@icloud.com", "icloud", ("smtp.mail.me.com", 587, "starttls"), ("imap.mail.me.com", 993, "ssl")),
        ("camille@me.com", "icloud", ("smtp.mail.me.com", 587, "starttls"), ("imap.mail.me.com", 993, "ssl")),
        ("camille@mac.com", "icloud", ("smtp.mail.me.com", 587, "starttls"), ("imap.mail.me.com", 993, "ssl")),
        ("camille@orange.fr", "orange", ("smtp.orange.fr", 465, "ssl"), ("imap.orange.fr", 993, "ssl")),
        ("camille@wanadoo.fr", "orange", ("smtp.orange.fr", 465, "ssl"), ("imap.orange.fr", 993, "ssl")),
        ("camille@free.fr", "free", ("smtp.free.fr", 465, "ssl"), ("imap.free.fr", 993, "ssl")),
        ("camille@sfr.fr", "sfr", ("smtp.sfr.fr", 465, "ssl"), ("imap.sfr.fr", 993, "ssl")),
        ("camille@neuf.fr", "sfr", ("smtp.sfr.fr", 465, "ssl"), ("imap.sfr.fr", 993, "ssl")),
        ("camille@laposte.net", "laposte", ("smtp.laposte.net", 465, "ssl"), ("imap.laposte.net", 993, "ssl")),
        ("camille@ik.me", "infomaniak", ("mail.infomaniak.com", 465, "ssl"), ("mail.infomaniak.com", 993, "ssl")),
        ("camille@bluewin.ch", "bluewin", ("smtpauths.bluewin.ch", 465, "ssl"), ("imaps.bluewin.ch", 993, "ssl")),
        ("camille@videotron.ca", "videotron", ("smtp.videotron.ca", 465, "ssl"), ("imap.videotron.ca", 993, "ssl")),
        ("camille@fastmail.com", "fastmail", ("smtp.fastmail.com", 465, "ssl"), ("imap.fastmail.com", 993, "ssl")),
        ("camille@gmx.fr", "gmx", ("mail.gmx.com", 587, "starttls"), ("imap.gmx.com", 993, "ssl")),
        ("camille@gmx.com", "gmx", ("mail.gmx.com", 587, "starttls"), ("imap.gmx.com", 993, "ssl")),
        ("camille@gmx.net", "gmx.net", ("mail.gmx.net", 587, "starttls"), ("imap.gmx.net", 993, "ssl")),
        ("camille@proton.me", "proton", ("127.0.0.1", 1025, "starttls"), ("127.0.0.1", 1143, "starttls")),
        ("camille@protonmail.com", "proton", ("127.0.0.1", 1025, "starttls"), ("127.0.0.1", 1143, "starttls")),
        ("Camille.Durand@GMAIL.COM ", "gmail", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993, "ssl")),
    ],
)  # fmt: skip
def test_an_address_finds_its_providers_servers(
    address: str, provider: str, smtp: tuple[str, int, str], imap: tuple[str, int, str]
) -> None:
    found = providers.find(address)
    assert found is not None and found.key == provider
    assert (found.smtp.host, found.smtp.port, found.smtp.security) == smtp
    assert (found.imap.host, found.imap.port, found.imap.security) == imap


@pytest.mark.parametrize("address", ["camille@durand-conseil.fr", "camille@example.org", "camille", ""])
def test_another_domain_finds_nothing_and_is_set_up_by_hand(address: str) -> None:
    assert providers.find(address) is None


def test_the_providers_that_host_ones_own_domain_are_offered_by_name() -> None:
    own = {preset.key for preset in providers.PRESETS.values() if preset.hosts_own_domains}
    assert {"ovh", "infomaniak", "fastmail"} <= own
    assert providers.PRESETS["ovh"].smtp.host == "ssl0.ovh.net" and providers.PRESETS["ovh"].imap.port == 993


def test_each_provider_gets_the_user_name_it_wants() -> None:
    free, icloud = providers.PRESETS["free"], providers.PRESETS["icloud"]
    assert providers.username_for(free.smtp, "camille.durand@free.fr") == "camille.durand"
    assert providers.username_for(providers.PRESETS["laposte"].imap, "camille.durand@laposte.net") == "camille.durand"
    # Apple: the name part for IMAP, the whole address for SMTP.
    assert providers.username_for(icloud.imap, "camille@icloud.com") == "camille"
    assert providers.username_for(icloud.smtp, "camille@icloud.com") == "camille@icloud.com"
    assert providers.username_for(providers.PRESETS["gmail"].smtp, "camille@gmail.com") == "camille@gmail.com"


def test_oauth2_only_providers_say_they_are_not_supported_yet() -> None:
    outlook = providers.find("camille@hotmail.fr")
    assert outlook is not None and not outlook.supported and outlook.password == "oauth2_only"
    assert "not support" in outlook.words("en") and "ne sait pas encore" in outlook.words("fr")
    assert all(preset.supported for preset in providers.PRESETS.values() if preset.key != "outlook")


@pytest.mark.parametrize("preset", list(providers.PRESETS.values()), ids=lambda preset: preset.key)
def test_the_words_on_the_password_are_in_both_languages_with_french_typography(preset: providers.Preset) -> None:
    english, french = preset.words("en"), preset.words("fr")
    assert english and french and english != french
    assert typeset(french, "fr", "FR") == french
    if preset.password == "app_password":
        assert "app" in english.lower() or "device" in english


def test_every_domain_points_to_a_preset() -> None:
    assert set(providers.DOMAINS.values()) <= set(providers.PRESETS)
