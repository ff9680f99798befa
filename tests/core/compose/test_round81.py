"""Blind reviews 80–81, issue 15: proofs paired by one word they share in passing. LCOP training
offered for « les contrats d’entretien hivernal » while the LCOP topic got a purchasing delay
(the acronym was not read); webinars for wine growers called work on « le churn des
viticulteurs » (they share the people only); an AOG recovery "back in service" called knowledge of
"the A321XLR entry into service"; "From 2023 to 2026, I gwo-certified and BOSIET-trained"."""

from __future__ import annotations

from lastimpression.core.compose import details
from lastimpression.core.compose.cvline import first_person
from lastimpression.core.compose.details import _figured, answers, spelled_out


def test_an_acronym_stands_for_a_name_with_its_small_words() -> None:
    training = "Depuis 2024, je forme les gestionnaires de mon service aux règles de la Loi sur les contrats des organismes publics."
    assert spelled_out(training, "la conformité à la LCOP") == 4
    assert answers(training, ["la conformité à la LCOP"])


def test_churn_is_answered_by_renewals_not_by_the_people_it_concerns() -> None:
    topic = "le churn des viticulteurs après leur première saison"
    renewals = "J'ai suivi un portefeuille de 320 exploitations céréalières chez Xarvio, avec un taux de renouvellement de 92 %."
    webinars = "Chez Xarvio, des webinaires mensuels « mildiou et tavelure » que j'animais réunissaient 1 500 arboriculteurs et viticulteurs."
    assert answers(renewals, [topic])
    assert not answers(webinars, [topic])
    assert answers("I cut logo churn from 14% to 6% in a year on a 230-farm book.", ["customer retention"])
    # A fleet's renewal is no customer's.
    assert not answers("J'ai piloté le renouvellement de la flotte de 40 camions.", ["le churn des clients"])


def test_an_entry_into_service_is_no_return_to_service() -> None:
    aog = "In March 2026 I led the AOG recovery of an A321neo in Lanzarote, back in service in 19 hours."
    assert not answers(aog, ["the A321XLR entry into service"])
    eis = "I was on the Aer Lingus team that handled the A330neo entry into service in 2024."
    assert answers(eis, ["the A321XLR entry into service"])


def test_a_certification_typed_as_a_compound_is_what_the_candidate_was() -> None:
    line = "2023–2026: GWO-certified and BOSIET-trained, with 140 days offshore."
    assert (
        first_person(line, "en") == "From 2023 to 2026, I was GWO-certified and BOSIET-trained, with 140 days offshore."
    )
    assert first_person("GWO-certified since 2021.", "en") == "I have been GWO-certified since 2021."
    assert first_person("ISO-certified 3 plants in 2024.", "en") == "I ISO-certified 3 plants in 2024."
    # An adjective before its noun is no deed: left as typed.
    assert first_person("PRINCE2-qualified project manager with 8 years in rail.", "en") == (
        "PRINCE2-qualified project manager with 8 years in rail."
    )


def test_a_rate_keeps_what_it_measures() -> None:
    dhl = "Chez DHL Aviation à Bruxelles, j'ai encadré 35 manutentionnaires sur le shift de nuit avec 98,6 % de départs à l'heure."
    assert _figured(dhl, "fr").endswith("avec 98,6 % de départs à l'heure")
    ramp = "At Heathrow I ran a 40-strong ramp team with 97% of departures on time."
    assert _figured(ramp, "en").endswith("with 97% of departures on time")
    assert _figured("At Amazon, I cut mis-picks by 30% in two years.", "en").endswith("by 30%")


def test_new_staff_trained_are_newcomers() -> None:
    # Round 82: « J’ai formé 11 nouveaux infirmiers… » answers « l’accueil des nouveaux arrivants ».
    topic = "l'accueil des nouveaux arrivants dans l'unité"
    assert answers(
        "J'ai formé 11 nouveaux infirmiers à la surveillance des patients sous assistance circulatoire.", [topic]
    )
    assert not answers("J'ai signé 40 nouveaux clients en 2024.", [topic])
    assert answers("I mentored 9 new nurses through their first year.", ["onboarding new starters"])


def test_every_term_is_read_as_its_own_stem() -> None:
    # Round 82: "pmssys" was read as "pmssy" (a plural's s cut), so a term never held a topic.
    for _, stem in details._TERMS:
        assert details._stems(stem) == {details._KIN.get(stem, stem)}, stem


def test_a_reservation_system_is_one_thing_whatever_its_name() -> None:
    mews = "2024 : migration d'Opera vers Mews pour tout l'établissement, sans une seule nuit de surréservation."
    assert answers(mews, ["le changement de logiciel de réservation prévu cet hiver"])
    opera = "J'ai déployé Opera Cloud pour 236 chambres en 2025, sans aucune nuitée perdue pendant la bascule."
    assert answers(opera, ["la migration vers un nouveau PMS"])
    assert not answers("J'ai chanté à l'Opéra de Lyon pendant 5 ans.", ["la migration vers un nouveau PMS"])
    fish = "I rehoused 9,400 fluid-preserved fish specimens at the Canadian Museum of Nature in Ottawa between 2022 and 2025."
    assert answers(fish, ["the wet collection move to the new storage facility"])
    utilities = "J'ai coordonné 22 impétrants (Vivaqua, Sibelga, Proximus) sur la chaussée de Wavre sans dépasser le délai de 19 mois."
    assert answers(utilities, ["la coordination des chantiers avec les concessionnaires"])
    kyriba = "In 2026 we moved FX hedging from spreadsheets to Kyriba, which saved two days of bank reconciliation every month."
    assert answers(kyriba, ["the move to a new treasury management system"])
