"""The embedded local stack: PostgreSQL and a real S3 server, kept under the `.medilink/` folder."""

from elt.stack.manager import Stack, StackState

__all__ = ["Stack", "StackState"]
