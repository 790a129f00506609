from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from openai_stub import OpenAIStub

from summarizer.config import load_settings
from summarizer.errors import UserError
from summarizer.llm_fake import FakeChatModel, fake_model
from summarizer.models import chat_model, embedding_model, register_chat_provider


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("opnai:gpt-4o", "did you mean 'openai'?"),
        ("lcal:smollm2", "did you mean 'local'?"),
        ("local:smollm", "did you mean 'smollm2'?"),
        ("gpt-4o", "needs the form provider:name"),
    ],
)
def test_unknown_chat_models_suggest_the_right_name(spec: str, needle: str) -> None:
    with pytest.raises(UserError, match=needle):
        chat_model(spec, load_settings())


def test_unknown_embedding_model_suggests() -> None:
    with pytest.raises(UserError, match="did you mean 'minilm'"):
        embedding_model("local:minilm2", load_settings())


def test_fake_model_is_registered_like_the_others() -> None:
    model = chat_model("fake:unit", load_settings())
    assert isinstance(model, FakeChatModel) and model is fake_model("unit")
    model.reset()
    model.queue('{"ok": true}')
    reply = model.invoke([SystemMessage("sys"), HumanMessage("hello")])
    assert reply.content == '{"ok": true}'
    assert model.calls[-1] == [{"role": "system", "content": "sys"}, {"role": "human", "content": "hello"}]
    again = model.invoke("hello")
    assert again.content == model.invoke("hello").content  # deterministic when nothing is queued


def test_custom_provider_registration() -> None:
    register_chat_provider("echo", lambda name, settings: fake_model(f"echo-{name}"))
    assert chat_model("echo:x", load_settings()) is fake_model("echo-x")


def test_openai_needs_a_key_or_a_base_url() -> None:
    with pytest.raises(UserError, match="OPENAI_API_KEY"):
        chat_model("openai:gpt-4o-mini", load_settings())


def test_openai_chat_and_embeddings_against_a_real_local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    with OpenAIStub(reply="Hello from the stub") as stub:
        monkeypatch.setenv("OPENAI_BASE_URL", stub.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
        settings = load_settings()
        model = chat_model("openai:my-model", settings)
        reply = model.invoke([HumanMessage("Say hello")])
        assert reply.content == "Hello from the stub"
        assert reply.usage_metadata["input_tokens"] == 11
        assert stub.requests[-1]["model"] == "my-model"
        assert stub.headers[-1]["authorization"] == "Bearer sk-test-secret"
        emb = embedding_model("openai:text-embedding-3-small", settings)
        assert emb.embed_documents(["a", "b"]) == [[1.0, 0.0, 0.5], [1.0, 1.0, 0.5]]


def test_local_embeddings_are_normalised_and_meaningful() -> None:
    emb = embedding_model("local:minilm", load_settings())
    a, b, c = emb.embed_documents(
        [
            "The minister resigned after the scandal.",
            "After the scandal, the minister stepped down.",
            "The football match ended in a draw.",
        ]
    )
    dot = lambda x, y: sum(i * j for i, j in zip(x, y, strict=True))  # noqa: E731
    assert len(a) == 384 and abs(dot(a, a) - 1) < 1e-4
    assert dot(a, b) > 0.7 > 0.3 > dot(a, c)
    assert emb.embed_query("The minister resigned after the scandal.") == pytest.approx(a, abs=1e-5)
    assert embedding_model("local:minilm", load_settings()) is emb  # loaded once per process


@pytest.mark.model
def test_embedded_local_chat_model_answers_and_follows_a_schema() -> None:
    import json

    model = chat_model("local:smollm2", load_settings())
    reply = model.invoke([HumanMessage("What is the capital of France? Answer in one word.")])
    assert isinstance(reply.content, str) and reply.content.strip()
    assert reply.usage_metadata["output_tokens"] > 0
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
        "required": ["city", "country"],
    }
    structured = model.invoke(
        [HumanMessage("Name a city and its country as JSON.")],
        response_format={"type": "json_object", "schema": schema},
        max_tokens=60,
    )
    doc = json.loads(structured.content)
    assert set(doc) == {"city", "country"} and all(isinstance(v, str) for v in doc.values())
