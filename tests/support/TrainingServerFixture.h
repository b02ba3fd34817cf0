#pragma once

#include "ApiClient.h"
#include "Environment.h"
#include "TrainingServer.h"

#include <QNetworkAccessManager>

#include <memory>

// Starts one real training server (branchdesk-sandbox over HTTPS) for a whole
// test suite, and gives each test an ApiClient that trusts exactly its CA.
class TrainingServerFixture
{
public:
    // Starts the shared server on first use; later calls reuse it.
    static TrainingServer &server();
    static Environment environment(int timeoutMs = 10000);

    // A POST to the server's training controls (e.g. "/training/faults/expire-tokens").
    static int postControl(const QString &path);

    static void shutdown();
};
