"""The Grafana dashboard and the Prometheus alert rules in deploy/: well-formed, about the plan's KPIs, and
using only metrics the server really exports.

The dashboard is validated against a JSON Schema of Grafana's dashboard model (the fields Grafana needs to
import a dashboard: uid, title, schemaVersion, panels with type, id and gridPos on the 24-column grid, and
queries with refId), written here from Grafana's dashboard JSON model documentation — Grafana publishes
its schema as CUE, not as a JSON Schema file. The rules are checked by ``promtool check rules`` when
promtool is installed, and always by a structural check.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
DASHBOARD = DEPLOY / "grafana" / "vuga-overview.json"
ALERTS = DEPLOY / "prometheus" / "alerts.yml"

QUERY = {
    "type": "object",
    "required": ["refId", "expr"],
    "properties": {"refId": {"type": "string", "minLength": 1}, "expr": {"type": "string", "minLength": 1}},
}
GRID_POS = {
    "type": "object",
    "required": ["h", "w", "x", "y"],
    "properties": {
        "h": {"type": "integer", "minimum": 1},
        "w": {"type": "integer", "minimum": 1, "maximum": 24},
        "x": {"type": "integer", "minimum": 0, "maximum": 23},
        "y": {"type": "integer", "minimum": 0},
    },
}
DASHBOARD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["uid", "title", "schemaVersion", "panels", "time", "templating"],
    "properties": {
        "uid": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,40}$"},
        "title": {"type": "string", "minLength": 1},
        "schemaVersion": {"type": "integer", "minimum": 36},
        "version": {"type": "integer"},
        "editable": {"type": "boolean"},
        "graphTooltip": {"enum": [0, 1, 2]},
        "refresh": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "time": {
            "type": "object",
            "required": ["from", "to"],
            "properties": {"from": {"type": "string"}, "to": {"type": "string"}},
        },
        "templating": {
            "type": "object",
            "required": ["list"],
            "properties": {
                "list": {
                    "type": "array",
                    "items": {"type": "object", "required": ["name", "type"]},
                }
            },
        },
        "panels": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["type", "id", "gridPos", "title"],
                "properties": {
                    "type": {"type": "string"},
                    "id": {"type": "integer", "minimum": 1},
                    "title": {"type": "string"},
                    "gridPos": GRID_POS,
                },
                "if": {"properties": {"type": {"not": {"const": "row"}}}},
                "then": {
                    "required": ["datasource", "targets", "fieldConfig"],
                    "properties": {"targets": {"type": "array", "minItems": 1, "items": QUERY}},
                },
            },
        },
    },
}


def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return loaded


def alert_rules() -> list[dict[str, Any]]:
    document = yaml.safe_load(ALERTS.read_text())
    return [rule for group in document["groups"] for rule in group["rules"]]


def test_the_dashboard_matches_grafanas_dashboard_model() -> None:
    board = dashboard()
    jsonschema.validate(board, DASHBOARD_SCHEMA)
    ids = [panel["id"] for panel in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in board["panels"]:
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24, panel["title"]
    assert [v["name"] for v in board["templating"]["list"]] == ["datasource"]


def test_the_dashboard_and_alerts_cover_the_plans_kpis() -> None:
    titles = " ".join(panel["title"] for panel in dashboard()["panels"])
    for kpi in ("API p95", "Database statement p95", "Search p95", "Error rate", "Queue depth"):
        assert kpi in titles
    rules = {rule["alert"]: rule for rule in alert_rules()}
    assert rules["VugaApiLatencyP95High"]["expr"].strip().endswith("> 0.2")
    assert rules["VugaDatabaseLatencyP95High"]["expr"].strip().endswith("> 0.05")
    assert rules["VugaSearchLatencyP95High"]["expr"].strip().endswith("> 0.5")
    assert 'path="/api/v1/search"' in rules["VugaSearchLatencyP95High"]["expr"]
    assert {"VugaErrorRateHigh", "VugaJobBacklog"} <= rules.keys()


def test_alert_rules_are_well_formed() -> None:
    for rule in alert_rules():
        assert re.fullmatch(r"Vuga[A-Za-z0-9]+", rule["alert"])
        assert rule["expr"].strip()
        assert rule["labels"]["severity"] in {"page", "warn"}
        assert rule["annotations"]["summary"]
        if "for" in rule:
            assert re.fullmatch(r"\d+[smh]", rule["for"])


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
def test_promtool_accepts_the_alert_rules() -> None:
    result = subprocess.run(
        ["promtool", "check", "rules", str(ALERTS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


async def test_every_metric_used_in_deploy_is_exported(client: httpx.AsyncClient) -> None:
    await client.get("/api/v1/genres")  # the HTTP metrics exist from the first request on
    exported = set()
    for family in text_string_to_metric_families((await client.get("/metrics")).text):
        exported |= {family.name + suffix for suffix in ("", "_total", "_bucket", "_count", "_sum")}
    queries = [target["expr"] for panel in dashboard()["panels"] for target in panel.get("targets", [])]
    queries += [rule["expr"] for rule in alert_rules()]
    used = {name for query in queries for name in re.findall(r"\bvuga_[a-z_]+", query)}
    assert used - exported == set()
