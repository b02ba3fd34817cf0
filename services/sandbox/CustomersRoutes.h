#pragma once

#include "SandboxContext.h"

// customers-management (seed 000_d8e553a5968b7b38.txt), at the paths the
// document writes.
class CustomersRoutes : public SandboxRoutes
{
public:
    std::optional<SandboxReply> handle(const QHttpServerRequest &request, SandboxContext &context) override;

private:
    SandboxReply basicDataV4(const QHttpServerRequest &request, SandboxContext &context);
};
