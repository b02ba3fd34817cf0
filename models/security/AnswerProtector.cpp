#include "AnswerProtector.h"

#include <QMessageAuthenticationCode>

QByteArray TrainingAnswerProtector::trainingKey()
{
    return QByteArrayLiteral("branchdesk-training-challenge-key");
}

TrainingAnswerProtector::TrainingAnswerProtector(QByteArray key) : m_key(std::move(key)) {}

QString TrainingAnswerProtector::protect(const QString &answer, const QString &questionId) const
{
    const QByteArray message = (questionId + QLatin1Char(':') + answer).toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toHex().toUpper());
}
