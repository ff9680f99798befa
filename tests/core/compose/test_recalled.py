"""A proof pointed back to is shortened only at a phrase boundary (lead_notes3, item 1).

Round 14: "mon expérience chez Doctolib, où j’ai réduit le temps de prise." (the proof: "réduit de
30 % le temps de prise en main des nouveaux cabinets") and "où j’ai automatisé le tri de 1,2
million." (proof: "1,2 million de colis par jour"): broken French that changes the meaning.
"""

from __future__ import annotations

import re

import pytest

from lastimpression.core.compose import compose
from lastimpression.core.compose.details import language_of, recalled
from tests.core.compose.world import WORLD

# Proof points of the blind reviews' cases (make10–make14), all with a place.
REVIEW_PROOFS = (
    "At Admiral I built the claims triage model that cut handling time by 22%.",
    "At Belfast City Council I rolled out the digital parking permit used by 40,000 residents.",
    "At Dell I built the supplier-risk dashboard that flagged 30 at-risk vendors before shortages.",
    "At Fidelity I automated the quarterly compliance report, saving 120 analyst hours a quarter.",
    "At Grubhub I built the churn model that flagged at-risk restaurants two months earlier.",
    "At John Lewis I redesigned the returns process and cut refund times from ten days to three.",
    "At Lyft I led the accessibility audit of the rider app and fixed 120 issues before launch.",
    "At Moderna I validated the cold-chain process for 300 clinical sites.",
    "At Morningstar I launched the ESG data product used by 900 advisers.",
    "At NHS Lothian I cut outpatient waiting lists by 18% in a year by redesigning referral triage.",
    "At Ocado I launched the substitution-recommendation feature, raising order accuracy to 99.2%.",
    "At Shopify I reduced checkout errors by 35% by rebuilding the address validation service.",
    "At Spotify I ran the onboarding redesign that raised 30-day retention by 6 points.",
    "At Stripe I rebuilt the fraud rules engine, cutting false positives by 30%.",
    "At Tesco I cut food waste in 80 stores by 15% with a markdown pricing pilot.",
    "At Zillow I cut the cloud bill by $2.4M a year by rightsizing the data platform.",
    "Au CHU de Guadeloupe, j’ai réorganisé le planning de 300 soignants.",
    "Chez BlaBlaCar, j’ai fait baisser de 25 % les annulations de dernière minute.",
    "Chez Bombardier, j’ai coordonné la qualification de 200 fournisseurs en un an.",
    "Chez CGI, j’ai dirigé la migration infonuagique de 120 applications.",
    "Chez Colruyt, j’ai déployé les caisses libre-service dans 25 magasins en huit mois.",
    "Chez Decathlon, j’ai fait passer le taux de retour en ligne de 12 % à 8 %.",
    "Chez Desjardins, j’ai conçu le tableau de bord de risque utilisé par 60 gestionnaires.",
    "Chez Doctolib, j’ai réduit de 30 % le temps de prise en main des nouveaux cabinets.",
    "Chez Ethias, j’ai réduit de 40 % le délai de traitement des sinistres auto.",
    "Chez Firmenich, j’ai lancé trois parfums pour des marques de distribution en 18 mois.",
    "Chez Fnac Darty, j’ai réduit de 35 % le délai de réparation des produits sous garantie.",
    "Chez Groupe E, j’ai planifié le raccordement de 3 000 installations solaires.",
    "Chez Hydro-Québec, j’ai lancé un portail client qui a diminué de 30 % les appels au centre de contact.",
    "Chez Hydro-Québec, j’ai mené le remplacement de 50 000 compteurs en 14 mois.",
    "Chez Kiabi, j’ai réduit de 22 % les ruptures en magasin en revoyant le réassort hebdomadaire.",
    "Chez Leboncoin, j’ai fait passer le taux de conversion mobile de 2,1 % à 3,4 %.",
    "Chez Michelin, j’ai mis en place la maintenance prédictive sur 40 presses.",
    "Chez Nestlé, j’ai conduit l’audit de durabilité de 40 fournisseurs de cacao.",
    "Chez Orange, j’ai supervisé le déploiement de la fibre dans 12 communes rurales.",
    "Chez Proximus, j’ai conduit la migration de 400 000 clients vers la nouvelle facturation.",
    "Chez Raiffeisen, j’ai réduit de moitié le temps d’ouverture d’un compte en ligne.",
    "Chez Solvay, j’ai réduit de 12 % la consommation d’énergie d’une ligne de production.",
    "Chez Swiss Re, j’ai automatisé le rapprochement comptable mensuel, qui prend désormais deux jours au lieu de six.",
    "Chez Swissquote, j’ai conduit le lancement de l’application mobile de trading.",
    "Chez Ubisoft Montréal, j’ai livré l’outil de localisation utilisé sur 14 jeux.",
    "Chez Würth, j’ai réduit de 20 % les ruptures de stock sur 3 000 références.",
    "Chez bpost, j’ai automatisé le tri de 1,2 million de colis par jour.",
    "Chez bpost, j’ai réorganisé les tournées de 60 facteurs et réduit les kilomètres parcourus de 12 %.",
    "À la CTM, j’ai piloté la dématérialisation de 15 démarches en ligne.",
    "À la Région Réunion, j’ai monté un dispositif d’aide aux PME qui a financé 140 entreprises.",
    "À la SNCF, j’ai piloté la rénovation de la signalisation sur 80 km de ligne.",
)
PROOFS = sorted(set(REVIEW_PROOFS) | {point for candidate, _, _ in WORLD for point in candidate.proof_points})
# Where a proof may be cut: before a part that goes whole (a place, a means, a purpose, a
# relative clause, a participle bringing a figure, "en 14 mois", "par jour") or at its end.
BOUNDARY = re.compile(
    r"^(?:dans|pour|sur|avec|grâce|auprès|chez|sans|tout|qui|dont|où|et|via|in|by|from|to|for|across|over|"
    r"within|with|at|on|into|that|which|who|where|while|and|saving|now|using|through|via|after|before|"
    r"during|per|used|utilisée?s?|suivie?s?|en \S*\d|en (?:un|une|deux|trois|quatre|six|huit|douze)\b|"
    r"en \w+ant\b|par (?:jour|an|mois|semaine)|par \S*\d|raising|cutting)"
)
# (« en un an » ends a French clause: "an" is the year, not an English article.)
UNFINISHED = re.compile(
    r"(?:\b(?:de|d’|du|des|le|la|les|l’|un|une|à|au|aux|of|the|a|(?<!\bun )an|to|million|millions)|\d)$"
)


@pytest.mark.parametrize("proof", PROOFS)
def test_a_recalled_proof_is_cut_only_where_a_whole_part_goes(proof: str) -> None:
    language = "fr" if language_of(proof) == "fr" else "en"
    said = recalled(proof, language)
    if not said:
        return  # the caller names the place only
    clause = said.split(", où j’" if language == "fr" else ", where I ", 1)[1]
    assert not UNFINISHED.search(clause), (proof, said)
    # Every word kept comes from the proof, in order; what follows the last one in the proof is a
    # whole removable part, or nothing.
    rest = proof.rstrip(".!…")
    last = clause.split()[-1]
    after = rest[rest.rindex(f" {last}") + len(last) + 1 :].lstrip(" ,")
    assert not after or BOUNDARY.match(after), (proof, said, after)


@pytest.mark.parametrize(
    ("proof", "said"),
    [
        ("Chez Doctolib, j’ai réduit de 30 % le temps de prise en main des nouveaux cabinets.",
         "mon expérience chez Doctolib, où j’ai réduit de 30 % le temps de prise en main des nouveaux cabinets"),
        ("Chez bpost, j’ai automatisé le tri de 1,2 million de colis par jour.",
         "mon expérience chez bpost, où j’ai automatisé le tri de 1,2 million de colis"),
        ("Chez Hydro-Québec, j’ai mené le remplacement de 50 000 compteurs en 14 mois.",
         "mon expérience chez Hydro-Québec, où j’ai mené le remplacement de 50 000 compteurs"),
        ("Chez Kiabi, j’ai réduit de 22 % les ruptures en magasin en revoyant le réassort hebdomadaire.",
         "mon expérience chez Kiabi, où j’ai réduit de 22 % les ruptures en magasin"),
        # Round 18 (verdicts §5 item 3): a percentage stays with its verb, in English too.
        ("At SSE Renewables I cut turbine downtime by 18% with a predictive maintenance programme.",
         "my work at SSE Renewables, where I cut turbine downtime by 18%"),
        ("Chez Ubisoft Montréal, j’ai livré l’outil de localisation utilisé sur 14 jeux.",
         "mon expérience chez Ubisoft Montréal, où j’ai livré l’outil de localisation"),
        ("At Belfast City Council I rolled out the digital parking permit used by 40,000 residents.",
         "my work at Belfast City Council, where I rolled out the digital parking permit"),
        ("Chez Nestlé, j’ai conduit l’audit de durabilité de 40 fournisseurs de cacao.", ""),
    ],
)  # fmt: skip
def test_a_figure_goes_with_its_whole_part_never_with_half_a_noun_phrase(proof: str, said: str) -> None:
    assert recalled(proof, language_of(proof)) == said


def test_no_message_of_the_craft_suite_ends_a_recalled_proof_mid_phrase() -> None:
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert not re.search(r"(?:\bde prise|\bde|\bd’|\bmillion|\d)[.,]? *$", body.split("\n\n")[2].split(".")[0])
            for clause in re.findall(r"(?:, où j’|, where I )([^.;:]+)", body):
                assert not UNFINISHED.search(clause.strip()), (person.name, clause)
