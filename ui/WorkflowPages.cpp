#include "WorkflowPages.h"

#include "customers/CorrespondentReadsForm.h"
#include "customers/Customer360Form.h"
#include "customers/CustomerLookupForm.h"
#include "customers/DigitalBankIntakeForm.h"
#include "customers/NameByAccountForm.h"
#include "customers/RemittanceLookupForm.h"
#include "customers/NewCustomerForm.h"
#include "insurance/GeneralProductsForm.h"
#include "insurance/InsuranceCaseForm.h"
#include "insurance/LifeInsuranceForm.h"
#include "itau/CustomerByAccountForm.h"
#include "journal/JournalViewerForm.h"
#include "obp/ObpCustomersForm.h"
#include "security/ChallengeForm.h"
#include "settings/SettingsForm.h"
#include "security/ChannelHoldsForm.h"
#include "security/EnrollmentForm.h"
#include "security/OneTimeCodesForm.h"
#include "security/PasswordStatusForm.h"
#include "widgets/WorkflowPlaceholderPage.h"

namespace WorkflowPages {

QWidget *create(const WorkflowInfo &workflow, const ConsoleServices &services)
{
    if (workflow.id == WorkflowCatalog::customerLookup)
        return new CustomerLookupForm(services.client);
    if (workflow.id == QLatin1String("customer360"))
        return new Customer360Form(services.client);
    if (workflow.id == QLatin1String("remittanceLookup"))
        return new RemittanceLookupForm(services.client);
    if (workflow.id == QLatin1String("newCustomer"))
        return new NewCustomerForm(services.client, services.credentials, services.journal);
    if (workflow.id == QLatin1String("nameByAccount"))
        return new NameByAccountForm(services.client);
    if (workflow.id == QLatin1String("correspondentReads"))
        return new CorrespondentReadsForm(services.client);
    if (workflow.id == QLatin1String("digitalBankIntake"))
        return new DigitalBankIntakeForm(services.client);
    if (workflow.id == QLatin1String("challengeQuestions"))
        return new ChallengeForm(services.client);
    if (workflow.id == QLatin1String("oneTimeCodes"))
        return new OneTimeCodesForm(services.client);
    if (workflow.id == QLatin1String("channelHolds"))
        return new ChannelHoldsForm(services.client);
    if (workflow.id == QLatin1String("passwordStatus"))
        return new PasswordStatusForm(services.client);
    if (workflow.id == QLatin1String("enrollmentRecovery"))
        return new EnrollmentForm(services.client);
    if (workflow.id == QLatin1String("lifeInsurance"))
        return new LifeInsuranceForm(services.client, services.credentials);
    if (workflow.id == QLatin1String("generalInsurance"))
        return new GeneralProductsForm(services.client);
    if (workflow.id == QLatin1String("insuranceCases"))
        return new InsuranceCaseForm(services.client);
    if (workflow.id == QLatin1String("customerByAccount"))
        return new CustomerByAccountForm(services.client, services.credentials, services.settings);
    if (workflow.id == QLatin1String("obpCustomers"))
        return new ObpCustomersForm(services.client, services.credentials);
    if (workflow.id == QLatin1String("journal") && services.journal)
        return new JournalViewerForm(services.journal);
    if (workflow.id == QLatin1String("settings") && services.settings)
        return new SettingsForm(services.settings, services.credentials, services.client);
    return new WorkflowPlaceholderPage(workflow.title(), workflow.purpose);
}

} // namespace WorkflowPages
