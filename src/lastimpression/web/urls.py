from __future__ import annotations

from django.urls import path, re_path
from django.views.static import serve as static_serve

from lastimpression.web import views

urlpatterns = [
    path("", views.interview_list, name="interview-list"),
    path("interviews/<int:interview_id>/", views.interview_detail, name="interview-detail"),
    path("interviews/<int:interview_id>/outcome", views.interview_outcome, name="interview-outcome"),
    re_path(r"^static/(?P<path>.*)$", static_serve, {"document_root": views.STATIC_ROOT}),
]
