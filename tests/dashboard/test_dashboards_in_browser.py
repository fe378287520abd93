"""The five dashboards in headless Chromium, as an admin and as an analyst (issue 16).

Expected numbers come from SQL on the marts, never from Superset; what a dashboard should hold
comes from the committed bundle (superset/assets). Screenshots go to MEDILINK_DASHBOARD_SCREENSHOTS
(docs/dashboards with `make dashboard-screenshots`) or to a temporary folder.
"""

from __future__ import annotations

import time

import pytest
from dashboard_browser import api, open_dashboard, screenshot
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

ANALYST_DASHBOARDS = ("triage", "facilities", "conditions")
ADMIN_DASHBOARDS = ("data-quality", "pipeline-runs")
# Right after the sample loads every facility has uploaded today: no facility is silent yet.
MAY_BE_EMPTY = {"Facilities gone silent"}


def _number(text: str) -> int:
    return int(text.replace(",", "").strip())


@pytest.mark.parametrize("slug", [*ANALYST_DASHBOARDS, *ADMIN_DASHBOARDS])
def test_admin_sees_every_chart_rendered_without_error(admin_browser, dashboard_stack, bundle, screenshot_dir, slug):
    found = open_dashboard(admin_browser, dashboard_stack.url, slug, bundle.chart_names(slug))

    assert {name: chart.error for name, chart in found.items() if chart.error} == {}
    assert {name for name, chart in found.items() if chart.empty} - MAY_BE_EMPTY == set()
    shot = screenshot_dir / f"{slug}.png"
    screenshot(admin_browser, shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 30_000  # a drawn dashboard, not a blank page


def test_triage_visits_per_priority_equal_the_research_mart(admin_browser, dashboard_stack, bundle):
    found = open_dashboard(admin_browser, dashboard_stack.url, "triage", bundle.chart_names("triage"))
    shown = {priority: _number(visits) for priority, visits in found["Visits per priority"].table()}

    released = dict(
        dashboard_stack.query("select priority, sum(visit_count)::int from research.triage_daily group by priority")
    )
    everything = dict(
        dashboard_stack.query("select priority, count(*)::int from marts.fct_triage_visits group by priority")
    )
    assert shown == released
    assert sum(shown.values()) > 0
    # k-suppression: the de-identified mart never shows more than happened, and here leaves some out.
    assert all(shown[priority] <= everything[priority] for priority in shown)
    assert sum(shown.values()) < sum(everything.values())


def test_busiest_facilities_list_each_released_facility_with_its_volume(admin_browser, dashboard_stack, bundle):
    found = open_dashboard(admin_browser, dashboard_stack.url, "facilities", bundle.chart_names("facilities"))
    rows = found["Busiest facilities per state"].table()
    shown = {(row[0], row[2], _number(row[5])) for row in rows}

    expected = set(
        dashboard_stack.query(
            "select state, facility_name, (visit_count + record_count)::int from research.facility_map"
            " where visit_count is not null"
        )
    )
    assert shown == expected
    # Rank 1 in each state is that state's largest volume.
    by_state: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        by_state.setdefault(row[0], []).append((_number(row[1]), _number(row[5])))
    for state, ranked in by_state.items():
        assert min(ranked)[1] == max(volume for _, volume in ranked), state


def test_pipeline_runs_show_every_batch(admin_browser, dashboard_stack, bundle):
    found = open_dashboard(admin_browser, dashboard_stack.url, "pipeline-runs", bundle.chart_names("pipeline-runs"))
    (batches,) = dashboard_stack.query("select count(*)::int from etl.batch_metrics")[0]
    (loaded,) = dashboard_stack.query("select sum(rows_loaded)::int from etl.batch_metrics")[0]

    big_number = found["Batches run"].element.find_element(By.CSS_SELECTOR, ".header-line").text
    assert _number(big_number) == batches
    table = found["Batches"].table()
    assert len(table) == batches
    assert sum(_number(row[7]) for row in table) == loaded


@pytest.mark.parametrize("slug", ANALYST_DASHBOARDS)
def test_analyst_sees_the_research_dashboards(analyst_browser, dashboard_stack, bundle, slug):
    found = open_dashboard(analyst_browser, dashboard_stack.url, slug, bundle.chart_names(slug))

    assert {name: chart.error for name, chart in found.items() if chart.error} == {}
    assert [name for name, chart in found.items() if chart.empty] == []


def test_analyst_lists_only_the_research_dashboards(analyst_browser):
    status, body = api(analyst_browser, "GET", "/api/v1/dashboard/?q=(page_size:100)")

    assert status == 200
    assert sorted(item["slug"] for item in body["result"]) == sorted(ANALYST_DASHBOARDS)


@pytest.mark.parametrize("slug", ADMIN_DASHBOARDS)
def test_analyst_cannot_open_an_admin_dashboard(analyst_browser, dashboard_stack, slug):
    status, _ = api(analyst_browser, "GET", f"/api/v1/dashboard/{slug}")
    assert status in (403, 404)
    status, _ = api(analyst_browser, "GET", f"/api/v1/dashboard/{slug}/charts")
    assert status in (403, 404)

    analyst_browser.get(f"{dashboard_stack.url}/superset/dashboard/{slug}/?standalone=1")
    time.sleep(5)  # long enough for a permitted dashboard's grid to appear
    assert analyst_browser.find_elements(By.CSS_SELECTOR, "[data-test='chart-grid-component']") == []


def _database_ids(dashboard_stack) -> dict[str, int]:
    return dict(dashboard_stack.query("select database_name, id from dbs", url=dashboard_stack.metadata_url))


def _execute(browser, database_id: int, sql: str) -> tuple[int, dict]:
    return api(
        browser,
        "POST",
        "/api/v1/sqllab/execute/",
        {"database_id": database_id, "sql": sql, "runAsync": False, "queryLimit": 100, "client_id": "", "tab": "test"},
    )


def test_analyst_sql_lab_reaches_research_and_nothing_else(analyst_browser, dashboard_stack):
    ids = _database_ids(dashboard_stack)
    status, body = api(analyst_browser, "GET", "/api/v1/database/?q=(page_size:100)")
    assert status == 200
    assert [item["database_name"] for item in body["result"]] == ["Medilink research"]

    status, body = _execute(
        analyst_browser, ids["Medilink research"], "select count(*) as n from research.triage_daily"
    )
    assert status == 200, body
    assert body["data"] == [{"n": dashboard_stack.query("select count(*)::int from research.triage_daily")[0][0]}]

    # The analyst login stops any query after a minute (migration 0010).
    status, body = _execute(analyst_browser, ids["Medilink research"], "show statement_timeout")
    assert (status, body.get("data")) == (200, [{"statement_timeout": "1min"}])

    # The database role refuses identifiable tables, whatever Superset allows.
    for sql in ("select first_name from public.patients limit 1", "select * from marts.dim_patients limit 1"):
        status, body = _execute(analyst_browser, ids["Medilink research"], sql)
        assert status >= 400, body
        assert "permission denied" in str(body).lower()
        assert "data" not in body or not body["data"]

    # The operations connection is not the analyst's to use at all: Superset does not find it for them.
    status, body = _execute(analyst_browser, ids["Medilink operations"], "select 1 as one")
    assert status >= 400, body
    assert "database referenced in this query was not found" in str(body)
    assert "data" not in body


def _sql_lab_database_options(browser, url: str) -> list[str]:
    """Open SQL Lab, its "Select Database and Schema" popover and that popover's database list."""
    browser.get(f"{url}/sqllab/")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        options = browser.find_elements(By.CSS_SELECTOR, ".ant-select-item-option")
        if options:
            # Each option shows the engine, then the connection's name.
            return [option.text.splitlines()[-1] for option in options if option.text]
        try:
            lists = browser.find_elements(By.CSS_SELECTOR, ".ant-popover .ant-select, [role='dialog'] .ant-select")
            if lists:
                lists[0].click()
            else:
                # The page's scripts may not listen yet: click until the popover opens.
                for selector in browser.find_elements(By.CSS_SELECTOR, "[data-test='DatabaseSelector']"):
                    selector.click()
        except WebDriverException:
            pass  # covered or re-rendered while loading: try again
        time.sleep(1)
    raise AssertionError("SQL Lab's database list did not open")


def test_sql_lab_page_offers_the_analyst_only_the_research_connection(analyst_browser, dashboard_stack):
    assert _sql_lab_database_options(analyst_browser, dashboard_stack.url) == ["Medilink research"]


def test_sql_lab_page_offers_the_admin_both_connections(admin_browser, dashboard_stack):
    assert sorted(_sql_lab_database_options(admin_browser, dashboard_stack.url)) == [
        "Medilink operations",
        "Medilink research",
    ]
