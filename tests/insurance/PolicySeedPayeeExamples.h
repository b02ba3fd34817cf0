#pragma once

// The customer payee examples printed in policy-management
// (seed 002_99f72828180069f4.txt), copied as printed.
// Examples the seed prints byte for byte twice are one constant and an alias.

namespace PolicySeedExamples {

inline constexpr char payeeRequest[] = R"json({
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "3056441"
},
"beneficiary": {
"personName": {
"firstName": "LUIS",
"middleName": "",
"lastName": "GONZALEZ",
"secondLastName": ""
},
"personInfo": {
"country": "169",
"emailAddr": "smora@bancocajasocial.com"
},
"postAddr": {
"country":"169"
},
"notification": {
"address": "KR 80",
"postalCode": "432566"
},
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "3056441",
"countryName": "COLOMBIA"
},
"relationshipType": "60"
},
"submitOffice": {
"branchId": "1102",
"adviserId": "4342"
}
})json";

inline constexpr char payeeResponse[] = R"json({
"responseType": {
"value": "OK"
}
})json";

inline constexpr char payeeError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "OSB-38235",
"errorDesc": "Variable targeted for validate is not a XML",
"errorType": "EXP"
}
})json";

} // namespace PolicySeedExamples
