#!/usr/bin/env python3
"""Strict LSP 3.17 client for brief-lsp.

Drives the release server through whole sessions on examples/seed-brief.txt (languageId
plaintext and brief) and examples/seed-brief.md (markdown), with and without UTF-8
positions and pull diagnostics, and validates EVERY message the server sends:

- schema: the message is structured with lsprotocol's 3.17 types (the official meta
  model), then unstructured again and compared with what was received, so an extra field,
  a null where the schema has an optional field, or a value of the wrong JSON type
  (1.0 for 1, "1" for 1, 0 for false) fails, not just a missing field;
- invariants a strict client relies on: ranges with start <= end, positions inside the
  document in the negotiated encoding and on character boundaries, DocumentSymbol children
  inside their parent and selectionRange inside range, non-empty names, diagnostics coded
  "BRF0nn" from source "brief" with related locations in the same document, hover ranges
  that hold the hovered position, capabilities that match what is answered;
- protocol: every request answered once with its own id, nothing answered twice,
  notifications never answered, push diagnostics carry the document's version.

    python3 editors/tests/strict_client.py        # server from $BRIEF_LSP or .build/release
Prints PASS/FAIL per check; exits 1 when any check fails.
"""

import enum
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time

from lsprotocol import converters
from lsprotocol import types as T

CONV = converters.get_converter()
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SERVER = os.environ.get("BRIEF_LSP", os.path.join(ROOT, ".build", "release", "brief-lsp"))
TIMEOUT = 10.0


# --- results ---------------------------------------------------------------------------

class Results:
    """Checks in the order first seen, over all sessions; each keeps its failures (the first
    few are shown, tagged with their session)."""

    def __init__(self):
        self.order = []
        self.counts = {}
        self.failures = {}

    def check(self, name, ok, detail=""):
        if name not in self.counts:
            self.order.append(name)
            self.counts[name] = 0
            self.failures[name] = []
        self.counts[name] += 1
        if not ok:
            self.failures[name].append(detail)
        return ok

    def report(self):
        failed = 0
        for name in self.order:
            fails = self.failures[name]
            if fails:
                failed += 1
                print(f"FAIL {name} ({len(fails)} of {self.counts[name]})")
                for detail in fails[:4]:
                    print(f"     {detail[:1500]}")
            else:
                print(f"PASS {name} ({self.counts[name]})")
        print(f"strict client: {len(self.order) - failed} checks passed, {failed} failed")
        return failed == 0


R = Results()


# --- schema ----------------------------------------------------------------------------

def deep_diff(sent, typed, path="$"):
    """Differences between a received value and its round trip through the schema types.
    Type-strict: bool is not int, 1.0 is not 1."""
    if isinstance(typed, enum.Enum):  # cattrs leaves enums inside unions unconverted
        typed = typed.value
    if isinstance(sent, dict) and isinstance(typed, dict):
        out = []
        for key in sent:
            if key not in typed:
                what = "null where the schema forbids it" if sent[key] is None else "field not in the schema"
                out.append(f"{path}.{key}: {what}: {json.dumps(sent[key])[:120]}")
            else:
                out += deep_diff(sent[key], typed[key], f"{path}.{key}")
        for key in typed:
            if key not in sent:
                out.append(f"{path}.{key}: required by the schema, missing")
        return out
    if isinstance(sent, list) and isinstance(typed, list):
        if len(sent) != len(typed):
            return [f"{path}: array length {len(sent)} became {len(typed)}"]
        out = []
        for i, (a, b) in enumerate(zip(sent, typed)):
            out += deep_diff(a, b, f"{path}[{i}]")
        return out
    if type(sent) is not type(typed) or sent != typed:
        return [f"{path}: {json.dumps(sent)[:120]} does not have the schema's type (reads as {json.dumps(typed)[:120]})"]
    return []


def conforms(value, cls):
    """Problems structuring `value` as `cls` (empty when it conforms)."""
    try:
        typed = CONV.structure(value, cls)
    except Exception as error:  # cattrs raises several exception types
        return [f"does not structure as {cls.__name__}: {flatten(error)}"]
    return deep_diff(value, CONV.unstructure(typed))


def flatten(error):
    parts = [str(error)]
    for sub in getattr(error, "exceptions", []) or []:
        parts.append(flatten(sub))
    return " / ".join(parts)[:600]


# --- documents and positions -----------------------------------------------------------

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def lines_of(text):
    return LINE_BREAK.split(text)


def units(s, encoding):
    if encoding == "utf-8":
        return len(s.encode("utf-8"))
    if encoding == "utf-16":
        return len(s.encode("utf-16-le")) // 2
    return len(s)


class Doc:
    """The client's copy of one document at one version."""

    def __init__(self, uri, text, version):
        self.uri, self.text, self.version = uri, text, version
        self.lines = lines_of(text)
        self._bounds = {}

    def boundaries(self, line, encoding):
        key = (line, encoding)
        if key not in self._bounds:
            offsets, n = {0}, 0
            for ch in self.lines[line]:
                n += units(ch, encoding)
                offsets.add(n)
            self._bounds[key] = offsets
        return self._bounds[key]

    def position(self, index, encoding):
        """LSP position of Python string index `index`."""
        before = self.text[:index]
        parts = lines_of(before)
        return {"line": len(parts) - 1, "character": units(parts[-1], encoding)}

    def position_problem(self, pos, encoding):
        line, char = pos["line"], pos["character"]
        if line >= len(self.lines):
            return f"line {line} past the document's {len(self.lines)} lines"
        length = units(self.lines[line], encoding)
        if char > length:
            return f"character {char} past the end of line {line} ({length} {encoding} units)"
        if char not in self.boundaries(line, encoding):
            return f"character {char} on line {line} splits a character ({encoding})"
        return None


def before(a, b):
    return (a["line"], a["character"]) <= (b["line"], b["character"])


def inside(inner, outer):
    return before(outer["start"], inner["start"]) and before(inner["end"], outer["end"])


def ranges_in(value, path="$"):
    """Every Range object inside a message, with its path."""
    if isinstance(value, dict):
        if set(value) == {"start", "end"} and all(
                isinstance(value[k], dict) and "line" in value[k] for k in ("start", "end")):
            yield path, value
            return
        for key, sub in value.items():
            yield from ranges_in(sub, f"{path}.{key}")
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from ranges_in(sub, f"{path}[{i}]")


# --- the client ------------------------------------------------------------------------

class Session:
    """One server process and the messages exchanged with it."""

    def __init__(self, label, encodings=None, pull=False, hover_formats=None, init_options=None,
                 related=True, hierarchical=True):
        self.label = label
        self.related = related
        self.hierarchical = hierarchical
        self.offered = encodings
        self.pull = pull
        self.process = subprocess.Popen(
            [SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 0
        self.pending = {}      # id -> (method, Doc or None)
        self.answered = set()
        self.responses = {}
        self.notifications = []
        self.encoding = "utf-16"
        self.docs = {}         # uri -> {version: Doc}
        self.published = {}    # uri -> last version pushed
        self.initialized_answered = False
        threading.Thread(target=self._read, daemon=True).start()
        capabilities = {"textDocument": {
            "synchronization": {"dynamicRegistration": False, "didSave": True},
            "publishDiagnostics": {"relatedInformation": related, "versionSupport": True},
            "hover": {"contentFormat": hover_formats or ["markdown", "plaintext"]},
            "documentSymbol": {"hierarchicalDocumentSymbolSupport": hierarchical},
        }}
        if encodings is not None:
            capabilities["general"] = {"positionEncodings": encodings}
        if pull:
            capabilities["textDocument"]["diagnostic"] = {"dynamicRegistration": False,
                                                          "relatedDocumentSupport": False}
        params = {"processId": os.getpid(), "clientInfo": {"name": "strict-client"},
                  "rootUri": None, "capabilities": capabilities}
        if init_options is not None:
            params["initializationOptions"] = init_options
        self.init_params = params

    def check(self, what, ok, detail=""):
        return R.check(what, ok, f"[{self.label}] {detail}")

    # transport

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            raw_headers = []
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                raw_headers.append(line)
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii", "replace").partition(":")
                headers[name.strip().lower()] = value.strip()
            framing_ok = all(h.endswith(b"\r\n") for h in raw_headers) and set(headers) <= {
                "content-length", "content-type"} and "content-length" in headers
            length = int(headers.get("content-length", "0") or 0)
            body = stream.read(length)
            self.inbox.put((framing_ok, raw_headers, body))

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, doc=None, rid=None):
        if rid is None:
            self.next_id += 1
            rid = self.next_id
        self.pending[rid] = (method, doc)
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return rid

    def pump(self, timeout):
        """Receives one message (validating it); False when none came in time."""
        try:
            item = self.inbox.get(timeout=timeout)
        except queue.Empty:
            return False
        if item is None:
            self.inbox.put(None)
            return False
        framing_ok, raw_headers, body = item
        self.check("frames: Content-Length header, CRLF, no other headers",
                   framing_ok, repr(raw_headers))
        try:
            message = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            self.check("frames: body is UTF-8 JSON", False, f"{error}: {body[:200]!r}")
            return True
        self.check("frames: body is UTF-8 JSON", True)
        self.validate(message)
        return True

    def await_response(self, rid, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while rid not in self.responses:
            if not self.pump(max(0.0, deadline - time.time())):
                break
        ok = self.check("every request is answered in time", rid in self.responses,
                        f"no answer to request {rid} ({self.pending[rid][0]})")
        return self.responses.get(rid) if ok else None

    def call(self, method, params, doc=None):
        return self.await_response(self.request(method, params, doc))

    def drain(self, seconds):
        deadline = time.time() + seconds
        while self.pump(max(0.0, deadline - time.time())):
            pass

    def await_diagnostics(self, uri, version, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while True:
            for note in reversed(self.notifications):
                p = note.get("params", {})
                if note.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri \
                        and p.get("version") == version:
                    return p
            if not self.pump(max(0.0, deadline - time.time())):
                return None

    # validation of everything received

    def validate(self, message):
        if not self.check("message: a JSON-RPC 2.0 object", isinstance(message, dict)
                          and message.get("jsonrpc") == "2.0", json.dumps(message)[:300]):
            return
        if "method" in message and "id" in message:
            self.check("no requests from the server (none is expected)", False,
                       json.dumps(message)[:300])
        elif "method" in message:
            self.validate_notification(message)
        elif "id" in message:
            self.validate_response(message)
        else:
            self.check("message: request, response or notification", False, json.dumps(message)[:300])

    def validate_schema(self, what, message, cls):
        problems = conforms(message, cls)
        return self.check(f"schema: {what}", not problems,
                          f"{'; '.join(problems)} in {json.dumps(message, ensure_ascii=False)[:600]}")

    def validate_notification(self, message):
        self.notifications.append(message)
        method = message["method"]
        self.check("lifecycle: before the initialize answer only log/show messages",
                   self.initialized_answered or method in ("window/logMessage", "window/showMessage",
                                                           "telemetry/event"), method)
        entry = T.METHOD_TO_TYPES.get(method)
        if not self.check("notifications: a 3.17 server-to-client method",
                          method in ("textDocument/publishDiagnostics", "window/logMessage",
                                     "window/showMessage", "$/logTrace", "$/progress")
                          and entry is not None, method):
            return
        if not self.validate_schema(method, message, entry[0]):
            return
        if method == "textDocument/publishDiagnostics":
            p = message["params"]
            version = p.get("version")
            versions = self.docs.get(p["uri"], {})
            if p["diagnostics"]:
                self.check("publishDiagnostics: has the version of a text the client sent",
                           version in versions, f"version {version!r}, sent {sorted(versions)}")
                self.check("publishDiagnostics: only to clients without pull diagnostics",
                           not self.pull, json.dumps(message)[:200])
            if version is not None:
                last = self.published.get(p["uri"], -1)
                self.check("publishDiagnostics: versions never go back (old text never over new)",
                           version >= last, f"version {version} after {last}")
                self.published[p["uri"]] = version
            doc = versions.get(version)
            if doc is not None:
                self.validate_ranges(method, p, doc)
                self.validate_diagnostics(p["diagnostics"], doc)

    def validate_response(self, message):
        rid = message["id"]
        if "error" in message:
            self.check("responses: never both result and error", "result" not in message,
                       json.dumps(message)[:300])
            body = dict(message)
            if rid is None:
                body.pop("id")  # lsprotocol omits a null id when unstructuring
            self.validate_schema("error response", body, T.ResponseErrorMessage)
        if rid is None:
            self.check("responses: a null id only for unreadable messages (-32700/-32600)",
                       message.get("error", {}).get("code") in (-32700, -32600), json.dumps(message)[:300])
            self.responses.setdefault(None, []).append(message)
            return
        if rid not in self.pending:
            self.check("responses: answer a request the client sent", False, json.dumps(message)[:300])
            return
        self.check("responses: each request answered once", rid not in self.answered,
                   f"id {rid} answered twice")
        self.answered.add(rid)
        self.responses[rid] = message
        if self.pending[rid][0] == "initialize":
            self.initialized_answered = True
        if "error" in message:
            return
        method, doc = self.pending[rid]
        entry = T.METHOD_TO_TYPES.get(method)
        if entry is None or entry[1] is None:
            return
        if self.validate_schema(f"{method} result", message, entry[1]) and doc is not None:
            self.validate_ranges(method, message["result"], doc)
            if method == "textDocument/documentSymbol" and message["result"]:
                if self.hierarchical:
                    self.validate_symbols(message["result"])
                else:
                    self.validate_flat_symbols(message["result"], doc)
            if method == "textDocument/diagnostic" and message["result"]:
                self.validate_diagnostics(message["result"].get("items", []), doc)
            if method in ("textDocument/definition", "textDocument/references"):
                for loc in message["result"] or []:
                    self.check(f"{method}: locations in the asked document", loc.get("uri") == doc.uri,
                               json.dumps(loc))

    def validate_ranges(self, what, value, doc):
        for path, rng in ranges_in(value):
            self.check("ranges: start <= end", before(rng["start"], rng["end"]),
                       f"{what} {path} = {json.dumps(rng)}")
            for end in ("start", "end"):
                problem = doc.position_problem(rng[end], self.encoding)
                self.check(f"positions: inside the document, on a character ({self.encoding})",
                           problem is None, f"{what} {path}.{end}: {problem}")

    def validate_symbols(self, symbols, parent=None, path="$"):
        for i, s in enumerate(symbols):
            here = f"{path}[{i}] {s.get('name')!r}"
            self.check("documentSymbol: name not empty or blank",
                       isinstance(s.get("name"), str) and s["name"].strip() != "", here)
            if "range" not in s:
                self.check("documentSymbol: hierarchical DocumentSymbol (client announced it)",
                           False, here)
                continue
            self.check("documentSymbol: selectionRange inside range",
                       inside(s["selectionRange"], s["range"]), f"{here}: {json.dumps(s['selectionRange'])} "
                       f"not in {json.dumps(s['range'])}")
            if parent is not None:
                self.check("documentSymbol: child range inside parent range",
                           inside(s["range"], parent["range"]),
                           f"{here}: {json.dumps(s['range'])} not in parent {parent['name']!r} "
                           f"{json.dumps(parent['range'])}")
            self.validate_symbols(s.get("children") or [], s, f"{here}.children")

    def validate_flat_symbols(self, symbols, doc):
        for s in symbols:
            here = json.dumps(s, ensure_ascii=False)[:200]
            self.check("documentSymbol: flat SymbolInformation to clients without hierarchical support",
                       "location" in s and "children" not in s, here)
            self.check("documentSymbol: name not empty or blank",
                       isinstance(s.get("name"), str) and s["name"].strip() != "", here)
            if "location" in s:
                self.check("documentSymbol: locations in the asked document", s["location"]["uri"] == doc.uri, here)

    def validate_diagnostics(self, diagnostics, doc):
        for d in diagnostics:
            show = json.dumps(d, ensure_ascii=False)[:300]
            self.check("diagnostics: code is a string BRF0nn",
                       isinstance(d.get("code"), str) and re.fullmatch(r"BRF0\d\d", d["code"]) is not None, show)
            self.check('diagnostics: source is "brief"', d.get("source") == "brief", show)
            self.check("diagnostics: severity given", d.get("severity") in (1, 2, 3, 4), show)
            self.check("diagnostics: message not empty", bool(str(d.get("message", "")).strip()), show)
            self.check("diagnostics: relatedInformation only to clients that accept it",
                       self.related or "relatedInformation" not in d, show)
            for rel in d.get("relatedInformation") or []:
                self.check("diagnostics: related locations in the same document",
                           rel["location"]["uri"] == doc.uri, show)

    # lifecycle

    def initialize(self):
        result = self.call("initialize", self.init_params)
        caps = (result or {}).get("result", {}).get("capabilities", {})
        self.caps = caps
        expected = "utf-8" if self.offered and "utf-8" in self.offered else "utf-16"
        got = caps.get("positionEncoding", "utf-16")
        self.check("initialize: positionEncoding negotiated (utf-8 if offered, else utf-16)",
                   got == expected, f"offered {self.offered}, got {got}")
        self.check("initialize: positionEncoding is one the client offered (or utf-16)",
                   got == "utf-16" or got in (self.offered or []), got)
        self.encoding = got
        info = (result or {}).get("result", {}).get("serverInfo", {})
        self.check("initialize: serverInfo name and version", info.get("name") == "brief-lsp"
                   and bool(info.get("version")), json.dumps(info))
        self.check("initialize: diagnosticProvider exactly when the client pulls",
                   ("diagnosticProvider" in caps) == self.pull, json.dumps(caps))
        sync = caps.get("textDocumentSync", {})
        self.check("initialize: incremental sync with open/close", isinstance(sync, dict)
                   and sync.get("change") == 2 and sync.get("openClose") is True, json.dumps(sync))
        self.notify("initialized", {})

    def open(self, uri, language, text, version=1):
        self.docs.setdefault(uri, {})[version] = Doc(uri, text, version)
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})
        return self.docs[uri][version]

    def change(self, doc, version, changes, new_text):
        new = Doc(doc.uri, new_text, version)
        self.docs[doc.uri][version] = new
        self.notify("textDocument/didChange", {"textDocument": {"uri": doc.uri, "version": version},
                                               "contentChanges": changes})
        return new

    def diagnostics_of(self, doc):
        """The diagnostics for `doc` (pushed or pulled, as negotiated)."""
        if self.pull:
            reply = self.call("textDocument/diagnostic", {"textDocument": {"uri": doc.uri}}, doc)
            result = (reply or {}).get("result") or {}
            self.check("pull diagnostics: a full report", result.get("kind") == "full",
                       json.dumps(reply)[:300])
            return result.get("items", []), result.get("resultId")
        p = self.await_diagnostics(doc.uri, doc.version)
        self.check("push diagnostics: published for each version", p is not None,
                   f"none for {doc.uri} version {doc.version}")
        return (p or {}).get("diagnostics", []), None

    def finish(self):
        self.drain(0.3)
        reply = self.call("shutdown", None)
        self.check("shutdown: answers null", reply is not None and "result" in reply
                   and reply["result"] is None and "error" not in reply, json.dumps(reply))
        late = self.call("textDocument/documentSymbol", {"textDocument": {"uri": "file:///x"}})
        self.check("lifecycle: a request after shutdown is -32600",
                   (late or {}).get("error", {}).get("code") == -32600, json.dumps(late))
        self.notify("exit", None)
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = "still running after 5 s"
        self.drain(0.2)
        self.check("exit: status 0 after shutdown", code == 0, f"status {code}")
        unanswered = [f"{i} {m}" for i, (m, _) in self.pending.items() if i not in self.answered]
        self.check("every request is answered", not unanswered, ", ".join(unanswered))


# --- what a session does ---------------------------------------------------------------

def marker_spans(text, markdown):
    pattern = r"\[\^[^\]\s]+\](?!:)" if markdown else r"\[\d+\]"
    spans = []
    for m in re.finditer(pattern, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not markdown and m.start() == line_start:
            continue  # a note's label, not a marker in the text
        spans.append((m.start(), m.end()))
    return spans


def exercise(s, path, uri, language):
    markdown = path.endswith(".md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    s.initialize()
    doc = s.open(uri, language, text)
    first, first_id = s.diagnostics_of(doc)
    s.check("diagnostics: the seed has findings", len(first) > 0, "none")
    if s.pull and first_id:
        again = s.call("textDocument/diagnostic",
                       {"textDocument": {"uri": uri}, "previousResultId": first_id}, doc)
        kind = ((again or {}).get("result") or {}).get("kind")
        s.check("pull diagnostics: unchanged text answers kind unchanged", kind == "unchanged",
                json.dumps(again)[:300])

    def at(index):
        return {"textDocument": {"uri": uri}, "position": doc.position(index, s.encoding)}

    markers = marker_spans(text, markdown)
    s.check("seed: markers found by the client", len(markers) >= 5, str(len(markers)))
    for start, end in markers:
        for index in (start, (start + end) // 2, end - 1):
            pos = doc.position(index, s.encoding)
            hover = s.call("textDocument/hover", at(index), doc)
            result = (hover or {}).get("result")
            s.check("hover: on every marker answers contents", bool(result) and "error" not in hover,
                    f"{text[start:end]} at {pos}: {json.dumps(hover)[:200]}")
            if result and "range" in result:
                r = result["range"]
                s.check("hover: range holds the hovered position", before(r["start"], pos)
                        and before(pos, r["end"]), f"{pos} not in {json.dumps(r)}")
        definition = s.call("textDocument/definition", at(start + 1), doc)
        s.check("definition: every marker leads somewhere", bool((definition or {}).get("result")),
                f"{text[start:end]}: {json.dumps(definition)[:200]}")
        s.call("textDocument/documentHighlight", at(start + 1), doc)

    ibid = re.search(r"Ib(id|di)\.", text)
    entry = re.search(r"^Caryl", text, re.M)
    for name, match in (("an Ibid", ibid), ("a bibliography entry", entry)):
        if not s.check(f"seed: {name} found by the client", match is not None):
            continue
        hover = s.call("textDocument/hover", at(match.start() + 1), doc)
        s.check(f"hover: on {name} answers contents", bool((hover or {}).get("result")),
                json.dumps(hover)[:200])
        s.call("textDocument/definition", at(match.start() + 1), doc)
        s.call("textDocument/documentHighlight", at(match.start() + 1), doc)
    for index in (markers[0][0] + 1, entry.start() + 1 if entry else 0):
        with_decl = s.call("textDocument/references",
                           dict(at(index), context={"includeDeclaration": True}), doc)
        without = s.call("textDocument/references",
                         dict(at(index), context={"includeDeclaration": False}), doc)
        a = (with_decl or {}).get("result") or []
        b = (without or {}).get("result") or []
        s.check("references: includeDeclaration adds the declaration", len(a) == len(b) + 1
                and all(x in a for x in b), f"with {len(a)}, without {len(b)}")
    symbols = s.call("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, doc)
    s.check("documentSymbol: an outline", bool((symbols or {}).get("result")), json.dumps(symbols)[:200])

    # Positions a client may send but that lie outside the text: clamped, never an error.
    last = len(doc.lines)
    for pos in ({"line": last + 5, "character": 0}, {"line": 0, "character": 100000},
                {"line": last - 1, "character": 100000}, {"line": 2_000_000_000, "character": 2_000_000_000}):
        for method, extra in (("textDocument/hover", {}), ("textDocument/definition", {}),
                              ("textDocument/references", {"context": {"includeDeclaration": True}}),
                              ("textDocument/documentHighlight", {})):
            reply = s.call(method, dict({"textDocument": {"uri": uri}, "position": pos}, **extra), doc)
            s.check("out-of-range positions: answered without error", reply is not None
                    and "error" not in reply, f"{method} {pos}: {json.dumps(reply)[:200]}")

    # Capabilities advertised are answered.
    for cap, method in (("hoverProvider", "textDocument/hover"),
                        ("definitionProvider", "textDocument/definition"),
                        ("referencesProvider", "textDocument/references"),
                        ("documentHighlightProvider", "textDocument/documentHighlight"),
                        ("documentSymbolProvider", "textDocument/documentSymbol")):
        answered = [r for i, r in s.responses.items() if s.pending[i][0] == method]
        s.check("capabilities: each advertised provider answers", bool(s.caps.get(cap)) and answered
                and all(r.get("error", {}).get("code") != -32601 for r in answered), cap)

    # Unknown methods: a request gets -32601; a notification gets nothing.
    reply = s.call("brief/noSuchMethod", {})
    s.check("unknown method: -32601", (reply or {}).get("error", {}).get("code") == -32601,
            json.dumps(reply))
    s.notify("brief/noSuchNotification", {})
    reply = s.call("textDocument/hover", {"textDocument": {"uri": "file:///not-open.txt"},
                                          "position": {"line": 0, "character": 0}})
    s.check("a document that is not open: hover null", reply is not None and "error" not in reply
            and reply.get("result") is None, json.dumps(reply))

    # Incremental edit (inserts a new marker and characters outside the BMP), then the same
    # text sent whole: the server must see the same text both ways.
    where = text.index("\n\n") + 2
    insert = "Added 中文 😀 claim.[^99] " if markdown else "Added 中文 😀 claim.[99] "
    v2 = doc.text[:where] + insert + doc.text[where:]
    start = doc.position(where, s.encoding)
    doc2 = s.change(doc, 2, [{"range": {"start": start, "end": start}, "text": insert}], v2)
    # ...and replace the emoji by a plain word, a range that ends inside the new text.
    emoji = v2.index("😀")
    rng = {"start": doc2.position(emoji, s.encoding), "end": doc2.position(emoji + 1, s.encoding)}
    v3 = v2[:emoji] + "smile" + v2[emoji + 1:]
    doc3 = s.change(doc2, 3, [{"range": rng, "text": "smile"}], v3)
    incremental, _ = s.diagnostics_of(doc3)
    doc4 = s.change(doc3, 4, [{"text": v3}], v3)
    whole, _ = s.diagnostics_of(doc4)
    s.check("didChange: incremental and full sync give the same diagnostics", incremental == whole,
            f"incremental {len(incremental)}, full {len(whole)}")
    s.check("didChange: the inserted marker [99] is reported", any(
        "99" in d.get("message", "") for d in whole), json.dumps(whole, ensure_ascii=False)[:300])
    doc5 = s.change(doc4, 5, [{"text": text}], text)
    back, _ = s.diagnostics_of(doc5)
    s.check("didChange: the original text gives the original diagnostics", back == first,
            f"{len(back)} vs {len(first)}")
    hover = s.call("textDocument/hover", {"textDocument": {"uri": uri},
                                          "position": doc5.position(markers[0][0] + 1, s.encoding)}, doc5)
    s.check("hover: after edits still answers", bool((hover or {}).get("result")), json.dumps(hover)[:200])

    # A burst of keystrokes with requests in between: every answer fits the text it was
    # asked about, and the newest text gets its diagnostics.
    current = doc5
    where = text.index("\n\n") + 2
    for i, ch in enumerate("Typed 😀 fast.[7]"):
        pos = current.position(where + i, s.encoding)
        new_text = current.text[:where + i] + ch + current.text[where + i:]
        current = s.change(current, 6 + i, [{"range": {"start": pos, "end": pos}, "text": ch}], new_text)
        s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos}, current)
        s.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, current)
    final, _ = s.diagnostics_of(current)
    s.check("burst of edits: the newest text gets its diagnostics", bool(final), current.version)

    s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    if not s.pull:
        deadline = time.time() + TIMEOUT
        cleared = False
        while not cleared and time.time() < deadline:
            cleared = any(n.get("method") == "textDocument/publishDiagnostics"
                          and n["params"]["uri"] == uri and n["params"]["diagnostics"] == []
                          for n in s.notifications)
            if not cleared:
                s.pump(max(0.0, deadline - time.time()))
        s.check("didClose: diagnostics cleared", cleared)
    s.finish()


def explore(s, uri, language, text, version=1, marker_limit=25):
    """Opens one document and asks everything about it; the validators do the checking."""
    markdown = language == "markdown"
    doc = s.open(uri, language, text, version)
    s.diagnostics_of(doc)

    def at(index):
        return {"textDocument": {"uri": uri}, "position": doc.position(index, s.encoding)}

    spans = marker_spans(text, markdown)
    labels = [m.start() for m in re.finditer(r"^\[\^?\w+\]", text, re.M)]
    entry = re.search(r"^[A-Z][A-Za-z'-]+, [A-Z].*\b(1[5-9]|20)\d\d\b", text, re.M)
    points = [a for a, _ in spans[:marker_limit]] + labels[:marker_limit // 2]
    points += [entry.start() + 1] if entry else []
    for index in points:
        for method, extra in (("textDocument/hover", {}), ("textDocument/definition", {}),
                              ("textDocument/documentHighlight", {}),
                              ("textDocument/references", {"context": {"includeDeclaration": True}})):
            s.call(method, dict(at(index + 1), **extra), doc)
    s.call("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, doc)
    s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    return doc


# Documents a strict client meets that the seeds do not show: other line ends, characters
# outside the BMP around markers, no final newline, an empty text.
TRICKY = [
    ("crlf.txt", "plaintext", "Title\r\n\r\nA claim.[1] Another 😀 claim.[2]\r\n\r\n"
     "Smith, Jane. 2019. “Sanctions Reconsidered.” Policy Review, 3 May.\r\n\r\n"
     "[1] Jane Smith, “Sanctions Reconsidered,” Policy Review, 3 May 2019.\r\n\r\n[2] Ibid., 4.\r\n"),
    ("cr.txt", "plaintext", "Title\r\rA claim.[1]\r\r[1] Ibid.\r"),
    ("astral.md", "markdown", "# 𝐓𝐢𝐭𝐥𝐞 😀\n\n😀😀[^a]中[^b]\n\n[^a]: 😀 “𝒳,” Journal, 2019.\n[^b]: Ibid.\n[^a]: again"),
    ("no-final-newline.txt", "plaintext", "Title\n\nClaim.[1]\n\n[1] Smith, “Title,” 2019."),
    ("empty.txt", "plaintext", ""),
    ("only-markers.md", "markdown", "[^1][^2][^1]\n\n[^1]:\n[^2]: \n"),
]


def edge_sessions():
    for encodings, pull in ((None, False), (["utf-8"], True)):
        s = Session(f"edge cases {'utf-8 pull no-related' if pull else 'utf-16 push'}", encodings=encodings,
                    pull=pull, related=not pull)
        try:
            s.initialize()
            for name, language, text in TRICKY:
                explore(s, f"file:///tricky/{name}", language, text)
            corpus = os.environ.get("BRIEF_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))
            if os.path.isdir(corpus):
                for name in sorted(os.listdir(corpus)):
                    if name.endswith((".txt", ".md")) and name != "PROVENANCE.md":
                        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
                            text = f.read()
                        explore(s, f"file:///corpus/{name}", "markdown" if name.endswith(".md") else "plaintext", text)
            else:
                print(f"note: no corpus at {corpus}; corpus documents not driven")
            # Ids of both JSON-RPC types come back as sent; optional params a client may add
            # (progress tokens) are accepted.
            for rid in ("req-α", 0, 2**53 - 1):
                sent = s.request("textDocument/documentSymbol", {"textDocument": {"uri": "file:///x"},
                                                                  "workDoneToken": "w", "partialResultToken": 7}, rid=rid)
                reply = s.await_response(sent)
                s.check("ids: answered with the same id and type, progress tokens accepted", reply is not None
                        and type(reply.get("id")) is type(rid) and "error" not in reply, json.dumps(reply))
            # Notifications with bad params or unknown settings are reported with logMessage.
            s.notify("textDocument/didOpen", {"textDocument": 5})
            s.notify("workspace/didChangeConfiguration", {"settings": {"brief": {"severities": {"BRF001": "loud"}}}})
            deadline = time.time() + 2
            while time.time() < deadline and sum(n.get("method") == "window/logMessage"
                                                  for n in s.notifications) < 2:
                s.pump(0.1)
            s.check("bad notifications: reported with window/logMessage", sum(
                n.get("method") == "window/logMessage" for n in s.notifications) >= 2,
                json.dumps(s.notifications[-3:])[:300])
            # Malformed input: every error answer must itself conform.
            bad = s.request("textDocument/hover", {"textDocument": {"uri": "file:///x"},
                                                   "position": {"line": "3", "character": -1}})
            reply = s.await_response(bad)
            s.check("invalid params: -32602", (reply or {}).get("error", {}).get("code") == -32602,
                    json.dumps(reply))
            body = b"{not json"
            s.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            s.process.stdin.flush()
            slow = s.request("textDocument/documentSymbol", {"textDocument": {"uri": "file:///x"}})
            s.notify("$/cancelRequest", {"id": slow})
            s.await_response(slow)
            s.drain(0.3)
            s.check("parse error: answered with id null", bool(s.responses.get(None)),
                    "no answer to a body that is not JSON")
            s.finish()
        except Exception as error:
            s.check("session ran to the end", False, f"{type(error).__name__}: {error}")
        finally:
            if s.process.poll() is None:
                s.process.kill()
    s = Session("before initialize")
    try:
        reply = s.call("textDocument/hover", {"textDocument": {"uri": "file:///x"},
                                              "position": {"line": 0, "character": 0}})
        s.check("before initialize: -32002", (reply or {}).get("error", {}).get("code") == -32002,
                json.dumps(reply))
        s.initialize()
        again = s.call("initialize", s.init_params)
        s.check("lifecycle: a second initialize is -32600", (again or {}).get("error", {}).get("code") == -32600,
                json.dumps(again))
        s.finish()
    finally:
        if s.process.poll() is None:
            s.process.kill()


def exit_without_shutdown():
    s = Session("exit without shutdown")
    try:
        s.initialize()
        s.notify("exit", None)
        try:
            code = s.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            s.process.kill()
            code = "still running after 5 s"
        s.check("exit: status 1 without shutdown", code == 1, f"status {code}")
        s = Session("end of input")
        s.initialize()
        s.process.stdin.close()
        try:
            code = s.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = "still running after 5 s"
        s.check("end of input: the server exits promptly", code in (0, 1), f"status {code}")
    finally:
        if s.process.poll() is None:
            s.process.kill()


def self_test():
    """The validator itself must reject known-bad messages, or every PASS means nothing."""
    rng = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}
    bad = [
        ({"jsonrpc": "2.0", "id": 1, "result": {"contents": {"kind": "markdown", "value": "x"}, "range": None}},
         T.TextDocumentHoverResponse),
        ({"jsonrpc": "2.0", "id": 1, "result": {"contents": {"kind": "markdown", "value": "x", "extra": 1}}},
         T.TextDocumentHoverResponse),
        ({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": {
            "uri": "file:///a", "diagnostics": [{"range": {"start": {"line": 0, "character": 0},
                                                           "end": {"line": 0, "character": 1.0}},
                                                 "message": "m"}]}}, T.TextDocumentPublishDiagnosticsNotification),
        ({"jsonrpc": "2.0", "id": 2, "result": [{"name": "x", "kind": 99, "range": rng, "selectionRange": rng}]},
         T.TextDocumentDocumentSymbolResponse),
        ({"jsonrpc": "2.0", "id": 2, "result": [{"name": "x", "kind": 1, "range": rng, "selectionRange": rng,
                                                 "deprecated": 0}]}, T.TextDocumentDocumentSymbolResponse),
        ({"jsonrpc": "2.0", "id": 3, "result": [{"uri": "file:///a"}]}, T.TextDocumentDefinitionResponse),
    ]
    for message, cls in bad:
        R.check("validator: rejects a known-bad message", bool(conforms(message, cls)), json.dumps(message))
    good = {"jsonrpc": "2.0", "id": 2, "result": [{"name": "x", "kind": 1, "range": rng, "selectionRange": rng}]}
    R.check("validator: accepts a good message", not conforms(good, T.TextDocumentDocumentSymbolResponse),
            str(conforms(good, T.TextDocumentDocumentSymbolResponse)))


def main():
    if not os.access(SERVER, os.X_OK):
        print(f"FAIL no server at {SERVER} (swift build -c release --product brief-lsp)")
        return 1
    started = time.time()
    self_test()
    txt = os.path.join(ROOT, "examples", "seed-brief.txt")
    md = os.path.join(ROOT, "examples", "seed-brief.md")
    sessions = [
        (dict(label="txt plaintext utf-16 push"), txt, "file:///work/seed-brief.txt", "plaintext"),
        (dict(label="txt brief utf-8 pull", encodings=["utf-8", "utf-16"], pull=True),
         txt, "file:///work/seed-brief.txt", "brief"),
        (dict(label="md markdown utf-8 push", encodings=["utf-32", "utf-8"],
              init_options={"severities": {"BRF999": "loud"}}), md, "file:///work/seed-brief.md", "markdown"),
        (dict(label="md markdown utf-16 pull plaintext-hover no-related flat-symbols", encodings=["utf-16"],
              pull=True, hover_formats=["plaintext"], related=False, hierarchical=False), md, "file:///work/seed-brief.md", "markdown"),
    ]
    for options, path, uri, language in sessions:
        s = Session(**options)
        try:
            exercise(s, path, uri, language)
        except Exception as error:  # a crash of the client is a failed check, not a pass
            s.check("session ran to the end", False, f"{type(error).__name__}: {error}")
        finally:
            if s.process.poll() is None:
                s.process.kill()
    edge_sessions()
    exit_without_shutdown()
    # The logMessage sent for the unknown severity code must have validated as well.
    R.check("window/logMessage seen and validated (unknown severity in initializationOptions)",
            any(name.endswith("schema: window/logMessage") for name in R.order))
    ok = R.report()
    print(f"strict client: {time.time() - started:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
