#include "SaleWizardFrame.h"

#include "widgets/FormParts.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>


SaleWizardFrame SaleWizardFrame::begin(QWidget *form, const QString &titleText, const QString &introText)
{
    SaleWizardFrame frame;
    frame.title = FormParts::pageHeading(titleText, form);
    frame.intro = FormParts::pageIntro(introText, form);
    frame.stepIndicator = new QLabel(form);
    frame.stepIndicator->setObjectName(QStringLiteral("stepIndicator"));
    frame.stepIndicator->setTextFormat(Qt::RichText);

    frame.banner = new MessageBanner(form);
    frame.banner->setObjectName(QStringLiteral("messageBanner"));

    frame.steps = new QStackedWidget(form);
    frame.steps->setObjectName(QStringLiteral("wizardSteps"));
    return frame;
}

void SaleWizardFrame::finish(QWidget *form)
{
    backButton = new QPushButton(tr("< &Back"), form);
    backButton->setObjectName(QStringLiteral("backButton"));
    nextButton = new QPushButton(tr("&Next >"), form);
    nextButton->setObjectName(QStringLiteral("nextButton"));
    cancelButton = new QPushButton(tr("Cance&l"), form);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Stop the running request (Esc)"));
    newSaleButton = new QPushButton(tr("New sale"), form);
    newSaleButton->setObjectName(QStringLiteral("newSaleButton"));
    newSaleButton->setToolTip(tr("Forget this sale and start again with a new simulation"));
    for (QPushButton *button : {backButton, nextButton, cancelButton, newSaleButton})
        button->setAutoDefault(true);
    busyIndicator = new QProgressBar(form);
    busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    busyIndicator->setRange(0, 0);
    busyIndicator->setTextVisible(false);
    busyIndicator->setFixedWidth(140);
    busyIndicator->hide();
    busyLabel = new QLabel(form);
    busyLabel->setObjectName(QStringLiteral("busyLabel"));
    busyLabel->hide();

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(newSaleButton);
    navigation->addWidget(busyIndicator);
    navigation->addWidget(busyLabel);
    navigation->addStretch(1);
    navigation->addWidget(cancelButton);
    navigation->addWidget(backButton);
    navigation->addWidget(nextButton);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(stepIndicator);
    layout->addWidget(banner);
    if (notice)
        layout->addWidget(notice);
    layout->addWidget(steps, 1);
    layout->addLayout(navigation);
}
