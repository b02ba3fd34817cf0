#include "WorkflowCatalog.h"

const QString WorkflowCatalog::customerLookup = QStringLiteral("customerLookup");

QString WorkflowInfo::title() const
{
    QString plain = menuText;
    return plain.remove(QLatin1Char('&'));
}

QList<WorkflowInfo> WorkflowCatalog::all()
{
    // Ctrl+1 ... Ctrl+0 for the first ten; letters where the name suggests one.
    // Menu mnemonics are unique within the Workflows menu.
    return {
        {customerLookup, tr("Customer &lookup"),
         tr("Find a customer's basic data by identification document or by cellphone number."),
         QKeySequence(Qt::CTRL | Qt::Key_1), true},
        {QStringLiteral("newCustomer"), tr("&New customer"), tr("Open a new customer together with an account."),
         QKeySequence(Qt::CTRL | Qt::Key_2), true},
        {QStringLiteral("customer360"), tr("Customer &360"),
         tr("Everything about one customer in one view: basic data, locations, contact and financial data, channel holds and remittance profile."),
         QKeySequence(Qt::CTRL | Qt::Key_3), true},
        {QStringLiteral("remittanceLookup"), tr("&Remittance lookup"),
         tr("Check the customer of an incoming remittance."), QKeySequence(Qt::CTRL | Qt::Key_4), true},
        {QStringLiteral("nameByAccount"), tr("Name &by account"),
         tr("Check who holds an account: the holder's name for an identification and account number."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), true},
        {QStringLiteral("correspondentReads"), tr("Correspondent rea&ds"),
         tr("Correspondent banking: the owner of an account and PILA social-security contribution forms."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), true},
        {QStringLiteral("digitalBankIntake"), tr("Digital bank inta&ke"),
         tr("Back office: send a person or legal entity and their products to the digital bank, one by one or from a file."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), true},
        {QStringLiteral("challengeQuestions"), tr("Challenge &questions"),
         tr("Create transaction challenges and check the customer's answers."), QKeySequence(Qt::CTRL | Qt::Key_5), true},
        {QStringLiteral("oneTimeCodes"), tr("One-&time codes"),
         tr("Generate and validate one-time codes for a customer's operation."), QKeySequence(Qt::CTRL | Qt::Key_6), true},
        {QStringLiteral("channelHolds"), tr("Channel &holds"),
         tr("Consult a customer's channel holds and lock or unlock a channel."), QKeySequence(Qt::CTRL | Qt::Key_7), true},
        {QStringLiteral("passwordStatus"), tr("&Password status"),
         tr("Check whether a customer's password is locked, lock or unlock it, and change it."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), true},
        {QStringLiteral("enrollmentRecovery"), tr("Enrollment and reco&very"),
         tr("Digital enrollment, user creation and password recovery for a customer's channels."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), true},
        {QStringLiteral("lifeInsurance"), tr("L&ife insurance"),
         tr("Simulate, quote and issue life insurance, and print its certificate."),
         QKeySequence(Qt::CTRL | Qt::Key_8), true},
        {QStringLiteral("generalInsurance"), tr("&General insurance"),
         tr("Simulate, quote and issue general policies: life, card protection and home."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), true},
        {QStringLiteral("insuranceCases"), tr("Insurance &cases"),
         tr("Open insurance cases and follow their status."), QKeySequence(Qt::CTRL | Qt::Key_9), true},
        {QStringLiteral("obpCustomers"), tr("&OBP customers"),
         tr("Customers held in the Open Bank Project platform."), QKeySequence(Qt::CTRL | Qt::Key_0), true},
        {QStringLiteral("customerByAccount"), tr("Customer by &account (Itau)"),
         tr("Find who holds an account, through the Itau contact-centre service."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), true},
        {QStringLiteral("journal"), tr("&Journal"),
         tr("Every operation done at this workstation, with its outcome and references."),
         QKeySequence(Qt::CTRL | Qt::Key_J), true},
        {QStringLiteral("settings"), tr("&Settings"),
         tr("Environment addresses and client credentials for each bank environment."),
         QKeySequence(Qt::CTRL | Qt::Key_Comma), true},
    };
}
