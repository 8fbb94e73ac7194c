#!/usr/bin/env python3
"""The demo partner's CRM APIs for `make run`: leads, appointments and availability, as the chart's partnerApi
values name them (scripts/run.sh). Leads and appointments are appended to a JSON-lines file; a request with the
header X-Partner-Test: true is a test (the QA pre-review checks' dry run), answered the same but marked as one.

    scripts/partner-api.py PORT RECORD_FILE
"""
import datetime
import http.server
import json
import sys

PORT, RECORD = int(sys.argv[1]), sys.argv[2]
TEST_HEADER = "X-Partner-Test"


class PartnerApi(http.server.BaseHTTPRequestHandler):
    def _answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        if self.path.split("?")[0] not in ("/crm/leads", "/crm/appointments"):
            return self._answer(404, {"error": "no such API: " + self.path})
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return self._answer(400, {"error": "the body is not JSON"})
        test = self.headers.get(TEST_HEADER, "").lower() == "true"
        with open(RECORD, "a", encoding="utf-8") as out:
            out.write(json.dumps({"api": self.path, "test": test, "body": body}) + "\n")
        self._answer(201, {"status": "test accepted, nothing created" if test else "created"})

    def do_GET(self):
        if self.path.split("?")[0] != "/crm/availability":
            return self._answer(404, {"error": "no such API: " + self.path})
        day = datetime.date.today() + datetime.timedelta(days=1)
        slots = [{"start": f"{day}T{h:02d}:00:00Z", "end": f"{day}T{h:02d}:30:00Z"} for h in (9, 10, 14)]
        self._answer(200, {"slots": slots})

    def log_message(self, fmt, *args):
        sys.stderr.write("partner-api: " + fmt % args + "\n")


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), PartnerApi).serve_forever()
