"""Deterministic, streaming sample CSVs for the five upload entities, with optional known-bad rows.

Rows are written as they are generated; only the facility key list (one small tuple per facility) and
the bad-row numbers stay in memory. Child rows find their parents arithmetically: which rows are bad is a
pure function of the row index, so a child can skip bad parents without remembering them.

Bad rows: `bad_rows` is a share of each file. Row i is bad when floor((i+1)*share + phase) exceeds
floor(i*share + phase), with a phase in [0, 1 - share) drawn from the seed: the bad rows fall evenly
spread, and the first row is always good, so every file has a row its children can name. The
n-th bad row of a file gets that file's n-th reason (cycling) and carries exactly that one defect. A
`duplicate_in_batch` row repeats the natural key of the row just before it with other values; the last
row wins, so the earlier row is the one reported.
"""

from __future__ import annotations

import bisect
import csv
import itertools
import json
import math
import operator
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from pathlib import Path

import phonenumbers

from elt.reference import canonical_lga, load_lgas

Progress = Callable[[str, int], None]

# fmt: off
FACILITY_REF = ("facility_code", "facility_name", "facility_state", "facility_lga")
PATIENT_REF = ("patient_number",)
COLUMNS: dict[str, tuple[str, ...]] = {
    "facilities": (
        "name", "state", "lga", "type", "lat", "lon", "facility_code", "ownership", "phone", "email",
        "address",
    ),
    "patients": (
        *FACILITY_REF, "first_name", "last_name", "sex", "dob", "patient_number", "phone", "email", "address",
    ),
    "workers": (
        *FACILITY_REF, "first_name", "last_name", "cadre", "staff_number", "phone", "email", "license_number",
        "active",
    ),
    "medical_records": (
        *FACILITY_REF, *PATIENT_REF, "record_type", "record_ref", "recorded_at", "diagnosis", "icd10_code",
        "treatment", "medications", "notes",
    ),
    "triage_visits": (
        *FACILITY_REF, *PATIENT_REF, "triage_level", "visit_ref", "likely_conditions", "recommendations",
        "language", "provider", "visited_at",
    ),
}

# The rejection reasons each file's bad rows cycle through, in this order.
_CHILD_KINDS = ("unknown_facility", "unknown_patient", "duplicate_in_batch")
BAD_KINDS: dict[str, tuple[str, ...]] = {
    "facilities": (
        "missing_required", "unknown_state", "unknown_lga", "bad_coordinates", "bad_phone", "bad_email",
        "duplicate_in_batch",
    ),
    "patients": (
        "missing_required", "bad_sex", "bad_date", "future_date", "date_too_old", "bad_phone", "bad_email",
        "unknown_facility", "duplicate_in_batch",
    ),
    "workers": (
        "missing_required", "bad_cadre", "bad_boolean", "bad_phone", "bad_email", "unknown_facility",
        "duplicate_in_batch",
    ),
    "medical_records": ("missing_required", "bad_record_type", "bad_icd10", "bad_timestamp", *_CHILD_KINDS),
    "triage_visits": ("missing_required", "bad_triage_level", "bad_language", "bad_timestamp", *_CHILD_KINDS),
}
# fmt: on

MAX_BAD_SHARE = 0.5  # at most every other row, so a duplicate's predecessor is always a good row
PROGRESS_EVERY = 5_000
WAT = timezone(timedelta(hours=1))  # West Africa Time, the offset written on every timestamp
_SHARE_DENOMINATOR = 1_000_000
# phonenumbers' own NG mobile pattern (national number without the trunk 0): checking it per number is
# what is_valid_number does for these numbers, at a fraction of the cost.
_NG_MOBILE = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("NG").mobile.national_number_pattern)


@dataclass(frozen=True)
class _Weighted:
    """A weighted choice with its cumulative weights computed once."""

    values: tuple[str, ...]
    cumulative: tuple[int, ...]

    @classmethod
    def of(cls, *pairs: tuple[str, int]) -> _Weighted:
        return cls(tuple(value for value, _ in pairs), tuple(itertools.accumulate(w for _, w in pairs)))

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


# ---------------------------------------------------------------------------------------------- vocabularies
# fmt: off
FACILITY_TYPES = _Weighted.of(
    ("Primary Health Centre", 40), ("General Hospital", 15), ("Private Clinic", 15), ("Maternity Home", 10),
    ("Specialist Hospital", 8), ("Federal Medical Centre", 6), ("Teaching Hospital", 6),
)
PRIVATE_TYPES = ("Private Clinic", "Maternity Home")
PRIVATE_PREFIXES = ("Mercy", "Good Shepherd", "St. Mary's", "Divine Favour", "Al-Noor", "Grace", "Hope")
# Approximate state-capital coordinates; facilities scatter within ±0.35° of them.
STATE_CENTRES = {
    "Abia": (5.53, 7.49), "Adamawa": (9.23, 12.46), "Akwa Ibom": (5.04, 7.92), "Anambra": (6.21, 7.07),
    "Bauchi": (10.31, 9.84), "Bayelsa": (4.92, 6.26), "Benue": (7.73, 8.54), "Borno": (11.83, 13.15),
    "Cross River": (4.96, 8.33), "Delta": (6.2, 6.73), "Ebonyi": (6.32, 8.11), "Edo": (6.34, 5.62),
    "Ekiti": (7.62, 5.22), "Enugu": (6.46, 7.55), "FCT": (9.06, 7.49), "Gombe": (10.29, 11.17),
    "Imo": (5.48, 7.03), "Jigawa": (11.76, 9.34), "Kaduna": (10.52, 7.44), "Kano": (12.0, 8.52),
    "Katsina": (12.99, 7.6), "Kebbi": (12.45, 4.2), "Kogi": (7.8, 6.74), "Kwara": (8.5, 4.55),
    "Lagos": (6.6, 3.35), "Nasarawa": (8.49, 8.52), "Niger": (9.61, 6.56), "Ogun": (7.16, 3.35),
    "Ondo": (7.25, 5.19), "Osun": (7.77, 4.56), "Oyo": (7.38, 3.95), "Plateau": (9.9, 8.86),
    "Rivers": (4.82, 7.03), "Sokoto": (13.06, 5.24), "Taraba": (8.89, 11.36), "Yobe": (11.75, 11.96),
    "Zamfara": (12.16, 6.66),
}
MOBILE_PREFIXES = (
    "0703", "0706", "0803", "0806", "0810", "0813", "0814", "0816", "0903", "0906", "0805", "0807", "0815",
    "0905", "0802", "0808", "0812", "0701", "0902", "0901", "0809", "0817", "0818", "0909", "0908",
)
STREETS = (
    "Hospital Road", "Awolowo Road", "Ahmadu Bello Way", "Murtala Mohammed Way", "Zik Avenue",
    "Market Street", "Station Road", "Old Airport Road", "Nnamdi Azikiwe Street", "Sultan Road",
    "Aminu Kano Crescent", "Church Street", "Obafemi Awolowo Way", "Emir's Palace Road",
)
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "yahoo.co.uk")

# tradition -> (male first names, female first names, surnames)
NAMES = {
    "yoruba": (
        (
            "Adébáyọ̀", "Olúwaṣeun", "Oluwaseun", "Babátúndé", "Adéwálé", "Kẹ́hìndé", "Táíwò", "Ayọ̀délé",
            "Femi", "Segun",
        ),
        (
            "Àìná", "Ọlá", "Adéọlá", "Fúnmiláyọ̀", "Folake", "Bísí", "Tèmítọ́pẹ́", "Yéwándé", "Abíọ́lá",
            "Kemi",
        ),
        (
            "Adébáyọ̀", "Ọlágúnjú", "Ògúnlẹ́yẹ", "Adéyẹmí", "Akínwálé", "Balógun", "Adeyemi", "Ogunleye",
            "Olatunji", "Afolabi",
        ),
    ),
    "hausa": (
        (
            "Ibrahim", "Musa", "Abubakar", "Usman", "Aliyu", "Sani", "Yusuf", "Garba", "Nasiru",
            "Abdullahi",
        ),
        (
            "Aisha", "Fátímà", "Hauwa", "Zainab", "Amina", "Maryam", "Halima", "Hadiza", "Rukayya", "Binta",
        ),
        (
            "Bello", "Abubakar", "Usman", "Mohammed", "Sani", "Danjuma", "Lawal", "Garba", "Suleiman",
            "Yakubu",
        ),
    ),
    "igbo": (
        (
            "Chukwuemeka", "Emeka", "Chinedu", "Obinna", "Ikenna", "Nnamdi", "Uchenna", "Chidi", "Kelechi",
            "Ifeanyi",
        ),
        (
            "Ngozi", "Chiamaka", "Adaeze", "Nneka", "Chioma", "Ifeoma", "Obiageli", "Amarachi", "Ụzọamaka",
            "Ebele",
        ),
        (
            "Okafor", "Nwosu", "Okeke", "Eze", "Obi", "Nwachukwu", "Ọ̀kọ̀nkwọ̀", "Chukwu", "Ogbonna",
            "Nwankwo",
        ),
    ),
    "english": (
        (
            "John", "Samuel", "David", "Daniel", "Peter", "Joseph", "Emmanuel", "Godwin", "Victor",
            "Michael",
        ),
        (
            "Mary", "Grace", "Esther", "Blessing", "Patience", "Joy", "Elizabeth", "Deborah", "Faith",
            "Comfort",
        ),
        (
            "Johnson", "Williams", "Peters", "Ekanem", "Bassey", "Etim", "Okon", "George", "Dickson",
            "Harrison",
        ),
    ),
}
NAME_GROUPS = tuple(NAMES)
NAME_GROUP_WEIGHTS = _Weighted.of(("yoruba", 30), ("hausa", 30), ("igbo", 28), ("english", 12))

CADRES = _Weighted.of(
    ("nurse", 30), ("community health extension worker", 20), ("midwife", 15), ("doctor", 15),
    ("laboratory scientist", 8), ("pharmacist", 7), ("other", 5),
)
LICENCE_BODIES = {
    "doctor": "MDCN", "nurse": "NMCN/RN", "midwife": "NMCN/RM", "pharmacist": "PCN",
    "laboratory scientist": "MLSCN", "community health extension worker": "CHPRBN",
}
ACTIVE_VALUES = ("true", "true", "yes", "1", "y", "true", "false", "no", "0", "n", "")

# (icd10, diagnosis, treatment, medications)
CONDITIONS = (
    ("B54", "Malaria", "Oral ACT and antipyretics",
     "Artemether-Lumefantrine 80/480mg BD x 3 days; Paracetamol 1g TDS"),
    ("B50.9", "Severe falciparum malaria", "IV artesunate, then oral ACT",
     "Artesunate 2.4mg/kg IV; Artemether-Lumefantrine 80/480mg BD"),
    ("A01.0", "Typhoid fever", "Oral antibiotics, hydration", "Ciprofloxacin 500mg BD x 10 days"),
    ("I10", "Hypertension", "Lifestyle modification, antihypertensive", "Amlodipine 5mg daily"),
    ("E11.9", "Type 2 diabetes mellitus", "Diet control, oral hypoglycaemic", "Metformin 500mg BD"),
    ("J18.9", "Pneumonia", "Antibiotics, oxygen if SpO2 < 92%", "Amoxicillin 500mg TDS x 5 days"),
    ("O80", "Spontaneous vaginal delivery", "Delivery care, postnatal check",
     "Oxytocin 10 IU IM; Ferrous sulphate 200mg daily"),
    ("A09", "Gastroenteritis", "Oral rehydration, zinc", "ORS sachets; Zinc 20mg daily x 10 days"),
    ("B20", "HIV disease", "Antiretroviral therapy, adherence counselling",
     "Tenofovir/Lamivudine/Dolutegravir 1 tab daily"),
    ("J06.9", "Upper respiratory tract infection", "Symptomatic care",
     "Paracetamol 500mg TDS; Vitamin C 100mg daily"),
    ("K29.7", "Gastritis", "Antacids, avoid NSAIDs", "Omeprazole 20mg daily x 14 days"),
    ("N39.0", "Urinary tract infection", "Oral antibiotics, fluids", "Nitrofurantoin 100mg BD x 5 days"),
    ("D50.9", "Iron deficiency anaemia", "Iron supplementation, diet advice",
     "Ferrous sulphate 200mg TDS; Folic acid 5mg daily"),
    ("O14.1", "Severe pre-eclampsia", "Magnesium sulphate, refer for delivery",
     "Magnesium sulphate 4g IV; Nifedipine 10mg"),
    ("A15.0", "Pulmonary tuberculosis", "DOTS, contact tracing", "RHZE fixed-dose combination daily"),
    ("E43", "Severe acute malnutrition", "Outpatient therapeutic programme",
     "RUTF sachets; Amoxicillin 250mg BD"),
)
IMMUNIZATIONS = (
    ("Z23", "Routine immunization (BCG)", "BCG 0.05ml intradermal"),
    ("Z24.0", "Routine immunization (oral polio)", "OPV 2 drops oral"),
    ("Z27.1", "Routine immunization (pentavalent)", "Pentavalent 0.5ml IM"),
)
IMMUNIZATION_NOTES = ("Next dose in 4 weeks", "No adverse reaction after 30 minutes, ok", "")
RECORD_TYPES = _Weighted.of(
    ("Consultation", 40), ("Lab Result", 15), ("Prescription", 15), ("Immunization", 10), ("Admission", 8),
    ("Discharge", 7), ("Referral", 5),
)
NOTES = (
    "BP 140/90, review in 2 weeks\nAdvised low-salt diet",
    "Temp 38.9C, RDT positive\nCounselled on net use, return if vomiting",
    "Patient stable, tolerating orally",
    'Referred to "General Hospital" for scan, escort arranged',
    "Follow-up in 1 week\nCaregiver counselled, phone reminder set",
    "Weight 54kg, Hb 9.8 g/dL",
    "",
)
LAB_NOTES = (
    "MP ++, PCV 30%", "Widal 1:160, FBC normal", "FBS 8.2 mmol/L", "HIV screen reactive, confirmed", "",
)

TRIAGE_LEVELS = _Weighted.of(("1", 5), ("2", 15), ("3", 35), ("4", 35), ("5", 10))
LIKELY_CONDITIONS = (
    "Malaria", "Typhoid fever", "Pneumonia", "Hypertension", "Gastroenteritis", "Urinary tract infection",
    "Anaemia", "Dehydration", "Pre-eclampsia", "Sepsis", "Upper respiratory infection", "Diabetes",
)
RECOMMENDATIONS = {
    "urgent": ("Go to the emergency unit now", "Call an ambulance or get transport, do not wait",
               "Keep the patient lying on the side"),
    "soon": ("Visit the nearest Primary Health Centre within 24 hours", "Do a malaria test (RDT)",
             "Check blood pressure at the clinic"),
    "routine": ("Drink plenty of fluids", "Take paracetamol for fever, as directed",
                "Sleep under a treated mosquito net", "Return if symptoms worsen"),
}
LANGUAGES = _Weighted.of(("en", 35), ("ha", 20), ("yo", 18), ("ig", 15), ("pcm", 12))

# Values that break exactly one rule (and look like something a person would type).
UNKNOWN_STATES = ("Lagoss", "Atlantis", "Abujah", "Kano West", "Northern Region")
BAD_PHONES = ("12345", "0803-12", "+234 123", "080312345678901", "phone", "0000000000")
BAD_EMAILS = ("ngozi.at.example.com", "aisha@", "@clinic.ng", "emeka@@mail.com", "ola adeyemi@gmail.com")
BAD_SEXES = ("X", "unknown", "2", "Mal", "boy")
BAD_DATES = ("31/02/1990", "1990-13-05", "32/01/2001", "1985-02-30", "00/00/0000")
BAD_COORDINATES = (("95.5", None), (None, "-190.25"), ("abc", None), (None, "6.5.1"), ("-91", None))
BAD_CADRES = ("astronaut", "footballer", "chef", "pilot")
BAD_BOOLEANS = ("maybe", "2", "yep", "active", "t/f")
BAD_RECORD_TYPES = ("Checkup", "X-Ray", "Surgery Notes", "Misc")
BAD_ICD10 = ("B54.0", "Z99.999", "MALARIA", "B5", "1234")
BAD_TIMESTAMPS = ("2024-13-01T10:00:00+01:00", "yesterday", "2024-02-30T08:00:00+01:00", "31/12/2024 25:61")
BAD_TRIAGE_LEVELS = ("0", "6", "high", "2.5")
BAD_LANGUAGES = ("fr", "sw", "xx", "zu")
# fmt: on


# ---------------------------------------------------------------------------------------------- manifest


@dataclass
class FileManifest:
    """What one generated file holds: every bad row's number (header = row 1) under its reason."""

    rows: int = 0
    good: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    bad_rows: dict[str, list[int]] = field(default_factory=dict)

    def add_bad(self, reason: str, row_number: int) -> None:
        self.reasons[reason] = self.reasons.get(reason, 0) + 1
        self.bad_rows.setdefault(reason, []).append(row_number)


@dataclass
class SampleManifest:
    seed: int
    reference_date: str
    bad_share: float
    requested: dict[str, int]
    files: dict[str, FileManifest] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SampleManifest:
        data = json.loads(text)
        files = {name: FileManifest(**entry) for name, entry in data.pop("files").items()}
        return cls(**data, files=files)


# ---------------------------------------------------------------------------------------------- bad-row plan


@dataclass(frozen=True)
class _Plan:
    """Which rows of one file are bad and how: a pure function of the row index."""

    rows: int
    kinds: tuple[str, ...]
    share: int  # bad share in millionths
    phase: int  # in millionths too: shifts where the bad rows fall, per seed and file

    def ordinal(self, i: int) -> int:
        return (i * self.share + self.phase) // _SHARE_DENOMINATOR

    def classify(self, i: int) -> tuple[str | None, int]:
        """(the bad kind of row i or None, how often that kind came round before: picks the variant)."""
        ordinal = self.ordinal(i)
        if self.ordinal(i + 1) == ordinal:
            return None, 0
        return self.kinds[ordinal % len(self.kinds)], ordinal // len(self.kinds)

    def kind(self, i: int) -> str | None:
        return self.classify(i)[0]

    def is_duplicated(self, i: int) -> bool:
        """Row i's key is repeated by the next row (so row i is the one rejected)."""
        return i + 1 < self.rows and self.kind(i + 1) == "duplicate_in_batch"

    def usable(self, i: int) -> bool:
        return self.kind(i) is None and not self.is_duplicated(i)

    def parent(self, j: int) -> int:
        """A usable row for child j to reference: j modulo the row count, moved on past unusable rows."""
        start = j % self.rows
        for step in range(self.rows):
            candidate = (start + step) % self.rows
            if self.usable(candidate):
                return candidate
        raise ValueError("every parent row is bad; lower bad_rows or raise the parent count")


class _Random(random.Random):
    """random.Random with a cheaper choice(): one float per pick keeps million-row runs quick."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)


@dataclass(frozen=True)
class _Facility:
    code: str
    name: str
    state: str
    lga: str


# ---------------------------------------------------------------------------------------------- generator


def reference_date_for(seed: int) -> date:
    """A fixed 'today' for the sample, derived from the seed (in 2024, so never after the wall clock)."""
    return date(2024, 1, 1) + timedelta(days=random.Random(f"medilink-sample:{seed}:reference").randrange(366))


@cache
def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


class _Generator:
    def __init__(self, seed: int, share: float, counts: dict[str, int], progress: Progress | None) -> None:
        self.seed = seed
        self.reference = reference_date_for(seed)
        self.reference_ordinal = self.reference.toordinal()
        self.reference_time = datetime.combine(self.reference, time(0), tzinfo=WAT)
        self.counts = counts
        self.progress = progress
        share_millionths = round(share * _SHARE_DENOMINATOR)
        self.plans = {
            name: _Plan(
                counts[name],
                BAD_KINDS[name],
                share_millionths,
                self.rng(f"{name}:phase").randrange(_SHARE_DENOMINATOR - share_millionths),
            )
            for name in COLUMNS
            if counts[name]
        }
        self.lgas = load_lgas()
        self.facilities: list[_Facility] = []
        # Facilities are few: remember each residue's usable facility instead of searching per child row.
        facility_plan = self.plans.get("facilities")
        self.facility_parent = [facility_plan.parent(f) for f in range(facility_plan.rows)] if facility_plan else []

    def rng(self, name: str) -> _Random:
        return _Random(f"medilink-sample:{self.seed}:{name}")

    # -- shared value makers

    def phone(self, rng: _Random) -> str:
        """A Nigerian mobile that phonenumbers' NG mobile metadata accepts, in one of three spellings."""
        while True:
            national = f"{rng.choice(MOBILE_PREFIXES)}{rng.below(10_000_000):07d}"
            if _NG_MOBILE.fullmatch(national, 1):
                break
        style = rng.below(3)
        if style == 0:
            return national
        if style == 1:
            return "+234" + national[1:]
        return f"{national[:4]} {national[4:7]} {national[7:]}"

    def person(self, rng: _Random) -> tuple[str, str, str]:
        """(first_name, last_name, sex) with the first name matching the sex."""
        group = NAME_GROUP_WEIGHTS.pick(rng)
        male, female, _ = NAMES[group]
        sex = "M" if rng.random() < 0.5 else "F"
        first = rng.choice(male if sex == "M" else female)
        surname_group = rng.choice(NAME_GROUPS) if group == "english" else group
        return first, rng.choice(NAMES[surname_group][2]), sex

    def email(self, rng: _Random, first: str, last: str) -> str:
        return f"{_ascii(first)}.{_ascii(last)}{1 + rng.below(99)}@{rng.choice(EMAIL_DOMAINS)}"

    def address(self, rng: _Random, lga: str, state: str) -> str:
        street = f"{1 + rng.below(199)} {rng.choice(STREETS)}"
        separator = "\n" if rng.random() < 0.05 else ", "
        return f"{street}{separator}{lga}, {state}"

    def iso_date(self, rng: _Random, day: date) -> str:
        """ISO 8601 or DD/MM/YYYY, both of which the contract accepts."""
        return day.isoformat() if rng.random() < 0.6 else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"

    def timestamps(self, name: str) -> Callable[[int], str]:
        """Row j -> a timestamp within the 400 days before the reference date, distinct for every row.

        An affine permutation of the seconds in the window keeps (patient, visited_at) and content-hash
        keys unique without remembering earlier rows.
        """
        window = 400 * 86_400
        rng = self.rng(f"{name}:timestamps")
        step = rng.randrange(1, window)
        while math.gcd(step, window) != 1:
            step += 1
        offset = rng.randrange(window)

        def at(j: int) -> str:
            seconds = (step * j + offset) % window + 1
            return (self.reference_time - timedelta(seconds=seconds)).isoformat(timespec="seconds")

        return at

    def facility_ref(self, rng: _Random, index: int) -> dict[str, str]:
        """Mostly the registry code; sometimes the (name, state, lga) triple."""
        facility = self.facilities[index]
        if rng.random() < 0.85:
            return {"facility_code": facility.code, "facility_name": "", "facility_state": "", "facility_lga": ""}
        return {
            "facility_code": "",
            "facility_name": facility.name,
            "facility_state": facility.state,
            "facility_lga": facility.lga,
        }

    def unknown_facility_ref(self, variant: int) -> dict[str, str]:
        return {"facility_code": f"NOFAC-{variant:06d}"}

    def patient_parent(self, rng: _Random) -> tuple[int, int]:
        """(patient index, facility index) of a usable patient."""
        patient = self.plans["patients"].parent(rng.randrange(self.counts["patients"]))
        return patient, self.facility_parent[patient % len(self.facility_parent)]

    # -- per-file writers

    def write(self, out_dir: Path, name: str, rows: Iterator[dict[str, str]], manifest: FileManifest) -> None:
        columns = COLUMNS[name]
        path = out_dir / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            values = operator.itemgetter(*columns)  # every row carries every column
            written = 0
            for row in rows:
                writer.writerow(values(row))
                written += 1
                if self.progress and written % PROGRESS_EVERY == 0:
                    self.progress(f"{name}.csv", written)
        if self.progress:
            self.progress(f"{name}.csv", written)
        manifest.rows = written
        manifest.good = written - sum(manifest.reasons.values())

    @staticmethod
    def record_bad(manifest: FileManifest, plan: _Plan, i: int) -> tuple[str | None, int]:
        kind, variant = plan.classify(i)
        if kind == "duplicate_in_batch":
            manifest.add_bad(kind, i + 1)  # the previous row (number i + 1) loses to this one
        elif kind is not None:
            manifest.add_bad(kind, i + 2)
        return kind, variant

    def facility_rows(self, manifest: FileManifest) -> Iterator[dict[str, str]]:
        plan, rng = self.plans["facilities"], self.rng("facilities")
        order = list(self.lgas)
        rng.shuffle(order)
        previous: dict[str, str] = {}
        for i in range(plan.rows):
            state, lga = order[i % len(order)]
            facility_type = FACILITY_TYPES.pick(rng)
            name = f"{facility_type} {lga}"
            public = facility_type not in PRIVATE_TYPES
            if not public:
                name = f"{rng.choice(PRIVATE_PREFIXES)} {name}"
            if i >= len(order):  # a second round through the LGAs: keep names unique
                name = f"{name} {i // len(order) + 1}"
            code = f"NHFR-{self.seed}-{i:06d}"  # seed-tagged: samples of different seeds can share a database
            self.facilities.append(_Facility(code, name, state, lga))
            lat, lon = STATE_CENTRES[state]
            row = {
                "name": name,
                "state": state,
                "lga": lga,
                "type": facility_type,
                "lat": f"{lat + rng.uniform(-0.35, 0.35):.6f}" if rng.random() < 0.9 else "",
                "lon": f"{lon + rng.uniform(-0.35, 0.35):.6f}",
                "facility_code": code,
                "ownership": "public" if public else rng.choice(("private", "private", "faith-based", "ngo")),
                "phone": self.phone(rng) if rng.random() < 0.8 else "",
                "email": self.facility_email(facility_type, lga, public) if rng.random() < 0.6 else "",
                "address": self.address(rng, lga, state),
            }
            if not row["lat"]:
                row["lon"] = ""
            kind, variant = self.record_bad(manifest, plan, i)
            if kind == "missing_required":
                row[("name", "state", "lga")[variant % 3]] = ""
            elif kind == "unknown_state":
                row["state"] = UNKNOWN_STATES[variant % len(UNKNOWN_STATES)]
            elif kind == "unknown_lga":
                row["lga"] = self.foreign_lga(rng, state)
            elif kind == "bad_coordinates":
                bad_lat, bad_lon = BAD_COORDINATES[variant % len(BAD_COORDINATES)]
                row["lat"] = bad_lat or f"{lat:.6f}"
                row["lon"] = bad_lon or f"{lon:.6f}"
            elif kind == "bad_phone":
                row["phone"] = BAD_PHONES[variant % len(BAD_PHONES)]
            elif kind == "bad_email":
                row["email"] = BAD_EMAILS[variant % len(BAD_EMAILS)]
            elif kind == "duplicate_in_batch":
                keep = ("name", "state", "lga", "facility_code", "type", "ownership")
                row = {**{k: previous[k] for k in keep}, "lat": previous["lat"], "lon": previous["lon"]}
                row["phone"] = self.different(previous["phone"], lambda: self.phone(rng))
                row["address"] = f"New Wing, {previous['address']}"
                row["email"] = ""
            previous = row
            yield row

    @staticmethod
    def facility_email(facility_type: str, lga: str, public: bool) -> str:
        initials = "".join(word[0] for word in facility_type.lower().split())
        if public:
            return f"{initials}.{_ascii(lga)}@health.gov.ng"
        return f"info@{initials}{_ascii(lga)}.com.ng"

    def foreign_lga(self, rng: _Random, state: str) -> str:
        while True:
            other_state, lga = rng.choice(self.lgas)
            if other_state != state and canonical_lga(state, lga) is None:
                return lga

    @staticmethod
    def different(old: str, make: Callable[[], str]) -> str:
        while True:
            new = make()
            if new != old:
                return new

    def patient_rows(self, manifest: FileManifest) -> Iterator[dict[str, str]]:
        plan, rng = self.plans["patients"], self.rng("patients")
        max_age_days = 95 * 365
        previous: dict[str, str] = {}
        previous_facility = self.facilities[0]
        for j in range(plan.rows):
            facility_index = self.facility_parent[j % len(self.facility_parent)]
            facility = self.facilities[facility_index]
            first, last, sex = self.person(rng)
            dob = date.fromordinal(self.reference_ordinal - rng.below(max_age_days))
            row = {
                **self.facility_ref(rng, facility_index),
                "first_name": first,
                "last_name": last,
                "sex": rng.choice((sex, sex, sex.lower(), "Male" if sex == "M" else "female"))
                if rng.random() > 0.01
                else "Other",
                "dob": self.iso_date(rng, dob),
                "patient_number": f"PN-{j:07d}",
                "phone": self.phone(rng) if rng.random() < 0.75 else "",
                "email": self.email(rng, first, last) if rng.random() < 0.35 else "",
                "address": self.address(rng, facility.lga, facility.state) if rng.random() < 0.8 else "",
            }
            kind, variant = self.record_bad(manifest, plan, j)
            if kind == "missing_required":
                blank = ("first_name", "last_name", "sex", "dob", "facility")[variant % 5]
                for column in FACILITY_REF if blank == "facility" else (blank,):
                    row[column] = ""
            elif kind == "bad_sex":
                row["sex"] = BAD_SEXES[variant % len(BAD_SEXES)]
            elif kind == "bad_date":
                row["dob"] = BAD_DATES[variant % len(BAD_DATES)]
            elif kind == "future_date":
                row["dob"] = self.iso_date(rng, self.reference + timedelta(days=rng.randrange(80 * 365, 120 * 365)))
            elif kind == "date_too_old":
                row["dob"] = self.iso_date(rng, date(rng.randrange(1800, 1900), rng.randrange(1, 13), 15))
            elif kind == "bad_phone":
                row["phone"] = BAD_PHONES[variant % len(BAD_PHONES)]
            elif kind == "bad_email":
                row["email"] = BAD_EMAILS[variant % len(BAD_EMAILS)]
            elif kind == "unknown_facility":
                row.update({column: "" for column in FACILITY_REF}, **self.unknown_facility_ref(variant))
            elif kind == "duplicate_in_batch":
                row = dict(previous)
                row["phone"] = self.different(previous["phone"], lambda: self.phone(rng))
                row["address"] = self.different(
                    previous["address"],
                    lambda where=previous_facility: self.address(rng, where.lga, where.state),
                )
            previous, previous_facility = row, facility
            yield row

    def worker_rows(self, manifest: FileManifest) -> Iterator[dict[str, str]]:
        plan, rng = self.plans["workers"], self.rng("workers")
        previous: dict[str, str] = {}
        for j in range(plan.rows):
            facility_index = self.facility_parent[j % len(self.facility_parent)]
            first, last, _ = self.person(rng)
            cadre = CADRES.pick(rng)
            body = LICENCE_BODIES.get(cadre)
            licence = f"{body}/{rng.randrange(1995, self.reference.year + 1)}/{rng.randrange(100_000):05d}"
            row = {
                **self.facility_ref(rng, facility_index),
                "first_name": first,
                "last_name": last,
                "cadre": cadre,
                "staff_number": f"SN-{j:07d}",
                "phone": self.phone(rng) if rng.random() < 0.9 else "",
                "email": self.email(rng, first, last) if rng.random() < 0.5 else "",
                "license_number": licence if body else "",
                "active": rng.choice(ACTIVE_VALUES),
            }
            kind, variant = self.record_bad(manifest, plan, j)
            if kind == "missing_required":
                blank = ("first_name", "last_name", "cadre", "facility")[variant % 4]
                for column in FACILITY_REF if blank == "facility" else (blank,):
                    row[column] = ""
            elif kind == "bad_cadre":
                row["cadre"] = BAD_CADRES[variant % len(BAD_CADRES)]
            elif kind == "bad_boolean":
                row["active"] = BAD_BOOLEANS[variant % len(BAD_BOOLEANS)]
            elif kind == "bad_phone":
                row["phone"] = BAD_PHONES[variant % len(BAD_PHONES)]
            elif kind == "bad_email":
                row["email"] = BAD_EMAILS[variant % len(BAD_EMAILS)]
            elif kind == "unknown_facility":
                row.update({column: "" for column in FACILITY_REF}, **self.unknown_facility_ref(variant))
            elif kind == "duplicate_in_batch":
                row = dict(previous)
                row["phone"] = self.different(previous["phone"], lambda: self.phone(rng))
                row["active"] = "false" if previous["active"] in ("true", "yes", "1", "y") else "true"
            previous = row
            yield row

    def child_bad(
        self, row: dict[str, str], kind: str | None, variant: int, previous: dict[str, str], ref_column: str
    ) -> dict[str, str]:
        """The defects shared by medical records and triage visits; returns the row to write."""
        if kind == "unknown_facility":
            row.update({column: "" for column in FACILITY_REF}, **self.unknown_facility_ref(variant))
        elif kind == "unknown_patient":
            row["patient_number"] = f"NOPAT-{variant:06d}"
        elif kind == "duplicate_in_batch":
            changed = {k: v for k, v in row.items() if k not in (*FACILITY_REF, "patient_number", ref_column)}
            row = {**previous, **changed}
        return row

    def record_rows(self, manifest: FileManifest) -> Iterator[dict[str, str]]:
        plan, rng = self.plans["medical_records"], self.rng("medical_records")
        recorded_at = self.timestamps("medical_records")
        previous: dict[str, str] = {}
        for j in range(plan.rows):
            patient, facility_index = self.patient_parent(rng)
            record_type = RECORD_TYPES.pick(rng)
            row = {
                **self.facility_ref(rng, facility_index),
                "patient_number": f"PN-{patient:07d}",
                "record_type": record_type,
                "record_ref": f"MR-{j:08d}" if plan.is_duplicated(j) or rng.random() >= 0.1 else "",
                "recorded_at": recorded_at(j),
            }
            row.update(self.clinical_content(rng, record_type))
            kind, variant = self.record_bad(manifest, plan, j)
            if kind == "missing_required":
                blank = ("record_type", "facility", "patient_number")[variant % 3]
                for column in FACILITY_REF if blank == "facility" else (blank,):
                    row[column] = ""
            elif kind == "bad_record_type":
                row["record_type"] = BAD_RECORD_TYPES[variant % len(BAD_RECORD_TYPES)]
            elif kind == "bad_icd10":
                row["icd10_code"] = BAD_ICD10[variant % len(BAD_ICD10)]
            elif kind == "bad_timestamp":
                row["recorded_at"] = BAD_TIMESTAMPS[variant % len(BAD_TIMESTAMPS)]
            row = self.child_bad(row, kind, variant, previous, "record_ref")
            previous = row
            yield row

    def clinical_content(self, rng: _Random, record_type: str) -> dict[str, str]:
        if record_type == "Immunization":
            code, diagnosis, vaccine = rng.choice(IMMUNIZATIONS)
            return {
                "diagnosis": diagnosis,
                "icd10_code": code,
                "treatment": "Vaccine given",
                "medications": vaccine,
                "notes": rng.choice(("Next dose in 4 weeks", "No adverse reaction after 30 minutes, ok", "")),
            }
        code, diagnosis, treatment, medications = rng.choice(CONDITIONS)
        content = {
            "diagnosis": diagnosis,
            "icd10_code": code if rng.random() < 0.9 else "",
            "treatment": treatment,
            "medications": medications,
            "notes": rng.choice(NOTES),
        }
        if record_type == "Lab Result":
            content.update(treatment="", medications="", notes=rng.choice(LAB_NOTES))
        elif record_type == "Prescription":
            content["treatment"] = ""
        elif record_type == "Referral":
            content["notes"] = f"Referred for specialist review, {diagnosis.lower()}\nTransport arranged by family"
        return content

    def triage_rows(self, manifest: FileManifest) -> Iterator[dict[str, str]]:
        plan, rng = self.plans["triage_visits"], self.rng("triage_visits")
        visited_at = self.timestamps("triage_visits")
        previous: dict[str, str] = {}
        for j in range(plan.rows):
            patient, facility_index = self.patient_parent(rng)
            level = TRIAGE_LEVELS.pick(rng)
            urgency = "urgent" if level in ("1", "2") else "soon" if level == "3" else "routine"
            conditions = rng.sample(LIKELY_CONDITIONS, rng.randint(1, 3))
            advice = [*rng.sample(RECOMMENDATIONS[urgency], 2), rng.choice(RECOMMENDATIONS["routine"])]
            advice = list(dict.fromkeys(advice))
            as_json = rng.random() < 0.1
            provider_first, provider_last, _ = self.person(rng)
            row = {
                **self.facility_ref(rng, facility_index),
                "patient_number": f"PN-{patient:07d}",
                "triage_level": level,
                "visit_ref": f"TV-{j:08d}" if plan.is_duplicated(j) or rng.random() >= 0.1 else "",
                "likely_conditions": json.dumps(conditions) if as_json else "; ".join(conditions),
                "recommendations": json.dumps(advice) if as_json else "; ".join(advice),
                "language": LANGUAGES.pick(rng),
                "provider": f"{rng.choice(('Nurse', 'CHEW', 'Dr.'))} {provider_first} {provider_last}",
                "visited_at": visited_at(j),
            }
            kind, variant = self.record_bad(manifest, plan, j)
            if kind == "missing_required":
                blank = ("triage_level", "facility", "patient_number")[variant % 3]
                for column in FACILITY_REF if blank == "facility" else (blank,):
                    row[column] = ""
            elif kind == "bad_triage_level":
                row["triage_level"] = BAD_TRIAGE_LEVELS[variant % len(BAD_TRIAGE_LEVELS)]
            elif kind == "bad_language":
                row["language"] = BAD_LANGUAGES[variant % len(BAD_LANGUAGES)]
            elif kind == "bad_timestamp":
                row["visited_at"] = BAD_TIMESTAMPS[variant % len(BAD_TIMESTAMPS)]
            row = self.child_bad(row, kind, variant, previous, "visit_ref")
            previous = row
            yield row


def write_sample(
    out_dir: Path,
    *,
    facilities: int = 20,
    patients: int = 1000,
    workers: int = 100,
    records: int = 2000,
    triage: int = 2000,
    seed: int = 42,
    bad_rows: float = 0.0,
    progress: Progress | None = None,
) -> SampleManifest:
    """Write the five sample CSVs and manifest.json into out_dir; the same arguments give the same bytes."""
    counts = {
        "facilities": facilities,
        "patients": patients,
        "workers": workers,
        "medical_records": records,
        "triage_visits": triage,
    }
    if any(count < 0 for count in counts.values()):
        raise ValueError("row counts cannot be negative")
    if not 0 <= bad_rows <= MAX_BAD_SHARE:
        raise ValueError(f"bad_rows is a share between 0 and {MAX_BAD_SHARE}")
    if facilities == 0 and (patients or workers or records or triage):
        raise ValueError("patients, workers, records and triage visits need at least one facility")
    if patients == 0 and (records or triage):
        raise ValueError("medical records and triage visits need at least one patient")

    out_dir.mkdir(parents=True, exist_ok=True)
    generator = _Generator(seed, bad_rows, counts, progress)
    manifest = SampleManifest(
        seed=seed, reference_date=generator.reference.isoformat(), bad_share=bad_rows, requested=counts
    )
    makers = {
        "facilities": generator.facility_rows,
        "patients": generator.patient_rows,
        "workers": generator.worker_rows,
        "medical_records": generator.record_rows,
        "triage_visits": generator.triage_rows,
    }
    for name, make_rows in makers.items():
        file_manifest = manifest.files[f"{name}.csv"] = FileManifest()
        rows = make_rows(file_manifest) if counts[name] else iter(())
        generator.write(out_dir, name, rows, file_manifest)
    (out_dir / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    return manifest


__all__ = [
    "BAD_KINDS",
    "COLUMNS",
    "FileManifest",
    "SampleManifest",
    "reference_date_for",
    "write_sample",
]
