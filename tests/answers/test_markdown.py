from __future__ import annotations

import pytest

from answers.markdown import render_markdown


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("Hi <script>alert('x')</script> there", ["<script", "alert("]),
        ("[click](javascript:alert(1))", ["javascript:"]),
        ('<img src="x" onerror="alert(1)">', ["onerror", "<img"]),
        ('<a href="https://x.example" onclick="steal()">x</a>', ["onclick"]),
        ("<iframe src='https://evil.example'></iframe>", ["<iframe"]),
        ('<p style="position:fixed">x</p>', ["style="]),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", ["data:"]),
    ],
)
def test_dangerous_markup_is_never_rendered(source, forbidden):
    html = render_markdown(source)
    for bad in forbidden:
        assert bad not in html.lower()


def test_markdown_renders_and_links_get_rel():
    html = render_markdown("## Title\n\n**bold** [NCI](https://www.cancer.gov/)\n\n- a\n- b")
    assert "<h2>Title</h2>" in html
    assert "<strong>bold</strong>" in html
    assert 'href="https://www.cancer.gov/"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "<li>a</li>" in html
