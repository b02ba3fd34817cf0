#pragma once

// Shared by the security-management model tests (security_models_tests):
// every example printed in seed 001 parses (or is produced) as printed, and
// the field rules reject what the document rejects.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

// A seed example as printed, as a JSON object; a typo in the text fails the test.
inline QJsonObject parse(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}
