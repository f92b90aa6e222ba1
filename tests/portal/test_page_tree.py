"""Where each of the portal's page types may stand in the tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from portal.models import HomePage, StandardPage
from tests.builders import add_page, home


class PortalPageTreeTests(WagtailPageTestCase):
    def test_home_pages_stand_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_go_under_home_or_other_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_a_standard_page_renders(self):
        page = add_page(home("en"), StandardPage, title="About the portal", intro="What this site is for.")
        self.assertPageIsRenderable(page)
