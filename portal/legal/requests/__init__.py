"""Requests for accessibility (Act of 4 April 2019 on digital accessibility, art. 18–19).

Anyone may ask for a page or document to be made accessible, or for its content in another
form. The form sits on the accessibility statement (and every footer links to it); each
request is a record with its legal deadline: an answer without delay and within 7 days,
extensible once, with the reason sent to the requester, to at most 2 months from the
request. A refusal, or a missed deadline, opens a complaint to the body and then to the
Ombudsman (Rzecznik Praw Obywatelskich). The coordinator named in the statement is mailed
for each new request; those who hold the `change_accessibilityrequest` permission (the
"Accessibility coordinators" group) answer in the admin, and each status change is mailed to
the requester in the language of the form they used.

The form follows the page-feedback form's abuse and privacy rules (portal.feedback): no
cookie but a signed token, a honeypot, a least time before sending, a per-address limit
counted under a daily-keyed HMAC, never the address itself; closed requests are deleted
after ACCESSIBILITY_REQUEST_RETENTION_MONTHS.
"""
