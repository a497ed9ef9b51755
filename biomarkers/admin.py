from __future__ import annotations

# Findings are health data of one patient: deliberately not registered in the admin.
