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

from datetime import date

from lastimpression.core.messages import Candidate, Occasion, Recipient

CAMILLE = Candidate(
    "Camille Durand", "camille.durand@example.org", "+33 6 12 34 56 78",
    "https://www.linkedin.com/in/camille-durand-data", "feminine",
)  # fmt: skip
HUGO = Candidate("Hugo Lefèvre", "hugo.lefevre@example.org", "+33 7 98 76 54 32", "", "masculine")
ALEX = Candidate(
    "Alex Rivière", "alex.riviere@example.org", "+32 470 12 34 56", "https://www.linkedin.com/in/alexriviere", "neutral"
)
MAUDE = Candidate("Maude Tremblay-Gagnon", "maude.tg@example.org", "+1 514 555 0142", "", "feminine")
SAM = Candidate(
    "Sam O'Connor", "sam.oconnor@example.org", "+44 7700 900123", "https://www.linkedin.com/in/samoconnor", "neutral"
)
PRIYA = Candidate("Priya Raman", "priya.raman@example.org", "", "", "feminine")  # no phone, no LinkedIn
JEAN = Candidate("Jean-Émile Bérard", "je.berard@example.org", "+41 79 123 45 67", "", "masculine")

CLAIRE = Recipient(1, "Claire Martin", "claire.martin@example.org", "Directrice des ressources humaines", "madame")
JULIEN = Recipient(
    2, "Julien Moreau", "julien.moreau@example.org", "Responsable de l’équipe data", "monsieur", "tu",
    ("la migration de l'entrepôt vers PostgreSQL", "les tests de bout en bout des pipelines"),
)  # fmt: skip
NADIA = Recipient(
    3, "Nadia Benali", "nadia.benali@example.org", "Architecte cloud", "madame", "vous",
    ("le passage à Kubernetes",),
)  # fmt: skip

WORLD: list[tuple[Candidate, list[Recipient], Occasion]] = [
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
]  # fmt: skip
