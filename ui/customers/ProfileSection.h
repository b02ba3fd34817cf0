#pragma once

#include <QGroupBox>

class ApiError;
class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;

// One section of a profile view (Customer 360, Remittance lookup) that loads
// on its own: a spinner while its read runs, its own error banner (with the
// bank's code and TxId) and a Retry button when it fails, its content when it
// arrives. The other sections never wait for it.
class ProfileSection : public QGroupBox
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Loaded, Failed };

    // `name` prefixes the object names of the parts ("contactSection" ->
    // "contactSectionRetry", "contactSectionBanner", "contactSectionSpinner").
    ProfileSection(const QString &title, const QString &name, QWidget *content, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QWidget *content() const { return m_content; }
    MessageBanner *banner() const { return m_banner; }

    void showEmpty();
    void showLoading();
    void showLoaded();
    // `advice` replaces the generic message when the document's code says more.
    void showError(const ApiError &error, const QString &advice = {});
    // A reply that is not an error for the teller ("no remittance profile").
    void showNote(const QString &text);

signals:
    void retryRequested();

private:
    void setState(State state);

    State m_state = State::Empty;
    QWidget *m_content;
    QProgressBar *m_spinner;
    QLabel *m_loadingLabel;
    MessageBanner *m_banner;
    QPushButton *m_retry;
};
