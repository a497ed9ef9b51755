"""The private store on an S3 API (moto's server, a real HTTP S3 endpoint on loopback)."""

from __future__ import annotations

import socket

import boto3
import pytest

from records.models import Record, RecordStatus
from tests.records.conftest import as_upload, dev_pdf

pytestmark = pytest.mark.services
BUCKET = "portal-private-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def s3(settings):
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    creds = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **creds)
    client.create_bucket(Bucket=BUCKET)
    private = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": endpoint,
            "access_key": "testing",
            "secret_key": "testing",
            "region_name": "us-east-1",
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    settings.STORAGES = {**settings.STORAGES, "default": private, "private": private}
    try:
        yield client
    finally:
        server.stop()


def _keys(client) -> list[str]:
    return [o["Key"] for o in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


@pytest.mark.django_db
def test_s3_round_trip(s3, alice_api, bob_api, django_capture_on_commit_callbacks):
    from records.storage import private_storage

    assert type(private_storage()).__name__ == "S3Storage"
    data = dev_pdf().read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_api.post("/api/records/", {"file": as_upload(data)}, format="multipart")
    assert response.status_code == 201, response.content
    record = Record.objects.get(public_id=response.json()["id"])
    assert _keys(s3) == [record.storage_key]
    # Stored private: no public grant on the object.
    grants = s3.get_object_acl(Bucket=BUCKET, Key=record.storage_key)["Grants"]
    assert not [g for g in grants if "AllUsers" in str(g.get("Grantee", {}).get("URI", ""))]
    # Extraction fetched the file from S3 (no local path) and read it.
    assert record.status == RecordStatus.DONE, record.failure_reason
    assert record.findings.exists()

    download = alice_api.get(f"/api/records/{record.public_id}/file/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == data
    assert bob_api.get(f"/api/records/{record.public_id}/file/").status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        assert alice_api.delete(f"/api/records/{record.public_id}/").status_code == 204
    assert _keys(s3) == []
