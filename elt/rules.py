"""The CSV contract's field rules for one value at a time (the API's creates and corrections).

The bulk path checks the same rules set-based in SQL (elt/pipeline/sql/validate_*.sql). The constants
below are the one source: `sql_parameters()` hands them to that SQL as query parameters, and the
ICD-10 list and states/LGAs come from elt.reference, which also renders the reference tables.
tests/elt/test_rules_agree.py runs both on one corpus, for every reason code, so they cannot drift.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time

import phonenumbers

SEXES = ("M", "F", "Other")
SEX_ALIASES = {"m": "M", "male": "M", "f": "F", "female": "F", "other": "Other", "o": "Other"}
CADRES = (
    "doctor",
    "nurse",
    "midwife",
    "community health extension worker",
    "pharmacist",
    "laboratory scientist",
    "other",
)
RECORD_TYPES = (
    "Consultation",
    "Lab Result",
    "Prescription",
    "Immunization",
    "Admission",
    "Discharge",
    "Referral",
)
LANGUAGES = ("en", "ha", "yo", "ig", "pcm")
TRUE_WORDS = ("true", "yes", "y", "1", "t")
FALSE_WORDS = ("false", "no", "n", "0", "f")
MIN_DOB = date(1900, 1, 1)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # also valid as a PostgreSQL regular expression
ICD10_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,3})?$")  # A01, A01.0, A010
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DMY_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def sql_parameters() -> dict[str, object]:
    """The constants above as parameters of the bulk path's validate_*.sql."""
    return {
        "sex_words": list(SEX_ALIASES),
        "sex_values": list(SEX_ALIASES.values()),
        "sex_list": ", ".join(SEXES),
        "true_words": list(TRUE_WORDS),
        "false_words": list(FALSE_WORDS),
        "email_pattern": EMAIL.pattern,
        "min_dob": MIN_DOB,
        "icd10_shape": ICD10_SHAPE.pattern,
        "cadres": list(CADRES),
        "record_types": list(RECORD_TYPES),
        "languages": list(LANGUAGES),
    }


class RuleError(ValueError):
    """A value breaks the contract; `code` is the reason code the bulk path also uses."""

    def __init__(self, code: str, column: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.column = column
        self.message = message


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def required(value: str | None, column: str) -> str:
    if _blank(value):
        raise RuleError("missing_required", column, f"{column} is required")
    return str(value).strip()


def optional_text(value: str | None) -> str | None:
    return None if _blank(value) else str(value).strip()


def normalize_phone(value: str | None, column: str = "phone") -> str | None:
    """A Nigerian (or any +country) number in E.164 form; blank stays None."""
    if _blank(value):
        return None
    try:
        number = phonenumbers.parse(str(value), "NG")
    except phonenumbers.NumberParseException as error:
        raise RuleError("bad_phone", column, f"{column} {value!r} is not a phone number") from error
    if not phonenumbers.is_valid_number(number):
        raise RuleError("bad_phone", column, f"{column} {value!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_email(value: str | None, column: str = "email") -> str | None:
    text = optional_text(value)
    if text is not None and not EMAIL.match(text):
        raise RuleError("bad_email", column, f"{column} {value!r} is not an email address")
    return text


def parse_sex(value: str | None, column: str = "sex") -> str:
    text = required(value, column)
    sex = SEX_ALIASES.get(text.lower())
    if sex is None:
        raise RuleError("bad_sex", column, f"{column} {value!r} is not one of {', '.join(SEXES)}")
    return sex


def parse_date(value: str | date | None, column: str) -> date:
    """ISO 8601 (YYYY-MM-DD) or DD/MM/YYYY."""
    if isinstance(value, date):
        return value
    text = required(value, column)
    match = ISO_DATE.match(text)
    parts = (int(match[1]), int(match[2]), int(match[3])) if match else None
    if parts is None and (match := DMY_DATE.match(text)):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    try:
        if parts is None:
            raise ValueError(text)
        return date(*parts)
    except ValueError as error:
        raise RuleError(
            "bad_date", column, f"{column} {value!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)"
        ) from error


def check_dob(value: date, column: str = "dob", today: date | None = None) -> date:
    today = today or date.today()
    if value > today:
        raise RuleError("future_date", column, f"{column} {value.isoformat()} is in the future")
    if value < MIN_DOB:
        raise RuleError("date_too_old", column, f"{column} {value.isoformat()} is before {MIN_DOB.isoformat()}")
    return value


def parse_timestamp(value: str | datetime | None, column: str) -> datetime | None:
    """ISO 8601 date or date-time; without a zone it is UTC. Blank stays None."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if _blank(value):
        return None
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(parse_date(text, column), time())
        except RuleError as error:
            raise RuleError("bad_timestamp", column, f"{column} {value!r} is not an ISO 8601 timestamp") from error
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def canonical_state(value: str | None, column: str = "state") -> str:
    from elt.reference import canonical_state as lookup

    text = required(value, column)
    state = lookup(text)
    if state is None:
        raise RuleError("unknown_state", column, f"{column} {value!r} is not a Nigerian state or FCT")
    return state


def canonical_lga(state: str, value: str | None, column: str = "lga") -> str:
    from elt.reference import canonical_lga as lookup

    text = required(value, column)
    lga = lookup(state, text)
    if lga is None:
        raise RuleError("unknown_lga", column, f"{column} {value!r} is not an LGA of {state}")
    return lga


def parse_coordinate(value: str | float | None, kind: str) -> float | None:
    if _blank(value):
        return None
    limit = 90 if kind == "lat" else 180
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise RuleError("bad_coordinates", kind, f"{kind} {value!r} is not a number") from error
    if not -limit <= number <= limit:
        raise RuleError("bad_coordinates", kind, f"{kind} {value!r} is outside -{limit}..{limit}")
    return number


def parse_cadre(value: str | None, column: str = "cadre") -> str:
    text = required(value, column)
    cadre = " ".join(text.lower().split())
    if cadre not in CADRES:
        raise RuleError("bad_cadre", column, f"{column} {value!r} is not one of {', '.join(CADRES)}")
    return cadre


def parse_bool(value: str | bool | None, column: str = "active", default: bool = True) -> bool:
    if isinstance(value, bool):
        return value
    if _blank(value):
        return default
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise RuleError("bad_boolean", column, f"{column} {value!r} is not true/false/yes/no/1/0")


def parse_record_type(value: str | None, column: str = "record_type") -> str:
    text = required(value, column)
    for record_type in RECORD_TYPES:
        if record_type.lower() == " ".join(text.lower().split()):
            return record_type
    raise RuleError("bad_record_type", column, f"{column} {value!r} is not one of {', '.join(RECORD_TYPES)}")


def check_icd10(value: str | None, column: str = "icd10_code") -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    from elt.reference import icd10_codes

    code = text.upper()
    if not ICD10_SHAPE.match(code) or code.replace(".", "") not in icd10_codes():
        raise RuleError("bad_icd10", column, f"{column} {value!r} is not a WHO ICD-10 code")
    return code


def parse_triage_level(value: str | int | None, column: str = "triage_level") -> int:
    if isinstance(value, bool):
        raise RuleError("bad_triage_level", column, f"{column} must be a whole number from 1 to 5")
    text = required(None if value is None else str(value), column)
    if not re.fullmatch(r"[1-5]", text):
        raise RuleError("bad_triage_level", column, f"{column} {value!r} is not a whole number from 1 to 5")
    return int(text)


def parse_language(value: str | None, column: str = "language") -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    if text.lower() not in LANGUAGES:
        raise RuleError("bad_language", column, f"{column} {value!r} is not one of {', '.join(LANGUAGES)}")
    return text.lower()


def parse_list(value: str | list[str] | None, column: str) -> list[str]:
    """A JSON array, or semicolon-separated text; blanks are dropped."""
    if value is None:
        return []
    if isinstance(value, list):
        items = value
    else:
        text = value.strip()
        if text.startswith("["):
            try:
                items = json.loads(text)
            except json.JSONDecodeError as error:
                raise RuleError("bad_list", column, f"{column} is not a valid JSON array") from error
            if not isinstance(items, list):
                raise RuleError("bad_list", column, f"{column} is not a valid JSON array")
        else:
            items = text.split(";")
    return [str(item).strip() for item in items if str(item).strip()]
