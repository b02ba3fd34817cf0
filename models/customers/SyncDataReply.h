#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The answer of "Sync Data" ({"transaction":{"message":"added successfully"},...})
// and of "Sync Data From File" ({"file":{"desc":"added successfully"},...}).
struct SyncDataReply
{
    QString responseType; // "OK"
    QString message;      // transaction.message or file.desc

    // Nothing when neither transaction.message nor file.desc is there.
    static std::optional<SyncDataReply> fromJson(const QJsonObject &json);
    QJsonObject toTransactionJson() const; // Sync Data's shape
    QJsonObject toFileJson() const;        // Sync Data From File's shape
};

// Body of "Sync Data From File" (POST /v1/sync-data-file): the file, as is,
// in base64 under file.binData.
struct SyncDataFileRequest
{
    QByteArray content; // the file's bytes

    QJsonObject toJson() const;
    // The decoded file; nothing when file.binData is missing or not base64.
    static std::optional<SyncDataFileRequest> fromJson(const QJsonObject &json);
};
