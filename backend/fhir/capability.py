"""GET /fhir/metadata: the CapabilityStatement a Bulk Data client reads first."""

from __future__ import annotations

from typing import Any

from elt.fhir.resources import RESOURCE_TYPES

BULK = "http://hl7.org/fhir/uv/bulkdata"


def capability_statement(base_url: str, software_version: str, date: str) -> dict[str, Any]:
    resources: list[dict[str, Any]] = [{"type": r.name} for r in RESOURCE_TYPES]
    for entry in resources:
        if entry["type"] == "Patient":
            entry["operation"] = [
                {"name": "export", "definition": f"{BULK}/OperationDefinition/patient-export"},
            ]
    resources.append(
        {"type": "Group", "operation": [{"name": "export", "definition": f"{BULK}/OperationDefinition/group-export"}]}
    )
    return {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": date,
        "publisher": "Medilink",
        "kind": "instance",
        "instantiates": [f"{BULK}/CapabilityStatement/bulk-data"],
        "software": {"name": "Medilink API", "version": software_version},
        "implementation": {"description": "Medilink FHIR R4 Bulk Data export", "url": base_url},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json"],
        "rest": [
            {
                "mode": "server",
                "documentation": (
                    "Group/{id} is a health facility (its id as in /api/v1/facilities). Kick-off requests need a "
                    "bearer token (OAuth2 client credentials at POST /api/v1/auth/token): system level for admin "
                    "clients; Patient and Group level for admin and facility clients (a facility client only "
                    "its own facility). _outputFormat application/fhir+ndjson, _type and _since are supported."
                ),
                "security": {
                    "service": [
                        {
                            "coding": [
                                {
                                    "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                    "code": "OAuth",
                                }
                            ],
                            "text": "OAuth2 client credentials; Authorization: Bearer <token>",
                        }
                    ]
                },
                "resource": resources,
                "operation": [{"name": "export", "definition": f"{BULK}/OperationDefinition/export"}],
            }
        ],
    }
