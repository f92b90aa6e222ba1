"""The "Next dates" panel: what the repetition rule gives, shown to editors as they edit."""

from django.utils.translation import gettext as _

from wagtail.admin.panels import Panel


class NextDatesPanel(Panel):
    """Lists the next dates of the event as last saved, or says what is wrong with its dates."""

    LIMIT = 10

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/next_dates_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            event = self.instance
            dates, problem = [], ""
            if event.start_date:
                schedule = event.schedule
                problems = schedule.problems()
                if problems:
                    problem = " ".join(str(message) for message in problems.values())
                else:
                    dates = schedule.upcoming(limit=self.panel.LIMIT)
            context.update(
                {
                    "dates": dates,
                    "problem": problem,
                    "empty": _("Save the event to see its dates.") if not event.start_date else "",
                    "repeats": bool(event.recurrence_rule),
                }
            )
            return context
