#pragma once

#include "ApiClient.h"
#include "ChannelHolds.h"
#include "FieldIssue.h"
#include "SecurityApi.h"
#include "widgets/FormCall.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class ChannelHoldsTableModel;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

// Workflow "Channel holds": a customer's channel holds, page by page, and
// lock/unlock of a channel (by channel/subchannel or pseudo-channel, for the
// customer or one product). Lock/unlock is not idempotent: the operator
// confirms a sentence naming exactly what changes, and a lost answer is
// never resent without them.
class ChannelHoldsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelHoldsForm(ApiClient *client, QWidget *parent = nullptr);
    ~ChannelHoldsForm() override;

    bool isBusy() const { return m_call.isRunning(); }
    int page() const { return m_page; }
    int pageCount() const;
    ChannelHoldsTableModel *model() const { return m_model; }
    ChannelHoldChange change() const;

    // Page 1 of the customer and filter typed in the form.
    void consult();
    void showNextPage() { load(m_query, m_page + 1); }
    void showPreviousPage() { load(m_query, m_page - 1); }
    // Validates, then asks for confirmation (the dialog is window-modal and
    // asynchronous); the change is sent only on "Yes".
    void askToApply();
    QMessageBox *confirmation() const { return m_confirmation; }

signals:
    void busyChanged(bool busy);

private:
    void buildUi();
    void load(ChannelHoldsQuery query, int page);
    void apply(const ChannelHoldChange &change);
    void showPage(const ChannelHolds &holds);
    void setBusy(bool busy);
    void updateInputs();
    void fillFromSelection();
    void showIssues(const FieldIssues &issues);
    void showError(const ApiError &error);

    SecurityApi m_api;
    ApiClient *m_client;
    FormCall m_call{this, [this](bool busy) { setBusy(busy); }, [this](const ApiError &error) { showError(error); }};
    int m_page = 1;
    int m_totalRecords = 0;
    int m_recordsPerPage = 10;
    ChannelHoldsQuery m_query; // the query of the page on screen

    MessageBanner *m_banner = nullptr;
    QComboBox *m_identificationType = nullptr;
    QLineEdit *m_identificationNumber = nullptr;
    QLabel *m_identificationError = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_perPage = nullptr;
    QPushButton *m_consultButton = nullptr;
    QTableView *m_table = nullptr;
    ChannelHoldsTableModel *m_model = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_pageLabel = nullptr;

    QComboBox *m_action = nullptr;
    QRadioButton *m_byChannel = nullptr;
    QRadioButton *m_byPseudoChannel = nullptr;
    QLineEdit *m_channel = nullptr;
    QLineEdit *m_subChannel = nullptr;
    QComboBox *m_pseudoChannel = nullptr;
    QRadioButton *m_forCustomer = nullptr;
    QRadioButton *m_forProduct = nullptr;
    QLineEdit *m_product = nullptr;
    QLabel *m_changeError = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
