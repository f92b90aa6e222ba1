"""A private, memory-only redis-server on a loopback port of its own."""

import shutil
import subprocess
from pathlib import Path

from .processes import LOOPBACK, accepts_connections, free_port, wait_for


class PrivateRedis:
    """Start and stop a redis-server that keeps nothing on disk."""

    def __init__(self, workdir, port=56379):
        self.root = Path(workdir) / "redis"
        self.port = free_port(port)
        self.process = None

    @property
    def url(self):
        return f"redis://{LOOPBACK}:{self.port}/0"

    def start(self):
        binary = shutil.which("redis-server")
        if not binary:
            raise RuntimeError("redis-server not found (apt-get install redis-server)")
        self.root.mkdir(exist_ok=True)
        command = [binary, "--port", str(self.port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.root), "--logfile", str(self.root / "server.log")]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)  # noqa: S603
        wait_for(lambda: accepts_connections(self.port), 10, "redis-server")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
