from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import parse_datetime
from .._errors import ResponseValidationError
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.workflow import Workflow  # noqa: PLC0415

        direction = self.direction.value

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
            approver = self.approver.to_dict()
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
            classifications = []
            for classifications_type_0_item_data in self.classifications:
                classifications_type_0_item = classifications_type_0_item_data.to_dict()
                classifications.append(classifications_type_0_item)

        else:
            classifications = self.classifications

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
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
            end_time = self.end_time.isoformat()
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
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
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
            sentiment = self.sentiment.value
        else:
            sentiment = self.sentiment

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CallStatus):
            status = self.status.value
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
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_classification import CallClassification  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.workflow import Workflow  # noqa: PLC0415

        # stuut: refuse anything but an object, and name the field that does not fit.
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _field = ""
        try:
            _field = "direction"
            direction = Direction(d.pop("direction"))

            _field = "object"
            object_ = d.pop("object")
            if not (isinstance(object_, str)):
                raise TypeError(f"expected a string, got {type(object_).__name__}")

            _field = "to_number"
            to_number = d.pop("to_number")
            if not (isinstance(to_number, str)):
                raise TypeError(f"expected a string, got {type(to_number).__name__}")

            _field = "id"

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            id = _parse_id(d.pop("id", UNSET))

            _field = "agent_id"

            def _parse_agent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

            _field = "approver"

            def _parse_approver(data: object) -> None | Unset | User:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected User, got {type(data).__name__}")
                approver_type_0 = User.from_dict(data)

                return approver_type_0

            approver = _parse_approver(d.pop("approver", UNSET))

            _field = "approver_id"

            def _parse_approver_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            approver_id = _parse_approver_id(d.pop("approver_id", UNSET))

            _field = "call_agent_id"

            def _parse_call_agent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            call_agent_id = _parse_call_agent_id(d.pop("call_agent_id", UNSET))

            _field = "call_reason"

            def _parse_call_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            call_reason = _parse_call_reason(d.pop("call_reason", UNSET))

            _field = "classifications"

            def _parse_classifications(data: object) -> list[CallClassification] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _classifications_type_0 = data
                if not isinstance(_classifications_type_0, list):
                    raise TypeError(f"expected an array, got {type(_classifications_type_0).__name__}")
                classifications_type_0 = []
                for _classifications_type_0_index, classifications_type_0_item_data in enumerate(
                    _classifications_type_0
                ):
                    try:
                        classifications_type_0_item = CallClassification.from_dict(classifications_type_0_item_data)

                    except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
                        raise ResponseValidationError.from_exception(
                            _parse_failure, (_classifications_type_0_index,)
                        ) from _parse_failure
                    classifications_type_0.append(classifications_type_0_item)

                return classifications_type_0

            classifications = _parse_classifications(d.pop("classifications", UNSET))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            _field = "custom_classifications"

            def _parse_custom_classifications(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _custom_classifications_type_0 = data
                if not isinstance(_custom_classifications_type_0, list):
                    raise TypeError(f"expected an array, got {type(_custom_classifications_type_0).__name__}")
                custom_classifications_type_0 = _custom_classifications_type_0

                return custom_classifications_type_0

            custom_classifications = _parse_custom_classifications(d.pop("custom_classifications", UNSET))

            _field = "disconnection_reason"

            def _parse_disconnection_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            disconnection_reason = _parse_disconnection_reason(d.pop("disconnection_reason", UNSET))

            _field = "end_time"

            def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                end_time_type_0 = parse_datetime(data)

                return end_time_type_0

            end_time = _parse_end_time(d.pop("end_time", UNSET))

            _field = "from_number"

            def _parse_from_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            from_number = _parse_from_number(d.pop("from_number", UNSET))

            _field = "in_voicemail"

            def _parse_in_voicemail(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            in_voicemail = _parse_in_voicemail(d.pop("in_voicemail", UNSET))

            _field = "invoices"

            def _parse_invoices(data: object) -> list[Any] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"expected an array, got {type(data).__name__}")
                _invoices_type_0 = data
                if not isinstance(_invoices_type_0, list):
                    raise TypeError(f"expected an array, got {type(_invoices_type_0).__name__}")
                invoices_type_0 = _invoices_type_0

                return invoices_type_0

            invoices = _parse_invoices(d.pop("invoices", UNSET))

            _field = "is_automated"

            def _parse_is_automated(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise TypeError(f"expected a boolean, got {type(data).__name__}")

            is_automated = _parse_is_automated(d.pop("is_automated", UNSET))

            _field = "modified_at"

            def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                modified_at_type_0 = parse_datetime(data)

                return modified_at_type_0

            modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

            _field = "partner"

            def _parse_partner(data: object) -> None | Partner | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Partner, got {type(data).__name__}")
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0

            partner = _parse_partner(d.pop("partner", UNSET))

            _field = "partner_id"

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

            _field = "recording_url"
            recording_url = d.pop("recording_url", UNSET)

            _field = "retell_id"

            def _parse_retell_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            retell_id = _parse_retell_id(d.pop("retell_id", UNSET))

            _field = "sentiment"

            def _parse_sentiment(data: object) -> CallSentiment | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected CallSentiment, got {type(data).__name__}")
                sentiment_type_0 = CallSentiment(data)

                return sentiment_type_0

            sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

            _field = "start_time"

            def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected datetime.datetime, got {type(data).__name__}")
                start_time_type_0 = parse_datetime(data)

                return start_time_type_0

            start_time = _parse_start_time(d.pop("start_time", UNSET))

            _field = "status"

            def _parse_status(data: object) -> CallStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"expected CallStatus, got {type(data).__name__}")
                status_type_0 = CallStatus(data)

                return status_type_0

            status = _parse_status(d.pop("status", UNSET))

            _field = "summary"

            def _parse_summary(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            summary = _parse_summary(d.pop("summary", UNSET))

            _field = "transcript"
            transcript = d.pop("transcript", UNSET)

            _field = "transcript_str"

            def _parse_transcript_str(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            transcript_str = _parse_transcript_str(d.pop("transcript_str", UNSET))

            _field = "transferred_to"

            def _parse_transferred_to(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise TypeError(f"expected a string, got {type(data).__name__}")

            transferred_to = _parse_transferred_to(d.pop("transferred_to", UNSET))

            _field = "workflow"

            def _parse_workflow(data: object) -> None | Unset | Workflow:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"expected Workflow, got {type(data).__name__}")
                workflow_type_0 = Workflow.from_dict(data)

                return workflow_type_0

            workflow = _parse_workflow(d.pop("workflow", UNSET))

        except (ResponseValidationError, KeyError, TypeError, ValueError, AttributeError) as _parse_failure:
            raise ResponseValidationError.from_exception(_parse_failure, (_field,)) from _parse_failure
        call = cls(
            direction=direction,
            object_=object_,
            to_number=to_number,
            id=id,
            agent_id=agent_id,
            approver=approver,
            approver_id=approver_id,
            call_agent_id=call_agent_id,
            call_reason=call_reason,
            classifications=classifications,
            created_at=created_at,
            custom_classifications=custom_classifications,
            disconnection_reason=disconnection_reason,
            end_time=end_time,
            from_number=from_number,
            in_voicemail=in_voicemail,
            invoices=invoices,
            is_automated=is_automated,
            modified_at=modified_at,
            partner=partner,
            partner_id=partner_id,
            recording_url=recording_url,
            retell_id=retell_id,
            sentiment=sentiment,
            start_time=start_time,
            status=status,
            summary=summary,
            transcript=transcript,
            transcript_str=transcript_str,
            transferred_to=transferred_to,
            workflow=workflow,
        )

        call.additional_properties = d
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
