#!/usr/bin/env python3
"""A small learning record store for the `secondlook lrs` tests, on loopback.

Accepts POST {prefix}/statements as xAPI 1.0.3 does: it checks the version,
content type and Basic authorization headers, answers 409 and stores none of a
batch holding a statement id it already has (even for the same statement, as
some LRSs do), and otherwise stores the batch and answers 200 with the ids.
GET {prefix}/statements?statementId=ID gives the statement stored as ID. Every stored statement goes to --store as one JSON
line; every request's status goes to --log. The port it listens on (0 = any
free one) is written to --port-file once it is ready.

The faults a real LRS does not make (tests/cli/lrs_test.cpp sends to a real
one, xapi-statements, for the rest) are asked for with:
--fail N,...      answer those request numbers (1 = the first) with 503
--fault KIND      answer every POST with "html" (a 200 login page, as a
                  captive portal does), "no-content" (an empty 204),
                  "other-ids" (200 with ids that were not sent) or "hang"
                  (read the request, never answer)
--refuse-file F   answer 400 to a batch holding a statement whose id is a
                  line of F (read at each request, so a test can change it)
None of these stores anything.
"""
import argparse
import base64
import http.server
import json
import os
import threading
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--key", required=True, help="key:secret the LRS expects")
    parser.add_argument("--prefix", default="/xapi")
    parser.add_argument("--fail", default="", help="request numbers to answer with 503")
    parser.add_argument("--fault", default="", choices=["", "html", "no-content", "other-ids", "hang"])
    parser.add_argument("--refuse-file", default="", help="ids to answer 400 to, one a line")
    options = parser.parse_args()
    failing = {int(n) for n in options.fail.split(",") if n}
    expected_auth = "Basic " + base64.b64encode(options.key.encode()).decode()
    stored_ids = set()

    def refused_ids():
        if not options.refuse_file or not os.path.exists(options.refuse_file):
            return set()
        with open(options.refuse_file) as refuse:
            return {line.strip() for line in refuse if line.strip()}

    requests = [0]

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self, status, body=b"", content_type="application/json"):
            with open(options.log, "a") as log:
                log.write(f"{self.command} {self.path} {status}\n")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def fault(self, ids):
            """Answers as --fault says; false when there is no fault to make."""
            if options.fault == "hang":
                with open(options.log, "a") as log:
                    log.write(f"{self.command} {self.path} hung\n")
                    log.flush()
                threading.Event().wait()  # until the test stops the server
            if options.fault == "html":
                page = b"<!DOCTYPE html><html><body>Welcome to the school network. Log in</body></html>"
                self.answer(200, page, "text/html")
            elif options.fault == "no-content":
                self.answer(204)
            elif options.fault == "other-ids":
                self.answer(200, json.dumps(["0" * 8 + i[8:] for i in ids]).encode())
            return bool(options.fault)

        def do_GET(self):
            """GET {prefix}/statements?statementId=ID: the statement stored under ID."""
            url = urllib.parse.urlsplit(self.path)
            wanted = urllib.parse.parse_qs(url.query).get("statementId", [""])[0]
            if url.path != options.prefix + "/statements" or not wanted:
                return self.answer(404)
            if self.headers.get("Authorization") != expected_auth:
                return self.answer(401, b'{"error": "unauthorised"}')
            with open(options.store) as store:
                for line in store:
                    if json.loads(line)["id"] == wanted:
                        return self.answer(200, line.strip().encode())
            self.answer(404, b'{"error": "no such statement"}')

        def do_POST(self):
            requests[0] += 1
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if requests[0] in failing:
                return self.answer(503, b'{"error": "told to fail"}')
            if self.path != options.prefix + "/statements":
                return self.answer(404)
            if self.headers.get("X-Experience-API-Version") != "1.0.3":
                return self.answer(400, b'{"error": "X-Experience-API-Version must be 1.0.3"}')
            if self.headers.get("Authorization") != expected_auth:
                return self.answer(401, b'{"error": "unauthorised"}')
            if not self.headers.get("Content-Type", "").startswith("application/json"):
                return self.answer(400, b'{"error": "Content-Type must be application/json"}')
            statements = json.loads(body)
            if not isinstance(statements, list):
                statements = [statements]
            ids = [s["id"] for s in statements]
            if self.fault(ids):
                return
            refused = [i for i in ids if i in refused_ids()]
            if refused:
                # Shaped as Learning Locker's answer to an invalid statement.
                warning = f"Problem in statement {refused[0]}: this LRS does not take it"
                return self.answer(400, json.dumps({"errorId": "e1", "warnings": [warning]}).encode())
            if any(i in stored_ids for i in ids) or len(set(ids)) != len(ids):
                return self.answer(409, b'{"error": "statement id already stored"}')
            with open(options.store, "a") as store:
                for statement in statements:
                    store.write(json.dumps(statement) + "\n")
            stored_ids.update(ids)
            self.answer(200, json.dumps(ids).encode())

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    with open(options.port_file + ".tmp", "w") as port_file:
        port_file.write(str(server.server_address[1]))
    # Renamed into place, so the test never reads a half-written port.
    os.replace(options.port_file + ".tmp", options.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
