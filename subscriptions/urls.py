"""Public URLs of e-mail alerts, under each language's prefix (added through portal's hook)."""

from django.urls import include, path

from .views.manage import manage
from .views.signup import confirm, subscribe
from .views.unsubscribe import unsubscribe

app_name = "subscriptions"

patterns = [
    path("", subscribe, name="subscribe"),
    path("confirm/<str:token>/", confirm, name="confirm"),
    path("manage/<str:token>/", manage, name="manage"),
    path("unsubscribe/<str:token>/", unsubscribe, name="unsubscribe"),
]

urlpatterns = [path("subscriptions/", include((patterns, app_name)))]
