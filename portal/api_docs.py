"""The Swagger UI page, answering OPTIONS plainly.

drf-spectacular's view renders only through its HTML template, so DRF's OPTIONS metadata
response had no template to use and failed (500) for everyone, anonymous visitors
included. The page describes the API and holds no data: OPTIONS just lists the methods.
"""

from __future__ import annotations

from django.http import HttpResponse
from drf_spectacular.views import SpectacularSwaggerSplitView


class ApiDocsView(SpectacularSwaggerSplitView):
    def options(self, request, *args, **kwargs) -> HttpResponse:
        response = HttpResponse(status=200)
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
