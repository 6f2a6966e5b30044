"""An OpenAI client that asks Custos first: ``GuardedOpenAI(openai.OpenAI(), custos=..., workload=..., destination=...)``.

Every ``chat.completions.create(...)`` is one pre-flight decision on the
messages, taken before anything is sent:

- ``allow``: the call goes out as it is;
- ``redact``: the redacted messages go out, and the placeholders of THIS call
  in the answer (non-streamed, or streamed chunk by chunk) are restored to the
  caller's own values;
- ``deny``: nothing goes out; :class:`PolicyDenied` says why and where else.

Only what the pre-flight API can screen is sent: a message's role, content
(a string or text parts), name, and a tool message's ``tool_call_id`` (an
opaque id). Tool definitions, tool calls, function calls and predicted outputs
raise :class:`UnscreenableRequest` before anything is sent; route such calls
through the Custos gateway, which screens them. Only ``chat.completions`` is
offered: no other endpoint of the wrapped client is reachable through it, so
nothing bypasses the decision by accident.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

from custos_client._client import AsyncCustos, Custos
from custos_client._errors import PolicyDenied, Unavailable, UnscreenableRequest
from custos_client._types import PreflightResult
from custos_client.restore import Restorer, StreamRestorer, screened_texts

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI  # noqa: F401 - named as strings in the guarded clients' base classes
    from openai.types.chat import ChatCompletion, ChatCompletionChunk

# Message keys carried to the model besides the screened ones: opaque ids, no text.
_PASSED_KEYS = frozenset({"tool_call_id"})
_SCREENED_KEYS = frozenset({"role", "content", "name"})
# Arguments of create() that carry text the pre-flight API does not screen.
_UNSCREENABLE_ARGUMENTS = ("tools", "functions", "prediction")

DecisionHook = Callable[[PreflightResult], None]
_Chunk = TypeVar("_Chunk")
_Client = TypeVar("_Client")
_Custos = TypeVar("_Custos")


def _screenable(messages: Sequence[Mapping[str, Any]], arguments: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The messages as the pre-flight API takes them; UnscreenableRequest for anything it could not screen."""
    for name in _UNSCREENABLE_ARGUMENTS:
        if arguments.get(name) is not None:
            raise UnscreenableRequest(
                f"'{name}' carries text the pre-flight API does not screen; use the Custos gateway for such calls."
            )
    screened: list[dict[str, Any]] = []
    for index, message in enumerate(messages):
        if not isinstance(message, Mapping):
            raise UnscreenableRequest(f"messages[{index}] is not a mapping; pass messages as dicts.")
        extra = sorted(set(message) - _SCREENED_KEYS - _PASSED_KEYS)
        if extra:
            raise UnscreenableRequest(
                f"messages[{index}] has {', '.join(extra)}, which the pre-flight API does not screen; "
                "use the Custos gateway for tool calls."
            )
        content = message.get("content")
        if isinstance(content, str):
            kept: Any = content
        elif isinstance(content, list) and all(
            isinstance(part, Mapping) and set(part) == {"type", "text"} and part["type"] == "text" for part in content
        ):
            kept = [{"type": "text", "text": part["text"]} for part in content]
        else:
            raise UnscreenableRequest(
                f"messages[{index}].content must be a string or a list of text parts to be screened."
            )
        one = {"role": message.get("role"), "content": kept}
        if "name" in message:
            one["name"] = message["name"]
        screened.append(one)
    return screened


def _outgoing(
    messages: Sequence[Mapping[str, Any]], screened: Sequence[Mapping[str, Any]], result: PreflightResult
) -> tuple[list[dict[str, Any]], Restorer]:
    """What may be sent for this decision, and the restorer for the answer. Raises PolicyDenied on deny."""
    if result.denied:
        raise PolicyDenied(result)
    if result.allowed:
        return [dict(m) for m in messages], Restorer({})
    redacted = result.redacted_messages or ()
    if len(redacted) != len(messages):
        raise Unavailable(
            f"Custos returned {len(redacted)} redacted messages for {len(messages)} sent; send nothing.",
            code="invalid_response",
        )
    outgoing = []
    for original, safe in zip(messages, redacted, strict=True):
        message = {key: original[key] for key in _PASSED_KEYS if key in original}
        message.update({"role": original["role"], "content": safe["content"]})
        if "name" in original:
            message["name"] = safe["name"]
        outgoing.append(message)
    return outgoing, Restorer.from_redactions(screened_texts(messages=screened), result.redactions or ())


def _restore_completion(completion: Any, restorer: Restorer) -> ChatCompletion:
    """Restore each choice's message content in place (tool-call arguments are left as the model wrote them)."""
    for choice in getattr(completion, "choices", None) or ():
        message = getattr(choice, "message", None)
        if message is not None and isinstance(getattr(message, "content", None), str):
            message.content = restorer.restore(message.content)
    return cast("ChatCompletion", completion)


class _ChunkRestorer(Generic[_Chunk]):
    """Restores the ``delta.content`` of each choice of a stream of chunks, one StreamRestorer per choice."""

    def __init__(self, restorer: Restorer) -> None:
        self.restorer = restorer
        self._streams: dict[int, StreamRestorer] = {}
        self._last: dict[int, tuple[_Chunk, Any]] = {}  # per choice: its last chunk, to carry held text at the end

    def chunk(self, chunk: _Chunk) -> _Chunk:
        if not self.restorer.values:
            return chunk
        for choice in getattr(chunk, "choices", None) or ():
            stream = self._streams.setdefault(choice.index, self.restorer.stream())
            delta = choice.delta
            text = stream.feed(delta.content or "")
            if choice.finish_reason is not None:
                text += stream.flush()
            if delta.content is not None or text:
                delta.content = text
            self._last[choice.index] = (chunk, choice)
        return chunk

    def leftovers(self) -> list[_Chunk]:
        """Chunks carrying text still held when the stream ended without a finish_reason (a cut-off stream)."""
        extra = []
        for index, stream in self._streams.items():
            held = stream.flush()
            if held:
                chunk, choice = self._last[index]
                copy = cast(Any, chunk).model_copy(deep=True)
                last = choice.model_copy(deep=True)
                last.delta.content = held
                last.finish_reason = None
                copy.choices = [last]
                extra.append(cast(_Chunk, copy))
        return extra


class _RestoringStream(Generic[_Chunk]):
    """What the sync and async streams share: the upstream stream and the restorer of its chunks."""

    def __init__(self, stream: Any, restorer: Restorer) -> None:
        self._stream = stream
        self._chunks: _ChunkRestorer[_Chunk] = _ChunkRestorer(restorer)

    @property
    def restored(self) -> int:
        """How many placeholders were put back so far."""
        return self._chunks.restorer.restored


class GuardedStream(_RestoringStream[_Chunk]):
    """A streamed answer with this call's placeholders restored across chunk boundaries.

    Iterate it like the OpenAI SDK's ``Stream``; ``close()`` (or ``with``) closes the upstream response.
    """

    def __init__(self, stream: Any, restorer: Restorer) -> None:
        super().__init__(stream, restorer)
        self._iterator = self._restored()

    def _restored(self) -> Iterator[_Chunk]:
        for chunk in self._stream:
            yield self._chunks.chunk(chunk)
        yield from self._chunks.leftovers()

    def __iter__(self) -> Iterator[_Chunk]:
        return self._iterator

    def __next__(self) -> _Chunk:
        return next(self._iterator)

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> GuardedStream[_Chunk]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncGuardedStream(_RestoringStream[_Chunk]):
    """:class:`GuardedStream` for ``AsyncOpenAI`` (``async for``; ``await stream.close()``)."""

    def __init__(self, stream: Any, restorer: Restorer) -> None:
        super().__init__(stream, restorer)
        self._iterator = self._restored()

    async def _restored(self) -> AsyncIterator[_Chunk]:
        async for chunk in self._stream:
            yield self._chunks.chunk(chunk)
        for chunk in self._chunks.leftovers():
            yield chunk

    def __aiter__(self) -> AsyncIterator[_Chunk]:
        return self._iterator

    async def __anext__(self) -> _Chunk:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        await self._stream.close()

    async def __aenter__(self) -> AsyncGuardedStream[_Chunk]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


class _Guarded(Generic[_Client, _Custos]):
    """What both guarded clients hold, and the steps of a call around its pre-flight (sync or async)."""

    def __init__(
        self,
        client: _Client,
        *,
        custos: _Custos,
        workload: str,
        destination: str,
        on_decision: DecisionHook | None = None,
    ) -> None:
        self.client = client
        self.custos = custos
        self.workload = workload
        self.destination = destination
        self.on_decision = on_decision

    def _decided(
        self, messages: Sequence[Mapping[str, Any]], screened: Sequence[Mapping[str, Any]], result: PreflightResult
    ) -> tuple[list[dict[str, Any]], Restorer]:
        """Tell ``on_decision``, then what may be sent and the answer's restorer (PolicyDenied on deny)."""
        if self.on_decision is not None:
            self.on_decision(result)
        return _outgoing(messages, screened, result)

    def _create(self) -> Any:
        """The wrapped client's ``chat.completions.create`` (typed loosely: it is called with our messages)."""
        return cast(Any, self.client).chat.completions.create


class _Completions:
    def __init__(self, owner: GuardedOpenAI) -> None:
        self._owner = owner

    @overload
    def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: Literal[True],
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> GuardedStream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: Literal[False] = False,
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> ChatCompletion: ...

    def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: bool = False,
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> ChatCompletion | GuardedStream[ChatCompletionChunk]:
        """``openai``'s ``chat.completions.create``, after a pre-flight decision on ``messages``.

        ``custos_request_id`` is the pre-flight's idempotency key (a retry with the same id and messages
        gets the first decision back). Raises PolicyDenied on deny, UnscreenableRequest for text the
        pre-flight cannot screen, and the other CustosError types when there is no decision.
        """
        owner = self._owner
        messages = list(messages)  # any iterable, as openai takes: read twice below
        screened = _screenable(messages, kwargs)
        result = owner.custos.preflight(
            workload=owner.workload, destination=owner.destination, messages=screened, request_id=custos_request_id
        )
        outgoing, restorer = owner._decided(messages, screened, result)
        if stream:
            return GuardedStream(owner._create()(messages=outgoing, stream=True, **kwargs), restorer)
        return _restore_completion(owner._create()(messages=outgoing, **kwargs), restorer)


class _Chat:
    def __init__(self, owner: GuardedOpenAI) -> None:
        self.completions = _Completions(owner)


class GuardedOpenAI(_Guarded["OpenAI", Custos]):
    """Wraps an ``openai.OpenAI`` client: ``guarded.chat.completions.create(...)`` as usual, decided by Custos.

    ``GuardedOpenAI(client, custos=Custos(...), workload=..., destination=..., on_decision=None)``.
    ``on_decision`` (optional) is called with each :class:`PreflightResult` before the call goes out,
    e.g. to log the decision id beside the request.
    """

    @cached_property
    def chat(self) -> _Chat:
        return _Chat(self)


class _AsyncCompletions:
    def __init__(self, owner: AsyncGuardedOpenAI) -> None:
        self._owner = owner

    @overload
    async def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: Literal[True],
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> AsyncGuardedStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: Literal[False] = False,
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> ChatCompletion: ...

    async def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        stream: bool = False,
        custos_request_id: str | None = None,
        **kwargs: Any,
    ) -> ChatCompletion | AsyncGuardedStream[ChatCompletionChunk]:
        """See :meth:`GuardedOpenAI.chat.completions.create`."""
        owner = self._owner
        messages = list(messages)  # any iterable, as openai takes: read twice below
        screened = _screenable(messages, kwargs)
        result = await owner.custos.preflight(
            workload=owner.workload, destination=owner.destination, messages=screened, request_id=custos_request_id
        )
        outgoing, restorer = owner._decided(messages, screened, result)
        if stream:
            return AsyncGuardedStream(await owner._create()(messages=outgoing, stream=True, **kwargs), restorer)
        return _restore_completion(await owner._create()(messages=outgoing, **kwargs), restorer)


class _AsyncChat:
    def __init__(self, owner: AsyncGuardedOpenAI) -> None:
        self.completions = _AsyncCompletions(owner)


class AsyncGuardedOpenAI(_Guarded["AsyncOpenAI", AsyncCustos]):
    """:class:`GuardedOpenAI` for ``openai.AsyncOpenAI`` and :class:`AsyncCustos`."""

    @cached_property
    def chat(self) -> _AsyncChat:
        return _AsyncChat(self)
