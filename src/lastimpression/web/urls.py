from __future__ import annotations

from django.urls import path, re_path
from django.views.static import serve as static_serve

from lastimpression.web import capture, observation, pages, plan_actions, replies, settings_page
from lastimpression.web.common import STATIC_ROOT

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("interviews/", pages.interview_list, name="interview-list"),
    path("interviews/new", capture.new_interview, name="interview-new"),
    path("import", capture.import_calendar_page, name="import"),
    path("interviews/<int:interview_id>/", pages.interview_detail, name="interview-detail"),
    path("interviews/<int:interview_id>/outcome", pages.interview_outcome, name="interview-outcome"),
    path("interviews/<int:interview_id>/draft", pages.draft_messages, name="draft"),
    path("interviews/<int:interview_id>/debrief", observation.debrief, name="debrief"),
    path("interviews/<int:interview_id>/card", pages.card, name="card"),
    path("messages/<int:message_id>/save", pages.message_save, name="message-save"),
    path("messages/<int:message_id>/sent", pages.message_sent, name="message-sent"),
    path("messages/<int:message_id>/schedule", pages.message_schedule, name="message-schedule"),
    path("messages/<int:message_id>/cancel", pages.message_cancel, name="message-cancel"),
    path("messages/<int:message_id>/eml", pages.message_eml, name="message-eml"),
    path("actions/<int:action_id>", plan_actions.action_change, name="action-change"),
    path("replies", replies.check, name="replies"),
    path("journal/", observation.journal, name="journal"),
    path("settings/", settings_page.settings_page, name="settings"),
    path("language/<str:code>", pages.switch_language, name="language"),
    path("favicon.ico", pages.favicon, name="favicon"),
    re_path(r"^static/(?P<path>.*)$", static_serve, {"document_root": STATIC_ROOT}),
]

handler404 = pages.not_found
