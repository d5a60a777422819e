#!/usr/bin/env python3
"""Writes the XML half of FoodTrace's EPCIS validation differential test, with the verdicts of python's xmlschema.

    epcis_xsd_corpus.py XSD_DIR OUT.jsonl DOCUMENT...

Each DOCUMENT (an EPCIS 2.0 XML file) goes in as it is, followed by MUTATIONS_PER_DOCUMENT mutations of it, each
made by one deterministic (seeded) change aimed at what the XSD constrains: an element removed, added (unqualified,
or in a foreign namespace where the schema admits extensions), repeated, emptied or moved out of its sequence; an
attribute added; a date-time, offset, action, quantity, unit or boolean written wrongly (or in a lexical form the
schema allows). Every document is validated by xmlschema (an XSD 1.0 validator written in Python, independent of
libxml2) against the schemas in XSD_DIR: the event, query and master-data schemas together, as FoodTrace compiles
them. Master-data attribute values (application content of type xsd:anyType) are left as they are (see
in_attribute_value). One JSON line per document on OUT: {"name", "valid", "document"} (the document as text). A summary goes to
stdout.
"""
import copy
import json
import os
import random
import sys
import tempfile

from lxml import etree
import xmlschema

MUTATIONS_PER_DOCUMENT = 9
TIMES = ["22-07-2026", "2026-07-22", "2026-07-22T10:00:00", "2026-02-30T10:00:00Z", "2026-07-22T25:00:00Z",
         "2026-07-22 10:00:00+08:00", "2026-07-22T10:00:00.1234+08:00", "2024-02-29T23:59:59Z", "2026-07-22T10:00:00+08"]
OFFSETS = ["+14:01", "+8:00", "Z", "+0800", "-00:60", "+08:00", "-05:00"]
ACTIONS = ["MODIFY", "add", "ADD", "OBSERVE", "DELETE", ""]
NUMBERS = ["twenty", "20", "2.5", "-1", "1e3", "", " 7 ", "0.000001"]
UNITS = ["kg", "KGM", "KGMM", "K G", "", "EA"]
BOOLEANS = ["true", "false", "1", "yes", "TRUE"]
FOREIGN = "http://ns.example.com/epcis-ext/"

ENTRY = """<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="urn:epcglobal:epcis:xsd:2" schemaLocation="{d}/EPCglobal-epcis-2_0.xsd"/>
  <xsd:import namespace="urn:epcglobal:epcis-query:xsd:2" schemaLocation="{d}/EPCglobal-epcis-query-2_0.xsd"/>
  <xsd:import namespace="urn:epcglobal:epcis-masterdata:xsd:2" schemaLocation="{d}/EPCglobal-epcis-masterdata-2_0.xsd"/>
</xsd:schema>
"""


def local(element):
    return etree.QName(element).localname


def elements(root):
    """The elements a mutation may change: all but the root and the content of master-data attribute values."""
    return [e for e in root.iter() if isinstance(e.tag, str) and e is not root and not in_attribute_value(e)]


def in_attribute_value(element):
    """Whether element lies inside a master-data `attribute` value (content of type xsd:anyType): python's xmlschema
    does not assess an xsi:type given there, libxml2 does, as XSD 1.0 asks (Part 1, 3.3.4, Element Locally Valid
    (Element), clause 4); EPCISXSDTests pins libxml2's verdict on such content apart."""
    parent = element.getparent()
    while parent is not None:
        if isinstance(parent.tag, str) and local(parent) == "attribute":
            return True
        parent = parent.getparent()
    return False


def leaves(root, names):
    return [e for e in elements(root) if local(e) in names and len(e) == 0]


def mutate(tree, rng):
    """Changes tree in place; returns a short description."""
    root = tree.getroot()
    everything = elements(root)
    kind = rng.choice(["remove", "add", "foreign", "duplicate", "empty", "swap", "attribute", "time", "offset",
                       "action", "number", "uom", "boolean"])
    if kind == "remove":
        element = rng.choice(everything)
        element.getparent().remove(element)
        return "remove " + local(element)
    if kind in ("add", "foreign"):
        parent = rng.choice(everything)
        name = "{%s}note" % FOREIGN if kind == "foreign" else rng.choice(["foo", "quantityX", "epc"])
        child = etree.SubElement(parent, name)
        child.text = "bar"
        if rng.random() < 0.5 and len(parent) > 1:
            parent.remove(child)
            parent.insert(rng.randrange(len(parent)), child)
        return "add %s in %s" % (name, local(parent))
    if kind == "duplicate":
        element = rng.choice(everything)
        element.addnext(copy.deepcopy(element))
        return "duplicate " + local(element)
    if kind == "empty":
        element = rng.choice(everything)
        for child in list(element):
            element.remove(child)
        element.text = None
        return "empty " + local(element)
    if kind == "swap":
        parents = [e for e in [root] + everything if len([c for c in e if isinstance(c.tag, str)]) >= 2]
        if not parents:
            return mutate(tree, rng)
        parent = rng.choice(parents)
        children = [c for c in parent if isinstance(c.tag, str)]
        a, b = rng.sample(children, 2)
        a_index, b_index = parent.index(a), parent.index(b)
        parent.remove(a)
        parent.insert(b_index, a)
        parent.remove(b)
        parent.insert(a_index, b)
        return "swap %s and %s" % (local(a), local(b))
    if kind == "attribute":
        element = rng.choice([root] + everything)
        name = rng.choice(["foo", "{%s}flag" % FOREIGN, "type"])
        element.set(name, rng.choice(["x", "po", "urn:epcglobal:cbv:btt:po"]))
        return "attribute %s on %s" % (name, local(element))
    names, values = {
        "time": ({"eventTime", "recordTime", "declarationTime", "time", "startTime", "endTime", "creationDate"}, TIMES),
        "offset": ({"eventTimeZoneOffset"}, OFFSETS),
        "action": ({"action"}, ACTIONS),
        "number": ({"quantity", "value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue"},
                   NUMBERS),
        "uom": ({"uom"}, UNITS),
        "boolean": ({"booleanValue"}, BOOLEANS),
    }[kind]
    candidates = leaves(root, names)
    attributes = [(e, a) for e in [root] + everything for a in e.attrib if etree.QName(a).localname in names]
    if not candidates and not attributes:
        return mutate(tree, rng)
    value = rng.choice(values)
    if candidates and (not attributes or rng.random() < 0.7):
        element = rng.choice(candidates)
        element.text = value
        return "%s %s = %r" % (kind, local(element), value)
    element, attribute = rng.choice(attributes)
    element.set(attribute, value)
    return "%s @%s = %r" % (kind, attribute, value)


def main():
    xsd_dir, out_path, inputs = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as folder:
        entry = os.path.join(folder, "entry.xsd")
        with open(entry, "w", encoding="utf-8") as f:
            f.write(ENTRY.format(d="file://" + xsd_dir))
        schema = xmlschema.XMLSchema10(entry)
    rng = random.Random(20260722)
    counts = {True: 0, False: 0}
    with open(out_path, "w", encoding="utf-8") as out:
        for source in inputs:
            with open(source, "rb") as f:
                original = f.read()
            variants = [(original, "as published")]
            for _ in range(MUTATIONS_PER_DOCUMENT):
                tree = etree.ElementTree(etree.fromstring(original))
                change = mutate(tree, rng)
                variants.append((etree.tostring(tree, xml_declaration=True, encoding="UTF-8"), change))
            for document, change in variants:
                valid = schema.is_valid(document.decode("utf-8"))
                counts[valid] += 1
                name = "%s: %s" % (source.rsplit("/", 1)[-1], change)
                out.write(json.dumps({"name": name, "valid": valid, "document": document.decode("utf-8")}) + "\n")
    print(json.dumps({"valid": counts[True], "invalid": counts[False]}))


if __name__ == "__main__":
    main()
