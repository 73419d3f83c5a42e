"""Accessibility in the browser: axe-core finds no violation on any page (after its charts have
drawn, in every language, in presentation mode with the QR code open, with a toolbar's panels
and a dropdown menu open), every control works by keyboard with a visible focus, and each chart
is tied to its text alternative.

axe-core comes bundled with axe-playwright-python (no network). It runs all its rules except the
experimental ones: WCAG 2.0/2.1 A and AA and the best practices (landmarks, heading order).
"""

from __future__ import annotations

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dashboard import charts

AXE = Axe()

# what must have drawn before axe looks: every graph on the page, and at least this many
DRAWN = """n => {
    const graphs = document.querySelectorAll('.dash-graph');
    return graphs.length >= n && [...graphs].every(g => g.querySelector('.main-svg'));
}"""


def linked_row_marked(page):
    page.wait_for_selector("#wb_wdi_gdp.table-warning")


def qr_open(page):
    page.keyboard.press("q")
    page.locator("#present-deck .kg-slide.active .kg-qr-overlay").wait_for(state="visible")


def toolbar_panels_open(page):
    for part in ("cite", "embed"):
        page.click(f"#remit-share-{part} summary")
        page.locator(f"#remit-share-{part} .kg-panel").wait_for(state="visible")


def sector_menu_open(page):
    page.click("#filter-sector")
    page.locator(".dash-dropdown-content [role=listbox]").wait_for(state="visible")


# Dash 4's dcc.Dropdown draws each option of an open menu as <label role="option"> around an
# <input type="radio"> that takes the focus as the arrow keys move (axe: nested-interactive,
# aria-allowed-role). That is the component's own markup: the roles cannot be changed without
# breaking its keyboard handling. Only the options are left out; the menu, its name and the
# rest of the filter bar are checked. (The menu and its list are named by assets/a11y.js.)
DASH_OPTIONS = ".dash-dropdown-option"

# id: (path, graphs at least, lang of <html>, wait before axe, states). A state is something a
# reader opens on the page: (what, how, the part of the page it changes); after the whole page
# has passed, axe checks that part again in that state (the rest was just checked: axe's colour
# contrast rule takes seconds a page here).
PAGES = {
    "overview": ("/", 0, "en", None, []),
    "destinations": ("/destinations", 5, "en", None, []),
    "offices": ("/offices", 2, "en", None, []),
    "remittances": ("/remittances", 2, "en", None, [
        ("cite and embed panels open", toolbar_panels_open,
         {"include": [["#remit-share-toolbar"]]}),
        ("sector menu open", sector_menu_open,
         {"include": [[".filter-bar"]], "exclude": [[DASH_OPTIONS]]}),
    ]),
    "recommendations": ("/recommendations", 2, "en", None, []),
    "recommendation-detail": ("/recommendations?rec=R12-SI-07", 2, "en", None, []),
    "indicators": ("/indicators", 1, "en", None, []),
    "data": ("/data", 0, "en", None, []),
    "sources": ("/sources#wb_wdi_gdp", 0, "en", linked_row_marked, []),
    "present": ("/present?slide=2", len(charts.SLIDES), "en", None, [
        ("QR code open (key q)", qr_open, {"include": [["#present-deck .kg-slide.active"]]}),
    ]),
    "embed": ("/embed/dest-map", 1, "en", None, []),
    "embed-unknown": ("/embed/no-such-chart", 0, "en", None, []),
    "not-found": ("/no-such-page", 0, "en", None, []),
    "remittances-ru": ("/remittances?lang=ru&gender=women", 2, "ru", None, []),
    "destinations-ky": ("/destinations?lang=ky", 5, "ky", None, []),
}


def describe(violations: list[dict], where: str = "") -> str:
    """What to fix: each rule, its impact, what it asks and where it failed."""
    lines = [f"{len(violations)} axe violation(s){where}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} node(s)] "
                     f"{v['helpUrl']}")
        for node in v["nodes"][:4]:
            lines.append(f"    at {' '.join(map(str, node['target']))}: "
                         f"{node['html'][:140]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary[:240]}")
    return "\n".join(lines)


# CSS transitions (a button fading to its hover colour) still running: axe would measure the
# colours half way
TRANSITIONS_DONE = """() => document.getAnimations().every(
    a => !(a instanceof CSSTransition) || a.playState !== 'running')"""


def axe_violations(page, context: dict | None = None) -> list[dict]:
    page.mouse.move(0, 0)  # no hover left by a click
    page.wait_for_function(TRANSITIONS_DONE, timeout=5000)
    return AXE.run(page, context=context).response["violations"]


@pytest.mark.browser
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation(watched, name):
    path, graphs, lang, ready, states = PAGES[name]
    page = watched.goto(path)
    page.wait_for_function(DRAWN, arg=graphs, timeout=30000)
    if ready:
        ready(page)
    assert page.evaluate("document.documentElement.lang") == lang
    violations = axe_violations(page)
    assert not violations, describe(violations)
    for what, action, context in states:
        action(page)
        violations = axe_violations(page, context)
        assert not violations, describe(violations, f" with {what}")
    assert not watched.console_errors, watched.console_errors


# --- keyboard --------------------------------------------------------------------------------

FOCUS_SHOWN = r"""() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused === document.documentElement) {
        return false;
    }
    // an option of a dcc.Dropdown menu is focused through a hidden radio: the option shows it
    const e = focused.closest('.dash-options-list-option') || focused;
    let opacity = 1;
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
        opacity *= parseFloat(getComputedStyle(n).opacity);
    }
    const box = e.getBoundingClientRect();
    if (opacity < 0.9 || box.width < 2 || box.height < 2) { return false; }
    const cs = getComputedStyle(e);
    const alpha = c => { const m = c.match(/rgba?\(([^)]*)\)/);
                         const p = m ? m[1].split(',') : [];
                         return p.length === 4 ? parseFloat(p[3]) : 1; };
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 &&
        alpha(cs.outlineColor) > 0.5) { return true; }
    // a focus ring drawn as a box-shadow: a visible colour, spread or blurred at least 2px
    const px = '\\s+(-?[\\d.]+)px';
    const ring = cs.boxShadow.match(new RegExp('rgba?\\([^)]*\\)' + px + px + px + px));
    return !!ring && alpha(ring[0]) >= 0.2 && Math.max(+ring[3], +ring[4]) >= 2;
}"""

ACTIVE = """() => { const e = document.activeElement;
    return {tag: e.tagName, id: e.id, cls: String(e.className.baseVal ?? e.className),
            text: (e.innerText || e.value || e.getAttribute('aria-label') || '').slice(0, 40)}; }"""


def focus_is_visible(page):
    """The focused element can be seen and so can its focus indicator (waits out the rings'
    CSS transitions)."""
    with contextlib.suppress(PlaywrightTimeout):  # the assertion below says which element
        page.wait_for_function(FOCUS_SHOWN, timeout=3000)
    assert page.evaluate(FOCUS_SHOWN), f"focus not visible on {page.evaluate(ACTIVE)}"


def tab_to(page, test: str, *, limit: int = 80, back: bool = False) -> dict:
    """Press Tab (Shift+Tab) until `test` (a JS predicate on document.activeElement) holds;
    every element on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        focus_is_visible(page)
        if page.evaluate(f"() => {{ const e = document.activeElement; return !!({test}); }}"):
            return page.evaluate(ACTIVE)
    raise AssertionError(f"{test} not reached in {limit} Tab presses; "
                         f"focus ended on {page.evaluate(ACTIVE)}")


BARS_DATA = "() => JSON.stringify(document.querySelector('#rec-bars .js-plotly-plot').data" \
            ".map(t => t.x))"


@pytest.mark.browser
def test_everything_by_keyboard(watched):
    page = watched.goto("/recommendations")
    page.wait_for_function(DRAWN, arg=2, timeout=30000)

    # the first Tab shows the skip link; Enter moves the reading position to the content
    page.keyboard.press("Tab")
    focus_is_visible(page)
    assert page.evaluate(ACTIVE)["text"] == "Skip to content"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'main'")
    tab_to(page, "true")
    assert page.evaluate("() => document.getElementById('main').contains("
                         "document.activeElement)"), page.evaluate(ACTIVE)

    # back up to the filter bar, open the sector menu, pick the next sector: URL and chart change
    tab_to(page, "e.id === 'filter-sector'", back=True)
    before, summary = page.evaluate(BARS_DATA), page.inner_text("#rec-bars-summary")
    page.keyboard.press("Enter")
    page.locator(".dash-dropdown-content [role=listbox]").wait_for(state="visible")
    page.keyboard.press("ArrowDown")
    focus_is_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "sector=construction" in url)
    watched.wait_for_view("sector=construction")
    page.wait_for_function(DRAWN, arg=2, timeout=30000)
    assert page.evaluate(BARS_DATA) != before
    assert page.inner_text("#rec-bars-summary") != summary
    # the re-rendered page keeps the keyboard where it was
    page.wait_for_function("() => document.activeElement.id === 'filter-sector'")
    focus_is_visible(page)

    # the gender radios are one Tab stop; an arrow key chooses
    tab_to(page, "e.name === 'filter-gender'")
    page.keyboard.press("ArrowRight")
    watched.wait_for_view("gender=women")
    assert "gender=women" in page.url and "sector=construction" in page.url
    page.wait_for_function("() => document.activeElement.value === 'women'")

    # on to the chart's toolbar: Cite opens with Enter and shows the citation
    tab_to(page, "e.tagName === 'SUMMARY' && e.closest('#rec-bars-cite')")
    page.keyboard.press("Enter")
    page.locator("#rec-bars-citation").wait_for(state="visible")
    assert "gender=women" in page.inner_text("#rec-bars-citation")

    # the language switch: <html lang> follows without a reload
    page = watched.goto("/remittances")
    page.wait_for_function(DRAWN, arg=2, timeout=30000)
    tab_to(page, "e.textContent === 'Русский'")
    page.keyboard.press("Enter")
    watched.wait_for_view("lang=ru")
    page.wait_for_function("() => document.documentElement.lang === 'ru'")
    page.wait_for_function(DRAWN, arg=2, timeout=30000)

    # a registered chart's CSV downloads with Enter
    tab_to(page, "e.id === 'remit-share-csv'")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "remit-share.csv"
    assert not watched.console_errors, watched.console_errors


@pytest.mark.browser
def test_present_controls_work_by_keyboard(watched):
    """In presentation mode the slide keys leave alone what a focused control needs: arrows
    and Space choose a radio, Space opens a menu."""
    page = watched.goto("/present")
    page.wait_for_function(DRAWN, arg=len(charts.SLIDES), timeout=30000)
    base = watched.base
    tab_to(page, "e.name === 'present-gender'")
    page.keyboard.press("ArrowRight")
    page.wait_for_url(base + "/present?gender=women")
    assert page.get_attribute("#present-deck .kg-slide.active", "id") == "slide-1"
    page.wait_for_function("() => document.activeElement.value === 'women'")
    tab_to(page, "e.id === 'present-year'")
    page.keyboard.press("Space")
    page.locator(".dash-dropdown-content [role=listbox]").wait_for(state="visible")
    page.keyboard.press("Escape")
    assert page.get_attribute("#present-deck .kg-slide.active", "id") == "slide-1"
    assert not watched.console_errors, watched.console_errors


# --- text alternatives -----------------------------------------------------------------------

@pytest.mark.browser
def test_each_chart_is_described_by_its_summary(watched):
    page = watched.goto("/destinations")
    page.wait_for_function(DRAWN, arg=5, timeout=30000)
    figures = page.evaluate("""() => [...document.querySelectorAll('.dash-graph')].map(g => {
        const fig = g.closest('figure');
        const id = fig && fig.getAttribute('aria-describedby');
        const said = id && document.getElementById(id);
        return {name: fig && fig.getAttribute('aria-label'),
                caption: !!(said && said.tagName === 'FIGCAPTION' && fig.contains(said)),
                text: said ? said.textContent : ''};
    })""")
    assert len(figures) == 5
    for fig in figures:
        assert fig["name"] and fig["caption"] and len(fig["text"]) > 40, fig


@pytest.mark.browser
def test_following_a_link_takes_focus_to_the_new_page(watched):
    """A keyboard or screen reader user who follows a navbar link lands on the new page's
    heading (not left on the link, hearing nothing); a filter change leaves focus alone."""
    page = watched.goto("/remittances")
    page.wait_for_function(DRAWN, arg=2, timeout=30000)
    tab_to(page, "e.closest('nav') && (e.getAttribute('href') || '').startsWith('/offices')")
    page.keyboard.press("Enter")
    watched.wait_for_view("/offices")
    page.wait_for_function("() => document.activeElement.tagName === 'H1' && "
                           "document.activeElement.closest('.kg-page')")
    assert "offices" in page.evaluate(ACTIVE)["text"].lower()
    # from the heading, Tab goes on into the page, not back to the navbar
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.activeElement.closest('nav')"), page.evaluate(ACTIVE)
