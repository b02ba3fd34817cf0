#pragma once

#include "ApiClient.h"

#include <QObject>
#include <QString>

#include <gtest/gtest.h>

#include <memory>

// A client for the shared training server, and a count of every operation it
// finishes: a test that expects "nothing was sent" checks the count stays 0.
class GuiTest : public ::testing::Test
{
protected:
    void SetUp() override;

    // Waits up to `timeoutMs` for `condition`, running the event loop.
    template <typename Condition>
    static bool waitFor(Condition condition, int timeoutMs = 20000);

    // Declared in the base, so it outlives every widget a test creates.
    std::unique_ptr<ApiClient> m_client;
    int m_finishedOperations = 0;

private:
    QObject m_context;
};

#include <QTest>

template <typename Condition>
bool GuiTest::waitFor(Condition condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// The child called `name`, or a test failure naming the missing widget.
template <typename T>
T *findByName(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << name << "\"";
    return child;
}
