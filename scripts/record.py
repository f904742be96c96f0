"""Record the cassette tests' HTTP traffic (`make record`).

With STUUT_BASE_URL and STUUT_API_TOKEN set, records against that server. Otherwise starts a Prism mock
of openapi/stuut.yaml on loopback, records against it, and stops it; any request or response Prism finds
in violation of the spec fails the recording, so cassettes always fit the spec.

    python scripts/record.py [pytest args...]     e.g. -k list_invoices
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "stuut.yaml"
MOCK_TOKEN = "mock-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_listening(port: int, process: subprocess.Popen[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"Prism exited early:\n{process.stdout.read() if process.stdout else ''}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"Prism did not listen on 127.0.0.1:{port} within {timeout:.0f} s")


def start_prism(*extra_args: str) -> tuple[subprocess.Popen[str], str]:
    """Start a Prism mock of the spec on a free loopback port; returns the process and its base URL."""
    if not PRISM.exists():
        raise SystemExit("Prism is not installed: run `npm ci` (the Makefile does it for you)")
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", *extra_args, str(SPEC)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    wait_until_listening(port, process)
    return process, f"http://127.0.0.1:{port}"


def run_pytest(base_url: str, token: str, extra: list[str]) -> int:
    env = {**os.environ, "STUUT_BASE_URL": base_url, "STUUT_API_TOKEN": token}
    command = [sys.executable, "-m", "pytest", "-m", "vcr", "--record-mode=rewrite", "-q", *extra]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main() -> int:
    extra = sys.argv[1:]
    if os.environ.get("STUUT_BASE_URL") and os.environ.get("STUUT_API_TOKEN"):
        print(f"recording against {os.environ['STUUT_BASE_URL']}")
        return run_pytest(os.environ["STUUT_BASE_URL"], os.environ["STUUT_API_TOKEN"], extra)
    process, base_url = start_prism()
    print(f"recording against a Prism mock of the spec at {base_url}")
    try:
        status = run_pytest(base_url, MOCK_TOKEN, extra)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    violations = [line for line in output.splitlines() if "Violation" in line or "✖" in line]
    if violations:
        print("Prism found traffic that does not fit the spec:", *violations, sep="\n  ", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
