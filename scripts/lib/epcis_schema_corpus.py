#!/usr/bin/env python3
"""Writes the corpus of FoodTrace's EPCIS schema differential test, with python-jsonschema's verdicts.

    epcis_schema_corpus.py SCHEMA OUT.jsonl DOCUMENT...

Each DOCUMENT (an EPCIS 2.0 JSON-LD file) goes in as it is, followed by MUTATIONS_PER_DOCUMENT
mutations of it, each made by one deterministic (seeded) change aimed at what the schema constrains:
a member removed or added, a value of the wrong type, a bad date-time or offset, an empty or repeated
list, an enumerated value misspelt, a unit of measure of the wrong shape, a CBV URN where a Web URI
is required. Every document is validated with Draft7Validator against SCHEMA, the `date-time`
format checked (as in the project's other schema tests; `uri` is not asserted, as python-jsonschema
does not assert it without the optional rfc3987 package). One JSON line per document on OUT:
{"name", "valid", "document"}. A summary goes to stdout.
"""
import copy
import json
import random
import sys

from jsonschema import Draft7Validator, FormatChecker

MUTATIONS_PER_DOCUMENT = 9
BAD_TIMES = ["22-07-2026", "2026-07-22", "2026-07-22T10:00:00", "2026-02-30T10:00:00Z", "2026-07-22T24:00:00Z",
             "2026-07-22 10:00:00+08:00", "0000-01-01T00:00:00Z"]
GOOD_TIMES = ["2026-07-22T10:00:00.1234+08:00", "2026-07-22t10:00:00z", "2024-02-29T23:59:59Z"]
BAD_OFFSETS = ["+14:01", "+8:00", "Z", "+15:00", "-00:60", "+0800"]
BAD_UNITS = ["kg", "KGMM", "K", "K G", "kgm"]


def paths(value, path=()):
    """Every (path, value) below value, containers included."""
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, path + (index,))


def parent_of(document, path):
    node = document
    for step in path[:-1]:
        node = node[step]
    return node


def mutate(document, rng):
    """One changed copy of document and a short description of the change."""
    doc = copy.deepcopy(document)
    everything = [(p, v) for p, v in paths(doc) if p]
    kind = rng.choice(["remove", "add", "retype", "time", "offset", "empty", "duplicate", "enum", "uom", "urn",
                       "number", "null"])
    if kind == "remove":
        path, _ = rng.choice(everything)
        parent = parent_of(doc, path)
        del parent[path[-1]]
        return doc, "remove " + "/".join(map(str, path))
    if kind == "add":
        objects = [(p, v) for p, v in paths(doc) if isinstance(v, dict)]
        path, obj = rng.choice(objects)
        name = rng.choice(["foo", "example:foo", "quantityX", "https://ns.example.com/x"])
        obj[name] = rng.choice(["bar", 1, {"a": "b"}])
        return doc, "add %s at %s" % (name, "/".join(map(str, path)))
    if kind in ("time", "offset", "uom", "urn", "number", "enum"):
        wanted = {"time": lambda k: isinstance(k, str) and "time" in k.lower() and "offset" not in k.lower(),
                  "offset": lambda k: k == "eventTimeZoneOffset",
                  "uom": lambda k: k == "uom",
                  "urn": lambda k: k in ("bizStep", "disposition", "type") ,
                  "number": lambda k: k in ("quantity", "value", "minValue", "maxValue", "meanValue"),
                  "enum": lambda k: k in ("action", "type", "reason")}[kind]
        candidates = [(p, v) for p, v in everything if isinstance(p[-1], str) and wanted(p[-1])]
        if not candidates:
            return mutate(document, rng)
        path, value = rng.choice(candidates)
        replacement = {"time": lambda: rng.choice(BAD_TIMES + GOOD_TIMES),
                       "offset": lambda: rng.choice(BAD_OFFSETS),
                       "uom": lambda: rng.choice(BAD_UNITS),
                       "urn": lambda: rng.choice(["urn:epcglobal:cbv:bizstep:shipping", "https://ns.gs1.org/cbv/x",
                                                  "shipping", "https://gs1.org/voc/x"]),
                       "number": lambda: rng.choice(["twenty", "20", True, [20]]),
                       "enum": lambda: rng.choice(["MODIFY", "add", "ThingEvent", "ObjectEvents", ""])}[kind]()
        parent_of(doc, path)[path[-1]] = replacement
        return doc, "%s %s = %r" % (kind, "/".join(map(str, path)), replacement)
    if kind == "retype":
        leaves = [(p, v) for p, v in everything if not isinstance(v, (dict, list))]
        path, value = rng.choice(leaves)
        parent_of(doc, path)[path[-1]] = rng.choice([42, "42", False, ["x"], {"x": 1}])
        return doc, "retype " + "/".join(map(str, path))
    if kind == "empty":
        lists = [(p, v) for p, v in everything if isinstance(v, list) and v]
        if not lists:
            return mutate(document, rng)
        path, value = rng.choice(lists)
        value.clear()
        return doc, "empty " + "/".join(map(str, path))
    if kind == "duplicate":
        lists = [(p, v) for p, v in everything if isinstance(v, list) and v]
        if not lists:
            return mutate(document, rng)
        path, value = rng.choice(lists)
        value.append(copy.deepcopy(value[0]))
        return doc, "duplicate an item of " + "/".join(map(str, path))
    path, _ = rng.choice(everything)
    parent_of(doc, path)[path[-1]] = None
    return doc, "null " + "/".join(map(str, path))


def main():
    schema_path, out_path, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        validator = Draft7Validator(json.load(f), format_checker=FormatChecker(formats=["date-time"]))
    rng = random.Random(20260722)
    counts = {True: 0, False: 0}
    with open(out_path, "w", encoding="utf-8") as out:
        for source in inputs:
            with open(source, encoding="utf-8") as f:
                original = json.load(f)
            variants = [(original, "as published")]
            for _ in range(MUTATIONS_PER_DOCUMENT):
                variants.append(mutate(original, rng))
            for document, change in variants:
                valid = validator.is_valid(document)
                counts[valid] += 1
                name = "%s: %s" % (source.rsplit("/", 1)[-1], change)
                out.write(json.dumps({"name": name, "valid": valid, "document": document}) + "\n")
    print(json.dumps({"valid": counts[True], "invalid": counts[False]}))


if __name__ == "__main__":
    main()
