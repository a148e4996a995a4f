"""Phrase fragments the scaled demo combines into thousands of plausible cards.

Each pattern is a `(da, en)` pair with slots: `{p}` a home-care process, `{u}` a place
("i distrikt Nord"), `{town}`, `{company}`, `{region}`, `{cluster}`, `{college}`. The
combinations stay readable, so a 10,000-card benchmark board still looks like a workshop.
"""

from __future__ import annotations

Text = tuple[str, str]

PROCESSES: list[Text] = [
    ("ruteplanlægning", "route planning"),
    ("dokumentation efter besøg", "documentation after visits"),
    ("medicinhåndtering", "medication handling"),
    ("visitation af nye borgere", "assessment of new citizens"),
    ("vagtplanlægning", "shift planning"),
    ("bestilling af hjælpemidler", "ordering assistive devices"),
    ("opfølgning på faldulykker", "follow-up on falls"),
    ("journalføring", "record keeping"),
    ("kørselsafregning", "mileage settlement"),
    ("indberetning af ydelser", "reporting of services"),
    ("sygefraværsopfølgning", "sickness absence follow-up"),
    ("genoptræningsplaner", "rehabilitation plans"),
    ("afregning med private leverandører", "settlement with private providers"),
    ("booking af tolke", "booking interpreters"),
]

PLACES: list[Text] = [
    ("", ""), ("", ""), ("", ""),
    (" i distrikt Nord", " in the northern district"),
    (" i distrikt Syd", " in the southern district"),
    (" i aftenvagten", " on the evening shift"),
    (" i sygeplejen", " in home nursing"),
    (" på plejecentrene", " in the care homes"),
    (" i visitationen", " in the assessment unit"),
    (" i regionen", " in the region"),
]

TOWNS = ["Vesterå", "Søby", "Nørreå", "Holmstrup", "Lindved", "Bækkelund", "Skovby",
         "Fjordby", "Egeskov", "Rosenlund", "Havdrup", "Østerled"]
COMPANIES = ["RoboCare", "PlejeFlow", "Automatik Nord", "DataOmsorg", "Flexbot", "CareLogic",
             "Nordlys Software", "Tidsrobot", "OmsorgsIT", "Klikfri", "Vestkyst Data",
             "Procesværket"]
REGIONS = ["Midtvest", "Nordøst", "Sydhav"]
CLUSTERS = ["Velfærdstek Vest", "Sundhedsinnovation Øst", "Digital Omsorg"]
COLLEGES = ["Professionshøjskolen Vest", "Syddansk Tekniske Skole", "Omsorgsakademiet"]

# sector, role, title, organisation
ACTOR_PATTERNS: list[tuple[str, str, Text, Text]] = [
    ("municipality", "need_owner", ("Hjemmeplejen i {town}", "Home care in {town}"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "procurement_unit", ("Indkøb, {town} Kommune",
                                          "Procurement, {town} Municipality"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "front_line", ("Sygeplejen i {town}", "Home nursing in {town}"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "middle_manager", ("Distriktsledere i {town}", "District managers in "
                                        "{town}"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "political_leadership", ("Socialudvalget i {town}",
                                              "Social committee, {town}"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "data_controller", ("Digitalisering, {town} Kommune",
                                         "Digitalisation, {town} Municipality"),
     ("{town} Kommune", "{town} Municipality")),
    ("municipality", "reuser", ("{town} Kommune vil genbruge", "{town} Municipality wants to "
                                "re-use"),
     ("{town} Kommune", "{town} Municipality")),
    ("region", "innovation_unit", ("Region {region}, Innovation", "Region {region}, "
                                   "Innovation"),
     ("Region {region}", "Region {region}")),
    ("region", "buyer", ("Region {region}, Indkøb", "Region {region}, Procurement"),
     ("Region {region}", "Region {region}")),
    ("company", "supplier", ("{company} A/S", "{company} A/S"),
     ("{company} A/S", "{company} A/S")),
    ("sme", "supplier", ("{company} ApS", "{company} ApS"), ("{company} ApS", "{company} ApS")),
    ("cluster", "cluster_organisation", ("Klyngen {cluster}", "The {cluster} cluster"),
     ("{cluster}", "{cluster}")),
    ("knowledge", "knowledge_institution", ("Forskning i velfærdsteknologi, {college}",
                                            "Welfare technology research, {college}"),
     ("{college}", "{college}")),
    ("citizen", "end_user", ("Pårørendeforeningen i {town}", "Relatives' association, {town}"),
     ("", "")),
]

ACTOR_NOTES: list[Text] = [
    ("Vil gerne med i en pilot om {p}.", "Wants to join a pilot on {p}."),
    ("Har erfaring med {p} fra et tidligere projekt.",
     "Has experience with {p} from an earlier project."),
    ("Bekymret for, hvad {p} betyder for arbejdsmiljøet.",
     "Worried about what {p} means for the working environment."),
    ("Ejer data, der skal bruges til {p}.", "Owns data needed for {p}."),
    ("Kan åbne døre til beslutningstagerne om {p}.",
     "Can open doors to the decision makers on {p}."),
    ("Skal godkende ændringer i {p}.", "Must approve changes to {p}."),
]

BARRIER_PATTERNS: dict[str, list[Text]] = {
    "law": [("Uklar lovhjemmel til automatisk {p}", "Unclear legal basis for automated {p}"),
            ("Statsstøtteregler bremser samarbejde om {p}",
             "State-aid rules hold back collaboration on {p}")],
    "procurement": [("Udbuddet om {p} er overspecificeret",
                     "The tender for {p} is over-specified"),
                    ("Risikoaversion ved indkøb til {p}", "Risk aversion when buying for {p}")],
    "economy": [("Ingen driftsmidler til {p} efter piloten",
                 "No running budget for {p} after the pilot"),
                ("Gevinsten ved {p} er ikke dokumenteret", "The benefit of {p} is not "
                 "documented")],
    "organisation": [("Uklart ejerskab af {p}", "Unclear ownership of {p}"),
                     ("Mellemledere har ikke tid til at følge op på {p}",
                      "Middle managers have no time to follow up on {p}")],
    "culture": [("Frygt for at {p} bliver en spareøvelse",
                 "Fear that {p} becomes a savings exercise"),
                ("Faglig stolthed knyttet til {p} udfordres",
                 "Professional pride in {p} is challenged")],
    "skills": [("Ingen kan vedligeholde robotten til {p}",
                "Nobody can maintain the robot for {p}"),
               ("For lidt tid til oplæring i {p}", "Too little time for training in {p}")],
    "technology": [("Fagsystemet til {p} mangler åbne snitflader",
                    "The system for {p} lacks open interfaces"),
                   ("Dårlig datakvalitet i {p}", "Poor data quality in {p}")],
    "ethics": [("Samtykke til brug af data i {p} mangler",
                "Consent to use data in {p} is missing"),
               ("Robotten ser flere helbredsdata end nødvendigt til {p}",
                "The robot sees more health data than {p} needs")],
    "market": [("Få leverandører kender {p}", "Few suppliers know {p}"),
               ("Kontrakten om {p} er for lille til markedet",
                "The contract for {p} is too small for the market")],
    "users": [("Borgerne forstår ikke ændringerne i {p}",
               "Citizens do not understand the changes in {p}"),
              ("Løsningen til {p} passer kun til en snæver gruppe",
               "The solution for {p} only fits a narrow group")],
    "spreading": [("Ingen plan for at sprede {p} til andre distrikter",
                   "No plan to spread {p} to other districts"),
                  ("{p} er ikke en del af standardsortimentet",
                   "{p} is not part of the standard range")],
}

CONSEQUENCES: list[Text] = [
    ("Det koster tid hver uge{u}.", "It costs time every week{u}."),
    ("Det har stoppet to tidligere forsøg{u}.", "It stopped two earlier attempts{u}."),
    ("Nævnt af flere ved bordet{u}.", "Raised by several people at the table{u}."),
    ("Gør det svært at få ledelsen med{u}.", "Makes it hard to win the managers over{u}."),
    ("Skaber usikkerhed hos medarbejderne{u}.", "Creates uncertainty among staff{u}."),
    ("Blev først opdaget efter piloten{u}.", "Was only found after the pilot{u}."),
]

OPPORTUNITY_PATTERNS: list[Text] = [
    ("Softwarerobot til {p}", "A software robot for {p}"),
    ("Fælles løsning til {p} med nabokommunerne",
     "A shared solution for {p} with neighbouring municipalities"),
    ("Markedsdialog om {p}", "Market dialogue on {p}"),
    ("Funktionsudbud på {p}", "Outcome-based tender for {p}"),
    ("OPI-forløb om {p}", "Public–private innovation project on {p}"),
    ("Maskinlæring til {p}", "Machine learning for {p}"),
    ("Datadeling om {p} med regionen", "Data sharing on {p} with the region"),
    ("Superbrugere til {p}", "Super users for {p}"),
]

OPPORTUNITY_NOTES: list[Text] = [
    ("Kan afprøves{u} inden sommerferien.", "Can be tried{u} before the summer holiday."),
    ("Bygger videre på erfaringer fra en anden kommune.",
     "Builds on experience from another municipality."),
    ("Kræver en leverandør, der vil udvikle sammen med os{u}.",
     "Needs a supplier willing to develop with us{u}."),
    ("Kan frigøre tid til borgerne{u}.", "Could free time for citizens{u}."),
]

ACTION_PATTERNS: list[Text] = [
    ("Beskriv behovet for {p}", "Describe the need for {p}"),
    ("Book dialogmøde om {p}", "Book a dialogue meeting on {p}"),
    ("Lav business case for {p}", "Make a business case for {p}"),
    ("Afklar jura for {p}", "Clarify the legal side of {p}"),
    ("Find to pilotdistrikter til {p}", "Find two pilot districts for {p}"),
    ("Spørg ældrerådet om {p}", "Ask the senior council about {p}"),
]

NOTE_PATTERNS: list[Text] = [
    ("Parkeret: {p}", "Parked: {p}"),
    ("Spørgsmål om {p} til næste møde", "Question about {p} for the next meeting"),
    ("Husk at inddrage tillidsrepræsentanten om {p}",
     "Remember to involve the union representative on {p}"),
]

TAGS: list[Text] = [("GDPR", "GDPR"), ("pilot", "pilot"), ("budget", "budget"),
                    ("hurtig gevinst", "quick win"), ("jura", "legal")]
