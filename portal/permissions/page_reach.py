"""Which pages a person may see in the admin: titles, drafts and all, only within their own trees.

Wagtail shows every page's title to anyone who reaches the admin, through choosers, bulk-action
confirmations and URLs naming a page. The city's least-privilege roles must not see them:
Emergency publishers (alert banners only) see no page at all, Translators only the English and
German trees they have rights in (and, on wagtail-localize's submit and update screens, the
live public pages they translate from). A page is within reach when the person's group holds
any page right on it or on an ancestor; superusers reach everything.

`AdminPageReachMiddleware` refuses (404, so nothing is confirmed) every admin URL that names a
page out of reach, whatever the view: a route added later by Wagtail or a plugin is covered
without knowing about it. Listings that gather pages themselves filter with `pages_within_reach`.
"""

from django.db.models import Q
from django.http import Http404

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation, TranslationSource

PAGE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}

# URL arguments that always name a page, and routes where `pk` does.
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
PAGE_PK_ROUTES = ("admin/pages/", "admin/api/main/^pages/")
# Query parameters naming pages, on the routes that read them.
PAGE_QUERY_ROUTES = {
    "admin/choose-": ("id", "parent_page_id", "target_pages[]"),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": ("id", "childOf"),
    "admin/api/main/^pages/": ("child_of", "descendant_of", "ancestor_of", "translation_of"),
}

# wagtail-localize's routes that start from a source page: a Translator starts from a live,
# public Polish page (its published version is what gets translated).
SOURCE_ROUTES = ("admin/localize/submit/page/", "admin/localize/update/")


def pages_within_reach(user):
    """The pages whose titles, drafts and history this user may see in the admin."""
    policy = PagePermissionPolicy()
    if user.is_superuser:
        return Page.objects.all()
    return policy.instances_user_has_any_permission_for(user, PAGE_ACTIONS)


def translation_sources_within_reach(user):
    """The pages this user may submit for translation without rights in their tree."""
    if not user.has_perm("wagtail_localize.submit_translation"):
        return Page.objects.none()
    return Page.objects.live().public()


def reaches_everything(user):
    """True when no page is out of the user's reach (superusers, groups with rights on the root)."""
    if user.is_superuser:
        return True
    return pages_within_reach(user).filter(depth=1).exists()


def _named_page_ids(request, route, kwargs):
    named = [value for name, value in kwargs.items() if name in PAGE_ARGUMENTS]
    if "pk" in kwargs and route.startswith(PAGE_PK_ROUTES):
        named.append(kwargs["pk"])
    for prefix, parameters in PAGE_QUERY_ROUTES.items():
        if route.startswith(prefix) and _names_pages(prefix, kwargs):
            named.extend(value for parameter in parameters for value in request.GET.getlist(parameter))
    page_ids = {int(value) for value in named if str(value).isdigit()}
    if "all" in named:  # a bulk action on every child of `childOf`
        page_ids.update(Page.objects.child_of(_page_or_404(request.GET.get("childOf"))).values_list("pk", flat=True))
    page_ids.update(_translated_page_ids(kwargs))
    return page_ids


def _names_pages(prefix, kwargs):
    if not prefix.startswith("admin/bulk/"):
        return True
    return (kwargs.get("app_label"), kwargs.get("model_name")) == ("wagtailcore", "page")


def _translated_page_ids(kwargs):
    """The page behind a wagtail-localize translation or translation source named in the URL."""
    if "translation_source_id" in kwargs:
        sources = TranslationSource.objects.filter(pk=kwargs["translation_source_id"])
        pages = Page.objects.filter(
            translation_key__in=sources.values("object_id"), locale__in=sources.values("locale")
        )
        return set(pages.values_list("pk", flat=True))
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).select_related("source").first()
        if translation is None:
            return set()
        pages = Page.objects.filter(translation_key=translation.source.object_id, locale=translation.target_locale_id)
        return set(pages.values_list("pk", flat=True))
    return set()


def _page_or_404(value):
    try:
        return Page.objects.get(pk=int(value))
    except (TypeError, ValueError, Page.DoesNotExist) as error:
        raise Http404 from error


class AdminPageReachMiddleware:
    """Answers 404 to admin requests that name a page out of the user's reach."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or not match.route.startswith("admin/") or user is None:
            return None
        if not user.is_authenticated or reaches_everything(user):
            return None
        page_ids = _named_page_ids(request, match.route, view_kwargs)
        if not page_ids:
            return None
        within_reach = Q(pk__in=pages_within_reach(user))
        if match.route.startswith(SOURCE_ROUTES):
            within_reach |= Q(pk__in=translation_sources_within_reach(user))
        if Page.objects.filter(pk__in=page_ids).exclude(within_reach).exists():
            raise Http404
        return None
