#!/usr/bin/env python3
"""Reads statements back from an LRS, one GET ?statementId=ID each, as xAPI
1.0.3 asks (version header, Basic key). Prints a JSON object: id -> the
statement the LRS gives, or -> {"HTTP": status} when it gives none.

usage: read_lrs_statements.py ENDPOINT KEY:SECRET ID...
"""
import base64
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def main():
    endpoint, key, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
    headers = {
        "X-Experience-API-Version": "1.0.3",
        "Authorization": "Basic " + base64.b64encode(key.encode()).decode(),
    }
    found = {}
    for statement_id in ids:
        url = endpoint + "statements?" + urllib.parse.urlencode({"statementId": statement_id})
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as answer:
                found[statement_id] = json.load(answer)
        except urllib.error.HTTPError as error:
            found[statement_id] = {"HTTP": error.code}
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main()
