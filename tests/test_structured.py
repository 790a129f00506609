from __future__ import annotations

from summarizer.structured import parse_json


def test_a_reply_in_a_code_fence_is_read_inside_it() -> None:
    assert parse_json('Here it is:\n```json\n{"summary": ["Fees rise."]}\n```') == {"summary": ["Fees rise."]}


def test_fences_the_model_wrote_inside_a_string_of_its_object_are_text() -> None:
    reply = '{"summary": ["Fees rise.", "}\\n```\\n```\\n``"], "headline": "Fees"}'
    assert parse_json(reply) == {"summary": ["Fees rise.", "} ``` ``` ``"], "headline": "Fees"}
