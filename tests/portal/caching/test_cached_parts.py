"""{% cachedpart %} keeps a part of a template until one of its tags changes, and previews never share it."""

import pytest

from django.contrib.auth.models import Group
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject

from portal.caching.tags import collecting, invalidate

OUTER = Template('{% load cached_parts %}{% cachedpart "test:outer" number tags=tags %}{{ build }}{% endcachedpart %}')
NESTED = Template(
    "{% load cached_parts %}"
    '{% cachedpart "test:outer" %}[{% cachedpart "test:inner" tags="inner-tag" %}{{ build }}{% endcachedpart %}]'
    "{% endcachedpart %}"
)


class Builds:
    """Counts how often a part was built: its template shows the count."""

    def __init__(self):
        self.count = 0

    def __str__(self):
        self.count += 1
        return f"build {self.count}"


def render(template, request=None, **values):
    request = request or RequestFactory().get("/")
    return template.render(Context({"request": request, **values}))


def test_a_part_is_reused_until_one_of_its_tags_changes():
    builds = Builds()
    assert render(OUTER, number=1, tags=["a", "b"], build=builds) == "build 1"
    assert render(OUTER, number=1, tags=["a", "b"], build=builds) == "build 1"

    invalidate(["b"])

    assert render(OUTER, number=1, tags=["a", "b"], build=builds) == "build 2"


def test_the_name_of_a_part_is_made_of_all_its_arguments():
    builds = Builds()
    assert render(OUTER, number=1, tags="a", build=builds) == "build 1"
    assert render(OUTER, number=2, tags="a", build=builds) == "build 2"


def test_the_tags_of_an_inner_part_reach_the_part_and_the_page_around_it():
    builds = Builds()
    with collecting() as page_tags:
        assert render(NESTED, build=builds) == "[build 1]"
    assert "inner-tag" in page_tags
    with collecting() as page_tags_when_cached:
        assert render(NESTED, build=builds) == "[build 1]"
    assert "inner-tag" in page_tags_when_cached

    invalidate(["inner-tag"])

    assert render(NESTED, build=builds) == "[build 2]"


def test_a_preview_neither_reads_nor_writes_a_part():
    builds = Builds()
    assert render(OUTER, number=1, tags="a", build=builds) == "build 1"
    preview = RequestFactory().get("/")
    preview.is_preview = True

    assert render(OUTER, preview, number=1, tags="a", build=builds) == "build 2"
    assert render(OUTER, number=1, tags="a", build=builds) == "build 1"


def test_a_fresh_part_is_built_every_time():
    template = Template('{% load cached_parts %}{% cachedpart "test:fresh" fresh=True %}{{ build }}{% endcachedpart %}')
    builds = Builds()
    assert render(template, build=builds) == "build 1"
    assert render(template, build=builds) == "build 2"


@pytest.mark.django_db
def test_a_cached_part_runs_no_queries(django_assert_num_queries):
    template = Template(
        '{% load cached_parts %}{% cachedpart "test:groups" tags="groups" %}{{ groups }} groups{% endcachedpart %}'
    )
    named = Group.objects.filter(name__startswith="Part readers")
    Group.objects.create(name="Part readers 1")
    with django_assert_num_queries(1):
        assert render(template, groups=SimpleLazyObject(named.count)) == "1 groups"
    Group.objects.create(name="Part readers 2")
    with django_assert_num_queries(0):
        assert render(template, groups=SimpleLazyObject(named.count)) == "1 groups"


@pytest.mark.parametrize(
    "source",
    [
        "{% cachedpart %}x{% endcachedpart %}",
        '{% cachedpart "test:x" colour="red" %}x{% endcachedpart %}',
        '{% cachedpart "test:x" tags="a" "late" %}x{% endcachedpart %}',
    ],
)
def test_a_part_without_a_name_or_with_unknown_options_is_refused(source):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load cached_parts %}" + source)
