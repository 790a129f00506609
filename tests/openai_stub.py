"""A small OpenAI-compatible HTTP server on 127.0.0.1 for tests: chat completions and embeddings."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class OpenAIStub:
    def __init__(self, reply: str | Callable[[dict], str] = "stub reply", reject_json_schema: bool = False) -> None:
        """`reply` is the completion text, or a function of the request body; `reject_json_schema` answers
        `response_format: json_schema` with HTTP 500, as llama_cpp.server does."""
        self.reply = reply
        self.reject_json_schema = reject_json_schema
        self.streamed = 0
        self.delay = 0.0  # seconds each chat completion takes
        # Misbehaviour for the next chat requests, one entry each: "429:<retry-after>", "500", "502", "503",
        # "hang:<seconds>", "close", "stream_close", "invalid_json", "schema", "empty", "truncated"; then
        # normal replies.
        self.script: list[str] = []
        self.active = 0
        self.max_active = 0  # most requests handled at once
        self._lock = threading.Lock()
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append({"path": self.path, **body})
                stub.headers.append({k.lower(): v for k, v in self.headers.items()})
                if stub.reject_json_schema and (body.get("response_format") or {}).get("type") == "json_schema":
                    self._send(500, {"error": {"message": "response_format type json_schema is not supported"}})
                    return
                if self.path.endswith("/chat/completions"):
                    with stub._lock:
                        stub.active += 1
                        stub.max_active = max(stub.max_active, stub.active)
                    time.sleep(stub.delay)
                    with stub._lock:
                        stub.active -= 1
                    content = stub.reply(body) if callable(stub.reply) else stub.reply
                    action = stub.script.pop(0) if stub.script else "ok"
                    finish = "stop"
                    kind, _, arg = action.partition(":")
                    if kind in ("429", "500", "502", "503"):
                        headers = {"Retry-After": arg} if arg else {}
                        self._send(int(kind), {"error": {"message": f"stub {kind}", "type": "server_error"}}, headers)
                        return
                    if kind == "hang":
                        time.sleep(float(arg or 5))
                    elif kind == "close":
                        self.close_connection = True  # no response at all: the client sees a dropped connection
                        return
                    elif kind == "invalid_json":
                        content = '{"headline": "cut'
                    elif kind == "schema":
                        content = '{"summary": []}'
                    elif kind == "empty":
                        content = ""
                    elif kind == "truncated":
                        content, finish = content[: len(content) // 2], "length"
                    if body.get("stream"):
                        self._stream(body["model"], content, cut=kind == "stream_close")
                        return
                    doc = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body["model"],
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": finish,
                                "message": {"role": "assistant", "content": content},
                            }
                        ],
                        "usage": {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14},
                    }
                elif self.path.endswith("/embeddings"):
                    inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
                    doc = {
                        "object": "list",
                        "model": body["model"],
                        "data": [
                            {"object": "embedding", "index": i, "embedding": [1.0, float(i), 0.5]}
                            for i, _ in enumerate(inputs)
                        ],
                        "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    }
                else:
                    self.send_error(404)
                    return
                self._send(200, doc)

            def _stream(self, model: str, content: str, cut: bool = False) -> None:
                """Server-sent events, a few characters per chunk, as OpenAI streams; `cut` drops the
                connection after the first chunk."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                pieces = [content[i : i + 7] for i in range(0, len(content), 7)]
                for i, piece in enumerate([*pieces, None]):
                    delta = {"content": piece} if piece is not None else {}
                    chunk = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": None if piece else "stop"}],
                    }
                    if i == 0:
                        chunk["choices"][0]["delta"]["role"] = "assistant"
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    if cut:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                stub.streamed += 1

            def _send(self, status: int, doc: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass  # a client that gave up on a hanging reply is expected, not a test failure

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> OpenAIStub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
