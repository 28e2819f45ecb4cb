"""`opsflow verify FILE`: does a signed-off project still hold what was signed, and if not, what changed?

Exit 0 when the document is signed off and its content matches the signed hash, 1 when it does not or the
document is not signed off (a draft whose stored hash happens to match was never signed: there is nothing it
could match), 2 when the file cannot be read or --hash is not a SHA-256 (a usage error, like every other).
"""

from __future__ import annotations

import argparse
import re
import sys

from ..i18n import tr
from ..io import load_project
from ..labels import label
from ..model.enums import DocumentStatus
from ..model.signing import changed_parts, content_hash, describe_changes, part_digests
from .codes import EXIT_UNREADABLE

EXIT_MATCHES, EXIT_DIFFERS = 0, 1
# Enough to see what happened; a wholesale rewrite of a 5,000-step map need not print every step.
_MAX_LISTED = 50
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def add_command(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser(
        "verify",
        help=tr(
            "Check that a signed-off project still holds what was signed: exit 0 if it does, 1 with what changed, "
            "2 if it cannot be read."
        ),
    )
    verify.add_argument("file", help=tr("an .opsflow project file"))
    verify.add_argument(
        "--hash",
        metavar="SHA256",
        help=tr(
            "the hash printed in the signed manual: the file must match it too (the hash stored in a file can be "
            "recomputed by whoever edits the file; the one on paper cannot)"
        ),
    )
    verify.set_defaults(handler=lambda args: verify_file(args.file, args.hash))


def verify_file(path: str, printed_hash: str | None = None) -> int:
    if printed_hash is not None and not _SHA256.fullmatch(printed_hash.strip()):
        # A mistyped hash says nothing about the file: refuse it rather than accuse the file of tampering.
        print(
            tr("--hash must be the 64 hexadecimal digits of a SHA-256 hash, not “{hash}”.", hash=printed_hash),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    project = load_project(path)
    meta = project.meta
    if not meta.signed_hash:
        print(
            tr(
                "{file}: not signed off (status: {status}); there is no signed hash to check.",
                file=path,
                status=label(meta.status),
            )
        )
        return EXIT_DIFFERS
    if meta.status != DocumentStatus.SIGNED_OFF:
        # A hash in a draft was never signed (and can be recomputed by anyone): it matches no sign-off.
        print(
            tr(
                "{file}: not signed off (status: {status}); the hash stored in it was not signed, so the content "
                "cannot match a sign-off.",
                file=path,
                status=label(meta.status),
            )
        )
        return EXIT_DIFFERS
    actual = content_hash(project)
    if printed_hash is not None and printed_hash.strip().lower() != actual:
        # Whoever edits the file can store a fresh hash in it; the manual on paper keeps the signed one.
        print(tr("{file}: the content does NOT match the hash printed in the signed manual.", file=path))
        print(tr("  printed: {hash}", hash=printed_hash.strip().lower()))
        print(tr("  content: {hash}", hash=actual))
        if actual == meta.signed_hash:
            print("  - " + tr("the hash stored in the file was recomputed after the content was changed"))
        return EXIT_DIFFERS
    if actual == meta.signed_hash:
        print(
            tr(
                "{file}: the content matches the signed hash (SHA-256 {hash}, signed off on {date}, "
                "version {version}).",
                file=path,
                hash=actual,
                date=meta.signed_on or "?",
                version=meta.version,
            )
        )
        return EXIT_MATCHES
    print(
        tr(
            "{file}: the content does NOT match the signed hash; it was changed after the sign-off on {date} "
            "(version {version}).",
            file=path,
            date=meta.signed_on or "?",
            version=meta.version,
        )
    )
    print(tr("  signed:  {hash}", hash=meta.signed_hash))
    print(tr("  content: {hash}", hash=actual))
    lines = describe_changes(project, changed_parts(meta.signed_digests, part_digests(project)))
    if not lines:
        # Every part matches its digest, so the record of the parts itself was edited (or is missing).
        lines = [tr("the changed part cannot be named: the record of the signed parts is missing or was edited")]
    for line in lines[:_MAX_LISTED]:
        print(f"  - {line}")
    if len(lines) > _MAX_LISTED:
        print("  " + tr("... and {count} more", count=len(lines) - _MAX_LISTED))
    return EXIT_DIFFERS
