"""Property-based: every operation of the OpenAPI schema, fed generated requests, never answers 5xx."""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from syncdoctor import KnowledgeBase  # noqa: E402
from syncdoctor.server import asgi_app  # noqa: E402

schema = schemathesis.openapi.from_asgi("/openapi.json", asgi_app(KnowledgeBase.load()))


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text
