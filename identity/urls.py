"""Sign-in routes: password and provider sign-in, second factor, sign-out."""

from django.urls import path

from identity import oidc, views

urlpatterns = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", views.logout_view, name="logout"),
    path("accounts/mfa/setup/", views.mfa_setup_view, name="mfa-setup"),
    path("accounts/mfa/verify/", views.mfa_verify_view, name="mfa-verify"),
    path("accounts/security/", views.security_view, name="security"),
    path("accounts/sign-out-everywhere/", views.sign_out_everywhere_view, name="sign-out-everywhere"),
    path(
        "accounts/users/<int:user_id>/sign-out-everywhere/",
        views.user_sign_out_everywhere_view,
        name="user-sign-out-everywhere",
    ),
    path("oidc/authenticate/", oidc.OidcSignInView.as_view(), name="oidc-authenticate"),
    path("oidc/callback/", oidc.OidcCallbackView.as_view(), name="oidc-callback"),
]
