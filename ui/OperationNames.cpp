#include "OperationNames.h"

#include <QHash>

namespace {

// Built on each call: tr() must run after the translator is installed and
// follow a language change. The table is small.
QHash<QString, QString> names()
{
    return {
        {QStringLiteral("customers.basicData.v1"), OperationNames::tr("Customer basic data (v1)")},
        {QStringLiteral("customers.basicData.v2"), OperationNames::tr("Customer basic data (v2)")},
        {QStringLiteral("customers.basicData.v4"), OperationNames::tr("Customer basic data")},
        {QStringLiteral("customers.create"), OperationNames::tr("Create customer and account")},
        {QStringLiteral("customers.create.outcomeUnknown"), OperationNames::tr("Create customer: outcome unknown")},
        {QStringLiteral("customers.create.resolution"), OperationNames::tr("Create customer: outcome resolved")},
        {QStringLiteral("customers.locations"), OperationNames::tr("Customer locations")},
        {QStringLiteral("customers.secureData.update"), OperationNames::tr("Data-protection consent")},
        {QStringLiteral("customers.contactData"), OperationNames::tr("Customer contact and financial data")},
        {QStringLiteral("customers.remittanceCustomer"), OperationNames::tr("Remittance customer profile")},
        {QStringLiteral("customers.nameByAccount"), OperationNames::tr("Name by account")},
        {QStringLiteral("customers.correspondent.owner"), OperationNames::tr("Correspondent: consult owner")},
        {QStringLiteral("customers.correspondent.pila"), OperationNames::tr("Correspondent: consult PILA")},
        {QStringLiteral("customers.syncData"), OperationNames::tr("Digital bank intake")},
        {QStringLiteral("customers.syncDataFile"), OperationNames::tr("Digital bank intake from a file")},
        {QStringLiteral("itau.customerByAccount"), OperationNames::tr("Itau customer by account")},
        {QStringLiteral("obp.directLogin"), OperationNames::tr("OBP: log in")},
        {QStringLiteral("obp.createCustomer"), OperationNames::tr("OBP: create customer")},
        {QStringLiteral("obp.getCustomerByCustomerId"), OperationNames::tr("OBP: customer by id")},
        {QStringLiteral("obp.getCustomerByCustomerNumber"), OperationNames::tr("OBP: customer by number")},
        {QStringLiteral("obp.getCustomersForUser"), OperationNames::tr("OBP: my customers")},
        {QStringLiteral("obp.getCustomersForCurrentUserAtBank"), OperationNames::tr("OBP: my customers at the bank")},
        {QStringLiteral("obp.getFirehoseCustomers"), OperationNames::tr("OBP: firehose customers")},
        {QStringLiteral("obp.createUserCustomerLinks"), OperationNames::tr("OBP: link user to customer")},
        {QStringLiteral("obp.createCustomerAddress"), OperationNames::tr("OBP: add address")},
        {QStringLiteral("obp.getCustomerAddresses"), OperationNames::tr("OBP: addresses")},
        {QStringLiteral("obp.updateCustomerAddress"), OperationNames::tr("OBP: update address")},
        {QStringLiteral("obp.deleteCustomerAddress"), OperationNames::tr("OBP: delete address")},
        {QStringLiteral("obp.createTaxResidence"), OperationNames::tr("OBP: add tax residence")},
        {QStringLiteral("obp.getTaxResidence"), OperationNames::tr("OBP: tax residences")},
        {QStringLiteral("obp.deleteTaxResidence"), OperationNames::tr("OBP: delete tax residence")},
        {QStringLiteral("obp.addSocialMediaHandle"), OperationNames::tr("OBP: add social media handle")},
        {QStringLiteral("obp.getSocialMediaHandles"), OperationNames::tr("OBP: social media handles")},
        {QStringLiteral("obp.getCrmEvents"), OperationNames::tr("OBP: CRM events")},
        {QStringLiteral("obp.updateCustomerBranch"), OperationNames::tr("OBP: update branch")},
        {QStringLiteral("obp.updateCustomerCreditLimit"), OperationNames::tr("OBP: update credit limit")},
        {QStringLiteral("obp.updateCustomerCreditRatingAndSource"), OperationNames::tr("OBP: update credit rating")},
        {QStringLiteral("obp.updateCustomerEmail"), OperationNames::tr("OBP: update e-mail")},
        {QStringLiteral("obp.updateCustomerIdentity"), OperationNames::tr("OBP: update identity")},
        {QStringLiteral("obp.updateCustomerMobileNumber"), OperationNames::tr("OBP: update mobile number")},
        {QStringLiteral("obp.updateCustomerNumber"), OperationNames::tr("OBP: update customer number")},
        {QStringLiteral("obp.updateCustomerData"), OperationNames::tr("OBP: update other data")},
        {QStringLiteral("policy.customerPayee.create"), OperationNames::tr("Register customer payee")},
        {QStringLiteral("policy.general.issuing"), OperationNames::tr("General insurance: issuing")},
        {QStringLiteral("policy.general.quote"), OperationNames::tr("General insurance: quote")},
        {QStringLiteral("policy.general.simulation"), OperationNames::tr("General insurance: simulation")},
        {QStringLiteral("policy.insuranceCase.create"), OperationNames::tr("Create insurance case")},
        {QStringLiteral("policy.life.certificate"), OperationNames::tr("Life insurance: certificate")},
        {QStringLiteral("policy.life.issuing"), OperationNames::tr("Life insurance: issuing")},
        {QStringLiteral("policy.life.quote"), OperationNames::tr("Life insurance: quote")},
        {QStringLiteral("policy.life.simulation"), OperationNames::tr("Life insurance: simulation")},
        {QStringLiteral("policy.status.submit"), OperationNames::tr("Insurance case: submit status")},
        {QStringLiteral("policy.status.update"), OperationNames::tr("Insurance case: update status")},
        {QStringLiteral("security.challenge.authenticationChannel"), OperationNames::tr("Challenge: authentication channel")},
        {QStringLiteral("security.challenge.authenticationLevel"), OperationNames::tr("Challenge: authentication level")},
        {QStringLiteral("security.challenge.v1"), OperationNames::tr("Transaction challenge (v1)")},
        {QStringLiteral("security.challenge.v2.answer"), OperationNames::tr("Transaction challenge: answer")},
        {QStringLiteral("security.challenge.v2.start"), OperationNames::tr("Transaction challenge: start")},
        {QStringLiteral("security.channelHolds.consult"), OperationNames::tr("Channel holds")},
        {QStringLiteral("security.channelHolds.lock"), OperationNames::tr("Lock channel")},
        {QStringLiteral("security.channelHolds.unlock"), OperationNames::tr("Unlock channel")},
        {QStringLiteral("security.digitalEnrollment.create"), OperationNames::tr("Digital enrollment")},
        {QStringLiteral("security.digitalEnrollment.validate"), OperationNames::tr("Digital enrollment: validation")},
        {QStringLiteral("security.enrollment.validate"), OperationNames::tr("Enrollment validation")},
        {QStringLiteral("security.otc.generate.v1"), OperationNames::tr("Generate one-time code (v1)")},
        {QStringLiteral("security.otc.generate.v3"), OperationNames::tr("Generate one-time code")},
        {QStringLiteral("security.otc.validate"), OperationNames::tr("Validate one-time code")},
        {QStringLiteral("security.password.change"), OperationNames::tr("Change password")},
        {QStringLiteral("security.passwordRecovery.validate"), OperationNames::tr("Password recovery validation")},
        {QStringLiteral("security.passwordStatus"), OperationNames::tr("Password status")},
        {QStringLiteral("security.passwordStatus.lock"), OperationNames::tr("Lock password")},
        {QStringLiteral("security.passwordStatus.unlock"), OperationNames::tr("Unlock password")},
        {QStringLiteral("security.user.create"), OperationNames::tr("Create user")},
        {QStringLiteral("security.user.recoverPassword"), OperationNames::tr("Recover password")},
        {QStringLiteral("security.withdrawalOtp"), OperationNames::tr("Withdrawal without card: OTP")},
        {QStringLiteral("security.withdrawalOtp.v3"), OperationNames::tr("Correspondent withdrawal OTP")},
        {QStringLiteral("session.end"), OperationNames::tr("Session ended")},
        {QStringLiteral("session.lock"), OperationNames::tr("Session locked")},
        {QStringLiteral("session.signIn"), OperationNames::tr("Signed in")},
        {QStringLiteral("session.unlock"), OperationNames::tr("Session unlocked")},
    };
}

} // namespace

QString OperationNames::title(const QString &operation)
{
    const QString name = names().value(operation);
    return name.isEmpty() ? operation : name;
}

bool OperationNames::isKnown(const QString &operation)
{
    return names().contains(operation);
}
