"""Where the registry's pages stand in the tree, and how editors create a relation in the admin."""

import datetime

from django.test import TestCase
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from memberships.models import RelationIndexPage, RelationPage
from portal.models import HomePage, StandardPage
from tests.builders import home, make_private
from tests.memberships.builders import city, directory, network, relation


class RelationPageTreeTests(WagtailPageTestCase):
    def test_the_directory_stands_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(RelationIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, RelationIndexPage)
        self.assertCanNotCreateAt(StandardPage, RelationIndexPage)

    def test_relations_stand_under_the_directory_and_have_no_children(self):
        self.assertAllowedParentPageTypes(RelationPage, {RelationIndexPage})
        self.assertAllowedSubpageTypes(RelationIndexPage, {RelationPage})
        self.assertAllowedSubpageTypes(RelationPage, set())
        self.assertCanNotCreateAt(HomePage, RelationPage)

    def test_each_language_has_at_most_one_directory(self):
        assert RelationIndexPage.can_create_at(home("en"))
        directory("en")
        assert not RelationIndexPage.can_create_at(home("en"))
        assert RelationIndexPage.can_create_at(home("de"))

    def test_a_relation_page_and_its_directory_render(self):
        index = directory("en")
        page = relation(index, "Nuremberg", partner_city=city("en"), history=[(datetime.date(1991, 12, 9), "Twinned")])
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(page)


class RelationAdminFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = directory("en")
        cls.nuremberg = city("en", "Nuremberg")
        cls.eurocities = network("en", "Eurocities")

    def setUp(self):
        self.client.force_login(self.create_superuser("registry-admin"))
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the messages checked below are English

    def form_data(self, **overrides):
        data = {
            "title": "Nuremberg",
            "slug": "nuremberg",
            "summary": "Kraków's twin city in Germany.",
            "relation_type": "twinning",
            "status": "active",
            "partner_city": str(self.nuremberg.pk),
            "partner_network": "",
            "coordinating_department": "International Relations Office",
            "status_history": inline_formset(
                [
                    {"date": "1979-10-02", "date_precision": "day", "stage": "Framework cooperation agreement"},
                    {
                        "date": "1992-02-14",
                        "date_precision": "day",
                        "stage": "City Council resolution",
                        "legal_basis": "City Council resolution XLIII/298/92",
                        "legal_basis_date": "1992-02-14",
                        "note": "The council confirmed the twinning.",
                    },
                    {"date": "1996-06-01", "date_precision": "month", "stage": "Houses open in both cities"},
                ]
            ),
            "focus_areas": streamfield(
                [
                    (
                        "focus_area",
                        {
                            "kind": "working_group",
                            "title": "Culture",
                            "description": "Exchanges of artists.",
                            "department": "Culture Department",
                            "role": "lead",
                        },
                    )
                ]
            ),
            "benefits": streamfield([("benefit", "School exchanges every year")]),
            "documents": streamfield(
                [("document", {"kind": "agreement", "title": "Twin-city agreement", "date": "1991-12-09", "url": ""})]
            ),
            "contacts": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Partners since 1979.</p>"))]),
        }
        for step in data["status_history"].values():
            if isinstance(step, dict):
                for field in ("legal_basis", "legal_basis_date", "note", "source_url"):
                    step.setdefault(field, "")
        data.update(overrides)
        return nested_form_data(data)

    def test_an_editor_creates_a_relation_with_its_history_through_the_admin_form(self):
        self.assertCanCreate(self.index, RelationPage, self.form_data())

        page = RelationPage.objects.get(slug="nuremberg")
        assert page.live
        assert page.partner_city == self.nuremberg
        steps = list(page.status_history.order_by("date"))
        assert [step.stage for step in steps] == [
            "Framework cooperation agreement",
            "City Council resolution",
            "Houses open in both cities",
        ]
        assert steps[1].legal_basis == "City Council resolution XLIII/298/92"
        assert steps[1].legal_basis_date == datetime.date(1992, 2, 14)
        assert steps[2].date_precision == "month"
        assert page.focus_areas[0].value["department"] == "Culture Department"
        assert page.benefits[0].value == "School exchanges every year"

        response = self.client.get(page.url)
        self.assertContains(response, "June 1996")
        self.assertContains(response, "City Council resolution XLIII/298/92, <time")
        self.assertContains(response, '<p class="focus-area__kind">Working group</p>')
        self.assertContains(response, "Culture Department")
        self.assertContains(response, 'Agreement · <time datetime="1991-12-09">9 December 1991</time>')

    def test_a_relation_can_be_previewed(self):
        page = relation(self.index, "Nuremberg", partner_city=self.nuremberg, slug="nuremberg")
        self.assertPageIsPreviewable(page, post_data=self.form_data())

    def test_a_network_membership_without_its_network_is_refused(self):
        data = self.form_data(relation_type="network_membership", partner_city="", slug="membership")
        data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=["memberships", "relationpage", self.index.pk])

        response = self.client.post(url, data)

        assert response.status_code == 200
        self.assertContains(response, "A network membership needs its network.")
        assert not RelationPage.objects.filter(slug="membership").exists()

    def test_a_city_partnership_cannot_name_a_network_as_partner(self):
        data = self.form_data(partner_network=str(self.eurocities.pk), slug="mixed")
        data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=["memberships", "relationpage", self.index.pk])

        response = self.client.post(url, data)

        self.assertContains(response, "Only network memberships have a network as partner.")
        assert not RelationPage.objects.filter(slug="mixed").exists()

    def test_the_edit_form_shows_a_relations_history(self):
        page = relation(
            self.index,
            "Eurocities",
            partner_network=self.eurocities,
            history=[(datetime.date(1992, 11, 9), "Associate member")],
        )

        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

        self.assertContains(response, "Associate member")
        self.assertContains(response, 'name="status_history-TOTAL_FORMS" value="1"')

    def test_the_registry_records_are_editable_in_the_admin(self):
        for model_name in ("partnercity", "network"):
            response = self.client.get(reverse(f"wagtailsnippets_memberships_{model_name}:list"))
            assert response.status_code == 200
        response = self.client.get(reverse("wagtailsnippets_memberships_partnercity:edit", args=[self.nuremberg.pk]))
        self.assertContains(response, "Nuremberg")
        response = self.client.get(reverse("wagtailsnippets_memberships_network:edit", args=[self.eurocities.pk]))
        self.assertContains(response, "facts-TOTAL_FORMS")


class RelationPrivacyTests(TestCase):
    """Relation pages look up view restrictions their own way (one query): the rules must hold."""

    @classmethod
    def setUpTestData(cls):
        cls.index = directory("en")
        cls.page = relation(cls.index, "Porto", partner_city=city("en", "Porto", country_code="PT"))

    def assert_login_required(self, url):
        response = self.client.get(url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]

    def test_a_public_relation_is_served(self):
        assert self.client.get(self.page.url).status_code == 200

    def test_a_private_relation_asks_readers_to_log_in(self):
        make_private(self.page)
        self.assert_login_required(self.page.url)

    def test_a_relation_under_a_private_directory_asks_readers_to_log_in(self):
        make_private(self.index)
        self.assert_login_required(self.page.url)
        self.assert_login_required(self.index.url)

    def test_an_alias_of_a_private_relation_is_private_too(self):
        alias = self.page.create_alias(update_slug="porto-alias")
        assert self.client.get(alias.url).status_code == 200
        make_private(self.page)
        self.assert_login_required(alias.url)
