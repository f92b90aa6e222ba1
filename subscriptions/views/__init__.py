"""The public pages of e-mail alerts: sign up, confirm, manage, unsubscribe."""
