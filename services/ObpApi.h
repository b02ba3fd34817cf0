#pragma once

#include "ApiClient.h"
#include "CredentialStore.h"
#include "ObpAddress.h"
#include "ObpCustomer.h"
#include "ObpCustomerCreateRequest.h"
#include "ObpCustomerRecords.h"
#include "ObpCustomerUpdate.h"
#include "ObpDirectLogin.h"

#include <QList>
#include <QObject>
#include <QPointer>

// Open Bank Project API v3.1.0, "Customer" section (seed 004_d74e1e662a7505ba.txt).
// The seed names the operations; the resource paths and verbs are OBP's own,
// read in the OBP-API sources (github.com/OpenBankProject/OBP-API):
//   obp-api/src/main/scala/code/api/v3_1_0/APIMethods310.scala (ResourceDocs),
//   .../v3_1_0/CustomerTest.scala (update paths), .../v3_1_0/JSONFactory3.1.0.scala
//   (PutUpdateCustomer*JsonV310 bodies), v3_0_0/APIMethods300.scala,
//   v2_1_0/APIMethods210.scala, v2_0_0/APIMethods200.scala, v1_4_0/APIMethods140.scala
//   (operations v3.1.0 inherits), and OBP's DirectLogin documentation.
// Every path below is served under /obp/v3.1.0 (inherited operations too):
//
//   operation (seed)                         verb    path                                                       version
//   DirectLogin                              POST    /my/logins/direct  (not under /obp/v3.1.0)                 -
//   Create Customer                          POST    /banks/BANK_ID/customers                                   3.1.0
//   Get Customer by CUSTOMER_ID              GET     /banks/BANK_ID/customers/CUSTOMER_ID                       3.1.0
//   Get Customer by CUSTOMER_NUMBER          POST    /banks/BANK_ID/customers/customer-number                   3.1.0
//   Get Customers for Current User           GET     /users/current/customers                                   3.0.0
//   Get Customers for current User at Bank   GET     /banks/BANK_ID/customers                                   2.1.0
//   Get Firehose Customers                   GET     /banks/BANK_ID/firehose/customers                          3.1.0
//   Link a User to a Customer                POST    /banks/BANK_ID/user_customer_links                         2.0.0
//   Create Address                           POST    /banks/BANK_ID/customers/CUSTOMER_ID/address               3.1.0
//   Get Customer Addresses                   GET     /banks/BANK_ID/customers/CUSTOMER_ID/addresses             3.1.0
//   Update the Address of a Customer         PUT     /banks/BANK_ID/customers/CUSTOMER_ID/addresses/CUSTOMER_ADDRESS_ID
//   Delete Customer Address                  DELETE  /banks/BANK_ID/customers/CUSTOMER_ID/addresses/CUSTOMER_ADDRESS_ID
//   Create Tax Residence                     POST    /banks/BANK_ID/customers/CUSTOMER_ID/tax-residence         3.1.0
//   Get Tax Residences of Customer           GET     /banks/BANK_ID/customers/CUSTOMER_ID/tax-residences        3.1.0
//   Delete Tax Residence                     DELETE  /banks/BANK_ID/customers/CUSTOMER_ID/tax_residencies/TAX_RESIDENCE_ID
//   Create Customer Social Media Handle      POST    /banks/BANK_ID/customers/CUSTOMER_ID/social_media_handles  2.0.0
//   Get Customer Social Media Handles        GET     /banks/BANK_ID/customers/CUSTOMER_ID/social_media_handles  2.0.0
//   Get CRM Events                           GET     /banks/BANK_ID/crm-events                                  1.4.0
//   Update the Branch / credit limit / credit rating and source / email / identity data / mobile number /
//   number / other data of a Customer        PUT     /banks/BANK_ID/customers/CUSTOMER_ID/{branch, credit-limit,
//                                                    credit-rating-and-source, email, identity, mobile-number,
//                                                    number, data}                                              3.1.0
//
// Authentication is DirectLogin (see ObpDirectLogin): the token is kept in
// memory only, for the environment it was issued in; a 401 (OBP-20001) logs
// in again once with the credentials of the last login and resends.
// Credentials live in the keychain (CredentialStore, keys "<env>/obp/...").
class ObpApi : public QObject
{
    Q_OBJECT
public:
    explicit ObpApi(ApiClient *client, CredentialStore *credentials = nullptr, QObject *parent = nullptr);

    static constexpr const char *apiRoot = "/obp/v3.1.0";
    static constexpr const char *directLoginPath = "/my/logins/direct";
    // The Training environment's demo consumer key and users (not secrets).
    static QString trainingConsumerKey();
    static QList<ObpDirectLogin> trainingLogins();
    static QString trainingBankId();

    // --- DirectLogin
    PendingCall<ObpLoginToken> login(const ObpDirectLogin &credentials);
    void logout();
    bool isLoggedIn() const;
    QString userName() const { return isLoggedIn() ? m_login.username : QString(); }

    // Keychain: "<environment>/obp/username", ".../obp/password", ".../obp/consumer_key".
    static QString keychainKey(const QString &environment, const char *name);
    void storeCredentials(const ObpDirectLogin &credentials, QObject *context, CredentialStore::DoneCallback done);
    void readStoredCredentials(QObject *context, std::function<void(const Result<ObpDirectLogin> &)> done);

    // --- Customers
    PendingCall<ObpCustomer> createCustomer(const QString &bankId, const ObpCustomerCreateRequest &request);
    PendingCall<ObpCustomer> customerById(const QString &bankId, const QString &customerId);
    PendingCall<ObpCustomer> customerByNumber(const QString &bankId, const QString &customerNumber);
    PendingCall<ObpCustomerList> customersForCurrentUser();
    PendingCall<ObpCustomerList> customersForCurrentUserAtBank(const QString &bankId);
    // limit/offset as OBP's pagination parameters (defaults 50 and 0).
    PendingCall<ObpCustomerList> firehoseCustomers(const QString &bankId, int limit = 50, int offset = 0);
    PendingCall<ObpUserCustomerLink> createUserCustomerLink(const QString &bankId, const ObpUserCustomerLinkRequest &request);
    PendingCall<ObpCustomer> updateCustomer(const QString &bankId, const QString &customerId, const ObpCustomerUpdate &update);

    // --- Addresses
    PendingCall<ObpAddress> createAddress(const QString &bankId, const QString &customerId, const ObpAddressRequest &request);
    PendingCall<ObpAddressList> addresses(const QString &bankId, const QString &customerId);
    PendingCall<ObpAddress> updateAddress(const QString &bankId, const QString &customerId, const QString &addressId,
                                          const ObpAddressRequest &request);
    PendingCall<bool> deleteAddress(const QString &bankId, const QString &customerId, const QString &addressId);

    // --- Tax residences
    PendingCall<ObpTaxResidence> createTaxResidence(const QString &bankId, const QString &customerId,
                                                    const ObpTaxResidenceRequest &request);
    PendingCall<ObpTaxResidenceList> taxResidences(const QString &bankId, const QString &customerId);
    PendingCall<bool> deleteTaxResidence(const QString &bankId, const QString &customerId, const QString &taxResidenceId);

    // --- Social media, CRM
    PendingCall<ObpSuccess> addSocialMediaHandle(const QString &bankId, const QString &customerId,
                                                 const ObpSocialMediaHandle &handle);
    PendingCall<ObpSocialMediaHandleList> socialMediaHandles(const QString &bankId, const QString &customerId);
    PendingCall<ObpCrmEventList> crmEvents(const QString &bankId);

signals:
    // Logged in or out (also when a re-login replaced the token).
    void sessionChanged();

private:
    template <typename T>
    PendingCall<T> call(ApiRequest request, const FieldIssues &issues,
                        std::function<std::optional<T>(const QJsonObject &)> parse);
    ApiRequest makeRequest(const QByteArray &verb, const QString &path, const QString &operation) const;
    static QString segment(const QString &id);
    QString bankPath(const QString &bankId) const;
    QString customerPath(const QString &bankId, const QString &customerId) const;
    static FieldIssues bankIssues(const QString &bankId);
    static FieldIssues idIssues(const char *field, const QString &id);
    void renewLogin(QObject *context, ApiRequest::Resend resend);
    QString environmentKey() const;

    ApiClient *m_client;
    QPointer<CredentialStore> m_credentials;
    ObpDirectLogin m_login;     // of the current session (memory only)
    QString m_token;            // memory only
    QString m_tokenEnvironment; // environment + base URI the token belongs to
};
