"""FHIR R4 Bulk Data Access (IG v2) under /fhir: CapabilityStatement, $export kick-off, job status,
cancel and authorised downloads. The resources themselves are built by `elt.fhir`."""
