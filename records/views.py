"""Web pages for records: thin views over records.services / selectors."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from biomarkers.selectors import finding_list, record_summary
from records import selectors, services
from records.apis import pdf_response

MAX_FILES_PER_UPLOAD = 10


@login_required
def record_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "records/list.html", {"records": selectors.record_list(owner=request.user)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def record_upload(request: HttpRequest) -> HttpResponse:
    errors: list[str] = []
    if request.method == "POST":
        files = request.FILES.getlist("files")
        if not files:
            errors.append("Choose at least one PDF file.")
        elif len(files) > MAX_FILES_PER_UPLOAD:
            errors.append(f"Upload at most {MAX_FILES_PER_UPLOAD} files at once.")
        else:
            for upload in files:
                try:
                    _record, created = services.record_upload(owner=request.user, file=upload)
                except services.UploadRejected as exc:
                    errors.append(f"{upload.name}: {exc.message}")
                    continue
                if created:
                    messages.success(request, f"{upload.name}: uploaded; we are reading it now.")
                else:
                    messages.info(request, f"{upload.name}: you had already uploaded this file.")
            if not errors:
                return redirect("records:list")
    status = 400 if errors else 200
    return render(request, "records/upload.html", {"errors": errors}, status=status)


@login_required
def record_detail(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    return render(
        request,
        "records/detail.html",
        {
            "record": record,
            "findings": finding_list(patient=request.user, record=record),
            "summary": record_summary(patient=request.user, record=record),
        },
    )


@login_required
def record_download(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    return pdf_response(record)


@login_required
@require_POST
def record_delete(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    services.record_delete(owner=request.user, record=record)
    messages.success(request, "The file and what we read from it were deleted.")
    return redirect("records:list")


@login_required
@require_POST
def record_reprocess(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    try:
        services.record_reprocess(owner=request.user, record=record)
        messages.success(request, "We will read this file again.")
    except services.RecordBusy as exc:
        messages.error(request, str(exc))
    return redirect("records:detail", record_id=record.public_id)
