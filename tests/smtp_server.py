"""An SMTP server on loopback that keeps what it receives, for tests of the mail the portal sends."""

import email
import email.policy
import socket
import threading

from aiosmtpd.controller import Controller


class _Keeper:
    def __init__(self):
        self.received = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LoopbackSMTPServer:
    host = "127.0.0.1"

    def __init__(self):
        self.port = free_port()
        self.keeper = _Keeper()
        self.controller = Controller(self.keeper, hostname=self.host, port=self.port)

    def start(self):
        self.controller.start()

    def stop(self):
        self.controller.stop()

    @property
    def messages(self):
        with self.keeper.lock:
            return [message for _rcpt, message in self.keeper.received]

    def to(self, address):
        with self.keeper.lock:
            return [message for rcpt, message in self.keeper.received if address in rcpt]

    def clear(self):
        with self.keeper.lock:
            self.keeper.received.clear()


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()
