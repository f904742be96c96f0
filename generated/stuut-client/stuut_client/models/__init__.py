"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_coordinates_type_0 import AddressCoordinatesType0
    from .allocation_strategy import AllocationStrategy
    from .ap_portal import APPortal
    from .ap_portal_account import APPortalAccount
    from .ap_portal_provider import APPortalProvider
    from .attachment import Attachment
    from .call import Call
    from .call_classification import CallClassification
    from .call_sentiment import CallSentiment
    from .call_status import CallStatus
    from .classification_category import ClassificationCategory
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_address_coordinates_type_0 import ContactAddressCoordinatesType0
    from .contact_external_role import ContactExternalRole
    from .currency import Currency
    from .dashboard_settings import DashboardSettings
    from .direction import Direction
    from .email import Email
    from .email_remote_link import EmailRemoteLink
    from .email_sender import EmailSender
    from .email_status import EmailStatus
    from .event import Event
    from .file_type import FileType
    from .integration import Integration
    from .integration_category import IntegrationCategory
    from .integration_connection_step import IntegrationConnectionStep
    from .integration_connection_step_type import IntegrationConnectionStepType
    from .integration_health import IntegrationHealth
    from .integration_health_status import IntegrationHealthStatus
    from .integration_setting import IntegrationSetting
    from .integration_setting_format import IntegrationSettingFormat
    from .integration_setting_type import IntegrationSettingType
    from .internal_role import InternalRole
    from .invoice import Invoice
    from .invoice_page import InvoicePage
    from .invoice_payment import InvoicePayment
    from .invoice_sort_by import InvoiceSortBy
    from .invoice_status import InvoiceStatus
    from .invoice_type import InvoiceType
    from .line_item import LineItem
    from .linked_integration import LinkedIntegration
    from .linked_integration_settings import LinkedIntegrationSettings
    from .linked_model import LinkedModel
    from .linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0
    from .linked_model_sync import LinkedModelSync
    from .outreach_channel import OutreachChannel
    from .partner import Partner
    from .partner_tag import PartnerTag
    from .payment import Payment
    from .payment_method import PaymentMethod
    from .payment_status import PaymentStatus
    from .remote_payment_status import RemotePaymentStatus
    from .report_frequency import ReportFrequency
    from .sort_order import SortOrder
    from .sync_run import SyncRun
    from .sync_run_status import SyncRunStatus
    from .sync_status import SyncStatus
    from .tag import Tag
    from .tag_rule_condition_type_0 import TagRuleConditionType0
    from .task import Task
    from .task_action import TaskAction
    from .task_completed_action_type_0 import TaskCompletedActionType0
    from .task_data import TaskData
    from .task_data_source import TaskDataSource
    from .task_data_type import TaskDataType
    from .task_status import TaskStatus
    from .task_type import TaskType
    from .timezone import Timezone
    from .user import User
    from .workflow import Workflow
    from .workflow_pending_run_strategy import WorkflowPendingRunStrategy

# public name -> module that defines it
_MODULE_OF: dict[str, str] = {
    "Address": ".address",
    "AddressCoordinatesType0": ".address_coordinates_type_0",
    "AllocationStrategy": ".allocation_strategy",
    "APPortal": ".ap_portal",
    "APPortalAccount": ".ap_portal_account",
    "APPortalProvider": ".ap_portal_provider",
    "Attachment": ".attachment",
    "Call": ".call",
    "CallClassification": ".call_classification",
    "CallSentiment": ".call_sentiment",
    "CallStatus": ".call_status",
    "ClassificationCategory": ".classification_category",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactAddressCoordinatesType0": ".contact_address_coordinates_type_0",
    "ContactExternalRole": ".contact_external_role",
    "Currency": ".currency",
    "DashboardSettings": ".dashboard_settings",
    "Direction": ".direction",
    "Email": ".email",
    "EmailRemoteLink": ".email_remote_link",
    "EmailSender": ".email_sender",
    "EmailStatus": ".email_status",
    "Event": ".event",
    "FileType": ".file_type",
    "Integration": ".integration",
    "IntegrationCategory": ".integration_category",
    "IntegrationConnectionStep": ".integration_connection_step",
    "IntegrationConnectionStepType": ".integration_connection_step_type",
    "IntegrationHealth": ".integration_health",
    "IntegrationHealthStatus": ".integration_health_status",
    "IntegrationSetting": ".integration_setting",
    "IntegrationSettingFormat": ".integration_setting_format",
    "IntegrationSettingType": ".integration_setting_type",
    "InternalRole": ".internal_role",
    "Invoice": ".invoice",
    "InvoicePage": ".invoice_page",
    "InvoicePayment": ".invoice_payment",
    "InvoiceSortBy": ".invoice_sort_by",
    "InvoiceStatus": ".invoice_status",
    "InvoiceType": ".invoice_type",
    "LineItem": ".line_item",
    "LinkedIntegration": ".linked_integration",
    "LinkedIntegrationSettings": ".linked_integration_settings",
    "LinkedModel": ".linked_model",
    "LinkedModelExcludeRuleType0": ".linked_model_exclude_rule_type_0",
    "LinkedModelSync": ".linked_model_sync",
    "OutreachChannel": ".outreach_channel",
    "Partner": ".partner",
    "PartnerTag": ".partner_tag",
    "Payment": ".payment",
    "PaymentMethod": ".payment_method",
    "PaymentStatus": ".payment_status",
    "RemotePaymentStatus": ".remote_payment_status",
    "ReportFrequency": ".report_frequency",
    "SortOrder": ".sort_order",
    "SyncRun": ".sync_run",
    "SyncRunStatus": ".sync_run_status",
    "SyncStatus": ".sync_status",
    "Tag": ".tag",
    "TagRuleConditionType0": ".tag_rule_condition_type_0",
    "Task": ".task",
    "TaskAction": ".task_action",
    "TaskCompletedActionType0": ".task_completed_action_type_0",
    "TaskData": ".task_data",
    "TaskDataSource": ".task_data_source",
    "TaskDataType": ".task_data_type",
    "TaskStatus": ".task_status",
    "TaskType": ".task_type",
    "Timezone": ".timezone",
    "User": ".user",
    "Workflow": ".workflow",
    "WorkflowPendingRunStrategy": ".workflow_pending_run_strategy",
}

__all__ = (
    "Address",
    "AddressCoordinatesType0",
    "AllocationStrategy",
    "APPortal",
    "APPortalAccount",
    "APPortalProvider",
    "Attachment",
    "Call",
    "CallClassification",
    "CallSentiment",
    "CallStatus",
    "ClassificationCategory",
    "Contact",
    "ContactAddress",
    "ContactAddressCoordinatesType0",
    "ContactExternalRole",
    "Currency",
    "DashboardSettings",
    "Direction",
    "Email",
    "EmailRemoteLink",
    "EmailSender",
    "EmailStatus",
    "Event",
    "FileType",
    "Integration",
    "IntegrationCategory",
    "IntegrationConnectionStep",
    "IntegrationConnectionStepType",
    "IntegrationHealth",
    "IntegrationHealthStatus",
    "IntegrationSetting",
    "IntegrationSettingFormat",
    "IntegrationSettingType",
    "InternalRole",
    "Invoice",
    "InvoicePage",
    "InvoicePayment",
    "InvoiceSortBy",
    "InvoiceStatus",
    "InvoiceType",
    "LineItem",
    "LinkedIntegration",
    "LinkedIntegrationSettings",
    "LinkedModel",
    "LinkedModelExcludeRuleType0",
    "LinkedModelSync",
    "OutreachChannel",
    "Partner",
    "PartnerTag",
    "Payment",
    "PaymentMethod",
    "PaymentStatus",
    "RemotePaymentStatus",
    "ReportFrequency",
    "SortOrder",
    "SyncRun",
    "SyncRunStatus",
    "SyncStatus",
    "Tag",
    "TagRuleConditionType0",
    "Task",
    "TaskAction",
    "TaskCompletedActionType0",
    "TaskData",
    "TaskDataSource",
    "TaskDataType",
    "TaskStatus",
    "TaskType",
    "Timezone",
    "User",
    "Workflow",
    "WorkflowPendingRunStrategy",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
