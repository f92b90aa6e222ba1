"""E-mail alerts for residents: news of a category, a tag or a partnership, or a partnership's
events, confirmed by e-mail.

Nobody is tracked: an address is stored only once its owner confirmed it, every e-mail
carries a one-click unsubscribe, and alerts lapse after a year unless renewed.
"""
