"""The design document, read at test time: its sections, code blocks, HTTP requests, SQL, settings
and dbt commands, exactly as written there (nothing here restates an example).

The document lives outside the repository: `../shared/seed/000_cd7c1f1bca5a5da4.txt` relative to
the repository root (CI checks out `shared/` beside the clone). MEDILINK_DESIGN_DOC names another
copy. Without it the contract tests fail, naming the paths they tried: a contract that is not
checked must not pass.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_NAME = "000_cd7c1f1bca5a5da4.txt"
SEED = Path("shared") / "seed" / DOCUMENT_NAME
# ../shared beside the clone (CI); a git worktree may sit deeper, so the nearest ancestor holding it wins.
DEFAULT_PATH = next(
    (parent / SEED for parent in REPO_ROOT.parents if (parent / SEED).is_file()), REPO_ROOT.parent / SEED
)
API_HOST = "localhost:5000"  # the document's API address; Airflow is localhost:8088
REQUEST_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) (\S+)$")
ASSIGNMENT = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$")
FENCE = re.compile(r"^```(\w*)\s*$")


def document_path() -> Path:
    configured = os.environ.get("MEDILINK_DESIGN_DOC")
    return Path(configured) if configured else DEFAULT_PATH


@cache
def document_text() -> str:
    path = document_path()
    if not path.is_file():
        pytest.fail(
            f"The design document is missing: looked for {path}. The contract tests execute its examples; "
            f"put shared/seed/{DOCUMENT_NAME} beside the repository or set MEDILINK_DESIGN_DOC.",
            pytrace=False,
        )
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Block:
    section: str  # the `## ` heading (its text, mis-encoded emoji and all)
    subsection: str  # the nearest `### ` heading
    language: str
    text: str
    line: int  # 1-based line of the opening fence


@cache
def blocks() -> tuple[Block, ...]:
    found: list[Block] = []
    section = subsection = ""
    language: str | None = None
    body: list[str] = []
    start = 0
    for number, line in enumerate(document_text().splitlines(), start=1):
        fence = FENCE.match(line)
        if language is not None:
            if line.startswith("```"):
                found.append(Block(section, subsection, language, "\n".join(body), start))
                language, body = None, []
            else:
                body.append(line)
        elif fence:
            language, start = fence.group(1), number
        elif line.startswith("## "):
            section, subsection = line[3:], ""
        elif line.startswith("### "):
            subsection = line[4:]
    return tuple(found)


def section_blocks(title: str, language: str | None = None) -> list[Block]:
    """Blocks of every `## ` section whose heading ends with `title` (the emoji before it are mis-encoded)."""
    return [
        block
        for block in blocks()
        if block.section.rstrip().endswith(title) and (language is None or block.language == language)
    ]


# ---------------------------------------------------------------- HTTP
@dataclass(frozen=True)
class Request:
    method: str
    target: str  # path and query string, as written
    headers: tuple[tuple[str, str], ...]
    body: str | None
    sources: tuple[str, ...] = field(compare=False)

    @property
    def json(self) -> object:
        return json.loads(self.body) if self.body else None

    @property
    def label(self) -> str:
        return f"{self.method} {self.target}"


def _http_requests(block: Block) -> list[Request]:
    """An ```http block: one or more request lines, each with headers, a blank line and a body."""
    requests: list[Request] = []
    current: dict | None = None
    for line in [*block.text.splitlines(), None]:
        start = REQUEST_LINE.match(line) if line is not None else None
        if (start or line is None) and current:
            body = "\n".join(current["body"]).strip() or None
            source = f"line {block.line} ({block.subsection.strip()})"
            requests.append(Request(current["method"], current["target"], tuple(current["headers"]), body, (source,)))
            current = None
        if start:
            current = {"method": start.group(1), "target": start.group(2), "headers": [], "body": [], "in_body": False}
        elif current is not None and line is not None:
            if not current["in_body"] and not line.strip():
                current["in_body"] = True
            elif current["in_body"]:
                current["body"].append(line)
            else:
                name, _, value = line.partition(":")
                current["headers"].append((name.strip(), value.strip()))
    return requests


def _commands(text: str) -> list[str]:
    """Shell commands of a block: backslash continuations joined, a quoted argument may span
    lines (curl's JSON bodies), comments dropped."""
    commands: list[str] = []
    pending = ""
    for line in re.sub(r"\\\n\s*", " ", text).splitlines():
        pending = f"{pending}\n{line}" if pending else line.strip()
        if not pending or pending.startswith("#"):
            pending = ""
            continue
        try:
            shlex.split(pending)
        except ValueError:  # an open quote: the argument goes on
            continue
        commands.append(pending)
        pending = ""
    return commands


def _curl_request(command: str, block: Block) -> Request | None:
    words = shlex.split(command)
    if not words or words[0] != "curl":
        return None
    method, headers, body, url = "GET", [], None, None
    words = iter(words[1:])
    for word in words:
        if word == "-X":
            method = next(words)
        elif word == "-H":
            name, _, value = next(words).partition(":")
            headers.append((name.strip(), value.strip()))
        elif word in ("-d", "--data"):
            body = next(words)
            method = "POST" if method == "GET" else method
        elif not word.startswith("-"):
            url = word
    parts = urlsplit(url or "")
    if parts.netloc != API_HOST:
        return None
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    source = f"line {block.line} ({block.subsection.strip()})"
    return Request(method, target, tuple(headers), body.strip() if body else None, (source,))


@cache
def api_requests() -> tuple[Request, ...]:
    """Every request to the API the document shows: the ```http blocks of its API Documentation
    section and every `curl http://localhost:5000/…` anywhere, in document order. The same
    request written twice (curl and http) is one, with both sources."""
    found: list[Request] = []
    for block in blocks():
        if block.language == "http" and block.section.rstrip().endswith("API Documentation"):
            found += _http_requests(block)
        elif block.language == "bash":
            for command in _commands(block.text):
                request = _curl_request(command, block)
                if request:
                    found.append(request)
    merged: dict[tuple, Request] = {}
    for request in found:
        key = (request.method, request.target, json.dumps(request.json, sort_keys=True))
        if key in merged:
            known = merged[key]
            merged[key] = Request(
                known.method, known.target, known.headers, known.body, known.sources + request.sources
            )
        else:
            merged[key] = request
    return tuple(merged.values())


# ---------------------------------------------------------------- SQL, settings, dbt
def monitoring_sql() -> list[Block]:
    return section_blocks("Monitoring & Logging", "sql")


def setup_variables() -> list[tuple[str, str]]:
    """`NAME=value` lines of the setup and security sections' shell blocks (the .env the document asks for)."""
    variables: list[tuple[str, str]] = []
    for title in ("Installation & Setup", "Security Best Practices"):
        for block in section_blocks(title, "bash"):
            for line in _commands(block.text):
                match = ASSIGNMENT.match(line)
                if match and (match.group(1), match.group(2)) not in variables:
                    variables.append((match.group(1), match.group(2)))
    return variables


def dbt_commands() -> list[str]:
    """Every `dbt …` command line the document shows (run, test, docs, debug), in order, once each."""
    commands: list[str] = []
    for block in blocks():
        if block.language != "bash":
            continue
        for line in _commands(block.text):
            words = shlex.split(line)
            if words and words[0] != "cd" and "dbt" in words[:-1]:
                command = " ".join(words[words.index("dbt") :])
                if command not in commands:
                    commands.append(command)
    return commands
