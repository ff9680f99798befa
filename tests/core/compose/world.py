"""A shared table of varied interviews for the composer, the linter and the integration tests.

Plain data only: ``WORLD`` is a list of ``(Candidate, [Recipient], Occasion)``, one entry per
interview, the recipients in the order they were met (a panel when there are several). It
covers French and English; feminine, masculine and neutral candidates; *vous* and *tu*; people
with and without topics; panels of two and three; long company names and roles; accented,
hyphenated and one-word names; France, Alsace-Moselle, Québec, Belgium, Switzerland, the UK
and the US; onsite, video and phone interviews; with and without a decision date.
``promise_date`` is always on a business day after ``decision_by`` (or 7 business days after
the interview), as the plan would set it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from lastimpression.core.messages import Candidate, Occasion, Recipient
from lastimpression.core.panel import PanelMember, main_contact
from lastimpression.core.plan import PlanInterview, PlanPerson, PlanSettings, build_plan, waits_longer

_ZONES = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "CH": "Europe/Zurich", "CA": "America/Toronto",
          "GB": "Europe/London", "US": "America/New_York", "IE": "Europe/Dublin"}  # fmt: skip


def planned(occasion: Occasion, timezone: str = "") -> Occasion:
    """``occasion`` with the follow-up date the real plan sets for an interview that day
    (10:00–11:00 local unless ``start_time`` says otherwise): the date its thank-you promises."""
    zone = timezone or _ZONES.get(occasion.country, "UTC")
    from zoneinfo import ZoneInfo

    start = datetime.combine(occasion.interview_date, occasion.start_time or time(10), ZoneInfo(zone))
    end = start.replace(hour=min(start.hour + 1, 23))
    patient = waits_longer(occasion.role, occasion.language, occasion.country)
    interview = PlanInterview(
        1, start, end, occasion.country, occasion.subdivision, zone, occasion.decision_by, patient
    )
    actions = build_plan(interview, [PlanPerson(1, True)], PlanSettings(zone), datetime(2026, 1, 1, tzinfo=UTC))
    (follow_up,) = [action for action in actions if action.kind == "follow_up"]
    return replace(occasion, promise_date=follow_up.due.date())


def with_main_contact(people: list[Recipient]) -> list[Recipient]:
    """The panel with its main contact marked as the program guesses it (``core.panel``)."""
    chosen = main_contact([PanelMember(person.id, person.title, bool(person.email)) for person in people])
    return [replace(person, main_contact=person.id == chosen) for person in people]


CAMILLE = Candidate(
    "Camille Durand", "camille.durand@example.org", "+33 6 12 34 56 78",
    "https://www.linkedin.com/in/camille-durand-data", "feminine",
    (
        "Chez Datalyse, j’ai migré l’entrepôt de données vers PostgreSQL en quatre mois, sans interruption de service.",
        "J’ai réduit de 40 % la durée des traitements de nuit en parallélisant les pipelines.",
        "At Datalyse I moved the data warehouse to PostgreSQL in four months with no downtime.",
        "I cut the nightly batch time by 40% by running the pipelines in parallel.",
    ),
)  # fmt: skip
HUGO = Candidate(
    "Hugo Lefèvre", "hugo.lefevre@example.org", "+33 7 98 76 54 32", "", "masculine",
    (
        "J’ai conçu l’architecture événementielle d’un système bancaire qui traite deux millions d’opérations par jour.",
        "In my last role I cut the onboarding of a new client from three weeks to four days.",
    ),
)  # fmt: skip
ALEX = Candidate(
    "Alex Rivière", "alex.riviere@example.org", "+32 470 12 34 56", "https://www.linkedin.com/in/alexriviere", "neutral",
    ("J’ai ramené la clôture mensuelle d’un groupe de douze filiales de neuf à cinq jours ouvrés.",),
)  # fmt: skip
# Without proof points: the messages stay honest and the linter asks for one (LI021).
MAUDE = Candidate("Maude Tremblay-Gagnon", "maude.tg@example.org", "+1 514 555 0142", "", "feminine")
SAM = Candidate(
    "Sam O'Connor", "sam.oconnor@example.org", "+44 7700 900123", "https://www.linkedin.com/in/samoconnor", "neutral",
    ("At Wise I led the split of a payments monolith into twelve services without a single outage.",),
)  # fmt: skip
PRIYA = Candidate("Priya Raman", "priya.raman@example.org", "", "", "feminine")  # no phone, no LinkedIn, no proof
JEAN = Candidate(
    "Jean-Émile Bérard", "je.berard@example.org", "+41 79 123 45 67", "", "masculine",
    (
        "À la BCV, j’ai automatisé le calcul des risques de contrepartie pour 300 portefeuilles.",
        "At BCV I automated counterparty risk reporting for 300 portfolios.",
    ),
)  # fmt: skip
LEA = Candidate(
    "Léa Fontaine", "lea.fontaine@example.org", "+33 6 45 67 89 01", "", "feminine",
    (
        "Chez Monoprix, j’ai relancé une gamme de 120 produits et augmenté ses ventes de 18 % en un an.",
        "J’ai animé un réseau de 35 magasins pendant le lancement d’une nouvelle marque.",
    ),
)  # fmt: skip
NOAH = Candidate(
    "Noah Bernard", "noah.bernard@example.org", "+33 7 11 22 33 44", "", "masculine",
    ("Chez Transdev, j’ai réduit de 15 % les retards d’un réseau de 60 lignes en refondant les horaires.",),
)  # fmt: skip
EMILY = Candidate(
    "Emily Carter", "emily.carter@example.com", "+1 617 555 0199", "https://www.linkedin.com/in/emilycarter", "feminine",
    (
        "At Wayfair I grew the conversion rate of the checkout by 12% with a redesign tested on 2 million visits.",
        "I built the design system now used by 40 product teams.",
    ),
)  # fmt: skip

# Issue 15, sixth review: a proof point that matches a topic only in other words (A/B testing
# for "experimentation"), a proof that repeats the topic's words, two proofs for a panel of three.
NORA = Candidate(
    "Nora Haddad", "nora.haddad@example.com", "+1 617 555 0175", "", "feminine",
    ("At Wayfair I ran the A/B testing program that lifted checkout conversion by 4%.",),
)  # fmt: skip
CAMILLE_R = Candidate(
    "Camille Roth", "camille.roth@example.org", "+33 6 12 34 56 78", "", "neutral",
    (
        "Chez Électricité de Strasbourg, j’ai automatisé le relevé de 8 000 compteurs par mois.",
        "J’ai animé un groupe de six techniciens sur la maintenance prédictive.",
    ),
)  # fmt: skip

CLAIRE = Recipient(1, "Claire Martin", "claire.martin@example.org", "Directrice des ressources humaines", "madame")
JULIEN = Recipient(
    2, "Julien Moreau", "julien.moreau@example.org", "Responsable de l’équipe data", "monsieur", "tu",
    ("la migration de l'entrepôt vers PostgreSQL", "les tests de bout en bout des pipelines"),
)  # fmt: skip
NADIA = Recipient(
    3, "Nadia Benali", "nadia.benali@example.org", "Architecte cloud", "madame", "vous",
    ("le passage à Kubernetes",),
)  # fmt: skip

_CASES: list[tuple[Candidate, list[Recipient], Occasion]] = [
    # 1. The Lyon panel of three: vous without topics, tu with two, vous with one.
    (CAMILLE, [CLAIRE, JULIEN, NADIA],
     Occasion("Lumière Analytique", "Ingénieure data", "fr", "FR", date(2026, 12, 3),
              decision_by=date(2026, 12, 17), promise_date=date(2026, 12, 18))),
    # 2. Paris, masculine, a one-person interview with no salutation known, no decision date.
    (HUGO, [Recipient(10, "Dominique Lefort", "d.lefort@example.org", "Directeur technique", "none", "vous",
                      ("l'architecture événementielle du SI",))],
     Occasion("Banque Populaire Rives de Paris", "Architecte logiciel", "fr", "FR", date(2027, 3, 9),
              promise_date=date(2027, 3, 18))),
    # 3. Metz (Moselle), neutral, video interview, a long company name and role.
    (ALEX, [Recipient(11, "Hélène Schmitt-Krüger", "h.schmitt@example.org", "Responsable du recrutement", "madame")],
     Occasion("Compagnie Générale d’Électricité et de Services Industriels de l’Est", "Responsable de mission transition énergétique",
              "fr", "FR", date(2026, 12, 22), subdivision="57", decision_by=date(2027, 1, 8), promise_date=date(2027, 1, 11),
              mode="video")),
    # 4. Montréal, feminine, entrevue, vous, topics.
    (MAUDE, [Recipient(12, "François Côté", "f.cote@example.org", "Directeur des opérations", "monsieur", "vous",
                       ("l’automatisation des rapports financiers", "la gestion du changement"))],
     Occasion("Desjardins", "Analyste d’affaires", "fr", "CA", date(2027, 6, 22), subdivision="QC",
              decision_by=date(2027, 6, 30), promise_date=date(2027, 7, 2))),
    # 5. Québec, masculine, tu, no topics, phone interview.
    (HUGO, [Recipient(13, "Émilie Gagnon", "emilie.gagnon@example.org", "Cheffe d’équipe", "madame", "tu")],
     Occasion("Ubisoft Québec", "Programmeur gameplay", "fr", "CA", date(2027, 2, 10), subdivision="QC",
              promise_date=date(2027, 2, 19), mode="phone")),
    # 6. Brussels, neutral, vous, a panel of two.
    (ALEX, [Recipient(14, "Luc Vandenberghe", "luc.v@example.org", "CFO", "monsieur", "vous", ("la clôture mensuelle en cinq jours",)),
            Recipient(15, "Sophie Peeters", "sophie.p@example.org", "Contrôleuse de gestion", "madame", "vous", ())],
     Occasion("Solvay", "Contrôleur financier", "fr", "BE", date(2027, 4, 14), decision_by=date(2027, 4, 23),
              promise_date=date(2027, 4, 26))),
    # 7. Geneva, masculine, vous, a topic without an article.
    (JEAN, [Recipient(16, "Anne-Sophie Dupont", "as.dupont@example.org", "Responsable RH", "madame", "vous",
                      ("gestion des risques de contrepartie",))],
     Occasion("Banque Cantonale de Genève", "Analyste risques", "fr", "CH", date(2027, 5, 4), subdivision="GE",
              promise_date=date(2027, 5, 13))),
    # 8. Neuchâtel, feminine, tu, an acronym topic.
    (CAMILLE, [Recipient(17, "Marc Jeanneret", "marc.j@example.org", "CTO", "monsieur", "tu", ("PostgreSQL en haute disponibilité",))],
     Occasion("Horlogerie Numérique SA", "Développeuse back-end", "fr", "CH", date(2027, 3, 2), subdivision="NE",
              decision_by=date(2027, 3, 12), promise_date=date(2027, 3, 15))),
    # 9. Strasbourg (Alsace), neutral, tu, two topics.
    (ALEX, [Recipient(18, "Théo Muller", "theo.muller@example.org", "Lead dev", "monsieur", "tu",
                      ("le refactoring du moteur de règles", "l'observabilité avec OpenTelemetry"))],
     Occasion("Électricité de Strasbourg", "Développeur Python", "fr", "FR", date(2026, 12, 23), subdivision="6AE",
              promise_date=date(2027, 1, 5))),
    # 10. Lille, masculine, vous, a one-word name, no topics, hôtellerie role (elision).
    (HUGO, [Recipient(19, "Kowalski", "kowalski@example.org", "Directeur", "monsieur", "vous")],
     Occasion("Accor", "hôtelier de direction", "fr", "FR", date(2027, 9, 1), decision_by=date(2027, 9, 10),
              promise_date=date(2027, 9, 13))),
    # 11. Bordeaux, feminine, vous, emoji and right-to-left text in names.
    (PRIYA, [Recipient(20, "Léa Rousseau 🌟", "lea@example.org", "Responsable produit", "madame", "vous",
                       ("la feuille de route du produit",)),
             Recipient(21, "يوسف الحداد", "youssef@example.org", "Data scientist", "monsieur", "vous", ("les modèles de prévision",))],
     Occasion("Cdiscount", "Product owner", "fr", "FR", date(2027, 1, 14), decision_by=date(2027, 1, 22),
              promise_date=date(2027, 1, 25))),
    # 12. Montréal, English, feminine, the demo's interviewer, video.
    (CAMILLE, [Recipient(30, "Sarah Thompson", "sarah.thompson@example.com", "Head of Data Platform", "madame", "vous",
                         ("streaming ingestion with Kafka", "on-call rotations"))],
     Occasion("Northwind Labs", "Data Engineer", "en", "CA", date(2027, 6, 23), subdivision="QC", promise_date=date(2027, 7, 6),
              mode="video")),
    # 13. London, English, neutral, a panel of three, first names for one.
    (SAM, [Recipient(31, "Oliver Hughes", "o.hughes@example.com", "Engineering Manager", "monsieur", "vous",
                     ("the migration from a monolith to services",)),
           Recipient(32, "Amelia Clarke", "a.clarke@example.com", "Staff Engineer", "madame", "tu", ("the on-call load", "code review culture")),
           Recipient(33, "Chris Patel", "c.patel@example.com", "Recruiter", "none", "vous", ())],
     Occasion("Monzo Bank", "Senior Backend Engineer", "en", "GB", date(2027, 2, 16), decision_by=date(2027, 2, 26),
              promise_date=date(2027, 3, 1))),
    # 14. New York, English, masculine, no topics, no decision date, a long company name.
    (HUGO, [Recipient(34, "Jennifer Lopez-Garcia", "jlg@example.com", "VP Talent", "madame", "vous")],
     Occasion("The International Consolidated Mercantile and Maritime Insurance Company of North America", "Actuarial Analyst",
              "en", "US", date(2027, 4, 6), promise_date=date(2027, 4, 15))),
    # 15. San Francisco, English, feminine without phone or LinkedIn, tu, phone interview.
    (PRIYA, [Recipient(35, "Dave Kim", "dave@example.com", "CTO", "monsieur", "tu", ("scaling the billing system",))],
     Occasion("Stripe", "Software Engineer", "en", "US", date(2027, 5, 11), decision_by=date(2027, 5, 18),
              promise_date=date(2027, 5, 20), mode="phone")),
    # 16. Dublin, English, masculine, a topic with a clause and a 5,000-character tail.
    (JEAN, [Recipient(36, "Siobhán O'Brien", "siobhan@example.com", "Director of Engineering", "madame", "vous",
                      ("the data residency requirements in the EU, which we discussed at length " + "and more " * 600,))],
     Occasion("Intercom", "Platform Engineer", "en", "IE", date(2027, 10, 5), promise_date=date(2027, 10, 14))),
    # 17. Lyon, neutral, vous, a topic about templates.
    (ALEX, [Recipient(40, "Pauline Girard", "p.girard@example.org", "DRH", "madame", "vous", ("la syntaxe des gabarits Jinja",))],
     Occasion("Sopra Steria", "Architecte DevOps", "fr", "FR", date(2027, 3, 16), decision_by=date(2027, 3, 26),
              promise_date=date(2027, 3, 29))),
    # 18. Nantes, masculine, tu, a name with a particle.
    (HUGO, [Recipient(41, "Marie-Hélène de La Tour", "mh@example.org", "Fondatrice", "madame", "tu", ("le financement de la série A",))],
     Occasion("Jolie Start-up", "Premier développeur", "fr", "FR", date(2027, 6, 8), promise_date=date(2027, 6, 17))),
    # 19. Liège, feminine, tu, topics.
    (MAUDE, [Recipient(42, "Grégoire Lambert", "g.lambert@example.org", "Chef de projet", "monsieur", "tu",
                       ("la refonte du portail client", "les ateliers utilisateurs"))],
     Occasion("Ethias", "Analyste fonctionnelle", "fr", "BE", date(2027, 11, 9), decision_by=date(2027, 11, 19),
              promise_date=date(2027, 11, 22))),
    # 20. Lausanne, neutral, vous, no salutation, no topics, phone.
    (ALEX, [Recipient(43, "Andrea Rossi", "a.rossi@example.org", "Recruteur", "none", "vous")],
     Occasion("Nestlé", "Data analyst", "fr", "CH", date(2027, 1, 19), subdivision="VD", promise_date=date(2027, 1, 28),
              mode="phone")),
    # 21. Québec City, neutral, vous, a panel of three.
    (ALEX, [Recipient(44, "Isabelle Roy", "i.roy@example.org", "Directrice RH", "madame", "vous", ("le télétravail hybride",)),
            Recipient(45, "Marc-André Pelletier", "ma.p@example.org", "Gestionnaire", "monsieur", "vous", ()),
            Recipient(46, "Kim Nguyen", "k.nguyen@example.org", "Analyste principale", "none", "tu", ("les tableaux de bord Power BI",))],
     Occasion("Hydro-Québec", "Analyste en intelligence d’affaires", "fr", "CA", date(2027, 9, 14), subdivision="QC",
              decision_by=date(2027, 9, 24), promise_date=date(2027, 9, 27))),
    # 22. Toronto, English, masculine, a recruiter with a question in the topic.
    (JEAN, [Recipient(47, "Emma Wilson", "e.wilson@example.com", "Talent Partner", "madame", "vous", ("why the team moved to Rust?",))],
     Occasion("Shopify", "Staff Developer", "en", "CA", date(2027, 8, 10), subdivision="ON", decision_by=date(2027, 8, 20),
              promise_date=date(2027, 8, 23))),
    # -- The craft suite's cases (issue 15): proof points, main contacts, same-day and next-day
    # thank-yous, companies said with an article, panels of up to six. Their promise dates come
    # from the real plan (``planned``).
    # 23. Paris, feminine, a panel of three at the Galeries Lafayette ("chez les…"), the recruiter
    # is the main contact, thanked the same afternoon.
    (LEA, [Recipient(50, "Sophie Garnier", "s.garnier@example.org", "Chargée de recrutement", "madame", "vous",
                     ("le calendrier du recrutement",)),
           Recipient(51, "Bertrand Leroy", "b.leroy@example.org", "Directeur des achats", "monsieur", "vous",
                     ("la refonte de la gamme maison",)),
           Recipient(52, "Inès Haddad", "i.haddad@example.org", "Cheffe de produit", "madame", "vous",
                     ("les ventes des magasins de province",))],
     planned(Occasion("Galeries Lafayette", "Cheffe de produit textile", "fr", "FR", date(2027, 3, 23),
                      decision_by=date(2027, 4, 2), start_time=time(14, 0), sent_on=date(2027, 3, 23)))),
    # 24. La Réunion, masculine, the next day ("hier"), no decision date, the Crédit Agricole ("au…").
    (NOAH, [Recipient(53, "Mickaël Payet", "m.payet@example.org", "Responsable RH", "monsieur", "vous",
                      ("les horaires des lignes de l’Est",))],
     planned(Occasion("Crédit Agricole de La Réunion", "Chargé d’études", "fr", "FR", date(2027, 5, 18),
                      subdivision="974", start_time=time(10, 0), sent_on=date(2027, 5, 19)), "Indian/Reunion")),
    # 25. Guadeloupe, neutral, tu, a phone interview, no topic: an honest, shorter note.
    (ALEX, [Recipient(54, "Yannick Bélénus", "y.belenus@example.org", "Directeur financier", "monsieur", "tu")],
     planned(Occasion("Air Caraïbes", "Contrôleur de gestion", "fr", "FR", date(2027, 2, 9), subdivision="971",
                      decision_by=date(2027, 2, 19), mode="phone"), "America/Guadeloupe")),
    # 26. Mulhouse (Alsace), feminine, a panel of four at the Laboratoires ("aux…"), the same morning.
    (CAMILLE, [Recipient(55, "Claire Wagner", "c.wagner@example.org", "Talent Acquisition Partner", "madame", "vous", ()),
               Recipient(56, "Jonas Meyer", "j.meyer@example.org", "Responsable data", "monsieur", "vous",
                         ("la qualité des données de production",)),
               Recipient(57, "Élodie Koenig", "e.koenig@example.org", "Pharmacienne", "madame", "vous",
                         ("la traçabilité des lots",)),
               Recipient(58, "Paul Schaeffer", "p.schaeffer@example.org", "Ingénieur", "monsieur", "tu",
                         ("les tableaux de bord de l’usine",))],
     planned(Occasion("Laboratoires Pierre Fabre", "Ingénieure données", "fr", "FR", date(2027, 6, 15), subdivision="6AE",
                      decision_by=date(2027, 6, 25), start_time=time(9, 30), sent_on=date(2027, 6, 15)))),
    # 27. Nantes, masculine, a panel of five at the SNCF ("à la SNCF"), the HR director chosen.
    (NOAH, [Recipient(59, "Agnès Perrin", "a.perrin@example.org", "Directrice des ressources humaines", "madame", "vous", ()),
            Recipient(60, "Thomas Caron", "t.caron@example.org", "Responsable des horaires", "monsieur", "vous",
                      ("la régularité des TER",)),
            Recipient(61, "Lucie Marchand", "l.marchand@example.org", "Cheffe de projet", "madame", "vous",
                      ("le futur système d’information voyageurs",)),
            Recipient(62, "Romain Guérin", "r.guerin@example.org", "Analyste", "monsieur", "tu", ()),
            Recipient(63, "Fatou Diallo", "f.diallo@example.org", "Responsable qualité", "madame", "vous",
                      ("les retours des voyageurs",))],
     planned(Occasion("SNCF", "Chef de projet exploitation", "fr", "FR", date(2027, 9, 21), decision_by=date(2027, 10, 1),
                      start_time=time(10, 0), sent_on=date(2027, 9, 21)))),
    # 28. Bordeaux, neutral, a panel of six at the Banque de France ("à la…"), two without topics.
    (ALEX, [Recipient(64, "Hélène Bertin", "h.bertin@example.org", "Responsable du recrutement", "madame", "vous", ()),
            Recipient(65, "Marc Aubert", "m.aubert@example.org", "Directeur comptable", "monsieur", "vous",
                      ("la clôture des comptes consolidés",)),
            Recipient(66, "Nathalie Roux", "n.roux@example.org", "Auditrice interne", "madame", "vous",
                      ("le contrôle interne des filiales",)),
            Recipient(67, "David Lemoine", "d.lemoine@example.org", "Contrôleur", "monsieur", "vous", ()),
            Recipient(68, "Julie Faure", "j.faure@example.org", "Analyste", "madame", "tu",
                      ("l’automatisation des rapprochements",)),
            Recipient(69, "Olivier Brun", "o.brun@example.org", "Chef de service", "monsieur", "vous",
                      ("les délais de production des états",))],
     planned(Occasion("Banque de France", "Contrôleur financier", "fr", "FR", date(2027, 11, 16),
                      decision_by=date(2027, 11, 26), start_time=time(15, 0), sent_on=date(2027, 11, 17)))),
    # 29. Namur, feminine, vous, the next day.
    (LEA, [Recipient(70, "Geoffrey Dubois", "g.dubois@example.org", "Responsable marketing", "monsieur", "vous",
                     ("le lancement de la marque en Wallonie",))],
     planned(Occasion("Delhaize", "Cheffe de produit", "fr", "BE", date(2027, 4, 20), decision_by=date(2027, 4, 30),
                      start_time=time(11, 0), sent_on=date(2027, 4, 21)))),
    # 30. Brussels, masculine, a panel of two, the same afternoon.
    (HUGO, [Recipient(71, "Véronique Claes", "v.claes@example.org", "HR Business Partner", "madame", "vous", ()),
            Recipient(72, "Kevin Janssens", "k.janssens@example.org", "Architecte", "monsieur", "vous",
                      ("le découpage du SI en événements",))],
     planned(Occasion("Proximus", "Architecte logiciel", "fr", "BE", date(2027, 10, 12), start_time=time(14, 30),
                      sent_on=date(2027, 10, 12)))),
    # 31. Lausanne, feminine, La Poste (its own article), the next day.
    (CAMILLE, [Recipient(73, "Sandrine Favre", "s.favre@example.org", "Responsable RH", "madame", "vous",
                         ("la mesure des délais d’acheminement",))],
     planned(Occasion("La Poste", "Data analyst", "fr", "CH", date(2027, 3, 2), subdivision="VD",
                      decision_by=date(2027, 3, 12), start_time=time(9, 0), sent_on=date(2027, 3, 3)), "Europe/Zurich")),
    # 32. Fribourg, masculine, tu, no proof tied to the topic.
    (JEAN, [Recipient(74, "Nicolas Python", "n.python@example.org", "Chef d’équipe", "monsieur", "tu",
                      ("la migration vers le cloud",))],
     planned(Occasion("Groupe E", "Analyste risques", "fr", "CH", date(2027, 6, 8), subdivision="FR",
                      start_time=time(13, 30), sent_on=date(2027, 6, 8)), "Europe/Zurich")),
    # 33. Montréal, feminine without proof points, a panel of two at the Banque Nationale.
    (MAUDE, [Recipient(75, "Caroline Lavoie", "c.lavoie@example.org", "Conseillère en acquisition de talents", "madame", "vous", ()),
             Recipient(76, "Patrick Bouchard", "p.bouchard@example.org", "Directeur", "monsieur", "vous",
                       ("la modernisation des systèmes de paiement",))],
     planned(Occasion("Banque Nationale", "Analyste d’affaires", "fr", "CA", date(2027, 5, 11), subdivision="QC",
                      decision_by=date(2027, 5, 21), start_time=time(10, 0), sent_on=date(2027, 5, 11)), "America/Toronto")),
    # 34. Sherbrooke, masculine, tu, video, no decision date.
    (NOAH, [Recipient(77, "Mathieu Gagné", "m.gagne@example.org", "Chef des opérations", "monsieur", "tu",
                      ("les horaires d’hiver",))],
     planned(Occasion("Société de transport de Sherbrooke", "Planificateur", "fr", "CA", date(2027, 11, 3),
                      subdivision="QC", mode="video", start_time=time(9, 0), sent_on=date(2027, 11, 4)), "America/Toronto")),
    # 35. Manchester, feminine, a panel of four, the same afternoon.
    (EMILY, [Recipient(78, "Hannah Wright", "h.wright@example.com", "Talent Partner", "madame", "vous", ()),
             Recipient(79, "James Taylor", "j.taylor@example.com", "Head of Product", "monsieur", "vous",
                       ("the checkout redesign",)),
             Recipient(80, "Aisha Khan", "a.khan@example.com", "Design Lead", "madame", "tu", ("the design system",)),
             Recipient(81, "Tom Evans", "t.evans@example.com", "Engineering Manager", "monsieur", "vous",
                       ("release cadence",))],
     planned(Occasion("Auto Trader", "Senior Product Designer", "en", "GB", date(2027, 3, 16),
                      decision_by=date(2027, 3, 26), start_time=time(13, 0), sent_on=date(2027, 3, 16)), "Europe/London")),
    # 36. Edinburgh, masculine, no topic, the next day.
    (HUGO, [Recipient(82, "Fiona MacLeod", "f.macleod@example.com", "Recruitment Manager", "madame", "vous")],
     planned(Occasion("Skyscanner", "Backend Engineer", "en", "GB", date(2027, 6, 22), start_time=time(11, 0),
                      sent_on=date(2027, 6, 23)), "Europe/London")),
    # 37. Boston, feminine, a panel of two, a decision date.
    (EMILY, [Recipient(83, "Rachel Green", "r.green@example.com", "Recruiter", "madame", "vous", ()),
             Recipient(84, "Michael Chen", "m.chen@example.com", "VP Design", "monsieur", "tu", ("the design system",))],
     planned(Occasion("HubSpot", "Design Manager", "en", "US", date(2027, 4, 13), decision_by=date(2027, 4, 23),
                      start_time=time(10, 0), sent_on=date(2027, 4, 13)), "America/New_York")),
    # 38. Austin, neutral, video, the same morning.
    (SAM, [Recipient(85, "Jordan Lee", "j.lee@example.com", "Engineering Director", "none", "vous",
                     ("splitting the monolith",))],
     planned(Occasion("Indeed", "Staff Engineer", "en", "US", date(2027, 8, 17), mode="video", start_time=time(9, 0),
                      sent_on=date(2027, 8, 17)), "America/Chicago")),
    # 39. Chicago, masculine, a panel of five.
    (HUGO, [Recipient(86, "Laura Smith", "l.smith@example.com", "Talent Acquisition Lead", "madame", "vous", ()),
            Recipient(87, "Brian Miller", "b.miller@example.com", "CTO", "monsieur", "vous", ("client onboarding",)),
            Recipient(88, "Nina Patel", "n.patel@example.com", "Product Manager", "madame", "tu", ("the partner API",)),
            Recipient(89, "Carlos Diaz", "c.diaz@example.com", "Engineer", "monsieur", "tu", ()),
            Recipient(90, "Grace Kim", "g.kim@example.com", "Engineering Manager", "madame", "vous", ("on-call load",))],
     planned(Occasion("Grubhub", "Senior Backend Engineer", "en", "US", date(2027, 9, 14), decision_by=date(2027, 9, 24),
                      start_time=time(14, 0), sent_on=date(2027, 9, 15)), "America/Chicago")),
    # 40. Paris, masculine, tu, the Printemps ("au Printemps"), the next day.
    (NOAH, [Recipient(91, "Arthur Petit", "a.petit@example.org", "Directeur logistique", "monsieur", "tu",
                      ("les livraisons du soir",))],
     planned(Occasion("Printemps", "Responsable des flux", "fr", "FR", date(2027, 1, 12), decision_by=date(2027, 1, 22),
                      start_time=time(16, 0), sent_on=date(2027, 1, 13)))),
    # 41. Paris, feminine without proof points, no topic: the honest note.
    (PRIYA, [Recipient(92, "Camille Roussel", "c.roussel@example.org", "Éditrice", "madame", "vous")],
     planned(Occasion("Éditions Gallimard", "Assistante d’édition", "fr", "FR", date(2027, 2, 2),
                      start_time=time(10, 30), sent_on=date(2027, 2, 2)))),
    # 42. Lille, neutral, a panel of two, "what I can bring" given.
    (ALEX, [Recipient(93, "Sébastien Lefebvre", "s.lefebvre@example.org", "Responsable recrutement", "monsieur", "vous", ()),
            Recipient(94, "Manon Dupuis", "m.dupuis@example.org", "Directrice financière", "madame", "vous",
                      ("le pilotage de la trésorerie",))],
     planned(Occasion("Decathlon", "Contrôleur de gestion", "fr", "FR", date(2027, 5, 25), decision_by=date(2027, 6, 4),
                      contribution="Je peux mettre en place un suivi hebdomadaire de la trésorerie, comme je l’ai fait pour douze filiales.",
                      start_time=time(11, 0), sent_on=date(2027, 5, 25)))),
    # 43. Toulouse, masculine, the company's article chosen by the user ("l'Aérospatiale"?): "le".
    (HUGO, [Recipient(95, "Valérie Martinez", "v.martinez@example.org", "DRH", "madame", "vous",
                      ("la sécurité des systèmes embarqués",))],
     planned(Occasion("Groupe Latécoère", "Architecte logiciel", "fr", "FR", date(2027, 7, 6), company_article="le",
                      decision_by=date(2027, 7, 16), start_time=time(10, 0), sent_on=date(2027, 7, 6)))),
    # 44. Leeds, feminine, tu, the next day, two topics.
    (EMILY, [Recipient(96, "Olivia Brown", "o.brown@example.com", "Head of Design", "madame", "tu",
                       ("accessibility audits", "the design system"))],
     planned(Occasion("Sky Betting & Gaming", "Lead Designer", "en", "GB", date(2027, 10, 19), start_time=time(15, 0),
                      sent_on=date(2027, 10, 20)), "Europe/London")),
    # 45. Boston, feminine, "what I can bring" as a noun phrase, a topic the proof meets only in
    # other words ("experimentation culture" / "A/B testing").
    (NORA, [Recipient(97, "Rachel Kim", "r.kim@example.com", "Director of Product Analytics", "madame", "vous",
                      ("experimentation culture",))],
     planned(Occasion("Chewy", "Senior Product Analyst", "en", "US", date(2027, 1, 26), subdivision="MA",
                      decision_by=date(2027, 2, 5), contribution="A faster experiment review process",
                      start_time=time(11, 0), sent_on=date(2027, 1, 26)), "America/New_York")),
    # 46. Strasbourg, neutral, a panel of three for a role with an inclusive ending ("technicien·ne"),
    # two proof points (one repeating a topic's words), the recruiter with no topic.
    (CAMILLE_R, [Recipient(98, "Sandrine Meyer", "s.meyer@example.org", "Chargée de recrutement", "madame", "vous", ()),
                 Recipient(99, "Thomas Weber", "t.weber@example.org", "Responsable maintenance", "monsieur", "vous",
                           ("la maintenance prédictive des transformateurs",)),
                 Recipient(100, "Léa Schmitt", "l.schmitt@example.org", "Ingénieure fiabilité", "madame", "tu",
                           ("les capteurs connectés",))],
     planned(Occasion("Réseau GDS", "Technicien·ne méthodes", "fr", "FR", date(2027, 5, 4), subdivision="6AE",
                      decision_by=date(2027, 5, 14), start_time=time(14, 0), sent_on=date(2027, 5, 4)))),
    # 47. Vevey, masculine, a panel of two where the second member has no topic and the one proof
    # is the main contact's: the second says it otherwise.
    (Candidate("Luca Bianchi", "luca.bianchi@example.ch", "+41 78 555 12 12", "", "masculine",
               ("Chez Nestlé, j’ai conçu la formation aux allergènes suivie par 900 employés de production.",)),
     [Recipient(101, "Anne Rochat", "a.rochat@example.ch", "Responsable RH", "madame", "vous", ("la formation continue",)),
      Recipient(102, "David Morel", "d.morel@example.ch", "Directeur de production", "monsieur", "vous", ())],
     planned(Occasion("Emmi", "Responsable formation", "fr", "CH", date(2027, 11, 9), subdivision="VD",
                      decision_by=date(2027, 11, 19), start_time=time(15, 0), sent_on=date(2027, 11, 9)))),
    # 48. Austin, masculine, a recruiter without a topic and a VP with two: the recruiter's
    # thank-you shows the other proof point.
    (Candidate("Marcus Reed", "marcus.reed@example.com", "+1 512 555 0147", "", "masculine",
               ("At Dell I rebuilt the partner onboarding flow and cut time-to-first-order from 21 to 9 days.",
                "I manage a 14-person inside sales team.")),
     [Recipient(103, "Ashley Morgan", "a.morgan@example.com", "Talent Acquisition Partner", "none", "vous", ()),
      Recipient(104, "Kevin Price", "k.price@example.com", "VP of Sales", "monsieur", "vous",
                ("partner onboarding", "quota planning"))],
     planned(Occasion("HubSpot", "Sales Director", "en", "US", date(2027, 4, 13), subdivision="TX",
                      start_time=time(9, 30), sent_on=date(2027, 4, 13)), "America/Chicago")),
    # 49. Lyon, feminine, a panel of four (the seventh review's shapes): a recruiter and a
    # controller with nothing recorded, a chef de rayon addressed as tu, two proof points for
    # four people. Nobody is credited with a colleague's topic; nobody is told "ton équipe".
    (Candidate("Inès Morel", "ines.morel@example.org", "+33 6 22 33 44 55", "", "feminine",
               ("Chez Leroy Merlin, j’ai réduit de 30 % les ruptures de stock de 40 magasins en refondant les "
                "commandes automatiques.", "J’ai formé 25 chefs de rayon à la lecture des prévisions de ventes.")),
     [Recipient(105, "Nadia Lefèvre", "n.lefevre@example.org", "Responsable du recrutement", "madame", "vous", ()),
      Recipient(106, "Paul Girard", "p.girard@example.org", "Directeur supply chain", "monsieur", "vous",
                ("les commandes automatiques en magasin",)),
      Recipient(107, "Hugo Bernard", "h.bernard@example.org", "Chef de rayon", "monsieur", "tu",
                ("la prévision des ventes",)),
      Recipient(108, "Claire Petit", "c.petit@example.org", "Contrôleuse de gestion", "madame", "vous", ())],
     planned(Occasion("Galeries Lafayette", "Responsable approvisionnement", "fr", "FR", date(2027, 6, 8),
                      decision_by=date(2027, 6, 18), start_time=time(10, 0), sent_on=date(2027, 6, 8)))),
    # 50. Chicago, neutral, a phone interview, "what I can bring" as a noun phrase with a
    # comparative ("a clearer refund policy"): never pasted as a plan, offered in the follow-up.
    (Candidate("Alex Morgan", "alex.morgan@example.com", "+1 312 555 0188", "", "neutral",
               ("At Groupon I reduced refund-related support tickets by 35% by redesigning the refund flow.",)),
     [Recipient(109, "Laura Chen", "l.chen@example.com", "Head of Support", "madame", "vous", ("customer refunds",))],
     planned(Occasion("The Home Depot", "Support Operations Lead", "en", "US", date(2027, 2, 2), subdivision="IL",
                      decision_by=date(2027, 2, 12), mode="phone", contribution="A clearer refund policy for online orders",
                      start_time=time(10, 0), sent_on=date(2027, 2, 2)), "America/Chicago")),
    # 51. London, masculine, video, a recruiter with nothing recorded and a head of operations
    # with two topics: the recruiter's note never says "our conversation about" his topic.
    (Candidate("Oliver Grant", "oliver.grant@example.co.uk", "+44 7700 900789", "", "masculine",
               ("At Transport for London I led the rollout of contactless payments across 270 stations.",
                "I cut the average incident resolution time of a 30-person support team by 40%.")),
     [Recipient(110, "Emma Walsh", "e.walsh@example.co.uk", "HR Business Partner", "madame", "vous", ()),
      Recipient(111, "James Patel", "j.patel@example.co.uk", "Head of Customer Operations", "monsieur", "vous",
                ("incident response", "contactless ticketing"))],
     planned(Occasion("Network Rail", "Operations Manager", "en", "GB", date(2027, 3, 9), decision_by=date(2027, 3, 19),
                      mode="video", start_time=time(14, 0), sent_on=date(2027, 3, 9)), "Europe/London")),
    # 52. Seattle, feminine, a panel of three with one proof point: the recruiter (no topic, the
    # main contact) and the second colleague point back to the proof the first one sees in full.
    (Candidate("Hannah Brooks", "hannah.brooks@example.com", "+1 206 555 0131", "", "feminine",
               ("At Zillow I launched a pricing experiment that lifted listing conversions by 9%.",)),
     [Recipient(112, "Daniel Kim", "d.kim@example.com", "Director of Product", "monsieur", "vous",
                ("pricing experiments",)),
      Recipient(113, "Megan Ross", "m.ross@example.com", "Senior Engineer", "madame", "tu", ("seller onboarding",)),
      Recipient(114, "Rachel Green", "r.green@example.com", "Talent Acquisition Partner", "madame", "vous", ())],
     planned(Occasion("Redfin", "Product Manager", "en", "US", date(2027, 6, 15), subdivision="WA",
                      start_time=time(11, 0), sent_on=date(2027, 6, 15)), "America/Los_Angeles")),
    # 53. Montréal, feminine, a panel of three with three proof points: the recruiter (no topic)
    # gets a proof of her own tied to ONE colleague's topic, named with its owner.
    (Candidate("Émilie Bouchard", "emilie.bouchard@example.ca", "+1 514 555 0163", "", "feminine",
               ("Chez Desjardins, j’ai réduit de 40 % le délai de traitement des réclamations.",
                "J’ai formé 12 agents au nouvel outil de suivi.",
                "Chez Vidéotron, j’ai mis en place un tableau de bord des réclamations suivi chaque semaine.")),
     [Recipient(115, "Isabelle Roy", "i.roy@example.ca", "Directrice du service à la clientèle", "madame", "vous",
                ("le traitement des réclamations",)),
      Recipient(116, "Marc Gagnon", "m.gagnon@example.ca", "Chef d’équipe", "monsieur", "tu", ("la formation des agents",)),
      Recipient(117, "Julie Côté", "j.cote@example.ca", "Conseillère en acquisition de talents", "madame", "vous", ())],
     planned(Occasion("Hydro-Québec", "Chef de service clientèle", "fr", "CA", date(2027, 4, 20), subdivision="QC",
                      decision_by=date(2027, 4, 30), start_time=time(9, 30), sent_on=date(2027, 4, 20)))),
    # 54. Paris, feminine, a panel of six with three people with nothing recorded (round 12): each
    # note hooks on a different topic, unnamed colleague; a role typed in sentence case in English
    # ("Lead data analyst") is lower case mid-sentence; a topic no proof answers ("la roadmap").
    (Candidate("Inès Garnier", "ines.garnier@example.org", "+33 6 31 41 59 26", "", "feminine",
               ("Chez BlaBlaCar, j’ai fait baisser de 25 % les annulations de dernière minute.",
                "J’ai recruté et encadré une équipe de cinq data analysts.",
                "J’ai publié un guide interne sur les tests A/B, repris par trois équipes.")),
     [Recipient(118, "Lucas Fabre", "l.fabre@example.org", "CTO", "monsieur", "tu", ("l’équipe data",)),
      Recipient(119, "Emma Girard", "e.girard@example.org", "Head of Product", "madame", "tu", ("la roadmap", "les tests A/B")),
      Recipient(120, "Hugo Petit", "h.petit@example.org", "Data engineer", "monsieur", "tu", ()),
      Recipient(121, "Léa Marchand", "l.marchand@example.org", "Talent Acquisition", "madame", "tu", ()),
      Recipient(122, "Sami Bouzid", "s.bouzid@example.org", "Analytics lead", "monsieur", "tu", ("les annulations",)),
      Recipient(123, "Zoé Lambert", "z.lambert@example.org", "CEO", "madame", "vous", ())],
     planned(Occasion("Getaround", "Lead data analyst", "fr", "FR", date(2027, 6, 22), decision_by=date(2027, 7, 2),
                      contribution="un cadre commun pour les tests A/B", start_time=time(14, 0),
                      sent_on=date(2027, 6, 23)))),
    # 55. Cardiff, masculine, a panel of five (three with nothing recorded): English topics typed
    # without an article stay so ("claims triage", never "the claims triage"); one topic
    # ("pricing governance") no proof answers.
    (Candidate("Rhys Evans", "rhys.evans@example.co.uk", "+44 7700 900777", "", "masculine",
               ("At Admiral I built the claims triage model that cut handling time by 22%.",
                "I set up the model monitoring dashboards used by four product teams.")),
     [Recipient(124, "Gareth Jones", "g.jones@example.co.uk", "Head of Data Science", "monsieur", "vous",
                ("claims triage", "model monitoring")),
      Recipient(125, "Bethan Price", "b.price@example.co.uk", "Pricing Director", "madame", "tu", ("pricing governance",)),
      Recipient(126, "Owen Hughes", "o.hughes@example.co.uk", "HR Business Partner", "monsieur", "vous", ()),
      Recipient(127, "Carys Morgan", "c.morgan@example.co.uk", "Engineering Manager", "madame", "vous", ()),
      Recipient(128, "Tom Rees", "t.rees@example.co.uk", "Actuary", "monsieur", "vous", ())],
     planned(Occasion("Principality Building Society", "Lead Data Scientist", "en", "GB", date(2027, 4, 13),
                      start_time=time(10, 0), sent_on=date(2027, 4, 13)), "Europe/London")),
    # 56–57. A panel of six where only one person has a topic (round 12): five notes hook on the
    # same topic and five thank-yous credit it, each in its own wording; neutral candidates.
    *[
        (Candidate("Alex Martin", "a.martin@example.org", "+33 6 12 00 00 01", "", "neutral", proofs),
         [Recipient(129 + offset, "Paul Durand", "p.durand@example.org", "Directeur technique", "monsieur", "vous",
                    (topic,)),
          Recipient(130 + offset, "Marie Petit", "m.petit@example.org", "Responsable RH", "madame", "vous", ()),
          Recipient(131 + offset, "Jean Moreau", "j.moreau@example.org", "Architecte", "monsieur", "vous", ()),
          Recipient(132 + offset, "Lucie Bernard", "l.bernard@example.org", "Product manager", "madame", "vous", ()),
          Recipient(133 + offset, "Marc Leroy", "m.leroy@example.org", "SRE lead", "monsieur", "tu", ()),
          Recipient(134 + offset, "Anne Roux", "a.roux@example.org", "CFO", "madame", "vous", ())],
         planned(Occasion("OVHcloud", role, language, country, date(2027, 3, 9), start_time=time(10, 0),
                          sent_on=date(2027, 3, 9))))
        for offset, language, country, role, topic, proofs in [
            (0, "fr", "FR", "Ingénieur fiabilité", "la gestion des incidents",
             ("Chez Orange, j’ai réduit de 30 % le délai de résolution des incidents.",
              "J’ai formé 20 ingénieurs à l’astreinte.")),
            (6, "en", "US", "Site Reliability Engineer", "incident management",
             ("At Twilio I cut incident resolution time by 30%.", "I trained 20 engineers for on-call duty.")),
        ]
    ],
]  # fmt: skip

WORLD: list[tuple[Candidate, list[Recipient], Occasion]] = [
    (candidate, with_main_contact(people), occasion) for candidate, people, occasion in _CASES
]
