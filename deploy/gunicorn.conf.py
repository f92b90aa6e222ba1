"""gunicorn for the portal, read with `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

Threaded workers (gthread): a reader on a slow line or a document streamed by Wagtail's view
holds one thread, not a whole process, and a worker keeps answering the others. Every value
can be overridden from the environment (GUNICORN_*), as the systemd unit and `make serve` do.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
worker_class = "gthread"
# Processes for the cores, threads for the waiting: CPU-bound rendering needs the former.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A request that takes 30 s is stuck (queries stop at 10 s, see POSTGRES_OPTIONS); the worker
# is replaced. Deploys and restarts let requests in flight finish.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Longer than nginx's upstream keepalive_timeout (60 s by default) would hold idle sockets;
# shorter makes nginx reconnect: a few seconds suits a proxy on the same machine.
keepalive = 5
# Recycled workers bound slow memory growth; the jitter keeps them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10

# Workers fork from an imported application: a replacement serves at once.
preload_app = True
# Heartbeat files in memory, not on a disk that may stall.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 - a folder the kernel keeps in memory, not a temporary file
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
# No control socket in the service's home directory.
control_socket_disable = True

# Only the proxy on this machine may say which scheme and address the client used.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# One JSON line per request, with the request id nginx generated (and Django echoes).
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
access_log_format = (
    '{"time": "%(t)s", "logger": "gunicorn.access", "request_id": "%({x-request-id}o)s", '
    '"method": "%(m)s", "path": "%(U)s", "query": "%(q)s", "status": %(s)s, "bytes": %(B)s, '
    '"duration_ms": %(M)s, "client": "%({x-forwarded-for}i)s", "user_agent": "%(a)s"}'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
