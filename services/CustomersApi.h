#pragma once

#include "ApiClient.h"
#include "CustomerBasicData.h"
#include "CustomerBasicDataQuery.h"
#include "CustomerCreateRequest.h"
#include "CustomerCreateResponse.h"
#include "SecureDataConsentRequest.h"

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

private:
    ApiClient *m_client;
};
