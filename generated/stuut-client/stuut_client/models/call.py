from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import has_rfc3339_shape
from .._decode import Decoded
from .._deviations import (
    NONE_MISSING,
    PENDING_MISSING,
    datetime_or_deviation,
    deviation,
    enum_or_deviation,
    forget_missing,
    take_missing,
    without_missing,
)
from .._errors import ResponseValidationError
from .._lazy import defer, install_lazy_fields
from .._undeclared import NONE_YET, install_undeclared_on_demand, undeclared
from ..models.call_sentiment import CallSentiment
from ..models.call_status import CallStatus
from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_classification import CallClassification
    from ..models.partner import Partner
    from ..models.user import User
    from ..models.workflow import Workflow


T = TypeVar("T", bound="Call")
# stuut: the schema deviations of this model's fields are reported against.
_SCHEMA = "Call"

# stuut: the keys the spec declares; any other key goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "direction",
        "object",
        "to_number",
        "id",
        "agent_id",
        "approver",
        "approver_id",
        "call_agent_id",
        "call_reason",
        "classifications",
        "created_at",
        "custom_classifications",
        "disconnection_reason",
        "end_time",
        "from_number",
        "in_voicemail",
        "invoices",
        "is_automated",
        "modified_at",
        "partner",
        "partner_id",
        "recording_url",
        "retell_id",
        "sentiment",
        "start_time",
        "status",
        "summary",
        "transcript",
        "transcript_str",
        "transferred_to",
        "workflow",
    }
)

# stuut: the models this one refers to are imported on first use rather than with this module (importing one
# operation would otherwise import most of the models), and once rather than on every from_dict call.
_references_unresolved = True


def _resolve_references() -> None:
    global _references_unresolved
    from ..models.call_classification import CallClassification  # noqa: PLC0415
    from ..models.partner import Partner  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415
    from ..models.workflow import Workflow  # noqa: PLC0415

    globals().update(
        CallClassification=CallClassification,
        Partner=Partner,
        User=User,
        Workflow=Workflow,
    )
    _references_unresolved = False


@_attrs_define
class Call:
    """
    Attributes:
        direction (Direction): Whether the communication came in or went out.
        object_ (str):
        to_number (str):
        id (None | str | Unset):
        agent_id (None | str | Unset):
        approver (None | Unset | User):
        approver_id (None | str | Unset):
        call_agent_id (None | str | Unset):
        call_reason (None | str | Unset):
        classifications (list[CallClassification] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        custom_classifications (list[str] | None | Unset):
        disconnection_reason (None | str | Unset):
        end_time (datetime.datetime | None | Unset):
        from_number (None | str | Unset):
        in_voicemail (bool | None | Unset):
        invoices (list[Any] | None | Unset): The reference page shows `<array>` without an item type.
        is_automated (bool | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        partner (None | Partner | Unset):
        partner_id (None | str | Unset):
        recording_url (Any | Unset): Untyped on the reference page (`<unknown>`).
        retell_id (None | str | Unset):
        sentiment (CallSentiment | None | Unset):
        start_time (datetime.datetime | None | Unset):
        status (CallStatus | None | Unset):
        summary (None | str | Unset):
        transcript (Any | Unset): Untyped on the reference page (`<unknown>`).
        transcript_str (None | str | Unset):
        transferred_to (None | str | Unset):
        workflow (None | Unset | Workflow):
    """

    direction: Direction
    object_: str
    to_number: str
    id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    approver: None | Unset | User = UNSET
    approver_id: None | str | Unset = UNSET
    call_agent_id: None | str | Unset = UNSET
    call_reason: None | str | Unset = UNSET
    classifications: list[CallClassification] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_classifications: list[str] | None | Unset = UNSET
    disconnection_reason: None | str | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    from_number: None | str | Unset = UNSET
    in_voicemail: bool | None | Unset = UNSET
    invoices: list[Any] | None | Unset = UNSET
    is_automated: bool | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    recording_url: Any | Unset = UNSET
    retell_id: None | str | Unset = UNSET
    sentiment: CallSentiment | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    status: CallStatus | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    transcript: Any | Unset = UNSET
    transcript_str: None | str | Unset = UNSET
    transferred_to: None | str | Unset = UNSET
    workflow: None | Unset | Workflow = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NONE_YET)
    _missing_fields: frozenset[str] = _attrs_field(
        default=NONE_MISSING, kw_only=True, alias="_missing_fields", eq=False, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        if _references_unresolved:
            _resolve_references()

        direction = self.direction.value if isinstance(self.direction, Direction) else self.direction

        object_ = self.object_

        to_number = self.to_number

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        approver: dict[str, Any] | None | Unset
        if isinstance(self.approver, Unset):
            approver = UNSET
        elif isinstance(self.approver, User):
            approver = self.approver.to_dict() if isinstance(self.approver, User) else self.approver

        else:
            approver = self.approver

        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        else:
            approver_id = self.approver_id

        call_agent_id: None | str | Unset
        if isinstance(self.call_agent_id, Unset):
            call_agent_id = UNSET
        else:
            call_agent_id = self.call_agent_id

        call_reason: None | str | Unset
        if isinstance(self.call_reason, Unset):
            call_reason = UNSET
        else:
            call_reason = self.call_reason

        classifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.classifications, Unset):
            classifications = UNSET
        elif isinstance(self.classifications, list):
            if isinstance(self.classifications, list):
                classifications = []
                for classifications_type_0_item_data in self.classifications:
                    classifications_type_0_item = (
                        classifications_type_0_item_data.to_dict()
                        if isinstance(classifications_type_0_item_data, CallClassification)
                        else classifications_type_0_item_data
                    )

                    classifications.append(classifications_type_0_item)
            else:
                classifications = self.classifications

        else:
            classifications = self.classifications

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        else:
            created_at = self.created_at

        custom_classifications: list[str] | None | Unset
        if isinstance(self.custom_classifications, Unset):
            custom_classifications = UNSET
        elif isinstance(self.custom_classifications, list):
            custom_classifications = self.custom_classifications

        else:
            custom_classifications = self.custom_classifications

        disconnection_reason: None | str | Unset
        if isinstance(self.disconnection_reason, Unset):
            disconnection_reason = UNSET
        else:
            disconnection_reason = self.disconnection_reason

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        else:
            end_time = self.end_time

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        in_voicemail: bool | None | Unset
        if isinstance(self.in_voicemail, Unset):
            in_voicemail = UNSET
        else:
            in_voicemail = self.in_voicemail

        invoices: list[Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, list):
            invoices = self.invoices

        else:
            invoices = self.invoices

        is_automated: bool | None | Unset
        if isinstance(self.is_automated, Unset):
            is_automated = UNSET
        else:
            is_automated = self.is_automated

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = (
                self.modified_at.isoformat() if isinstance(self.modified_at, datetime.datetime) else self.modified_at
            )

        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict() if isinstance(self.partner, Partner) else self.partner

        else:
            partner = self.partner

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        recording_url = self.recording_url

        retell_id: None | str | Unset
        if isinstance(self.retell_id, Unset):
            retell_id = UNSET
        else:
            retell_id = self.retell_id

        sentiment: None | str | Unset
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        elif isinstance(self.sentiment, CallSentiment):
            sentiment = self.sentiment.value if isinstance(self.sentiment, CallSentiment) else self.sentiment

        else:
            sentiment = self.sentiment

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = (
                self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
            )

        else:
            start_time = self.start_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CallStatus):
            status = self.status.value if isinstance(self.status, CallStatus) else self.status

        else:
            status = self.status

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        transcript = self.transcript

        transcript_str: None | str | Unset
        if isinstance(self.transcript_str, Unset):
            transcript_str = UNSET
        else:
            transcript_str = self.transcript_str

        transferred_to: None | str | Unset
        if isinstance(self.transferred_to, Unset):
            transferred_to = UNSET
        else:
            transferred_to = self.transferred_to

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, Workflow):
            workflow = self.workflow.to_dict() if isinstance(self.workflow, Workflow) else self.workflow

        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(undeclared(self))
        field_dict.update(
            {
                "direction": direction,
                "object": object_,
                "to_number": to_number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if approver is not UNSET:
            field_dict["approver"] = approver
        if approver_id is not UNSET:
            field_dict["approver_id"] = approver_id
        if call_agent_id is not UNSET:
            field_dict["call_agent_id"] = call_agent_id
        if call_reason is not UNSET:
            field_dict["call_reason"] = call_reason
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_classifications is not UNSET:
            field_dict["custom_classifications"] = custom_classifications
        if disconnection_reason is not UNSET:
            field_dict["disconnection_reason"] = disconnection_reason
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if in_voicemail is not UNSET:
            field_dict["in_voicemail"] = in_voicemail
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if is_automated is not UNSET:
            field_dict["is_automated"] = is_automated
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if retell_id is not UNSET:
            field_dict["retell_id"] = retell_id
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcript_str is not UNSET:
            field_dict["transcript_str"] = transcript_str
        if transferred_to is not UNSET:
            field_dict["transferred_to"] = transferred_to
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if self._missing_fields:
            without_missing(self._missing_fields, field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, lazy: bool = False) -> T:
        if _references_unresolved:
            _resolve_references()

        # stuut: refuse anything but an object, and name the field that does not fit.
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)
        get = src_dict.get
        _field = ""
        try:
            _field = "direction"
            _direction = get("direction", UNSET)
            direction = (
                Direction._by_value.get(_direction) if _direction.__class__ is str else None
            ) or enum_or_deviation(Direction, _direction, src_dict, _field, _SCHEMA)

            _field = "object"
            object_ = get("object", UNSET)
            if not (isinstance(object_, str)):
                object_ = deviation(object_, "a string", src_dict, _field, _SCHEMA)

            _field = "to_number"
            to_number = get("to_number", UNSET)
            if not (isinstance(to_number, str)):
                to_number = deviation(to_number, "a string", src_dict, _field, _SCHEMA)

            _field = "id"
            id: None | str | Unset
            _id_data = get("id", UNSET)
            if isinstance(_id_data, str):
                id = _id_data
            elif _id_data is None or _id_data is UNSET:
                id = _id_data
            else:
                id = deviation(_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "agent_id"
            agent_id: None | str | Unset
            _agent_id_data = get("agent_id", UNSET)
            if isinstance(_agent_id_data, str):
                agent_id = _agent_id_data
            elif _agent_id_data is None or _agent_id_data is UNSET:
                agent_id = _agent_id_data
            else:
                agent_id = deviation(_agent_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "approver"
            approver = (
                defer(_parse_approver, get("approver", UNSET), src_dict)
                if lazy
                else _parse_approver(get("approver", UNSET), False, src_dict)
            )

            _field = "approver_id"
            approver_id: None | str | Unset
            _approver_id_data = get("approver_id", UNSET)
            if isinstance(_approver_id_data, str):
                approver_id = _approver_id_data
            elif _approver_id_data is None or _approver_id_data is UNSET:
                approver_id = _approver_id_data
            else:
                approver_id = deviation(_approver_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "call_agent_id"
            call_agent_id: None | str | Unset
            _call_agent_id_data = get("call_agent_id", UNSET)
            if isinstance(_call_agent_id_data, str):
                call_agent_id = _call_agent_id_data
            elif _call_agent_id_data is None or _call_agent_id_data is UNSET:
                call_agent_id = _call_agent_id_data
            else:
                call_agent_id = deviation(_call_agent_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "call_reason"
            call_reason: None | str | Unset
            _call_reason_data = get("call_reason", UNSET)
            if isinstance(_call_reason_data, str):
                call_reason = _call_reason_data
            elif _call_reason_data is None or _call_reason_data is UNSET:
                call_reason = _call_reason_data
            else:
                call_reason = deviation(_call_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "classifications"
            classifications = (
                defer(_parse_classifications, get("classifications", UNSET), src_dict)
                if lazy
                else _parse_classifications(get("classifications", UNSET), False, src_dict)
            )

            _field = "created_at"
            created_at: datetime.datetime | None | Unset
            _created_at_data = get("created_at", UNSET)
            if isinstance(_created_at_data, str):
                try:
                    created_at_type_0 = datetime.datetime.fromisoformat(_created_at_data)
                except (TypeError, ValueError):
                    created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_created_at_data):
                        created_at_type_0 = datetime_or_deviation(_created_at_data, src_dict, _field, _SCHEMA)

                created_at = created_at_type_0
            elif _created_at_data is None or _created_at_data is UNSET:
                created_at = _created_at_data
            else:
                created_at = deviation(_created_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "custom_classifications"
            custom_classifications: list[str] | None | Unset
            _custom_classifications_data = get("custom_classifications", UNSET)
            if isinstance(_custom_classifications_data, list):
                _custom_classifications_type_0 = _custom_classifications_data
                custom_classifications_type_0: list[str]
                if not isinstance(_custom_classifications_type_0, list):
                    custom_classifications_type_0 = deviation(
                        _custom_classifications_type_0, "an array", src_dict, _field, _SCHEMA
                    )
                else:
                    custom_classifications_type_0 = _custom_classifications_type_0
                    for _custom_classifications_type_0_index, _custom_classifications_type_0_item in enumerate(
                        _custom_classifications_type_0
                    ):
                        if not (isinstance(_custom_classifications_type_0_item, str)):
                            try:
                                deviation(
                                    _custom_classifications_type_0_item,
                                    "a string",
                                    _custom_classifications_type_0,
                                    _custom_classifications_type_0_index,
                                    _SCHEMA,
                                    _field,
                                )
                            except (KeyError, TypeError, ValueError) as _parse_failure:
                                raise ResponseValidationError.from_exception(
                                    _parse_failure, (_custom_classifications_type_0_index,)
                                ) from _parse_failure

                custom_classifications = custom_classifications_type_0
            elif _custom_classifications_data is None or _custom_classifications_data is UNSET:
                custom_classifications = _custom_classifications_data
            else:
                custom_classifications = deviation(_custom_classifications_data, "an array", src_dict, _field, _SCHEMA)

            _field = "disconnection_reason"
            disconnection_reason: None | str | Unset
            _disconnection_reason_data = get("disconnection_reason", UNSET)
            if isinstance(_disconnection_reason_data, str):
                disconnection_reason = _disconnection_reason_data
            elif _disconnection_reason_data is None or _disconnection_reason_data is UNSET:
                disconnection_reason = _disconnection_reason_data
            else:
                disconnection_reason = deviation(_disconnection_reason_data, "a string", src_dict, _field, _SCHEMA)

            _field = "end_time"
            end_time: datetime.datetime | None | Unset
            _end_time_data = get("end_time", UNSET)
            if isinstance(_end_time_data, str):
                try:
                    end_time_type_0 = datetime.datetime.fromisoformat(_end_time_data)
                except (TypeError, ValueError):
                    end_time_type_0 = datetime_or_deviation(_end_time_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_end_time_data):
                        end_time_type_0 = datetime_or_deviation(_end_time_data, src_dict, _field, _SCHEMA)

                end_time = end_time_type_0
            elif _end_time_data is None or _end_time_data is UNSET:
                end_time = _end_time_data
            else:
                end_time = deviation(_end_time_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "from_number"
            from_number: None | str | Unset
            _from_number_data = get("from_number", UNSET)
            if isinstance(_from_number_data, str):
                from_number = _from_number_data
            elif _from_number_data is None or _from_number_data is UNSET:
                from_number = _from_number_data
            else:
                from_number = deviation(_from_number_data, "a string", src_dict, _field, _SCHEMA)

            _field = "in_voicemail"
            in_voicemail: bool | None | Unset
            _in_voicemail_data = get("in_voicemail", UNSET)
            if isinstance(_in_voicemail_data, bool):
                in_voicemail = _in_voicemail_data
            elif _in_voicemail_data is None or _in_voicemail_data is UNSET:
                in_voicemail = _in_voicemail_data
            else:
                in_voicemail = deviation(_in_voicemail_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "invoices"
            invoices: list[Any] | None | Unset
            _invoices_data = get("invoices", UNSET)
            if isinstance(_invoices_data, list):
                _invoices_type_0 = _invoices_data
                invoices_type_0: list[Any]
                if not isinstance(_invoices_type_0, list):
                    invoices_type_0 = deviation(_invoices_type_0, "an array", src_dict, _field, _SCHEMA)
                else:
                    invoices_type_0 = _invoices_type_0

                invoices = invoices_type_0
            elif _invoices_data is None or _invoices_data is UNSET:
                invoices = _invoices_data
            else:
                invoices = deviation(_invoices_data, "an array", src_dict, _field, _SCHEMA)

            _field = "is_automated"
            is_automated: bool | None | Unset
            _is_automated_data = get("is_automated", UNSET)
            if isinstance(_is_automated_data, bool):
                is_automated = _is_automated_data
            elif _is_automated_data is None or _is_automated_data is UNSET:
                is_automated = _is_automated_data
            else:
                is_automated = deviation(_is_automated_data, "a boolean", src_dict, _field, _SCHEMA)

            _field = "modified_at"
            modified_at: datetime.datetime | None | Unset
            _modified_at_data = get("modified_at", UNSET)
            if isinstance(_modified_at_data, str):
                try:
                    modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at_data)
                except (TypeError, ValueError):
                    modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_modified_at_data):
                        modified_at_type_0 = datetime_or_deviation(_modified_at_data, src_dict, _field, _SCHEMA)

                modified_at = modified_at_type_0
            elif _modified_at_data is None or _modified_at_data is UNSET:
                modified_at = _modified_at_data
            else:
                modified_at = deviation(_modified_at_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "partner"
            partner = (
                defer(_parse_partner, get("partner", UNSET), src_dict)
                if lazy
                else _parse_partner(get("partner", UNSET), False, src_dict)
            )

            _field = "partner_id"
            partner_id: None | str | Unset
            _partner_id_data = get("partner_id", UNSET)
            if isinstance(_partner_id_data, str):
                partner_id = _partner_id_data
            elif _partner_id_data is None or _partner_id_data is UNSET:
                partner_id = _partner_id_data
            else:
                partner_id = deviation(_partner_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "recording_url"
            recording_url = get("recording_url", UNSET)

            _field = "retell_id"
            retell_id: None | str | Unset
            _retell_id_data = get("retell_id", UNSET)
            if isinstance(_retell_id_data, str):
                retell_id = _retell_id_data
            elif _retell_id_data is None or _retell_id_data is UNSET:
                retell_id = _retell_id_data
            else:
                retell_id = deviation(_retell_id_data, "a string", src_dict, _field, _SCHEMA)

            _field = "sentiment"
            sentiment: CallSentiment | None | Unset
            _sentiment_data = get("sentiment", UNSET)
            if isinstance(_sentiment_data, str):
                _sentiment_type_0 = _sentiment_data
                sentiment_type_0 = (
                    CallSentiment._by_value.get(_sentiment_type_0) if _sentiment_type_0.__class__ is str else None
                ) or enum_or_deviation(CallSentiment, _sentiment_type_0, src_dict, _field, _SCHEMA)

                sentiment = sentiment_type_0
            elif _sentiment_data is None or _sentiment_data is UNSET:
                sentiment = _sentiment_data
            else:
                sentiment = deviation(_sentiment_data, "CallSentiment", src_dict, _field, _SCHEMA)

            _field = "start_time"
            start_time: datetime.datetime | None | Unset
            _start_time_data = get("start_time", UNSET)
            if isinstance(_start_time_data, str):
                try:
                    start_time_type_0 = datetime.datetime.fromisoformat(_start_time_data)
                except (TypeError, ValueError):
                    start_time_type_0 = datetime_or_deviation(_start_time_data, src_dict, _field, _SCHEMA)
                else:
                    if not has_rfc3339_shape(_start_time_data):
                        start_time_type_0 = datetime_or_deviation(_start_time_data, src_dict, _field, _SCHEMA)

                start_time = start_time_type_0
            elif _start_time_data is None or _start_time_data is UNSET:
                start_time = _start_time_data
            else:
                start_time = deviation(_start_time_data, "a date-time string", src_dict, _field, _SCHEMA)

            _field = "status"
            status: CallStatus | None | Unset
            _status_data = get("status", UNSET)
            if isinstance(_status_data, str):
                _status_type_0 = _status_data
                status_type_0 = (
                    CallStatus._by_value.get(_status_type_0) if _status_type_0.__class__ is str else None
                ) or enum_or_deviation(CallStatus, _status_type_0, src_dict, _field, _SCHEMA)

                status = status_type_0
            elif _status_data is None or _status_data is UNSET:
                status = _status_data
            else:
                status = deviation(_status_data, "CallStatus", src_dict, _field, _SCHEMA)

            _field = "summary"
            summary: None | str | Unset
            _summary_data = get("summary", UNSET)
            if isinstance(_summary_data, str):
                summary = _summary_data
            elif _summary_data is None or _summary_data is UNSET:
                summary = _summary_data
            else:
                summary = deviation(_summary_data, "a string", src_dict, _field, _SCHEMA)

            _field = "transcript"
            transcript = get("transcript", UNSET)

            _field = "transcript_str"
            transcript_str: None | str | Unset
            _transcript_str_data = get("transcript_str", UNSET)
            if isinstance(_transcript_str_data, str):
                transcript_str = _transcript_str_data
            elif _transcript_str_data is None or _transcript_str_data is UNSET:
                transcript_str = _transcript_str_data
            else:
                transcript_str = deviation(_transcript_str_data, "a string", src_dict, _field, _SCHEMA)

            _field = "transferred_to"
            transferred_to: None | str | Unset
            _transferred_to_data = get("transferred_to", UNSET)
            if isinstance(_transferred_to_data, str):
                transferred_to = _transferred_to_data
            elif _transferred_to_data is None or _transferred_to_data is UNSET:
                transferred_to = _transferred_to_data
            else:
                transferred_to = deviation(_transferred_to_data, "a string", src_dict, _field, _SCHEMA)

            _field = "workflow"
            workflow = (
                defer(_parse_workflow, get("workflow", UNSET), src_dict)
                if lazy
                else _parse_workflow(get("workflow", UNSET), False, src_dict)
            )

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            if PENDING_MISSING:
                forget_missing(src_dict)
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        # stuut: positional, in the order of the attributes above (attrs' __init__ order): passing dozens of
        # keywords costs more than the rest of the call.
        call = cls(
            direction,
            object_,
            to_number,
            id,
            agent_id,
            approver,
            approver_id,
            call_agent_id,
            call_reason,
            classifications,
            created_at,
            custom_classifications,
            disconnection_reason,
            end_time,
            from_number,
            in_voicemail,
            invoices,
            is_automated,
            modified_at,
            partner,
            partner_id,
            recording_url,
            retell_id,
            sentiment,
            start_time,
            status,
            summary,
            transcript,
            transcript_str,
            transferred_to,
            workflow,
        )
        # stuut: the required fields that were missing (validation="report"), for to_dict to leave out.
        if PENDING_MISSING:
            take_missing(call, src_dict)

        if not _DECLARED_KEYS.issuperset(src_dict):
            undeclared = {key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS}
            call.additional_properties = undeclared
        return call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_approver(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | User:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "approver"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    approver: None | Unset | User
    _approver_data = _json
    if isinstance(_approver_data, dict):
        _approver_type_0 = _approver_data
        approver_type_0 = (
            User.from_dict(_approver_type_0, lazy=lazy)
            if isinstance(_approver_type_0, dict)
            else deviation(_approver_type_0, "an object (User)", src_dict, _field, _SCHEMA)
        )

        approver = approver_type_0
    elif _approver_data is None or _approver_data is UNSET:
        approver = _approver_data
    else:
        approver = deviation(_approver_data, "an object (User)", src_dict, _field, _SCHEMA)

    return approver


def _parse_classifications(_json: Any, lazy: bool, src_dict: Any) -> list[CallClassification] | None | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "classifications"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    classifications: list[CallClassification] | None | Unset
    _classifications_data = _json
    if isinstance(_classifications_data, list):
        _classifications_type_0 = _classifications_data
        classifications_type_0: list[CallClassification]
        if not isinstance(_classifications_type_0, list):
            classifications_type_0 = deviation(_classifications_type_0, "an array", src_dict, _field, _SCHEMA)
        else:
            classifications_type_0 = []
            for _classifications_type_0_index, classifications_type_0_item_data in enumerate(_classifications_type_0):
                try:
                    _classifications_type_0_item = classifications_type_0_item_data
                    classifications_type_0_item = (
                        CallClassification.from_dict(_classifications_type_0_item, lazy=lazy)
                        if isinstance(_classifications_type_0_item, dict)
                        else deviation(
                            _classifications_type_0_item,
                            "an object (CallClassification)",
                            _classifications_type_0,
                            _classifications_type_0_index,
                            _SCHEMA,
                            _field,
                        )
                    )

                except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                    raise ResponseValidationError.from_exception(
                        _parse_failure, (_classifications_type_0_index,)
                    ) from _parse_failure
                classifications_type_0.append(classifications_type_0_item)

        classifications = classifications_type_0
    elif _classifications_data is None or _classifications_data is UNSET:
        classifications = _classifications_data
    else:
        classifications = deviation(_classifications_data, "an array", src_dict, _field, _SCHEMA)

    return classifications


def _parse_partner(_json: Any, lazy: bool, src_dict: Any) -> None | Partner | Unset:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "partner"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    partner: None | Partner | Unset
    _partner_data = _json
    if isinstance(_partner_data, dict):
        _partner_type_0 = _partner_data
        partner_type_0 = (
            Partner.from_dict(_partner_type_0, lazy=lazy)
            if isinstance(_partner_type_0, dict)
            else deviation(_partner_type_0, "an object (Partner)", src_dict, _field, _SCHEMA)
        )

        partner = partner_type_0
    elif _partner_data is None or _partner_data is UNSET:
        partner = _partner_data
    else:
        partner = deviation(_partner_data, "an object (Partner)", src_dict, _field, _SCHEMA)

    return partner


def _parse_workflow(_json: Any, lazy: bool, src_dict: Any) -> None | Unset | Workflow:
    # stuut: where the value sits, for deviation(): src_dict is the object that holds it.
    _field = "workflow"
    if _json.__class__ is Decoded:  # stuut: the fast path decoded it already (_typed_decode._item_fields)
        return _json.value  # type: ignore[no-any-return]
    workflow: None | Unset | Workflow
    _workflow_data = _json
    if isinstance(_workflow_data, dict):
        _workflow_type_0 = _workflow_data
        workflow_type_0 = (
            Workflow.from_dict(_workflow_type_0, lazy=lazy)
            if isinstance(_workflow_type_0, dict)
            else deviation(_workflow_type_0, "an object (Workflow)", src_dict, _field, _SCHEMA)
        )

        workflow = workflow_type_0
    elif _workflow_data is None or _workflow_data is UNSET:
        workflow = _workflow_data
    else:
        workflow = deviation(_workflow_data, "an object (Workflow)", src_dict, _field, _SCHEMA)

    return workflow


install_lazy_fields(
    Call,
    (
        "approver",
        "classifications",
        "partner",
        "workflow",
    ),
)


install_undeclared_on_demand(Call)
