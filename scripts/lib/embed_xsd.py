#!/usr/bin/env python3
"""Writes Sources/TraceInterop/Schema/EPCISXSD+Files.swift: the EPCIS 2.0 XSD files of schemas/epcis/xsd/, byte for
byte, as Swift string literals (carriage returns escaped, so the literals keep the files' CRLF line ends).

    scripts/lib/embed_xsd.py [ROOT]

EPCISXSDTests checks that the embedded texts are the files' bytes; run this after changing the files.
"""
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
files = sorted((root / "schemas/epcis/xsd").glob("*.xsd"))


def literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
    # A multi-line literal ends before the newline that precedes its closing delimiter: one more keeps the last.
    return '"""\n' + escaped + '\n"""'


out = [
    "// The GS1 EPCIS 2.0 XML schemas, byte for byte the files in schemas/epcis/xsd/ (GS1 standard artefacts; see",
    "// schemas/epcis/README.md). Written by scripts/lib/embed_xsd.py; EPCISXSDTests compares them with the files.",
    "// swift-format-ignore-file",
    "",
    "extension EPCISXSD {",
    "    /// The schema files by name.",
    "    static let published: [String: String] = [",
]
for file in files:
    out.append('        "%s": %s,' % (file.name, literal(file.read_bytes().decode("utf-8"))))
out += ["    ]", "}", ""]
(root / "Sources/TraceInterop/Schema/EPCISXSD+Files.swift").write_text("\n".join(out), encoding="utf-8")
