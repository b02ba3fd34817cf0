#pragma once

// The examples printed in policy-management (seed 002_99f72828180069f4.txt),
// one header per operation family; this one includes them all.

#include "PolicySeedCaseExamples.h"
#include "PolicySeedGeneralExamples.h"
#include "PolicySeedLifeExamples.h"
#include "PolicySeedPayeeExamples.h"
