"""Small process and network helpers shared by the drills: ports, waiting, child processes."""

import os
import pwd
import socket
import threading
import time

LOOPBACK = "127.0.0.1"


def free_port(preferred):
    """The preferred loopback port when nobody listens there, otherwise one the kernel picks."""
    for port in (preferred, 0):
        with socket.socket() as probe:
            try:
                probe.bind((LOOPBACK, port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("No free loopback port")


def wait_for(check, timeout, what, interval=0.1):
    """Poll `check()` until it is truthy; fail with a message naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(interval)
    raise TimeoutError(f"Timed out after {timeout:.0f} s waiting for {what}")


def service_account():
    """subprocess keyword arguments that drop root for servers that refuse to run as root (PostgreSQL)."""
    if os.geteuid() != 0:
        return {}
    account = pwd.getpwnam("postgres")
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


def give_to_service_account(path):
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(path, account.pw_uid, account.pw_gid)


def child_pids(parent):
    """Process ids whose parent is `parent` (Linux /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                # The command name may contain spaces: the fields after the last ')' are fixed.
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            children.append(int(entry))
    return sorted(children)


def is_running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def accepts_connections(port, host=LOOPBACK):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class ReadinessWatch:
    """Poll `check()` in the background and remember when it turned true again after a failure."""

    def __init__(self, check, interval=0.05):
        self.check = check
        self.interval = interval
        self.came_back_at = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self):
        was_down = False
        while not self._stop.is_set():
            probed_at = time.monotonic()
            up = self.check()
            if not up:
                was_down = True
            elif was_down and self.came_back_at is None:
                self.came_back_at = probed_at
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
