#pragma once

#include "ApiClient.h"
#include "CustomerBasicData.h"
#include "CustomerBasicInfo.h"
#include "CustomerBasicDataQuery.h"
#include "CustomerCreateRequest.h"
#include "CustomerCreateResponse.h"
#include "CustomerContactData.h"
#include "CustomerLocations.h"
#include "RemittanceCustomer.h"
#include "SecureDataConsentRequest.h"
#include "ConsultOwner.h"
#include "ConsultPila.h"
#include "NameByAccount.h"
#include "SyncDataReply.h"
#include "SyncDataRequest.h"

// customers-management (seed 000_d8e553a5968b7b38.txt). One method per
// operation; later workflows add theirs here.
class CustomersApi
{
public:
    explicit CustomersApi(ApiClient *client) : m_client(client) {}

    static constexpr const char *basicDataV4Path = "/customerAccountManagement/v4/basicData";

    // "Check Basic Customer Information" v4, by identification or cellphone.
    // The caller validates the query first; an invalid query is refused here
    // too (InvalidRequest, nothing sent).
    PendingCall<CustomerBasicData> basicData(const CustomerBasicDataQuery &query);

    static constexpr const char *basicDataV1Path = "/customerAccountManagement/v1/BasicData";
    static constexpr const char *basicDataV2Path = "/customerAccountManagement/v2/basicData";
    static constexpr const char *locationsPath = "/customer-management/v1/location/";

    // "Check Basic Customer Information" v1 and v2, by mnemonic (type +
    // number, "CC1234567890"). An unknown type or empty number is refused
    // here (InvalidRequest, nothing sent).
    PendingCall<CustomerBasicDataV1> basicDataV1(const QString &govIssueIdentType, const QString &identSerialNum);
    PendingCall<CustomerBasicDataV2> basicDataV2(const QString &govIssueIdentType, const QString &identSerialNum);

    // "Get Customer Locations". action: I integral (the document's default
    // for queries) or T transformed; condition: 1 current (default), 2
    // expired, 3 all.
    PendingCall<CustomerLocations> customerLocations(const QString &govIssueIdentType, const QString &identSerialNum,
                                                     const QString &action = QStringLiteral("I"),
                                                     const QString &condition = QStringLiteral("1"));

    static constexpr const char *contactDataPath = "/customer-management/v1/channel/contact/";
    static constexpr const char *remittanceCustomerPath = "/customers-management/v1/remittances/basic-data/";

    // "Get Customer Data Information": contact and financial data. The
    // document's codes arrive as ApiErrors; ProfileCodes::explain() gives
    // them their meaning (51011 CLIENTE NO EXISTE BCSC is NotFound ...).
    PendingCall<CustomerContactData> customerContactData(const QString &govIssueIdentType,
                                                         const QString &identSerialNum);
    // "Remittances - Consult customer": the remittance profile (identity,
    // addresses, beneficiaries, financial concepts, consents, status, PEP).
    PendingCall<RemittanceCustomer> remittanceCustomer(const QString &govIssueIdentType,
                                                       const QString &identSerialNum);

    static constexpr const char *createCustomerPath = "/customer-account-management/v1/customer";
    static constexpr const char *secureDataPath = "/customer-management/v1/secure-data";

    // "Create Customer and Account": POST of the whole request. NOT
    // idempotent: never call it again by itself after an unknown outcome
    // (see outcomeUnknown). `resendTransactionId` is empty for a first
    // submission; to resend after an unknown outcome pass the ORIGINAL
    // transaction id so the bank can answer with the first result. A request
    // its own rules reject is refused here (InvalidRequest, nothing sent).
    PendingCall<CustomerCreateResponse> createCustomer(const CustomerCreateRequest &request,
                                                       const QString &resendTransactionId = {});

    // "Updata Personal Secure Data Management": PUT of the data-protection
    // answers (preguntaATDP001..003). True on the documented OK reply.
    PendingCall<bool> updateSecureData(const SecureDataConsentRequest &request);

    // Whether a failed non-idempotent call may still have been executed by
    // the bank: the request may have left (timeout, dropped connection,
    // unreadable or 5xx answer without the bank's envelope, a cancellation:
    // the request may already be out). Refusals the bank explains with its
    // envelope, TLS, credential and configuration errors mean nothing was
    // executed.
    static bool outcomeUnknown(const ApiError &error);

    static constexpr const char *statusBasicDataPath = "/customer-management/v1/status-basic-data";
    static constexpr const char *queryPilaPath = "/customer-management/v1/query-pila";
    static constexpr const char *syncDataPath = "/v1/sync-data";
    static constexpr const char *syncDataFilePath = "/v1/sync-data-file";

    // "Get customer name by account": the holder's name when the
    // identification holds the account. Refusals keep the bank's code
    // (nameByAccountProblem() says what it means).
    PendingCall<NameByAccountReply> nameByAccount(const NameByAccountQuery &query);

    // Correspondent banking: "Consult Owner" (who holds an account) and
    // "Consult PILA" (a contribution form). Reads; client_id/client_secret
    // headers, channel 13 (corresponsal bancario), subchannel 07.
    PendingCall<ConsultOwnerReply> consultOwner(const ConsultOwnerRequest &request);
    PendingCall<PilaForm> consultPila(const PilaQuery &query);

    // "Sync Data" and "Sync Data From File" (recurring intake to the digital
    // bank). NOT idempotent: never resent by themselves. The file is checked
    // locally first (IntakeFileCheck); a file with issues is refused here
    // (InvalidRequest, nothing sent). Watch operation()->uploadProgress for
    // large files.
    PendingCall<SyncDataReply> syncData(const SyncDataRequest &request);
    PendingCall<SyncDataReply> syncDataFile(const QByteArray &fileContent);

private:
    ApiClient *m_client;
};
