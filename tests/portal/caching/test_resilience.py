"""A dead database answers 503 with the static error page, fast; Redis going away costs nothing."""

import os
import signal
import time
from contextlib import contextmanager

import pytest
import redis as redis_client

from django.db import IntegrityError, OperationalError, connection
from django.test import Client, RequestFactory

from portal.caching.backends import OUTAGE_MEMORY_SECONDS, FailSoftRedisCache
from portal.caching.keys import key
from portal.caching.tags import EVERYTHING, invalidate_everything_in
from portal.serving.resilience import RETRY_AFTER_SECONDS, DatabaseOutageMiddleware
from portal.views.errors import server_error
from tools.servers.processes import wait_for
from tools.servers.redis_server import PrivateRedis


def warm_up(client, path):
    """Serve a page until the cache holds the site, as on a server that has been running a while.

    The first request on a fresh database creates the footer settings, which renews the cache keys.
    """
    for _ in range(2):
        assert client.get(path).status_code == 200


@contextmanager
def database_unreachable():
    """Point the connection at a port nobody listens on, as when PostgreSQL is stopped."""
    real_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(("language", "text"), [("pl", "Chwilowy problem"), ("de", "Vorübergehendes Problem")])
def test_page_request_with_the_database_down_gets_a_fast_friendly_503(client, uncached_pages, language, text):
    warm_up(client, f"/{language}/")
    with database_unreachable():
        started = time.monotonic()
        # A page no reader asked for yet: the parts cached for the home page cannot answer it.
        response = client.get(f"/{language}/search/?q=nowa")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert elapsed < 1
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outage_raised_in_a_middleware_is_a_503_too(client):
    # With a cold cache the first query runs in a middleware (page cache or site lookup), before any view.
    quiet = Client(raise_request_exception=False, HTTP_HOST="localhost")
    with database_unreachable():
        response = quiet.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_site_recovers_on_the_next_request_once_the_database_is_back(client, uncached_pages):
    warm_up(client, "/pl/")
    with database_unreachable():
        assert client.get("/pl/search/?q=nowa").status_code == 503
    assert client.get("/pl/search/?q=nowa").status_code == 200


def test_other_exceptions_are_left_to_the_server_error_handler():
    middleware = DatabaseOutageMiddleware(lambda request: None)
    request = RequestFactory().get("/pl/")
    assert middleware.process_exception(request, IntegrityError("duplicate key")) is None
    assert middleware.process_exception(request, ValueError("bug")) is None
    assert middleware.process_exception(request, OperationalError("gone")).status_code == 503


def test_server_error_handler_keeps_500_for_bugs():
    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        response = server_error(RequestFactory().get("/pl/"))
    assert response.status_code == 500
    assert not response.has_header("Retry-After")


def test_server_error_handler_answers_503_while_handling_an_outage():
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(RequestFactory().get("/de/"))
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)


def test_unreachable_redis_is_replaced_by_process_memory_for_a_few_seconds():
    cache = FailSoftRedisCache("redis://127.0.0.1:1/0", {})
    started = time.monotonic()
    assert cache.get("key", "fallback") == "fallback"
    assert cache.get_or_set("key", 7) == 7
    assert cache.get("key") == 7  # kept in this process meanwhile
    assert cache.set_many({"a": 1, "b": 2}) == []
    assert cache.get_many(["a", "b", "c"]) == {"a": 1, "b": 2}
    assert cache.add("key", 1) is False
    cache.delete("key")
    assert cache.has_key("key") is False
    with pytest.raises(ValueError):
        cache.incr("counter")
    assert time.monotonic() - started < 1
    # Another process cannot invalidate what this one keeps: nothing lives longer than a few seconds.
    cache.set("page", "html", timeout=None)
    expires = cache._outage_memory._expire_info[cache._outage_memory.make_and_validate_key("page")]
    assert expires <= time.time() + OUTAGE_MEMORY_SECONDS


def test_a_dead_redis_is_not_asked_again_until_the_breaker_closes(monkeypatch):
    cache = FailSoftRedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"breaker_seconds": 60}})
    assert cache.get("key") is None  # refused: the breaker opens
    attempts = []
    monkeypatch.setattr(cache._cache, "get", lambda *args, **kwargs: attempts.append(args))
    for _call in range(20):
        assert cache.get("key", "fallback") == "fallback"
    assert attempts == []


def test_redis_errors_other_than_unreachable_still_raise():
    # A misused cache is a bug to see, not an outage to hide.
    cache = FailSoftRedisCache("redis://127.0.0.1:1/0", {})
    with pytest.raises(ValueError):
        cache.set("key", 1, timeout="soon")


def answers(url):
    try:
        return redis_client.Redis.from_url(url, socket_timeout=0.5).ping()
    except redis_client.RedisError:
        return False


def test_a_change_published_while_redis_was_unreachable_is_not_lost_when_it_answers_again(tmp_path):
    with PrivateRedis(tmp_path) as redis:
        redis.start()
        options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "breaker_seconds": 0}
        cache = FailSoftRedisCache(redis.url, {"OPTIONS": options})
        everything = key("tag", EVERYTHING)
        invalidate_everything_in(cache)
        before = cache.get(everything)

        os.kill(redis.process.pid, signal.SIGSTOP)  # unreachable, yet keeping its data
        try:
            invalidate_everything_in(cache)  # an editor publishes: the change cannot reach Redis
            assert cache.get(everything) != before  # this process sees it meanwhile
        finally:
            os.kill(redis.process.pid, signal.SIGCONT)
        wait_for(lambda: answers(redis.url), 5, "redis-server to answer again")

        assert cache.get("anything") is None  # the first call that gets through
        after = cache.get(everything)
        assert after not in (None, before)  # every entry stored before the outage is stale
