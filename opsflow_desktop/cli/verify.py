"""`opsflow verify FILE`: does a signed-off project still hold what was signed, and if not, what changed?

Exit 0 when the content matches the signed hash, 1 when it does not (or the document was never signed off),
2 when the file cannot be read (handled by cli.main like every other command).
"""

from __future__ import annotations

import argparse

from ..i18n import tr
from ..io import load_project
from ..labels import label
from ..model.signing import changed_parts, content_hash, describe_changes, part_digests

EXIT_MATCHES, EXIT_DIFFERS = 0, 1
# Enough to see what happened; a wholesale rewrite of a 5,000-step map need not print every step.
_MAX_LISTED = 50


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
