"""Web pages for records: thin views over records.services / selectors.

Where an upload starts (``record_upload`` queues records.tasks.extract_record) and where its
findings come back as cards (records.display) with the report's text highlighted.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from biomarkers.selectors import finding_get, finding_list
from biomarkers.services import finding_confirm, report_date_set
from biomarkers.vocabulary import HISTOLOGIES, STAGE_FIELDS, STATUSES, FindingKind
from records import display, selectors, services
from records.apis import pdf_response
from records.highlight import highlight_pages
from records.scan_display import scan_page_views

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
    if request.method == "POST" and request.FILES.getlist("photos"):
        photos = request.FILES.getlist("photos")
        try:
            _record, created = services.record_upload(owner=request.user, photos=photos)
        except services.UploadRejected as exc:
            errors.append(exc.message)
        else:
            if created:
                messages.success(request, f"{len(photos)} photos: uploaded as one report.")
            else:
                messages.info(request, "You had already uploaded these photos.")
            return redirect("records:list")
    elif request.method == "POST":
        files = request.FILES.getlist("files")
        if not files:
            errors.append("Choose at least one PDF file or photo.")
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
    return render(
        request,
        "records/upload.html",
        {
            "errors": errors,
            "max_files": MAX_FILES_PER_UPLOAD,
            "max_pages": settings.RECORD_MAX_PAGES,
            "max_mb": max(1, settings.RECORD_MAX_BYTES // (1024 * 1024)),
        },
        status=status,
    )


@login_required
def record_detail(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    findings = list(finding_list(patient=request.user, record=record))
    pages, links = highlight_pages(record.pages or [], findings)
    cards = display.finding_cards(findings, links)
    scans = scan_page_views(record, selectors.scan_page_list(record=record), findings)
    return render(
        request,
        "records/detail.html",
        {
            "record": record,
            "cards": cards,
            "pages": pages,
            "scans": scans,
            "scanned": {s.number for s in scans},
            "histologies": HISTOLOGIES,
            "statuses": STATUSES,
        },
    )


@login_required
def record_download(request: HttpRequest, record_id: str) -> HttpResponse:
    record = selectors.record_get(owner=request.user, record_id=record_id)
    return pdf_response(record)


@login_required
def record_page_image(request: HttpRequest, record_id: str, page: int) -> HttpResponse:
    """The image of one OCR'd page, as it was read (upright); the owner's only."""
    scan = selectors.scan_page_get(owner=request.user, record_id=record_id, page=page)
    response = HttpResponse(bytes(scan.image), content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def record_delete(request: HttpRequest, record_id: str) -> HttpResponse:
    """GET asks "are you sure?"; only the POST from that page deletes."""
    record = selectors.record_get(owner=request.user, record_id=record_id)
    if request.method == "GET":
        return render(request, "records/delete.html", {"record": record})
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


@login_required
@require_POST
def record_report_date(request: HttpRequest, record_id: str) -> HttpResponse:
    """The patient's date for a report (a correction of the stated one, or the only one)."""
    record = selectors.record_get(owner=request.user, record_id=record_id)
    try:
        report_date_set(patient=request.user, record=record, when=request.POST.get("date", ""))
        messages.success(request, "The date of this report was saved; your reports are re-ordered.")
    except ValidationError as exc:
        messages.error(request, "Not saved: " + " ".join(exc.messages))
    return redirect("records:detail", record_id=record.public_id)


def _corrected_value(kind: str, data) -> dict:
    """The correction form's fields as the service's corrected_value (it validates them)."""
    if kind == FindingKind.HISTOLOGY:
        return {"histology": data.get("histology", "")}
    if kind == FindingKind.STAGE:
        return {f: (data.get(f, "").strip() or None) for f in STAGE_FIELDS}
    if kind == FindingKind.BIOMARKER:
        variants = [v.strip() for v in data.get("variants", "").split(",") if v.strip()]
        return {"status": data.get("status", ""), "variants": variants}
    if kind == FindingKind.PDL1:
        try:
            return {"tps": float(data.get("tps", ""))}
        except ValueError:
            raise ValidationError("Enter the score as a number from 0 to 100.") from None
    if kind == FindingKind.TREATMENT:
        return {"drug": data.get("drug", "").strip().lower()}
    if kind == FindingKind.REPORT_DATE:
        return {"date": data.get("date", "").strip()}
    raise ValidationError("This finding cannot be corrected.")


@login_required
@require_POST
def finding_check(request: HttpRequest, record_id: str, finding_id: str) -> HttpResponse:
    """Confirm, correct or un-check one finding from the record page's forms."""
    record = selectors.record_get(owner=request.user, record_id=record_id)
    finding = finding_get(patient=request.user, finding_id=finding_id)
    if finding.record_id != record.pk:
        raise Http404("No such finding.")
    action = request.POST.get("action", "")
    try:
        if action == "confirm":
            finding_confirm(patient=request.user, finding=finding, confirmation="confirmed")
            messages.success(request, "Thank you: marked as checked by you.")
        elif action == "undo":
            finding_confirm(patient=request.user, finding=finding, confirmation="unconfirmed")
            messages.success(request, "Marked as not yet checked.")
        elif action == "correct":
            finding_confirm(
                patient=request.user,
                finding=finding,
                confirmation="corrected",
                corrected_value=_corrected_value(finding.kind, request.POST),
            )
            messages.success(request, "Your correction was saved. The original reading is kept.")
        else:
            raise ValidationError("Choose confirm or correct.")
    except ValidationError as exc:
        messages.error(request, "Not saved: " + " ".join(exc.messages))
    url = reverse("records:detail", kwargs={"record_id": record.public_id})
    return redirect(f"{url}#finding-{finding.public_id}")
