"""Validation problems in words a user can act on, shared by the editor and the file loader."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ..i18n import tr


def reason(error: Mapping[str, Any]) -> str:
    """One pydantic error (its ``ErrorDetails``, or the same as a plain dict) as a short translated reason
    ("must be a number")."""
    kind = error.get("type", "")
    ctx = error.get("ctx", {})
    translated = {
        "missing": lambda: tr("a required value is missing"),
        "extra_forbidden": lambda: tr("this field is unknown"),
        "float_parsing": lambda: tr("must be a number"),
        "float_type": lambda: tr("must be a number"),
        "finite_number": lambda: tr("must be a finite number"),
        "int_parsing": lambda: tr("must be a whole number"),
        "string_type": lambda: tr("must be text"),
        "list_type": lambda: tr("must be a list"),
        "dict_type": lambda: tr("must be a mapping"),
        "model_type": lambda: tr("must be an object"),
        "model_attributes_type": lambda: tr("must be an object"),
        "enum": lambda: tr("must be one of: {choices}", choices=ctx.get("expected", "")),
        "greater_than_equal": lambda: tr("must be at least {limit}", limit=ctx.get("ge", "")),
        "greater_than": lambda: tr("must be greater than {limit}", limit=ctx.get("gt", "")),
        "less_than_equal": lambda: tr("must be at most {limit}", limit=ctx.get("le", "")),
        "date_from_datetime_parsing": lambda: tr("must be a date such as 2026-11-23"),
        "date_parsing": lambda: tr("must be a date such as 2026-11-23"),
        "date_type": lambda: tr("must be a date such as 2026-11-23"),
    }.get(kind)
    return translated() if translated else error.get("msg", kind)


def first_reason(exc: ValidationError) -> str:
    """The first problem of a validation error, with the field it concerns."""
    error = exc.errors()[0]
    field = ".".join(str(p) for p in error.get("loc", ()) if not isinstance(p, int))
    return tr("Field '{field}': {reason}", field=field, reason=reason(error)) if field else reason(error)
