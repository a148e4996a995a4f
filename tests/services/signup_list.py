"""A typical Danish sign-up list as a form tool exports it and Excel saves it (issue 11):
Windows-1252, semicolons, CRLF, a time stamp and a comment column nobody needs, job titles
and organisations as people type them, a vague "Offentlig" here and there, a consent
question answered Ja/Nej, two people who signed up twice and two empty lines."""

from __future__ import annotations

from pathlib import Path

HEADER = ("Tidsstempel", "Fulde navn", "Titel", "Arbejdsgiver", "Sektor", "E-mail-adresse",
          "Må vi nævne dit navn i rapporten?", "Kommentar")

#: (name, title, employer, sector as written, e-mail, consent)
PEOPLE: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Mette Søndergaard", "Projektleder", "Aarhus Kommune", "Kommunen",
     "mette.sondergaard@aarhus.dk", "Ja"),
    ("Lars Østergaard", "Indkøber", "Region Midtjylland", "Region", "laos@rm.dk", "Ja"),
    ("Anne-Marie Kjær", "Direktør", "Robotfirma ApS", "Privat", "amk@robotfirma.dk", "Ja"),
    ("Jens Hansen", "Udbudskonsulent", "Odense Kommune", "Offentlig", "jeha@odense.dk", "Nej"),
    ("Sofie Brandt", "Ph.d.-studerende", "Aarhus Universitet", "Forskning",
     "sofie.brandt@au.dk", "Ja"),
    ("Peter Frederiksen", "CEO", "CareTech A/S", "", "pf@caretech.dk", "Ja"),
    ("Karen Holm", "Afdelingsleder", "Københavns Kommune", "Kommune", "karho@kk.dk", "Ja"),
    ("Mads Lund", "Borgmester", "Silkeborg Kommune", "Kommunen", "ml@silkeborg.dk", "Nej"),
    ("Camilla Bech", "Innovationskonsulent", "Region Syddanmark", "Offentlig", "cb@rsyd.dk",
     "Ja"),
    ("Henrik Storm", "Klyngechef", "Welfare Tech", "Klynge", "hs@welfaretech.dk", "Ja"),
    ("Ida Ravn", "Sygeplejerske", "Aalborg Universitetshospital", "Region", "ida.ravn@rn.dk",
     "Ja"),
    ("Thomas Berg", "Salgschef", "Medicon IVS", "Privat", "tb@medicon.dk", "Ja"),
    ("Louise Winther", "Fuldmægtig", "Digitaliseringsstyrelsen", "Stat", "lw@digst.dk", "Ja"),
    ("Rasmus Kofoed", "Lektor", "UCL Erhvervsakademi og Professionshøjskole", "Uddannelse",
     "rk@ucl.dk", "Ja"),
    ("Maria Thomsen", "Teamleder", "Vejle Kommune", "Kommunen", "mt@vejle.dk", "Ja"),
    ("Søren Dahl", "Direktør", "Dansk Industri", "Interesseorganisation", "sd@di.dk", "Nej"),
    ("Birgitte Lauridsen", "Socialrådgiver", "Herning Kommune", "Offentlig", "bl@herning.dk",
     "Ja"),
    ("Kasper Møller", "Udvikler", "Sensorlab ApS", "", "km@sensorlab.dk", "Ja"),
    ("Hanne Kristensen", "Pårørende", "", "Borger", "hanne.k@gmail.com", "Ja"),
    ("Niels Juhl", "Kontorchef", "Styrelsen for Arbejdsmarked og Rekruttering", "Staten",
     "nj@star.dk", "Ja"),
    ("Pia Eriksen", "Freelancer", "Eriksen Design", "Selvstændig", "pia@eriksendesign.dk",
     "Ja"),
    ("Jonas Vestergaard", "Indkøbschef", "Region Hovedstaden", "Region", "jv@regionh.dk", "Ja"),
    ("Line Mortensen", "Ergoterapeut", "Randers Kommune", "Kommunen", "lm@randers.dk", "Ja"),
    ("Anders Bak", "Partner", "Bak & Co I/S", "Privat", "ab@bakco.dk", "Ja"),
    ("Eva Lindberg", "Seniorforsker", "Teknologisk Institut", "GTS", "el@teknologisk.dk",
     "Ja"),
    ("Morten Skov", "Digitaliseringschef", "Horsens Kommune", "Kommune", "ms@horsens.dk",
     "Ja"),
    ("Julie Friis", "Projektleder", "Sundhedsinnovationsfonden", "Fond", "jf@sifonden.dk",
     "Ja"),
    ("Christian Lind", "Key account manager", "Visma A/S", "Privat", "cl@visma.dk", "Ja"),
    ("Rikke Mølgaard", "Databeskyttelsesrådgiver", "Region Nordjylland", "Region",
     "rm@rn.dk", "Ja"),
    ("Bo Vinther", "Leder af hjemmeplejen", "Skanderborg Kommune", "Kommunen",
     "bv@skanderborg.dk", "Ja"),
    ("Tine Poulsen", "Chefkonsulent", "KL", "", "tp@kl.dk", "Ja"),
    ("Ole Sørensen", "Kommunaldirektør", "Viborg Kommune", "Kommunen", "os@viborg.dk", "Nej"),
    ("Signe Kragh", "Studerende", "Syddansk Universitet", "", "sk@student.sdu.dk", "Ja"),
    ("Frederik Holt", "CTO", "Nordic Health Tech ApS", "SMV", "fh@nht.dk", "Ja"),
    ("Malene Juul", "Medarbejder", "Café Lyst", "Socialøkonomisk virksomhed",
     "mj@cafelyst.dk", "Ja"),
    ("Henrik Sand", "Behovsejer", "Esbjerg Kommune", "Kommunen", "hs@esbjerg.dk", "Ja"),
    ("Gitte Bang", "Udbudsjurist", "Kammeradvokaten", "Privat", "gb@kammeradvokaten.dk",
     "Ja"),
    # Signed up twice: the same e-mail in other case, and the same name and employer.
    ("Lars Østergaard", "Indkøber", "Region Midtjylland", "Region", "LAOS@rm.dk", "Ja"),
    ("Karen Holm", "Afdelingsleder", "Københavns Kommune", "Kommune", "", "Ja"),
    ("Yasmin Ali", "Velfærdsteknologikonsulent", "Fredericia Kommune", "Kommunen",
     "ya@fredericia.dk", "ja"),
)

DUPLICATES = 2
#: Texts no rule fits: kept as written under Andet/Other (sector or role).
KEPT_AS_WRITTEN = {("sector", "Selvstændig"), ("role", "Freelancer"), ("role", "Fuldmægtig"),
                   ("role", "Chefkonsulent")}


def signup_text() -> str:
    lines = [";".join(HEADER)]
    for n, (name, title, employer, sector, email, consent) in enumerate(PEOPLE):
        stamp = f"2026-11-{1 + n % 28:02d} 09:{n:02d}:00"
        lines.append(";".join((stamp, name, title, employer, sector, email, consent, "")))
        if n in (11, 30):  # Excel keeps the empty rows someone left in the sheet
            lines.append(";;;;;;;" if n == 11 else "")
    return "\r\n".join(lines) + "\r\n"


def write_signup_list(folder: Path, name: str = "tilmeldinger.csv") -> Path:
    path = folder / name
    path.write_bytes(signup_text().encode("cp1252"))
    return path
