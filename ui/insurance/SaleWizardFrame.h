#pragma once

#include <QCoreApplication>
#include <QString>

class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

// The frame both insurance sale wizards share: title, intro, step indicator, inline
// banner, the stacked steps, and the navigation row (New sale, busy
// indicator, Cancel, Back, Next). Built in two halves so each form adds its
// steps in between: creation order is the keyboard's tab order.
struct SaleWizardFrame
{
    Q_DECLARE_TR_FUNCTIONS(SaleWizardFrame)

public:
    QLabel *title = nullptr;
    QLabel *intro = nullptr;
    QLabel *stepIndicator = nullptr;
    MessageBanner *banner = nullptr;
    QStackedWidget *steps = nullptr;
    QPushButton *backButton = nullptr;
    QPushButton *nextButton = nullptr;
    QPushButton *cancelButton = nullptr;
    QPushButton *newSaleButton = nullptr;
    QProgressBar *busyIndicator = nullptr;
    QLabel *busyLabel = nullptr;
    // Optional, set before finish(): shown under the banner (the life
    // wizard's draft offer).
    QWidget *notice = nullptr;

    // Title, intro line, step indicator, banner and the (empty) steps stack.
    static SaleWizardFrame begin(QWidget *form, const QString &title, const QString &intro);
    // The navigation row and the form's layout; call after adding the steps.
    void finish(QWidget *form);
};
