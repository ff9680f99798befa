from __future__ import annotations

from django.urls import path, re_path
from django.views.static import serve as static_serve

from lastimpression.web import (
    capture,
    data_views,
    editing,
    mail_setup,
    message_views,
    observation,
    pages,
    plan_actions,
    ready_views,
    replies,
    settings_page,
)
from lastimpression.web.common import STATIC_ROOT, not_found
from lastimpression.web.failure import server_error

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("interviews/", pages.interview_list, name="interview-list"),
    path("interviews/new", capture.new_interview, name="interview-new"),
    path("interviews/place", capture.place_found, name="place-found"),
    path("import", capture.import_calendar_page, name="import"),
    path("interviews/<int:interview_id>/", pages.interview_detail, name="interview-detail"),
    path("interviews/<int:interview_id>/outcome", pages.interview_outcome, name="interview-outcome"),
    path("interviews/<int:interview_id>/draft", message_views.draft_messages, name="draft"),
    path("interviews/<int:interview_id>/draft-all", ready_views.draft_everything, name="draft-all"),
    path("interviews/<int:interview_id>/schedule-all", ready_views.schedule_everything, name="schedule-all"),
    path("interviews/<int:interview_id>/delete", pages.interview_delete, name="interview-delete"),
    path("interviews/<int:interview_id>/debrief", observation.debrief, name="debrief"),
    path("interviews/<int:interview_id>/card", pages.card, name="card"),
    path("interviews/<int:interview_id>/edit", editing.edit_interview, name="interview-edit"),
    path("interviews/<int:interview_id>/people/add", editing.add_person, name="person-add"),
    path("people/<int:person_id>/edit", editing.edit_person, name="person-edit"),
    path("people/<int:person_id>/remove", editing.remove_person, name="person-remove"),
    path("people/<int:person_id>/replied", replies.replied_another_way, name="person-replied"),
    path("messages/<int:message_id>/save", message_views.message_save, name="message-save"),
    path("messages/<int:message_id>/sent", message_views.message_sent, name="message-sent"),
    path("messages/<int:message_id>/unsent", message_views.message_unsent, name="message-unsent"),
    path("messages/<int:message_id>/schedule", message_views.message_schedule, name="message-schedule"),
    path("messages/<int:message_id>/cancel", message_views.message_cancel, name="message-cancel"),
    path("messages/<int:message_id>/eml", message_views.message_eml, name="message-eml"),
    path("actions/<int:action_id>", plan_actions.action_change, name="action-change"),
    path("replies", replies.check, name="replies"),
    path("journal/", observation.journal, name="journal"),
    path("data/", data_views.data_page, name="data"),
    path("data/export", data_views.export_file, name="data-export"),
    path("data/calendar.ics", data_views.calendar_file, name="data-calendar"),
    path("settings/", settings_page.settings_page, name="settings"),
    path("settings/mail/", mail_setup.setup_page, name="mail-setup"),
    path("language/<str:code>", pages.switch_language, name="language"),
    path("favicon.ico", pages.favicon, name="favicon"),
    re_path(r"^static/(?P<path>.*)$", static_serve, {"document_root": STATIC_ROOT}),
]

handler404 = not_found
handler500 = server_error
