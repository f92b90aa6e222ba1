from django.urls import path

from . import views

urlpatterns = [
    path("two-factor/", views.verify, name="signin_verify"),
    path("two-factor/set-up/", views.set_up, name="signin_set_up"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="signin_recovery_codes"),
]
