#!/usr/bin/env python3
"""A large practice built through the services, at a scale factor, cached per scale.

    .venv/bin/python benchmarks/scale_practice.py [--scale N] [--rebuild] [--seed N] [--batch N]

1x is a large practice after some years: 3,000 people and 300 organisations on the sociale kaart,
2,000 cases (about 15% still open) with their household members, parties (~5 a case), promises, plan
items, consents, meldcode steps, advice requests, decisions and Veilig Thuis contacts, 50,000 timeline
entries, 5,000 follow-ups made by hand and 10,000 kindchecks; one large open case has 600 entries,
15 parties and 30 promises. Every figure is multiplied by the scale, except the large case. The users
scale too (4 GPs, 2 POH-GGZ, 2 assistants and the administrator per 1x), so one user's Vandaag stays
the same size whatever the scale.

Every case record goes through the public service functions (cases, involvement, meldcode, consent,
kindchecks, followups), each writing its own audit records; people of the map go in through the
contact import (``contact_exchange.apply``, a chunk at a time), organisations through
``contacts.save_organisation``. Only the commits are batched: the connection is wrapped so that each
service's ``BEGIN IMMEDIATE ... COMMIT`` becomes a SAVEPOINT inside one outer transaction that is
committed every ``--batch`` writes; a failing service still rolls back its own savepoint.

The vault uses the cheap test key derivation (``WIJKZORG_KDF_PROFILE=test``), so an unlock measures
the program rather than Argon2id. The build is deterministic for a seed (dates are relative to the day
of the build) and is kept in ``benchmarks/.cache/scale-<n>x/`` (``vault/``, ``passphrase.txt``,
``meta.json``); ``--rebuild`` makes it again. ``WIJKZORG_BENCH_SRC=/other/checkout/src`` runs the
program of another checkout (to measure the code before a change beside the code after it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

os.environ["WIJKZORG_KDF_PROFILE"] = "test"

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(os.environ.get("WIJKZORG_BENCH_SRC") or ROOT / "src")  # another checkout's src/, to compare
sys.path.insert(0, str(SOURCE))

from wijkzorg_desktop.domain.assessment import Outcome  # noqa: E402
from wijkzorg_desktop.domain.availability import parse_availability  # noqa: E402
from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole  # noqa: E402
from wijkzorg_desktop.domain.consent import Consent, ConsentForm, ConsentStatus, Purpose, Recipient  # noqa: E402
from wijkzorg_desktop.domain.contact_index import RowKind  # noqa: E402
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person  # noqa: E402
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind, FollowUpStatus  # noqa: E402
from wijkzorg_desktop.domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry  # noqa: E402
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason  # noqa: E402
from wijkzorg_desktop.domain.meldcode import (  # noqa: E402
    AdviceFrom,
    AdviceRequest,
    StepRecord,
    VtContact,
    VtContactKind,
    VtRole,
)
from wijkzorg_desktop.domain.users import Role  # noqa: E402
from wijkzorg_desktop.services import (  # noqa: E402
    accounts,
    cases,
    consent,
    contact_exchange,
    contacts,
    followups,
    involvement,
    kindchecks,
    meldcode,
    vaults,
)
from wijkzorg_desktop.services.session import Session  # noqa: E402
from wijkzorg_desktop.store import connection, keyfile, schema  # noqa: E402
from wijkzorg_desktop.store import users as users_store  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
PASSPHRASE = "benchmark passphrase of a large practice"
ADMIN = "beheer"
BENCH_USER = "huisarts"       # the GP whose Vandaag is measured
BUILD_CACHE_KIB = 256 * 1024  # page cache of the building connection only

BASE = {"people": 3000, "organisations": 300, "cases": 2000, "entries": 50_000, "followups": 5000,
        "kindchecks": 10_000}
LARGE = {"entries": 600, "parties": 15, "promises": 30}
OPEN_SHARE = 0.15
YEARS = 5

# -- names -----------------------------------------------------------------------------------------

FIRST = """Anouk Bram Céline Daan Dewi Eva Femke Fenna Gijs Hanna Hülya Ilse Ivo Jan-Willem Jesse Joost Joyce Julia
Karin Kees Lieke Lotte Loïs Luuk Maaike Marloes Mehmet Mila Niels Noor Nadia Orlando Petra Pieter Rutger Ruud
Sanne Saskia Sem Sophie Tamara Tessa Thijs Tim Valentijn Willemijn Yasmina Youssef Zoë Fatma Elif Aylin Mohamed
Khadija Priya Rajesh Ricardo Shanice Wendy Bas Bart Chantal Dirk-Jan Esther Frank Geert Hester Inge Jeroen Kim
Lars Merel Nienke Olga Paul Quinten Roos Stijn Tom Ursula Vera Wouter Xander Yvonne Zeynep Emre Naima Hamza Anna
Floor Iris Jasper Koen Lisa Maarten Nina Rik Sara Teun Wim Annelies Marieke Jolanda Ingrid Hans Henk
Gerda""".replace("\n", " ").split(" ")
LAST = """de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|
Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|
Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|
Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|
Huisman|Peeters|de Lange|Kuipers|van Wijk|Postma|Kaya|Yılmaz|Öztürk|Çelik|El Amrani|Bouzid|Ramdin|Sewnarain|
Saënen|Claes|Wouters|Franssen|Timmermans|Brands|Veenstra|Pauwels|Aerts|Post|Hoogendoorn|Verbeek|Kramer|
van Rijn|Bosman|Groen|Sanders|Evers|Wijnands|Gerritsen|Koopman|Scholten|Boersma|van Loon|de Ruiter""".replace(
    "\n", "").split("|")
TOWNS = [("Houten", "030"), ("Culemborg", "0345"), ("Nieuwegein", "030"), ("Bunnik", "030"), ("Utrecht", "030"),
         ("Tiel", "0344"), ("Buren", "0344"), ("West Betuwe", "0345"), ("IJsselstein", "030"), ("Zeist", "030"),
         ("Vianen", "0347"), ("Wijk bij Duurstede", "0343"), ("Lopik", "0348"), ("Montfoort", "0348")]
SCHOOL_NAMES = """De Regenboog|Het Mozaïek|De Kleine Prins|De Wegwijzer|Het Kompas|De Vlinder|De Zonnewijzer|
De Bron|Het Palet|De Fontein|De Klimop|De Sterrenhemel|Het Talent|De Tweemaster|De Ark|De Linde|Het Anker|
De Brug|De Horizon|Het Spectrum""".replace("\n", "").split("|")
HOURS = ["ma-vr 08:30-17:00", "ma-vr 08:30-17:00; di 19:00-21:00", "ma-do 08:30-16:30", "ma,di,do 09:00-17:00",
         "di-vr 08:30-16:30", "ma-vr 09:00-17:00", "ma,di,do 08:00-15:00", ""]

# kind, name pattern, share of the organisations, functions of their people
ORG_KINDS: list[tuple[OrganisationKind, str, float, list[str]]] = [
    (OrganisationKind.NEIGHBOURHOOD_TEAM, "Sociaal Wijkteam {town} {part}", 0.14,
     ["gezinsregisseur", "gezinsspecialist", "wijkcoördinator"]),
    (OrganisationKind.YOUTH_HEALTH_CENTRE, "CJG {town} {part}", 0.07, ["jeugdverpleegkundige", "jeugdarts"]),
    (OrganisationKind.SCHOOL, "Basisschool {school} {town}", 0.30, ["IB'er", "directeur", "leerkracht"]),
    (OrganisationKind.POLICE, "Politie basisteam {town} {part}", 0.04, ["wijkagent"]),
    (OrganisationKind.SOCIAL_WORK, "Maatschappelijk Werk {town} {part}", 0.07, ["maatschappelijk werker"]),
    (OrganisationKind.OUTREACH_CARE, "Bemoeizorgteam {town} {part}", 0.04, ["bemoeizorger"]),
    (OrganisationKind.YOUTH_WORK, "Jongerenwerk {town} {part}", 0.05, ["jongerenwerker"]),
    (OrganisationKind.MUNICIPALITY, "Gemeente {town} {part}", 0.04, ["beleidsmedewerker jeugd", "leerplichtambtenaar"]),
    (OrganisationKind.MENTAL_HEALTH, "GGZ {town} {part}", 0.10, ["psychiater", "verpleegkundig specialist",
                                                                  "psycholoog"]),
    (OrganisationKind.GP_PRACTICE, "Huisartsenpraktijk {town} {part}", 0.12, ["huisarts", "POH-GGZ"]),
    (OrganisationKind.REGIONAL_SUPPORT, "ROS {town} {part}", 0.02, ["projectleider jeugd en veiligheid"]),
]
PARTS = ["Noord", "Zuid", "Oost", "West", "Centrum", "De Hoven", "Overvecht", "Lunetten", "Castellum", "Schoneveld",
         "Terweijde", "Parijsch", "Batau", "Zuilen", "Merwestein"]
PARTY_ROLES = {"gezinsregisseur": "gezinsregisseur", "jeugdverpleegkundige": "jeugdverpleegkundige",
               "IB'er": "school", "wijkagent": "wijkagent", "procesregisseur": "procesregisseur"}

SUMMARIES = [
    "Zorgen om de zorg voor {n} jonge kinderen bij langdurige depressie van moeder.",
    "Vader vertelt over ruzies thuis; zoon heeft blauwe plekken gehad.",
    "Melding gedaan na onthulling door dochter van geweld door stiefvader.",
    "Verwaarlozing vermoed: kinderen vaak ziek naar school, ouders houden hulp af.",
    "Spanningen na scheiding; zorgen om de oudste dochter.",
    "Moeder met postnatale depressie; baby groeit slecht.",
    "Verslaving van vader; kinderen zorgen veel voor zichzelf.",
    "Schoolverzuim en terugtrekken van zoon; thuis veel spanning.",
    "Huiselijk geweld gemeld door de buren; moeder wil hulp.",
    "Zorgen om jonge mantelzorger bij ernstige ziekte van moeder.",
]
ENTRY_TEXTS = {
    EntryKind.SIGNAL: ["Moeder vertelt bij de POH over spanningen thuis.",
                       "School meldt dat {child} vaak zonder ontbijt komt en moe is.",
                       "Blauwe plek op de bovenarm van {child} gezien bij het consult.",
                       "Vader komt voor de derde keer deze maand met klachten van slapeloosheid."],
    EntryKind.CONVERSATION: ["Gesprek met moeder over de veiligheid thuis; zij wil hulp van het wijkteam.",
                             "Gesprek met beide ouders; vader erkent de ruzies en wil meewerken.",
                             "Telefonisch gesprek met moeder: het gaat iets beter, afspraken lopen.",
                             "{child} vertelt in het gesprek dat het thuis rustiger is."],
    EntryKind.MEETING: ["Casus besproken in het sociaal wijkoverleg; gezinsregisseur neemt regie.",
                        "MDO met wijkteam, school en JGZ; plan van aanpak bijgesteld.",
                        "Intercollegiaal overleg over de signalen; meldcode gestart."],
    EntryKind.PARTNER_CONTACT: ["Gezinsregisseur gebeld; huisbezoek gepland.",
                                "Procesregisseur Veilig Thuis: onderzoek loopt, veiligheidsafspraken gemaakt.",
                                "IB'er van school: aanwezigheid van {child} is verbeterd.",
                                "Jeugdverpleegkundige: groei van de baby weer op de lijn."],
    EntryKind.APPOINTMENT: ["Afgesproken dat moeder over twee weken terugkomt.",
                            "Afspraak met vader en de gezinsregisseur op de praktijk gepland.",
                            "Afgesproken dat het wijkteam wekelijks belt."],
    EntryKind.DECISION: ["Besloten te melden: structurele onveiligheid.",
                         "Besloten de zorg over te dragen aan het wijkteam.",
                         "Besloten de casus af te sluiten: hulp loopt en veiligheid is geborgd."],
}
PROMISES = ["belt terug na het gesprek met vader", "plant een huisbezoek en belt terug",
            "stuurt de veiligheidsafspraken op", "houdt een oogje in het zeil en meldt verzuim",
            "neemt contact op met moeder", "bespreekt het in het teamoverleg", "stuurt het verslag van het MDO",
            "regelt een plek bij de naschoolse opvang"]
PLAN = ["Veiligheidsplan met beide ouders vastgesteld", "Behandeling depressie moeder gestart",
        "Evaluatie in het sociaal wijkoverleg", "Extra huisbezoeken jeugdverpleegkundige",
        "Opvoedondersteuning voor vader", "Schoolgang van de kinderen stabiel"]
FOLLOWUP_TEXTS = ["Moeder terugbellen over de afspraak", "Vader bellen over het gesprek met Veilig Thuis",
                  "Veiligheidsafspraken nalopen", "Gezinsregisseur bellen over de voortgang",
                  "School vragen naar de aanwezigheid", "Verslag van het MDO nalezen",
                  "Zaal reserveren voor het sociaal wijkoverleg", "Jeugdarts bellen over groei"]
CONCERNS = ["Moeder ligt veel op bed; oudste zorgt vaak voor de jongste.", "Geen familie in de buurt.",
            "Vader drinkt veel; kinderen vaak alleen thuis.", "Kinderen missen veel school."]


def rnd_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def slug(text: str) -> str:
    plain = text.lower().translate(str.maketrans("ëïöüçşıéèáäóô", "eioucsieeaaoo"))
    return "".join(c if c.isalnum() else "." for c in plain).strip(".")


def mobile(rng: random.Random) -> str:
    return f"06-{rng.randint(10000000, 69999999)}"


def landline(rng: random.Random, area: str) -> str:
    digits = 10 - len(area)
    return f"{area}-{rng.randint(2 * 10 ** (digits - 1), 10 ** digits - 1)}"


def initials(rng: random.Random, family: str) -> str:
    return f"{rng.choice('ABCDEFGHIJKLMNOPRSTWYZ')}.{family}."


# -- batching the commits --------------------------------------------------------------------------

class BatchedWrites:
    """The vault's connection with each service transaction turned into a SAVEPOINT of one outer
    transaction, committed every ``every`` writes. ``in_transaction`` is true only inside a service's
    own transaction, so an audit record written outside one still goes through ``Session.changing``."""

    def __init__(self, raw: object, every: int) -> None:
        self.raw = raw
        self.every = every
        self.depth = 0
        self.pending = 0
        self.writes = 0
        self.outer = False

    def execute(self, sql: str, *args: object) -> object:
        word = sql.strip().rstrip(";").upper()
        if word in ("BEGIN", "BEGIN IMMEDIATE"):
            if not self.outer:
                self.raw.execute("BEGIN IMMEDIATE")
                self.outer = True
            self.raw.execute("SAVEPOINT service_write")
            self.depth += 1
            return None
        if word == "COMMIT" and self.depth:
            self.raw.execute("RELEASE service_write")
            self.depth -= 1
            self.pending += 1
            self.writes += 1
            if not self.depth and self.pending >= self.every:
                self.flush()
            return None
        if word == "ROLLBACK" and self.depth:
            self.raw.execute("ROLLBACK TO service_write")
            self.raw.execute("RELEASE service_write")
            self.depth -= 1
            return None
        return self.raw.execute(sql, *args)

    @property
    def in_transaction(self) -> bool:
        return self.depth > 0

    def flush(self) -> None:
        if self.outer and not self.depth:
            self.raw.execute("COMMIT")
            self.outer = False
            self.pending = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.raw, name)


# -- the build -------------------------------------------------------------------------------------

class Progress:
    def __init__(self, scale: float, quiet: bool = False) -> None:
        self.scale = scale
        self.start = time.perf_counter()
        self.quiet = quiet
        self.last = 0.0
        self.stages: dict[str, float] = {}

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def say(self, text: str) -> None:
        if not self.quiet:
            print(f"[{self.scale:g}x {self.elapsed():7.1f} s] {text}", flush=True)

    def tick(self, what: str, done: int, total: int, writes: int, force: bool = False) -> None:
        now = self.elapsed()
        if force or now - self.last >= 15:
            self.last = now
            rate = writes / now if now else 0
            self.say(f"{what}: {done}/{total} ({writes} service writes, {rate:.0f}/s)")


@dataclass
class CasePlan:
    opened: date
    open: bool
    entries: int
    parties: int
    promises: int
    plan_items: int
    members: int
    consents: int
    steps: int
    login: str
    large: bool = False


@dataclass
class Built:
    counts: dict[str, int] = field(default_factory=dict)
    large_case_id: int = 0
    median_case_id: int = 0
    names: list[str] = field(default_factory=list)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


def _spread(rng: random.Random, total: int, n: int, low: int = 1) -> list[int]:
    """``n`` skewed counts (log-normal) of at least ``low`` that add up to ``total``."""
    weights = [rng.lognormvariate(0, 0.8) for _ in range(n)]
    scale = (total - low * n) / sum(weights)
    counts = [low + int(w * scale) for w in weights]
    for i in range(total - sum(counts)):
        counts[i % n] += 1
    return counts


class Builder:
    def __init__(self, scale: float, store: Path, seed: int, batch: int, progress: Progress) -> None:
        self.scale = scale
        self.store = store
        self.rng = random.Random(f"{seed}:{scale}")
        self.batch = batch
        self.progress = progress
        self.built = Built()
        self.today = date.today()

    # sessions, one per user, sharing the one batched connection
    def start(self) -> None:
        created = vaults.create_vault(self.store, f"Gezondheidscentrum De Brug (benchmark {self.scale:g}x)", ADMIN,
                                      "Marieke Jansen-Saënen", PASSPHRASE, kdf=keyfile.TEST_KDF)
        self.admin = created.session
        self.raw = self.admin.conn
        self.raw.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
        self.writes = BatchedWrites(self.raw, self.batch)
        self.admin.conn = self.writes  # type: ignore[assignment]
        roles = [(BENCH_USER, "dr. Joost van den Berg", Role.GP)]
        roles += [(f"huisarts{i:02d}", f"dr. {rnd_name(self.rng)}", Role.GP) for i in range(2, self.n(4) + 1)]
        roles += [("poh", "Fatma Özdemir", Role.MH_NURSE)]
        roles += [(f"poh{i:02d}", rnd_name(self.rng), Role.MH_NURSE) for i in range(2, self.n(2) + 1)]
        roles += [("assistent", "Lotte de Wit", Role.ASSISTANT)]
        roles += [(f"assistent{i:02d}", rnd_name(self.rng), Role.ASSISTANT) for i in range(2, self.n(2) + 1)]
        for login, name, role in roles:
            accounts.add_user(self.admin, login, name, role, PASSPHRASE)
        self.sessions: dict[str, Session] = {ADMIN: self.admin}
        for login, _, _ in roles:
            user = users_store.by_login(self.raw, login)
            assert user is not None
            self.sessions[login] = replace(self.admin, user=user)
        self.workers = [login for login, _, role in roles if role in (Role.GP, Role.MH_NURSE)]
        self.gps = [login for login, _, role in roles if role == Role.GP]
        self.everyone = [login for login, _, _ in roles]
        self.built.add("users", len(roles) + 1)

    def finish(self) -> None:
        self.writes.flush()
        self.admin.conn = self.raw
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        self.admin.close()

    def n(self, base: int) -> int:
        """``base`` times the scale, at least 1."""
        return max(1, round(base * self.scale))

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def as_user(self, login: str) -> Session:
        return self.sessions[login]

    # -- the sociale kaart --
    def contact_map(self) -> None:
        rng, n_orgs = self.rng, self.n(BASE["organisations"])
        weights = [share for _, _, share, _ in ORG_KINDS]
        self.orgs: list[tuple[int, OrganisationKind, str, str, list[str]]] = []  # id, kind, name, area, functions
        used: set[str] = set()
        safe_at_home = [("Veilig Thuis Utrecht", ["Houten", "Utrecht", "Nieuwegein", "Bunnik", "Zeist"], "030"),
                        ("Veilig Thuis Gelderland-Zuid", ["Culemborg", "Tiel", "Buren", "West Betuwe"], "0344")]
        functions = ["procesregisseur", "vertrouwensarts", "aandachtsfunctionaris"]
        for i in range(n_orgs):
            if i < self.n(2):
                base, towns, area = safe_at_home[i % 2]
                name = base if i < 2 else f"{base} team {i // 2 + 1}"
                org = Organisation(name, OrganisationKind.SAFE_AT_HOME, tuple(towns), phone="0800-2000",
                                   crisis_phone="0800-2000", secure_email=f"team{i}@{slug(base)}.demo.nl",
                                   opening_hours=parse_availability("24/7"))
                kind, funcs = OrganisationKind.SAFE_AT_HOME, functions
            else:
                kind, pattern, _, funcs = rng.choices(ORG_KINDS, weights)[0]
                town, area = rng.choice(TOWNS)
                name = pattern.format(town=town, part=rng.choice(PARTS), school=rng.choice(SCHOOL_NAMES))
                while name in used:
                    name = f"{name} {rng.randint(2, 99)}"
                towns = [town] + ([rng.choice(TOWNS)[0]] if rng.random() < 0.3 else [])
                org = Organisation(name, kind, tuple(dict.fromkeys(towns)), address=f"{rng.choice(LAST)}laan "
                                   f"{rng.randint(1, 200)}, {town}", phone=landline(rng, area),
                                   secure_email=f"info@{slug(name)}.demo.nl", website=f"www.{slug(name)}.demo.nl",
                                   opening_hours=parse_availability(rng.choice(HOURS)),
                                   notes="Aanmelden via het formulier op de website." if rng.random() < 0.2 else "")
            used.add(name)
            saved = contacts.save_organisation(self.admin, org)
            self.orgs.append((int(saved.id or 0), kind, name, area, funcs))
            self.built.add("organisations")
            self.progress.tick("organisations", i + 1, n_orgs, self.writes.writes)
        n_people = self.n(BASE["people"])
        liaisons = self.workers
        rows = []
        self.people: list[tuple[int, int, str]] = []  # person id, organisation id, function
        for i in range(n_people):
            org_id, kind, org_name, area, funcs = self.orgs[i % len(self.orgs)] if i < len(self.orgs) else \
                rng.choice(self.orgs)
            name = rnd_name(rng)
            function = rng.choice(funcs)
            channels = [Channel(ChannelKind.PHONE, landline(rng, area))]
            if rng.random() < 0.6:
                channels.append(Channel(ChannelKind.MOBILE, mobile(rng)))
            if rng.random() < 0.8:
                domain = slug(org_name)[:20].strip(".")
                channels.append(Channel(ChannelKind.SECURE_EMAIL, f"{slug(name)}@{domain}.demo.nl"))
            if rng.random() < 0.3:
                channels.append(Channel(ChannelKind.SIILO, name))
            preferred = rng.randrange(len(channels))
            channels = [replace(c, preferred=j == preferred) for j, c in enumerate(channels)]
            person = Person(name, function=function, channels=tuple(channels),
                            availability=parse_availability(rng.choice(HOURS)),
                            liaison_login=rng.choice(liaisons) if rng.random() < 0.3 else "",
                            verified_on=self.ago(rng.randint(0, 900)),
                            known_since=self.ago(rng.randint(100, 3000)) if rng.random() < 0.5 else None,
                            notes="Liefst bellen tussen 9 en 10." if rng.random() < 0.1 else "")
            rows.append(contact_exchange.ImportRow(i + 1, RowKind.PERSON, person, Organisation(org_name)))
            if len(self.built.names) < 400 and rng.random() < 0.2:
                self.built.names.append(name)
        for start in range(0, len(rows), 500):
            chunk = tuple(rows[start:start + 500])
            contact_exchange.apply(self.admin, contact_exchange.ImportPreview("sociale-kaart.csv", "csv", chunk))
            self.progress.tick("people", start + len(chunk), n_people, self.writes.writes)
        self.built.add("people", n_people)
        org_ids = {org_id: (kind, funcs) for org_id, kind, _, _, funcs in self.orgs}
        found = contacts.load_map(self.admin)
        for p in found.people:
            self.people.append((int(p.id or 0), int(p.organisation_id or 0), p.function))
        self.by_function: dict[str, list[int]] = {}
        self.by_kind: dict[OrganisationKind, list[tuple[int, int]]] = {}
        self.function_of = {person_id: function for person_id, _, function in self.people}
        for person_id, org_id, function in self.people:
            self.by_function.setdefault(function, []).append(person_id)
            self.by_kind.setdefault(org_ids[org_id][0], []).append((person_id, org_id))
        departed = rng.sample(self.people, max(1, n_people // 100))
        for person_id, _, _ in departed:
            contacts.set_departed(self.admin, person_id, True, self.ago(rng.randint(10, 400)))
        self.built.add("departed people", len(departed))
        self.progress.tick("sociale kaart", n_people, n_people, self.writes.writes, force=True)

    # -- cases --
    def plans(self) -> list[CasePlan]:
        rng, n = self.rng, self.n(BASE["cases"])
        entries = _spread(rng, self.n(BASE["entries"]) - LARGE["entries"], n - 1)
        found = []
        for i in range(n - 1):
            opened = self.ago(int((1 - (i / n) ** 0.9) * 365 * YEARS) + rng.randint(0, 20))
            is_open = (self.today - opened).days < 400 and rng.random() < OPEN_SHARE / 0.22  # ~22% opened recently
            found.append(CasePlan(opened, is_open, entries[i], max(1, min(12, int(rng.gauss(5, 2)))),
                                  rng.choice([0, 1, 2, 3, 3, 4, 5, 6]), rng.choice([0, 1, 2, 2, 3, 4]),
                                  rng.randint(2, 5), rng.choice([0, 0, 1, 2, 2, 3]), rng.choice([0, 1, 1, 2, 3, 4, 5]),
                                  rng.choice(self.workers)))
        found.append(CasePlan(self.ago(3 * 365), True, LARGE["entries"], LARGE["parties"], LARGE["promises"], 12, 5,
                              8, 5, BENCH_USER, large=True))
        found.sort(key=lambda p: p.opened)
        return found

    def cases(self) -> None:
        plans = self.plans()
        entry_counts = []
        for i, plan in enumerate(plans):
            case_id = self.case(plan)
            entry_counts.append((plan.entries, plan.open, case_id))
            if plan.large:
                self.built.large_case_id = case_id
            self.progress.tick("cases", i + 1, len(plans), self.writes.writes)
        median = statistics.median_low([n for n, _, _ in entry_counts])
        self.built.median_case_id = next(cid for n, is_open, cid in entry_counts if n == median and is_open) \
            if any(n == median and o for n, o, _ in entry_counts) else \
            next(cid for n, _, cid in entry_counts if n == median)
        self.built.counts["median case entries"] = median
        self.progress.tick("cases", len(plans), len(plans), self.writes.writes, force=True)

    def _day_in(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def case(self, plan: CasePlan) -> int:
        rng, built = self.rng, self.built
        me = self.as_user(plan.login)
        letter = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
        end = self.today if plan.open else min(self.today, plan.opened + timedelta(days=rng.randint(30, 500)))
        case = cases.create_case(me, letter, rng.choice(SUMMARIES).format(n=rng.choice(["twee", "drie"])),
                                 plan.login, plan.opened)
        case_id = int(case.id or 0)
        built.add("cases")
        members = []
        for j in range(plan.members):
            role = MemberRole.PARENT if j < 2 else (MemberRole.CHILD if j < 5 else MemberRole.OTHER)
            age = rng.randint(25, 50) if role == MemberRole.PARENT else rng.randint(0, 17)
            member = cases.put_member(me, HouseholdMember(case_id, role, initials(rng, letter),
                                                          self.today.year - age, rng.random() < 0.7,
                                                          str(rng.randint(100000, 999999))))
            members.append(member)
        built.add("household members", len(members))
        children = [m.initials for m in members if m.role == MemberRole.CHILD] or ["de oudste"]
        parties = []
        kinds = list(self.by_kind)
        for j in range(plan.parties):
            team = OrganisationKind.NEIGHBOURHOOD_TEAM
            kind = team if j == 0 and team in self.by_kind else rng.choice(kinds)
            person_id, org_id = rng.choice(self.by_kind[kind])
            function = self.function_of[person_id] if j < 2 else ""
            party = involvement.put_party(me, Party(case_id, PARTY_ROLES.get(function, str(kind)), person_id=person_id,
                                                    since=self._day_in(plan.opened, end),
                                                    last_contact=self._day_in(plan.opened, end)))
            parties.append((int(party.id or 0), org_id))
        built.add("parties", len(parties))
        if rng.random() < 0.05 or plan.large:
            kindchecks.save_kindcheck(me, self.kindcheck(plan.opened, case_id))
            built.add("kindchecks")
        steps = 0
        for step in range(1, plan.steps + 1):
            meldcode.put_step(me, StepRecord(case_id, step, self._day_in(plan.opened, end), plan.login,
                                             "Signalen vastgelegd." if step == 1 else ""))
            steps += 1
        built.add("meldcode steps", steps)
        if plan.steps >= 2:
            source = AdviceFrom.SAFE_AT_HOME if plan.steps >= 4 or rng.random() < 0.5 else AdviceFrom.COLLEAGUE
            meldcode.add_advice_request(me, AdviceRequest(case_id, source, self._day_in(plan.opened, end), plan.login,
                                                          "Advies: signalen blijven vastleggen en gesprek aangaan."))
            built.add("advice requests")
        vt_people = self.by_function.get("procesregisseur", [None])
        if plan.steps >= 4:
            reported = plan.steps == 5
            on = self._day_in(plan.opened, end)
            received = None if plan.open and rng.random() < 0.4 else on + timedelta(days=rng.randint(3, 10))
            if received is not None and received > self.today:
                received = None
            meldcode.put_vt_contact(me, VtContact(case_id, VtContactKind.REPORT if reported else VtContactKind.ADVICE,
                                                  on, VtRole.REPORTER if reported else VtRole.INFORMANT,
                                                  f"VT-{on.year}-{rng.randint(1, 9999):04d}", rng.choice(vt_people),
                                                  received_on=received, summary="Melding telefonisch gedaan."))
            built.add("vt contacts")
        if plan.steps == 5:
            meldcode.record_decision(me, case_id, (True, True), Outcome.REPORT, "Structurele onveiligheid.")
            built.add("decisions")
        for j in range(plan.consents):
            parents = [m for m in members if m.role == MemberRole.PARENT] or members
            _, org_id = parties[j % len(parties)]
            consent.add_consent(me, case_id, Consent(
                int(rng.choice(parents).id or 0), Recipient("organisation", org_id), rng.choice(list(Purpose)),
                rng.choices(list(ConsentStatus), [6, 2, 1, 1])[0], self._day_in(plan.opened, end),
                rng.choice(list(ConsentForm))))
        built.add("consents", plan.consents)
        for _ in range(plan.promises):
            made = self._day_in(plan.opened, end)
            kept = min(self.today, made + timedelta(days=rng.randint(1, 30)))
            done = None if plan.open and rng.random() < 0.35 else kept
            by_party = rng.random() < 0.8
            involvement.put_promise(me, Promise(case_id, rng.choice(PROMISES), made,
                                                rng.choice(parties)[0] if by_party else None,
                                                "" if by_party else plan.login,
                                                made + timedelta(days=rng.randint(3, 30)), done))
        built.add("promises", plan.promises)
        for _ in range(plan.plan_items):
            due = self._day_in(plan.opened, end + timedelta(days=60))
            done = None if plan.open and rng.random() < 0.5 else min(self.today, due)
            involvement.put_plan_item(me, PlanItem(case_id, rng.choice(PLAN), rng.choice(parties)[0]
                                                   if rng.random() < 0.7 else None,
                                                   "" if rng.random() < 0.7 else plan.login, due, done))
        built.add("plan items", plan.plan_items)
        authors = [plan.login, plan.login, plan.login, rng.choice(self.workers)]
        days = sorted(self._day_in(plan.opened, end) for _ in range(plan.entries))
        for on in days:
            kind = rng.choices(list(EntryKind), [3, 5, 2, 5, 2, 1])[0]
            text = rng.choice(ENTRY_TEXTS[kind]).format(child=rng.choice(children))
            if rng.random() < 0.3:
                text += " " + rng.choice(ENTRY_TEXTS[rng.choice(list(EntryKind))]).format(child=rng.choice(children))
            party_id = rng.choice(parties)[0] if kind == EntryKind.PARTNER_CONTACT else None
            involvement.add_entry(self.as_user(rng.choice(authors)),
                                  TimelineEntry(case_id, on, kind, text, "", party_id))
        built.add("timeline entries", plan.entries)
        if not plan.open:
            cases.close_case(me, case_id, "Hulp loopt via het wijkteam; geen zorgen meer over de veiligheid.")
            built.add("closed cases")
        return case_id

    # -- kindchecks and follow-ups --
    def kindcheck(self, on: date, case_id: int | None = None) -> Kindcheck:
        rng = self.rng
        cares = rng.choices([Answer.YES, Answer.NO, Answer.UNKNOWN], [6, 3, 1])[0]
        ages = tuple(sorted(rng.randint(0, 17) for _ in range(rng.randint(1, 3)))) if cares == Answer.YES else ()
        concerning = case_id is not None or rng.random() < 0.08
        next_check = on + timedelta(days=182) if ages and rng.random() < 0.4 else None
        return Kindcheck(on, initials(rng, rng.choice("ABCDEFGHJKLMNPRSTVWZ")), rng.choice(list(KindcheckReason)),
                         cares, len(ages) if ages else None, ages,
                         Answer.DOUBT if concerning else rng.choice([Answer.YES, Answer.UNKNOWN]),
                         Answer.DOUBT if concerning else Answer.YES,
                         rng.choice([Answer.YES, Answer.NO, Answer.UNKNOWN]),
                         rng.choice(CONCERNS) if concerning else "",
                         KindcheckAction.CONTACT_TEAM if concerning else KindcheckAction.NONE, next_check,
                         case_id=case_id)

    def kindchecks(self) -> None:
        total = self.n(BASE["kindchecks"]) - self.built.counts.get("kindchecks", 0)
        for i in range(total):
            on = self.ago(int(self.rng.random() ** 0.8 * 365 * YEARS))
            kindchecks.save_kindcheck(self.as_user(self.rng.choice(self.workers)), self.kindcheck(on))
            self.progress.tick("kindchecks", i + 1, total, self.writes.writes)
        self.built.add("kindchecks", total)

    def followups(self, case_ids: list[tuple[int, str, bool]]) -> None:
        rng, total = self.rng, self.n(BASE["followups"])
        open_cases = [c for c in case_ids if c[2]]
        for i in range(total):
            is_open = rng.random() < 0.08
            owner = rng.choice(self.everyone)
            linked = rng.random() < 0.6 and not owner.startswith("assistent")  # an assistent sees no cases
            case = (rng.choice(open_cases) if is_open else rng.choice(case_ids)) if linked else None
            due = self.today + timedelta(days=rng.randint(-20, 30)) if is_open else \
                self.ago(rng.randint(1, 365 * YEARS))
            followup = FollowUp(rng.choice(FOLLOWUP_TEXTS), rng.choice([FollowUpKind.CALL_BACK, FollowUpKind.OTHER,
                                                                         FollowUpKind.SAFETY_MONITORING,
                                                                         FollowUpKind.PARTNER_APPOINTMENT]),
                                owner, due, clock_time(rng.randint(8, 16), rng.choice([0, 30])) if rng.random() < 0.4
                                else None, case_id=case[0] if case else None,
                                status=FollowUpStatus.OPEN if is_open else FollowUpStatus.DONE,
                                result="" if is_open else "Gebeld; afspraak staat.")
            followups.save(self.as_user(case[1] if case else owner), followup)
            self.progress.tick("follow-ups", i + 1, total, self.writes.writes)
        self.built.add("followups", total)


def build(scale: float, folder: Path, seed: int = 2026, batch: int = 2000, quiet: bool = False) -> dict[str, object]:
    """Make the practice in ``folder`` (replacing what is there); returns its meta data."""
    progress = Progress(scale, quiet)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    builder = Builder(scale, partial / "vault", seed, batch, progress)
    builder.start()
    try:
        progress.say("users made; the sociale kaart next")
        builder.contact_map()
        progress.stages["sociale kaart"] = progress.elapsed()
        builder.cases()
        progress.stages["cases"] = progress.elapsed() - progress.stages["sociale kaart"]
        case_ids = [(int(r[0]), str(r[1]), r[2] == "open") for r in builder.raw.execute(
            "SELECT id, responsible_login, status FROM cases ORDER BY id")]
        mark = progress.elapsed()
        builder.followups(case_ids)
        progress.stages["follow-ups"] = progress.elapsed() - mark
        mark = progress.elapsed()
        builder.kindchecks()
        progress.stages["kindchecks"] = progress.elapsed() - mark
        audit_records = int(builder.raw.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        version = schema.version(builder.raw)
        page_hmac = str(builder.raw.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
    finally:
        builder.finish()
    seconds = progress.elapsed()
    meta = {
        "scale": scale, "seed": seed, "built_on": builder.today.isoformat(), "build_seconds": round(seconds, 1),
        "stage_seconds": {k: round(v, 1) for k, v in progress.stages.items()},
        "service_writes": builder.writes.writes, "audit_records": audit_records, "schema_version": version,
        "page_hmac": page_hmac,
        "counts": builder.built.counts, "large_case_id": builder.built.large_case_id,
        "median_case_id": builder.built.median_case_id, "bench_login": BENCH_USER, "admin_login": ADMIN,
        "names": builder.built.names, "kdf": "test (WIJKZORG_KDF_PROFILE=test)",
    }
    (partial / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (partial / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    progress.say(f"built in {seconds:.0f} s ({builder.writes.writes} service writes, {audit_records} audit records, "
                 f"{sum(p.stat().st_size for p in (folder / 'vault').rglob('*') if p.is_file()) / 2**20:.0f} MB)")
    return meta


def label(scale: float) -> str:
    return f"{scale:g}x"


def folder_for(scale: float) -> Path:
    return CACHE / f"scale-{label(scale)}"


@dataclass(frozen=True)
class Practice:
    folder: Path
    meta: dict[str, object]

    @property
    def store(self) -> Path:
        return self.folder / "vault"

    @property
    def passphrase(self) -> str:
        return (self.folder / "passphrase.txt").read_text("utf-8").strip()


def ensure(scale: float, rebuild: bool = False, seed: int = 2026, batch: int = 2000) -> Practice:
    """The cached practice at ``scale``, built first when missing (or ``rebuild``). A cached vault of an
    older schema is migrated once here (its pre-migration backup removed), so that no benchmark measures
    the migration as part of an unlock."""
    folder = folder_for(scale)
    if rebuild or not (folder / "meta.json").exists():
        build(scale, folder, seed, batch)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    practice = Practice(folder, meta)
    if meta.get("schema_version") != _latest() or meta.get("page_hmac") != PAGE_HMAC:
        start = time.perf_counter()
        vaults.unlock(practice.store, ADMIN, practice.passphrase).session.close()
        shutil.rmtree(practice.store / "backups", ignore_errors=True)
        print(f"[{label(scale)}] cached vault migrated from schema {meta.get('schema_version')} to {_latest()} "
              f"(page HMAC {meta.get('page_hmac', 'HMAC_SHA512')} to {PAGE_HMAC}) in "
              f"{time.perf_counter() - start:.1f} s", flush=True)
        meta["schema_version"] = _latest()
        meta["page_hmac"] = PAGE_HMAC
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return practice


PAGE_HMAC = getattr(connection, "PAGE_HMAC", "HMAC_SHA512")  # what the program measured makes its vaults with


def _latest() -> int:
    return max(m.version for m in schema.bundled())


def copy_of(practice: Practice, target: Path) -> Path:
    """A working copy of the cached vault, so that a benchmark's writes never change the cache."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(practice.store, target, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return target


def _main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--batch", type=int, default=2000, help="service writes per commit")
    args = parser.parse_args()
    practice = ensure(args.scale, args.rebuild, args.seed, args.batch)
    meta = practice.meta
    print(f"scale {label(args.scale)} in {practice.folder}: built in {meta['build_seconds']} s on {meta['built_on']}, "
          f"{meta['service_writes']} service writes, {meta['audit_records']} audit records")
    for what, n in sorted(dict(meta["counts"]).items()):
        print(f"  {what:<22} {n:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
