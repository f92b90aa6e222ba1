"""E-mail alerts for residents: news of a category, a tag or a partnership, or a partnership's
events, confirmed by e-mail.

Nobody is tracked: an address is stored only once its owner confirmed it, every e-mail
carries a one-click unsubscribe, and alerts lapse after a year unless renewed.

Weighed and left: django-newsletter (newsletters editors write and send as campaigns, with
unconfirmed addresses stored at sign-up; here the articles themselves are the content, per
topic and per reader) and django-post-office (a general mail queue with retries; it knows
nothing of which article an address is owed, which is what keeps one from being mailed twice).
Django's own signing, mail and SMTP backend do the rest.
"""
