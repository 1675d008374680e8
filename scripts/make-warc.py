#!/usr/bin/env python3
"""Writes a large WARC.gz from the dev pages, for measuring the streaming import (`scripts/warc-scale.sh`).

Usage: scripts/make-warc.py OUT.warc.gz [--mb 1024] [--devset ../shared/devset]

One gzip member a record, as crawlers write them: a warcinfo record, then for each page a request and an HTTP
200 `text/html` response; every 10th page also a 404, every 20th a PNG response, every 50th a revisit of the page
before. The dev pages are used over and over under new URLs until the file reaches the size asked for (the
compressed size on disk). The pages stay in ../shared: the WARC is written to a temporary place and deleted
after measuring.
"""

import argparse
import gzip
import os
import sys
import uuid

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\0" * 64


def record(kind, uri, block, extra=()):
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        "WARC-Date: 2025-03-12T10:15:00Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"{k}: {v}" for k, v in extra]
    head.append(f"Content-Length: {len(block)}")
    data = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(data, compresslevel=6), head[3].split(": ", 1)[1]


def http(status, ctype, body):
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def pages(devset):
    """The dev pages' paths, in a fixed order: every HTML page of the three sets."""
    found = []
    for root, _, files in os.walk(devset):
        if root.endswith("-text"):
            continue
        for f in files:
            if f.endswith((".html", ".htm")) and f != "expected.html":
                found.append(os.path.join(root, f))
    return sorted(found)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=int, default=1024)
    ap.add_argument("--devset", default=os.path.join(os.path.dirname(__file__), "../../shared/devset"))
    a = ap.parse_args()
    paths = pages(a.devset)
    if not paths:
        sys.exit(f"no pages under {a.devset}")
    target = a.mb * 1024 * 1024
    written = n = 0
    counts = {"response": 0, "request": 0, "404": 0, "png": 0, "revisit": 0}
    with open(a.out, "wb") as out:
        member, _ = record("warcinfo", None, b"software: sift make-warc.py\r\n",
                           [("Content-Type", "application/warc-fields")])
        out.write(member)
        written += len(member)
        previous = None
        while written < target:
            for p in paths:
                if written >= target:
                    break
                n += 1
                uri = f"https://dev{n % 97}.example/{n}/{os.path.basename(p)}"
                with open(p, "rb") as f:
                    body = f.read()
                req = f"GET /{n} HTTP/1.1\r\nHost: dev.example\r\n\r\n".encode()
                records = [
                    record("request", uri, req, [("Content-Type", "application/http; msgtype=request")]),
                    record("response", uri, http(200, "text/html", body),
                           [("Content-Type", "application/http; msgtype=response")]),
                ]
                counts["request"] += 1
                counts["response"] += 1
                if n % 10 == 0:
                    records.append(record("response", uri + "/gone", http(404, "text/html", b"<p>gone</p>"),
                                          [("Content-Type", "application/http; msgtype=response")]))
                    counts["404"] += 1
                if n % 20 == 0:
                    records.append(record("response", uri + ".png", http(200, "image/png", PNG),
                                          [("Content-Type", "application/http; msgtype=response")]))
                    counts["png"] += 1
                if n % 50 == 0 and previous:
                    records.append(record("revisit", previous[0], b"",
                                          [("WARC-Refers-To", previous[1]),
                                           ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")]))
                    counts["revisit"] += 1
                previous = (uri, records[1][1])
                for member, _ in records:
                    out.write(member)
                    written += len(member)
    print(f"{a.out}: {written / 1e6:.0f} MB, {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
