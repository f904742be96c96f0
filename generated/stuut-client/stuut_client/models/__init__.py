"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_coordinates_type_0 import AddressCoordinatesType0
    from .agent_extractions_detail_v2 import AgentExtractionsDetailV2
    from .agent_extractions_v2 import AgentExtractionsV2
    from .agent_metrics_detail_v2 import AgentMetricsDetailV2
    from .agent_metrics_v2 import AgentMetricsV2
    from .allocation_strategy import AllocationStrategy
    from .ap_portal import APPortal
    from .ap_portal_account import APPortalAccount
    from .ap_portal_provider import APPortalProvider
    from .assign_thread_partner_request import AssignThreadPartnerRequest
    from .attachment import Attachment
    from .attachment_v2 import AttachmentV2
    from .bank import Bank
    from .bank_account import BankAccount
    from .bank_account_page import BankAccountPage
    from .bank_account_type import BankAccountType
    from .bank_statement import BankStatement
    from .bank_statement_detail_v2 import BankStatementDetailV2
    from .bank_statement_page import BankStatementPage
    from .bank_statement_sort_by import BankStatementSortBy
    from .bank_statement_status import BankStatementStatus
    from .bank_statement_upload import BankStatementUpload
    from .bank_statement_upload_v2 import BankStatementUploadV2
    from .bank_statement_v2 import BankStatementV2
    from .bank_statement_v2_page import BankStatementV2Page
    from .bank_transaction import BankTransaction
    from .bank_transaction_detail_v2 import BankTransactionDetailV2
    from .bank_transaction_page import BankTransactionPage
    from .bank_transaction_payment_status import BankTransactionPaymentStatus
    from .bank_transaction_sort_by import BankTransactionSortBy
    from .bank_transaction_type import BankTransactionType
    from .bank_transaction_v2 import BankTransactionV2
    from .bank_transaction_v2_page import BankTransactionV2Page
    from .bulk_approve_payments_request import BulkApprovePaymentsRequest
    from .bulk_approve_payments_response import BulkApprovePaymentsResponse
    from .bulk_create_emails_request import BulkCreateEmailsRequest
    from .bulk_email_request import BulkEmailRequest
    from .bulk_send_emails_request import BulkSendEmailsRequest
    from .call import Call
    from .call_classification import CallClassification
    from .call_classification_v2 import CallClassificationV2
    from .call_page import CallPage
    from .call_sentiment import CallSentiment
    from .call_status import CallStatus
    from .call_v2 import CallV2
    from .call_v2_page import CallV2Page
    from .centralized_inbox_settings import CentralizedInboxSettings
    from .child_statement import ChildStatement
    from .classification_category import ClassificationCategory
    from .connection import Connection
    from .connection_health import ConnectionHealth
    from .connection_health_status_code import ConnectionHealthStatusCode
    from .connection_model import ConnectionModel
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_address_coordinates_type_0 import ContactAddressCoordinatesType0
    from .contact_external_role import ContactExternalRole
    from .contact_suggestion import ContactSuggestion
    from .contact_suggestion_list import ContactSuggestionList
    from .contact_suggestion_status import ContactSuggestionStatus
    from .contact_suggestion_type import ContactSuggestionType
    from .counterparty_info import CounterpartyInfo
    from .create_email_request import CreateEmailRequest
    from .create_email_template_request import CreateEmailTemplateRequest
    from .create_file_request import CreateFileRequest
    from .currency import Currency
    from .dashboard_settings import DashboardSettings
    from .direction import Direction
    from .domain import Domain
    from .email import Email
    from .email_list import EmailList
    from .email_options import EmailOptions
    from .email_remote_link import EmailRemoteLink
    from .email_sender import EmailSender
    from .email_status import EmailStatus
    from .email_template import EmailTemplate
    from .email_template_folder import EmailTemplateFolder
    from .error_code import ErrorCode
    from .event import Event
    from .export_payments_request import ExportPaymentsRequest
    from .external_contact import ExternalContact
    from .external_contact_status import ExternalContactStatus
    from .file_purpose import FilePurpose
    from .file_type import FileType
    from .file_upload import FileUpload
    from .generate_email_body_request import GenerateEmailBodyRequest
    from .integration import Integration
    from .integration_category import IntegrationCategory
    from .integration_connection_step import IntegrationConnectionStep
    from .integration_connection_step_type import IntegrationConnectionStepType
    from .integration_health import IntegrationHealth
    from .integration_health_status import IntegrationHealthStatus
    from .integration_setting import IntegrationSetting
    from .integration_setting_format import IntegrationSettingFormat
    from .integration_setting_type import IntegrationSettingType
    from .integration_sync import IntegrationSync
    from .integration_sync_pagination_state import IntegrationSyncPaginationState
    from .integration_sync_status import IntegrationSyncStatus
    from .internal_contact import InternalContact
    from .internal_contact_assignment import InternalContactAssignment
    from .internal_contact_input import InternalContactInput
    from .internal_role import InternalRole
    from .invoice import Invoice
    from .invoice_page import InvoicePage
    from .invoice_payment import InvoicePayment
    from .invoice_sort_by import InvoiceSortBy
    from .invoice_status import InvoiceStatus
    from .invoice_type import InvoiceType
    from .invoice_v2 import InvoiceV2
    from .line_item import LineItem
    from .linked_integration import LinkedIntegration
    from .linked_integration_settings import LinkedIntegrationSettings
    from .linked_model import LinkedModel
    from .linked_model_exclude_rule_type_0 import LinkedModelExcludeRuleType0
    from .linked_model_sync import LinkedModelSync
    from .mark_payment_request import MarkPaymentRequest
    from .mark_payment_response import MarkPaymentResponse
    from .mime_type import MimeType
    from .organization import Organization
    from .organization_page import OrganizationPage
    from .outreach_channel import OutreachChannel
    from .partner import Partner
    from .partner_detail import PartnerDetail
    from .partner_detail_page import PartnerDetailPage
    from .partner_tag import PartnerTag
    from .partner_type import PartnerType
    from .partner_v2 import PartnerV2
    from .payment import Payment
    from .payment_allocation import PaymentAllocation
    from .payment_allocation_invoice import PaymentAllocationInvoice
    from .payment_detail import PaymentDetail
    from .payment_export import PaymentExport
    from .payment_export_data_type_0 import PaymentExportDataType0
    from .payment_export_media_type import PaymentExportMediaType
    from .payment_method import PaymentMethod
    from .payment_status import PaymentStatus
    from .payment_validation_error import PaymentValidationError
    from .payout import Payout
    from .presigned_url import PresignedUrl
    from .presigned_url_fields_type_0 import PresignedUrlFieldsType0
    from .processing_error import ProcessingError
    from .remittance import Remittance
    from .remittance_allocation import RemittanceAllocation
    from .remittance_allocation_input import RemittanceAllocationInput
    from .remittance_allocation_invoice import RemittanceAllocationInvoice
    from .remittance_page import RemittancePage
    from .remittance_upload import RemittanceUpload
    from .remote_payment_status import RemotePaymentStatus
    from .report_frequency import ReportFrequency
    from .set_task_assignee_request import SetTaskAssigneeRequest
    from .sort_order import SortOrder
    from .split_info import SplitInfo
    from .statement_transaction_v2 import StatementTransactionV2
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
    from .task_page import TaskPage
    from .task_status import TaskStatus
    from .task_type import TaskType
    from .timezone import Timezone
    from .transaction_approve_result import TransactionApproveResult
    from .triage_action_response import TriageActionResponse
    from .triage_status import TriageStatus
    from .update_bank_statement_request import UpdateBankStatementRequest
    from .update_bank_transaction_request_v2 import UpdateBankTransactionRequestV2
    from .update_centralized_inbox_settings_request import UpdateCentralizedInboxSettingsRequest
    from .update_email_sender_request import UpdateEmailSenderRequest
    from .update_internal_contact_role_request import UpdateInternalContactRoleRequest
    from .update_remittance_request import UpdateRemittanceRequest
    from .upload_bank_statement_request import UploadBankStatementRequest
    from .upload_bank_statement_request_v2 import UploadBankStatementRequestV2
    from .upload_remittance_request import UploadRemittanceRequest
    from .user import User
    from .user_page import UserPage
    from .user_v2 import UserV2
    from .workflow import Workflow
    from .workflow_pending_run_strategy import WorkflowPendingRunStrategy

# public name -> module that defines it
_MODULE_OF: dict[str, str] = {
    "Address": ".address",
    "AddressCoordinatesType0": ".address_coordinates_type_0",
    "AgentExtractionsDetailV2": ".agent_extractions_detail_v2",
    "AgentExtractionsV2": ".agent_extractions_v2",
    "AgentMetricsDetailV2": ".agent_metrics_detail_v2",
    "AgentMetricsV2": ".agent_metrics_v2",
    "AllocationStrategy": ".allocation_strategy",
    "APPortal": ".ap_portal",
    "APPortalAccount": ".ap_portal_account",
    "APPortalProvider": ".ap_portal_provider",
    "AssignThreadPartnerRequest": ".assign_thread_partner_request",
    "Attachment": ".attachment",
    "AttachmentV2": ".attachment_v2",
    "Bank": ".bank",
    "BankAccount": ".bank_account",
    "BankAccountPage": ".bank_account_page",
    "BankAccountType": ".bank_account_type",
    "BankStatement": ".bank_statement",
    "BankStatementDetailV2": ".bank_statement_detail_v2",
    "BankStatementPage": ".bank_statement_page",
    "BankStatementSortBy": ".bank_statement_sort_by",
    "BankStatementStatus": ".bank_statement_status",
    "BankStatementUpload": ".bank_statement_upload",
    "BankStatementUploadV2": ".bank_statement_upload_v2",
    "BankStatementV2": ".bank_statement_v2",
    "BankStatementV2Page": ".bank_statement_v2_page",
    "BankTransaction": ".bank_transaction",
    "BankTransactionDetailV2": ".bank_transaction_detail_v2",
    "BankTransactionPage": ".bank_transaction_page",
    "BankTransactionPaymentStatus": ".bank_transaction_payment_status",
    "BankTransactionSortBy": ".bank_transaction_sort_by",
    "BankTransactionType": ".bank_transaction_type",
    "BankTransactionV2": ".bank_transaction_v2",
    "BankTransactionV2Page": ".bank_transaction_v2_page",
    "BulkApprovePaymentsRequest": ".bulk_approve_payments_request",
    "BulkApprovePaymentsResponse": ".bulk_approve_payments_response",
    "BulkCreateEmailsRequest": ".bulk_create_emails_request",
    "BulkEmailRequest": ".bulk_email_request",
    "BulkSendEmailsRequest": ".bulk_send_emails_request",
    "Call": ".call",
    "CallClassification": ".call_classification",
    "CallClassificationV2": ".call_classification_v2",
    "CallPage": ".call_page",
    "CallSentiment": ".call_sentiment",
    "CallStatus": ".call_status",
    "CallV2": ".call_v2",
    "CallV2Page": ".call_v2_page",
    "CentralizedInboxSettings": ".centralized_inbox_settings",
    "ChildStatement": ".child_statement",
    "ClassificationCategory": ".classification_category",
    "Connection": ".connection",
    "ConnectionHealth": ".connection_health",
    "ConnectionHealthStatusCode": ".connection_health_status_code",
    "ConnectionModel": ".connection_model",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactAddressCoordinatesType0": ".contact_address_coordinates_type_0",
    "ContactExternalRole": ".contact_external_role",
    "ContactSuggestion": ".contact_suggestion",
    "ContactSuggestionList": ".contact_suggestion_list",
    "ContactSuggestionStatus": ".contact_suggestion_status",
    "ContactSuggestionType": ".contact_suggestion_type",
    "CounterpartyInfo": ".counterparty_info",
    "CreateEmailRequest": ".create_email_request",
    "CreateEmailTemplateRequest": ".create_email_template_request",
    "CreateFileRequest": ".create_file_request",
    "Currency": ".currency",
    "DashboardSettings": ".dashboard_settings",
    "Direction": ".direction",
    "Domain": ".domain",
    "Email": ".email",
    "EmailList": ".email_list",
    "EmailOptions": ".email_options",
    "EmailRemoteLink": ".email_remote_link",
    "EmailSender": ".email_sender",
    "EmailStatus": ".email_status",
    "EmailTemplate": ".email_template",
    "EmailTemplateFolder": ".email_template_folder",
    "ErrorCode": ".error_code",
    "Event": ".event",
    "ExportPaymentsRequest": ".export_payments_request",
    "ExternalContact": ".external_contact",
    "ExternalContactStatus": ".external_contact_status",
    "FilePurpose": ".file_purpose",
    "FileType": ".file_type",
    "FileUpload": ".file_upload",
    "GenerateEmailBodyRequest": ".generate_email_body_request",
    "Integration": ".integration",
    "IntegrationCategory": ".integration_category",
    "IntegrationConnectionStep": ".integration_connection_step",
    "IntegrationConnectionStepType": ".integration_connection_step_type",
    "IntegrationHealth": ".integration_health",
    "IntegrationHealthStatus": ".integration_health_status",
    "IntegrationSetting": ".integration_setting",
    "IntegrationSettingFormat": ".integration_setting_format",
    "IntegrationSettingType": ".integration_setting_type",
    "IntegrationSync": ".integration_sync",
    "IntegrationSyncPaginationState": ".integration_sync_pagination_state",
    "IntegrationSyncStatus": ".integration_sync_status",
    "InternalContact": ".internal_contact",
    "InternalContactAssignment": ".internal_contact_assignment",
    "InternalContactInput": ".internal_contact_input",
    "InternalRole": ".internal_role",
    "Invoice": ".invoice",
    "InvoicePage": ".invoice_page",
    "InvoicePayment": ".invoice_payment",
    "InvoiceSortBy": ".invoice_sort_by",
    "InvoiceStatus": ".invoice_status",
    "InvoiceType": ".invoice_type",
    "InvoiceV2": ".invoice_v2",
    "LineItem": ".line_item",
    "LinkedIntegration": ".linked_integration",
    "LinkedIntegrationSettings": ".linked_integration_settings",
    "LinkedModel": ".linked_model",
    "LinkedModelExcludeRuleType0": ".linked_model_exclude_rule_type_0",
    "LinkedModelSync": ".linked_model_sync",
    "MarkPaymentRequest": ".mark_payment_request",
    "MarkPaymentResponse": ".mark_payment_response",
    "MimeType": ".mime_type",
    "Organization": ".organization",
    "OrganizationPage": ".organization_page",
    "OutreachChannel": ".outreach_channel",
    "Partner": ".partner",
    "PartnerDetail": ".partner_detail",
    "PartnerDetailPage": ".partner_detail_page",
    "PartnerTag": ".partner_tag",
    "PartnerType": ".partner_type",
    "PartnerV2": ".partner_v2",
    "Payment": ".payment",
    "PaymentAllocation": ".payment_allocation",
    "PaymentAllocationInvoice": ".payment_allocation_invoice",
    "PaymentDetail": ".payment_detail",
    "PaymentExport": ".payment_export",
    "PaymentExportDataType0": ".payment_export_data_type_0",
    "PaymentExportMediaType": ".payment_export_media_type",
    "PaymentMethod": ".payment_method",
    "PaymentStatus": ".payment_status",
    "PaymentValidationError": ".payment_validation_error",
    "Payout": ".payout",
    "PresignedUrl": ".presigned_url",
    "PresignedUrlFieldsType0": ".presigned_url_fields_type_0",
    "ProcessingError": ".processing_error",
    "Remittance": ".remittance",
    "RemittanceAllocation": ".remittance_allocation",
    "RemittanceAllocationInput": ".remittance_allocation_input",
    "RemittanceAllocationInvoice": ".remittance_allocation_invoice",
    "RemittancePage": ".remittance_page",
    "RemittanceUpload": ".remittance_upload",
    "RemotePaymentStatus": ".remote_payment_status",
    "ReportFrequency": ".report_frequency",
    "SetTaskAssigneeRequest": ".set_task_assignee_request",
    "SortOrder": ".sort_order",
    "SplitInfo": ".split_info",
    "StatementTransactionV2": ".statement_transaction_v2",
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
    "TaskPage": ".task_page",
    "TaskStatus": ".task_status",
    "TaskType": ".task_type",
    "Timezone": ".timezone",
    "TransactionApproveResult": ".transaction_approve_result",
    "TriageActionResponse": ".triage_action_response",
    "TriageStatus": ".triage_status",
    "UpdateBankStatementRequest": ".update_bank_statement_request",
    "UpdateBankTransactionRequestV2": ".update_bank_transaction_request_v2",
    "UpdateCentralizedInboxSettingsRequest": ".update_centralized_inbox_settings_request",
    "UpdateEmailSenderRequest": ".update_email_sender_request",
    "UpdateInternalContactRoleRequest": ".update_internal_contact_role_request",
    "UpdateRemittanceRequest": ".update_remittance_request",
    "UploadBankStatementRequest": ".upload_bank_statement_request",
    "UploadBankStatementRequestV2": ".upload_bank_statement_request_v2",
    "UploadRemittanceRequest": ".upload_remittance_request",
    "User": ".user",
    "UserPage": ".user_page",
    "UserV2": ".user_v2",
    "Workflow": ".workflow",
    "WorkflowPendingRunStrategy": ".workflow_pending_run_strategy",
}

__all__ = (
    "Address",
    "AddressCoordinatesType0",
    "AgentExtractionsDetailV2",
    "AgentExtractionsV2",
    "AgentMetricsDetailV2",
    "AgentMetricsV2",
    "AllocationStrategy",
    "APPortal",
    "APPortalAccount",
    "APPortalProvider",
    "AssignThreadPartnerRequest",
    "Attachment",
    "AttachmentV2",
    "Bank",
    "BankAccount",
    "BankAccountPage",
    "BankAccountType",
    "BankStatement",
    "BankStatementDetailV2",
    "BankStatementPage",
    "BankStatementSortBy",
    "BankStatementStatus",
    "BankStatementUpload",
    "BankStatementUploadV2",
    "BankStatementV2",
    "BankStatementV2Page",
    "BankTransaction",
    "BankTransactionDetailV2",
    "BankTransactionPage",
    "BankTransactionPaymentStatus",
    "BankTransactionSortBy",
    "BankTransactionType",
    "BankTransactionV2",
    "BankTransactionV2Page",
    "BulkApprovePaymentsRequest",
    "BulkApprovePaymentsResponse",
    "BulkCreateEmailsRequest",
    "BulkEmailRequest",
    "BulkSendEmailsRequest",
    "Call",
    "CallClassification",
    "CallClassificationV2",
    "CallPage",
    "CallSentiment",
    "CallStatus",
    "CallV2",
    "CallV2Page",
    "CentralizedInboxSettings",
    "ChildStatement",
    "ClassificationCategory",
    "Connection",
    "ConnectionHealth",
    "ConnectionHealthStatusCode",
    "ConnectionModel",
    "Contact",
    "ContactAddress",
    "ContactAddressCoordinatesType0",
    "ContactExternalRole",
    "ContactSuggestion",
    "ContactSuggestionList",
    "ContactSuggestionStatus",
    "ContactSuggestionType",
    "CounterpartyInfo",
    "CreateEmailRequest",
    "CreateEmailTemplateRequest",
    "CreateFileRequest",
    "Currency",
    "DashboardSettings",
    "Direction",
    "Domain",
    "Email",
    "EmailList",
    "EmailOptions",
    "EmailRemoteLink",
    "EmailSender",
    "EmailStatus",
    "EmailTemplate",
    "EmailTemplateFolder",
    "ErrorCode",
    "Event",
    "ExportPaymentsRequest",
    "ExternalContact",
    "ExternalContactStatus",
    "FilePurpose",
    "FileType",
    "FileUpload",
    "GenerateEmailBodyRequest",
    "Integration",
    "IntegrationCategory",
    "IntegrationConnectionStep",
    "IntegrationConnectionStepType",
    "IntegrationHealth",
    "IntegrationHealthStatus",
    "IntegrationSetting",
    "IntegrationSettingFormat",
    "IntegrationSettingType",
    "IntegrationSync",
    "IntegrationSyncPaginationState",
    "IntegrationSyncStatus",
    "InternalContact",
    "InternalContactAssignment",
    "InternalContactInput",
    "InternalRole",
    "Invoice",
    "InvoicePage",
    "InvoicePayment",
    "InvoiceSortBy",
    "InvoiceStatus",
    "InvoiceType",
    "InvoiceV2",
    "LineItem",
    "LinkedIntegration",
    "LinkedIntegrationSettings",
    "LinkedModel",
    "LinkedModelExcludeRuleType0",
    "LinkedModelSync",
    "MarkPaymentRequest",
    "MarkPaymentResponse",
    "MimeType",
    "Organization",
    "OrganizationPage",
    "OutreachChannel",
    "Partner",
    "PartnerDetail",
    "PartnerDetailPage",
    "PartnerTag",
    "PartnerType",
    "PartnerV2",
    "Payment",
    "PaymentAllocation",
    "PaymentAllocationInvoice",
    "PaymentDetail",
    "PaymentExport",
    "PaymentExportDataType0",
    "PaymentExportMediaType",
    "PaymentMethod",
    "PaymentStatus",
    "PaymentValidationError",
    "Payout",
    "PresignedUrl",
    "PresignedUrlFieldsType0",
    "ProcessingError",
    "Remittance",
    "RemittanceAllocation",
    "RemittanceAllocationInput",
    "RemittanceAllocationInvoice",
    "RemittancePage",
    "RemittanceUpload",
    "RemotePaymentStatus",
    "ReportFrequency",
    "SetTaskAssigneeRequest",
    "SortOrder",
    "SplitInfo",
    "StatementTransactionV2",
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
    "TaskPage",
    "TaskStatus",
    "TaskType",
    "Timezone",
    "TransactionApproveResult",
    "TriageActionResponse",
    "TriageStatus",
    "UpdateBankStatementRequest",
    "UpdateBankTransactionRequestV2",
    "UpdateCentralizedInboxSettingsRequest",
    "UpdateEmailSenderRequest",
    "UpdateInternalContactRoleRequest",
    "UpdateRemittanceRequest",
    "UploadBankStatementRequest",
    "UploadBankStatementRequestV2",
    "UploadRemittanceRequest",
    "User",
    "UserPage",
    "UserV2",
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
