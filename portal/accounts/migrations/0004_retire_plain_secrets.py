"""Issue 14: no usable secret stays in the database.

- The old API tokens (rest_framework.authtoken) were stored in plain text and never
  expired: their table is dropped, which signs every API client out once; clients sign
  in again and get an expiring, hashed token (accounts.ApiToken).
- Backup codes were stored in plain text: each is replaced by its keyed hash
  (otp_services.backup_code_digest), so the codes people wrote down keep working.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.db import migrations

DIGEST_LENGTH = 16


def _digest(code: str) -> str:
    # Same as portal.accounts.otp_services.backup_code_digest (frozen here on purpose).
    mac = hmac.new(settings.SECRET_KEY.encode(), b"backup-code:" + code.encode(), hashlib.sha256)
    return mac.hexdigest()[:DIGEST_LENGTH]


def hash_backup_codes(apps, schema_editor) -> None:
    StaticToken = apps.get_model("otp_static", "StaticToken")
    for token in StaticToken.objects.all().iterator():
        # Plain codes are 8 characters; digests are 16 hex characters.
        if len(token.token) != DIGEST_LENGTH:
            token.token = _digest(token.token)
            token.save(update_fields=["token"])


def drop_plain_tokens(apps, schema_editor) -> None:
    if "authtoken_token" in schema_editor.connection.introspection.table_names():
        schema_editor.execute(
            "DROP TABLE " + schema_editor.connection.ops.quote_name("authtoken_token")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_api_tokens"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [
        migrations.RunPython(hash_backup_codes, migrations.RunPython.noop),
        migrations.RunPython(drop_plain_tokens, migrations.RunPython.noop),
    ]
