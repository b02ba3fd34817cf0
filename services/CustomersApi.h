#pragma once

#include "ApiClient.h"
#include "CustomerBasicData.h"
#include "CustomerBasicDataQuery.h"

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

private:
    ApiClient *m_client;
};
