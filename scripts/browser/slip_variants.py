#!/usr/bin/env python3
"""Near misses of slip page addresses: the same signed sale spelled another way. The record, its id and its signature
are unchanged, so a checker that reads any spelling calls them genuine; `foodtrace slip verify` refuses every one
(SlipPayload.swift: one record, one payload) and so must the page (see SlipPageRulesTests.swift).

Usage: slip_variants.py URL… — prints a JSON list of {"name", "url", "from"} built from each URL's payload.

Written from the payload's documented layout (the table of PayloadFields.swift, the fragment of SlipLink.swift and
RFC 1950/1951 for the containers), with Python's zlib, independently of the CLI's and the page's decoders.
"""

import json
import sys
import zlib

GROUP_DIGITS = [0, 3, 5, 8, 10, 13, 15]


def container_of(url):
    """The container bytes of a `…/s#1<digits>` address."""
    fragment = url.split("#", 1)[1]
    assert fragment[0] == "1", fragment[:4]
    digits = fragment[1:]
    last = GROUP_DIGITS.index(len(digits) % 17)
    out = bytearray()
    for start in range(0, len(digits), 17):
        width = min(17, len(digits) - start)
        count = 7 if width == 17 else last
        out += int(digits[start:start + width]).to_bytes(count, "big")
    return bytes(out)


def url_of(url, container):
    digits = ""
    for start in range(0, len(container), 7):
        group = container[start:start + 7]
        width = 17 if len(group) == 7 else GROUP_DIGITS[len(group)]
        digits += str(int.from_bytes(group, "big")).zfill(width)
    return url.split("#", 1)[0] + "#1" + digits


def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def read_varint(data, at):
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7


def path_length(index, size):
    length = 0
    while size > 1:
        k = 1
        while k * 2 < size:
            k *= 2
        if index < k:
            size = k
        else:
            index, size = index - k, size - k
        length += 1
    return length


def fields_layout(fields):
    """Each field's (start, end) in the fields, and the flags."""
    flags = fields[0]
    spans, at = {"flags": (0, 1)}, 1
    spans["issuer"] = (at, at + 1 + fields[at])
    at = spans["issuer"][1]
    _, end = read_varint(fields, at)
    spans["seq"], at = (at, end), end
    if flags & 2:
        spans["prev"], at = (at, at + 32), at + 32
    if (flags >> 2) & 3 == 2:
        spans["at"], at = (at, at + 1 + fields[at]), at + 1 + fields[at]
    else:
        _, end = read_varint(fields, at)
        spans["at"], at = (at, end + 1), end + 1
    for name in ("slip", "batch"):
        spans[name], at = (at, at + 8), at + 8
    for name in ("quantity", "unit", "unitPrice", "amount"):
        if name == "unit":
            spans[name], at = (at, at + 1), at + 1
            continue
        _, end = read_varint(fields, at)
        spans[name], at = (at, end), end
    if flags & 32:
        spans["pricedIn"], at = (at, at + 1), at + 1
    key_length = 1 + fields[at] if flags & 16 else 8
    spans["key"], at = (at, at + key_length), at + key_length
    spans["signature"], at = (at, at + 64), at + 64
    if flags & 64:
        size, end = read_varint(fields, at)
        index, end = read_varint(fields, end)
        end += 32 * path_length(index, size)
        spans["seal"], at = (at, end), end
    spans["check"] = (at, at + 8)
    assert at + 8 == len(fields), (at, len(fields))
    return flags, spans


def replaced(fields, spans, name, new, flags=None):
    start, end = spans[name]
    out = bytearray(fields[:start] + new + fields[end:])
    if flags is not None:
        out[0] = flags
    return bytes(out)


def zlib_stream(fields, level=9, header=b"\x78\xda"):
    compressed = zlib.compress(fields, level)
    return header + compressed[2:]


def stored_stream(fields):
    """A zlib stream of one stored deflate block (RFC 1951 §3.2.4): the same bytes, another container."""
    n = len(fields)
    return b"\x78\xda\x01" + n.to_bytes(2, "little") + (n ^ 0xFFFF).to_bytes(2, "little") + fields + \
        zlib.adler32(fields).to_bytes(4, "big")


def time_text(seconds, millis, quarters):
    """The RFC 3339 text Timestamp.swift writes for an instant at an offset (milliseconds only when not zero)."""
    import datetime
    offset = quarters * 15
    local = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=seconds, milliseconds=millis, minutes=offset)
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    if millis:
        text += f".{millis:03d}"
    if offset == 0:
        return text + "Z"
    sign = "-" if offset < 0 else "+"
    return text + f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def variants(url):
    container = container_of(url)
    fields = zlib.decompress(container[1:]) if container[0] == 1 else container[1:]
    flags, spans = fields_layout(fields)
    plain = container[0] == 0
    out = []

    def add(name, new_fields=None, new_container=None):
        if new_container is None:
            compressed = zlib_stream(new_fields)
            new_container = b"\x01" + compressed if not plain else b"\x00" + new_fields
        out.append({"name": name, "url": url_of(url, new_container), "from": url})

    seq = fields[spans["seq"][0]:spans["seq"][1]]
    add("seq-varint-padded", replaced(fields, spans, "seq", seq[:-1] + bytes([seq[-1] | 0x80, 0])))
    amount = fields[spans["amount"][0]:spans["amount"][1]]
    add("amount-varint-padded", replaced(fields, spans, "amount", amount[:-1] + bytes([amount[-1] | 0x80, 0])))
    packed, _ = read_varint(fields, spans["quantity"][0])
    if packed & 7:
        lower = ((packed >> 3) * 10) << 3 | ((packed & 7) - 1)
        add("quantity-exponent-not-largest", replaced(fields, spans, "quantity", varint(lower)))
    form = (flags >> 2) & 3
    if form == 0:
        zigzag, end = read_varint(fields, spans["at"][0])
        seconds = (zigzag >> 1) ^ -(zigzag & 1)
        quarters = fields[end] - 256 if fields[end] > 127 else fields[end]
        millis = seconds * 1000
        add("time-in-milliseconds", replaced(
            fields, spans, "at", varint(millis << 1 if millis >= 0 else (-millis << 1) - 1) + bytes([fields[end]]),
            flags=flags | 4))
        text = time_text(seconds, 0, quarters).encode()
        add("time-as-text", replaced(fields, spans, "at", bytes([len(text)]) + text, flags=flags | 8))
    if not flags & 16:
        key = b"k-" + fields[spans["key"][0]:spans["key"][1]].hex().encode()
        add("key-as-text", replaced(fields, spans, "key", bytes([len(key)]) + key, flags=flags | 16))
    if plain:
        add("zlib-container-not-shorter", new_container=b"\x01" + zlib_stream(fields))
    else:
        add("plain-container-of-compressible-fields", new_container=b"\x00" + fields)
        for level in (1, 6):
            if zlib_stream(fields, level) != zlib_stream(fields):
                add(f"zlib-level-{level}", new_container=b"\x01" + zlib_stream(fields, level))
        add("zlib-stored-block", new_container=b"\x01" + stored_stream(fields))
        add("zlib-header-789c", new_container=b"\x01" + zlib_stream(fields, header=b"\x78\x9c"))
        add("zlib-trailing-byte", new_container=b"\x01" + zlib_stream(fields) + b"\x00")
    return out


def main():
    print(json.dumps([v for url in sys.argv[1:] for v in variants(url)]))


if __name__ == "__main__":
    main()
