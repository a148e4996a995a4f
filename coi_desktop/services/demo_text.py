"""The words of the demo workshop: a hand-written core and phrase fragments for scaling.

The core is one plausible workshop ("Softwarerobotter i hjemmeplejen": a municipality, a region
and suppliers exploring software robots in home care), every text in Danish and English as a
`(da, en)` pair. The fragments let `demo.build_demo(cards=N)` write thousands more cards that
still read like something said in such a room. Everything here is fictional.
"""

from __future__ import annotations

Text = tuple[str, str]  # (da, en)

DATE = "2026-03-12"
RETENTION_DATE = "2027-03-12"
TZ = "+01:00"

INFO: dict[str, Text] = {
    "title": ("Softwarerobotter i hjemmeplejen", "Software robots in home care"),
    "purpose": (
        "At kortlægge aktører, barrierer og muligheder, før Vesterå Kommune og Region Midtvest "
        "går i markedsdialog om softwarerobotter, der kan frigøre tid i hjemmeplejens "
        "planlægning og dokumentation.",
        "To map actors, barriers and opportunities before Vesterå Municipality and Region "
        "Midtvest open a market dialogue on software robots that can free time in home care "
        "planning and documentation."),
    "location": ("Vesterå Rådhus, mødelokale 2.14", "Vesterå Town Hall, meeting room 2.14"),
    "facilitator": ("Mette Holm, Center for Offentlig Innovation",
                    "Mette Holm, Center for Offentlig Innovation"),
    "organiser": ("Vesterå Kommune, Sundhed og Omsorg",
                  "Vesterå Municipality, Health and Care"),
    "notes": (
        "Samtykkeerklæringer indsamlet ved døren. Fire deltagere ønsker ikke at blive "
        "navngivet i rapporten.",
        "Consent forms collected at the door. Four participants do not want to be named in "
        "the report."),
}

CANVASES: dict[str, Text] = {
    "actors": ("Aktører: magt og interesse", "Actors: power and interest"),
    "barriers": ("Barrierer i hjemmeplejen", "Barriers in home care"),
    "opportunities": ("Muligheder og handlinger", "Opportunities and actions"),
}

# name, organisation, sector, role, email, consent
PARTICIPANTS: list[tuple[str, Text, str, str, str, bool]] = [
    ("Anne Sørensen", ("Vesterå Kommune", "Vesterå Municipality"), "municipality",
     "need_owner", "anne.sorensen@vesteraa.example", True),
    ("Jens Kristensen", ("Vesterå Kommune", "Vesterå Municipality"), "municipality",
     "procurement_unit", "jens.kristensen@vesteraa.example", True),
    ("Birgitte Lund", ("Vesterå Kommune", "Vesterå Municipality"), "municipality",
     "front_line", "", False),
    ("Lars Mikkelsen", ("Vesterå Kommune", "Vesterå Municipality"), "municipality",
     "administrative_leadership", "lars.mikkelsen@vesteraa.example", True),
    ("Sofie Andersen", ("Region Midtvest", "Region Midtvest"), "region", "innovation_unit",
     "sofie.andersen@regionmidtvest.example", True),
    ("Peter Nielsen", ("Region Midtvest", "Region Midtvest"), "region", "data_controller",
     "", False),
    ("Mads Jensen", ("RoboCare ApS", "RoboCare ApS"), "sme", "supplier",
     "mj@robocare.example", True),
    ("Camilla Berg", ("Nordisk Automatisering A/S", "Nordisk Automatisering A/S"), "company",
     "supplier", "cb@nordiskautomatisering.example", True),
    ("Ahmed Hassan", ("DigiPleje ApS", "DigiPleje ApS"), "sme", "supplier", "", False),
    ("Louise Thomsen", ("Velfærdsteknologisk Klynge Vest", "Welfare Technology Cluster West"),
     "cluster", "cluster_organisation", "lt@klyngevest.example", True),
    ("Henrik Poulsen", ("Professionshøjskolen Vest", "University College West"), "knowledge",
     "knowledge_institution", "", True),
    ("Karen Mortensen", ("Ældrerådet i Vesterå", "Vesterå Senior Citizens' Council"),
     "citizen", "end_user", "", False),
]

# key, title, description, sector, role, organisation, power, interest, contributor index
ACTORS: list[tuple[str, Text, Text, str, str, Text, int, int, int | None]] = [
    ("homecare", ("Hjemmeplejen i Vesterå", "Home care in Vesterå"),
     ("Planlæggere og assistenter bruger op til to timer om dagen på at lægge ruter om og "
      "dokumentere besøg.", "Planners and care workers spend up to two hours a day re-planning "
      "routes and documenting visits."), "municipality", "need_owner",
     ("Vesterå Kommune", "Vesterå Municipality"), 3, 5, 0),
    ("procurement", ("Udbud og Indkøb", "Procurement unit"),
     ("Skal sikre, at markedsdialogen holder sig inden for udbudsreglerne.",
      "Must keep the market dialogue within procurement law."), "municipality",
     "procurement_unit", ("Vesterå Kommune", "Vesterå Municipality"), 3, 3, 1),
    ("director", ("Direktionen for Sundhed og Omsorg", "Health and Care executive board"),
     ("Har sat frigørelse af tid til borgerne som mål for 2026.",
      "Has set freeing time for citizens as its 2026 goal."), "municipality",
     "administrative_leadership", ("Vesterå Kommune", "Vesterå Municipality"), 5, 3, 3),
    ("committee", ("Ældre- og Sundhedsudvalget", "Elderly and Health Committee"),
     ("Godkender budgettet; har spurgt til erfaringer fra andre kommuner.",
      "Approves the budget; has asked about other municipalities' experience."),
     "municipality", "political_leadership", ("Vesterå Kommune", "Vesterå Municipality"),
     5, 2, 3),
    ("it", ("IT og Digitalisering", "IT and Digitalisation"),
     ("Drifter robotplatformen og er dataansvarlig for integrationerne.",
      "Runs the robot platform and is data controller for the integrations."),
     "municipality", "data_controller", ("Vesterå Kommune", "Vesterå Municipality"), 4, 4, 1),
    ("region", ("Region Midtvest, Innovation", "Region Midtvest, Innovation"),
     ("Vil bruge forløbet som model for de andre kommuner i regionen.",
      "Wants to use the project as a model for the region's other municipalities."),
     "region", "innovation_unit", ("Region Midtvest", "Region Midtvest"), 3, 4, 4),
    ("staff", ("Social- og sundhedsassistenterne", "Social and health care assistants"),
     ("Kender arbejdsgangene bedst og skal leve med robotterne i hverdagen.",
      "Know the routines best and will live with the robots every day."), "municipality",
     "front_line", ("Vesterå Kommune", "Vesterå Municipality"), 2, 5, 2),
    ("union", ("FOA, lokalafdelingen", "FOA, local branch"),
     ("Støtter forsøget, hvis den frigjorte tid bliver hos borgerne.",
      "Supports the trial if the freed time stays with citizens."), "foundation", "",
     ("FOA", "FOA"), 2, 3, 2),
    ("robocare", ("RoboCare ApS", "RoboCare ApS"),
     ("Lille leverandør med en robot til dokumentation i ældreplejen.",
      "A small supplier with a documentation robot for elderly care."), "sme", "supplier",
     ("RoboCare ApS", "RoboCare ApS"), 2, 5, 6),
    ("nordisk", ("Nordisk Automatisering A/S", "Nordisk Automatisering A/S"),
     ("Stor leverandør af RPA-platforme til staten og regionerne.",
      "Large supplier of RPA platforms to the state and the regions."), "company", "supplier",
     ("Nordisk Automatisering A/S", "Nordisk Automatisering A/S"), 2, 4, 7),
    ("ehr_vendor", ("Leverandøren af omsorgssystemet", "The care record system vendor"),
     ("Styrer adgangen til data og snitflader i omsorgsjournalen.",
      "Controls access to the data and interfaces of the care record."), "company",
     "supplier", ("Omsorgsdata A/S", "Omsorgsdata A/S"), 4, 2, 1),
    ("digst", ("Digitaliseringsstyrelsen", "Agency for Digital Government"),
     ("Vejleder om lovhjemmel til automatisering i den offentlige forvaltning.",
      "Advises on the legal basis for automation in public administration."), "state", "",
     ("Digitaliseringsstyrelsen", "Agency for Digital Government"), 3, 1, None),
    ("cluster", ("Velfærdsteknologisk Klynge Vest", "Welfare Technology Cluster West"),
     ("Kan samle leverandørerne til et fælles dialogmøde.",
      "Can gather the suppliers for a joint dialogue meeting."), "cluster",
     "cluster_organisation", ("Velfærdsteknologisk Klynge Vest",
                              "Welfare Technology Cluster West"), 1, 4, 9),
    ("college", ("Professionshøjskolen Vest", "University College West"),
     ("Kan følgeevaluere og uddanne superbrugere.",
      "Can evaluate alongside and train super users."), "knowledge", "knowledge_institution",
     ("Professionshøjskolen Vest", "University College West"), 1, 3, 10),
    ("citizens", ("Borgere med hjemmehjælp og pårørende", "Citizens receiving home care, and "
                  "their relatives"),
     ("Mærker det som mere stabile besøgstider, hvis planlægningen virker.",
      "Notice it as steadier visit times if planning works."), "citizen", "end_user",
     ("", ""), 1, 5, 11),
    ("council", ("Ældrerådet", "Senior Citizens' Council"),
     ("Ønsker at blive hørt, før robotter tager kontakt til borgerne.",
      "Wants to be heard before robots contact citizens."), "citizen", "end_user",
     ("Ældrerådet i Vesterå", "Vesterå Senior Citizens' Council"), 2, 2, 11),
    ("neighbours", ("Nabokommunerne i Midtvest", "Neighbouring municipalities"),
     ("Vil gerne genbruge robotterne, når de er afprøvet.",
      "Would like to re-use the robots once they are tested."), "municipality", "reuser",
     ("", ""), 1, 1, 4),
]

# key, title, description, category, severity, phase, contributor index
BARRIERS: list[tuple[str, Text, Text, str, int, str, int | None]] = [
    ("legal_basis", ("Uklar lovhjemmel til automatisk sagsbehandling",
                     "Unclear legal basis for automated case handling"),
     ("Må en robot flytte et besøg uden at en medarbejder godkender det?",
      "May a robot move a visit without a staff member approving it?"), "law", 4, "need", 3),
    ("ip", ("Hvem ejer robotterne bagefter?", "Who owns the robots afterwards?"),
     ("Baggrunds- og forgrundsviden er ikke aftalt mellem kommune og leverandør.",
      "Background and foreground knowledge are not agreed between municipality and "
      "supplier."), "law", 3, "procurement", 6),
    ("overspec", ("Udbuddet beskriver løsningen i stedet for behovet",
                  "The tender describes the solution instead of the need"),
     ("Sidste udbud krævede et bestemt produkt; kun én leverandør bød.",
      "The last tender demanded a specific product; only one supplier bid."), "procurement",
     4, "procurement", 1),
    ("talk_fear", ("Frygt for at tale med leverandører før udbuddet",
                   "Fear of talking to suppliers before the tender"),
     ("Usikkerhed om, hvornår dialog gør en leverandør inhabil.",
      "Uncertainty about when dialogue disqualifies a supplier."), "procurement", 3,
     "market_dialogue", 7),
    ("no_budget", ("Ingen driftsbudget efter pilotprojektet",
                   "No running budget after the pilot"),
     ("Piloten er finansieret af en pulje, der udløber til sommer.",
      "The pilot is paid by a fund that runs out this summer."), "economy", 5,
     "implementation", 3),
    ("benefits", ("Gevinsterne er svære at måle og hjemtage",
                  "Benefits are hard to measure and realise"),
     ("Frigjort tid bliver spredt ud og ses ikke i budgettet.",
      "Freed time is spread thin and never shows in the budget."), "economy", 3,
     "evaluation", 4),
    ("ownership", ("Uklart ejerskab mellem IT og fagområdet",
                   "Unclear ownership between IT and the care department"),
     ("Hvem retter robotten, når arbejdsgangen ændres?",
      "Who fixes the robot when the routine changes?"), "organisation", 4, "implementation",
     0),
    ("savings_fear", ("Medarbejdere frygter, at robotter er en spareøvelse",
                      "Staff fear the robots are a savings exercise"),
     ("Rygter om nedskæringer gør det svært at finde frivillige til piloten.",
      "Rumours of cuts make it hard to find volunteers for the pilot."), "culture", 4,
     "implementation", 2),
    ("skills", ("Få kan vedligeholde robotterne", "Few people can maintain the robots"),
     ("Kun én udvikler i kommunen kender platformen.",
      "Only one developer in the municipality knows the platform."), "skills", 3,
     "implementation", 1),
    ("integration", ("Omsorgssystemet har ingen åbne snitflader",
                     "The care record system has no open interfaces"),
     ("Robotterne må klikke sig igennem skærmbilleder, som ændres ved hver opdatering.",
      "Robots must click through screens that change with every update."), "technology", 5,
     "development", 5),
    ("gdpr", ("Robotter får adgang til helbredsoplysninger",
              "Robots get access to health data"),
     ("Der mangler en konsekvensanalyse og en databehandleraftale.",
      "An impact assessment and a data processing agreement are missing."), "ethics", 4,
     "need", 5),
    ("market", ("Få leverandører kender hjemmeplejens arbejdsgange",
                "Few suppliers know home care routines"),
     ("Markedet for robotter i ældreplejen er umodent.",
      "The market for robots in elderly care is immature."), "market", 2,
     "market_dialogue", 9),
    ("contract_size", ("Kontrakterne er for små til større leverandører",
                       "Contracts are too small for larger suppliers"),
     ("Én kommune alene er ikke et interessant marked.",
      "One municipality alone is not an interesting market."), "market", 2, "procurement",
     7),
    ("visit_times", ("Borgerne får ændrede besøgstider uden varsel",
                  "Citizens get changed visit times without notice"),
     ("Ældrerådet frygter, at robotplanlægning gør hverdagen uforudsigelig.",
      "The council fears robot planning makes daily life unpredictable."), "users", 2,
     "implementation", 11),
    ("spreading", ("Ingen plan for at dele robotterne med nabokommunerne",
                   "No plan to share the robots with neighbouring municipalities"),
     ("Hver kommune bygger sine egne robotter til de samme opgaver.",
      "Each municipality builds its own robots for the same tasks."), "spreading", 3,
     "spreading", 4),
]

# key, title, description, impact, effort, phase, technology, contributor index
OPPORTUNITIES: list[tuple[str, Text, Text, int, int, str, str, int | None]] = [
    ("dialogue", ("Åben markedsdialog med flere leverandører",
                  "Open market dialogue with several suppliers"),
     ("Fælles dialogmøde før udbuddet, med referat til alle.",
      "A joint dialogue meeting before the tender, minutes shared with all."), 4, 2,
     "market_dialogue", "rpa", 9),
    ("outcome_tender", ("Funktionsudbud, der beskriver behov og effekt",
                        "Outcome-based tender describing need and effect"),
     ("Leverandørerne foreslår løsningen; kommunen beskriver målet.",
      "Suppliers propose the solution; the municipality describes the goal."), 5, 3,
     "procurement", "rpa", 1),
    ("docs_robot", ("Robot der forudfylder dokumentation efter besøg",
                    "A robot that pre-fills documentation after visits"),
     ("Afprøves i distrikt Nord i otte uger.", "Trialled in the northern district for eight "
      "weeks."), 4, 2, "development", "rpa", 6),
    ("opi", ("Udbudsfrit OPI-forløb om ruteplanlægning",
             "Public–private innovation project on route planning without a tender"),
     ("Kommune, region og to leverandører udvikler sammen i et år.",
      "Municipality, region and two suppliers develop together for a year."), 4, 4,
     "development", "rpa", 4),
    ("robot_library", ("Fælles robotbibliotek med nabokommunerne",
                       "A shared robot library with neighbouring municipalities"),
     ("Robotter og dokumentation deles under en fælles licens.",
      "Robots and documentation shared under one licence."), 4, 5, "spreading", "rpa", 4),
    ("ambassadors", ("Robotambassadører blandt medarbejderne",
                     "Robot ambassadors among the staff"),
     ("To assistenter pr. distrikt får tid til at samle ideer og svare på spørgsmål.",
      "Two care workers per district get time to collect ideas and answer questions."), 3, 1,
     "implementation", "rpa", 2),
    ("benefit_model", ("Fælles gevinstmodel med regionen", "A joint benefit model with the "
                       "region"),
     ("Måler frigjort tid ens i alle kommuner.", "Measures freed time the same way in every "
      "municipality."), 3, 2, "evaluation", "data", 4),
    ("dpia", ("Skabelon til konsekvensanalyse", "A template for impact assessments"),
     ("Genbrug regionens skabelon til konsekvensanalyser (DPIA).",
      "Re-use the region's template for data protection impact assessments."), 2, 2, "need",
     "data", 5),
    ("newsletter", ("Nyhedsbrev om robotternes arbejde", "A newsletter on what the robots do"),
     ("Kort månedlig status til medarbejdere og ældreråd.",
      "A short monthly status for staff and the senior council."), 2, 1, "implementation",
     "other", 0),
    ("own_integration", ("Byg egen integration til omsorgssystemet",
                         "Build our own integration to the care record system"),
     ("Dyr og sårbar, men uafhængig af leverandørens tidsplan.",
      "Costly and fragile, but independent of the vendor's timetable."), 2, 5, "development",
     "data", 1),
    ("ml_routes", ("Maskinlæring til at forudsige omlægning af ruter",
                   "Machine learning to predict route changes"),
     ("Kræver data fra flere år, som endnu ikke er renset.",
      "Needs several years of data that are not yet cleaned."), 2, 5, "development", "ai", 7),
]

# key, title, description, owner, due date, status
ACTIONS: list[tuple[str, Text, Text, str, str, str]] = [
    ("dialogue_meeting", ("Invitér fem leverandører til dialogmøde",
                          "Invite five suppliers to a dialogue meeting"),
     ("Klyngen sender invitationen; referatet deles med alle.",
      "The cluster sends the invitation; minutes go to everyone."), "Jens Kristensen",
     "2026-04-15", "open"),
    ("legal_opinion", ("Bed om en vurdering af lovhjemlen", "Ask for a legal opinion"),
     ("Spørg Digitaliseringsstyrelsen om robotten må flytte besøg.",
      "Ask the Agency for Digital Government whether the robot may move visits."),
     "Lars Mikkelsen", "2026-04-01", "in_progress"),
    ("dpia_docs", ("Udarbejd konsekvensanalyse for dokumentationsrobotten",
                   "Write the impact assessment for the documentation robot"),
     ("Brug regionens skabelon.", "Use the region's template."), "Peter Nielsen",
     "2026-05-01", "open"),
    ("budget", ("Indarbejd driftsmidler i budget 2027", "Put running costs into the 2027 "
                "budget"),
     ("Sag til udvalget i juni.", "Case for the committee in June."), "Lars Mikkelsen",
     "2026-06-30", "open"),
    ("pick_ambassadors", ("Udpeg to robotambassadører pr. distrikt",
                          "Name two robot ambassadors per district"),
     ("Allerede gjort i distrikt Nord og Syd.", "Already done in the northern and southern "
      "districts."), "Anne Sørensen", "2026-03-31", "done"),
    ("network", ("Præsentér resultatet i klyngens netværk",
                 "Present the results in the cluster's network"),
     ("Også en invitation til nabokommunerne.", "Also an invitation to the neighbouring "
      "municipalities."), "Louise Thomsen", "2026-05-20", "open"),
]

NOTES: list[tuple[str, Text, Text]] = [
    ("parked", ("Parkeret: hvem betaler licenserne?", "Parked: who pays for the licences?"),
     ("Tages op på næste styregruppemøde.", "To be raised at the next steering group "
      "meeting.")),
    ("quote", ("\u201cVi vil have tid til borgerne, ikke til tasterne\u201d",
               "\u201cWe want time for citizens, not for keyboards\u201d"),
     ("Sagt af en assistent fra aftenvagten.", "Said by a care worker from the evening "
      "shift.")),
]

#: Which items reappear on the other canvases (placed again: one item, shown where its links
#: are drawn, since a link joins two cards of one canvas).
BARRIER_BOARD_ACTORS = ["homecare", "it", "staff", "robocare", "procurement"]
OPPORTUNITY_BARRIERS = ["overspec", "no_budget", "integration", "savings_fear", "gdpr",
                        "legal_basis"]
OPPORTUNITY_ACTORS = ["region", "robocare", "cluster"]

# canvas, source key, target key, relation, label
LINKS: list[tuple[str, str, str, str, Text]] = [
    ("actors", "homecare", "it", "collaborates", ("", "")),
    ("actors", "procurement", "it", "collaborates", ("", "")),
    ("actors", "region", "cluster", "collaborates", ("", "")),
    ("actors", "cluster", "college", "collaborates", ("", "")),
    ("actors", "robocare", "cluster", "collaborates", ("medlem", "member")),
    ("actors", "nordisk", "cluster", "collaborates", ("medlem", "member")),
    ("actors", "neighbours", "region", "collaborates", ("", "")),
    ("actors", "homecare", "ehr_vendor", "depends_on", ("data", "data")),
    ("actors", "it", "ehr_vendor", "depends_on", ("snitflader", "interfaces")),
    ("actors", "director", "committee", "depends_on", ("budget", "budget")),
    ("actors", "staff", "union", "collaborates", ("", "")),
    ("actors", "council", "citizens", "collaborates", ("", "")),
    ("barriers", "homecare", "no_budget", "experiences", ("", "")),
    ("barriers", "homecare", "ownership", "experiences", ("", "")),
    ("barriers", "staff", "savings_fear", "experiences", ("", "")),
    ("barriers", "staff", "visit_times", "experiences", ("", "")),
    ("barriers", "it", "integration", "experiences", ("", "")),
    ("barriers", "it", "gdpr", "experiences", ("", "")),
    ("barriers", "it", "skills", "experiences", ("", "")),
    ("barriers", "robocare", "talk_fear", "experiences", ("", "")),
    ("barriers", "robocare", "ip", "experiences", ("", "")),
    ("barriers", "robocare", "contract_size", "experiences", ("", "")),
    ("barriers", "procurement", "overspec", "experiences", ("", "")),
    ("barriers", "procurement", "legal_basis", "experiences", ("", "")),
    ("barriers", "benefits", "no_budget", "causes", ("", "")),
    ("barriers", "no_budget", "spreading", "causes", ("", "")),
    ("barriers", "ownership", "skills", "causes", ("", "")),
    ("barriers", "contract_size", "market", "causes", ("", "")),
    ("opportunities", "dialogue", "overspec", "addresses", ("", "")),
    ("opportunities", "outcome_tender", "overspec", "addresses", ("", "")),
    ("opportunities", "benefit_model", "no_budget", "addresses", ("", "")),
    ("opportunities", "own_integration", "integration", "addresses", ("", "")),
    ("opportunities", "ambassadors", "savings_fear", "addresses", ("", "")),
    ("opportunities", "dpia", "gdpr", "addresses", ("", "")),
    # what stands in the way (w3-model): the analysis names these and ranks the barrier that
    # blocks and has nothing against it (the legal basis) as the most pressing
    ("opportunities", "integration", "docs_robot", "blocks", ("", "")),
    ("opportunities", "legal_basis", "docs_robot", "blocks", ("", "")),
    ("opportunities", "no_budget", "robot_library", "blocks", ("", "")),
    ("opportunities", "region", "benefit_model", "drives", ("", "")),
    ("opportunities", "region", "opi", "drives", ("", "")),
    ("opportunities", "robocare", "docs_robot", "drives", ("", "")),
    ("opportunities", "cluster", "dialogue", "drives", ("", "")),
    ("opportunities", "cluster", "robot_library", "drives", ("", "")),
    ("opportunities", "dialogue", "dialogue_meeting", "leads_to", ("", "")),
    ("opportunities", "docs_robot", "legal_opinion", "leads_to", ("", "")),
    ("opportunities", "dpia", "dpia_docs", "leads_to", ("", "")),
    ("opportunities", "benefit_model", "budget", "leads_to", ("", "")),
    ("opportunities", "ambassadors", "pick_ambassadors", "leads_to", ("", "")),
    ("opportunities", "robot_library", "network", "leads_to", ("", "")),
]

# title, planned minutes, canvas, actual start, actual end ("HH:MM" on DATE)
AGENDA: list[tuple[Text, int, str | None, str, str]] = [
    (("Velkomst og formål", "Welcome and purpose"), 15, None, "09:00", "09:12"),
    (("Aktørkortlægning: magt og interesse", "Actor mapping: power and interest"), 40,
     "actors", "09:12", "09:58"),
    (("Barrierer i hjemmeplejen", "Barriers in home care"), 45, "barriers", "10:05", "10:55"),
    (("Prioritering med prikker", "Dot-vote prioritisation"), 15, "barriers", "10:55",
     "11:08"),
    (("Muligheder og handlinger", "Opportunities and actions"), 45, "opportunities", "11:10",
     ""),
    (("Opsamling og næste skridt", "Summary and next steps"), 20, None, "", ""),
]

ROUND_BARRIERS: Text = ("Hvilke barrierer skal vi løse først?",
                        "Which barriers should we tackle first?")
ROUND_OPPORTUNITIES: Text = ("Hvilke muligheder går vi videre med? (papirprikker)",
                             "Which opportunities do we take forward? (paper dots)")
GROUP_ACTIONS: Text = ("Næste skridt", "Next steps")
